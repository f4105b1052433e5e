/**
 * Conditional threats as a structure of their own: who issues it, to whom, on what
 * condition, with what consequence, carried out by whom, how likely, by when — the demand
 * that follows from it (what the addressee must do to avoid the consequence), where it
 * stands over time, and how threats answer and set off one another.
 *
 * Classification ({@link classify}, from the report's actor relations):
 * - **ultimatum**: a demand with a deadline;
 * - **warning**: the consequence would be carried out by someone on no issuer's side (the
 *   seed: the U.S. warns Iraq of an Israeli attack);
 * - **threat**: an issuer's side would carry it out, or no enforcer is named;
 * - **promise**: the consequence benefits the addressee, for doing something;
 * - **inducement**: the consequence benefits the addressee, for refraining from something.
 *
 * Status over time ({@link status}) follows the decision table of the guide "Threat
 * semantics" ({@link RULES}): when the condition is judged (at the deadline, "by" or
 * "before" it), the window measured from the trigger, compliance late or in part, promises
 * kept, broken, lapsed or rejected — and `unknown`, naming the statuses still possible,
 * where partial times cannot order the events that decide it.
 *
 * A threat is a node of its own, so several statements can state the same threat; a later
 * version can revise an earlier one (`revises`) or withdraw it, and a threat can answer
 * another (`answers`: a counter-threat, a rejection of an offer). {@link chains},
 * {@link escalation} and {@link project} follow threats whose consequences set off others.
 *
 * Functions over propositions refuse values nested deeper than `Proposition.MAX_DEPTH` —
 * hand-built cyclic values among them — with a `RangeError`.
 *
 * @example
 * ```ts
 * import { Actor, Id, Proposition as P, Threat } from 'claimgraph'
 * import * as O from 'fp-ts/lib/Option.js'
 * import assert from 'node:assert/strict'
 *
 * const warning = Threat.make('warning', {
 *   issuer: [Id.actor('us')],
 *   addressee: [Id.actor('iraq')],
 *   enforcer: [Id.actor('israel')],
 *   condition: P.not(P.occurs(Id.event('iraq-prevents-attack'))),
 *   consequence: P.occurs(Id.event('israeli-attack-on-iraq')),
 * })
 * const actors = [
 *   Actor.state('us', 'United States', 'USA'),
 *   Actor.state('iraq', 'Iraq', 'IRQ'),
 *   Actor.state('israel', 'Israel', 'ISR'),
 * ]
 *
 * assert.equal(Threat.classify({ actors })(warning), 'warning')
 * assert.deepEqual(Threat.demand(warning), O.some(P.occurs(Id.event('iraq-prevents-attack'))))
 * ```
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/lib/Option.js'
import * as Actor from './Actor.js'
import * as C from './Codec.js'
import type * as Event from './Event.js'
import * as Id from './Id.js'
import * as Time from './Time.js'
import * as Evidence from './Evidence.js'
import * as Likelihood from './Likelihood.js'
import * as Proposition from './Proposition.js'
import type * as Statement from './Statement.js'
import type * as Timeline from './Timeline.js'
import { append } from './internal/collections.js'
import { tooDeep } from './internal/depth.js'
import {
  FALSE,
  knowledge,
  OPEN,
  TRUE,
  type Instant,
  type Knowledge,
  type Mask,
  yearSupplier,
} from './internal/knowledge.js'
import { table } from './generated/Threat.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

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
 * ultimatums) or benefits them (`positive`: promises, inducements).
 *
 * @category model
 * @since 0.1.0
 */
export type Valence = 'negative' | 'positive'

/**
 * Whether a deadline is met on its last day (`by`, the default: "by 20 January") or only
 * before its first (`before`: "before 20 January").
 *
 * @category model
 * @since 0.2.0
 */
export type DeadlineBound = 'by' | 'before'

/**
 * How a threat answers another: a `counter` threat, or the `rejection` of an offer or a
 * demand.
 *
 * @category model
 * @since 0.2.0
 */
export type Response = 'counter' | 'rejection'

/**
 * The threat a threat answers, and how.
 *
 * @category model
 * @since 0.2.0
 */
export interface Answer {
  readonly threat: Id.ThreatId
  readonly as: Response
}

/**
 * A conditional threat (or warning, ultimatum, promise, inducement).
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
  /** When the condition is judged. */
  readonly deadline?: Time.TimeRef
  /** Whether the deadline's last day still counts (`by`, the default) or not (`before`). */
  readonly deadlineBound?: DeadlineBound
  /** The latest time the consequence would follow by ("by the end of the month"). */
  readonly window?: Time.TimeRef
  /** How long after the trigger the consequence would follow within ("within 72 hours"). */
  readonly within?: Time.Duration
  /** The earlier version this one restates or revises. */
  readonly revises?: Id.ThreatId
  /** True when this version withdraws the threat. */
  readonly withdrawn?: boolean
  /** The threat this one answers: a counter-threat, or the rejection of an offer. */
  readonly answers?: Answer
  readonly evidence?: ReadonlyArray<Evidence.Span>
  /** Pipeline metadata: kept by decoding, ignored by validators. @since 0.2.0 */
  readonly meta?: C.Json
}

/**
 * The classes of {@link classify}.
 *
 * @category model
 * @since 0.1.0
 */
export type Class = 'threat' | 'warning' | 'ultimatum' | 'promise' | 'inducement'

/**
 * What the functions that follow actor relations need from a report: its actors.
 *
 * @category model
 * @since 0.2.0
 */
export interface WithActors {
  readonly actors: ReadonlyArray<Actor.Actor>
}

/**
 * What the functions over a whole report need from it (a `Report` has all of it).
 *
 * @category model
 * @since 0.2.0
 */
export interface ReportLike extends WithActors {
  readonly events: ReadonlyArray<Event.Event>
  readonly statements: ReadonlyArray<Statement.Statement>
  readonly threats: ReadonlyArray<Threat>
  readonly published?: Time.Time
}

/**
 * Which actors are on the same side, from a report's actor relations ({@link sides}).
 *
 * @category model
 * @since 0.2.0
 */
export interface Sides {
  /** Whether two actors are on the same side. */
  readonly same: (a: Id.ActorId, b: Id.ActorId) => boolean
  /** The sides an actor stands for (opaque numbers): one, or one per member of a collective. */
  readonly of: (a: Id.ActorId) => ReadonlyArray<number>
}

/**
 * Where a threat stands as of a time; the decision table ({@link RULES}) says when each
 * applies, per kind.
 *
 * @category model
 * @since 0.1.0
 */
export type StatusKind =
  | 'pending'
  | 'holding'
  | 'triggered'
  | 'carried_out'
  | 'carried_out_late'
  | 'not_carried_out'
  | 'preempted'
  | 'complied'
  | 'complied_late'
  | 'partly_complied'
  | 'kept'
  | 'kept_late'
  | 'broken'
  | 'lapsed'
  | 'rejected'
  | 'withdrawn'
  | 'superseded'
  | 'unknown'

/**
 * A threat's status, why (its row of the decision table), the indices of the timeline
 * entries that decided it, and — when it is `unknown` — the statuses still possible.
 *
 * @category model
 * @since 0.1.0
 */
export interface Status {
  readonly kind: StatusKind
  readonly reason: string
  readonly because: ReadonlyArray<number>
  /** For `unknown`: the statuses the recorded times leave possible. */
  readonly possible?: ReadonlyArray<StatusKind>
}

/**
 * What {@link status} needs: a timeline context, and optionally the report, whose events
 * are used when `events` is absent, and whose statements and actors tell when an offer was
 * rejected and by whom.
 *
 * @category model
 * @since 0.2.0
 */
export interface Context extends Timeline.Context {
  readonly report?: ReportLike
}

/**
 * One row of the decision table: for these kinds, the rule that gives this status.
 *
 * @category model
 * @since 0.2.0
 */
