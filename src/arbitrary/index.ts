/**
 * fast-check arbitraries of claimgraph's values, for property tests of code that uses
 * claimgraph: every node type, whole valid reports (references resolving to nodes of
 * their kind, no cycles, evidence spans matching the report's text), and near misses.
 * They are derived from the codecs' own descriptions, so they follow the wire format as
 * it changes. fast-check (4.x) is an optional peer dependency: install it to use this
 * module; nothing else in claimgraph needs it.
 *
 * @example
 * ```ts
 * import * as Arbitrary from 'claimgraph/arbitrary'
 * import { Report } from 'claimgraph'
 * import fc from 'fast-check'
 * import assert from 'node:assert/strict'
 *
 * // every generated report is valid: it survives a trip through JSON and decodes again
 * fc.assert(
 *   fc.property(Arbitrary.report, (report) => {
 *     const json = JSON.parse(JSON.stringify(Report.encode(report)))
 *     assert.equal(Report.decode(json)._tag, 'Right')
 *   }),
 *   { numRuns: 20 },
 * )
 * // near misses of report data: most are rejected, none makes the decoder throw
 * fc.assert(
 *   fc.property(Arbitrary.mutation(Report.Structure, Arbitrary.reportData), (u) => {
 *     Report.decode(u)
 *   }),
 *   { numRuns: 20 },
 * )
 * ```
 *
 * @since 0.2.0
 */
import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as Actor from '../Actor.js'
import * as Attribution from '../Attribution.js'
import * as C from '../Codec.js'
import * as DecodeError from '../DecodeError.js'
import * as Event from '../Event.js'
import * as Evidence from '../Evidence.js'
import type * as Id from '../Id.js'
import * as Likelihood from '../Likelihood.js'
import * as Proposition from '../Proposition.js'
import * as Report from '../Report.js'
import * as Statement from '../Statement.js'
import * as Threat from '../Threat.js'
import * as Time from '../Time.js'
import * as AST from '../codec/AST.js'
import * as A from '../codec/arbitrary.js'
import { referencesOf, spansOf } from '../codec/references.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

export type { Options } from '../codec/arbitrary.js'
export { Unsupported } from '../codec/arbitrary.js'

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The arbitrary of values a codec accepts, derived from its description: values that
 * decode, with the codec's named checks respected (ids, EDTF times, durations, spans
 * whose offsets fit their words). References are any well-formed ids unless
 * `options.ref` says which; see {@link report} for values whose references resolve.
 *
 * @category constructors
 * @since 0.2.0
 */
export const of = <A>(codec: C.Codec<A, unknown>, options: A.Options = {}): fc.Arbitrary<A> =>
  A.arbitraryOf(codec.ast, options) as fc.Arbitrary<A>

/**
 * Near misses of a codec's values: a valid value with one change at one place the
 * description knows about (a wrong type, a missing, misspelled or unknown key, a string
 * with a control character or a lone surrogate, a number out of range, an unknown tag,
 * an array too long or too short). Most are invalid; some still pass. For testing that
 * two readings of the format (a decoder and a schema, a guard and a parser) agree.
 *
 * @category constructors
 * @since 0.2.0
 */
export const mutation = <A>(
  codec: C.Codec<A, unknown>,
  valid: fc.Arbitrary<A> = of(codec),
): fc.Arbitrary<unknown> => A.mutationOf(codec.ast, valid)

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * Node ids over the whole id pattern (mostly short ones).
 *
 * @category codecs
 * @since 0.2.0
 */
export const id: fc.Arbitrary<string> = A.ids

/**
 * EDTF times: dates of every precision, unknown years, times of day, qualifiers, intervals.
 *
 * @category codecs
 * @since 0.2.0
 */
export const time: fc.Arbitrary<Time.Time> = of(Time.Time)

/**
 * Times as a report gives them: EDTF times or relative times.
 *
 * @category codecs
 * @since 0.2.0
 */
export const timeRef: fc.Arbitrary<Time.TimeRef> = of(Time.TimeRef)

