/**
 * Renderings of a report for people. {@link inspect} shows a whole report in a terminal:
 * actors by kind; events with their status and time; each statement under its id as
 * "speaker → act → addressee", with its time, content, attribution chain and hedges; each
 * threat with its condition, consequence, enforcer, demand and likelihood; and a summary
 * line. {@link mermaid} draws who said what through whom as a Mermaid flowchart.
 *
 * Both treat every string of a report as untrusted: in {@link inspect} a value cannot move
 * the cursor, recolour the terminal, reorder the line or start a line of its own
 * ({@link display}); in {@link mermaid} a name cannot add a node, an edge, a comment or a
 * directive (labels keep letters, digits and a few punctuation marks and write everything
 * else as an entity code; node ids are an injective encoding of the report's ids).
 *
 * The building blocks are exported for renderings of your own: a rendering is a list of
 * {@link Line}s (a depth, an optional label, a text), laid out by {@link layout}, which
 * escapes and wraps them.
 *
 * @example
 * ```ts
 * import { Render } from 'claimgraph'
 * import * as fixtures from 'claimgraph/fixtures'
 * import assert from 'node:assert/strict'
 *
 * const text = Render.inspect(fixtures.report)
 *
 * assert.ok(text.includes('via: U.S. officials (2) —told→ Axios → the report'))
 * ```
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/lib/Option.js'
import * as Actor from './Actor.js'
import type * as Attribution from './Attribution.js'
import * as Event from './Event.js'
import type * as Id from './Id.js'
import type * as Likelihood from './Likelihood.js'
import * as Proposition from './Proposition.js'
import * as Report from './Report.js'
import * as Statement from './Statement.js'
import type * as Time from './Time.js'
import * as Threat from './Threat.js'
import { append } from './internal/collections.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How to name the nodes of one report in prose.
 *
 * @category model
 * @since 0.1.0
 */
export interface Names {
  /** How to name an actor. */
  readonly actor: (id: Id.ActorId) => string
  /** How to name an event. */
  readonly event: (id: Id.EventId) => string
}

/**
 * One line of a rendering: a depth (0 for headings, 1 for items, 2 for an item's fields),
 * an optional label (`via`), and its text. The text may hold anything: {@link layout}
 * escapes it and wraps it, so it always stays one logical line.
 *
 * @category model
 * @since 0.2.0
 */
export interface Line {
  readonly depth: number
  readonly label?: string
  readonly text: string
}

/**
 * Options of {@link inspect}.
 *
 * @category model
 * @since 0.2.0
 */
export interface InspectOptions {
  /**
   * Wrap lines to this many columns (at least {@link MIN_WIDTH}); continuation lines are
   * indented under the start of the text. By default lines are not wrapped.
   */
  readonly width?: number
}

/**
 * The narrowest width {@link layout} wraps to: narrower widths are raised to it.
 *
 * @category model
 * @since 0.2.0
 */
export const MIN_WIDTH = 20

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Names for a report's nodes: an actor's label, an event's description. An id the report
 * does not hold is named by the id itself.
 *
 * Linear in the number of actors and events, once; each name is then a lookup.
 *
 * @category constructors
 * @since 0.1.0
 */
export const names = (r: Report.ReportData): Names => {
  const ix = Report.index(r)
  return {
    actor: (id) => {
      const a = ix.actors.get(id)
      return a === undefined ? id : Actor.label(a)
    },
    event: (id) => ix.events.get(id)?.description ?? id,
  }
}

/**
 * A line without a label.
 *
 * @category constructors
 * @since 0.2.0
 */
export const line = (depth: number, text: string): Line => ({ depth, text })

/**
 * A labelled line: `via: U.S. officials (2) —told→ Axios → the report`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const field = (depth: number, label: string, text: string): Line => ({
  depth,
  label,
  text,
})

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

const CONTROL =
  // C0 (tab and line feed included), DEL, C1 (NEL, CSI, OSC, …), bidirectional controls,
  // and the line and paragraph separators
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g

/**
 * Text safe to place inside one line of terminal output: every control character (C0,
 * including tab and line feed; DEL; C1, including NEL, CSI and OSC), every bidirectional
 * control and the line and paragraph separators are shown as `<U+XXXX>`, never obeyed. So a
 * value cannot move the cursor, recolour the terminal, reorder what it shows, or start a
 * line of its own.
 *
 * Linear in the length of the text.
 *
 * @example
 * ```text
 * display('Iraq\nValidation: no issues')  // 'Iraq<U+000A>Validation: no issues'
 * ```
 *
 * @category utils
 * @since 0.2.0
 */
