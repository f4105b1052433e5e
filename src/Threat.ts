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
 * import { Id, Proposition as P, Threat } from 'claimgraph'
 * import * as O from 'fp-ts/Option'
 * import assert from 'node:assert/strict'
 *
 * const warning = Threat.make('warning', {
 *   issuer: [Id.actor('us')],
 *   addressee: [Id.actor('iraq')],
 *   enforcer: [Id.actor('israel')],
 *   condition: P.not(P.occurs(Id.event('iraq-prevents-attack'))),
 *   consequence: P.occurs(Id.event('israeli-attack-on-iraq')),
 * })
 *
 * assert.equal(Threat.classify(warning), 'warning')
 * assert.deepEqual(Threat.demand(warning), O.some(P.occurs(Id.event('iraq-prevents-attack'))))
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
import type * as Statement from './Statement.js'
import * as Timeline from './Timeline.js'
import { append } from './internal/collections.js'
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
  /** When the consequence would follow by, once the condition is met ("within days"). */
  readonly window?: Time.TimeRef
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

const actors = (name: string) => C.nonEmptyArray(Id.ActorRef, name)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Valence: C.Codec<Valence> = fast(C.keyof('Valence', ['negative', 'positive']))

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
      window: Time.TimeRef,
      revises: Id.acyclic(Id.ThreatRef),
      withdrawn: C.boolean,
      evidence: Evidence.Spans,
    },
  ),
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
 * The demand in words: "Iraq must bring about: Iraq prevents the Iranian attack …".
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
 * The actors a threat names: issuers, addressees and enforcers, without repeats.
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

/**
 * Where a threat stands as of a time:
 * - `pending`: the condition is not known to be met, and no deadline has passed;
 * - `triggered`: the condition is met, the consequence has not (yet) followed;
 * - `carried_out`: the condition is met and the consequence occurred, not before it;
 * - `not_carried_out`: triggered, but the window (or deadline) passed without the consequence;
 * - `complied`: the condition is known to be unmet — the demand was met;
 * - `withdrawn`: this version withdraws the threat;
 * - `unknown`: the deadline passed and the timeline cannot tell whether the condition was met,
 *   or the window passed and it cannot tell whether the consequence followed.
 *
 * @category model
 * @since 0.1.0
 */
export type StatusKind =
  'pending' | 'triggered' | 'carried_out' | 'not_carried_out' | 'complied' | 'withdrawn' | 'unknown'

/**
 * A threat's status, why, and the indices of the timeline entries that decided it.
 *
 * @category model
 * @since 0.1.0
 */
export interface Status {
  readonly kind: StatusKind
  readonly reason: string
  readonly because: ReadonlyArray<number>
}

const passed = (time: Time.TimeRef | undefined, ctx: Timeline.Context): boolean =>
  time !== undefined && Time.compare(time, ctx.asOf, ctx.publication) === 'before'

const merge = (...lists: ReadonlyArray<ReadonlyArray<number>>): ReadonlyArray<number> =>
  [...new Set(lists.flat())].sort((a, b) => a - b)

/**
 * The status of a threat as of `ctx.asOf`, against `ctx.timeline` (data-last). Pure: the
 * same threat, timeline and time always give the same status.
 *
 * @category queries
 * @since 0.1.0
 */
export const status =
  (ctx: Timeline.Context) =>
  (t: Threat): Status => {
    if (t.withdrawn === true)
      return { kind: 'withdrawn', reason: 'this version withdraws the threat', because: [] }
    const evaluate = Timeline.evaluate(ctx)
    const c =
      t.condition === undefined ? { value: 'true' as const, because: [] } : evaluate(t.condition)
    if (c.value === 'false')
      return {
        kind: 'complied',
        reason: 'the condition is known to be unmet: the demand was met',
        because: c.because,
      }
    if (c.value === 'unknown') {
      return passed(t.deadline, ctx)
        ? {
            kind: 'unknown',
            reason:
              'the deadline has passed, and the timeline does not show whether the condition was met',
            because: c.because,
          }
        : { kind: 'pending', reason: 'the condition is not known to be met', because: c.because }
    }
    const q = evaluate(t.consequence)
    const end = t.window ?? t.deadline
    if (q.value === 'true') {
      const triggers = Timeline.timesOf(ctx.timeline, c.because)
      const consequences = Timeline.timesOf(ctx.timeline, q.because)
      const preceded =
        triggers.length > 0 &&
        consequences.length > 0 &&
        consequences.every((x) =>
          triggers.every((y) => Time.compare(x, y, ctx.publication) === 'before'),
        )
      return preceded
        ? {
            kind: 'triggered',
            reason:
              'the condition is met; the consequence occurred, but before the condition was met',
            because: merge(c.because, q.because),
          }
        : {
            kind: 'carried_out',
            reason: 'the condition is met and the consequence followed',
            because: merge(c.because, q.because),
          }
    }
    if (passed(end, ctx)) {
      return q.value === 'false'
        ? {
            kind: 'not_carried_out',
            reason: 'the condition is met, and the window passed without the consequence',
            because: merge(c.because, q.because),
          }
        : {
            kind: 'unknown',
            reason:
              'the condition is met, the window has passed, and the timeline does not show whether the consequence followed',
            because: c.because,
          }
    }
    return {
      kind: 'triggered',
      reason: 'the condition is met; the consequence has not followed yet',
      because: merge(c.because, q.because),
    }
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
  | { readonly field: 'withdrawn' }

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

const sameActors = (
  a: ReadonlyArray<Id.ActorId> | undefined,
  b: ReadonlyArray<Id.ActorId> | undefined,
): boolean =>
  a === b ||
  (a !== undefined && b !== undefined && a.length === b.length && a.every((x) => b.includes(x)))

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
 * What changed between two versions of a threat, field by field.
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
 * is followed.
 *
 * @category queries
 * @since 0.1.0
 */
export const history =
  (id: Id.ThreatId) =>
  (report: {
    readonly threats: ReadonlyArray<Threat>
    readonly statements: ReadonlyArray<Statement.Statement>
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
    const versions: Version[] = []
    const visited = new Set<string>()
    let current: Threat | undefined = root
    let previous: Threat | undefined
    while (current !== undefined && !visited.has(current.id)) {
      visited.add(current.id)
      const here: Threat = current
      versions.push({
        threat: here,
        statements: report.statements.filter(
          (s) => s.content.kind === 'threat' && s.content.threat === here.id,
        ),
        changes: previous === undefined ? [] : diff(previous, here),
      })
      previous = here
      current = next.get(here.id)
    }
    return versions
  }

/**
 * A change in words, given how to name actors and events.
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
    case 'withdrawn':
      return 'withdrawn'
  }
}