/**
 * ISO 8601 durations.
 *
 * @category codecs
 * @since 0.2.0
 */
export const duration: fc.Arbitrary<Time.Duration> = of(Time.Duration)

/**
 * Likelihoods: a factuality, and a band and cue that agree with it.
 *
 * @category codecs
 * @since 0.2.0
 */
export const likelihood: fc.Arbitrary<Likelihood.Likelihood> = of(Likelihood.Likelihood)

/**
 * Evidence spans whose offsets cover as many characters as their words.
 *
 * @category codecs
 * @since 0.2.0
 */
export const span: fc.Arbitrary<Evidence.Span> = of(Evidence.Span)

/**
 * Actors of every kind (references are any ids).
 *
 * @category codecs
 * @since 0.2.0
 */
export const actor: fc.Arbitrary<Actor.Actor> = of(Actor.Actor)

/**
 * Events (references are any ids).
 *
 * @category codecs
 * @since 0.2.0
 */
export const event: fc.Arbitrary<Event.Event> = of(Event.Event)

/**
 * Propositions, nested a few levels deep.
 *
 * @category codecs
 * @since 0.2.0
 */
export const proposition: fc.Arbitrary<Proposition.Proposition> = of(Proposition.Proposition)

/**
 * Attribution chains.
 *
 * @category codecs
 * @since 0.2.0
 */
export const attribution: fc.Arbitrary<Attribution.Attribution> = of(Attribution.Attribution)

/**
 * Statements (references are any ids).
 *
 * @category codecs
 * @since 0.2.0
 */
export const statement: fc.Arbitrary<Statement.Statement> = of(Statement.Statement)

/**
 * Threats (references are any ids).
 *
 * @category codecs
 * @since 0.2.0
 */
export const threat: fc.Arbitrary<Threat.Threat> = of(Threat.Threat)

/**
 * Structurally valid report data: every field well-formed, references not resolved (most
 * fail integrity).
 *
 * @category codecs
 * @since 0.2.0
 */
export const reportData: fc.Arbitrary<Report.ReportData> = of(Report.Structure)

type Kind = AST.RefKind
type Collection = 'actors' | 'events' | 'statements' | 'threats'
const KINDS: ReadonlyArray<readonly [Kind, Collection]> = [
  ['actor', 'actors'],
  ['event', 'events'],
  ['statement', 'statements'],
  ['threat', 'threats'],
]

/** How many nodes of each kind a generated report has (actors besides its author voice). */
interface Counts {
  readonly actor: number
  readonly event: number
  readonly statement: number
  readonly threat: number
}

/** A reference while a report is generated: which of the pool it will point at. */
const TOKEN = '#'
const token = fc.nat({ max: 1000 }).map((n) => `${TOKEN}${n}`)

const itemOf = (node: AST.AST): AST.AST => {
  const n = AST.underlying(node)
  return n._tag === 'Array' ? n.item : n
}

const fieldOf = (key: string): AST.AST => {
  const n = AST.underlying(Report.Structure.ast)
  const f = n._tag === 'Struct' ? n.fields.find((x) => x.key === key) : undefined
  if (f === undefined) throw new Error(`a report has no property "${key}"`)
  return f.type
}

/** The author voice: the member of the actor union whose kind is `author`. */
const authorNode = (): AST.AST => {
  const n = AST.underlying(Actor.Actor.ast)
  const m = n._tag === 'Tagged' ? n.members.find((x) => x.value === 'author') : undefined
  if (m === undefined) throw new Error('the actor union has no author member')
  return m.type
}

/**
 * The arbitraries of the nodes of one kind for a report of these counts: the first node
 * (which no acyclic reference of its kind can start from) and the others. References are
 * tokens, resolved once every id is known.
 */