export const display = (s: string): string =>
  s.replace(CONTROL, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)

/**
 * Breaks text into lines of at most `width` characters (code points; `first` for the
 * first line), at spaces where it can and inside a word only when the word alone is longer
 * than a line. Runs of spaces become one; a width below 1 leaves the text on one line.
 *
 * Linear in the length of the text.
 *
 * @example
 * ```text
 * wrap('if Iraq fails to prevent the attack', 12)
 * // ['if Iraq', 'fails to', 'prevent the', 'attack']
 * ```
 *
 * @category utils
 * @since 0.2.0
 */
export const wrap = (text: string, width: number, first: number = width): ReadonlyArray<string> => {
  const words = text.split(' ').filter((w) => w !== '')
  if (width < 1) return [words.join(' ')]
  const lines: string[] = []
  let line = ''
  let used = 0
  const room = () => (lines.length === 0 ? Math.max(first, 1) : width)
  for (const word of words) {
    const chars = Array.from(word)
    if (used > 0 && used + 1 + chars.length <= room()) {
      line += ` ${word}`
      used += 1 + chars.length
      continue
    }
    if (used > 0) lines.push(line)
    let start = 0
    for (let r = room(); chars.length - start > r; r = room()) {
      lines.push(chars.slice(start, start + r).join(''))
      start += r
    }
    line = chars.slice(start).join('')
    used = chars.length - start
  }
  if (used > 0 || lines.length === 0) lines.push(line)
  return lines
}

/**
 * Lays lines out as text: two spaces of indent for an item, six for its fields, then
 * `label: text`. Every label and text goes through {@link display}, so no value can break
 * the layout. With a `width`, text wraps under the start of a label's text, or four columns
 * deeper than an unlabelled line.
 *
 * Linear in the length of the text.
 *
 * @category utils
 * @since 0.2.0
 */
export const layout = (lines: ReadonlyArray<Line>, width?: number): string => {
  const out: string[] = []
  for (const l of lines) {
    const indent = l.depth <= 0 ? 0 : l.depth * 4 - 2
    const prefix = `${' '.repeat(indent)}${l.label === undefined ? '' : `${display(l.label)}: `}`
    const text = display(l.text)
    if (width === undefined || width <= 0) {
      out.push(`${prefix}${text}`.trimEnd())
      continue
    }
    const w = Math.max(width, MIN_WIDTH)
    // continuation lines sit under a label's text, or a little deeper than an unlabelled line
    const hang = l.label === undefined || prefix.length > w / 2 ? indent + 4 : prefix.length
    const rows = wrap(text, w - hang, w - prefix.length)
    out.push(
      `${prefix}${rows[0] ?? ''}`.trimEnd(),
      ...rows.slice(1).map((r) => ' '.repeat(hang) + r),
    )
  }
  return out.join('\n')
}

/**
 * A likelihood in words: its cue, else its band, else its factuality value.
 *
 * @category utils
 * @since 0.1.0
 */
export const likelihood = (l: Likelihood.Likelihood): string =>
  `${l.cue ?? l.band?.replace(/_/g, ' ') ?? l.factuality}${l.cue === undefined ? '' : ` (${l.band === undefined ? '' : `${l.band.replace(/_/g, ' ')}, `}${l.factuality})`}`

/**
 * A time in words: an EDTF time as written (`2024-10-25`, `XXXX-10-25`), a relative time
 * by its phrase, its time of day when it gives one, and its anchor when it has one — a
 * time (`by Friday (relative to 2024-11-05)`), another relative time by its phrase
 * (`the next day (relative to "on Sunday")`) or an event (`the next day (counted from
 * event strike)`). Linear in the length of the chain of anchors.
 *
 * @category utils
 * @since 0.2.0
 */
