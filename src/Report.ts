/**
 * A news report as a graph: its headline, outlet, publication time, language, author
 * voice and text, and the actors, events, statements and threats it contains.
 *
 * {@link decode} checks structure **and** integrity — unique ids, every reference
 * resolving to a node of the right kind, no cycles through reply-to, nested statements,
 * threat revisions, collective membership or attribution chains, and evidence spans that
 * match the text when the report carries it — and returns a branded {@link Report}, or
 * every problem with its path. {@link encode} gives plain JSON with a format version.
 *
 * Unknown keys are rejected by default (a misspelled field is an error, `unknown_key`);
 * pass `{ unknownKeys: 'strip' }` to drop them instead.
 *
 * @example
 * ```ts
 * import { DecodeError, Id, Report } from 'claimgraph'
 * import * as fixtures from 'claimgraph/fixtures'
 * import * as E from 'fp-ts/Either'
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
import * as t from 'io-ts'
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
  /** A BCP 47 language tag such as `en` or `en-US`. */
  readonly language?: string
  /** The text that evidence spans point into. */
  readonly text?: string
  readonly actors: ReadonlyArray<Actor.Actor>
  readonly events: ReadonlyArray<Event.Event>
  readonly statements: ReadonlyArray<Statement.Statement>
  readonly threats: ReadonlyArray<Threat.Threat>
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

/**
 * The structure of a report, without integrity checks.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Structure: C.Codec<ReportData> = C.struct(
  'Report',
  {
    format: C.literal(FORMAT),
    headline: C.string('headline', { min: 1, max: 10_000 }),
    author: Id.ActorRef,
    actors: C.array(Actor.Actor, { name: 'Actors' }),
    events: C.array(Event.Event, { name: 'Events' }),
    statements: C.array(Statement.Statement, { name: 'Statements' }),
    threats: C.array(Threat.Threat, { name: 'Threats' }),
  },
  {
    outlet: Id.ActorRef,
    published: Time.Time,
    language: C.string('language', {
      pattern: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$/,
      patternMessage: 'must be a BCP 47 language tag such as "en" or "en-US"',
      asciiPattern: true,
    }),
    text: C.string('text', { min: 1 }),
  },
)

const versionOf = (u: unknown): unknown =>
  typeof u === 'object' &&
  u !== null &&
  !Array.isArray(u) &&
  Object.prototype.hasOwnProperty.call(u, 'format')
    ? (u as Record<string, unknown>)['format']
    : undefined

const unsupported = (version: unknown): DecodeError.DecodeIssue =>
  DecodeError.issue(
    ['format'],
    'unsupported_version',
    `this version of claimgraph reads format "${FORMAT}" (and migrates ${LEGACY_FORMATS.map((f) => `"${f}"`).join(', ')}), not ${C.describe(version)}`,
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
    return E.left(DecodeError.make(unsupported(version)))
  } catch (e) {
    const reason = e instanceof Error ? e.message.slice(0, 100) : 'an exception'
    return E.left(
      DecodeError.make(
        DecodeError.issue([], 'unreadable_input', `the input could not be read: ${reason}`),
      ),
    )
  }
}

const toErrors = (
  u: unknown,
  c: t.Context,
  issues: ReadonlyArray<DecodeError.DecodeIssue>,
): t.Errors =>
  issues.map(
    (i) =>
      ({ value: u, context: c, message: i.message, code: i.code, path: i.path }) as C.CodedError,
  )

/**
 * The full codec: structure, then integrity. Its `is` checks both.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Report: C.Codec<Report, ReportData> = new C.Codec<Report, ReportData>(
  'Report',
  (u, depth, copy) => {
    const r = Structure.walk(u, depth, copy)
    return r !== C.INVALID && integrity(r as ReportData).length === 0 ? r : C.INVALID
  },
  (u, c) => {
    const migrated = migrate(u)
    if (E.isLeft(migrated)) return t.failures(toErrors(u, c, migrated.left.issues))
    const r = Structure.validate(migrated.right, c)
    if (E.isLeft(r)) return r
    const problems = integrity(r.right)
    return problems.length === 0
      ? t.success(r.right as Report)
      : t.failures(toErrors(u, c, problems))
  },
  (r) => Structure.encode(r),
)

/**
 * Decodes a report: structure, brands and integrity. Never throws. A document of an
 * earlier format is migrated first ({@link migrate}).
 *
 * @category codecs
 * @since 0.1.0
 */