const nodesFor = (
  counts: Counts,
  kind: Kind,
  first: boolean,
  node: AST.AST,
): fc.Arbitrary<unknown> => {
  // what the arbitrary depends on: which kinds have no node to point at
  const key = `${kind}:${first}:${KINDS.map(([k]) => (counts[k] > 0 ? 1 : 0)).join('')}`
  let byKey = built.get(node)
  if (byKey === undefined) built.set(node, (byKey = new Map()))
  const seen = byKey.get(key)
  if (seen !== undefined) return seen
  const a = A.arbitraryOf(node, {
    ...SIZE,
    ref: (r) => {
      const size = counts[r.to] + (r.to === 'actor' ? 1 : 0)
      if (r.actorKind !== undefined) return undefined
      if (r.acyclic && r.to === kind && first) return undefined
      return size === 0 ? undefined : token
    },
  })
  byKey.set(key, a)
  return a
}

/** Arbitraries built for nodes of a report, by what they depend on (building one is costly). */
const built = new WeakMap<AST.AST, Map<string, fc.Arbitrary<unknown>>>()

/** The nodes of a report of these counts, with ids still to assign and references as tokens. */
const collectionsFor = (
  counts: Counts,
): fc.Arbitrary<Record<Collection, ReadonlyArray<unknown>>> => {
  const list = (kind: Kind, n: number, node: AST.AST): fc.Arbitrary<ReadonlyArray<unknown>> => {
    if (n === 0) return fc.constant([])
    const first = nodesFor(counts, kind, true, node)
    const rest = n > 1 ? nodesFor(counts, kind, false, node) : first
    return fc.tuple(first, ...Array.from({ length: n - 1 }, () => rest))
  }
  const actors = fc
    .tuple(
      nodesFor(counts, 'actor', true, authorNode()),
      list('actor', counts.actor, itemOf(fieldOf('actors'))).map((a) => a),
    )
    .map(([author, others]) => [author, ...others])
  return fc.record({
    actors,
    events: list('event', counts.event, itemOf(fieldOf('events'))),
    statements: list('statement', counts.statement, itemOf(fieldOf('statements'))),
    threats: list('threat', counts.threat, itemOf(fieldOf('threats'))),
  })
}

const setAt = (root: unknown, path: ReadonlyArray<string | number>, value: unknown): void => {
  let o = root as Record<string | number, unknown>
  for (let i = 0; i < path.length - 1; i++) o = o[path[i]!] as Record<string | number, unknown>
  o[path[path.length - 1]!] = value
}

/** The top-level properties of a report but its collections and format, as a struct node. */
const topLevel = (): AST.StructNode => {
  const n = AST.underlying(Report.Structure.ast)
  if (n._tag !== 'Struct') throw new Error('a report is not a struct')
  const skip = new Set(['format', 'actors', 'events', 'statements', 'threats'])
  return AST.struct(
    n.annotations,
    n.fields.filter((f) => !skip.has(f.key)),
  )
}

let top: fc.Arbitrary<Record<string, unknown>> | undefined
/** The report's own properties (but format and collections); its references are tokens. */
const topFor = (): fc.Arbitrary<Record<string, unknown>> =>
  (top ??= A.arbitraryOf(topLevel(), { ...SIZE, ref: () => token }) as fc.Arbitrary<
    Record<string, unknown>
  >)

/** Lays the report's text out around its spans, so that every span matches it. */
const layOut = (report: Record<string, unknown>): void => {
  const spans: Array<{ start: number; end: number; text: string }> = []
  spansOf(Report.Structure.ast)(report, [], 0, (_node, span) => {
    if (typeof span === 'object' && span !== null)
      spans.push(span as { start: number; end: number; text: string })
  })
  if (spans.length === 0) return
  let text = typeof report['text'] === 'string' ? `${report['text']}\n` : ''
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const earlier = i % 3 === 2 ? text.indexOf(s.text) : -1
    if (earlier >= 0) {
      s.start = earlier
      s.end = earlier + s.text.length
      continue
    }
    text += i % 2 === 0 ? 'It was said that ' : ' Later, '
    s.start = text.length
    text += s.text
    s.end = text.length
  }
  report['text'] = `${text}.`
}

/** How large the nodes of a generated report are. */
const SIZE = { depth: 2, extraItems: 2 } as const

