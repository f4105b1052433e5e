/**
 * Discrepancies: for each instance with mentions in two or more reports, field by field,
 * the values that differ from the reference value (the most specific one), each named a
 * conflict or a refinement — the table of the guide "Across reports". Linear in the size
 * of the corpus, but for sorting the members of each set (n·log n).
 *
 * @internal
 */
import * as Actor from '../Actor.js'
import type * as Event from '../Event.js'
import * as Proposition from '../Proposition.js'
import type * as Report from '../Report.js'
import * as Statement from '../Statement.js'
import type * as Threat from '../Threat.js'
import * as Time from '../Time.js'
import { canonical, flip, keyOf, relate, type Canonical } from './content.js'
import { negates, statementsOfThreats } from './corroboration.js'
import { EVENT, STATEMENT, THREAT, type Mentions } from './Mentions.js'
import { normal, quote, quoteWithin, some, within, words } from './text.js'
import { isoDay, place, relate as relateTimes, span, type Placed } from './times.js'

/** Published as `Corpus.Field`. @inline */
export type Field =
  | 'time'
  | 'type'
  | 'agents'
  | 'targets'
  | 'places'
  | 'speakers'
  | 'act'
  | 'quote'
  | 'content'
  | 'non-answer'
  | 'issuers'
  | 'addressees'
  | 'enforcers'
  | 'consequence'
  | 'stance'
  | 'deadline'

/** Published as `Corpus.Nature`. @inline */
export type Nature = 'conflict' | 'refinement' | 'undetermined'

export interface RawSide {
  readonly value: string
  readonly mentions: ReadonlyArray<number>
}

export interface RawDiscrepancy {
  readonly instance: number
  readonly field: Field
  readonly nature: Nature
  readonly relation: string
  readonly reference: RawSide
  readonly other: RawSide
}

export interface Input {
  readonly ix: Mentions
  readonly instanceAt: Int32Array
  readonly members: ReadonlyArray<ReadonlyArray<number>>
}

/** One mention's value of a field: a key equal for equal values, a label, and data. */
interface Value<D> {
  readonly key: string
  readonly label: string
  readonly data: D
}

/** How a value differs from the reference: undefined when it does not. */
type Classify<D> = (
  reference: D,
  other: D,
) => { readonly nature: Nature; readonly relation: string } | undefined

interface FieldRule<D> {
  readonly field: Field
  readonly value: (m: number) => Value<D> | undefined
  /** The index of the reference among the groups' first values. */
  readonly reference: (values: ReadonlyArray<Value<D>>) => number
  readonly classify: Classify<D>
  /** Extra pairs to report once every group is compared with the reference. */
  readonly extra?: (
    groups: ReadonlyArray<Value<D>>,
    reported: ReadonlySet<number>,
    ref: number,
  ) => ReadonlyArray<readonly [number, number, Nature, string]>
}

const first = () => 0

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules of several value types in one list
type AnyRule = FieldRule<any>

const widest =
  <D>(size: (d: D) => number) =>
  (values: ReadonlyArray<Value<D>>): number => {
    let best = 0
    for (let i = 1; i < values.length; i++)
      if (size(values[i]!.data) > size(values[best]!.data)) best = i
    return best
  }

/**
 * Sets of instances: the largest is the reference; a subset of it refines it. The
 * reference's set is built once per comparison of a field, not once per value.
 */
const setClassifier = (): Classify<ReadonlyArray<number>> => {
  const sets = new WeakMap<ReadonlyArray<number>, ReadonlySet<number>>()
  return (ref, other) => {
    let set = sets.get(ref)
    if (set === undefined) sets.set(ref, (set = new Set(ref)))
    return other.every((x) => set.has(x))
      ? { nature: 'refinement', relation: 'set/within' }
      : { nature: 'conflict', relation: 'set/differ' }
  }
}

type TimeData = Placed

export const timeClassify: Classify<TimeData> = (ref, other) => {
  switch (relateTimes(ref, other)) {
    case 'same':
      return undefined
    case 'conflict':
      return { nature: 'conflict', relation: 'time/conflict' }
    case 'more-specific':
      return { nature: 'refinement', relation: 'time/more-specific' }
    case 'compatible':
      return { nature: 'refinement', relation: 'time/compatible' }
    case 'unknown':
      return { nature: 'undetermined', relation: 'time/unknown' }
  }
}

