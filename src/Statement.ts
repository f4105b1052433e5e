/**
 * Speech acts: who said what to whom, how (the act; directly or reported; publicly or
 * privately; in which medium — a post, a televised message, an interview), when, in reply
 * to what, how the message travelled (its intermediaries), through which attribution chain
 * the report knows it, hedged how, and where in the text.
 *
 * A statement's content is a proposition, a threat (shared by every statement that states
 * it), another statement (nested reports), a sourcing (a denial or confirmation of how a
 * claim or a report was sourced), `unstated` (something was said, but the report does not
 * say what), or `none` (the act has no content: a declined comment, a non-answer).
 *
 * Two routes are kept apart: `intermediaries` is how the message travelled from the
 * speakers to the addressees ("through several neighbouring states"); `attribution` is how
 * the report knows of it ("officials told Axios"). And words are kept apart from views: a
 * `quote` is in the words of `wordsBy` when those are not the speakers' own ("the spokesman
 * said the secretary emphasized: '…'" — the secretary's view, the spokesman's words).
 *
 * @example
 * ```ts
 * import { Id, Proposition as P, Statement } from 'claimgraph'
 * import { pipe } from 'fp-ts/lib/function.js'
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
 *
 * // how the message travelled (through Oman) is not how the report knows (the chain)
 * const offer = pipe(
 *   Statement.make('offer', [Id.actor('xland')], 'offer', Statement.unstated),
 *   Statement.to(Id.actor('yland')),
 *   Statement.through(Id.actor('oman'), { role: 'mediator', cue: 'through' }),
 *   Statement.inMedium(Statement.medium('letter')),
 * )
 * assert.deepEqual(offer.intermediaries, [{ actor: 'oman', role: 'mediator', cue: 'through' }])
 * // a non-answer has no content, and needs no chain
 * assert.equal(
 *   Statement.isNonAnswer(Statement.make('n', [Id.actor('embassy')], 'no_response', Statement.none)),
 *   true,
 * )
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
  | 'offer'
  | 'accept'
  | 'reject'
  | 'confirm'
  | 'retract'
  | 'no_comment'
  | 'no_response'
  | 'unreachable'

/**
 * What an act is, and the CAMEO event code it defaults to — none for the non-answers that
 * are no act of the speaker's (it did not respond, it could not be reached).
 *
 * @category model
 * @since 0.2.0
 */
export interface ActInfo {
  readonly description: string
  readonly cameo?: string
}

/**
 * What each act is, with its default CAMEO event code.
 *
 * @category model
 * @since 0.1.0
 */
export const ACTS: Readonly<Record<Act, ActInfo>> = {
  assert: { description: 'asserts that the content holds', cameo: '010' },
  state: { description: 'makes a statement, often on the record', cameo: '010' },
  report: { description: 'reports what another source said', cameo: '010' },
  note: { description: 'notes, observes', cameo: '010' },
  emphasize: { description: 'emphasizes, underscores', cameo: '010' },
  echo: { description: 'repeats or endorses concerns already voiced', cameo: '010' },
  warn: { description: 'warns of a consequence', cameo: '130' },
  caution: { description: 'cautions against an action', cameo: '130' },
  urge: { description: 'urges, presses, appeals for an action', cameo: '020' },
  demand: { description: 'demands an action', cameo: '100' },
  request: { description: 'requests an action', cameo: '020' },
  threaten: { description: 'threatens a consequence', cameo: '130' },
  promise: { description: 'promises a benefit', cameo: '030' },
  deny: { description: 'denies a claim, or a sourcing', cameo: '016' },
  accuse: { description: 'accuses', cameo: '112' },
  express_desire: { description: 'expresses a wish or intent', cameo: '010' },
  decline_comment: { description: 'declines to comment', cameo: '011' },
  restate: { description: 'restates or revises an earlier statement', cameo: '010' },
  withdraw: { description: 'withdraws an earlier statement or threat', cameo: '010' },
  offer: { description: 'offers something, on terms or not', cameo: '030' },
  accept: { description: 'accepts an offer, a demand or a proposal', cameo: '019' },
  reject: { description: 'rejects an offer, a demand or a proposal', cameo: '120' },
  confirm: { description: 'confirms a claim, or a sourcing', cameo: '010' },
  retract: { description: 'takes back an earlier claim of its own', cameo: '010' },
  no_comment: { description: 'says it has no comment', cameo: '011' },
  no_response: { description: 'did not respond to a request for comment' },
  unreachable: { description: 'could not be reached for comment' },
}

