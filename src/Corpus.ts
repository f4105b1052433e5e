/**
 * Many reports of one story: reports keyed by a report key, and links between their
 * nodes — `same_as`, `possibly_same_as` (with a likelihood), `different_from` (a rejected
 * proposal) — and between reports, `derived_from` (this version retells that one, or an
 * outlet's report). The design is NewsReader's Grounded Annotation Framework and GRaSP:
 * every node of a report is a **mention**; **instances** are what several mentions denote,
 * joined by accepted `same_as` links; the perspectives (who says it, through whom, how
 * sure) stay on the mentions.
 *
 * {@link align} proposes links, each with a score and its reasons, finding candidates by
 * blocking keys ({@link blockingKeys}, a pure function of one report), never by comparing
 * all pairs; {@link accept} and {@link reject} record decisions. {@link instances} joins
 * mentions by union-find; {@link corroboration} counts a claim's independent sources as a
 * range and suggests an Admiralty credibility; {@link discrepancies} compares the mentions
 * of each instance field by field; {@link threatStatus} evaluates threats on a timeline
 * merged from every report. The rules are tabled in the guide "Across reports".
 *
 * @example
 * ```ts
 * import { Actor, Attribution, Corpus, Event, Proposition as P, Report, Statement } from 'claimgraph'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * import assert from 'node:assert/strict'
 *
 * const velmora = Actor.state('velmora', 'Velmora', 'VLM')
 * const ardesh = Actor.state('ardesh', 'Ardesh', 'ARD')
 * const strike = Event.make('strike', 'strike', 'Velmora strikes Tarsk', {
 *   agents: [velmora.id],
 *   targets: [ardesh.id],
 * })
 *
 * // Two outlets report one strike, each on the word of its own named source.
 * const version = (source: Actor.Person) =>
 *   Report.make({
 *     headline: 'Strike at Tarsk',
 *     author: Actor.author('report').id,
 *     actors: [Actor.author('report'), velmora, ardesh, source],
 *     events: [strike],
 *     statements: [
 *       Statement.make('claim', [source.id], 'assert', Statement.proposition(P.occurs(strike.id)), {
 *         attribution: Attribution.from(source.id, 'said'),
 *       }),
 *     ],
 *   })
 *
 * const result = pipe(
 *   E.Do,
 *   E.bind('a', () => version(Actor.person('varga', 'Ilse Varga'))),
 *   E.bind('b', () => version(Actor.person('oskan', 'Timur Oskan'))),
 *   E.flatMap(({ a, b }) =>
 *     Corpus.make({
 *       reports: [
 *         { key: 'gazette', report: a },
 *         { key: 'courier', report: b },
 *       ],
 *     }),
 *   ),
 *   // alignment proposes, with scores and reasons; accepting links is a decision
 *   E.flatMap((corpus) => {
 *     const proposals = Corpus.align()(corpus)
 *     return Corpus.accept(Corpus.suggesting('same_as')(proposals))(corpus)
 *   }),
 * )
 * if (E.isLeft(result)) throw new Error('invalid')
 *
 * const [claim] = Corpus.corroboration(result.right)
 * assert.equal(claim?.instance.mentions.length, 2)
 * assert.deepEqual(claim?.independent, { min: 2, max: 2 })
 * assert.equal(claim?.credibility.credibility, 1) // confirmed by other independent sources
 * ```
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { label as labelOf } from './Actor.js'
import type * as Actor from './Actor.js'
import type * as Event from './Event.js'
import type * as Attribution from './Attribution.js'
import * as C from './Codec.js'
import * as DecodeError from './DecodeError.js'
import * as Id from './Id.js'
import * as Likelihood from './Likelihood.js'
import * as Report from './Report.js'
import * as Threat from './Threat.js'
import * as Time from './Time.js'
import type * as Timeline from './Timeline.js'
import type * as V from './Validator.js'
import { align as runAlign, pairCode } from './corpus/align.js'
import { blockingKeys as keysOf } from './corpus/keys.js'
import { corroborate, type Derivation } from './corpus/corroboration.js'
import { discrepancies as findDiscrepancies } from './corpus/discrepancies.js'
import type * as Discrepancies from './corpus/discrepancies.js'
import type * as CorroborationOf from './corpus/corroboration.js'
import { entriesOf, restate } from './corpus/timeline.js'
import { build, COLLECTIONS, KINDS, type Mentions } from './corpus/Mentions.js'
import { some } from './corpus/text.js'
import { UnionFind } from './corpus/UnionFind.js'
import { table } from './generated/Corpus.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The format of a corpus document, its own version beside the reports' `format`.
 *
 * @category model
 * @since 0.2.0
 */
export const FORMAT = 'claimgraph-corpus/1'

declare const ReportKeyBrand: unique symbol

/**
 * The key of a report in a corpus: 1–128 ASCII letters, digits, `.`, `_` or `-`, starting
 * with a letter or digit. It has no `:`, so an instance name `key:id` is unambiguous.
 *
 * @category model
 * @since 0.2.0
 */
export type ReportKey = string & { readonly [ReportKeyBrand]: 'ReportKey' }

/**
 * The pattern every report key matches.
 *
 * @category model
 * @since 0.2.0
 */
export const KEY_PATTERN: RegExp = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

/**
 * A node of one report: the report's key and the node's id. In GAF's words, a mention.
 *
 * @category model
 * @since 0.2.0
 */
export interface Mention {
  readonly report: ReportKey
  readonly id: Id.NodeId
}

/**
 * The two mentions denote one instance.
 *
 * @category model
 * @since 0.2.0
 */
export interface SameAs {
  readonly kind: 'same_as'
  readonly node: Id.NodeKind
  readonly a: Mention
  readonly b: Mention
  readonly note?: string
}

/**
 * The two mentions may denote one instance, with a likelihood.
 *
 * @category model
 * @since 0.2.0
 */
export interface PossiblySameAs {
  readonly kind: 'possibly_same_as'
  readonly node: Id.NodeKind
  readonly a: Mention
  readonly b: Mention
  readonly likelihood: Likelihood.Likelihood
  readonly note?: string
}

/**
 * The two mentions denote different instances: a rejected proposal, so that alignment
 * does not propose the pair again.
 *
 * @category model
 * @since 0.2.0
 */
export interface DifferentFrom {
  readonly kind: 'different_from'
  readonly node: Id.NodeKind
  readonly a: Mention
  readonly b: Mention
  readonly note?: string
}

/**
 * The report `report` retells another: the report `source` of this corpus, or the report
 * of an outlet (`outlet`, an outlet actor of `report`) that the corpus may not hold.
 * Exactly one of `source` and `outlet` is given.
 *
 * @category model
 * @since 0.2.0
 */
export interface DerivedFrom {
  readonly kind: 'derived_from'
  readonly report: ReportKey
  readonly source?: ReportKey
  readonly outlet?: Id.ActorId
  readonly note?: string
}

/**
 * A link between two nodes of one kind.
 *
 * @category model
 * @since 0.2.0
 */
export type NodeLink = SameAs | PossiblySameAs | DifferentFrom

/**
 * Any link of a corpus.
 *
 * @category model
 * @since 0.2.0
 */
export type Link = NodeLink | DerivedFrom