export interface Rule {
  readonly kinds: ReadonlyArray<Class>
  readonly status: StatusKind
  readonly rule: string
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A threat; its valence defaults to `negative`.
 * Linear in the number of parts.
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
// codecs
// -------------------------------------------------------------------------------------

const actors = (name: string) => C.nonEmptyArray(Id.ActorRef, name)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Valence: C.Codec<Valence> = fast(C.keyof('Valence', ['negative', 'positive']))

/**
 * @category codecs
 * @since 0.2.0
 */
export const DeadlineBound: C.Codec<DeadlineBound> = fast(
  C.keyof('DeadlineBound', ['by', 'before']),
)

/**
 * @category codecs
 * @since 0.2.0
 */
export const Answer: C.Codec<Answer> = fast(
  C.struct('Answer', {
    threat: Id.ThreatRef,
    as: C.keyof('Response', ['counter', 'rejection']),
  }),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Threat: C.Codec<Threat> = fast(
  C.struct(
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
      deadlineBound: DeadlineBound,
      window: Time.TimeRef,
      within: Time.Duration,
      revises: Id.acyclic(Id.ThreatRef),
      withdrawn: C.boolean,
      answers: Answer,
      evidence: Evidence.Spans,
      meta: C.json('meta'),
    },
  ),
)

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * A new version of a threat that revises `previous` with the given changes (data-last).
 * Linear in the size of the threat (a shallow copy).
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
 * Linear in the size of the threat (a shallow copy).
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
 * Linear in the number of spans.
 *
 * @category combinators
 * @since 0.1.0
 */
export const withEvidence =
  (...spans: ReadonlyArray<Evidence.Span>) =>
  (t: Threat): Threat => ({ ...t, evidence: [...(t.evidence ?? []), ...spans] })

/**
 * Records the threat this one answers, and how (data-last):
 * `pipe(counter, Threat.answering(first.id, 'counter'))`.
 * Linear in the size of the threat (a shallow copy).
 *
 * @category combinators
 * @since 0.2.0
 */
export const answering =
  (threat: Id.ThreatId, as: Response) =>
  (t: Threat): Threat => ({ ...t, answers: { threat, as } })

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

const BELONGING: ReadonlySet<string> = new Set(['acts_for', 'part_of', 'member_of'])

/**
 * Which actors are on the same side. Two actors are when they are the same actor or are
 * joined by a chain of belonging — a person's office in an organization or state,
 * `acts_for`, `part_of`, `member_of`, an anonymous source's affiliation — followed both
 * ways and transitively. A state is where a chain stops: its own relations (say, `member_of`
 * an alliance) are not followed, so allies stay distinct sides. A collective stands for
 * its members, each on its own side. Linear in the number of actors and relations
 * (union–find), whatever cycles the relations form.
 *
 * @category queries
 * @since 0.2.0
 */
export const sides = (report: WithActors): Sides => {
  const index = new Map<string, number>()
  const parent: number[] = []
  const id = (a: string): number => {
    let i = index.get(a)
    if (i === undefined) {
      i = parent.length
      index.set(a, i)
      parent.push(i)
    }
    return i
  }
  const find = (i: number): number => {
    let r = i
    while (parent[r] !== r) r = parent[r]!
    while (parent[i] !== r) {
      const next = parent[i]!
      parent[i] = r
      i = next
    }
    return r
  }
  const union = (a: string, b: string) => {
    const x = find(id(a))
    const y = find(id(b))
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y)
  }
  const members = new Map<string, ReadonlyArray<Id.ActorId>>()
  for (const a of report.actors) {
    id(a.id)
    if (a.kind === 'state') continue
    if (a.kind === 'collective') {
      members.set(a.id, a.members)
      continue
    }
    for (const r of a.relations ?? []) if (BELONGING.has(r.kind)) union(a.id, r.target)
    if (a.kind === 'person')
      for (const o of a.offices ?? []) if (o.in !== undefined) union(a.id, o.in)
    if (a.kind === 'anonymous' && a.affiliation !== undefined) union(a.id, a.affiliation)
  }
  // a collective's sides: its members', collectives within it expanded once each
  const expanded = new Map<string, ReadonlyArray<number>>()
  const of = (a: Id.ActorId): ReadonlyArray<number> => {
    const list = members.get(a)
    if (list === undefined) return [find(id(a))]
    const done = expanded.get(a)
    if (done !== undefined) return done
    const out = new Set<number>()
    const seen = new Set<string>([a])
    const stack = [...list]
    while (stack.length > 0) {
      const m = stack.pop()!
      if (seen.has(m)) continue
      seen.add(m)
      const inner = members.get(m)
      if (inner === undefined) out.add(find(id(m)))
      else for (const x of inner) stack.push(x)
    }
    const result = [...out]
    expanded.set(a, result)
    return result
  }
  return {
    same: (a, b) => {
      if (a === b) return true
      const x = new Set(of(a))
      return of(b).some((y) => x.has(y))
    },
    of,
  }
}

const sidesOf = (s: Sides | WithActors): Sides => ('same' in s ? s : sides(s))

/**
 * Whether the consequence would be carried out by someone on no issuer's side: an
 * enforcer is named, and no side an enforcer stands for is a side an issuer stands for.
 * Takes the report (or its {@link Sides}); apply it to the report once and reuse the
 * function for many threats — the sides are computed once, on first need (linear in the
 * report). Then linear in each threat's actors (and the members of its collectives).
 *
 * @category queries
 * @since 0.1.0
 */
export const hasThirdPartyEnforcer = (report: Sides | WithActors): ((t: Threat) => boolean) => {
  // the sides of a report are computed once, on first need, for every threat asked about
  let s: Sides | undefined
  return (t) => {
    if (t.enforcer === undefined) return false
    s ??= sidesOf(report)
    const issuers = new Set<number>()
    for (const i of t.issuer) for (const x of s.of(i)) issuers.add(x)
    for (const e of t.enforcer) for (const x of s.of(e)) if (issuers.has(x)) return false
    return true
  }
}

/**
 * Whether a condition asks only for restraint: every event it names is required not to
 * occur ("if you do not attack"). Linear in the condition.
 */
const asksRestraint = (condition: Proposition.Proposition): boolean => {
  let any = false
  let positive = false
  const go = (p: Proposition.Proposition, negated: boolean, depth: number): void => {
    if (depth > Proposition.MAX_DEPTH) throw tooDeep('Threat.classify')
    switch (p.kind) {
      case 'occurs':
        any = true
        if (!negated) positive = true
        return
      case 'not':
        return go(p.operand, !negated, depth + 1)
      case 'and':
      case 'or':
        for (const o of p.operands) go(o, negated, depth + 1)
        return
      default:
        return go(p.operand, negated, depth + 1)
    }
  }
  go(condition, false, 0)
  return any && !positive
}

const classWith = (t: Threat, thirdParty: () => boolean): Class => {
  if (t.valence === 'positive')
    return t.condition !== undefined && asksRestraint(t.condition) ? 'inducement' : 'promise'
  if (t.deadline !== undefined && t.condition !== undefined) return 'ultimatum'
  return thirdParty() ? 'warning' : 'threat'
}

/**
 * Classifies a threat — ultimatum, warning, threat, promise or inducement (see the module
 * notes and the guide "Threat semantics") — following the report's actor relations: a
 * minister's threat that her state's army would carry out is a `threat`, not a `warning`.
 * Takes the report (or its {@link Sides}); apply it once and reuse the function for many
 * threats (the sides are computed once, linear in the report). Then linear in each threat.
 *
 * @category queries
 * @since 0.1.0
 */
export const classify = (report: Sides | WithActors): ((t: Threat) => Class) => {
  const thirdParty = hasThirdPartyEnforcer(report)
  return (t) => classWith(t, () => thirdParty(t))
}

/**
 * Classifies a threat comparing actor ids only, without the report: an enforcer is a third
 * party when its id is none of the issuers' ids. Prefer {@link classify}, which follows
 * offices, membership and the like.
 * Linear in the threat.
 *
 * @category queries
 * @since 0.2.0
 */
export const classifyByIds = (t: Threat): Class =>
  classWith(t, () => {
    if (t.enforcer === undefined) return false
    const issuers = new Set<string>(t.issuer)
    return t.enforcer.every((e) => !issuers.has(e))
  })

/**
 * What the addressee must bring about to avoid the consequence: the negation of the
 * condition, simplified (De Morgan, double negation). None for an unconditional threat.
 * For a promise or an inducement, the demand is the condition itself (do this, or refrain
 * from that, and you will be rewarded). Linear in the condition.
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
 * The demand in words: "Iraq must bring about: Iraq prevents the Iranian attack …".
 * Linear in the condition.
 *
 * @category queries
 * @since 0.1.0
 */
export const renderDemand = (
  t: Threat,
  names: { readonly actor: (id: Id.ActorId) => string; readonly event: (id: Id.EventId) => string },
): O.Option<string> =>
  O.map(
    (d: Proposition.Proposition) =>
      `${t.addressee.map(names.actor).join(' and ')} must bring about: ${Proposition.render(d, names)}`,
  )(demand(t))

/**
 * The actors a threat names: issuers, addressees and enforcers, without repeats. Linear.
 *
 * @category queries
 * @since 0.1.0
 */
export const parties = (t: Threat): ReadonlyArray<Id.ActorId> => [
  ...new Set([...t.issuer, ...t.addressee, ...(t.enforcer ?? [])]),
]

// -------------------------------------------------------------------------------------
// status
// -------------------------------------------------------------------------------------

const EVERY: ReadonlyArray<Class> = ['threat', 'warning', 'ultimatum', 'promise', 'inducement']
const THREAT: ReadonlyArray<Class> = ['threat', 'warning']
const row = (kinds: ReadonlyArray<Class>, status: StatusKind, rule: string): Rule => ({
  kinds,
  status,
  rule,
})