/**
 * The acts that answer nothing: declined to comment, had no comment, did not respond,
 * could not be reached. The report itself witnessed them, so they need no attribution
 * chain, and their content is `none`.
 *
 * @category model
 * @since 0.2.0
 */
export const NON_ANSWERS: ReadonlyArray<Act> = [
  'decline_comment',
  'no_comment',
  'no_response',
  'unreachable',
]

/**
 * Who could hear it.
 *
 * @category model
 * @since 0.1.0
 */
export type Channel = 'public' | 'private' | 'both' | 'unknown'

/**
 * The medium of a statement, separate from who could hear it ({@link Channel}): a
 * social-media `post`, a `video` message, a `televised` address, a `radio` broadcast, an
 * `interview`, a press `briefing`, a `press_conference`, a `press_release`, a `speech`, a
 * `letter`, a phone `call`, a `meeting`, a private `message`, a `document`, or `other`.
 *
 * @category model
 * @since 0.2.0
 */
export type MediumKind =
  | 'post'
  | 'video'
  | 'televised'
  | 'radio'
  | 'interview'
  | 'briefing'
  | 'press_conference'
  | 'press_release'
  | 'speech'
  | 'letter'
  | 'call'
  | 'meeting'
  | 'message'
  | 'document'
  | 'other'

/**
 * How a statement was made: its medium, the platform ("Telegram"), the outlet it was made
 * to ("in an interview with Radio Sava"), and whether it was recorded beforehand ("a taped
 * televised message").
 *
 * @category model
 * @since 0.2.0
 */
export interface Medium {
  readonly kind: MediumKind
  readonly platform?: string
  readonly outlet?: Id.ActorId
  readonly recorded?: boolean
}

/**
 * One hop of the route a message took from its speakers to its addressees: who carried or
 * passed it on, on whose behalf when that is not the speakers' ("on behalf of the foreign
 * minister"), as a `messenger` (carries it) or a `mediator` (brokers it), and the words
 * that say so ("through", "carried"). The actor may be an unnamed one with candidates ("an
 * official, most likely the prime minister").
 *
 * @category model
 * @since 0.2.0
 */
export interface Intermediary {
  readonly actor: Id.ActorId
  readonly onBehalfOf?: Id.ActorId
  readonly role?: 'messenger' | 'mediator'
  readonly cue?: string
}

/**
 * What a statement about sourcing is about: the attribution of one statement of the report
 * (`statement`), a source said to speak for the speaker (`source`: "it never speaks through
 * 'sources close to' it"), or a whole report (`report`: this one without `publisher`, or
 * the one an outlet or another actor published).
 *
 * @category model
 * @since 0.2.0
 */
export type SourcingTarget =
  | { readonly kind: 'statement'; readonly statement: Id.StatementId }
  | { readonly kind: 'source'; readonly source: Id.ActorId }
  | { readonly kind: 'report'; readonly publisher?: Id.ActorId }

/**
 * What a statement says.
 *
 * - `proposition`, `threat`, `statement` (a report of a report);
 * - `sourcing`: the statement is about how something was sourced — with the act `deny` or
 *   `confirm`, a denial or confirmation of a sourcing rather than of an event;
 * - `unstated`: something was said, but the report does not say what ("an earlier report
 *   cited intelligence sources");
 * - `none`: the act has no content (a declined comment, a non-answer).
 *
 * @category model
 * @since 0.1.0
 */