/**
 * A report of the corpus under its key.
 *
 * @category model
 * @since 0.2.0
 */
export interface Entry {
  readonly key: ReportKey
  readonly report: Report.Report
}

/**
 * A corpus's data, before its integrity is known.
 *
 * @category model
 * @since 0.2.0
 */
export interface CorpusData {
  readonly format: typeof FORMAT
  readonly reports: ReadonlyArray<Entry>
  readonly links: ReadonlyArray<Link>
}

declare const CorpusBrand: unique symbol

/**
 * A corpus whose reports and links have been checked: only {@link decode}, {@link make}
 * and the combinators produce one.
 *
 * @category model
 * @since 0.2.0
 */
export type Corpus = CorpusData & { readonly [CorpusBrand]: 'Corpus' }

/**
 * A corpus as plain JSON data.
 *
 * @category model
 * @since 0.2.0
 */
export interface CorpusOutput {
  readonly format: typeof FORMAT
  readonly reports: ReadonlyArray<{ readonly key: ReportKey; readonly report: Report.ReportData }>
  readonly links: ReadonlyArray<Link>
}

/**
 * A blocking key of a node: alignment compares only nodes that share a key.
 *
 * @category model
 * @since 0.2.0
 */
export interface BlockingKey {
  readonly key: string
  readonly node: Id.NodeKind
  readonly id: Id.NodeId
}

/**
 * One row of the alignment tables that applied to a pair, with its weight.
 *
 * @category model
 * @since 0.2.0
 */
export interface Reason {
  /** The row: `actor/same-name`, `event/conflicting-times`, … */
  readonly code: string
  readonly weight: number
  readonly message: string
}

/**
 * A proposed link between two mentions of one kind: its score (0–1), the link it
 * suggests (with a likelihood when it is `possibly_same_as`), the reasons, and the
 * blocking key that brought the pair together. Nothing is linked until it is accepted.
 *
 * @category model
 * @since 0.2.0
 */
export interface Proposal {
  readonly node: Id.NodeKind
  readonly a: Mention
  readonly b: Mention
  readonly score: number
  readonly link: 'same_as' | 'possibly_same_as'
  readonly likelihood?: Likelihood.Likelihood
  readonly reasons: ReadonlyArray<Reason>
  readonly key: string
}

/**
 * Options of {@link align}.
 *
 * @category model
 * @since 0.2.0
 */
export interface AlignOptions {
  /** How many neighbours each mention is compared with in a block (default 8). */
  readonly window?: number
  /**
   * Propose only pairs whose two mentions both carry one of these keys: one block of a
   * corpus grouped by key elsewhere (see the guide's section on many reports).
   */
  readonly only?: ReadonlyArray<string>
}

/**
 * What several mentions denote: the mentions joined by accepted `same_as` links. Its
 * name is its first mention's, as `key:id`.
 *
 * @category model
 * @since 0.2.0
 */
export interface Instance {
  readonly node: Id.NodeKind
  readonly name: string
  readonly mentions: readonly [Mention, ...Mention[]]
}

/**
 * The instances of a corpus, in order of first mention, with a lookup by mention.
 *
 * @category model
 * @since 0.2.0
 */
export interface Instances {
  /** Every instance, in order of first mention. */
  readonly list: ReadonlyArray<Instance>
  /** The instance a mention belongs to (none for a mention the corpus does not hold). */
  readonly find: (m: Mention) => O.Option<Instance>
}

/**
 * How a source stands: named on the record, anonymous, or unattributed (a chain whose
 * first link names nobody: "reportedly").
 *
 * @category model
 * @since 0.2.0
 */
export type Standing = 'on_record' | 'anonymous' | 'unattributed'

/**
 * One source of a claim: the mention that carries it (a statement; for a threat stated
 * in a report's own voice, the threat), the original source's actor, how it stands, and
 * whether it contradicts the claim (its content is the claim's negation).
 *
 * @category model
 * @since 0.2.0
 */
export interface Source {
  readonly mention: Mention
  readonly actor?: Mention
  readonly label: string
  readonly standing: Standing
  readonly contradicts: boolean
  /** Who passed it on after the original source: chain intermediaries, then the outlet. */
  readonly via: ReadonlyArray<string>
}

/**
 * Why two sources may not be independent (see the guide's table).
 *
 * @category model
 * @since 0.2.0
 */
export type Dependence = CorroborationOf.Dependence

/**
 * A reason joining sources of a claim: the sources (indices into
 * {@link Corroboration}'s `sources`) that it joins, and why in words.
 *
 * @category model
 * @since 0.2.0
 */
export interface DependenceGroup {
  readonly reason: Dependence
  readonly sources: ReadonlyArray<number>
  readonly message: string
}

/**
 * How many independent sources: at least `min`, at most `max`.
 *
 * @category model
 * @since 0.2.0
 */
export interface Range {
  readonly min: number
  readonly max: number
}

/**
 * A suggested Admiralty information credibility, the row of the guide's table that gave
 * it, and why.
 *
 * @category model
 * @since 0.2.0
 */
export interface Suggestion {
  readonly credibility: Attribution.Credibility
  readonly row: string
  readonly reason: string
}

/**
 * The corroboration of a claim (a statement or threat instance): its sources, how many
 * are independent (backing it, and contradicting it), how many backing sources are on
 * the record and anonymous, the reasons sources may depend on each other, and a suggested
 * credibility.
 *
 * @category model
 * @since 0.2.0
 */
export interface Corroboration {
  readonly instance: Instance
  readonly sources: ReadonlyArray<Source>
  readonly independent: Range
  readonly contradicting: Range
  readonly onRecord: number
  readonly anonymous: number
  readonly unattributed: number
  readonly dependencies: ReadonlyArray<DependenceGroup>
  readonly credibility: Suggestion
}

/**
 * The fields compared across the mentions of an instance.
 *
 * @category model
 * @since 0.2.0
 */
export type Field = Discrepancies.Field

/**
 * Whether two values cannot both hold (`conflict`), one adds to the other
 * (`refinement`), or the comparison cannot be made (`undetermined`: a time that cannot be
 * placed).
 *
 * @category model
 * @since 0.2.0
 */
export type Nature = Discrepancies.Nature

/**
 * One value of a field and the mentions that give it.
 *
 * @category model
 * @since 0.2.0
 */
export interface Side {
  readonly value: string
  readonly mentions: ReadonlyArray<Mention>
}

/**
 * Where the mentions of an instance disagree on a field: the reference value (the most
 * specific) and another value, with the row of the guide's table (`relation`, e.g.
 * `time/conflict`, `content/negation`) and whether it is a conflict or a refinement.
 *
 * @category model
 * @since 0.2.0
 */
export interface Discrepancy {
  readonly instance: string
  readonly node: Id.NodeKind
  readonly field: Field
  readonly nature: Nature
  readonly relation: string
  readonly reference: Side
  readonly other: Side
  readonly message: string
}

/**
 * A timeline over event instances (event ids are instance names, `key:id`), and where
 * each entry comes from.
 *
 * @category model
 * @since 0.2.0
 */
export interface CorpusTimeline {
  readonly timeline: Timeline.Timeline
  readonly origins: ReadonlyArray<{
    readonly mention: Mention
    readonly row: 'timeline/event' | 'timeline/asserted' | 'timeline/denied'
  }>
}