/**
 * The decision table of the guide "Threat semantics", as data: for each kind and status,
 * the rule in one line. A status's `reason` is its rule.
 *
 * @category model
 * @since 0.2.0
 */
export const RULES: ReadonlyArray<Rule> = [
  row(EVERY, 'withdrawn', 'this version withdraws the threat'),
  row(EVERY, 'superseded', 'a later version of the threat has been stated by the as-of time'),
  row(
    EVERY,
    'unknown',
    'the recorded times cannot order the events that decide the status, or a deadline or window has passed and the timeline does not say what happened by then; `possible` lists the statuses still possible',
  ),
  row(
    THREAT,
    'pending',
    'nothing recorded settles the condition: it is not known to hold, or the demand is unmet so far but nothing makes that final',
  ),
  row(
    THREAT,
    'holding',
    'the condition has not been met so far but still can be: the act threatened against has not occurred, and deterrence holds',
  ),
  row(
    THREAT,
    'triggered',
    'the condition has been met for good (or there is none); the consequence has not followed, or the timeline does not show that it has, and the window, if any, is open',
  ),
  row(
    THREAT,
    'carried_out',
    'the consequence occurred after the trigger, within the window if there is one, or while an open-ended demand was unmet',
  ),
  row(
    THREAT,
    'carried_out_late',
    'the consequence occurred after the trigger, but after the window had closed',
  ),
  row(
    THREAT,
    'not_carried_out',
    'the condition was met, and the window closed without the consequence, or the consequence can no longer occur',
  ),
  row(
    THREAT,
    'preempted',
    'the consequence occurred without the condition met before it: before the trigger, while the condition did not hold, or after the demand was met',
  ),
  row(THREAT, 'complied', 'the demand has been met for good: the condition can no longer be met'),
  row(
    THREAT,
    'partly_complied',
    'the condition holds, a part of a demanded event has occurred but not the whole, and the consequence has not occurred',
  ),
  row(['ultimatum'], 'pending', 'the deadline has not passed, and the demand is not met'),
  row(
    ['ultimatum'],
    'holding',
    'the deadline has not passed, and the act threatened against has not occurred so far',
  ),
  row(
    ['ultimatum'],
    'triggered',
    'the demand was unmet at the deadline, or the condition was met for good before it; the consequence has not followed, or the timeline does not show that it has, and the window, if any, is open',
  ),
  row(
    ['ultimatum'],
    'carried_out',
    'the consequence occurred after the trigger, within the window if there is one',
  ),
  row(
    ['ultimatum'],
    'carried_out_late',
    'the consequence occurred after the trigger, but after the window had closed',
  ),
  row(
    ['ultimatum'],
    'not_carried_out',
    'the ultimatum was triggered, and the window closed without the consequence, or the consequence can no longer occur',
  ),
  row(
    ['ultimatum'],
    'preempted',
    'the consequence occurred before the trigger (the issuer did not wait for the deadline), or after the demand was met',
  ),
  row(['ultimatum'], 'complied', 'the demand was met by the deadline'),
  row(
    ['ultimatum'],
    'complied_late',
    'the demand was unmet at the deadline and met after it, and the consequence has not occurred',
  ),
  row(
    ['ultimatum'],
    'partly_complied',
    'at the deadline a part of a demanded event had occurred but not the whole, and the consequence has not occurred',
  ),
  row(
    ['promise'],
    'pending',
    'the act asked for has not been done so far, no deadline has passed, and the offer has not been rejected',
  ),
  row(
    ['promise'],
    'holding',
    'the condition holds so far but not for good (it asks also for restraint), and no deadline has passed',
  ),
  row(
    ['promise'],
    'triggered',
    'the act asked for has been done, by the deadline if there is one: the promised consequence is due, and has not followed or the timeline does not show that it has; the window, if any, is open',
  ),
  row(
    ['promise'],
    'kept',
    'the promised consequence occurred after the act, within the window if there is one',
  ),
  row(
    ['promise'],
    'kept_late',
    'the promised consequence occurred after the act, but after the window had closed',
  ),
  row(
    ['promise'],
    'broken',
    'the act was done, and the window closed without the promised consequence, or it can no longer occur',
  ),
  row(['promise'], 'preempted', 'the promised consequence occurred before the act was done'),
  row(['promise'], 'lapsed', 'the act was not done by the deadline, or can no longer be done'),
  row(
    ['promise'],
    'rejected',
    'the addressee rejected the offer by the as-of time, and the act has not been done',
  ),
  row(
    ['inducement'],
    'pending',
    'nothing recorded shows whether the addressee has refrained so far',
  ),
  row(
    ['inducement'],
    'holding',
    'the addressee has refrained so far, and no deadline has passed: the inducement holds',
  ),
  row(
    ['inducement'],
    'triggered',
    'the addressee refrained through the deadline: the promised consequence is due, and has not followed or the timeline does not show that it has; the window, if any, is open',
  ),
  row(
    ['inducement'],
    'kept',
    'the promised consequence occurred while the addressee refrained, or after the trigger, within the window if there is one',
  ),
  row(
    ['inducement'],
    'kept_late',
    'the promised consequence occurred after the trigger, but after the window had closed',
  ),
  row(
    ['inducement'],
    'broken',
    'the addressee refrained through the deadline, and the window closed without the promised consequence, or it can no longer occur',
  ),
  row(['inducement'], 'lapsed', 'the addressee did what it was to refrain from'),
  row(
    ['inducement'],
    'rejected',
    'the addressee rejected the offer by the as-of time, and has not met the condition',
  ),
]

const RULE_OF: ReadonlyMap<string, string> = new Map(
  RULES.flatMap((r) => r.kinds.map((k) => [`${k}/${r.status}`, r.rule] as const)),
)
// every kind has a rule for every status it can take (a property test checks this)
const reasonFor = (c: Class, k: StatusKind): string => RULE_OF.get(`${c}/${k}`)!

/** Every status kind, in the order `possible` lists them. */
const STATUS_ORDER: ReadonlyArray<StatusKind> = [
  'pending',
  'holding',
  'triggered',
  'carried_out',
  'carried_out_late',
  'not_carried_out',
  'preempted',
  'complied',
  'complied_late',
  'partly_complied',
  'kept',
  'kept_late',
  'broken',
  'lapsed',
  'rejected',
  'withdrawn',
  'superseded',
  'unknown',
]

const INF = Number.POSITIVE_INFINITY
const NINF = Number.NEGATIVE_INFINITY
/** The trigger of an unconditional threat: before everything. */
const ALWAYS: Time.Range = { lo: NINF, hi: NINF, known: true }
const UNKNOWN: Time.Range = { lo: NINF, hi: INF, known: false }

// The answers a question may have: yes, no, or both when the recorded times cannot tell.
type Answers = ReadonlyArray<boolean>
const YES: Answers = [true]
const NO: Answers = [false]
const BOTH: Answers = [true, false]
const ask = (isYes: boolean, isNo: boolean): Answers => (isYes ? YES : isNo ? NO : BOTH)
/** Whether `x` was over (every day of it) before `a`. */
const passedBy = (x: Time.Range, a: Instant): Answers => ask(x.hi < a.lo, x.lo >= a.hi)
/** Whether `x` came no later than `a` (the same day counts). */
const noLater = (x: Time.Range, a: Instant): Answers => ask(x.hi <= a.lo, x.lo > a.hi)
/** Whether `q` came after `t` (yes), or before it (no). */
const later = (q: Time.Range, t: Time.Range): Answers => ask(q.lo > t.hi, q.hi < t.lo)

type Value = 'T' | 'F' | 'U'
/** The values a mask allows; about the past, "nothing recorded" allows both. */
const values = (m: Mask, past: boolean): ReadonlyArray<Value> => {
  const out: Value[] = []
  if (m & TRUE || (past && m & OPEN)) out.push('T')
  if (m & FALSE || (past && m & OPEN)) out.push('F')
  if (!past && m & OPEN) out.push('U')
  return out
}

const earlier = (a: Time.Range, b: Time.Range): Time.Range => ({
  lo: Math.min(a.lo, b.lo),
  hi: Math.min(a.hi, b.hi),
  known: a.known && b.known,
})

/**
 * The instant a deadline is judged at: the end of its last day (`by`) or of the day before
 * its first (`before`); an approximate deadline is an uncertain instant.
 */
const cut = (k: Knowledge, t: Time.TimeRef, bound: DeadlineBound): Instant => {
  const r = k.resolve(t)
  if (!r.known) return r
  let width = r.hi - r.lo
  if (typeof t === 'string') {
    const v = Time.parse(t)
    if (v.kind === 'date' && v.date.qualifier !== undefined) {
      const { qualifier: _q, ...plain } = v.date
      const r0 = k.resolve(Time.format({ kind: 'date', date: plain }))
      width = r0.hi - r0.lo
    }
  }
  return bound === 'by'
    ? { lo: r.lo + width, hi: r.hi, known: true }
    : { lo: r.lo - 1, hi: r.hi - width - 1, known: true }
}