export type Content =
  | { readonly kind: 'proposition'; readonly proposition: Proposition.Proposition }
  | { readonly kind: 'threat'; readonly threat: Id.ThreatId }
  | { readonly kind: 'statement'; readonly statement: Id.StatementId }
  | { readonly kind: 'sourcing'; readonly target: SourcingTarget }
  | { readonly kind: 'unstated' }
  | { readonly kind: 'none' }

/**
 * A speech act. The `speakers` are the actors whose act and view it is. A `quote` holds
 * exact words and makes the statement a direct quote — the speakers' own words, or those of
 * `wordsBy` when someone else put the view into words; without a quote it is an indirect
 * report.
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
  /** Whose words the quote is, when they are not the speakers' (a spokesman's relay). @since 0.2.0 */
  readonly wordsBy?: readonly [Id.ActorId, ...Id.ActorId[]]
  readonly channel?: Channel
  /** @since 0.2.0 */
  readonly medium?: Medium
  readonly time?: Time.TimeRef
  readonly replyTo?: Id.StatementId
  /** How the message travelled, speakers' side first. @since 0.2.0 */
  readonly intermediaries?: ReadonlyArray<Intermediary>
  readonly attribution?: Attribution.Attribution
  readonly hedges?: ReadonlyArray<Likelihood.Likelihood>
  readonly evidence?: ReadonlyArray<Evidence.Span>
  /** Pipeline metadata: kept by decoding, ignored by validators. @since 0.2.0 */
  readonly meta?: C.Json
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
 * @since 0.2.0
 */
export const MediumKind: C.Codec<MediumKind> = fast(
  C.keyof('MediumKind', [
    'post',
    'video',
    'televised',
    'radio',
    'interview',
    'briefing',
    'press_conference',
    'press_release',
    'speech',
    'letter',
    'call',
    'meeting',
    'message',
    'document',
    'other',
  ]),
)

/**
 * @category codecs
 * @since 0.2.0
 */
export const Medium: C.Codec<Medium> = fast(
  C.struct(
    'Medium',
    { kind: MediumKind },
    {
      platform: C.string('platform', { min: 1, max: 200 }),
      outlet: Id.ActorRefOf('outlet'),
      recorded: C.boolean,
    },
  ),
)

/**
 * @category codecs
 * @since 0.2.0
 */
export const Intermediary: C.Codec<Intermediary> = fast(
  C.struct(
    'Intermediary',
    { actor: Id.ActorRef },
    {
      onBehalfOf: Id.ActorRef,
      role: C.keyof('IntermediaryRole', ['messenger', 'mediator']),
      cue: C.string('cue', { min: 1, max: 200 }),
    },
  ),
)

/**
 * @category codecs
 * @since 0.2.0
 */