/**
 * A threat instance's status across reports: for each mention, its status on its own
 * report's timeline as of that report's publication (`alone`) and on the corpus timeline
 * (`corpus`); `status` is the corpus status of the most recently published mention.
 *
 * @category model
 * @since 0.2.0
 */
export interface ThreatStatus {
  readonly instance: Instance
  readonly status: Threat.Status
  readonly asOf: Time.TimeRef
  readonly mentions: ReadonlyArray<{
    readonly mention: Mention
    readonly alone: Threat.Status
    readonly corpus: Threat.Status
  }>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The parts of a corpus, for {@link make}: reports under their keys (decoded reports, or
 * their JSON data) and links.
 *
 * @category model
 * @since 0.2.0
 */
export interface Parts {
  readonly reports: ReadonlyArray<{ readonly key: string; readonly report: Report.ReportData }>
  readonly links?: ReadonlyArray<Link>
}

/**
 * Builds a corpus, checking it exactly as {@link decode} would. Linear in the size of
 * the corpus.
 *
 * @category constructors
 * @since 0.2.0
 */
export const make = (parts: Parts): E.Either<DecodeError.DecodeError, Corpus> =>
  decode({ format: FORMAT, reports: parts.reports, links: parts.links ?? [] })

/**
 * A mention: a report's key and a node's id, from literals you control (throws a
 * `TypeError` on a malformed key or id, like `Id.actor`).
 *
 * @category constructors
 * @since 0.2.0
 */
export const mention = (report: string, id: string): Mention => {
  if (!KEY_PATTERN.test(report))
    throw new TypeError(`invalid report key ${JSON.stringify(report.slice(0, 40))}`)
  if (!Id.PATTERN.test(id)) throw new TypeError(`invalid id ${JSON.stringify(id.slice(0, 40))}`)
  return { report: report as ReportKey, id: id as Id.NodeId }
}

/**
 * A report key from a literal you control (throws a `TypeError` on a malformed key).
 *
 * @category constructors
 * @since 0.2.0
 */
export const key = (s: string): ReportKey => {
  if (!KEY_PATTERN.test(s))
    throw new TypeError(`invalid report key ${JSON.stringify(s.slice(0, 40))}`)
  return s as ReportKey
}

/**
 * A `same_as` link.
 *
 * @category constructors
 * @since 0.2.0
 */
export const sameAs = (node: Id.NodeKind, a: Mention, b: Mention): SameAs => ({
  kind: 'same_as',
  node,
  a,
  b,
})

/**
 * A `possibly_same_as` link with a likelihood.
 *
 * @category constructors
 * @since 0.2.0
 */
export const possiblySameAs = (
  node: Id.NodeKind,
  a: Mention,
  b: Mention,
  likelihood: Likelihood.Likelihood,
): PossiblySameAs => ({ kind: 'possibly_same_as', node, a, b, likelihood })

/**
 * A `different_from` link.
 *
 * @category constructors
 * @since 0.2.0
 */
export const differentFrom = (node: Id.NodeKind, a: Mention, b: Mention): DifferentFrom => ({
  kind: 'different_from',
  node,
  a,
  b,
})

/**
 * A `derived_from` link: `report` retells the report `source` of the corpus.
 *
 * @category constructors
 * @since 0.2.0
 */
export const derivedFrom = (report: ReportKey, source: ReportKey): DerivedFrom => ({
  kind: 'derived_from',
  report,
  source,
})

/**
 * A `derived_from` link: `report` retells the report of an outlet (an outlet actor of
 * `report`), which the corpus need not hold.
 *
 * @category constructors
 * @since 0.2.0
 */
export const retells = (report: ReportKey, outlet: Id.ActorId): DerivedFrom => ({
  kind: 'derived_from',
  report,
  outlet,
})

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * @category codecs
 * @since 0.2.0
 */
export const ReportKey: C.Codec<ReportKey> = fast(
  C.string<ReportKey>('ReportKey', {
    min: 1,
    max: 128,
    pattern: KEY_PATTERN,
    patternMessage:
      'must be 1–128 ASCII letters, digits, ".", "_" or "-", starting with a letter or digit',
    code: 'invalid_id',
    asciiPattern: true,
  }),
)

const NodeId = C.string<Id.NodeId>('NodeId', {
  min: 1,
  max: 128,
  pattern: Id.PATTERN,
  patternMessage:
    'must be 1–128 ASCII letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
  code: 'invalid_id',
  asciiPattern: true,
})

/**
 * @category codecs
 * @since 0.2.0
 */
export const NodeKind: C.Codec<Id.NodeKind> = fast(C.keyof('NodeKind', KINDS))

/**
 * @category codecs
 * @since 0.2.0
 */
export const Mention: C.Codec<Mention> = fast(
  C.struct('Mention', { report: ReportKey, id: NodeId }),
)

const note = C.string('note', { min: 1, max: 10_000 })

/**
 * @category codecs
 * @since 0.2.0
 */
export const Link: C.Codec<Link> = fast(
  C.tagged('Link', 'kind', {
    same_as: C.struct(
      'SameAs',
      { kind: C.literal('same_as'), node: NodeKind, a: Mention, b: Mention },
      { note },
    ),
    possibly_same_as: C.struct(
      'PossiblySameAs',
      {
        kind: C.literal('possibly_same_as'),
        node: NodeKind,
        a: Mention,
        b: Mention,
        likelihood: Likelihood.Likelihood,
      },
      { note },
    ),
    different_from: C.struct(
      'DifferentFrom',
      { kind: C.literal('different_from'), node: NodeKind, a: Mention, b: Mention },
      { note },
    ),
    derived_from: C.refine(
      C.struct(
        'DerivedFrom',
        { kind: C.literal('derived_from'), report: ReportKey },
        { source: ReportKey, outlet: Id.ActorRef, note },
      ),
      'DerivedFrom',
      (l) =>
        (l.source === undefined) === (l.outlet === undefined)
          ? {
              code: l.source === undefined ? 'missing_key' : 'unknown_key',
              message: 'a derived_from link names either a source report or an outlet, not both',
            }
          : undefined,
    ),
  }) as C.Codec<Link>,
)

const EntryCodec = C.struct('ReportEntry', { key: ReportKey, report: Report.Report })

/**
 * The structure of a corpus — each report decoded in full, with its own integrity —
 * without the corpus's own integrity checks.
 *
 * @category codecs
 * @since 0.2.0
 */
export const Structure: C.Codec<CorpusData, CorpusOutput> = fast(
  C.struct('Corpus', {
    format: C.literal(FORMAT),
    reports: C.array(EntryCodec, { name: 'Reports', max: 10_000_000 }),
    links: C.array(Link, { name: 'Links', max: 100_000_000 }),
  }) as unknown as C.Codec<CorpusData, CorpusOutput>,
)

const versionOf = (u: unknown): unknown =>
  typeof u === 'object' &&
  u !== null &&
  !Array.isArray(u) &&
  Object.prototype.hasOwnProperty.call(u, 'format')
    ? (u as Record<string, unknown>)['format']
    : undefined

const unsupported = (version: unknown): string =>
  `this version of claimgraph reads corpus format "${FORMAT}", not ${C.describe(version)}`

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

/** The corpus's integrity as a check of the whole value, opaque to other interpreters. */
const consistent = C.Checks.make(
  'predicate',
  { name: 'corpus-integrity' },
  {
    test: (c: CorpusData) => integrity(c).length === 0,
    explain: () => ({ message: 'the corpus is not consistent' }),
    issues: (c: CorpusData, partial: boolean) => (partial ? integrityOf(c, true) : integrity(c)),
  },
)

/**
 * The full codec: the structure (each report with its own integrity), then the corpus's
 * integrity. Its `is` checks both. Reports of an earlier format are migrated by
 * {@link decode}, not by the codec.
 *
 * @category codecs
 * @since 0.2.0
 */
export const Corpus: C.Codec<Corpus, CorpusOutput> = fast(
  C.refine<CorpusData, CorpusOutput, Corpus>(C.guardInput(Structure, formatVersion), consistent),
)

/** The input with each report of an earlier format brought up to date (`Report.migrate`). */
const migrated = (u: unknown): unknown => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return u
  const reports = (u as Record<string, unknown>)['reports']
  if (!Array.isArray(reports)) return u
  let changed = false
  const next = reports.map((e: unknown) => {
    if (typeof e !== 'object' || e === null || !('report' in e)) return e
    const r = (e as { report: unknown }).report
    if (versionOf(r) === Report.FORMAT) return e
    const m = Report.migrate(r)
    if (E.isLeft(m) || m.right === r) return e
    changed = true
    return { ...e, report: m.right }
  })
  return changed ? { ...u, reports: next } : u
}

