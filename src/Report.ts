/**
 * A news report as a graph: its headline, outlet, publication time, address, language,
 * author voice and text, the reports it retells, and the actors, events, statements and
 * threats it contains.
 *
 * {@link decode} checks structure **and** integrity — unique ids, every reference
 * resolving to a node of the right kind, no cycles through reply-to, nested statements,
 * threat revisions or collective membership, and evidence spans that match the text when
 * the report carries it — and returns a branded {@link Report}, or every problem with its
 * path. An attribution chain may pass through the same actor twice: that is circular
 * reporting, which the rule `attribution/circular` flags, not a defect of the data.
 * {@link encode} gives plain JSON with a format version; {@link migrate} reads earlier
 * formats.
 *
 * `meta`, on the report and on every node, holds a pipeline's own data (an extractor's
 * model name, confidence, run id) as any JSON value: decoding keeps it, validators ignore it.
 *
 * Unknown keys are rejected by default (a misspelled field is an error, `unknown_key`);
 * pass `{ unknownKeys: 'strip' }` to drop them instead.
 *
 * @example
 * ```ts
 * import { DecodeError, Id, Report } from 'claimgraph'
 * import * as fixtures from 'claimgraph/fixtures'
 * import * as E from 'fp-ts/lib/Either.js'
 * import assert from 'node:assert/strict'
 *
 * const json = JSON.stringify(Report.encode(fixtures.report))
 * const result = Report.decode(JSON.parse(json))
 *
 * if (E.isLeft(result)) throw new Error(DecodeError.toTree(result.left))
 * assert.equal(Report.statementsBy(Id.actor('miller'))(result.right).length, 4)
 * ```
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import * as C from './Codec.js'
import * as DecodeError from './DecodeError.js'
import * as Id from './Id.js'
import * as Time from './Time.js'
import * as Actor from './Actor.js'
import * as Event from './Event.js'
import * as Evidence from './Evidence.js'
import * as Proposition from './Proposition.js'
import * as Attribution from './Attribution.js'
import * as Statement from './Statement.js'
import * as Threat from './Threat.js'
import { byId } from './internal/collections.js'
import { IdTable } from './internal/IdTable.js'
import { documentOrder } from './codec/decoder.js'
import { reasonOf } from './codec/describe.js'
import * as Hints from './codec/hints.js'
import type * as AST from './codec/AST.js'
import { isReferenceOrSpan, referencesAndSpansOf, spansOf } from './codec/references.js'
import { bindVisit, type OnValue, type Visit } from './codec/compiled.js'
import { table, visits } from './generated/Report.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The format this version of claimgraph writes; it reads this one and every format
 * {@link migrate} knows.
 *
 * @category model
 * @since 0.1.0
 */
export const FORMAT = 'claimgraph/2'

/**
 * The earlier formats that {@link migrate} brings up to {@link FORMAT}.
 *
 * @category model
 * @since 0.2.0
 */
export const LEGACY_FORMATS: ReadonlyArray<string> = ['claimgraph/1']

/**
 * How a report draws on another report: it `retells` it (rewrites its reporting: "as
 * first reported by"), `translates` it, `updates` it (a later version of the same story),
 * or `cites` it in part.
 *
 * @category model
 * @since 0.2.0
 */
export type DerivationKind = 'retells' | 'translates' | 'updates' | 'cites'

/**
 * A report this one is derived from: who published it (an outlet, an agency, a
 * government), its address, headline and date, and how this report draws on it. At least
 * a publisher, an address or a headline.
 *
 * @category model
 * @since 0.2.0
 */
export interface Derivation {
  readonly publisher?: Id.ActorId
  readonly url?: string
  readonly headline?: string
  readonly published?: Time.Time
  readonly kind?: DerivationKind
}

/**
 * A report's data, before its integrity is known.
 *
 * @category model
 * @since 0.1.0
 */
export interface ReportData {
  readonly format: typeof FORMAT
  readonly headline: string
  /** The actor that is the report's own voice (of kind `author`). */
  readonly author: Id.ActorId
  /** The outlet that published it (of kind `outlet`), when known. */
  readonly outlet?: Id.ActorId
  readonly published?: Time.Time
  /** Where it was published: an `http` or `https` address. @since 0.2.0 */
  readonly url?: string
  /** The reports it retells, translates, updates or cites. @since 0.2.0 */
  readonly derivedFrom?: ReadonlyArray<Derivation>
  /** A BCP 47 language tag such as `en` or `en-US`. */
  readonly language?: string
  /** The text that evidence spans point into. */
  readonly text?: string
  readonly actors: ReadonlyArray<Actor.Actor>
  readonly events: ReadonlyArray<Event.Event>
  readonly statements: ReadonlyArray<Statement.Statement>
  readonly threats: ReadonlyArray<Threat.Threat>
  /** Pipeline metadata: kept by decoding, ignored by validators. @since 0.2.0 */
  readonly meta?: C.Json
}

declare const ReportBrand: unique symbol

/**
 * A report whose structure and integrity have been checked: only {@link decode} and
 * {@link make} produce one.
 *
 * @category model
 * @since 0.1.0
 */
export type Report = ReportData & { readonly [ReportBrand]: 'Report' }

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const Url = C.string('url', {
  max: 2000,
  pattern: /^https?:\/\/[^\s]+$/,
  patternMessage: 'must be an http or https address',
})

/**
 * @category codecs
 * @since 0.2.0
 */