export const time = (t: Time.TimeRef): string => {
  if (typeof t === 'string') return t
  const clock = t.clock === undefined ? '' : ` at ${t.clock}`
  const a = t.anchor
  const anchor =
    a === undefined
      ? ''
      : typeof a === 'string'
        ? ` (relative to ${a})`
        : a.kind === 'event'
          ? ` (counted from event ${a.event})`
          : ` (relative to ${JSON.stringify(a.phrase)})`
  return `${t.phrase}${clock}${anchor}`
}

/**
 * A medium in words: `televised (recorded)`, `post on Telegram`, `interview with Channel 9`.
 *
 * @category utils
 * @since 0.2.0
 */
export const medium = (m: Statement.Medium, n: Names): string =>
  `${m.kind.replace(/_/g, ' ')}${m.platform === undefined ? '' : ` on ${m.platform}`}${m.outlet === undefined ? '' : ` with ${n.actor(m.outlet)}`}${m.recorded === true ? ' (recorded)' : ''}`

/**
 * The route of a message, speakers' side first: `Qasmari intermediaries (mediator,
 * "through") → an envoy (1) (messenger, "carried", on behalf of Harvia's president)`.
 *
 * @category utils
 * @since 0.2.0
 */
export const route = (hops: ReadonlyArray<Statement.Intermediary>, n: Names): string =>
  hops
    .map((h) => {
      const notes = [
        ...(h.role === undefined ? [] : [h.role]),
        ...(h.cue === undefined ? [] : [JSON.stringify(h.cue)]),
        ...(h.onBehalfOf === undefined ? [] : [`on behalf of ${n.actor(h.onBehalfOf)}`]),
      ]
      return `${n.actor(h.actor)}${notes.length === 0 ? '' : ` (${notes.join(', ')})`}`
    })
    .join(' → ')

/**
 * Who an actor may be: `most likely Ilse Vaar, or possibly Ruud Maas`.
 *
 * @category utils
 * @since 0.2.0
 */
export const candidates = (cs: ReadonlyArray<Actor.Candidate>, n: Names): string =>
  cs
    .map(
      (c) =>
        `${c.likelihood === undefined ? '' : `${c.likelihood.cue ?? c.likelihood.band?.replace(/_/g, ' ') ?? c.likelihood.factuality} `}${n.actor(c.actor)}`,
    )
    .join(', or ')

/**
 * How an anonymous source is placed to know: `familiar with the Front (the Front's
 * thinking)`, `briefed on event talks`.
 *
 * @category utils
 * @since 0.2.0
 */
export const proximity = (p: Actor.Proximity, n: Names): string =>
  [
    p.cue ?? p.kind.replace(/_/g, ' '),
    ...(p.actor === undefined ? [] : [n.actor(p.actor)]),
    ...(p.event === undefined ? [] : [n.event(p.event)]),
    ...(p.topic === undefined
      ? []
      : [p.actor === undefined && p.event === undefined ? p.topic : `(${p.topic})`]),
  ].join(' ')

/**
 * An attribution chain: `U.S. officials (2) —told→ Axios → the report`.
 *
 * @category utils
 * @since 0.1.0
 */
export const chain = (a: Attribution.Attribution, n: Names, author = 'the report'): string =>
  [
    ...a.chain.map((l) => {
      const who = l.source === undefined ? '(unattributed)' : n.actor(l.source)
      const grade =
        l.grading === undefined ? '' : ` [${l.grading.reliability}${l.grading.credibility}]`
      const via = l.medium === undefined ? '' : ` (${medium(l.medium, n)})`
      return `${who}${grade}${via} ${l.cue === undefined ? '→' : `—${l.cue}→`}`
    }),
    author,
  ].join(' ')

/**
 * A statement's first line: `Sullivan and Blinken → warn → al-Sudani`.
 *
 * @category utils
 * @since 0.1.0
 */
