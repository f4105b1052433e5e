/**
 * Plain-text renderings of a report for people: actors by kind, each statement as
 * "speaker → act → addressee" with its attribution chain and hedges, each threat with its
 * condition, consequence, enforcer, demand and likelihood, and a summary line.
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
import type * as Id from './Id.js'
import type * as Likelihood from './Likelihood.js'
import * as Proposition from './Proposition.js'
import * as Report from './Report.js'
import type * as Statement from './Statement.js'
import * as Threat from './Threat.js'
import { append } from './internal/collections.js'

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
 * Names for a report's nodes: an actor's label, an event's description.
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

// Controls a terminal would obey or that break a line: C0 (tab and line feed included),
// DEL, C1 (NEL, CSI, OSC, …), bidirectional controls, and the line and paragraph separators.
const CONTROL =
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
 * Breaks text into lines of at most `width` characters (code points), at spaces where it
 * can and inside a word only when the word alone is longer than a line. Runs of spaces
 * become one; a width below 1 leaves the text on one line.
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
export const wrap = (text: string, width: number): ReadonlyArray<string> => {
  const words = text.split(' ').filter((w) => w !== '')
  if (width < 1) return [words.join(' ')]
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const word of words) {
    const chars = Array.from(word)
    if (used > 0 && used + 1 + chars.length <= width) {
      line += ` ${word}`
      used += 1 + chars.length
      continue
    }
    if (used > 0) lines.push(line)
    let start = 0
    for (; chars.length - start > width; start += width)
      lines.push(chars.slice(start, start + width).join(''))
    line = chars.slice(start).join('')
    used = chars.length - start
  }
  if (used > 0 || lines.length === 0) lines.push(line)
  return lines
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
      return `${who}${grade} ${l.cue === undefined ? '→' : `—${l.cue}→`}`
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

/**
 * Options of {@link inspect}.
 *
 * @category model
 * @since 0.2.0
 */
export interface InspectOptions {
  /** Wrap lines to this many columns (at least 40); by default lines are not wrapped. */
  readonly width?: number
}

/**
 * The whole report for a terminal.
 *
 * @category utils
 * @since 0.1.0
 */
export const inspect = (r: Report.ReportData, options: InspectOptions = {}): string => {
  void options
  const n = names(r)
  const authorName = n.actor(r.author)
  const out: string[] = []
  out.push(r.headline)
  out.push(
    [
      `outlet: ${r.outlet === undefined ? 'unknown' : n.actor(r.outlet)}`,
      `published: ${r.published ?? 'unknown'}`,
      `language: ${r.language ?? 'unknown'}`,
    ].join(' · '),
  )

  out.push('', `Actors (${r.actors.length})`)
  const byKind = new Map<Actor.Kind, Actor.Actor[]>()
  for (const a of r.actors) {
    append(byKind, a.kind, a)
  }
  for (const [kind, list] of byKind) {
    out.push(`  ${kind}: ${list.map(Actor.label).join('; ')}`)
  }

  out.push('', `Statements (${r.statements.length})`)
  for (const s of r.statements) {
    out.push(`  ${statementLine(s, n)}`)
    const content =
      s.content.kind === 'proposition'
        ? proposition(s.content.proposition, n)
        : s.content.kind === 'threat'
          ? `threat ${s.content.threat}`
          : s.content.kind === 'statement'
            ? `reports statement ${s.content.statement}`
            : '(no content)'
    out.push(`      says: ${s.quote === undefined ? content : `“${s.quote}” — ${content}`}`)
    out.push(
      `      via: ${s.attribution !== undefined ? chain(s.attribution, n, authorName) : s.speakers.every((x) => x === r.author) ? `${authorName}, in its own voice` : `${authorName} (no attribution)`}`,
    )
    if (s.hedges !== undefined && s.hedges.length > 0)
      out.push(`      hedges: ${s.hedges.map(likelihood).join(', ')}`)
    if (s.replyTo !== undefined) out.push(`      in reply to: ${s.replyTo}`)
    if (s.channel !== undefined && s.channel !== 'unknown') out.push(`      channel: ${s.channel}`)
  }

  out.push('', `Threats (${r.threats.length})`)
  const stating = new Map<string, string[]>()
  for (const s of r.statements) {
    if (s.content.kind !== 'threat') continue
    append(stating, s.content.threat, s.id)
  }
  const sides = Threat.sides(r)
  for (const t of r.threats) {
    out.push(
      `  ${t.id}: ${Threat.classify(sides)(t)} from ${t.issuer.map(n.actor).join(' and ')} to ${t.addressee.map(n.actor).join(' and ')}`,
    )
    out.push(
      `      if: ${t.condition === undefined ? '(unconditional)' : proposition(t.condition, n)}`,
    )
    out.push(`      then: ${proposition(t.consequence, n)}`)
    out.push(
      `      carried out by: ${t.enforcer === undefined ? 'not stated' : t.enforcer.map(n.actor).join(' and ')}`,
    )
    out.push(
      `      demand: ${O.match(
        () => 'none',
        (d: Proposition.Proposition) => proposition(d, n),
      )(Threat.demand(t))}`,
    )
    out.push(
      `      likelihood: ${t.likelihood === undefined ? 'not stated' : likelihood(t.likelihood)}`,
    )
    if (t.deadline !== undefined)
      out.push(`      deadline: ${typeof t.deadline === 'string' ? t.deadline : t.deadline.phrase}`)
    out.push(`      stated by: ${(stating.get(t.id) ?? []).join(', ') || 'no statement'}`)
  }

  const fromAnonymous = Report.isAnonymous(r)
  const anonymous = r.statements.filter(
    (s) => s.attribution !== undefined && fromAnonymous(s.attribution),
  ).length
  out.push(
    '',
    `${r.actors.length} actors, ${r.events.length} events, ${r.statements.length} statements (${anonymous} from anonymous sources), ${r.threats.length} threat${r.threats.length === 1 ? '' : 's'}`,
  )
  return out.join('\n')
}

const mermaidId = (kind: string, id: string) => `${kind}_${id.replace(/[^A-Za-z0-9]/g, '_')}`
const mermaidText = (s: string) =>
  s.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))

/**
 * A Mermaid flowchart of a report: the actors who speak, are addressed or pass claims on;
 * each statement; each attribution chain down to the report; each threat with its issuer,
 * addressee and enforcer. Deterministic, so a document can embed it and a test can check it.
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
        const u = mermaidId('u', `${s.id}_${i}`)
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
    lines.push(`  ${tid}{{"${mermaidText(`${Threat.classify(sides)(t)}: ${t.id}`)}"}}`)
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