/** When the window closes, from the trigger: the earlier of `within` after it and `window`. */
const windowEnd = (k: Knowledge, t: Threat, trigger: Time.Range): Instant | undefined => {
  const after = t.within === undefined ? undefined : Time.addDuration(t.within)(trigger)
  const end = t.window === undefined ? undefined : cut(k, t.window, 'by')
  return after === undefined ? end : end === undefined ? after : earlier(after, end)
}

/** The events a demand asks to occur (under no negation), and their parts, transitively. */
const demanded = (k: Knowledge, t: Threat): ReadonlyArray<Id.EventId> => {
  const d = demand(t)
  if (O.isNone(d)) return []
  const out: Id.EventId[] = []
  const seen = new Set<string>()
  const add = (e: Id.EventId) => {
    if (seen.has(e)) return
    seen.add(e)
    out.push(e)
  }
  // the demand comes out of Proposition.simplify, which refuses what is nested too deep
  const go = (p: Proposition.Proposition, negated: boolean): void => {
    switch (p.kind) {
      case 'occurs':
        if (!negated) add(p.event)
        return
      case 'not':
        return go(p.operand, !negated)
      case 'and':
      case 'or':
        for (const o of p.operands) go(o, negated)
        return
      case 'obligation':
        return
      default:
        return go(p.operand, negated)
    }
  }
  go(d.value, false)
  for (let i = 0; i < out.length; i++) for (const part of k.parts(out[i]!)) add(part)
  return out
}

/** What a status is decided from, built once per context. */
interface Prepared {
  readonly k: Knowledge
  readonly asOf: Instant
  /** The publication date relative times are counted from, if any. */
  readonly publication: Time.Time | undefined
  /** For an offer: whether the addressee's side had rejected it by the as-of time. */
  readonly rejected: (t: Threat) => Answers
}

/** The instant a statement was made, if it is dated. */
type Dated = Instant | undefined

const prepare = (ctx: Context): Prepared => {
  const report = ctx.report
  const publication = ctx.publication ?? report?.published
  const k = knowledge(ctx.timeline, ctx.events ?? report?.events ?? [], publication, true, true)
  const asOf = k.resolve(ctx.asOf)
  if (report === undefined) return { k, asOf, publication, rejected: () => NO }
  // rejections, indexed once: statements with the act `reject`, and threats answering as one
  const stated = new Map<string, Statement.Statement[]>()
  const rejections = new Map<
    string,
    Array<{ readonly by: ReadonlyArray<Id.ActorId>; readonly when: ReadonlyArray<Dated> }>
  >()
  for (const s of report.statements) {
    if (s.content.kind !== 'threat') continue
    append(stated, s.content.threat, s)
    if (s.act === 'reject')
      append(rejections, s.content.threat, {
        by: s.speakers,
        when: [s.time === undefined ? undefined : k.resolve(s.time)],
      })
  }
  for (const u of report.threats) {
    if (u.answers?.as !== 'rejection') continue
    const dates = (stated.get(u.id) ?? []).map((s) =>
      s.time === undefined ? undefined : k.resolve(s.time),
    )
    append(rejections, u.answers.threat, {
      by: u.issuer,
      when: dates.length === 0 ? [undefined] : dates,
    })
  }
  let s: Sides | undefined
  return {
    k,
    asOf,
    publication,
    rejected: (t) => {
      const list = rejections.get(t.id)
      if (list === undefined) return NO
      s ??= sides(report)
      let maybe = false
      for (const r of list) {
        if (!r.by.some((x) => t.addressee.some((a) => s!.same(x, a)))) continue
        // the earliest dated statement of it, or undated: stated
        let first: Instant | undefined
        let undated = false
        for (const w of r.when) {
          if (w === undefined) undated = true
          else first = first === undefined ? w : earlier(first, w)
        }
        if (undated) return YES
        const a = noLater(first!, asOf)
        if (a === YES) return YES
        if (a === BOTH) maybe = true
      }
      return maybe ? BOTH : NO
    },
  }
}

type Use = readonly [Proposition.Proposition, Instant]
interface Outcome {
  readonly kind: StatusKind
  readonly uses: ReadonlyArray<Use>
}

/** Every status the recorded facts and times leave possible, each with what decided it. */
const decide = (p: Prepared, t: Threat): ReadonlyArray<Outcome> => {
  const { k, asOf } = p
  const out: Outcome[] = []
  const neg = t.valence === 'negative'
  const refrain = !neg && t.condition !== undefined && asksRestraint(t.condition)
  const C = t.condition
  const cons = t.consequence
  const emit = (kind: StatusKind, ...uses: ReadonlyArray<Use | undefined>) =>
    out.push({ kind, uses: uses.filter((u): u is Use => u !== undefined) })
  const c = (i: Instant): Use | undefined => (C === undefined ? undefined : [C, i])
  const q = (i: Instant): Use => [cons, i]
  const atC = (i: Instant): Mask => (C === undefined ? TRUE : k.at(C, i))
  const sc = C === undefined ? { t: ALWAYS } : k.since(C)
  const sq = k.since(cons)
  const Q = sq.t
  const occurred: Answers = Q === undefined ? NO : noLater(Q, asOf)
  const J =
    t.deadline === undefined || C === undefined
      ? undefined
      : cut(k, t.deadline, t.deadlineBound ?? 'by')
  const rejected = neg ? NO : p.rejected(t)
  const carried = (within: boolean): StatusKind =>
    neg ? (within ? 'carried_out' : 'carried_out_late') : within ? 'kept' : 'kept_late'

  /** The demand met in part by an instant: a demanded event or a part of one occurred. */
  const partly = (i: Instant): Answers => {
    let maybe = false
    for (const e of demanded(k, t)) {
      const m = k.at(Proposition.occurs(e), i)
      if (m === TRUE) return YES
      if (m & TRUE) maybe = true
    }
    return maybe ? BOTH : NO
  }

  /** The consequence occurred with no trigger before it: did the condition hold then? */
  const withoutTrigger = () => {
    if (neg && J !== undefined) {
      emit('preempted', c(Q!), q(asOf))
      return
    }
    for (const v of values(atC(Q!), true)) {
      if (v === 'T') emit(neg ? 'carried_out' : 'kept', c(Q!), q(asOf))
      else emit(refrain ? 'lapsed' : 'preempted', c(Q!), q(asOf))
    }
  }

  /** The condition was met at `trigger` (judged at `judge`). */
  const triggered = (trigger: Time.Range, judge: Instant) => {
    const W = windowEnd(k, t, C === undefined ? UNKNOWN : trigger)
    for (const happened of occurred) {
      if (happened) {
        for (const isLater of C === undefined ? YES : later(Q!, trigger)) {
          if (isLater)
            for (const within of W === undefined ? YES : noLater(Q!, W))
              emit(carried(within), c(judge), q(asOf))
          else if (neg) emit('preempted', c(judge), q(asOf))
          else
            for (const v of values(atC(Q!), true))
              emit(v === 'T' ? 'kept' : refrain ? 'lapsed' : 'preempted', c(Q!), q(asOf))
        }
        continue
      }
      for (const gone of sq.f === undefined ? NO : noLater(sq.f, asOf)) {
        if (gone) {
          if (neg) unfollowed('not_carried_out', judge, asOf)
          else emit('broken', c(judge), q(asOf))
          continue
        }
        for (const closed of W === undefined ? NO : passedBy(W, asOf)) {
          if (closed) {
            for (const v of values(k.at(cons, W!), true))
              if (v === 'T') emit(carried(true), c(judge), q(W!))
              else if (neg) unfollowed('not_carried_out', judge, W!)
              else emit('broken', c(judge), q(W!))
            continue
          }
          for (const v of values(k.at(cons, asOf), false)) {
            // a consequence that is a restraint ("we will not resume the blockade") holds so far
            if (v === 'T' && Q === undefined) emit(carried(true), c(judge), q(asOf))
            else if (!neg) emit('triggered', c(judge), q(asOf))
            else unfollowed('triggered', judge, asOf)
          }
        }
      }
    }
  }
  /**
   * A met condition whose consequence has not followed: met late after the deadline, met in
   * part, or else `otherwise` (`triggered`, or `not_carried_out` once that is settled).
   */
  const unfollowed = (otherwise: StatusKind, judge: Instant, consAt: Instant) => {
    if (J === undefined || judge !== J) return partlyOr(otherwise, judge, consAt)
    for (const metLate of values(atC(asOf), false).map((x) => x === 'F'))
      if (metLate) emit('complied_late', c(J), c(asOf), q(consAt))
      else partlyOr(otherwise, J, consAt)
  }
  const partlyOr = (otherwise: StatusKind, i: Instant, consAt: Instant = asOf) => {
    for (const part of partly(i)) emit(part ? 'partly_complied' : otherwise, c(i), q(consAt))
  }

  /** The condition can no longer be met, or was unmet at the deadline. */
  const failed = (judge: Instant) => {
    for (const happened of occurred) {
      if (happened) emit(refrain ? 'lapsed' : 'preempted', c(judge), q(asOf))
      else
        for (const r of rejected)
          emit(r ? 'rejected' : neg ? 'complied' : 'lapsed', c(judge), q(asOf))
    }
  }

  /** Before the deadline (or with none), as of now. */
  const now = () => {
    for (const settled of sc.t === undefined ? NO : noLater(sc.t, asOf)) {
      if (settled) {
        triggered(sc.t!, asOf)
        continue
      }
      for (const over of sc.f === undefined ? NO : noLater(sc.f, asOf)) {
        if (over) {
          failed(asOf)
          continue
        }
        for (const v of values(atC(asOf), false)) {
          for (const happened of occurred) {
            if (happened) withoutTrigger()
            else if (v === 'T' && neg) partlyOr('pending', asOf)
            else if (neg) emit(v === 'F' ? 'holding' : 'pending', c(asOf), q(asOf))
            else
              for (const r of rejected)
                emit(r ? 'rejected' : v === 'T' ? 'holding' : 'pending', c(asOf), q(asOf))
          }
        }
      }
    }
  }

  for (const over of J === undefined ? NO : passedBy(J, asOf)) {
    if (!over) {
      now()
      continue
    }
    for (const v of values(atC(J!), true)) {
      if (v === 'T') triggered(sc.t === undefined ? J! : earlier(sc.t, J!), J!)
      else failed(J!)
    }
  }
  return out
}