export const statementLine = (s: Statement.Statement, n: Names): string => {
  const speakers = s.speakers.map(n.actor).join(' and ')
  const to =
    s.addressees === undefined || s.addressees.length === 0
      ? ''
      : ` → ${s.addressees.map(n.actor).join(' and ')}`
  return `${speakers} → ${s.act.replace(/_/g, ' ')}${to}`
}

/**
 * A proposition in words, with the report's names.
 *
 * @category utils
 * @since 0.1.0
 */
export const proposition = (p: Proposition.Proposition, n: Names): string =>
  Proposition.render(p, n)

/** What a report's nodes are called in text, with lookups by id. */
interface Context {
  readonly n: Names
  readonly ix: Report.Index
  /** Who stands on whose side, for classifying threats. */
  readonly sides: Threat.Sides
}

/** A threat in a few words: `warning from United States to Iraq [us-warning-to-iraq]`. */
const threatSummary = (id: Id.ThreatId, c: Context): string => {
  const t = c.ix.threats.get(id)
  if (t === undefined) return `threat ${id}`
  return `${Threat.classify(c.sides)(t)} from ${t.issuer.map(c.n.actor).join(' and ')} to ${t.addressee.map(c.n.actor).join(' and ')} [${id}]`
}

/** A statement in a few words: its line and, when it is a proposition, what it says. */
const statementSummary = (id: Id.StatementId, c: Context): string => {
  const s = c.ix.statements.get(id)
  if (s === undefined) return `statement ${id}`
  const says =
    s.content.kind === 'proposition' ? `: ${proposition(s.content.proposition, c.n)}` : ''
  return `${statementLine(s, c.n)}${says} [${id}]`
}

/** What a statement says, in words: nodes it points at are described, with their ids. */
const content = (s: Statement.Statement, c: Context): string => {
  switch (s.content.kind) {
    case 'proposition':
      return proposition(s.content.proposition, c.n)
    case 'threat':
      return threatSummary(s.content.threat, c)
    case 'statement':
      return statementSummary(s.content.statement, c)
    case 'sourcing': {
      const t = s.content.target
      return t.kind === 'statement'
        ? `the sourcing of ${statementSummary(t.statement, c)}`
        : t.kind === 'source'
          ? `the sourcing through ${c.n.actor(t.source)}`
          : `the sourcing of the report${t.publisher === undefined ? '' : ` published by ${c.n.actor(t.publisher)}`}`
    }
    case 'unstated':
      return '(said something the report does not give)'
    case 'none':
      return '(no content)'
  }
}