export const Derivation: C.Codec<Derivation> = fast(
  C.refine(
    C.struct(
      'Derivation',
      {},
      {
        publisher: Id.ActorRef,
        url: Url,
        headline: C.string('headline', { min: 1, max: 10_000 }),
        published: Time.Time,
        kind: C.keyof('DerivationKind', ['retells', 'translates', 'updates', 'cites']),
      },
    ),
    'Derivation',
    (d) =>
      d.publisher === undefined && d.url === undefined && d.headline === undefined
        ? {
            code: 'missing_key',
            message: 'a derivation names a publisher, an address or a headline',
          }
        : undefined,
  ),
)

/**
 * The structure of a report, without integrity checks.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Structure: C.Codec<ReportData> = fast(
  C.struct(
    'Report',
    {
      format: C.literal(FORMAT),
      headline: C.string('headline', { min: 1, max: 10_000 }),
      author: Id.ActorRefOf('author'),
      actors: C.array(Actor.Actor, { name: 'Actors' }),
      events: C.array(Event.Event, { name: 'Events' }),
      statements: C.array(Statement.Statement, { name: 'Statements' }),
      threats: C.array(Threat.Threat, { name: 'Threats' }),
    },
    {
      outlet: Id.ActorRefOf('outlet'),
      published: Time.Time,
      url: Url,
      derivedFrom: C.array(Derivation, { max: 1000, name: 'DerivedFrom' }),
      language: C.string('language', { checks: [C.Checks.bcp47] }),
      text: C.string('text', { min: 1 }),
      meta: C.json('meta'),
    },
  ),
)

const versionOf = (u: unknown): unknown =>
  typeof u === 'object' &&
  u !== null &&
  !Array.isArray(u) &&
  Object.prototype.hasOwnProperty.call(u, 'format')
    ? (u as Record<string, unknown>)['format']
    : undefined

/** A document in another format is reported as such, and nothing else is checked. */
const formatVersion = C.Checks.make(
  'format-version',
  { formats: [FORMAT] },
  {
    test: (u: unknown) => {
      const version = versionOf(u)
      return version === undefined || version === FORMAT
    },
    explain: (u: unknown) => ({ message: unsupported(versionOf(u)) }),
    issues: (u: unknown) => [
      DecodeError.issue(['format'], 'unsupported_version', unsupported(versionOf(u))),
    ],
  },
)

const unsupported = (version: unknown): string =>
  `this version of claimgraph reads format "${FORMAT}" (and migrates ${LEGACY_FORMATS.map((f) => `"${f}"`).join(', ')}), not ${C.describe(version)}`

/** Integrity as a named check of the whole report, so that every interpreter sees it. */
const consistent = C.Checks.make(
  'report-integrity',
  {},
  {
    test: (r: ReportData) => holds(r),
    explain: () => ({ message: 'the report is not consistent' }),
    issues: (r: ReportData, partial: boolean) => passes(r, partial),
  },
)

/**
 * Brings a document of an earlier format up to {@link FORMAT}, before it is decoded.
 * {@link decode} calls it; call it yourself to upgrade stored documents.
 *
 * From `claimgraph/1` to `claimgraph/2` only the `format` changes: every field of
 * `claimgraph/1` means the same in `claimgraph/2`, which adds optional fields only. Two
 * readings differ, and no document needs rewriting for them: an attribution chain may
 * pass through the same actor twice (circular reporting, refused as a `cycle` before, now
 * decoded and flagged by the rule `attribution/circular`), and the content `none` means "no
 * content" (a declined comment, a non-answer), with `unstated` for content the report does
 * not give.
 *
 * A document in {@link FORMAT}, or without a `format` (the decoder then reports it as
 * missing), is returned as it is; a `claimgraph/1` document as a shallow copy with the new
 * format; any other `format` is `unsupported_version`. Never throws: an object that cannot
 * be read is `unreadable_input`. Linear in the number of top-level keys.
 *
 * @category codecs
 * @since 0.2.0
 */
export const migrate = (u: unknown): E.Either<DecodeError.DecodeError, unknown> => {
  try {
    const version = versionOf(u)
    if (version === undefined || version === FORMAT) return E.right(u)
    if (version === 'claimgraph/1')
      return E.right({ ...(u as Record<string, unknown>), format: FORMAT })
    return E.left(
      DecodeError.make(DecodeError.issue(['format'], 'unsupported_version', unsupported(version))),
    )
  } catch (e) {
    return E.left(
      DecodeError.make(
        DecodeError.issue([], 'unreadable_input', `the input could not be read: ${reasonOf(e)}`),
      ),
    )
  }
}

/**
 * The full codec: the format version, then structure, then integrity. Its `is` checks
 * all three. When the structure has errors, integrity still runs on every part that
 * decoded, and both kinds of issue are reported together.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Report: C.Codec<Report, ReportData> = fast(
  C.refine<ReportData, ReportData, Report>(C.guardInput(Structure, formatVersion), consistent),
)

/**
 * Decodes a report: structure, brands and integrity. Never throws. A document of an
 * earlier format is migrated first ({@link migrate}). Every issue is reported
 * in one round (see the errors guide for what can be reported together). Linear in the
 * size of the input.
 *
 * @category codecs
 * @since 0.1.0
 */