/**
 * Why a deadline or window end cannot be placed: it is relative and counted (through its
 * anchors) from the publication date, and there is none, or it has no year; or it is (or is
 * counted from) a date whose year is unstated, and no publication date with a year supplies
 * one. A year is never borrowed from the as-of time or the timeline. Linear in the chain of
 * anchors.
 */
const unplaced = (t: Threat, publication: Time.Time | undefined): string | undefined => {
  for (const [what, time] of [
    ['deadline', t.deadline],
    ['window', t.window],
  ] as const) {
    let cur: Time.TimeRef | undefined = time
    while (cur !== undefined && typeof cur !== 'string') {
      const anchor: Time.Anchor | undefined = cur.anchor
      if (anchor === undefined) {
        if (publication !== undefined && !publication.startsWith('XXXX')) break
        const phrase = JSON.stringify((time as Time.RelativeTime).phrase.slice(0, 80))
        return publication === undefined
          ? `the ${what} ${phrase} is relative to the publication date, and none is given: give it as the report's \`published\` or the status context's \`publication\``
          : `the ${what} ${phrase} is relative to the publication date ${publication}, which has no year, so it cannot be placed (a year is never taken from the as-of time or the timeline): give the year in the report's \`published\` or the status context's \`publication\``
      }
      if (typeof anchor !== 'string' && anchor.kind === 'event') break
      cur = anchor
    }
    // a calendar date with no year, and no publication year to supply one
    if (typeof cur === 'string' && yearSupplier(publication) === undefined && yearless(cur)) {
      const which =
        cur === time
          ? `the ${what} ${cur}`
          : `the ${what} ${JSON.stringify((time as Time.RelativeTime).phrase.slice(0, 80))}, counted from ${cur},`
      return publication === undefined
        ? `${which} has no year, and no publication date is given to take it from, so it cannot be placed (a year is never taken from the as-of time or the timeline): give a publication date with a year as the report's \`published\` or the status context's \`publication\`, or write the year in the ${what}`
        : `${which} has no year, and the publication date ${publication} has none either, so it cannot be placed (a year is never taken from the as-of time or the timeline): give a publication date with a year as the report's \`published\` or the status context's \`publication\`, or write the year in the ${what}`
    }
  }
  return undefined
}

/** Whether a calendar time has a date whose year is unstated. Constant time. */
const yearless = (t: Time.Time): boolean => {
  const v = Time.parse(t)
  if (v.kind === 'date') return v.date.year === undefined
  return (
    (v.start.kind === 'date' && v.start.date.year === undefined) ||
    (v.end.kind === 'date' && v.end.date.year === undefined)
  )
}

const statusWith = (p: Prepared, t: Threat): Status => {
  if (t.withdrawn === true)
    return { kind: 'withdrawn', reason: reasonFor(classifyByIds(t), 'withdrawn'), because: [] }
  const outcomes = decide(p, t)
  const kinds = new Set(outcomes.map((o) => o.kind))
  const cls = classifyByIds(t)
  // the entries behind every possibility, each evaluation once
  const marked = new Set<number>()
  const done = new Set<string>()
  for (const o of outcomes)
    for (const [prop, at] of o.uses) {
      const key = `${prop === t.condition ? 'c' : 'q'}:${at.lo}:${at.hi}`
      if (done.has(key)) continue
      done.add(key)
      for (const i of p.k.because(prop, at)) marked.add(i)
    }
  const because = [...marked].sort((a, b) => a - b)
  if (kinds.size === 1) {
    const kind = outcomes[0]!.kind
    return { kind, reason: reasonFor(cls, kind), because }
  }
  const possible = STATUS_ORDER.filter((s) => kinds.has(s))
  const reason = unplaced(t, p.publication) ?? reasonFor(cls, 'unknown')
  return { kind: 'unknown', reason, because, possible }
}

/**
 * The status of a threat as of `ctx.asOf`, against `ctx.timeline`, by the decision table
 * ({@link RULES}; data-last). Pure: the same threat, timeline and time always give the same
 * status. Where the recorded times cannot order the events that decide it, the status is
 * `unknown` and `possible` names the statuses still possible; refining a time never turns
 * one decided status into another. Give `ctx.report` for rejections of offers (and its
 * events when `ctx.events` is absent).
 *
 * A date whose year is unstated (`XXXX-06-30`, "by 30 June") — of the deadline, the window,
 * the timeline, the events or the as-of time — takes the year nearest the publication date
 * (`ctx.publication`, else the report's `published`; {@link Time.supplyYear}) when that has
 * a year; otherwise it cannot be placed, and an `unknown` status's `reason` says so.
 *
 * Building the evaluator reads the timeline, events and report once (n·log n); each
 * threat's status is then linear in its condition and consequence plus the entries its
 * reasons name.
 *
 * @category queries
 * @since 0.1.0
 */
export const status = (ctx: Context): ((t: Threat) => Status) => {
  const p = prepare(ctx)
  return (t) => statusWith(p, t)
}

// -------------------------------------------------------------------------------------
// histories
// -------------------------------------------------------------------------------------

/**
 * One difference between consecutive versions of a threat.
 *
 * @category model
 * @since 0.1.0
 */
export type Change =
  | {
      readonly field: 'deadline' | 'window'
      readonly from?: Time.TimeRef
      readonly to?: Time.TimeRef
      readonly direction: 'earlier' | 'later' | 'set' | 'removed' | 'changed'
    }
  | {
      readonly field: 'consequence'
      readonly from: Proposition.Proposition
      readonly to: Proposition.Proposition
      readonly direction: 'vaguer' | 'more specific' | 'changed'
    }
  | {
      readonly field: 'condition'
      readonly from?: Proposition.Proposition
      readonly to?: Proposition.Proposition
    }
  | {
      readonly field: 'issuer' | 'addressee' | 'enforcer'
      readonly from?: ReadonlyArray<Id.ActorId>
      readonly to?: ReadonlyArray<Id.ActorId>
    }
  | {
      readonly field: 'likelihood'
      readonly from?: Likelihood.Likelihood
      readonly to?: Likelihood.Likelihood
      readonly direction: 'weaker' | 'stronger' | 'changed'
    }
  | { readonly field: 'valence'; readonly from: Valence; readonly to: Valence }
  | {
      readonly field: 'deadlineBound'
      readonly from?: DeadlineBound
      readonly to?: DeadlineBound
    }
  | { readonly field: 'within'; readonly from?: Time.Duration; readonly to?: Time.Duration }
  | { readonly field: 'answers'; readonly from?: Answer; readonly to?: Answer }
  | { readonly field: 'withdrawn' }
  | {
      /** An issuer's offices changed between the times the two versions were stated. */
      readonly field: 'office'
      readonly actor: Id.ActorId
      readonly from: ReadonlyArray<Actor.Office>
      readonly to: ReadonlyArray<Actor.Office>
    }

/**
 * One version of a threat in its history: the threat, the statements that state it, and
 * what changed from the previous version.
 *
 * @category model
 * @since 0.1.0
 */
export interface Version {
  readonly threat: Threat
  readonly statements: ReadonlyArray<Statement.Statement>
  readonly changes: ReadonlyArray<Change>
}

