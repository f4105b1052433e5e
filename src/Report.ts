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

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The format this version of claimgraph reads and writes.
 *
 * @category model
 * @since 0.1.0
 */
export const FORMAT = 'claimgraph/1'

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
    author: Id.ActorId,
    actors: C.array(Actor.Actor, { name: 'Actors' }),
    events: C.array(Event.Event, { name: 'Events' }),
    statements: C.array(Statement.Statement, { name: 'Statements' }),
    threats: C.array(Threat.Threat, { name: 'Threats' }),
  },
  {
    outlet: Id.ActorId,
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
  (u, depth) => Structure.test(u, depth) && integrity(u as ReportData).length === 0,
  (u, c) => {
    const version = versionOf(u)
    if (version !== undefined && version !== FORMAT) {
      return t.failures(
        toErrors(u, c, [
          DecodeError.issue(
            ['format'],
            'unsupported_version',
            `this version of claimgraph reads format "${FORMAT}", not ${C.describe(version)}`,
          ),
        ]),
      )
    }
    const r = Structure.validate(u, c)
    if (E.isLeft(r)) return r
    const problems = integrity(r.right)
    return problems.length === 0
      ? t.success(r.right as Report)
      : t.failures(toErrors(u, c, problems))
  },
  (r) => Structure.encode(r),
)

/**
 * Decodes a report: structure, brands and integrity. Never throws.
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

interface Entry {
  readonly kind: Kind
  readonly index: number
  readonly actorKind?: Actor.Kind
}

/**
 * Every integrity problem of a structurally valid report, in document order. Linear in
 * the size of the report.
 *
 * @category codecs
 * @since 0.1.0
 */