const finite = (r: Time.Range) => r.known && Number.isFinite(r.lo) && Number.isFinite(r.hi)

/** When the times have no day in common, the pair that proves it, if not reported yet. */
const noCommonDay = (
  groups: ReadonlyArray<Value<TimeData>>,
  reported: ReadonlySet<number>,
): ReadonlyArray<readonly [number, number, Nature, string]> => {
  let lo = -1
  let hi = -1
  for (let i = 0; i < groups.length; i++) {
    const r = groups[i]!.data.range
    if (!finite(r)) continue
    if (lo < 0 || r.lo > groups[lo]!.data.range.lo) lo = i
    if (hi < 0 || r.hi < groups[hi]!.data.range.hi) hi = i
  }
  if (lo < 0 || hi < 0 || lo === hi) return []
  if (groups[lo]!.data.range.lo <= groups[hi]!.data.range.hi) return []
  if (reported.has(lo) || reported.has(hi)) return []
  return [[hi, lo, 'conflict', 'time/no-common-day']]
}

const timeLabel = (t: Time.TimeRef, p: Placed): string => {
  const written = typeof t === 'string' ? t : t.phrase
  const range = p.range
  if (!finite(range)) return written
  const resolved =
    range.lo === range.hi ? isoDay(range.lo) : `${isoDay(range.lo)}/${isoDay(range.hi)}`
  return resolved === written ? written : `${written} (${resolved})`
}