/** The same actors, in any order (linear: one set each). */
const sameActors = (
  a: ReadonlyArray<Id.ActorId> | undefined,
  b: ReadonlyArray<Id.ActorId> | undefined,
): boolean => {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  const x = new Set(a)
  const y = new Set(b)
  if (x.size !== y.size) return false
  for (const v of y) if (!x.has(v)) return false
  return true
}

const timeDirection = (
  from: Time.TimeRef | undefined,
  to: Time.TimeRef | undefined,
): 'earlier' | 'later' | 'set' | 'removed' | 'changed' => {
  if (from === undefined) return 'set'
  if (to === undefined) return 'removed'
  const o = Time.compare(to, from)
  return o === 'before' ? 'earlier' : o === 'after' ? 'later' : 'changed'
}

const wraps = (outer: Proposition.Proposition, inner: Proposition.Proposition): boolean =>
  (outer.kind === 'epistemic' && Proposition.Eq.equals(outer.operand, inner)) ||
  (outer.kind === 'or' && outer.operands.some((o) => Proposition.Eq.equals(o, inner)))

const sameLikelihood = (
  a: Likelihood.Likelihood | undefined,
  b: Likelihood.Likelihood | undefined,
): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.factuality === b.factuality &&
    a.band === b.band &&
    a.cue === b.cue)

/**
 * What changed between two versions of a threat, field by field. Linear in the two
 * threats.
 *
 * @category queries
 * @since 0.1.0
 */
export const diff = (from: Threat, to: Threat): ReadonlyArray<Change> => {
  const out: Change[] = []
  for (const field of ['issuer', 'addressee', 'enforcer'] as const) {
    if (!sameActors(from[field], to[field])) out.push(optional({ field }, from[field], to[field]))
  }
  if (!(
    from.condition === to.condition ||
    (from.condition !== undefined &&
      to.condition !== undefined &&
      Proposition.Eq.equals(from.condition, to.condition))
  )) {
    out.push(optional({ field: 'condition' }, from.condition, to.condition))
  }
  if (!Proposition.Eq.equals(from.consequence, to.consequence)) {
    const direction = wraps(to.consequence, from.consequence)
      ? 'vaguer'
      : wraps(from.consequence, to.consequence)
        ? 'more specific'
        : 'changed'
    out.push({ field: 'consequence', from: from.consequence, to: to.consequence, direction })
  }
  for (const field of ['deadline', 'window'] as const) {
    const a = from[field]
    const b = to[field]
    if (a !== b && JSON.stringify(a) !== JSON.stringify(b))
      out.push(optional({ field, direction: timeDirection(a, b) }, a, b))
  }
  if (!sameLikelihood(from.likelihood, to.likelihood)) {
    const a = from.likelihood
    const b = to.likelihood
    const o = a === undefined || b === undefined ? 0 : Likelihood.Ord.compare(b, a)
    out.push(
      optional(
        { field: 'likelihood', direction: o < 0 ? 'weaker' : o > 0 ? 'stronger' : 'changed' },
        a,
        b,
      ),
    )
  }
  if (from.valence !== to.valence)
    out.push({ field: 'valence', from: from.valence, to: to.valence })
  if ((from.deadlineBound ?? 'by') !== (to.deadlineBound ?? 'by'))
    out.push(optional({ field: 'deadlineBound' }, from.deadlineBound, to.deadlineBound))
  if (from.within !== to.within) out.push(optional({ field: 'within' }, from.within, to.within))
  if (from.answers?.threat !== to.answers?.threat || from.answers?.as !== to.answers?.as)
    out.push(optional({ field: 'answers' }, from.answers, to.answers))
  if (to.withdrawn === true && from.withdrawn !== true) out.push({ field: 'withdrawn' })
  return out
}

const optional = <C extends object, A>(
  base: C,
  from: A | undefined,
  to: A | undefined,
): C & { from?: A; to?: A } =>
  ({
    ...base,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  }) as C & { from?: A; to?: A }

/**
 * The versions of a threat in order, from the first statement of it to the last revision,
 * each with the statements that state it and what changed. Given any version's id, the
 * whole history is traced. Where a version has several revisions, the first in the report
 * is followed. Given the report's actors, a change of an issuer's offices between the times
 * two versions were first stated (dated offices, `Actor.rolesAt`) is a change too: the
 * defence minister's threat restated by the same person as prime minister. Linear in the
 * number of threats, statements and the issuers' offices.
 *
 * @category queries
 * @since 0.1.0
 */
export const history =
  (id: Id.ThreatId) =>
  (report: {
    readonly threats: ReadonlyArray<Threat>
    readonly statements: ReadonlyArray<Statement.Statement>
    readonly actors?: ReadonlyArray<Actor.Actor>
    readonly published?: Time.Time
  }): ReadonlyArray<Version> => {
    const byId = new Map(report.threats.map((t) => [t.id, t] as const))
    const next = new Map<string, Threat>()
    for (const t of report.threats)
      if (t.revises !== undefined && !next.has(t.revises)) next.set(t.revises, t)
    const stating = new Map<string, Statement.Statement[]>()
    for (const s of report.statements) {
      if (s.content.kind !== 'threat') continue
      append(stating, s.content.threat, s)
    }
    let root = byId.get(id)
    if (root === undefined) return []
    const seen = new Set<string>([root.id])
    while (root.revises !== undefined) {
      const prev = byId.get(root.revises)
      if (prev === undefined || seen.has(prev.id)) break
      seen.add(prev.id)
      root = prev
    }
    const offices = officeChanges(report)
    const versions: Version[] = []
    const visited = new Set<string>()
    let current: Threat | undefined = root
    let previous: Version | undefined
    while (current !== undefined && !visited.has(current.id)) {
      visited.add(current.id)
      const here: Threat = current
      const statements = stating.get(here.id) ?? []
      const version: Version = {
        threat: here,
        statements,
        changes:
          previous === undefined
            ? []
            : [
                ...diff(previous.threat, here),
                ...offices(previous.threat, previous.statements, here, statements),
              ],
      }
      versions.push(version)
      previous = version
      current = next.get(here.id)
    }
    return versions
  }

/** When a version was stated: the earliest of its dated statements, if any. */
const statedAt = (
  statements: ReadonlyArray<Statement.Statement>,
  publication: Time.Time | undefined,
): Time.TimeRef | undefined => {
  let first: Time.TimeRef | undefined
  let lo = INF
  for (const s of statements) {
    if (s.time === undefined) continue
    const r = Time.resolve(s.time, publication)
    if (r.known && r.lo < lo) {
      lo = r.lo
      first = s.time
    }
  }
  return first
}

/**
 * The offices of the issuers both versions name that changed between the times the two
 * were stated (offices known to be held then, by `Actor.rolesAt`). Nothing without the
 * report's actors or without dated statements of both versions.
 */
const officeChanges = (report: {
  readonly actors?: ReadonlyArray<Actor.Actor>
  readonly published?: Time.Time
}) => {
  if (report.actors === undefined) return () => []
  const people = new Map<string, Actor.Actor>()
  for (const a of report.actors) if (a.kind === 'person') people.set(a.id, a)
  const options = report.published === undefined ? {} : { publication: report.published }
  const held = (a: Actor.Actor, at: Time.TimeRef) =>
    Actor.rolesAt(
      at,
      options,
    )(a)
      .filter((r) => r.tenure === 'held')
      .map((r) => r.office)
  const key = (o: Actor.Office) => `${o.title}\u0000${o.in ?? ''}`
  return (
    from: Threat,
    fromStatements: ReadonlyArray<Statement.Statement>,
    to: Threat,
    toStatements: ReadonlyArray<Statement.Statement>,
  ): ReadonlyArray<Change> => {
    const then = statedAt(fromStatements, report.published)
    const now = statedAt(toStatements, report.published)
    if (then === undefined || now === undefined) return []
    const out: Change[] = []
    const before = new Set<string>(from.issuer)
    for (const id of new Set(to.issuer)) {
      const person = before.has(id) ? people.get(id) : undefined
      if (person === undefined) continue
      const a = held(person, then)
      const b = held(person, now)
      const keys = new Set(a.map(key))
      if (a.length !== b.length || b.some((o) => !keys.has(key(o))))
        out.push({ field: 'office', actor: id, from: a, to: b })
    }
    return out
  }
}

/**
 * A version of a threat with its status.
 *
 * @category model
 * @since 0.2.0
 */
export interface VersionStatus {
  readonly version: Version
  readonly status: Status
}

/**
 * The status of every version of a history at once (data-last): each version is
 * `superseded` once a later version is stated by the as-of time (a version is stated at its
 * earliest dated statement; one with no dated statement counts as stated), and otherwise has
 * its own {@link status}. Where the dates cannot tell whether a later version was stated
 * yet, the status is `unknown` with both possibilities. Linear in the history, its
 * statements and the timeline (n·log n to build the evaluation once).
 *
 * @category queries
 * @since 0.2.0
 */