export const decode = (
  u: unknown,
  options: C.DecodeOptions = {},
): E.Either<DecodeError.DecodeError, Report> => {
  const migrated = migrate(u)
  if (E.isLeft(migrated)) return migrated
  const decoded = C.decode(Report, options)(migrated.right)
  return E.isLeft(decoded) ? E.left(locateLengthMismatches(migrated.right, decoded.left)) : decoded
}

/**
 * A span whose offsets and text differ in length fails its own codec, before the report's
 * text is known to it: the message then says where the words occur in the report's text,
 * or that they do not, within the hint budget. Linear in the number of issues and their
 * paths, and in the text for a bounded number of hints.
 */
const locateLengthMismatches = (
  u: unknown,
  e: DecodeError.DecodeError,
): DecodeError.DecodeError => {
  const text = typeof u === 'object' && u !== null ? (u as { text?: unknown }).text : undefined
  if (typeof text !== 'string' || !e.issues.some((i) => i.code === 'span_mismatch')) return e
  const spend = Hints.budget()
  const [first, ...rest] = e.issues.map((i) => {
    if (i.code !== 'span_mismatch' || !i.message.includes('characters but its text has')) return i
    let at: unknown = u
    for (const k of i.path)
      at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[k] : undefined
    const words =
      typeof at === 'object' && at !== null ? (at as { text?: unknown }).text : undefined
    if (typeof words !== 'string' || words.length === 0 || spend.left < 3 * text.length) return i
    spend.left -= 3 * text.length
    const k = text.indexOf(words)
    if (k < 0) return { ...i, message: `${i.message}; the words do not occur in the text` }
    const more = text.indexOf(words, k + 1) >= 0
    return {
      ...i,
      message: `${i.message}; the words occur at ${k}–${k + words.length}${more ? ' (the first of several occurrences)' : ''}: set start and end there`,
    }
  })
  return DecodeError.make(first!, ...rest)
}

/**
 * Decodes a report from JSON text — what a file, an API or a language model gives you.
 * Text that is not JSON gets the code `invalid_json`. The parsed value belongs to nobody
 * else, so it is decoded without a copy.
 *
 * With `{ nulls: 'absent' }`, a `null` for an optional property is read as if the
 * property were absent: strict structured-output modes of language models send `null`
 * for every field they have no value for. A `null` for a required property is still an
 * error. Linear in the length of the text.
 *
 * @category codecs
 * @since 0.1.0
 */
export const fromJson = (
  text: string,
  options: Omit<C.DecodeOptions, 'share'> = {},
): E.Either<DecodeError.DecodeError, Report> => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    const reason =
      typeof e === 'object' && e !== null && typeof (e as Error).message === 'string'
        ? (e as Error).message.slice(0, 120)
        : 'a syntax error'
    return E.left(
      DecodeError.make(DecodeError.issue([], 'invalid_json', `the text is not JSON: ${reason}`)),
    )
  }
  return decode(value, { ...options, share: true })
}

/**
 * Encodes a report as plain JSON data (it carries its `format`).
 *
 * @category codecs
 * @since 0.1.0
 */
export const encode = (r: Report): ReportData => Report.encode(r)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The parts of a report, for {@link make}.
 *
 * @category model
 * @since 0.1.0
 */
export type Parts = Omit<ReportData, 'format' | 'events' | 'statements' | 'threats'> & {
  readonly events?: ReadonlyArray<Event.Event>
  readonly statements?: ReadonlyArray<Statement.Statement>
  readonly threats?: ReadonlyArray<Threat.Threat>
}

/**
 * Builds a report from parts made with the constructors, checking it exactly as
 * {@link decode} would.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (parts: Parts): E.Either<DecodeError.DecodeError, Report> =>
  decode({ format: FORMAT, events: [], statements: [], threats: [], ...parts })

// -------------------------------------------------------------------------------------
// integrity
// -------------------------------------------------------------------------------------

type Path = DecodeError.Path
type Kind = Id.NodeKind
type Collection = 'actors' | 'events' | 'statements' | 'threats'

/** The collections of a report, each with the kind of node it holds. */
const COLLECTIONS: ReadonlyArray<readonly [Kind, Collection]> = [
  ['actor', 'actors'],
  ['event', 'events'],
  ['statement', 'statements'],
  ['threat', 'threats'],
]
const COLLECTION: Readonly<Record<Kind, Collection>> = {
  actor: 'actors',
  event: 'events',
  statement: 'statements',
  threat: 'threats',
}

/**
 * Every integrity problem of a structurally valid report, in document order: ids unique
 * across all kinds of node, every reference (every value of a reference codec, wherever
 * it is) resolving to a node of its kind, no cycle through references that must not
 * form one (replies, nested statements, revisions, collective membership), and evidence
 * spans that match the report's text. Linear in the size of the report.
 *
 * @category codecs
 * @since 0.1.0
 */
export const integrity = (r: ReportData): ReadonlyArray<DecodeError.DecodeIssue> => {
  if (holds(r)) return []
  const issues = passes(r, false)
  return issues.length < 2 ? issues : documentOrder(r, issues)
}

/**
 * The integrity passes, top to bottom. With `partial`, the report may hold parts that
 * failed to decode: the passes check what decoded, and leave alone what they cannot
 * judge (a reference to a kind of node one of whose ids is unknown might point at it).
 */
