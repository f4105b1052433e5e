/**
 * Speech acts: who said what to whom, how (the act, directly or reported, publicly or
 * privately), when, in reply to what, through which attribution chain, hedged how, and
 * where in the text. A statement's content is a proposition, a threat (shared by every
 * statement that states it), another statement (nested reports), or nothing (a declined
 * comment).
 *
 * @example
 * ```ts
 * import { Id, Proposition as P, Statement } from 'claimgraph'
 * import { pipe } from 'fp-ts/function'
 * import assert from 'node:assert/strict'
 *
 * // "In response to the U.S. requests, al-Sudani has expressed a desire to keep Iraq out"
 * const desire = pipe(
 *   Statement.make(
 *     'desire',
 *     [Id.actor('al-sudani')],
 *     'express_desire',
 *     Statement.proposition(P.not(P.occurs(Id.event('iraq-drawn-in')))),
 *   ),
 *   Statement.replyTo(Id.statement('pressed')),
 * )
 *
 * assert.equal(desire.replyTo, 'pressed')
 * assert.equal(Statement.isDirect(desire), false)
 * ```
 *
 * @since 0.1.0
 */
import * as C from './Codec.js'
import * as Id from './Id.js'
import * as Time from './Time.js'
import * as Evidence from './Evidence.js'
import * as Likelihood from './Likelihood.js'
import * as Proposition from './Proposition.js'
import * as Attribution from './Attribution.js'
import { table } from './generated/Statement.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Every speech act claimgraph names, with the CAMEO code it defaults to in
 * {@link ACTS}.
 *
 * @category model
 * @since 0.1.0
 */
export type Act =
  | 'assert'
  | 'state'
  | 'report'
  | 'note'
  | 'emphasize'
  | 'echo'
  | 'warn'
  | 'caution'
  | 'urge'
  | 'demand'
  | 'request'
  | 'threaten'
  | 'promise'
  | 'deny'
  | 'accuse'
  | 'express_desire'
  | 'decline_comment'
  | 'restate'
  | 'withdraw'

/**
 * What each act is, with its default CAMEO event code.
 *
 * @category model
 * @since 0.1.0
 */
export const ACTS: Readonly<Record<Act, { readonly description: string; readonly cameo: string }>> =
  {
    assert: { description: 'asserts that the content holds', cameo: '010' },
    state: { description: 'makes a statement, often on the record', cameo: '010' },
    report: { description: 'reports what another source said', cameo: '010' },
    note: { description: 'notes, observes', cameo: '010' },
    emphasize: { description: 'emphasizes, underscores', cameo: '010' },
    echo: { description: 'repeats or endorses concerns already voiced', cameo: '010' },
    warn: { description: 'warns of a consequence', cameo: '130' },
    caution: { description: 'cautions against an action', cameo: '130' },
    urge: { description: 'urges, presses, appeals for an action', cameo: '100' },
    demand: { description: 'demands an action', cameo: '100' },
    request: { description: 'requests an action', cameo: '020' },
    threaten: { description: 'threatens a consequence', cameo: '130' },
    promise: { description: 'promises a benefit', cameo: '050' },
    deny: { description: 'denies a claim', cameo: '014' },
    accuse: { description: 'accuses', cameo: '112' },
    express_desire: { description: 'expresses a wish or intent', cameo: '018' },
    decline_comment: { description: 'declines to comment', cameo: '011' },
    restate: { description: 'restates or revises an earlier statement', cameo: '010' },
    withdraw: { description: 'withdraws an earlier statement or threat', cameo: '010' },
  }

/**
 * Who could hear it.
 *
 * @category model
 * @since 0.1.0
 */
export type Channel = 'public' | 'private' | 'both' | 'unknown'

/**
 * What a statement says.
 *
 * @category model
 * @since 0.1.0
 */
export type Content =
  | { readonly kind: 'proposition'; readonly proposition: Proposition.Proposition }
  | { readonly kind: 'threat'; readonly threat: Id.ThreatId }
  | { readonly kind: 'statement'; readonly statement: Id.StatementId }
  | { readonly kind: 'none' }

/**
 * A speech act. A `quote` holds the speaker's exact words and makes the statement a
 * direct quote; without one it is an indirect report.
 *
 * @category model
 * @since 0.1.0
 */