export const statuses =
  (ctx: Context) =>
  (history: ReadonlyArray<Version>): ReadonlyArray<VersionStatus> => {
    const p = prepare(ctx)
    // whether some later version had been stated by the as-of time, from the end
    const later: Answers[] = new Array<Answers>(history.length)
    let acc: Answers = NO
    for (let i = history.length - 1; i >= 0; i--) {
      later[i] = acc
      let first: Instant | undefined
      let undated = history[i]!.statements.length === 0
      for (const s of history[i]!.statements) {
        if (s.time === undefined) undated = true
        else {
          const r = p.k.resolve(s.time)
          first = first === undefined ? r : earlier(first, r)
        }
      }
      const stated = undated ? YES : noLater(first!, p.asOf)
      acc = acc === YES || stated === YES ? YES : acc === BOTH || stated === BOTH ? BOTH : NO
    }
    return history.map((version, i) => {
      const own = statusWith(p, version.threat)
      const cls = classifyByIds(version.threat)
      const superseded = later[i]!
      if (superseded === NO) return { version, status: own }
      if (superseded === YES)
        return {
          version,
          status: { kind: 'superseded', reason: reasonFor(cls, 'superseded'), because: [] },
        }
      const possible = new Set<StatusKind>([...(own.possible ?? [own.kind]), 'superseded'])
      return {
        version,
        status: {
          kind: 'unknown',
          reason: reasonFor(cls, 'unknown'),
          because: own.because,
          possible: STATUS_ORDER.filter((k) => possible.has(k)),
        },
      }
    })
  }

// -------------------------------------------------------------------------------------
// chains and escalation
// -------------------------------------------------------------------------------------

/**
 * The graph of threats that answer and set off one another, with the events between
 * them: a chain from A to B runs A → (consequence) event → (entails)* event →
 * (condition) B. Kept as edges through events, so its size is linear in the report even
 * when many threats share one event; {@link chains} lists the threat-to-threat links of one
 * threat.
 *
 * @category model
 * @since 0.2.0
 */
export interface Escalation {
  /** `from` answers `to` (a counter-threat, or the rejection of an offer). */
  readonly answers: ReadonlyArray<{
    readonly from: Id.ThreatId
    readonly to: Id.ThreatId
    readonly as: Response
  }>
  /** Carrying out the threat makes the event occur. */
  readonly consequences: ReadonlyArray<{ readonly threat: Id.ThreatId; readonly event: Id.EventId }>
  /** The event occurring means the other occurred: an instance its general event, a whole its part. */
  readonly entails: ReadonlyArray<{
    readonly from: Id.EventId
    readonly to: Id.EventId
    readonly via: 'instance_of' | 'part_of'
  }>
  /** The event occurring meets the threat's condition, or part of it. */
  readonly conditions: ReadonlyArray<{ readonly event: Id.EventId; readonly threat: Id.ThreatId }>
}

/**
 * A link from threat A to threat B: carrying out A makes occur an event that B's condition
 * asks for.
 *
 * @category model
 * @since 0.2.0
 */
export interface Chain {
  readonly from: Id.ThreatId
  readonly to: Id.ThreatId
  /** The events from one A's consequence makes occur to one B's condition asks for. */
  readonly path: ReadonlyArray<Id.EventId>
  /** Whether A's consequence, carried out, meets B's whole condition (else a part of it). */
  readonly entailed: boolean
}

/** The events a proposition asserts occur (under no negation; not inside an obligation). */
const asserted = (p: Proposition.Proposition, where: string): ReadonlyArray<Id.EventId> => {
  const out: Id.EventId[] = []
  const seen = new Set<string>()
  const go = (q: Proposition.Proposition, negated: boolean, depth: number): void => {
    if (depth > Proposition.MAX_DEPTH) throw tooDeep(where)
    switch (q.kind) {
      case 'occurs':
        if (!negated && !seen.has(q.event)) {
          seen.add(q.event)
          out.push(q.event)
        }
        return
      case 'not':
        return go(q.operand, !negated, depth + 1)
      case 'and':
      case 'or':
        for (const o of q.operands) go(o, negated, depth + 1)
        return
      case 'obligation':
        return
      default:
        return go(q.operand, negated, depth + 1)
    }
  }
  go(p, false, 0)
  return out
}

/** The events a proposition needs to occur to hold: all of an `and`'s, none of an `or`'s. */
const required = (p: Proposition.Proposition, where: string): ReadonlyArray<Id.EventId> => {
  const out: Id.EventId[] = []
  const go = (q: Proposition.Proposition, depth: number): void => {
    if (depth > Proposition.MAX_DEPTH) throw tooDeep(where)
    switch (q.kind) {
      case 'occurs':
        out.push(q.event)
        return
      case 'and':
        for (const o of q.operands) go(o, depth + 1)
        return
      case 'epistemic':
      case 'ability':
        return go(q.operand, depth + 1)
      default:
        return
    }
  }
  go(p, 0)
  return out
}

/** The current version of each threat: not revised by another, not withdrawn. */
const current = (threats: ReadonlyArray<Threat>): ReadonlyArray<Threat> => {
  const revised = new Set<string>()
  for (const t of threats) if (t.revises !== undefined) revised.add(t.revises)
  return threats.filter((t) => t.withdrawn !== true && !revised.has(t.id))
}

/**
 * The graph of answers and chains of a report ({@link Escalation}). Linear in the size of
 * the report.
 *
 * @category queries
 * @since 0.2.0
 */
export const escalation = (report: ReportLike): Escalation => {
  const answers: Array<Escalation['answers'][number]> = []
  const consequences: Array<Escalation['consequences'][number]> = []
  const entails: Array<Escalation['entails'][number]> = []
  const conditions: Array<Escalation['conditions'][number]> = []
  for (const t of report.threats) {
    if (t.answers !== undefined)
      answers.push({ from: t.id, to: t.answers.threat, as: t.answers.as })
    for (const e of asserted(t.consequence, 'Threat.escalation'))
      consequences.push({ threat: t.id, event: e })
    if (t.condition !== undefined)
      for (const e of asserted(t.condition, 'Threat.escalation'))
        conditions.push({ event: e, threat: t.id })
  }
  for (const e of report.events)
    for (const r of e.relations ?? []) {
      if (r.kind === 'instance_of') entails.push({ from: e.id, to: r.event, via: 'instance_of' })
      else if (r.kind === 'part_of') entails.push({ from: r.event, to: e.id, via: 'part_of' })
    }
  return { answers, consequences, entails, conditions }
}

/** Events that an event's occurrence means occurred, as adjacency lists. */
const entailment = (events: ReadonlyArray<Event.Event>): ReadonlyMap<string, Id.EventId[]> => {
  const next = new Map<string, Id.EventId[]>()
  for (const e of events)
    for (const r of e.relations ?? []) {
      if (r.kind === 'instance_of') append(next, e.id, r.event)
      else if (r.kind === 'part_of') append(next, r.event, e.id)
    }
  return next
}

const ETERNITY: Instant = { lo: INF, hi: INF, known: true }

/**
 * The chains from one threat (data-last on the report): every threat B — the threat
 * itself included, when it would set itself off again — whose condition asks for an event
 * that carrying out the threat makes occur, directly or through `instance_of` (an instance
 * means its general event) and `part_of` (a whole means its parts). Each chain says
 * whether the consequence meets B's whole condition (`entailed`) or only a part of it.
 * Linear in the size of the report.
 *
 * @category queries
 * @since 0.2.0
 */
export const chains =
  (id: Id.ThreatId) =>
  (report: ReportLike): ReadonlyArray<Chain> => {
    const a = report.threats.find((t) => t.id === id)
    if (a === undefined) return []
    const next = entailment(report.events)
    const byEvent = new Map<string, Threat[]>()
    for (const t of current(report.threats))
      if (t.condition !== undefined)
        for (const e of asserted(t.condition, 'Threat.chains')) append(byEvent, e, t)
    // breadth first from the consequence's events, keeping how each event was reached
    const parent = new Map<string, string | undefined>()
    const queue: Id.EventId[] = []
    for (const e of asserted(a.consequence, 'Threat.chains'))
      if (!parent.has(e)) {
        parent.set(e, undefined)
        queue.push(e)
      }
    const found: Array<{ readonly to: Threat; readonly at: Id.EventId }> = []
    const reached = new Set<string>()
    for (let head = 0; head < queue.length; head++) {
      const e = queue[head]!
      for (const b of byEvent.get(e) ?? [])
        if (!reached.has(b.id)) {
          reached.add(b.id)
          found.push({ to: b, at: e })
        }
      for (const f of next.get(e) ?? [])
        if (!parent.has(f)) {
          parent.set(f, e)
          queue.push(f)
        }
    }
    if (found.length === 0) return []
    // what carrying out A makes occur, and what that means for each B's condition
    const assumed: Timeline.Timeline = {
      entries: required(a.consequence, 'Threat.chains').map((event) => ({
        kind: 'occurred' as const,
        event,
      })),
    }
    const k = knowledge(assumed, report.events, undefined, false)
    return found.map(({ to, at }) => {
      const path: Id.EventId[] = []
      for (let e: string | undefined = at; e !== undefined; e = parent.get(e))
        path.push(e as Id.EventId)
      path.reverse()
      return { from: a.id, to: to.id, path, entailed: k.at(to.condition!, ETERNITY) === TRUE }
    })
  }