/**
 * Decodes a corpus: its structure, every report in full (structure, brands and
 * integrity, with paths from the corpus root; a report of an earlier format migrated
 * first), and the corpus's integrity. Never throws. Linear in the size of the corpus.
 *
 * @category codecs
 * @since 0.2.0
 */
export const decode = (
  u: unknown,
  options: C.DecodeOptions = {},
): E.Either<DecodeError.DecodeError, Corpus> => {
  let input: unknown
  try {
    input = migrated(u)
  } catch {
    input = u // unreadable input: the decoder says so
  }
  return C.decode(Corpus, options)(input)
}

/**
 * Decodes a corpus from JSON text; text that is not JSON gets the code `invalid_json`.
 *
 * @category codecs
 * @since 0.2.0
 */
export const fromJson = (
  text: string,
  options: Omit<C.DecodeOptions, 'share'> = {},
): E.Either<DecodeError.DecodeError, Corpus> => {
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
 * Encodes a corpus as plain JSON data (it carries its `format`, each report its own).
 *
 * @category codecs
 * @since 0.2.0
 */
export const encode = (c: Corpus): CorpusOutput => Corpus.encode(c)

const describeMention = (m: Mention): string => `"${m.id}" in report "${m.report}"`

/**
 * Every integrity problem of a structurally valid corpus, in document order: duplicate
 * report keys; links whose ends do not resolve (`dangling_reference`) or resolve to a node
 * of another kind (`wrong_kind_reference`); a link from a node to itself (`invalid_value`);
 * `derived_from` links in a cycle (`cycle`); a `different_from` between mentions that
 * `same_as` links make one instance (`invalid_value`). Each report's own integrity is
 * checked when it is decoded. Linear in the size of the corpus.
 *
 * @category codecs
 * @since 0.2.0
 */
export const integrity = (c: CorpusData): ReadonlyArray<DecodeError.DecodeIssue> =>
  integrityOf(c, false)

/**
 * Integrity, also of a corpus that decoded in part (`partial`): reports and links that
 * failed to decode are skipped, and so are links into reports that failed.
 */
const integrityOf = (c: CorpusData, partial: boolean): DecodeError.DecodeIssue[] => {
  if (partial) {
    const whole = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null
    const reports: ReadonlyArray<unknown> = Array.isArray(c.reports) ? c.reports : []
    const failed = new Set<string>()
    const entries: Entry[] = []
    for (const e of reports) {
      if (!whole(e) || typeof e['key'] !== 'string') continue
      if (!whole(e['report'])) failed.add(e['key'])
      else entries.push(e as unknown as Entry)
    }
    // positions are kept: a hole stands where a link failed
    const links = (Array.isArray(c.links) ? (c.links as ReadonlyArray<unknown>) : []).map(
      (l): Link | undefined => {
        if (!whole(l)) return undefined
        const a = l['a']
        const b = l['b']
        const ends =
          l['kind'] === 'derived_from'
            ? [l['report'], l['source']]
            : [whole(a) ? a['report'] : undefined, whole(b) ? b['report'] : undefined]
        return ends.some((k) => typeof k === 'string' && failed.has(k))
          ? undefined
          : (l as unknown as Link)
      },
    )
    return integrityOf({ format: FORMAT, reports: entries, links: links as Link[] }, false).filter(
      (i) => i.path[0] !== 'reports',
    )
  }
  const issues: DecodeError.DecodeIssue[] = []
  const keys = new Map<string, number>()
  c.reports.forEach((e, i) => {
    const seen = keys.get(e.key)
    if (seen === undefined) keys.set(e.key, i)
    else
      issues.push(
        DecodeError.issue(
          ['reports', i, 'key'],
          'duplicate_id',
          `report key "${e.key}" is already used by reports/${seen}`,
        ),
      )
  })
  if (c.links.length === 0) return issues
  const ix = build(c.reports)
  // resolves one end of a node link; the mention index, or -1 with an issue
  const end = (m: Mention, kind: Id.NodeKind, path: DecodeError.Path): number => {
    const r = ix.reportOf(m.report)
    if (r < 0) {
      issues.push(
        DecodeError.issue(
          [...path, 'report'],
          'dangling_reference',
          `no report has key "${m.report}"`,
        ),
      )
      return -1
    }
    const n = ix.mention(r, m.id)
    if (n < 0) {
      issues.push(
        DecodeError.issue(
          [...path, 'id'],
          'dangling_reference',
          `report "${m.report}" has no node with id "${m.id}"`,
        ),
      )
      return -1
    }
    const found = KINDS[ix.kindAt[n]!]!
    if (found !== kind) {
      issues.push(
        DecodeError.issue(
          [...path, 'id'],
          'wrong_kind_reference',
          `${describeMention(m)} is ${article(found)}, not ${article(kind)}`,
        ),
      )
      return -1
    }
    return n
  }
  const reportKey = (k: string, path: DecodeError.Path): number => {
    const r = ix.reportOf(k)
    if (r < 0)
      issues.push(DecodeError.issue(path, 'dangling_reference', `no report has key "${k}"`))
    return r
  }
  const uf = new UnionFind(ix.size)
  const apart: Array<readonly [number, number, number]> = []
  // derived_from edges between reports, for the cycle search
  const derived: Array<number[] | undefined> = new Array(c.reports.length)
  const derivedLink: Array<number[] | undefined> = new Array(c.reports.length)
  c.links.forEach((l, i) => {
    if (l === undefined) return
    if (l.kind === 'derived_from') {
      const r = reportKey(l.report, ['links', i, 'report'])
      if (l.source !== undefined) {
        const s = reportKey(l.source, ['links', i, 'source'])
        if (r >= 0 && s >= 0) {
          if (r === s)
            issues.push(
              DecodeError.issue(
                ['links', i, 'source'],
                'cycle',
                `report "${l.report}" cannot retell itself`,
              ),
            )
          else {
            ;(derived[r] ??= []).push(s)
            ;(derivedLink[r] ??= []).push(i)
          }
        }
      }
      if (l.outlet !== undefined && r >= 0) {
        const n = ix.mention(r, l.outlet)
        const a = n < 0 ? undefined : ix.nodeAt[n]!
        if (a === undefined)
          issues.push(
            DecodeError.issue(
              ['links', i, 'outlet'],
              'dangling_reference',
              `report "${l.report}" has no actor with id "${l.outlet}"`,
            ),
          )
        else if (ix.kindAt[n] !== 0 || (a as { kind: string }).kind !== 'outlet')
          issues.push(
            DecodeError.issue(
              ['links', i, 'outlet'],
              'wrong_kind_reference',
              `"${l.outlet}" in report "${l.report}" is not an outlet`,
            ),
          )
      }
      return
    }
    const a = end(l.a, l.node, ['links', i, 'a'])
    const b = end(l.b, l.node, ['links', i, 'b'])
    if (a < 0 || b < 0) return
    if (a === b) {
      issues.push(
        DecodeError.issue(
          ['links', i],
          'invalid_value',
          `the link joins ${describeMention(l.a)} to itself`,
        ),
      )
      return
    }
    if (l.kind === 'same_as') uf.union(a, b)
    else if (l.kind === 'different_from') apart.push([a, b, i])
  })
  for (const [a, b, i] of apart) {
    if (uf.find(a) === uf.find(b)) {
      const l = c.links[i] as DifferentFrom
      issues.push(
        DecodeError.issue(
          ['links', i],
          'invalid_value',
          `${describeMention(l.a)} and ${describeMention(l.b)} are marked different, but same_as links make them one instance`,
        ),
      )
    }
  }
  // cycles through derived_from: an iterative depth-first search, each edge once
  const state = new Uint8Array(c.reports.length)
  for (let root = 0; root < c.reports.length; root++) {
    if (state[root] !== 0 || derived[root] === undefined) continue
    const stack: Array<[number, number]> = [[root, 0]]
    state[root] = 1
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      const [node, j] = top
      const next = derived[node]
      if (next === undefined || j >= next.length) {
        state[node] = 2
        stack.pop()
        continue
      }
      top[1] = j + 1
      const target = next[j]!
      if (state[target] === 1)
        issues.push(
          DecodeError.issue(
            ['links', derivedLink[node]![j]!, 'source'],
            'cycle',
            'reports retell each other in a cycle',
          ),
        )
      else if (state[target] === 0) {
        state[target] = 1
        stack.push([target, 0])
      }
    }
  }
  return issues
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`)

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Adds links to a corpus (data-last), checking them as {@link decode} would. Linear in
 * the size of the corpus.
 *
 * @category combinators
 * @since 0.2.0
 */
export const addLinks =
  (links: ReadonlyArray<Link>) =>
  (c: Corpus): E.Either<DecodeError.DecodeError, Corpus> => {
    if (links.length === 0) return E.right(c)
    const next: CorpusData = { format: FORMAT, reports: c.reports, links: [...c.links, ...links] }
    const structural = C.decode(C.array(Link), {})(links)
    if (E.isLeft(structural)) {
      const offset = c.links.length
      const [first, ...rest] = structural.left.issues.map((i) =>
        DecodeError.issue(
          ['links', typeof i.path[0] === 'number' ? i.path[0] + offset : 0, ...i.path.slice(1)],
          i.code,
          i.message,
        ),
      )
      return E.left(DecodeError.make(first!, ...rest))
    }
    const problems = integrity(next)
    return problems.length === 0
      ? E.right(next as Corpus)
      : E.left(DecodeError.make(problems[0]!, ...problems.slice(1)))
  }

/**
 * Adds a report under a key (data-last); the key must be new.
 *
 * @category combinators
 * @since 0.2.0
 */
export const addReport =
  (reportKey: string, report: Report.Report) =>
  (c: Corpus): E.Either<DecodeError.DecodeError, Corpus> =>
    decode({
      format: FORMAT,
      reports: [
        ...c.reports.map((e) => ({ key: e.key, report: e.report })),
        { key: reportKey, report },
      ],
      links: c.links,
    })

const decidedNote = (p: Proposal): string =>
  `accepted proposal, score ${p.score.toFixed(2)} (${p.reasons.map((r) => r.code).join(', ')})`

/**
 * The link a proposal suggests, or, with `as`, the link an analyst decided on.
 *
 * @category combinators
 * @since 0.2.0
 */
export const toLink = (p: Proposal, as?: 'same_as' | 'possibly_same_as'): NodeLink => {
  const kind = as ?? p.link
  return kind === 'same_as'
    ? { kind, node: p.node, a: p.a, b: p.b, note: decidedNote(p) }
    : {
        kind,
        node: p.node,
        a: p.a,
        b: p.b,
        likelihood: p.likelihood ?? Likelihood.fromBand('roughly_even'),
        note: decidedNote(p),
      }
}

/**
 * Accepts proposals (data-last): adds the link each suggests, or, with `{ as: 'same_as' }`,
 * a `same_as` link for each (an analyst's decision on a `possibly_same_as` proposal).
 *
 * @category combinators
 * @since 0.2.0
 */
export const accept =
  (
    proposals: ReadonlyArray<Proposal>,
    options: { readonly as?: 'same_as' | 'possibly_same_as' } = {},
  ) =>
  (c: Corpus): E.Either<DecodeError.DecodeError, Corpus> =>
    addLinks(proposals.map((p) => toLink(p, options.as)))(c)

/**
 * Rejects proposals (data-last): adds a `different_from` link for each, so that
 * {@link align} does not propose the pair again.
 *
 * @category combinators
 * @since 0.2.0
 */
export const reject =
  (proposals: ReadonlyArray<Proposal>) =>
  (c: Corpus): E.Either<DecodeError.DecodeError, Corpus> =>
    addLinks(
      proposals.map((p): DifferentFrom => ({
        kind: 'different_from',
        node: p.node,
        a: p.a,
        b: p.b,
        note: `rejected proposal, score ${p.score.toFixed(2)}`,
      })),
    )(c)

/**
 * The proposals scored at least `score` (data-last).
 *
 * @category combinators
 * @since 0.2.0
 */
export const atLeast =
  (score: number) =>
  (proposals: ReadonlyArray<Proposal>): ReadonlyArray<Proposal> =>
    proposals.filter((p) => p.score >= score)

/**
 * The proposals between nodes of one kind (data-last).
 *
 * @category combinators
 * @since 0.2.0
 */
export const ofNode =
  (node: Id.NodeKind) =>
  (proposals: ReadonlyArray<Proposal>): ReadonlyArray<Proposal> =>
    proposals.filter((p) => p.node === node)

/**
 * The proposals that suggest a kind of link (data-last).
 *
 * @category combinators
 * @since 0.2.0
 */
export const suggesting =
  (link: 'same_as' | 'possibly_same_as') =>
  (proposals: ReadonlyArray<Proposal>): ReadonlyArray<Proposal> =>
    proposals.filter((p) => p.link === link)

/**
 * The proposals that involve a mention (data-last).
 *
 * @category combinators
 * @since 0.2.0
 */
export const involving =
  (m: Mention) =>
  (proposals: ReadonlyArray<Proposal>): ReadonlyArray<Proposal> =>
    proposals.filter(
      (p) =>
        (p.a.report === m.report && p.a.id === m.id) ||
        (p.b.report === m.report && p.b.id === m.id),
    )

/**
 * The proposals between two mentions, in either order (data-last).
 *
 * @category combinators
 * @since 0.2.0
 */
export const between =
  (a: Mention, b: Mention) =>
  (proposals: ReadonlyArray<Proposal>): ReadonlyArray<Proposal> => {
    const is = (x: Mention, y: Mention) => x.report === y.report && x.id === y.id
    return proposals.filter((p) => (is(p.a, a) && is(p.b, b)) || (is(p.a, b) && is(p.b, a)))
  }

/**
 * The proposals still undecided in a corpus: neither joined by a link nor one instance
 * already (data-last on the proposals). After accepting some proposals, reject the
 * undecided rest. Linear in the size of the corpus and the number of proposals.
 *
 * @category combinators
 * @since 0.2.0
 */
export const undecided =
  (c: CorpusData) =>
  (proposals: ReadonlyArray<Proposal>): ReadonlyArray<Proposal> => {
    const { ix, same, linked, at } = prepare(c)
    return proposals.filter((p) => {
      const a = at(p.a)
      const b = at(p.b)
      return (
        a >= 0 && b >= 0 && !linked.has(pairCode(ix.size, a, b)) && same.find(a) !== same.find(b)
      )
    })
  }

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * The report under a key.
 *
 * @category queries
 * @since 0.2.0
 */
export const report =
  (reportKey: string) =>
  (c: CorpusData): O.Option<Report.Report> =>
    O.fromNullable(c.reports.find((e) => e.key === reportKey)?.report)

/**
 * The blocking keys of every node of a report: a pure function of the report alone, so
 * that reports can be grouped by key anywhere (a database, a cluster) and aligned block
 * by block. Linear in the size of the report.
 *
 * @example
 * ```text
 * a report with the state Velmora (VLM) and the person "Ilse Varga":
 *   { key: 'actor:country:VLM', node: 'actor', id: 'velmora' }
 *   { key: 'actor:name:varga',  node: 'actor', id: 'varga' }
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const blockingKeys = (r: Report.ReportData): ReadonlyArray<BlockingKey> => keysOf(r)

const mentionOf = (ix: Mentions, m: number): Mention => ({
  report: ix.reports[ix.reportAt[m]!]!.key as ReportKey,
  id: ix.nodeAt[m]!.id as Id.NodeId,
})

/** The mentions, accepted same_as links as a union-find, and every linked pair. */
const prepare = (c: CorpusData) => {
  const ix = build(c.reports)
  const same = new UnionFind(ix.size)
  const possibly = new UnionFind(ix.size)
  const linked = new Set<number>()
  const at = (m: Mention): number => {
    const r = ix.reportOf(m.report)
    return r < 0 ? -1 : ix.mention(r, m.id)
  }
  for (const l of c.links) {
    if (l.kind === 'derived_from') continue
    const a = at(l.a)
    const b = at(l.b)
    if (a < 0 || b < 0) continue
    linked.add(pairCode(ix.size, a, b))
    if (l.kind === 'same_as') {
      same.union(a, b)
      possibly.union(a, b)
    } else if (l.kind === 'possibly_same_as') possibly.union(a, b)
  }
  return { ix, same, possibly, linked, at }
}

/**
 * Proposes links between the mentions of different reports (data-last), each with a
 * score, the link it suggests and the reasons: the alignment tables of the guide "Across
 * reports". Candidates come from blocking keys, compared by sorted neighbourhood within
 * each key, so the cost is n·log n in the size of the corpus whatever the input (at most
 * `window` comparisons per key of each mention). Pairs that are one instance already, or
 * that any link joins, are not proposed. The module's example shows a whole round.
 *
 * @example
 * ```text
 * "Ilse Varga" in report a, "I. Varga" in report b:
 *   { node: 'actor', a: { report: 'a', id: 'varga' }, b: { report: 'b', id: 'varga' },
 *     score: 0.5, link: 'possibly_same_as', likelihood: { band: 'roughly_even', … },
 *     reasons: [{ code: 'actor/name-contained', weight: 0.5, message: '…' }],
 *     key: 'actor:name:varga' }
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const align =
  (options: AlignOptions = {}) =>
  (c: CorpusData): ReadonlyArray<Proposal> => {
    const { ix, same, linked } = prepare(c)
    const raw = runAlign(
      ix,
      { same, linked },
      {
        window: options.window ?? 8,
        ...(options.only === undefined ? {} : { only: new Set(options.only) }),
      },
    )
    // one object per mention and per band, shared by the proposals that name them
    const mentions: Array<Mention | undefined> = new Array(ix.size)
    const mention = (m: number): Mention => (mentions[m] ??= mentionOf(ix, m))
    const bands = new Map<Likelihood.Band, Likelihood.Likelihood>()
    return raw.map((p): Proposal => {
      const base = {
        node: KINDS[p.kind]!,
        a: mention(p.a),
        b: mention(p.b),
        score: p.score / 100,
        link: p.link,
        reasons: p.reasons,
        key: p.key,
      }
      if (p.band === undefined) return base
      let likelihood = bands.get(p.band)
      if (likelihood === undefined) bands.set(p.band, (likelihood = Likelihood.fromBand(p.band)))
      return { ...base, likelihood }
    })
  }

/** Instances as numbers: each mention's instance, and the instances' mentions. */
const cluster = (c: CorpusData) => {
  const prepared = prepare(c)
  const { ix, same } = prepared
  const instanceAt = new Int32Array(ix.size).fill(-1)
  const members: number[][] = []
  for (let m = 0; m < ix.size; m++) {
    const root = same.find(m)
    let i = instanceAt[root]!
    if (i < 0) {
      i = members.length
      instanceAt[root] = i
      members.push([])
    }
    instanceAt[m] = i
    members[i]!.push(m)
  }
  return { ...prepared, instanceAt, members }
}

/**
 * The instances of a corpus: its mentions joined by accepted `same_as` links
 * (union-find; `possibly_same_as` never joins). Linear in the size of the corpus.
 *
 * @category queries
 * @since 0.2.0
 */
export const instances = (c: CorpusData): Instances => {
  const { ix, instanceAt, members, at } = cluster(c)
  const list: Instance[] = members.map((ms) => {
    const mentions = ms.map((m) => mentionOf(ix, m)) as unknown as readonly [Mention, ...Mention[]]
    return {
      node: KINDS[ix.kindAt[ms[0]!]!]!,
      name: `${mentions[0].report}:${mentions[0].id}`,
      mentions,
    }
  })
  return {
    list,
    find: (m) => {
      const n = at(m)
      return n < 0 ? O.none : O.some(list[instanceAt[n]!]!)
    },
  }
}

/**
 * The instances of one kind (data-last).
 *
 * @category queries
 * @since 0.2.0
 */
export const instancesOf =
  (node: Id.NodeKind) =>
  (ix: Instances): ReadonlyArray<Instance> =>
    ix.list.filter((i) => i.node === node)

/**
 * The instance a mention belongs to (data-last).
 *
 * @category queries
 * @since 0.2.0
 */
export const instanceOf =
  (m: Mention) =>
  (ix: Instances): O.Option<Instance> =>
    ix.find(m)

/**
 * What retells what: the corpus's `derived_from` links, and what each report says of
 * itself (`derivedFrom`: a publisher of that report, or the address of a report of the
 * corpus).
 */
const derivationsOf = (c: CorpusData, ix: Mentions): ReadonlyArray<Derivation> => {
  const out: Derivation[] = []
  for (const l of c.links) {
    if (l.kind !== 'derived_from') continue
    const report = ix.reportOf(l.report)
    if (report < 0) continue
    if (l.source !== undefined) {
      const source = ix.reportOf(l.source)
      if (source >= 0) out.push({ report, source })
      continue
    }
    const outlet = l.outlet === undefined ? -1 : ix.mention(report, l.outlet)
    if (outlet >= 0) out.push({ report, outlet })
  }
  let byUrl: Map<string, number> | undefined
  c.reports.forEach((e, report) => {
    for (const d of e.report.derivedFrom ?? []) {
      if (d.publisher !== undefined) {
        const outlet = ix.mention(report, d.publisher)
        if (outlet >= 0) out.push({ report, outlet })
      }
      if (d.url !== undefined) {
        if (byUrl === undefined) {
          byUrl = new Map()
          c.reports.forEach((x, i) => {
            if (x.report.url !== undefined && !byUrl!.has(x.report.url)) byUrl!.set(x.report.url, i)
          })
        }
        const source = byUrl.get(d.url)
        if (source !== undefined && source !== report) out.push({ report, source })
      }
    }
  })
  return out
}

const pathTo = (ix: Mentions, m: number): DecodeError.Path => [
  'reports',
  ix.reportAt[m]!,
  'report',
  COLLECTIONS[ix.kindAt[m]!]!,
  ix.positionAt[m]!,
]

const corroborateAll = (c: CorpusData) => {
  const cl = cluster(c)
  const raw = corroborate({
    ix: cl.ix,
    same: cl.same,
    possibly: cl.possibly,
    instanceAt: cl.instanceAt,
    members: cl.members,
    derivations: derivationsOf(c, cl.ix),
  })
  return { cl, raw }
}

const instanceFrom = (ix: Mentions, ms: ReadonlyArray<number>): Instance => {
  const mentions = ms.map((m) => mentionOf(ix, m)) as unknown as readonly [Mention, ...Mention[]]
  return {
    node: KINDS[ix.kindAt[ms[0]!]!]!,
    name: `${mentions[0].report}:${mentions[0].id}`,
    mentions,
  }
}

/**
 * The corroboration of every claim — every statement and threat instance — in order of
 * first mention: its sources, the range of independent sources backing it and
 * contradicting it, the reasons sources may depend on each other, and a suggested
 * Admiralty credibility, by the tables of the guide "Across reports". Linear in the size
 * of the corpus.
 *
 * @category queries
 * @since 0.2.0
 */
export const corroboration = (c: CorpusData): ReadonlyArray<Corroboration> => {
  const { cl, raw } = corroborateAll(c)
  const { ix } = cl
  return raw.map((r) => ({
    instance: instanceFrom(ix, cl.members[r.instance]!),
    sources: r.sources.map((s): Source => ({
      mention: mentionOf(ix, s.carrier),
      ...(s.actor < 0 ? {} : { actor: mentionOf(ix, s.actor) }),
      label: s.label,
      standing: s.standing,
      contradicts: s.contradicts,
      via: s.via.map((v) => labelOf(ix.nodeAt[v] as Actor.Actor)),
    })),
    independent: r.independent,
    contradicting: r.contradicting,
    onRecord: r.onRecord,
    anonymous: r.anonymous,
    unattributed: r.unattributed,
    dependencies: r.groups,
    credibility: r.credibility,
  }))
}

/**
 * `corpus/single-anonymous-source`, the corpus form of the rule of the same name: a
 * warning for each claim found in two or more reports whose backing sources are all
 * anonymous, may all be one (at least one independent source, at most… one), and speak
 * for one person (a count of 1, none of 2 or more), when not every one of them has a
 * stated reason for its anonymity (`reasonForAnonymity`, the exception the per-report
 * rule accepts). It says what the per-report rule cannot: a claim that looks told by
 * several reports rests on one anonymous person. An on-the-record source in another
 * report clears it; a claim in one report is the per-report rule's. Linear in the size
 * of the corpus.
 *
 * @category queries
 * @since 0.2.0
 */
export const singleAnonymousSource: V.Validator<CorpusData> = (c) => {
  const { cl, raw } = corroborateAll(c)
  const { ix } = cl
  const issues: V.Issue[] = []
  for (const r of raw) {
    const backing = r.sources.filter((s) => !s.contradicts && s.actor >= 0)
    if (backing.length === 0 || r.independent.min !== 1) continue
    let one = false
    let ok = true
    for (const s of backing) {
      const a = ix.nodeAt[s.actor] as Actor.Actor
      if (a.kind !== 'anonymous' || (typeof a.count === 'number' && a.count >= 2)) ok = false
      else if (a.count === 1) one = true
    }
    if (!ok || !one) continue
    const reports = new Set(backing.map((s) => ix.reportAt[s.carrier]))
    if (reports.size < 2) continue
    // a stated exception, as the per-report rule accepts it, for every one of them
    if (
      backing.every((s) => (ix.nodeAt[s.actor] as Actor.Anonymous).reasonForAnonymity !== undefined)
    )
      continue
    const first = cl.members[r.instance]![0]!
    const who = some(backing.map((s) => `${s.label} (${ix.reports[ix.reportAt[s.carrier]!]!.key})`))
    issues.push({
      code: 'corpus/single-anonymous-source',
      severity: 'warning',
      message: `across ${reports.size} reports, the claim rests on what may be one anonymous person: ${who}`,
      node: `${ix.reports[ix.reportAt[first]!]!.key}:${ix.nodeAt[first]!.id}`,
      path: pathTo(ix, first),
    })
  }
  return issues
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  'time/conflict': 'the times cannot meet',
  'time/more-specific': 'one time is more specific',
  'time/compatible': 'the times overlap',
  'time/unknown': 'one time cannot be placed',
  'time/no-common-day': 'the times have no day in common',
  'type/within': 'one type is more specific',
  'type/differ': 'different types',
  'set/within': 'one names fewer',
  'set/differ': 'different actors',
  'places/within': 'one place is more specific',
  'places/different-countries': 'places in different countries',
  'places/differ': 'different places',
  'act/same-code': 'acts of one kind',
  'act/different-code': 'acts of different kinds',
  'quote/within': 'one quote is longer',
  'quote/differ': 'different words',
  'content/hedged': 'hedged differently',
  'content/negation': 'one negates the other',
  'content/differ': 'different claims',
  'content/unstated': 'one does not say what was said',
  'non-answer/differ': 'different kinds of non-answer',
  'stance/denied': 'one states it, the other only denies or retracts it',
}

/**
 * The discrepancies between the mentions of every instance with mentions in two or more
 * reports, field by field (the table of the guide "Across reports"): each names the
 * reports and nodes of both sides and says conflict or refinement. Values are compared
 * through instances (an agent is an actor instance), so accept actor and event links
 * first. n·log n in the size of the corpus.
 *
 * @category queries
 * @since 0.2.0
 */
export const discrepancies = (c: CorpusData): ReadonlyArray<Discrepancy> => {
  const { ix, instanceAt, members } = cluster(c)
  const side = (s: { value: string; mentions: ReadonlyArray<number> }): Side => ({
    value: s.value,
    mentions: s.mentions.map((m) => mentionOf(ix, m)),
  })
  const where = (s: Side) => some(s.mentions.map((m) => m.report)).replace(/; /g, ', ')
  return findDiscrepancies({ ix, instanceAt, members }).map((d) => {
    const reference = side(d.reference)
    const other = side(d.other)
    return {
      instance: instanceFrom(ix, members[d.instance]!).name,
      node: KINDS[ix.kindAt[members[d.instance]![0]!]!]!,
      field: d.field,
      nature: d.nature,
      relation: d.relation,
      reference,
      other,
      message: `${d.field}: ${where(reference)} say${reference.mentions.length === 1 ? 's' : ''} ${JSON.stringify(reference.value)}, ${where(other)} ${JSON.stringify(other.value)} — ${d.nature}: ${FIELD_WORDS[d.relation] ?? d.relation}`,
    }
  })
}

const instanceName = (ix: Mentions, members: ReadonlyArray<ReadonlyArray<number>>, i: number) => {
  const m = members[i]![0]!
  return `${ix.reports[ix.reportAt[m]!]!.key}:${ix.nodeAt[m]!.id}` as Id.EventId
}

const mergedTimeline = (cl: ReturnType<typeof cluster>) => {
  const { ix, instanceAt, members } = cl
  const into = {
    entries: [] as Timeline.Entry[],
    origins: [] as Array<{ mention: number; row: CorpusTimeline['origins'][number]['row'] }>,
  }
  for (let r = 0; r < ix.reports.length; r++)
    entriesOf(ix, r, (m) => instanceName(ix, members, instanceAt[m]!), into)
  return into
}

/**
 * The corpus timeline: what every report knows of events (events reported as occurred,
 * and claims in a report's own voice that an event did or did not occur), over event
 * instances, with the mention each entry comes from. Linear in the size of the corpus.
 *
 * @category queries
 * @since 0.2.0
 */
export const timeline = (c: CorpusData): CorpusTimeline => {
  const cl = cluster(c)
  const { entries, origins } = mergedTimeline(cl)
  return {
    timeline: { entries },
    origins: origins.map((o) => ({ mention: mentionOf(cl.ix, o.mention), row: o.row })),
  }
}

const latest = (c: CorpusData): Time.Time | undefined => {
  let best: Time.Time | undefined
  let hi = Number.NEGATIVE_INFINITY
  for (const e of c.reports) {
    const p = e.report.published
    if (p === undefined) continue
    const r = Time.range(p)
    if (r.known && r.hi > hi) {
      hi = r.hi
      best = p
    }
  }
  return best
}

/** When no report is dated and no time is given: as of the end of the calendar. */
const END_OF_TIME = Time.time('9999-12-31')

/**
 * The status of every threat instance across reports (data-last): each mention evaluated
 * on its own report's timeline as of that report's publication, and on the corpus
 * timeline as of `asOf` (by default the latest publication date in the corpus), so that a
 * later report can move a threat from pending to triggered. Linear in the size of the
 * corpus times the cost of `Threat.status`.
 *
 * @category queries
 * @since 0.2.0
 */
export const threatStatus =
  (options: { readonly asOf?: Time.TimeRef } = {}) =>
  (c: CorpusData): ReadonlyArray<ThreatStatus> => {
    const cl = cluster(c)
    const { ix, instanceAt, members } = cl
    const asOf = options.asOf ?? latest(c) ?? END_OF_TIME
    const merged = { entries: mergedTimeline(cl).entries }
    // events over instances, with their relations (for "prevents")
    const events = new Map<string, Event.Event>()
    for (let m = 0; m < ix.size; m++) {
      if (KINDS[ix.kindAt[m]!] !== 'event') continue
      const id = instanceName(ix, members, instanceAt[m]!)
      const e = ix.nodeAt[m] as Event.Event
      const relations = (e.relations ?? []).flatMap((rel) => {
        const n = ix.mention(ix.reportAt[m]!, rel.event)
        return n < 0 ? [] : [{ kind: rel.kind, event: instanceName(ix, members, instanceAt[n]!) }]
      })
      const seen = events.get(id)
      events.set(
        id,
        seen === undefined
          ? { ...e, id, relations }
          : { ...seen, relations: [...(seen.relations ?? []), ...relations] },
      )
    }
    const eventList = [...events.values()]
    // each report's own status function, built once (its timeline, its events)
    const own: Array<((t: Threat.Threat) => Threat.Status) | undefined> = new Array(
      ix.reports.length,
    )
    const alone = (r: number): ((t: Threat.Threat) => Threat.Status) => {
      let f = own[r]
      if (f === undefined) {
        const into = { entries: [] as Timeline.Entry[], origins: [] }
        entriesOf(ix, r, (m) => ix.nodeAt[m]!.id as Id.EventId, into)
        const report = ix.reports[r]!.report
        const published = report.published
        own[r] = f = Threat.status({
          timeline: { entries: into.entries },
          asOf: published ?? asOf,
          events: report.events,
          ...(published === undefined ? {} : { publication: published }),
        })
      }
      return f
    }
    const corpusStatus = Threat.status({ timeline: merged, asOf, events: eventList })
    const out: ThreatStatus[] = []
    for (let i = 0; i < members.length; i++) {
      const ms = members[i]!
      if (KINDS[ix.kindAt[ms[0]!]!] !== 'threat') continue
      let last = ms[0]!
      let lastHi = Number.NEGATIVE_INFINITY
      const rows = ms.map((m) => {
        const r = ix.reportAt[m]!
        const report = ix.reports[r]!.report
        const t = ix.nodeAt[m] as Threat.Threat
        const published = report.published
        if (published !== undefined) {
          const hi = Time.range(published).hi
          if (hi >= lastHi) {
            lastHi = hi
            last = m
          }
        }
        const itself = alone(r)(restate(t, report, (id) => id))
        const over = restate(t, report, (id) => {
          const n = ix.mention(r, id)
          return n < 0 ? id : instanceName(ix, members, instanceAt[n]!)
        })
        return { m, alone: itself, corpus: corpusStatus(over) }
      })
      out.push({
        instance: instanceFrom(ix, ms),
        status: rows.find((x) => x.m === last)!.corpus,
        asOf,
        mentions: rows.map((x) => ({
          mention: mentionOf(ix, x.m),
          alone: x.alone,
          corpus: x.corpus,
        })),
      })
    }
    return out
  }