export const decode = (
  u: unknown,
  options: C.DecodeOptions = {},
): E.Either<DecodeError.DecodeError, Report> => C.decode(Report, options)(u)

/**
 * Decodes a report from JSON text — what a file, an API or a language model gives you.
 * Text that is not JSON gets the code `invalid_json`. The parsed value belongs to nobody
 * else, so it is decoded without a copy.
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
    const reason = e instanceof Error ? e.message.slice(0, 120) : 'a syntax error'
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
const COLLECTION: Readonly<Record<Kind, string>> = {
  actor: 'actors',
  event: 'events',
  statement: 'statements',
  threat: 'threats',
}

const KINDS: ReadonlyArray<Kind> = ['actor', 'event', 'statement', 'threat']
const ACTOR_KIND_CODES: Readonly<Record<Actor.Kind, number>> = {
  state: 0,
  organization: 1,
  person: 2,
  outlet: 3,
  anonymous: 4,
  collective: 5,
  author: 6,
}
const ACTOR_KINDS = Object.keys(ACTOR_KIND_CODES) as ReadonlyArray<Actor.Kind>

/**
 * Every integrity problem of a structurally valid report, in document order. Linear in
 * the size of the report.
 *
 * @category codecs
 * @since 0.1.0
 */
export const integrity = (r: ReportData): ReadonlyArray<DecodeError.DecodeIssue> => {
  const issues: DecodeError.DecodeIssue[] = []
  // id → position · 32 + actor kind · 4 + node kind: small integers, no object per node
  const index = new IdTable(
    r.actors.length + r.events.length + r.statements.length + r.threats.length,
  )
  const register = (kind: number, nodes: ReadonlyArray<{ readonly id: string }>) => {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!
      const actorKind = kind === 0 ? ACTOR_KIND_CODES[(n as Actor.Actor).kind] : 0
      const seen = index.add(n.id, i * 32 + actorKind * 4 + kind)
      if (seen >= 0) {
        const where = COLLECTION[KINDS[seen % 4]!]
        issues.push(
          DecodeError.issue(
            [COLLECTION[KINDS[kind]!], i, 'id'],
            'duplicate_id',
            `id "${n.id}" is already used by ${where}/${Math.floor(seen / 32)}`,
          ),
        )
      }
    }
  }
  register(0, r.actors)
  register(1, r.events)
  register(2, r.statements)
  register(3, r.threats)

  // The path of the node being checked, kept in one array that grows and shrinks as the
  // checks descend: a path is copied only when a reference fails, so the valid path
  // allocates nothing here.
  const path: Array<string | number> = []
  let depth = 0
  const down = (k: string | number) => {
    path[depth++] = k
  }
  const here = () => path.slice(0, depth)
  const ref = (
    k1: string | number,
    k2: string | number | undefined,
    id: string,
    kind: Kind,
    actorKind?: Actor.Kind,
  ): void => {
    const e = index.get(id)
    const found = e < 0 ? undefined : KINDS[e % 4]!
    const foundActorKind = e < 0 ? undefined : ACTOR_KINDS[Math.floor(e / 4) % 8]
    if (found === kind && (actorKind === undefined || foundActorKind === actorKind)) return
    const at = k2 === undefined ? [...here(), k1] : [...here(), k1, k2]
    if (found === undefined)
      issues.push(DecodeError.issue(at, 'dangling_reference', `no ${kind} has id "${id}"`))
    else if (found !== kind) {
      issues.push(
        DecodeError.issue(
          at,
          'wrong_kind_reference',
          `"${id}" is ${article(found)}, not ${article(kind)}`,
        ),
      )
    } else {
      issues.push(
        DecodeError.issue(
          at,
          'wrong_kind_reference',
          `"${id}" is ${article(foundActorKind!)} actor, not ${article(actorKind!)} actor`,
        ),
      )
    }
  }
  const refs = (key: string, ids: ReadonlyArray<string> | undefined, kind: Kind) => {
    if (ids !== undefined) for (let i = 0; i < ids.length; i++) ref(key, i, ids[i]!, kind)
  }
  const proposition = (p: Proposition.Proposition): void => {
    switch (p.kind) {
      case 'occurs':
        ref('event', undefined, p.event, 'event')
        return
      case 'and':
      case 'or':
        for (let i = 0; i < p.operands.length; i++) {
          down('operands')
          down(i)
          proposition(p.operands[i]!)
          depth -= 2
        }
        return
      case 'ability':
      case 'obligation':
        refs('agents', p.agents, 'actor')
        break
      default:
    }
    down('operand')
    proposition(p.operand)
    depth -= 1
  }

  ref('author', undefined, r.author, 'actor', 'author')
  if (r.outlet !== undefined) ref('outlet', undefined, r.outlet, 'actor', 'outlet')

  for (let i = 0; i < r.actors.length; i++) {
    const a = r.actors[i]!
    down('actors')
    down(i)
    const relations = a.relations
    if (relations !== undefined)
      for (let j = 0; j < relations.length; j++) ref('relations', j, relations[j]!.target, 'actor')
    if (a.kind === 'person' && a.offices !== undefined) {
      for (let j = 0; j < a.offices.length; j++) {
        const office = a.offices[j]!.in
        if (office === undefined) continue
        down('offices')
        down(j)
        ref('in', undefined, office, 'actor')
        depth -= 2
      }
    }
    if (a.kind === 'outlet') refs('affiliations', a.affiliations, 'actor')
    if (a.kind === 'anonymous' && a.affiliation !== undefined)
      ref('affiliation', undefined, a.affiliation, 'actor')
    if (a.kind === 'collective') refs('members', a.members, 'actor')
    depth = 0
  }
  for (let i = 0; i < r.events.length; i++) {
    const e = r.events[i]!
    down('events')
    down(i)
    refs('agents', e.agents, 'actor')
    refs('targets', e.targets, 'actor')
    const relations = e.relations
    if (relations !== undefined) {
      down('relations')
      for (let j = 0; j < relations.length; j++) ref(j, 'event', relations[j]!.event, 'event')
    }
    depth = 0
  }
  for (let i = 0; i < r.statements.length; i++) {
    const s = r.statements[i]!
    down('statements')
    down(i)
    refs('speakers', s.speakers, 'actor')
    refs('addressees', s.addressees, 'actor')
    const content = s.content
    if (content.kind === 'proposition') {
      down('content')
      down('proposition')
      proposition(content.proposition)
      depth -= 2
    }
    if (content.kind === 'threat') ref('content', 'threat', content.threat, 'threat')
    if (content.kind === 'statement') ref('content', 'statement', content.statement, 'statement')
    if (s.replyTo !== undefined) ref('replyTo', undefined, s.replyTo, 'statement')
    const chain = s.attribution?.chain
    if (chain !== undefined) {
      down('attribution')
      down('chain')
      for (let j = 0; j < chain.length; j++) {
        const source = chain[j]!.source
        if (source === undefined) continue
        ref(j, 'source', source, 'actor')
        // a chain passes through each source once
        const k = earlier(chain, j, source)
        if (k >= 0) {
          issues.push(
            DecodeError.issue(
              [...here(), j, 'source'],
              'cycle',
              `the chain passes through "${source}" twice (links ${k} and ${j})`,
            ),
          )
        }
      }
    }
    depth = 0
  }
  for (let i = 0; i < r.threats.length; i++) {
    const th = r.threats[i]!
    down('threats')
    down(i)
    refs('issuer', th.issuer, 'actor')
    refs('addressee', th.addressee, 'actor')
    refs('enforcer', th.enforcer, 'actor')
    down('consequence')
    proposition(th.consequence)
    depth -= 1
    if (th.condition !== undefined) {
      down('condition')
      proposition(th.condition)
      depth -= 1
    }
    if (th.revises !== undefined) ref('revises', undefined, th.revises, 'threat')
    depth = 0
  }
  // cycles
  const at = (id: string | undefined, kind: number): number | undefined => {
    if (id === undefined) return undefined
    const e = index.get(id)
    return e >= 0 && e % 4 === kind ? Math.floor(e / 32) : undefined
  }
  const cycle = (message: string) => (path: Path) =>
    issues.push(DecodeError.issue(path, 'cycle', message))
  cycles(
    r.statements.length,
    () => 2,
    (i, j) => {
      const s = r.statements[i]!
      return j === 0
        ? at(s.replyTo, 2)
        : s.content.kind === 'statement'
          ? at(s.content.statement, 2)
          : undefined
    },
    (i, j) => (j === 0 ? ['statements', i, 'replyTo'] : ['statements', i, 'content', 'statement']),
    cycle('statements reply to or report each other in a cycle'),
  )
  cycles(
    r.threats.length,
    () => 1,
    (i) => at(r.threats[i]!.revises, 3),
    (i) => ['threats', i, 'revises'],
    cycle('threat versions revise each other in a cycle'),
  )
  cycles(
    r.actors.length,
    (i) => {
      const a = r.actors[i]!
      return a.kind === 'collective' ? a.members.length : 0
    },
    (i, j) => at((r.actors[i] as Actor.Collective).members[j], 0),
    (i, j) => ['actors', i, 'members', j],
    cycle('collectives contain each other in a cycle'),
  )

  // evidence
  const text = r.text
  if (text !== undefined) {
    const matches = Evidence.matches(text)
    eachSpan(r, (span, _node, collection, i, j, link) => {
      if (matches(span)) return
      const found = span.end <= text.length ? text.slice(span.start, span.end) : undefined
      issues.push(
        DecodeError.issue(
          spanPath(collection, i, j, link),
          'span_mismatch',
          found === undefined
            ? `span ${span.start}–${span.end} lies beyond the end of the text (${text.length} characters)`
            : `the text at ${span.start}–${span.end} is ${C.describe(found)}, not ${C.describe(span.text)}`,
        ),
      )
    })
  }
  return issues
}