export const SourcingTarget: C.Codec<SourcingTarget> = fast(
  C.tagged('SourcingTarget', 'kind', {
    statement: C.struct('StatementSourcing', {
      kind: C.literal('statement'),
      statement: Id.StatementRef,
    }),
    source: C.struct('SourceSourcing', { kind: C.literal('source'), source: Id.ActorRef }),
    report: C.struct('ReportSourcing', { kind: C.literal('report') }, { publisher: Id.ActorRef }),
  }) as C.Codec<SourcingTarget>,
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
    sourcing: C.struct('SourcingContent', { kind: C.literal('sourcing'), target: SourcingTarget }),
    unstated: C.struct('UnstatedContent', { kind: C.literal('unstated') }),
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
      wordsBy: C.nonEmptyArray(Id.ActorRef, 'WordsBy'),
      channel: Channel,
      medium: Medium,
      time: Time.TimeRef,
      replyTo: Id.acyclic(Id.StatementRef),
      intermediaries: C.array(Intermediary, { max: 1000 }),
      attribution: Attribution.Attribution,
      hedges: C.array(Likelihood.Likelihood, { max: 100 }),
      evidence: Evidence.Spans,
      meta: C.json('meta'),
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
 * No content: the act has none — a declined comment, a non-answer (see
 * {@link NON_ANSWERS}). For something said whose content the report does not give, use
 * {@link unstated}.
 *
 * @category constructors
 * @since 0.1.0
 */
export const none: Content = { kind: 'none' }

/**
 * Content the report does not give: something was said, but not what ("an earlier report
 * cited intelligence sources").
 *
 * @category constructors
 * @since 0.2.0
 */
export const unstated: Content = { kind: 'unstated' }

/**
 * Content that is a sourcing: with `deny` or `confirm`, a denial or confirmation of how a
 * statement, a source or a report was sourced — `sourcing({ kind: 'report', publisher:
 * almanar.id })` for "denied the report".
 *
 * @category constructors
 * @since 0.2.0
 */
export const sourcing = (target: SourcingTarget): Content => ({ kind: 'sourcing', target })

/**
 * A medium: `medium('televised', { recorded: true })` for "a taped televised message".
 *
 * @category constructors
 * @since 0.2.0
 */
export const medium = (kind: MediumKind, details: Omit<Medium, 'kind'> = {}): Medium => ({
  kind,
  ...details,
})

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
 * Sets the channel: who could hear it (data-last). Renamed from `via`, which read like
 * `Attribution.via` (a chain hop).
 *
 * @category combinators
 * @since 0.2.0
 */
export const onChannel =
  (channel: Channel) =>
  (s: Statement): Statement => ({ ...s, channel })

/**
 * Sets the channel.
 *
 * @deprecated Use {@link onChannel}; `via` will be removed in 0.3.0. (`Attribution.via`
 * adds a hop to a chain; `Statement.via` set a channel — two meanings, one name.)
 * @category combinators
 * @since 0.1.0
 */
export const via: (channel: Channel) => (s: Statement) => Statement = onChannel

/**
 * Sets the medium (data-last).
 *
 * @category combinators
 * @since 0.2.0
 */
export const inMedium =
  (m: Medium) =>
  (s: Statement): Statement => ({ ...s, medium: m })

/**
 * Adds an intermediary after the ones already on the route (data-last): "through Oman",
 * "carried by an official on behalf of the foreign minister".
 *
 * @category combinators
 * @since 0.2.0
 */
export const through =
  (actor: Id.ActorId, details: Omit<Intermediary, 'actor'> = {}) =>
  (s: Statement): Statement => ({
    ...s,
    intermediaries: [...(s.intermediaries ?? []), { actor, ...details }],
  })

/**
 * Says whose words the quote is, when they are not the speakers' (data-last).
 *
 * @category combinators
 * @since 0.2.0
 */
export const inWordsOf =
  (...actors: readonly [Id.ActorId, ...Id.ActorId[]]) =>
  (s: Statement): Statement => ({ ...s, wordsBy: actors })

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
 * Whether an act answers nothing (see {@link NON_ANSWERS}).
 *
 * @category guards
 * @since 0.2.0
 */
export const isNonAnswer = (s: Statement): boolean => NON_ANSWERS.includes(s.act)

/**
 * Whose words a statement's quote is: `wordsBy`, or else its speakers.
 *
 * @category queries
 * @since 0.2.0
 */
export const wordsOf = (s: Statement): readonly [Id.ActorId, ...Id.ActorId[]] =>
  s.wordsBy ?? s.speakers

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
    readonly sourcing: (target: SourcingTarget) => R
    readonly unstated: () => R
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
      case 'sourcing':
        return cases.sourcing(c.target)
      case 'unstated':
        return cases.unstated()
      case 'none':
        return cases.none()
    }
  }