export const discrepancies = (input: Input): ReadonlyArray<RawDiscrepancy> => {
  const { ix, instanceAt, members } = input
  const setClassify = setClassifier()
  const reportOf = (m: number): Report.ReportData => ix.reports[ix.reportAt[m]!]!.report
  const inst = (m: number, id: string): number => {
    const n = ix.mention(ix.reportAt[m]!, id)
    return n < 0 ? -1 : instanceAt[n]!
  }
  const actorName = (m: number, id: string): string => {
    const n = ix.mention(ix.reportAt[m]!, id)
    return n < 0 ? id : Actor.label(ix.nodeAt[n] as Actor.Actor)
  }
  const eventName = (m: number, id: string): string => {
    const n = ix.mention(ix.reportAt[m]!, id)
    return n < 0 ? id : (ix.nodeAt[n] as Event.Event).description
  }
  const setValue = (
    m: number,
    ids: ReadonlyArray<string> | undefined,
  ): Value<ReadonlyArray<number>> | undefined => {
    if (ids === undefined || ids.length === 0) return undefined
    const xs = [...new Set(ids.map((id) => inst(m, id)).filter((x) => x >= 0))].sort(
      (a, b) => a - b,
    )
    return {
      key: xs.join(','),
      label: some(ids.map((id) => actorName(m, id))).replace(/; /g, ', '),
      data: xs,
    }
  }
  const timeValue = (m: number, t: Time.TimeRef | undefined): Value<TimeData> | undefined => {
    if (t === undefined) return undefined
    const p = place(t, reportOf(m).published)
    const key = finite(p.range)
      ? `${p.range.lo}/${p.range.hi}`
      : p.parts !== undefined
        ? `parts:${p.parts}`
        : `?${typeof t === 'string' ? t : JSON.stringify(t)}`
    return { key, label: timeLabel(t, p), data: p }
  }
  const canon = (m: number, p: Proposition.Proposition): Canonical =>
    canonical(
      p,
      (id) => inst(m, id),
      (id) => inst(m, id),
    )
  const render = (m: number, p: Proposition.Proposition): string =>
    Proposition.render(p, { event: (id) => eventName(m, id), actor: (id) => actorName(m, id) })

  /** A content of a threat or a statement: what it is of, and whether it is denied. */
  type Content = {
    readonly kind: string
    readonly canonical?: Canonical
    readonly of?: string
    readonly denied?: boolean
  }
  const contentClassify: Classify<Content> = (ref, other) => {
    if (ref.kind === 'unstated' || other.kind === 'unstated')
      return { nature: 'refinement', relation: 'content/unstated' }
    if (ref.of !== undefined && ref.of === other.of)
      return ref.denied === other.denied
        ? undefined
        : { nature: 'conflict', relation: 'content/negation' }
    if (ref.canonical === undefined || other.canonical === undefined)
      return { nature: 'conflict', relation: 'content/differ' }
    switch (relate(ref.canonical, other.canonical)) {
      case 'same':
        return undefined
      case 'hedged':
        return { nature: 'refinement', relation: 'content/hedged' }
      case 'negation':
        return { nature: 'conflict', relation: 'content/negation' }
      default:
        return { nature: 'conflict', relation: 'content/differ' }
    }
  }
  /** Whether a statement stands against its content: it denies or retracts it, or says "not". */
  const against = (s: Statement.Statement): boolean => s.act === 'deny' || s.act === 'retract'
  const ofNode = (of: string, text: string, s: Statement.Statement): Value<Content> => {
    const denied = negates(s)
    return {
      key: `${denied ? '!' : ''}${of}`,
      label: denied ? `${s.act === 'retract' ? 'retracts' : 'denies'}: ${text}` : text,
      data: { kind: of, of, denied },
    }
  }
  // the statements carrying each threat mention, for its stance
  const carrying = statementsOfThreats(ix)
  const propositionValue = (
    m: number,
    p: Proposition.Proposition,
    deny: boolean,
  ): Value<Content> => {
    const c0 = canon(m, p)
    const c = deny ? flip(c0) : c0
    const text = render(m, p)
    return {
      key: `p${keyOf(c)}`,
      label: deny ? `denies: ${text}` : text,
      data: { kind: 'p', canonical: c },
    }
  }

  const eventRules: ReadonlyArray<AnyRule> = [
    {
      field: 'time',
      value: (m) => timeValue(m, (ix.nodeAt[m] as Event.Event).time),
      reference: widest<TimeData>((d) => -span(d)),
      classify: timeClassify,
      extra: noCommonDay,
    } satisfies FieldRule<TimeData>,
    {
      field: 'type',
      value: (m) => {
        const e = ix.nodeAt[m] as Event.Event
        return { key: normal(e.type), label: e.type, data: words(e.type) }
      },
      reference: first,
      classify: (ref: ReadonlyArray<string>, other: ReadonlyArray<string>) =>
        within(ref, other) || within(other, ref)
          ? { nature: 'refinement', relation: 'type/within' }
          : { nature: 'conflict', relation: 'type/differ' },
    },
    {
      field: 'agents',
      value: (m) => setValue(m, (ix.nodeAt[m] as Event.Event).agents),
      reference: widest<ReadonlyArray<number>>((d) => d.length),
      classify: setClassify,
    },
    {
      field: 'targets',
      value: (m) => setValue(m, (ix.nodeAt[m] as Event.Event).targets),
      reference: widest<ReadonlyArray<number>>((d) => d.length),
      classify: setClassify,
    },
    {
      field: 'places',
      value: (m) => {
        const ps = (ix.nodeAt[m] as Event.Event).places
        if (ps === undefined || ps.length === 0) return undefined
        const data = ps.map((p) => ({ words: words(p.name), country: p.country }))
        return {
          key: data
            .map((d) => `${d.words.join(' ')}@${d.country ?? ''}`)
            .sort()
            .join('|'),
          label: ps
            .map((p) => (p.country === undefined ? p.name : `${p.name} (${p.country})`))
            .join(', '),
          data,
        }
      },
      reference: widest<ReadonlyArray<unknown>>((d) => d.length),
      classify: (
        ref: ReadonlyArray<{ words: ReadonlyArray<string>; country?: string }>,
        other: ReadonlyArray<{ words: ReadonlyArray<string>; country?: string }>,
      ) => {
        const ca = new Set(ref.flatMap((p) => (p.country === undefined ? [] : [p.country])))
        const cb = other.flatMap((p) => (p.country === undefined ? [] : [p.country]))
        if (ca.size > 0 && cb.length > 0 && !cb.some((c) => ca.has(c)))
          return { nature: 'conflict', relation: 'places/different-countries' }
        const r = ref.slice(0, 64)
        return other
          .slice(0, 64)
          .every((p) =>
            r.some(
              (q) =>
                within(p.words, q.words) ||
                within(q.words, p.words) ||
                p.words.join() === q.words.join(),
            ),
          )
          ? { nature: 'refinement', relation: 'places/within' }
          : { nature: 'conflict', relation: 'places/differ' }
      },
    },
  ]

  const statementRules: ReadonlyArray<AnyRule> = [
    {
      field: 'time',
      value: (m) => timeValue(m, (ix.nodeAt[m] as Statement.Statement).time),
      reference: widest<TimeData>((d) => -span(d)),
      classify: timeClassify,
      extra: noCommonDay,
    } satisfies FieldRule<TimeData>,
    {
      field: 'quote',
      value: (m) => {
        const s = ix.nodeAt[m] as Statement.Statement
        if (s.quote === undefined) return undefined
        const q = quote(s.quote)
        return { key: q, label: s.quote, data: q }
      },
      reference: widest<string>((d) => d.length),
      classify: (ref: string, other: string) =>
        quoteWithin(other, ref)
          ? { nature: 'refinement', relation: 'quote/within' }
          : { nature: 'conflict', relation: 'quote/differ' },
    },
    {
      field: 'content',
      value: (m): Value<Content> => {
        const s = ix.nodeAt[m] as Statement.Statement
        switch (s.content.kind) {
          case 'proposition':
            return propositionValue(m, s.content.proposition, against(s))
          case 'threat':
            return ofNode(`t${inst(m, s.content.threat)}`, `a threat (${s.content.threat})`, s)
          case 'statement':
            return ofNode(
              `s${inst(m, s.content.statement)}`,
              `a statement (${s.content.statement})`,
              s,
            )
          case 'sourcing': {
            const t = s.content.target
            const of =
              t.kind === 'statement'
                ? `s${inst(m, t.statement)}`
                : t.kind === 'source'
                  ? `a${inst(m, t.source)}`
                  : `r${t.publisher === undefined ? '' : inst(m, t.publisher)}`
            const label = `${s.act === 'deny' ? 'denies' : s.act === 'confirm' ? 'confirms' : 'speaks of'} a sourcing`
            return { key: `g${s.act}:${of}`, label, data: { kind: `g${s.act}:${of}` } }
          }
          case 'unstated':
            return { key: 'unstated', label: 'something unstated', data: { kind: 'unstated' } }
          case 'none':
            return { key: 'none', label: 'nothing', data: { kind: 'none' } }
        }
      },
      reference: first,
      classify: contentClassify,
    },
  ]

  // acts and non-answers are compared between mentions by matching speakers
  const bySpeakerRules: ReadonlyArray<AnyRule> = [
    {
      field: 'act',
      value: (m) => {
        const s = ix.nodeAt[m] as Statement.Statement
        return s.content.kind === 'none'
          ? undefined
          : { key: s.act, label: s.act.replace(/_/g, ' '), data: s.act }
      },
      reference: first,
      classify: (ref: Statement.Act, other: Statement.Act) =>
        (Statement.ACTS[ref].cameo as string | undefined) !== undefined &&
        Statement.ACTS[ref].cameo === Statement.ACTS[other].cameo
          ? { nature: 'refinement', relation: 'act/same-code' }
          : { nature: 'conflict', relation: 'act/different-code' },
    },
    {
      field: 'non-answer',
      value: (m) => {
        const s = ix.nodeAt[m] as Statement.Statement
        return s.content.kind !== 'none'
          ? undefined
          : { key: s.act, label: Statement.ACTS[s.act].description, data: s.act }
      },
      reference: first,
      classify: () => ({ nature: 'conflict', relation: 'non-answer/differ' }),
    },
  ]

  const threatRules: ReadonlyArray<AnyRule> = [
    {
      field: 'issuers',
      value: (m) => setValue(m, (ix.nodeAt[m] as Threat.Threat).issuer),
      reference: widest<ReadonlyArray<number>>((d) => d.length),
      classify: setClassify,
    },
    {
      field: 'addressees',
      value: (m) => setValue(m, (ix.nodeAt[m] as Threat.Threat).addressee),
      reference: widest<ReadonlyArray<number>>((d) => d.length),
      classify: setClassify,
    },
    {
      field: 'enforcers',
      value: (m) => setValue(m, (ix.nodeAt[m] as Threat.Threat).enforcer),
      reference: widest<ReadonlyArray<number>>((d) => d.length),
      classify: setClassify,
    },
    {
      field: 'consequence',
      value: (m) => propositionValue(m, (ix.nodeAt[m] as Threat.Threat).consequence, false),
      reference: first,
      classify: contentClassify,
    },
    {
      field: 'stance',
      value: (m) => {
        const list = carrying.get(m)
        const denied =
          list !== undefined && list.every((st) => negates(ix.nodeAt[st] as Statement.Statement))
        return denied
          ? {
              key: 'denied',
              label: `only denied or retracted: ${some(list.map((st) => ix.nodeAt[st]!.id))}`,
              data: true,
            }
          : { key: 'stated', label: 'stated', data: false }
      },
      reference: first,
      classify: (ref: boolean, other: boolean) =>
        ref === other ? undefined : { nature: 'conflict', relation: 'stance/denied' },
    },
    {
      field: 'deadline',
      value: (m) => timeValue(m, (ix.nodeAt[m] as Threat.Threat).deadline),
      reference: widest<TimeData>((d) => -span(d)),
      classify: timeClassify,
      extra: noCommonDay,
    } satisfies FieldRule<TimeData>,
  ]

  const out: RawDiscrepancy[] = []
  const compare = <D>(instance: number, ms: ReadonlyArray<number>, rule: FieldRule<D>) => {
    const groups: Array<{ value: Value<D>; mentions: number[] }> = []
    const byKey = new Map<string, number>()
    for (const m of ms) {
      const v = rule.value(m)
      if (v === undefined) continue
      const g = byKey.get(v.key)
      if (g === undefined) {
        byKey.set(v.key, groups.length)
        groups.push({ value: v, mentions: [m] })
      } else groups[g]!.mentions.push(m)
    }
    if (groups.length < 2) return
    const values = groups.map((g) => g.value)
    const ref = rule.reference(values)
    const side = (i: number): RawSide => ({
      value: groups[i]!.value.label,
      mentions: groups[i]!.mentions,
    })
    const reported = new Set<number>()
    for (let i = 0; i < groups.length; i++) {
      if (i === ref) continue
      const c = rule.classify(values[ref]!.data, values[i]!.data)
      if (c === undefined) continue
      if (c.nature === 'conflict') reported.add(i)
      out.push({ instance, field: rule.field, ...c, reference: side(ref), other: side(i) })
    }
    for (const [a, b, nature, relation] of rule.extra?.(values, reported, ref) ?? [])
      out.push({
        instance,
        field: rule.field,
        nature,
        relation,
        reference: side(a),
        other: side(b),
      })
  }
  for (let i = 0; i < members.length; i++) {
    const ms = members[i]!
    if (ms.length < 2) continue
    const r0 = ix.reportAt[ms[0]!]
    if (ms.every((m) => ix.reportAt[m] === r0)) continue
    const kind = ix.kindAt[ms[0]!]
    const rules =
      kind === EVENT
        ? eventRules
        : kind === STATEMENT
          ? statementRules
          : kind === THREAT
            ? threatRules
            : []
    for (const rule of rules) compare(i, ms, rule)
    if (kind === STATEMENT) {
      // speakers of the same words
      const byQuote = new Map<string, number[]>()
      for (const m of ms) {
        const q = (ix.nodeAt[m] as Statement.Statement).quote
        if (q === undefined) continue
        const k = quote(q)
        const list = byQuote.get(k)
        if (list === undefined) byQuote.set(k, [m])
        else list.push(m)
      }
      const bySpeakers = new Map<string, number[]>()
      for (const m of ms) {
        const v = setValue(m, (ix.nodeAt[m] as Statement.Statement).speakers)
        if (v === undefined) continue
        const list = bySpeakers.get(v.key)
        if (list === undefined) bySpeakers.set(v.key, [m])
        else list.push(m)
      }
      for (const list of bySpeakers.values())
        if (list.length > 1) for (const rule of bySpeakerRules) compare(i, list, rule)
      for (const list of byQuote.values())
        if (list.length > 1)
          compare(i, list, {
            field: 'speakers',
            value: (m) => {
              const st = ix.nodeAt[m] as Statement.Statement
              return setValue(m, st.wordsBy ?? st.speakers)
            },
            reference: widest<ReadonlyArray<number>>((d) => d.length),
            classify: setClassify,
          })
    }
  }
  return out
}
