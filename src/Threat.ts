/**
 * Conditional threats as a structure of their own: who issues it, to whom, on what
 * condition, with what consequence, carried out by whom, how likely, by when — and the
 * demand that follows from it (what the addressee must do to avoid the consequence).
 *
 * Classification ({@link classify}):
 * - **promise**: the consequence is desirable for the addressee;
 * - **ultimatum**: a demand with a deadline;
 * - **warning**: the consequence would be carried out by a third party, not the issuer
 *   (the seed: the U.S. warns Iraq of an Israeli attack);
 * - **threat**: the issuer would carry it out itself, or no enforcer is named.
 *
 * A threat is a node of its own, so several statements can state the same threat, and a
 * later version can revise an earlier one (`revises`) or withdraw it.
 *
 * @example
 * ```ts
 * import { Threat, Proposition as P, Id } from 'claimgraph'
 *
 * const warning = Threat.make('t1', {
 *   issuer: [Id.actor('us')],
 *   addressee: [Id.actor('iraq')],
 *   enforcer: [Id.actor('israel')],
 *   condition: P.not(P.occurs(Id.event('iraq-prevents-attack'))),
 *   consequence: P.occurs(Id.event('israeli-attack-on-iraq')),
 * })
 * Threat.classify(warning) // 'warning'
 * Threat.demand(warning) // O.some({ kind: 'occurs', event: 'iraq-prevents-attack' })
 * ```
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/lib/Option.js'
import * as C from './Codec.js'
import * as Id from './Id.js'
import * as Time from './Time.js'
import * as Evidence from './Evidence.js'
import * as Likelihood from './Likelihood.js'
import * as Proposition from './Proposition.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One or more actors.
 *
 * @category model
 * @since 0.1.0
 */
export type Actors = readonly [Id.ActorId, ...Id.ActorId[]]

/**
 * Whether the consequence harms the addressee (`negative`: threats, warnings,
 * ultimatums) or benefits them (`positive`: promises).
 *
 * @category model
 * @since 0.1.0
 */
export type Valence = 'negative' | 'positive'

/**
 * A conditional threat (or warning, ultimatum, promise).
 *
 * @category model
 * @since 0.1.0
 */
export interface Threat {
  readonly id: Id.ThreatId
  readonly issuer: Actors
  readonly addressee: Actors
  /** What happens if the condition holds. */
  readonly consequence: Proposition.Proposition
  /** When the consequence follows; absent for an unconditional threat. */
  readonly condition?: Proposition.Proposition
  /** Who would carry out the consequence; absent when the report does not say. */
  readonly enforcer?: Actors
  readonly valence: Valence
  readonly likelihood?: Likelihood.Likelihood
  readonly deadline?: Time.TimeRef
  /** The earlier version this one restates or revises. */
  readonly revises?: Id.ThreatId
  /** True when this version withdraws the threat. */
  readonly withdrawn?: boolean
  readonly evidence?: ReadonlyArray<Evidence.Span>
}

/**
 * The classes of {@link classify}.
 *
 * @category model
 * @since 0.1.0
 */
export type Class = 'threat' | 'warning' | 'ultimatum' | 'promise'

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const actors = (name: string) => C.nonEmptyArray(Id.ActorId, name)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Valence: C.Codec<Valence> = C.keyof('Valence', ['negative', 'positive'])

/**
 * @category codecs
 * @since 0.1.0
 */
export const Threat: C.Codec<Threat> = C.struct(
  'Threat',
  {
    id: Id.ThreatId,
    issuer: actors('Issuer'),
    addressee: actors('Addressee'),
    consequence: Proposition.Proposition,
    valence: Valence,
  },
  {
    condition: Proposition.Proposition,
    enforcer: actors('Enforcer'),
    likelihood: Likelihood.Likelihood,
    deadline: Time.TimeRef,
    revises: Id.ThreatId,
    withdrawn: C.boolean,
    evidence: Evidence.Spans,
  },
)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A threat; its valence defaults to `negative`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (
  id: string,
  parts: Omit<Threat, 'id' | 'valence'> & { readonly valence?: Valence },
): Threat => {
  const { valence = 'negative', ...rest } = parts
  return { id: Id.threat(id), valence, ...rest }
}

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * A new version of a threat that revises `previous` with the given changes (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const revise =
  (id: string, changes: Partial<Omit<Threat, 'id' | 'revises'>>) =>
  (previous: Threat): Threat => {
    const { withdrawn: _w, evidence: _e, ...kept } = previous
    return { ...kept, ...changes, id: Id.threat(id), revises: previous.id }
  }

/**
 * A new version of a threat that withdraws it (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const withdraw =
  (id: string) =>
  (previous: Threat): Threat =>
    revise(id, { withdrawn: true })(previous)

/**
 * Adds evidence spans (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const withEvidence =
  (...spans: ReadonlyArray<Evidence.Span>) =>
  (t: Threat): Threat => ({ ...t, evidence: [...(t.evidence ?? []), ...spans] })

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * Whether the consequence would be carried out by someone other than the issuer.
 *
 * @category queries
 * @since 0.1.0
 */
export const hasThirdPartyEnforcer = (t: Threat): boolean =>
  t.enforcer !== undefined && t.enforcer.every((e) => !t.issuer.includes(e))

/**
 * Classifies a threat: promise, ultimatum, warning or threat (see the module notes).
 *
 * @category queries
 * @since 0.1.0
 */
export const classify = (t: Threat): Class => {
  if (t.valence === 'positive') return 'promise'
  if (t.deadline !== undefined && t.condition !== undefined) return 'ultimatum'
  if (hasThirdPartyEnforcer(t)) return 'warning'
  return 'threat'
}

/**
 * What the addressee must bring about to avoid the consequence: the negation of the
 * condition, simplified (De Morgan, double negation). None for an unconditional threat.
 * For a promise, the demand is the condition itself (do this and you will be rewarded).
 *
 * @category queries
 * @since 0.1.0
 */
export const demand = (t: Threat): O.Option<Proposition.Proposition> => {
  if (t.condition === undefined) return O.none
  return O.some(
    Proposition.simplify(t.valence === 'positive' ? t.condition : Proposition.not(t.condition)),
  )
}

/**
 * The actors a threat names: issuers, addressees and enforcers, without repeats.
 *
 * @category queries
 * @since 0.1.0
 */
export const parties = (t: Threat): ReadonlyArray<Id.ActorId> => [
  ...new Set([...t.issuer, ...t.addressee, ...(t.enforcer ?? [])]),
]