/** The index of an earlier link of `chain` with this source, or -1 (chains are at most 1,000 links). */
const earlier = (chain: ReadonlyArray<Attribution.Link>, j: number, source: string): number => {
  for (let k = 0; k < j; k++) if (chain[k]!.source === source) return k
  return -1
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`)

/**
 * Reports each edge that closes a cycle, by an iterative depth-first search (stack-safe,
 * linear). Node `i` has `degree(i)` edge slots; slot `j` leads to `target(i, j)` or nowhere.
 * Its state and two stacks live in scratch arrays reused across calls (the search is
 * synchronous and never re-entered), since allocating typed arrays costs more than the
 * search itself on a small report.
 */
let scratch = new Int32Array(3 * 256)
const cycles = (
  n: number,
  degree: (i: number) => number,
  target: (i: number, j: number) => number | undefined,
  pathOf: (i: number, j: number) => Path,
  report: (path: Path) => void,
) => {
  if (scratch.length < 3 * n) scratch = new Int32Array(Math.max(3 * n, 2 * scratch.length))
  const s = scratch
  // s[i]: the state of node i (0 new, 1 on the stack, 2 done); from n, the stack of nodes;
  // from 2n, the next edge slot of each stack entry
  s.fill(0, 0, n)
  const NODES = n
  const NEXT = 2 * n
  for (let root = 0; root < n; root++) {
    if (s[root] !== 0) continue
    let top = 0
    s[NODES] = root
    s[NEXT] = 0
    s[root] = 1
    while (top >= 0) {
      const node = s[NODES + top]!
      const j = s[NEXT + top]!
      if (j >= degree(node)) {
        s[node] = 2
        top--
        continue
      }
      s[NEXT + top] = j + 1
      const t = target(node, j)
      if (t === undefined) continue
      if (s[t] === 1) report(pathOf(node, j))
      else if (s[t] === 0) {
        s[t] = 1
        top++
        s[NODES + top] = t
        s[NEXT + top] = 0
      }
    }
  }
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
 * The actor with an id.
 *
 * @category queries
 * @since 0.1.0
 */
export const actor: (id: Id.ActorId) => (r: ReportData) => O.Option<Actor.Actor> = find(
  (r) => r.actors,
)

/**
 * The event with an id.
 *
 * @category queries
 * @since 0.1.0
 */
export const event: (id: Id.EventId) => (r: ReportData) => O.Option<Event.Event> = find(
  (r) => r.events,
)

/**
 * The statement with an id.
 *
 * @category queries
 * @since 0.1.0
 */
export const statement: (id: Id.StatementId) => (r: ReportData) => O.Option<Statement.Statement> =
  find((r) => r.statements)

/**
 * The threat with an id.
 *
 * @category queries
 * @since 0.1.0
 */
export const threat: (id: Id.ThreatId) => (r: ReportData) => O.Option<Threat.Threat> = find(
  (r) => r.threats,
)

/**
 * The statements an actor made (as one of their speakers).
 *
 * @category queries
 * @since 0.1.0
 */
export const statementsBy =
  (id: Id.ActorId) =>
  (r: ReportData): ReadonlyArray<Statement.Statement> =>
    r.statements.filter((s) => s.speakers.includes(id))

/**
 * The statements that state a threat.
 *
 * @category queries
 * @since 0.1.0
 */
export const statementsOf =
  (id: Id.ThreatId) =>
  (r: ReportData): ReadonlyArray<Statement.Statement> =>
    r.statements.filter((s) => s.content.kind === 'threat' && s.content.threat === id)

/**
 * The threats addressed to an actor.
 *
 * @category queries
 * @since 0.1.0
 */
export const threatsAgainst =
  (id: Id.ActorId) =>
  (r: ReportData): ReadonlyArray<Threat.Threat> =>
    r.threats.filter((th) => th.addressee.includes(id))

/**
 * The attribution chain of a statement, if it has one.
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
 * voice; `undefined` marks an unattributed hop.
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
 * Whether a chain's original source is an anonymous actor.
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
 * mention.
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
    if (s.attribution !== undefined) add(Attribution.sources(s.attribution))
    if (s.content.kind === 'proposition') add(Proposition.agents(s.content.proposition))
  }
  for (const th of r.threats) add(Threat.parties(th))
  return [...seen]
}

/**
 * The original sources of the report's statements: the first named source of each chain,
 * or the speakers of a statement the report makes without a chain. Without repeats.
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
 * Every evidence span in the report, with its path and the id of the node that holds it.
 *
 * @category queries
 * @since 0.1.0
 */
export const spans = (r: ReportData): ReadonlyArray<readonly [Path, Evidence.Span, string]> => {
  const out: Array<readonly [Path, Evidence.Span, string]> = []
  eachSpan(r, (span, node, collection, i, j, link) =>
    out.push([spanPath(collection, i, j, link), span, node]),
  )
  return out
}

/** Where a span sits: its node's collection and position, its own position, and its chain link (or -1). */
type SpanVisitor = (
  span: Evidence.Span,
  node: string,
  collection: 'events' | 'statements' | 'threats',
  i: number,
  j: number,
  link: number,
) => void

const spanPath = (
  collection: 'events' | 'statements' | 'threats',
  i: number,
  j: number,
  link: number,
): Path =>
  link < 0
    ? [collection, i, 'evidence', j]
    : [collection, i, 'attribution', 'chain', link, 'evidence', j]

/** Visits every evidence span, in document order, allocating nothing. */
const eachSpan = (r: ReportData, f: SpanVisitor): void => {
  const visit = (
    collection: 'events' | 'statements' | 'threats',
    nodes: ReadonlyArray<{ readonly id: string; readonly evidence?: ReadonlyArray<Evidence.Span> }>,
  ) => {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!
      const evidence = n.evidence
      if (evidence !== undefined)
        for (let j = 0; j < evidence.length; j++) f(evidence[j]!, n.id, collection, i, j, -1)
      if (collection !== 'statements') continue
      const chain = (n as Statement.Statement).attribution?.chain
      if (chain === undefined) continue
      for (let link = 0; link < chain.length; link++) {
        const linkEvidence = chain[link]!.evidence
        if (linkEvidence !== undefined)
          for (let j = 0; j < linkEvidence.length; j++)
            f(linkEvidence[j]!, n.id, collection, i, j, link)
      }
    }
  }
  visit('events', r.events)
  visit('statements', r.statements)
  visit('threats', r.threats)
}