// -------------------------------------------------------------------------------------
// projection
// -------------------------------------------------------------------------------------

/**
 * One threat in a projected cascade.
 *
 * @category model
 * @since 0.2.0
 */
export interface Step {
  readonly threat: Id.ThreatId
  /** 0: set off by the timeline and the assumptions alone; n: after n assumed consequences. */
  readonly depth: number
  /** True when it follows from the timeline and the assumptions alone. */
  readonly certain: boolean
  /** The threats whose consequences, assumed carried out, set it off (empty when certain). */
  readonly assumes: ReadonlyArray<Id.ThreatId>
  /** True when the timeline (with the assumptions) already shows its consequence. */
  readonly carriedOut: boolean
}

/**
 * A projected cascade: the threats set off, in order of depth; the links that close a
 * cycle (a consequence that would set off a threat already in the cascade); and whether
 * the depth bound cut it short.
 *
 * @category model
 * @since 0.2.0
 */
export interface Projection {
  readonly steps: ReadonlyArray<Step>
  readonly cycles: ReadonlyArray<{ readonly threat: Id.ThreatId; readonly after: Id.ThreatId }>
  readonly truncated: boolean
}

/**
 * How far {@link project} follows a cascade at most.
 *
 * @category model
 * @since 0.2.0
 */
export const MAX_PROJECTION_DEPTH = 32

/** A day number as an EDTF date, or undefined outside years 1–9999. */
const dayTime = (day: number): Time.Time | undefined => {
  if (!Number.isFinite(day)) return undefined
  const d = new Date(day * 86_400_000)
  const year = d.getUTCFullYear()
  if (year < 1 || year > 9999) return undefined
  return Time.format({
    kind: 'date',
    date: { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() },
  })
}

/**
 * Runs the cascade forward: "if these events happen, which threats are set off, and if
 * each set-off consequence is carried out, what follows" (pure). Depth 0 holds the current
 * versions of the report's threats (not withdrawn, not revised) whose condition the
 * timeline and the `assumptions` (entries of what-ifs) meet — judged at the deadline where
 * there is one, else eventually — and these steps are certain. Each further depth assumes
 * the consequences of the previous one carried out (dated from their trigger on), and names
 * the threats whose consequences it assumes. A threat appears once; a consequence that
 * would set off a threat already in the cascade is recorded as a cycle. At most
 * `depth` levels (default 8, at most {@link MAX_PROJECTION_DEPTH}); `truncated` says when
 * more would follow. Linear in the report, the timeline and the assumptions, per level.
 *
 * @category queries
 * @since 0.2.0
 */
export const project = (
  report: ReportLike,
  timeline: Timeline.Timeline,
  assumptions: Timeline.Timeline,
  options: { readonly depth?: number } = {},
): Projection => {
  const maxDepth = Math.max(0, Math.min(options.depth ?? 8, MAX_PROJECTION_DEPTH))
  const threats = current(report.threats)
  const entries: Timeline.Entry[] = [...timeline.entries, ...assumptions.entries]
  const facts = entries.length
  /** Which threat's assumed consequence each added entry stands for. */
  const source: Id.ThreatId[] = []
  const steps: Step[] = []
  const cycles: Array<Projection['cycles'][number]> = []
  const stepOf = new Set<string>()
  const build = () => knowledge({ entries }, report.events, report.published, true, true)
  const judge = (k: Knowledge, t: Threat): Instant =>
    t.deadline === undefined ? ETERNITY : cut(k, t.deadline, t.deadlineBound ?? 'by')
  const k0 = build()
  let k = k0
  let truncated = false
  /** Where in `source` the consequences assumed at the last depth begin. */
  let newest = 0
  const looped = new Set<string>()
  for (let depth = 0; ; depth++) {
    const added: Array<{ readonly threat: Threat; readonly trigger: Time.Range }> = []
    for (const t of threats) {
      const at = judge(k, t)
      const met = t.condition === undefined || k.at(t.condition, at) === TRUE
      if (!met) continue
      if (stepOf.has(t.id)) {
        // met again through a consequence assumed at the last depth: the cascade loops back
        if (t.condition !== undefined && newest < source.length)
          for (const i of k.because(t.condition, at))
            if (i >= facts + newest) {
              const after = source[i - facts]!
              const key = `${t.id} ${after}`
              if (!looped.has(key)) {
                looped.add(key)
                cycles.push({ threat: t.id, after })
              }
            }
        continue
      }
      const assumes = new Set<Id.ThreatId>()
      if (t.condition !== undefined)
        for (const i of k.because(t.condition, at)) if (i >= facts) assumes.add(source[i - facts]!)
      const step: Step = {
        threat: t.id,
        depth,
        certain: assumes.size === 0,
        assumes: [...assumes],
        carriedOut: k0.at(t.consequence, ETERNITY) === TRUE,
      }
      steps.push(step)
      stepOf.add(t.id)
      const since = t.condition === undefined ? undefined : k.since(t.condition).t
      const trigger =
        t.deadline !== undefined && t.condition !== undefined
          ? since === undefined
            ? at
            : earlier(since, at)
          : (since ?? UNKNOWN)
      if (!step.carriedOut) added.push({ threat: t, trigger })
    }
    if (added.length === 0) break
    if (depth >= maxDepth) {
      truncated = true
      break
    }
    newest = source.length
    for (const { threat, trigger } of added) {
      const from = dayTime(trigger.lo)
      for (const event of required(threat.consequence, 'Threat.project')) {
        entries.push(
          from === undefined
            ? { kind: 'occurred', event }
            : { kind: 'occurred', event, time: `${from}/..` as Time.Time },
        )
        source.push(threat.id)
      }
    }
    k = build()
  }
  return { steps, cycles, truncated }
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * A change in words, given how to name actors and events. Linear in the change.
 *
 * @category utils
 * @since 0.1.0
 */
export const describeChange = (
  c: Change,
  names: { readonly actor: (id: Id.ActorId) => string; readonly event: (id: Id.EventId) => string },
): string => {
  const actors = (xs: ReadonlyArray<Id.ActorId> | undefined) =>
    xs === undefined ? 'nobody' : xs.map(names.actor).join(' and ')
  const time = (t: Time.TimeRef | undefined) =>
    t === undefined ? 'none' : typeof t === 'string' ? t : t.phrase
  const prop = (p: Proposition.Proposition | undefined) =>
    p === undefined ? 'none' : Proposition.render(p, names)
  switch (c.field) {
    case 'deadline':
    case 'window':
      return `${c.field} ${c.direction}: ${time(c.from)} → ${time(c.to)}`
    case 'consequence':
      return `consequence ${c.direction}: ${prop(c.from)} → ${prop(c.to)}`
    case 'condition':
      return `condition changed: ${prop(c.from)} → ${prop(c.to)}`
    case 'issuer':
    case 'addressee':
    case 'enforcer':
      return `${c.field} changed: ${actors(c.from)} → ${actors(c.to)}`
    case 'likelihood':
      return `likelihood ${c.direction}: ${c.from?.cue ?? c.from?.band ?? c.from?.factuality ?? 'none'} → ${c.to?.cue ?? c.to?.band ?? c.to?.factuality ?? 'none'}`
    case 'valence':
      return `valence changed: ${c.from} → ${c.to}`
    case 'deadlineBound':
      return `deadline bound changed: ${c.from ?? 'by'} → ${c.to ?? 'by'}`
    case 'within':
      return `within changed: ${c.from ?? 'none'} → ${c.to ?? 'none'}`
    case 'answers':
      return `answers changed: ${c.from === undefined ? 'none' : `${c.from.as} of ${c.from.threat}`} → ${c.to === undefined ? 'none' : `${c.to.as} of ${c.to.threat}`}`
    case 'withdrawn':
      return 'withdrawn'
    case 'office': {
      const offices = (os: ReadonlyArray<Actor.Office>) =>
        os.length === 0
          ? 'no office'
          : os
              .map((o) => (o.in === undefined ? o.title : `${o.title}, ${names.actor(o.in)}`))
              .join('; ')
      return `office of ${names.actor(c.actor)} changed: ${offices(c.from)} → ${offices(c.to)}`
    }
  }
}