const passes = (r: ReportData, partial: boolean): DecodeError.DecodeIssue[] => {
  const issues: DecodeError.DecodeIssue[] = []
  const spend = Hints.budget()
  const registry = registration(r, issues)
  const edges: Edges = { kinds: [], from: [], to: [], paths: [] }
  const onReference = references(r, registry, partial, edges, issues, spend)
  const onSpan = evidence(r.text, issues, spend)
  // references and spans are checked in one walk over the report
  referencesAndSpansOf(Structure.ast)(r, [], 0, (node, value, path, depth) =>
    node._tag === 'Ref' ? onReference(node, value, path, depth) : onSpan(value, path, depth),
  )
  cycles(r, edges, issues)
  return issues
}

/**
 * Whether a pass has found as many issues as a decode reports (and one more, so that the
 * decoder can say the list is cut): past it, the passes build no more issues.
 */
const full = (issues: ReadonlyArray<DecodeError.DecodeIssue>): boolean =>
  issues.length > DecodeError.MAX_ISSUES

// 1. registration ---------------------------------------------------------------------

/** Every node id of a report, each with its kind, position and (for actors) actor kind. */
interface Registry {
  /** id → entry */
  readonly index: IdTable
  readonly kinds: Kind[]
  readonly positions: number[]
  readonly actorKinds: Array<string | undefined>
  /** Kinds with a node whose id is unknown (it failed to decode). */
  readonly unknown: Set<Kind>
}

const itemsOf = (r: ReportData, key: Collection): ReadonlyArray<unknown> | undefined => {
  const nodes: unknown = r[key]
  return Array.isArray(nodes) ? nodes : undefined
}

const field = (node: unknown, key: string): unknown =>
  typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined

/** Registers every node's id; a second node with an id already registered is `duplicate_id`. */
const registration = (r: ReportData, issues: DecodeError.DecodeIssue[]): Registry => {
  let size = 0
  for (const [, key] of COLLECTIONS) size += itemsOf(r, key)?.length ?? 0
  const index = new IdTable(size)
  const kinds: Kind[] = []
  const positions: number[] = []
  const actorKinds: Array<string | undefined> = []
  const unknown = new Set<Kind>()
  for (const [kind, key] of COLLECTIONS) {
    const nodes = itemsOf(r, key)
    if (nodes === undefined) {
      unknown.add(kind)
      continue
    }
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]
      const id = field(node, 'id')
      if (typeof id !== 'string') {
        unknown.add(kind)
        continue
      }
      const entry = kinds.length
      const seen = index.add(id, entry)
      if (seen >= 0) {
        if (full(issues)) continue
        issues.push(
          DecodeError.issue(
            [key, i, 'id'],
            'duplicate_id',
            `id "${id}" is already used by ${COLLECTION[kinds[seen]!]}/${positions[seen]!}`,
          ),
        )
        continue
      }
      const actorKind = kind === 'actor' ? field(node, 'kind') : undefined
      kinds[entry] = kind
      positions[entry] = i
      actorKinds[entry] = typeof actorKind === 'string' ? actorKind : undefined
    }
  }
  return { index, kinds, positions, actorKinds, unknown }
}

// 2. references -----------------------------------------------------------------------

/** The references that must not form a cycle, between nodes of one kind: from and to are positions. */
interface Edges {
  readonly kinds: Kind[]
  readonly from: number[]
  readonly to: number[]
  readonly paths: Path[]
}

/**
 * Checks every reference: every value of a reference node of the report's description
 * (so a reference field added to any node is checked without further work) resolves to a
 * node of its kind, and of its actor kind when it names one. Collects the references
 * marked acyclic, for the cycle pass.
 */
const references = (
  r: ReportData,
  registry: Registry,
  partial: boolean,
  edges: Edges,
  issues: DecodeError.DecodeIssue[],
  spend: Hints.Budget,
): ((
  node: AST.RefNode,
  id: unknown,
  path: ReadonlyArray<string | number>,
  depth: number,
) => void) => {
  const { index, kinds, actorKinds, positions, unknown } = registry
  let candidates: Map<Kind, string[]> | undefined
  const near = (id: string, kind: Kind): string => {
    candidates ??= byKind(r)
    return Hints.didYouMean(Hints.nearest(id, candidates.get(kind) ?? [], spend))
  }
  return (node, id, path, depth) => {
    if (typeof id !== 'string' || full(issues)) return
    const e = index.get(id)
    const to = node.to
    if (e >= 0 && kinds[e] === to) {
      const actorKind = actorKinds[e]
      if (node.actorKind === undefined || actorKind === node.actorKind) {
        if (node.acyclic && path[0] === COLLECTION[to] && typeof path[1] === 'number') {
          edges.kinds.push(to)
          edges.from.push(path[1])
          edges.to.push(positions[e]!)
          edges.paths.push(path.slice(0, depth))
        }
      } else if (actorKind !== undefined)
        issues.push(
          DecodeError.issue(
            path.slice(0, depth),
            'wrong_kind_reference',
            `"${id}" is ${article(actorKind)} actor, not ${article(node.actorKind)} actor`,
          ),
        )
      return
    }
    // the node it points at may be one that failed to decode
    if (partial && unknown.has(to)) return
    if (e < 0)
      issues.push(
        DecodeError.issue(
          path.slice(0, depth),
          'dangling_reference',
          `no ${to} has id "${id}"${near(id, to)}`,
        ),
      )
    else
      issues.push(
        DecodeError.issue(
          path.slice(0, depth),
          'wrong_kind_reference',
          `"${id}" is ${article(kinds[e]!)}, not ${article(to)}`,
        ),
      )
  }
}