const plural = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`

const headerLines = (r: Report.ReportData, c: Context): Line[] => {
  const meta = [
    ...(r.outlet === undefined ? [] : [`outlet: ${c.n.actor(r.outlet)}`]),
    ...(r.published === undefined ? [] : [`published: ${r.published}`]),
    ...(r.language === undefined ? [] : [`language: ${r.language}`]),
  ]
  const derived = (r.derivedFrom ?? []).map(
    (d) =>
      `${d.kind ?? 'derived from'} ${[
        ...(d.publisher === undefined ? [] : [c.n.actor(d.publisher)]),
        ...(d.headline === undefined ? [] : [JSON.stringify(d.headline)]),
        ...(d.published === undefined ? [] : [d.published]),
        ...(d.url === undefined ? [] : [d.url]),
      ].join(', ')}`,
  )
  return [
    line(0, r.headline),
    ...(meta.length === 0 ? [] : [line(0, meta.join(' · '))]),
    ...(r.url === undefined ? [] : [line(0, `url: ${r.url}`)]),
    ...(derived.length === 0 ? [] : [line(0, `source reports: ${derived.join('; ')}`)]),
  ]
}

const actorLines = (r: Report.ReportData, c: Context): Line[] => {
  const byKind = new Map<Actor.Kind, Actor.Actor[]>()
  for (const a of r.actors) append(byKind, a.kind, a)
  const out: Line[] = [line(0, `Actors (${r.actors.length})`)]
  for (const [kind, list] of byKind) {
    out.push(field(1, kind, list.map(Actor.label).join('; ')))
    // what a label does not say: how a source is placed, who an unnamed actor may be, dated offices
    for (const a of list) {
      if (a.kind === 'anonymous' && a.proximity !== undefined && a.proximity.length > 0)
        out.push(field(2, Actor.label(a), a.proximity.map((p) => proximity(p, c.n)).join('; ')))
      if (a.kind === 'anonymous' && a.reasonForAnonymity !== undefined)
        out.push(
          field(2, Actor.label(a), `anonymous because ${JSON.stringify(a.reasonForAnonymity)}`),
        )
      const cs = Actor.candidates(a)
      if (cs.length > 0) out.push(field(2, Actor.label(a), `may be ${candidates(cs, c.n)}`))
      if (a.kind === 'person')
        for (const o of a.offices ?? [])
          if (o.from !== undefined || o.to !== undefined)
            out.push(
              field(
                2,
                a.name,
                `${o.title}${o.in === undefined ? '' : ` of ${c.n.actor(o.in)}`}${o.from === undefined ? '' : ` from ${time(o.from)}`}${o.to === undefined ? '' : ` to ${time(o.to)}`}`,
              ),
            )
    }
  }
  return out
}

const eventLines = (r: Report.ReportData, c: Context): Line[] => {
  const out: Line[] = [line(0, `Events (${r.events.length})`)]
  for (const e of r.events) {
    const notes = [
      e.status,
      ...(e.time === undefined ? [] : [time(e.time)]),
      ...(e.scope === undefined
        ? []
        : [
            `${e.scope.degree}${e.scope.phrase === undefined ? '' : `: ${JSON.stringify(e.scope.phrase)}`}`,
          ]),
      ...(e.vague === true ? ['left vague by the source'] : []),
    ]
    out.push(line(1, `${e.id}: ${e.description} (${notes.join(', ')})`))
    const means = Event.means(e)
    if (means.length > 0) out.push(field(2, 'by means of', means.map(c.n.event).join('; ')))
    const general = Event.related(e, 'instance_of')
    if (general.length > 0) out.push(field(2, 'a case of', general.map(c.n.event).join('; ')))
  }
  return out
}

const statementLines = (r: Report.ReportData, c: Context): Line[] => {
  const author = c.n.actor(r.author)
  const out: Line[] = [line(0, `Statements (${r.statements.length})`)]
  for (const s of r.statements) {
    out.push(line(1, `${s.id}: ${statementLine(s, c.n)}`))
    if (s.time !== undefined) out.push(field(2, 'when', time(s.time)))
    if (s.intermediaries !== undefined && s.intermediaries.length > 0)
      out.push(field(2, 'through', route(s.intermediaries, c.n)))
    if (s.medium !== undefined) out.push(field(2, 'medium', medium(s.medium, c.n)))
    if (s.wordsBy !== undefined)
      out.push(field(2, 'in the words of', s.wordsBy.map(c.n.actor).join(' and ')))
    const says = content(s, c)
    out.push(field(2, 'says', s.quote === undefined ? says : `“${s.quote}” — ${says}`))
    out.push(
      field(
        2,
        'via',
        s.attribution !== undefined
          ? chain(s.attribution, c.n, author)
          : s.speakers.every((x) => x === r.author)
            ? `${author}, in its own voice`
            : Statement.isNonAnswer(s)
              ? `${author}, which witnessed it`
              : `${author} (no attribution)`,
      ),
    )
    if (s.hedges !== undefined && s.hedges.length > 0)
      out.push(field(2, 'hedges', s.hedges.map(likelihood).join(', ')))
    if (s.replyTo !== undefined) out.push(field(2, 'in reply to', statementSummary(s.replyTo, c)))
    if (s.channel !== undefined && s.channel !== 'unknown') out.push(field(2, 'channel', s.channel))
  }
  return out
}

const threatLines = (r: Report.ReportData, c: Context): Line[] => {
  // statements of each threat: those that state it, and those that deny or retract it
  const stating = new Map<string, string[]>()
  const denying = new Map<string, string[]>()
  for (const s of r.statements)
    if (s.content.kind === 'threat')
      append(s.act === 'deny' || s.act === 'retract' ? denying : stating, s.content.threat, s.id)
  const out: Line[] = [line(0, `Threats (${r.threats.length})`)]
  for (const t of r.threats) {
    const list = (ids: ReadonlyArray<Id.ActorId>) => ids.map(c.n.actor).join(' and ')
    out.push(
      line(
        1,
        `${t.id}: ${Threat.classify(c.sides)(t)} from ${list(t.issuer)} to ${list(t.addressee)}`,
      ),
      field(2, 'if', t.condition === undefined ? '(unconditional)' : proposition(t.condition, c.n)),
      field(2, 'then', proposition(t.consequence, c.n)),
      field(2, 'carried out by', t.enforcer === undefined ? 'not stated' : list(t.enforcer)),
      field(
        2,
        'demand',
        O.match(
          () => 'none',
          (d: Proposition.Proposition) => proposition(d, c.n),
        )(Threat.demand(t)),
      ),
      field(2, 'likelihood', t.likelihood === undefined ? 'not stated' : likelihood(t.likelihood)),
    )
    if (t.deadline !== undefined) out.push(field(2, 'deadline', time(t.deadline)))
    if (t.within !== undefined) out.push(field(2, 'within', t.within))
    out.push(field(2, 'stated by', (stating.get(t.id) ?? []).join(', ') || 'no statement'))
    const denied = denying.get(t.id)
    if (denied !== undefined) out.push(field(2, 'denied by', denied.join(', ')))
  }
  return out
}

const summaryLine = (r: Report.ReportData): Line => {
  const fromAnonymous = Report.isAnonymous(r)
  let anonymous = 0
  for (const s of r.statements)
    if (s.attribution !== undefined && fromAnonymous(s.attribution)) anonymous++
  return line(
    0,
    `${plural(r.actors.length, 'actor')}, ${plural(r.events.length, 'event')}, ${plural(r.statements.length, 'statement')} (${anonymous} from anonymous sources), ${plural(r.threats.length, 'threat')}`,
  )
}

/**
 * The whole report for a terminal: the headline and what is known of its publication;
 * actors by kind; events with status and time; statements under their ids, with time,
 * content, attribution and hedges (a statement or threat a statement points at is
 * described, with its id); threats; a summary line. Safe for a terminal whatever the
 * report holds (see {@link display}); wrapped when given a width.
 *
 * Linear in the size of the report.
 *
 * @example
 * ```text
 * U.S. Warns Iraq of Possible Israeli Retaliation Over Planned Iranian Attack
 * language: en
 *
 * Actors (28)
 *   state: United States; Iraq; Israel; Iran
 *   …
 * Statements (18)
 *   administration-warned-iraq: the Biden administration → warn → Iraq's government
 *       says: warning from United States to Iraq [us-warning-to-iraq]
 *       via: U.S. officials (2) —told→ Axios → the report
 * ```
 *
 * @category utils
 * @since 0.1.0
 */
export const inspect = (r: Report.ReportData, options: InspectOptions = {}): string => {
  const c: Context = { n: names(r), ix: Report.index(r), sides: Threat.sides(r) }
  return layout(
    [
      ...headerLines(r, c),
      line(0, ''),
      ...actorLines(r, c),
      line(0, ''),
      ...eventLines(r, c),
      line(0, ''),
      ...statementLines(r, c),
      line(0, ''),
      ...threatLines(r, c),
      line(0, ''),
      summaryLine(r),
    ],
    options.width,
  )
}

/** Mermaid node ids: letters and digits stay, every other character has its own escape. */
const ID_ESCAPES: Readonly<Record<string, string>> = { '-': '__', _: '_u', '.': '_p', ':': '_c' }

/**
 * A Mermaid node id for a node of a kind (`a` actor, `s` statement, `t` threat): the kind,
 * `_`, then the id with every character other than an ASCII letter or digit escaped by a
 * two-character code (`-` → `__`, `_` → `_u`, `.` → `_p`, `:` → `_c`; anything else
 * `_x` + hex + `_`). Each escape is read unambiguously, so distinct ids give distinct node
 * ids: `a.b` and `a_b` are `a_p` and `a_u`.
 */
const mermaidId = (kind: string, id: string): string =>
  `${kind}_${id.replace(/[^A-Za-z0-9]/gu, (ch) => ID_ESCAPES[ch] ?? `_x${ch.codePointAt(0)!.toString(16)}_`)}`

/**
 * A label for inside `"…"`: letters, marks, digits, spaces and `. , ' ( ) - / ? !` stay;
 * everything else is written as a Mermaid entity code (`#34;`), so no text can end the
 * label, or add a directive (`%%{init}`), a comment, a node, an edge or HTML.
 */
