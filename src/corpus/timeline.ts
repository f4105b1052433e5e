/**
 * A timeline over event instances, merged from what every report knows (the table
 * "Threat status across reports" of the guide), and threats restated over instances so
 * that `Threat.status` can evaluate them on it. Linear in the size of the corpus.
 *
 * @internal
 */
import type * as Event from '../Event.js'
import * as EventM from '../Event.js'
import type * as Id from '../Id.js'
import type * as Proposition from '../Proposition.js'
import type * as Report from '../Report.js'
import * as Statement from '../Statement.js'
import type * as Threat from '../Threat.js'
import type * as Time from '../Time.js'
import * as TimeM from '../Time.js'
import type * as Timeline from '../Timeline.js'
import { EVENT, STATEMENT, type Mentions } from './Mentions.js'

export interface Origin {
  readonly mention: number
  readonly row: 'timeline/event' | 'timeline/asserted' | 'timeline/denied'
}

const ASSERTING: ReadonlySet<Statement.Act> = new Set([
  'assert',
  'state',
  'report',
  'note',
  'emphasize',
  'echo',
  'restate',
  'deny',
])

/**
 * A time of a report, readable beside other reports' times: a relative time without an
 * anchor is anchored to the report's publication date, and a date whose year is unstated
 * takes its year from that date (`Time.supplyYear`).
 */
export const anchored = (t: Time.TimeRef, published: Time.Time | undefined): Time.TimeRef =>
  published === undefined
    ? t
    : TimeM.supplyYear(published)(
        typeof t === 'string' || t.anchor !== undefined ? t : { ...t, anchor: published },
      )

/**
 * The timeline entries one report gives, with event ids named by `name` (its own ids, or
 * instance names), each with the mention it comes from.
 */
export const entriesOf = (
  ix: Mentions,
  report: number,
  name: (event: number) => Id.EventId | undefined,
  into: { entries: Timeline.Entry[]; origins: Origin[] },
): void => {
  const r = ix.reports[report]!.report
  const published = r.published
  for (let m = ix.first[report]!; m < ix.first[report + 1]!; m++) {
    const kind = ix.kindAt[m]
    if (kind === EVENT) {
      const e = ix.nodeAt[m] as Event.Event
      if (!EventM.isFactual(e)) continue
      const id = name(m)
      if (id === undefined) continue
      into.entries.push(
        e.time === undefined
          ? { kind: 'occurred', event: id }
          : { kind: 'occurred', event: id, time: anchored(e.time, published) },
      )
      into.origins.push({ mention: m, row: 'timeline/event' })
    } else if (kind === STATEMENT) {
      const s = ix.nodeAt[m] as Statement.Statement
      if (s.content.kind !== 'proposition' || !ASSERTING.has(s.act)) continue
      if (!s.speakers.every((x) => x === r.author) || Statement.likelihoods(s).length > 0) continue
      const when = s.time === undefined ? published : anchored(s.time, published)
      const claim = (p: Proposition.Proposition, negated: boolean): void => {
        if (p.kind === 'not') return claim(p.operand, !negated)
        if (p.kind === 'and' && !negated) {
          for (const q of p.operands) claim(q, false)
          return
        }
        if (p.kind !== 'occurs') return
        const n = ix.mention(report, p.event)
        const id = n < 0 ? undefined : name(n)
        if (id === undefined) return
        if (!negated) {
          into.entries.push(
            when === undefined
              ? { kind: 'occurred', event: id }
              : { kind: 'occurred', event: id, time: when },
          )
          into.origins.push({ mention: m, row: 'timeline/asserted' })
        } else if (when !== undefined) {
          into.entries.push({ kind: 'not_occurred', event: id, by: when })
          into.origins.push({ mention: m, row: 'timeline/denied' })
        }
      }
      claim(s.content.proposition, s.act === 'deny')
    }
  }
}

/** A proposition with its event ids renamed. */
export const rename = (
  p: Proposition.Proposition,
  event: (id: Id.EventId) => Id.EventId,
): Proposition.Proposition => {
  switch (p.kind) {
    case 'occurs':
      return { kind: 'occurs', event: event(p.event) }
    case 'and':
    case 'or':
      return {
        kind: p.kind,
        operands: p.operands.map((o) => rename(o, event)) as unknown as readonly [
          Proposition.Proposition,
          Proposition.Proposition,
          ...Proposition.Proposition[],
        ],
      }
    default:
      return { ...p, operand: rename(p.operand, event) }
  }
}

/** A threat over event instances, its times anchored to its report. */
export const restate = (
  t: Threat.Threat,
  report: Report.ReportData,
  event: (id: Id.EventId) => Id.EventId,
): Threat.Threat => {
  const published = report.published
  const { condition, deadline, window, ...rest } = t
  return {
    ...rest,
    consequence: rename(t.consequence, event),
    ...(condition === undefined ? {} : { condition: rename(condition, event) }),
    ...(deadline === undefined ? {} : { deadline: anchored(deadline, published) }),
    ...(window === undefined ? {} : { window: anchored(window, published) }),
  }
}