const byKind = (r: ReportData): Map<Kind, string[]> => {
  const out = new Map<Kind, string[]>()
  for (const [kind, key] of COLLECTIONS) {
    const ids: string[] = []
    for (const node of itemsOf(r, key) ?? []) {
      const id = field(node, 'id')
      if (typeof id === 'string') ids.push(id)
    }
    out.set(kind, ids)
  }
  return out
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`)

// 3. cycles ---------------------------------------------------------------------------

/** Longest part of a cycle a message lists. */
const SHOWN = 8

/**
 * Reports each acyclic reference that closes a cycle, found by an iterative depth-first
 * search over the nodes of each kind (stack-safe, linear in nodes and references). Plain
 * arrays, allocated only for the kinds that have such references: on a small report they
 * cost less than typed ones.
 */
const cycles = (r: ReportData, edges: Edges, issues: DecodeError.DecodeIssue[]): void => {
  const total = edges.from.length
  if (total === 0) return
  for (const [kind, key] of COLLECTIONS) {
    const nodes = itemsOf(r, key)
    if (nodes === undefined || !edges.kinds.includes(kind)) continue
    const n = nodes.length
    // the references leaving each node, as linked lists in document order
    const first: number[] = new Array<number>(n).fill(-1)
    const after: number[] = new Array<number>(total).fill(-1)
    for (let e = total - 1; e >= 0; e--) {
      if (edges.kinds[e] !== kind) continue
      const from = edges.from[e]!
      after[e] = first[from]!
      first[from] = e
    }
    const idOf = (i: number) => JSON.stringify(String(field(nodes[i], 'id')))
    // 0 new, 1 on the stack, 2 done; the stack holds nodes and the next reference of each
    const state: number[] = new Array<number>(n).fill(0)
    const stack: number[] = []
    const next: number[] = []
    for (let root = 0; root < n; root++) {
      if (state[root] !== 0 || first[root] === -1) continue
      stack.push(root)
      next.push(first[root]!)
      state[root] = 1
      while (stack.length > 0) {
        const top = stack.length - 1
        const e = next[top]!
        if (e < 0) {
          state[stack.pop()!] = 2
          next.pop()
          continue
        }
        next[top] = after[e]!
        const t = edges.to[e]!
        if (state[t] === 1) {
          if (full(issues)) return
          issues.push(
            DecodeError.issue(
              edges.paths[e]!,
              'cycle',
              `${key} refer to each other in a cycle: ${cycleOf(stack, t, idOf)}`,
            ),
          )
        } else if (state[t] === 0) {
          state[t] = 1
          stack.push(t)
          next.push(first[t]!)
        }
      }
    }
  }
}

/** The ids of a cycle closed by a reference back to `t`, from the search's stack: at most {@link SHOWN} of them. */
const cycleOf = (stack: ReadonlyArray<number>, t: number, idOf: (i: number) => string): string => {
  const top = stack.length - 1
  let p = top
  while (p > 0 && stack[p] !== t && top - p < SHOWN) p--
  const shown: string[] = stack[p] === t ? [] : [idOf(t), '…']
  for (let q = p; q <= top; q++) shown.push(idOf(stack[q]!))
  shown.push(idOf(t))
  return shown.join(' → ')
}

// 4. spans -------------------------------------------------------------------------

const isSpan = (u: unknown): u is Evidence.Span =>
  typeof u === 'object' &&
  u !== null &&
  typeof (u as Evidence.Span).start === 'number' &&
  typeof (u as Evidence.Span).end === 'number' &&
  typeof (u as Evidence.Span).text === 'string'

/** Checks every evidence span (wherever the description has one) against the text, if the report has one. */
const evidence = (
  text: unknown,
  issues: DecodeError.DecodeIssue[],
  spend: Hints.Budget,
): ((span: unknown, path: ReadonlyArray<string | number>, depth: number) => void) => {
  if (typeof text !== 'string') return () => undefined
  const matches = Evidence.matches(text)
  return (span, path, depth) => {
    if (!isSpan(span) || matches(span) || full(issues)) return
    issues.push(
      DecodeError.issue(path.slice(0, depth), 'span_mismatch', mismatch(text, span, spend)),
    )
  }
}

/**
 * The evidence pass of {@link integrity} against a text of your choice: every span whose
 * words differ from the text at its offsets, as `span_mismatch` with where the words
 * occur. For reports that keep their text apart (`claimgraph check --text FILE`); the
 * rule `evidence/span-mismatch` runs this one check. Linear in the size of the report,
 * and in the text for a bounded number of hints.
 *
 * @category codecs
 * @since 0.2.0
 */
export const spanIssues =
  (text: string) =>
  (r: ReportData): ReadonlyArray<DecodeError.DecodeIssue> => {
    const issues: DecodeError.DecodeIssue[] = []
    const onSpan = evidence(text, issues, Hints.budget())
    spansOf(Structure.ast)(r, [], 0, (_node, span, path, depth) => onSpan(span, path, depth))
    return issues
  }

/** What is wrong with a span, and where its words are, if the hint budget allows the search. */
const mismatch = (text: string, span: Evidence.Span, spend: Hints.Budget): string => {
  const found = span.end <= text.length ? text.slice(span.start, span.end) : undefined
  const what =
    found === undefined
      ? `span ${span.start}–${span.end} lies beyond the end of the text (${text.length} characters)`
      : `the text at ${span.start}–${span.end} is ${C.describe(found)}, not ${C.describe(span.text)}`
  if (spend.left < 3 * text.length) return what
  spend.left -= 3 * text.length
  const d = Evidence.diagnose(text)(span)
  const at = (s: Evidence.Span) => `${s.start}–${s.end}`
  switch (d._tag) {
    case 'Utf8Offsets':
      return `${what}; these look like UTF-8 byte offsets: in UTF-16 code units the words are at ${at(d.span)} (Evidence.relocate moves the span)`
    case 'CodePointOffsets':
      return `${what}; these look like code point offsets: in UTF-16 code units the words are at ${at(d.span)} (Evidence.relocate moves the span)`
    case 'Elsewhere':
      return `${what}; the words occur at ${at(d.span)}${d.occurrences > 1 ? ` (the nearest of ${d.occurrences} occurrences)` : ''}`
    case 'Absent':
      return `${what}; the words do not occur in the text`
    case 'Matches':
      return what
  }
}

// 5. the valid path -------------------------------------------------------------------

/**
 * What one check of a valid report's integrity holds: the ids interned once in a table
 * sized for the report, each entry's kind (a small number), position and actor kind, the
 * references that must not cycle (as numbers: kind, from, to), and the text.
 */
interface Scan {
  readonly index: IdTable
  readonly kinds: number[]
  readonly positions: number[]
  readonly actorKinds: Array<string | undefined>
  readonly edges: number[]
  readonly matches: ((span: Evidence.Span) => boolean) | undefined
}

const KINDS: ReadonlyArray<Kind> = ['actor', 'event', 'statement', 'threat']
const ROOT = (Structure.ast as AST.StructNode).fields.map((f) => f.key)
/** A value inside item `i` of the root's array in field `f` lies at `i * FIELDS + f` (see `compiled.OnValue`). */
const FIELDS = ROOT.length

/** The callback of a reference or a span node, for the visit of a valid report. */
const onValue = (node: AST.AST): OnValue<Scan> => {
  if (node._tag !== 'Ref')
    return (span, _at, s) => s.matches === undefined || !isSpan(span) || s.matches(span)
  const to = KINDS.indexOf(node.to)
  const actorKind = node.actorKind
  const field = node.acyclic ? ROOT.indexOf(COLLECTION[node.to]) : -1
  return (id, at, s) => {
    if (typeof id !== 'string') return false
    const e = s.index.get(id)
    if (e < 0 || s.kinds[e] !== to) return false
    if (actorKind !== undefined && s.actorKinds[e] !== actorKind) return false
    if (field >= 0 && at >= 0 && at % FIELDS === field)
      s.edges.push(to, (at - field) / FIELDS, s.positions[e]!)
    return true
  }
}

/** The interpreted visit, for a description the generated visitor does not match. */
const interpretedVisit = (): Visit<Scan> => {
  const visitor = referencesAndSpansOf(Structure.ast)
  const callbacks = new Map<AST.AST, OnValue<Scan>>()
  return (value, s) => {
    let ok = true
    visitor(value, [], 0, (node, v, path) => {
      if (!ok) return
      let cb = callbacks.get(node)
      if (cb === undefined) callbacks.set(node, (cb = onValue(node)))
      const at =
        typeof path[0] === 'string' && typeof path[1] === 'number'
          ? path[1] * FIELDS + ROOT.indexOf(path[0])
          : -1
      ok = cb(v, at, s)
    })
    return ok
  }
}

const visit = bindVisit<Scan>(Structure.ast, isReferenceOrSpan, visits, onValue, interpretedVisit)

/**
 * Whether the integrity passes read references and spans with generated code.
 *
 * @internal
 * @category utils
 * @since 0.2.0
 */
export const integrityVisitIsGenerated = (): boolean => visit.generated()

/**
 * Whether a report passes every integrity pass: the valid path, without paths, messages or
 * allocation per reference. Ids are interned once, each reference is one lookup in the
 * table, the references that must not cycle are kept as numbers. Any doubt (a value that
 * is not what the structure says) answers `false`, and the passes then say why.
 */
const holds = (r: ReportData): boolean => {
  let size = 0
  for (const [, key] of COLLECTIONS) {
    const nodes = itemsOf(r, key)
    if (nodes === undefined) return false
    size += nodes.length
  }
  const text: unknown = r.text
  const s: Scan = {
    index: new IdTable(size),
    kinds: new Array<number>(size),
    positions: new Array<number>(size),
    actorKinds: new Array<string | undefined>(size),
    edges: [],
    matches: typeof text === 'string' ? Evidence.matches(text) : undefined,
  }
  let e = 0
  for (let k = 0; k < KINDS.length; k++) {
    const nodes = itemsOf(r, COLLECTIONS[k]![1])!
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as { readonly id?: unknown; readonly kind?: unknown }
      const id = node.id
      if (typeof id !== 'string' || s.index.add(id, e) >= 0) return false
      s.kinds[e] = k
      s.positions[e] = i
      s.actorKinds[e] = k === 0 && typeof node.kind === 'string' ? node.kind : undefined
      e++
    }
  }
  if (!visit.visit(r, s)) return false
  return s.edges.length === 0 || !cyclic(r, s.edges)
}

/** Whether the references that must not cycle (triples kind, from, to) hold a cycle. */
const cyclic = (r: ReportData, edges: ReadonlyArray<number>): boolean => {
  const counts = [0, 0, 0, 0]
  for (let j = 0; j < edges.length; j += 3) counts[edges[j]!]!++
  for (let k = 0; k < KINDS.length; k++) {
    const count = counts[k]!
    if (count === 0) continue
    const n = itemsOf(r, COLLECTIONS[k]![1])!.length
    // the edges of this kind grouped by the node they start from
    const start = new Array<number>(n + 1).fill(0)
    for (let j = 0; j < edges.length; j += 3) if (edges[j] === k) start[edges[j + 1]! + 1]!++
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!
    const slot = start.slice(0, n)
    const target = new Array<number>(count)
    for (let j = 0; j < edges.length; j += 3)
      if (edges[j] === k) target[slot[edges[j + 1]!]!++] = edges[j + 2]!
    // 0 new, 1 on the stack, 2 done
    const state = new Array<number>(n).fill(0)
    const stack = new Array<number>(n).fill(0)
    const next = new Array<number>(n).fill(0)
    for (let root = 0; root < n; root++) {
      if (state[root] !== 0) continue
      let top = 0
      stack[0] = root
      next[0] = start[root]!
      state[root] = 1
      while (top >= 0) {
        const node = stack[top]!
        const j = next[top]!
        if (j >= start[node + 1]!) {
          state[node] = 2
          top--
          continue
        }
        next[top] = j + 1
        const t = target[j]!
        if (state[t] === 1) return true
        if (state[t] === 0) {
          state[t] = 1
          stack[++top] = t
          next[top] = start[t]!
        }
      }
    }
  }
  return false
}

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * Lookups by id for a report; build one when you query a large report many times.
 *
 * @category model
 * @since 0.1.0
 */
export interface Index {
  readonly actors: ReadonlyMap<Id.ActorId, Actor.Actor>
  readonly events: ReadonlyMap<Id.EventId, Event.Event>
  readonly statements: ReadonlyMap<Id.StatementId, Statement.Statement>
  readonly threats: ReadonlyMap<Id.ThreatId, Threat.Threat>
}

/**
 * Builds the lookups of a report (linear time).
 *
 * @category queries
 * @since 0.1.0
 */
export const index = (r: ReportData): Index => ({
  actors: byId(r.actors),
  events: byId(r.events),
  statements: byId(r.statements),
  threats: byId(r.threats),
})

const find =
  <N extends { readonly id: string }>(nodes: (r: ReportData) => ReadonlyArray<N>) =>
  (id: N['id']) =>
  (r: ReportData): O.Option<N> =>
    O.fromNullable(nodes(r).find((n) => n.id === id))

/**
 * The actor with an id. Linear in the number of actors (a scan: build an {@link index} for
 * many lookups).
 *
 * @category queries
 * @since 0.1.0
 */
export const actor: (id: Id.ActorId) => (r: ReportData) => O.Option<Actor.Actor> = find(
  (r) => r.actors,
)

/**
 * The event with an id. Linear in the number of events (a scan: build an {@link index} for
 * many lookups).
 *
 * @category queries
 * @since 0.1.0
 */
export const event: (id: Id.EventId) => (r: ReportData) => O.Option<Event.Event> = find(
  (r) => r.events,
)

/**
 * The statement with an id. Linear in the number of statements (a scan: build an
 * {@link index} for many lookups).
 *
 * @category queries
 * @since 0.1.0
 */
export const statement: (id: Id.StatementId) => (r: ReportData) => O.Option<Statement.Statement> =
  find((r) => r.statements)

/**
 * The threat with an id. Linear in the number of threats (a scan: build an {@link index}
 * for many lookups).
 *
 * @category queries
 * @since 0.1.0
 */
export const threat: (id: Id.ThreatId) => (r: ReportData) => O.Option<Threat.Threat> = find(
  (r) => r.threats,
)

/**
 * The statements an actor made (as one of their speakers). Linear in the number of
 * statements and their speakers.
 *
 * @category queries
 * @since 0.1.0
 */
export const statementsBy =
  (id: Id.ActorId) =>
  (r: ReportData): ReadonlyArray<Statement.Statement> =>
    r.statements.filter((s) => s.speakers.includes(id))

/**
 * The statements that state a threat. Linear in the number of statements.
 *
 * @category queries
 * @since 0.1.0
 */
export const statementsOf =
  (id: Id.ThreatId) =>
  (r: ReportData): ReadonlyArray<Statement.Statement> =>
    r.statements.filter((s) => s.content.kind === 'threat' && s.content.threat === id)

/**
 * The threats addressed to an actor. Linear in the number of threats and their addressees.
 *
 * @category queries
 * @since 0.1.0
 */
export const threatsAgainst =
  (id: Id.ActorId) =>
  (r: ReportData): ReadonlyArray<Threat.Threat> =>
    r.threats.filter((th) => th.addressee.includes(id))

/**
 * The attribution chain of a statement, if it has one. Linear in the number of statements.
 *
 * @category queries
 * @since 0.1.0
 */
export const attributionOf =
  (id: Id.StatementId) =>
  (r: ReportData): O.Option<Attribution.Attribution> =>
    O.flatMap(statement(id)(r), (s) => O.fromNullable(s.attribution))

/**
 * A statement's chain as actors, original source first, ending with the report's author
 * voice; `undefined` marks an unattributed hop. Linear in the size of the report (it builds
 * the lookups once).
 *
 * @category queries
 * @since 0.1.0
 */
export const chainOf =
  (id: Id.StatementId) =>
  (r: ReportData): O.Option<ReadonlyArray<Actor.Actor | undefined>> => {
    const ix = index(r)
    return O.map((s: Statement.Statement): ReadonlyArray<Actor.Actor | undefined> => [
      ...(s.attribution?.chain ?? []).map((l) =>
        l.source === undefined ? undefined : ix.actors.get(l.source),
      ),
      ix.actors.get(r.author),
    ])(statement(id)(r))
  }

/**
 * Whether a chain's original source is an anonymous actor. Linear in the number of actors
 * to build the test, then constant time per chain.
 *
 * @category queries
 * @since 0.1.0
 */
export const isAnonymous = (r: ReportData): ((a: Attribution.Attribution) => boolean) => {
  const anonymous = new Set(r.actors.flatMap((x) => (x.kind === 'anonymous' ? [x.id] : [])))
  return (a) => {
    const source = a.chain[0].source
    return source !== undefined && anonymous.has(source)
  }
}

/**
 * The actors the report's events, statements and threats refer to, in order of first
 * mention. Linear in the size of the report.
 *
 * @category queries
 * @since 0.1.0
 */
export const actorsMentioned = (r: ReportData): ReadonlyArray<Id.ActorId> => {
  const seen = new Set<Id.ActorId>()
  const add = (ids: ReadonlyArray<Id.ActorId> | undefined) => ids?.forEach((id) => seen.add(id))
  for (const e of r.events) {
    add(e.agents)
    add(e.targets)
  }
  for (const s of r.statements) {
    add(s.speakers)
    add(s.addressees)
    add(s.wordsBy)
    s.intermediaries?.forEach((hop) =>
      add(hop.onBehalfOf === undefined ? [hop.actor] : [hop.actor, hop.onBehalfOf]),
    )
    if (s.medium?.outlet !== undefined) seen.add(s.medium.outlet)
    if (s.attribution !== undefined) add(Attribution.sources(s.attribution))
    if (s.content.kind === 'proposition') add(Proposition.agents(s.content.proposition))
    if (s.content.kind === 'sourcing') {
      const target = s.content.target
      if (target.kind === 'source') seen.add(target.source)
      if (target.kind === 'report' && target.publisher !== undefined) seen.add(target.publisher)
    }
  }
  for (const th of r.threats) add(Threat.parties(th))
  return [...seen]
}

/**
 * The actors that are sources of the report, in order of first appearance: the speakers of
 * its statements (the report's own author voice aside), those whose words a statement
 * quotes (`wordsBy`), and the sources named along attribution chains. Messengers
 * (intermediaries), addressees and the actors of events are not sources. Linear in the size
 * of the statements.
 *
 * @category queries
 * @since 0.2.0
 */
export const sources = (r: ReportData): ReadonlyArray<Id.ActorId> => {
  const seen = new Set<Id.ActorId>()
  for (const s of r.statements) {
    for (const x of s.speakers) if (x !== r.author) seen.add(x)
    s.wordsBy?.forEach((x) => seen.add(x))
    s.attribution?.chain.forEach((l) => l.source !== undefined && seen.add(l.source))
  }
  return [...seen]
}

/**
 * What {@link Time.resolveWith} and {@link Time.compareWith} need to read the report's
 * times: its publication date, and each event's time for relative times counted from an
 * event. Add `sameYear` or `yearFromPublication` to compare year-less dates:
 * `Time.compareWith({ ...Report.timeContext(r), sameYear: true })`. Linear in the number of
 * events (the lookup is built once).
 *
 * @category queries
 * @since 0.2.0
 */
export const timeContext = (r: ReportData): Time.ResolveOptions => {
  const events = byId(r.events)
  return {
    ...(r.published === undefined ? {} : { publication: r.published }),
    eventTime: (id) => events.get(id)?.time,
  }
}

/**
 * The original sources of the report's statements: the first named source of each chain,
 * or the speakers of a statement the report makes without a chain. Without repeats. Linear
 * in the number of statements and their speakers.
 *
 * @category queries
 * @since 0.1.0
 */
export const originalSources = (r: ReportData): ReadonlyArray<Id.ActorId> => {
  const seen = new Set<Id.ActorId>()
  for (const s of r.statements) {
    const first = s.attribution?.chain[0].source
    if (first !== undefined) seen.add(first)
    else if (s.attribution === undefined) s.speakers.forEach((x) => seen.add(x))
  }
  return [...seen]
}

/**
 * Every evidence span in the report, in document order, with its path and the id of the
 * node that holds it. Derived from the description, so spans added anywhere are found.
 * Linear in the size of the report.
 *
 * @category queries
 * @since 0.1.0
 */
export const spans = (r: ReportData): ReadonlyArray<readonly [Path, Evidence.Span, string]> => {
  const out: Array<readonly [Path, Evidence.Span, string]> = []
  spansOf(Structure.ast)(r, [], 0, (_node, span, fullPath, depth) => {
    if (!isSpan(span)) return
    const path = fullPath.slice(0, depth)
    const holder = typeof path[0] === 'string' ? field(r, path[0]) : undefined
    const id =
      Array.isArray(holder) && typeof path[1] === 'number'
        ? field(holder[path[1]], 'id')
        : undefined
    out.push([path, span, typeof id === 'string' ? id : ''])
  })
  return out
}