export interface Statement {
  readonly id: Id.StatementId
  readonly speakers: readonly [Id.ActorId, ...Id.ActorId[]]
  readonly act: Act
  readonly content: Content
  readonly addressees?: ReadonlyArray<Id.ActorId>
  readonly quote?: string
  readonly channel?: Channel
  readonly time?: Time.TimeRef
  readonly replyTo?: Id.StatementId
  readonly attribution?: Attribution.Attribution
  readonly hedges?: ReadonlyArray<Likelihood.Likelihood>
  readonly evidence?: ReadonlyArray<Evidence.Span>
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * @category codecs
 * @since 0.1.0
 */
export const Act: C.Codec<Act> = fast(C.keyof('Act', Object.keys(ACTS) as ReadonlyArray<Act>))

/**
 * @category codecs
 * @since 0.1.0
 */
export const Channel: C.Codec<Channel> = fast(
  C.keyof('Channel', ['public', 'private', 'both', 'unknown']),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Content: C.Codec<Content> = fast(
  C.tagged('Content', 'kind', {
    proposition: C.struct('PropositionContent', {
      kind: C.literal('proposition'),
      proposition: Proposition.Proposition,
    }),
    threat: C.struct('ThreatContent', { kind: C.literal('threat'), threat: Id.ThreatRef }),
    statement: C.struct('StatementContent', {
      kind: C.literal('statement'),
      statement: Id.acyclic(Id.StatementRef),
    }),
    none: C.struct('NoContent', { kind: C.literal('none') }),
  }) as C.Codec<Content>,
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Statement: C.Codec<Statement> = fast(
  C.struct(
    'Statement',
    {
      id: Id.StatementId,
      speakers: C.nonEmptyArray(Id.ActorRef, 'Speakers'),
      act: Act,
      content: Content,
    },
    {
      addressees: C.array(Id.ActorRef, { max: 10_000 }),
      quote: C.string('quote', { min: 1, max: 100_000 }),
      channel: Channel,
      time: Time.TimeRef,
      replyTo: Id.acyclic(Id.StatementRef),
      attribution: Attribution.Attribution,
      hedges: C.array(Likelihood.Likelihood, { max: 100 }),
      evidence: Evidence.Spans,
    },
  ),
)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Content that is a proposition.
 *
 * @category constructors
 * @since 0.1.0
 */
export const proposition = (p: Proposition.Proposition): Content => ({
  kind: 'proposition',
  proposition: p,
})

/**
 * Content that is a threat (several statements may state the same threat).
 *
 * @category constructors
 * @since 0.1.0
 */
export const threat = (id: Id.ThreatId): Content => ({ kind: 'threat', threat: id })

/**
 * Content that is another statement (a report of a report).
 *
 * @category constructors
 * @since 0.1.0
 */
export const nested = (id: Id.StatementId): Content => ({ kind: 'statement', statement: id })

/**
 * No content: a declined comment.
 *
 * @category constructors
 * @since 0.1.0
 */
export const none: Content = { kind: 'none' }

/**
 * A statement; add the rest with the combinators below.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (
  id: string,
  speakers: readonly [Id.ActorId, ...Id.ActorId[]],
  act: Act,
  content: Content,
  details: Omit<Statement, 'id' | 'speakers' | 'act' | 'content'> = {},
): Statement => ({ id: Id.statement(id), speakers, act, content, ...details })

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Sets the addressees (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const to =
  (...addressees: ReadonlyArray<Id.ActorId>) =>
  (s: Statement): Statement => ({ ...s, addressees })

/**
 * Sets the attribution chain (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const attributed =
  (attribution: Attribution.Attribution) =>
  (s: Statement): Statement => ({ ...s, attribution })

/**
 * Marks the statement as a reply to another (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const replyTo =
  (id: Id.StatementId) =>
  (s: Statement): Statement => ({ ...s, replyTo: id })

/**
 * Adds hedges (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const hedged =
  (...hedges: ReadonlyArray<Likelihood.Likelihood>) =>
  (s: Statement): Statement => ({ ...s, hedges: [...(s.hedges ?? []), ...hedges] })

/**
 * Makes the statement a direct quote of these exact words (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const quoting =
  (quote: string) =>
  (s: Statement): Statement => ({ ...s, quote })

/**
 * Sets the channel (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const via =
  (channel: Channel) =>
  (s: Statement): Statement => ({ ...s, channel })

/**
 * Sets the time (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const at =
  (time: Time.TimeRef) =>
  (s: Statement): Statement => ({ ...s, time })

/**
 * Adds evidence spans (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const withEvidence =
  (...spans: ReadonlyArray<Evidence.Span>) =>
  (s: Statement): Statement => ({ ...s, evidence: [...(s.evidence ?? []), ...spans] })

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * Whether the statement quotes its speaker's exact words.
 *
 * @category queries
 * @since 0.1.0
 */
export const isDirect = (s: Statement): boolean => s.quote !== undefined

/**
 * Every likelihood attached to a statement: its hedges and those inside its proposition.
 *
 * @category queries
 * @since 0.1.0
 */
export const likelihoods = (s: Statement): ReadonlyArray<Likelihood.Likelihood> => [
  ...(s.hedges ?? []),
  ...(s.content.kind === 'proposition' ? Proposition.likelihoods(s.content.proposition) : []),
]

/**
 * Pattern matching on a statement's content.
 *
 * @category queries
 * @since 0.1.0
 */
export const matchContent =
  <R>(cases: {
    readonly proposition: (p: Proposition.Proposition) => R
    readonly threat: (id: Id.ThreatId) => R
    readonly statement: (id: Id.StatementId) => R
    readonly none: () => R
  }) =>
  (c: Content): R => {
    switch (c.kind) {
      case 'proposition':
        return cases.proposition(c.proposition)
      case 'threat':
        return cases.threat(c.threat)
      case 'statement':
        return cases.statement(c.statement)
      case 'none':
        return cases.none()
    }
  }