const mermaidText = (s: string): string =>
  s.replace(/[^\p{L}\p{M}\p{N} .,'()\-/?!]/gu, (ch) => `#${ch.codePointAt(0)!};`)

/**
 * A Mermaid flowchart of a report: the actors who speak, are addressed or pass claims on;
 * each statement; each attribution chain down to the report; each threat with its issuer,
 * addressee and enforcer. Deterministic, so a document can embed it and a test can check it.
 *
 * Any report may be drawn: labels keep only letters, marks, digits, spaces and a few
 * punctuation marks and write every other character as an entity code, so a name cannot
 * add a directive, comment, node or edge; node ids encode the report's ids injectively, so
 * two nodes are never drawn as one.
 *
 * Linear in the size of the report.
 *
 * @category utils
 * @since 0.1.0
 */
export const mermaid = (r: Report.ReportData): string => {
  const lines = ['flowchart LR']
  const used = new Set<Id.ActorId>()
  const edges: string[] = []
  const author = mermaidId('a', r.author)
  used.add(r.author)
  for (const s of r.statements) {
    const sid = mermaidId('s', s.id)
    lines.push(
      `  ${sid}(["${mermaidText(`${s.act.replace(/_/g, ' ')}${s.quote === undefined ? '' : ' (quote)'}`)}"])`,
    )
    for (const x of s.speakers) {
      used.add(x)
      edges.push(`  ${mermaidId('a', x)} --> ${sid}`)
    }
    for (const x of s.addressees ?? []) {
      used.add(x)
      edges.push(`  ${sid} -.-> ${mermaidId('a', x)}`)
    }
    if (s.content.kind === 'threat') edges.push(`  ${sid} ==> ${mermaidId('t', s.content.threat)}`)
    if (s.content.kind === 'statement')
      edges.push(`  ${sid} -. reports .-> ${mermaidId('s', s.content.statement)}`)
    if (s.attribution !== undefined) {
      // the claim travels from the original source, hop by hop, to the report
      const hops = s.attribution.chain.map((l, i) => {
        if (l.source !== undefined) {
          used.add(l.source)
          return mermaidId('a', l.source)
        }
        // `u`, the hop's index, then the statement's id: distinct from every other node
        const u = mermaidId(`u${i}`, s.id)
        lines.push(`  ${u}[/"(unattributed)"/]`)
        return u
      })
      edges.push(`  ${sid} -. source .-> ${hops[0]!}`)
      s.attribution.chain.forEach((l, i) => {
        const to = hops[i + 1] ?? author
        edges.push(
          l.cue === undefined
            ? `  ${hops[i]!} --> ${to}`
            : `  ${hops[i]!} -- "${mermaidText(l.cue)}" --> ${to}`,
        )
      })
    }
  }
  const sides = Threat.sides(r)
  for (const t of r.threats) {
    const tid = mermaidId('t', t.id)
    lines.push(`  ${tid}{{"${mermaidText(`${Threat.classify(sides)(t)} (${t.id})`)}"}}`)
    for (const x of t.issuer) edges.push(`  ${mermaidId('a', x)} -- issues --> ${tid}`)
    for (const x of t.addressee) edges.push(`  ${tid} -- to --> ${mermaidId('a', x)}`)
    for (const x of t.enforcer ?? [])
      edges.push(`  ${tid} -- "carried out by" --> ${mermaidId('a', x)}`)
    for (const x of Threat.parties(t)) used.add(x)
  }
  for (const a of r.actors) {
    if (used.has(a.id)) lines.push(`  ${mermaidId('a', a.id)}["${mermaidText(Actor.label(a))}"]`)
  }
  return [...lines, ...new Set(edges)].join('\n')
}