const counts: fc.Arbitrary<Counts> = fc.record({
  actor: fc.integer({ min: 0, max: 5 }),
  event: fc.integer({ min: 1, max: 4 }),
  statement: fc.integer({ min: 0, max: 5 }),
  threat: fc.integer({ min: 0, max: 3 }),
})

/**
 * Whole valid reports: unique ids across all nodes, an author voice, every reference
 * resolving to a node of its kind (and an `outlet` to an outlet), acyclic references
 * (replies, nested statements, revisions, collective membership) pointing only at
 * earlier nodes, and a text laid out around the evidence spans so that every span
 * matches it. Each decodes with `Report.decode`; up to six actors, four events, five
 * statements and three threats.
 *
 * @category codecs
 * @since 0.2.0
 */
export const report: fc.Arbitrary<Report.Report> = counts
  .chain((n) => {
    const total = 1 + n.actor + n.event + n.statement + n.threat
    return fc.record({
      ids: fc.uniqueArray(A.ids, { minLength: total, maxLength: total }),
      nodes: collectionsFor(n),
      top: topFor(),
    })
  })
  .map(({ ids, nodes, top }) => {
    const value = JSON.parse(JSON.stringify({ ...top, ...nodes })) as Record<string, unknown> &
      Record<Collection, Array<Record<string, unknown>>>
    // ids, in collection order
    const pools: Record<Kind, string[]> = { actor: [], event: [], statement: [], threat: [] }
    let next = 0
    for (const [kind, key] of KINDS)
      for (const node of value[key]) {
        const assigned = ids[next++]!
        node['id'] = assigned
        pools[kind].push(assigned)
      }
    // references: a token picks from the pool of its kind (earlier nodes only, for acyclic ones)
    for (const [kind, key] of KINDS) {
      value[key].forEach((node, i) => {
        referencesOf(itemOf(fieldOf(key)))(node, [], 0, (r, v, path, depth) => {
          if (r._tag !== 'Ref' || typeof v !== 'string' || !v.startsWith(TOKEN)) return
          const pool = r.acyclic && r.to === kind ? pools[r.to].slice(0, i) : pools[r.to]
          setAt(node, path.slice(0, depth), pool[Number(v.slice(1)) % pool.length])
        })
      })
    }
    // the report's own references (its author, its outlet, its sources' publishers), wherever
    // they are: to nodes of their kind (and actors of their kind, if it is named), if any
    const kinds = value.actors.map((a) => a['kind'])
    const optional = new Set(
      topLevel()
        .fields.filter((f) => f.optional)
        .map((f) => f.key),
    )
    const unresolved: Array<ReadonlyArray<string | number>> = []
    referencesOf(topLevel())(value, [], 0, (r, v, path, depth) => {
      if (r._tag !== 'Ref' || typeof v !== 'string' || !v.startsWith(TOKEN)) return
      const pool = pools[r.to].filter(
        (_, i) => r.actorKind === undefined || (r.to === 'actor' && kinds[i] === r.actorKind),
      )
      if (pool.length > 0)
        setAt(value, path.slice(0, depth), pool[Number(v.slice(1)) % pool.length])
      else unresolved.push(path.slice(0, depth))
    })
    for (const path of unresolved) {
      if (path.length !== 1 || !optional.has(String(path[0])))
        throw new Error(`no node can be the ${path.join('.')} of a generated report`)
      delete value[String(path[0])]
    }
    value['format'] = Report.FORMAT
    layOut(value)
    const r = Report.decode(value)
    if (E.isLeft(r))
      throw new Error(`a generated report does not decode:\n${DecodeError.toTree(r.left)}`)
    return r.right
  })

/**
 * The ids of a report's nodes of one kind (for choosing an existing one in a property).
 *
 * @category utils
 * @since 0.2.0
 */
export const idsOf = (r: Report.ReportData, kind: Kind): ReadonlyArray<Id.NodeId> =>
  (r[KINDS.find(([k]) => k === kind)![1]] as ReadonlyArray<{ readonly id: Id.NodeId }>).map(
    (n) => n.id,
  )