export const integrity = (r: ReportData): ReadonlyArray<DecodeError.DecodeIssue> => {
  const issues: DecodeError.DecodeIssue[] = []
  const index = new Map<string, Entry>()

  const register = (
    kind: Kind,
    nodes: ReadonlyArray<{ readonly id: string; readonly kind?: string }>,
  ) => {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!
      const seen = index.get(n.id)
      if (seen !== undefined) {
        issues.push(
          DecodeError.issue(
            [COLLECTION[kind], i, 'id'],
            'duplicate_id',
            `id "${n.id}" is already used by ${COLLECTION[seen.kind]}/${seen.index}`,
          ),
        )
      } else {
        index.set(
          n.id,
          kind === 'actor'
            ? { kind, index: i, actorKind: n.kind as Actor.Kind }
            : { kind, index: i },
        )
      }
    }
  }
  register('actor', r.actors)
  register('event', r.events)
  register('statement', r.statements)
  register('threat', r.threats)

  // Paths are built only when a reference fails: `base` is the node's path, then up to
  // two more keys. The valid path allocates almost nothing.
  const ref = (
    base: Path,
    k1: string | number,
    k2: string | number | undefined,
    id: string,
    kind: Kind,
    actorKind?: Actor.Kind,
  ): boolean => {
    const e = index.get(id)
    if (
      e !== undefined &&
      e.kind === kind &&
      (actorKind === undefined || e.actorKind === actorKind)
    )
      return true
    const path = k2 === undefined ? [...base, k1] : [...base, k1, k2]
    if (e === undefined)
      issues.push(DecodeError.issue(path, 'dangling_reference', `no ${kind} has id "${id}"`))
    else if (e.kind !== kind) {
      issues.push(
        DecodeError.issue(
          path,
          'wrong_kind_reference',
          `"${id}" is ${article(e.kind)}, not ${article(kind)}`,
        ),
      )
    } else {
      issues.push(
        DecodeError.issue(
          path,
          'wrong_kind_reference',
          `"${id}" is ${article(e.actorKind!)} actor, not ${article(actorKind!)} actor`,
        ),
      )
    }
    return false
  }
  const refs = (base: Path, key: string, ids: ReadonlyArray<string> | undefined, kind: Kind) => {
    if (ids !== undefined) for (let i = 0; i < ids.length; i++) ref(base, key, i, ids[i]!, kind)
  }
  const proposition = (path: Array<string | number>, p: Proposition.Proposition): void => {
    switch (p.kind) {
      case 'occurs':
        ref(path, 'event', undefined, p.event, 'event')
        return
      case 'and':
      case 'or':
        for (let i = 0; i < p.operands.length; i++) {
          path.push('operands', i)
          proposition(path, p.operands[i]!)
          path.length -= 2
        }
        return
      case 'ability':
      case 'obligation':
        refs(path, 'agents', p.agents, 'actor')
        break
      default:
    }
    path.push('operand')
    proposition(path, p.operand)
    path.length -= 1
  }

  ref([], 'author', undefined, r.author, 'actor', 'author')
  if (r.outlet !== undefined) ref([], 'outlet', undefined, r.outlet, 'actor', 'outlet')

  r.actors.forEach((a, i) => {
    const base = ['actors', i]
    a.relations?.forEach((rel, j) => ref(base, 'relations', j, rel.target, 'actor'))
    if (a.kind === 'person')
      a.offices?.forEach(
        (o, j) =>
          o.in !== undefined && ref([...base, 'offices', j], 'in', undefined, o.in, 'actor'),
      )
    if (a.kind === 'outlet') refs(base, 'affiliations', a.affiliations, 'actor')
    if (a.kind === 'anonymous' && a.affiliation !== undefined)
      ref(base, 'affiliation', undefined, a.affiliation, 'actor')
    if (a.kind === 'collective') refs(base, 'members', a.members, 'actor')
  })
  r.events.forEach((e, i) => {
    const base = ['events', i]
    refs(base, 'agents', e.agents, 'actor')
    refs(base, 'targets', e.targets, 'actor')
    e.relations?.forEach((rel, j) => ref([...base, 'relations'], j, 'event', rel.event, 'event'))
  })
  r.statements.forEach((s, i) => {
    const base = ['statements', i]
    refs(base, 'speakers', s.speakers, 'actor')
    refs(base, 'addressees', s.addressees, 'actor')
    if (s.content.kind === 'proposition')
      proposition([...base, 'content', 'proposition'], s.content.proposition)
    if (s.content.kind === 'threat') ref(base, 'content', 'threat', s.content.threat, 'threat')
    if (s.content.kind === 'statement')
      ref(base, 'content', 'statement', s.content.statement, 'statement')
    if (s.replyTo !== undefined) ref(base, 'replyTo', undefined, s.replyTo, 'statement')
    const chain = s.attribution?.chain
    if (chain === undefined) return
    for (let j = 0; j < chain.length; j++) {
      const source = chain[j]!.source
      if (source === undefined) continue
      ref([...base, 'attribution', 'chain'], j, 'source', source, 'actor')
      // a chain passes through each source once
      const k = earlier(chain, j, source)
      if (k >= 0) {
        issues.push(
          DecodeError.issue(
            [...base, 'attribution', 'chain', j, 'source'],
            'cycle',
            `the chain passes through "${source}" twice (links ${k} and ${j})`,
          ),
        )
      }
    }
  })
  r.threats.forEach((th, i) => {
    const base = ['threats', i]
    refs(base, 'issuer', th.issuer, 'actor')
    refs(base, 'addressee', th.addressee, 'actor')
    refs(base, 'enforcer', th.enforcer, 'actor')
    proposition([...base, 'consequence'], th.consequence)
    if (th.condition !== undefined) proposition([...base, 'condition'], th.condition)
    if (th.revises !== undefined) ref(base, 'revises', undefined, th.revises, 'threat')
  })
  // cycles
  const at = (id: string | undefined, kind: Kind): number | undefined => {
    if (id === undefined) return undefined
    const e = index.get(id)
    return e !== undefined && e.kind === kind ? e.index : undefined
  }
  const cycle = (message: string) => (path: Path) =>
    issues.push(DecodeError.issue(path, 'cycle', message))
  cycles(
    r.statements.length,
    () => 2,
    (i, j) => {
      const s = r.statements[i]!
      return j === 0
        ? at(s.replyTo, 'statement')
        : s.content.kind === 'statement'
          ? at(s.content.statement, 'statement')
          : undefined
    },
    (i, j) => (j === 0 ? ['statements', i, 'replyTo'] : ['statements', i, 'content', 'statement']),
    cycle('statements reply to or report each other in a cycle'),
  )
  cycles(
    r.threats.length,
    () => 1,
    (i) => at(r.threats[i]!.revises, 'threat'),
    (i) => ['threats', i, 'revises'],
    cycle('threat versions revise each other in a cycle'),
  )
  cycles(
    r.actors.length,
    (i) => {
      const a = r.actors[i]!
      return a.kind === 'collective' ? a.members.length : 0
    },
    (i, j) => at((r.actors[i] as Actor.Collective).members[j], 'actor'),
    (i, j) => ['actors', i, 'members', j],
    cycle('collectives contain each other in a cycle'),
  )

  // evidence
  const text = r.text
  if (text !== undefined) {
    const matches = Evidence.matches(text)
    eachSpan(r, (span, path) => {
      if (matches(span)) return
      const found = span.end <= text.length ? text.slice(span.start, span.end) : undefined
      issues.push(
        DecodeError.issue(
          path(),
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
 * linear, and allocating only its two stacks). Node `i` has `degree(i)` edge slots; slot `j`
 * leads to `target(i, j)` or nowhere.
 */
const cycles = (
  n: number,
  degree: (i: number) => number,
  target: (i: number, j: number) => number | undefined,
  pathOf: (i: number, j: number) => Path,
  report: (path: Path) => void,
) => {
  const state = new Uint8Array(n) // 0 new, 1 on the stack, 2 done
  const nodes = new Int32Array(n)
  const next = new Int32Array(n)
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue
    let top = 0
    nodes[0] = root
    next[0] = 0
    state[root] = 1
    while (top >= 0) {
      const node = nodes[top]!
      const j = next[top]!
      if (j >= degree(node)) {
        state[node] = 2
        top--
        continue
      }
      next[top] = j + 1
      const t = target(node, j)
      if (t === undefined) continue
      if (state[t] === 1) report(pathOf(node, j))
      else if (state[t] === 0) {
        state[t] = 1
        top++
        nodes[top] = t
        next[top] = 0
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
  eachSpan(r, (span, path, node) => out.push([path(), span, node]))
  return out
}

/** Visits every evidence span with a way to build its path and the id of its node, in document order. */
const eachSpan = (
  r: ReportData,
  f: (span: Evidence.Span, path: () => Path, node: string) => void,
): void => {
  r.events.forEach((e, i) =>
    e.evidence?.forEach((span, j) => f(span, () => ['events', i, 'evidence', j], e.id)),
  )
  r.statements.forEach((s, i) => {
    s.evidence?.forEach((span, j) => f(span, () => ['statements', i, 'evidence', j], s.id))
    s.attribution?.chain.forEach((l, k) =>
      l.evidence?.forEach((span, j) =>
        f(span, () => ['statements', i, 'attribution', 'chain', k, 'evidence', j], s.id),
      ),
    )
  })
  r.threats.forEach((t, i) =>
    t.evidence?.forEach((span, j) => f(span, () => ['threats', i, 'evidence', j], t.id)),
  )
}
