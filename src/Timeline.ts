/**
 * What is known about events over time, and the evaluation of propositions against it in
 * strong three-valued (Kleene) logic: `true`, `false` or `unknown`.
 *
 * A timeline holds entries: an event **occurred** (at a time, possibly partial or
 * unknown), or an event had **not occurred by** a time. A partial time is read as the days
 * it may cover, and an as-of time as an instant somewhere within its days. Evaluating
 * `occurs(e)` as of a time gives `true` when an entry shows `e` occurred no later than every
 * day the time may cover, `false` when an entry shows it had not occurred by then, and
 * `unknown` otherwise — including when partial times leave the order open, and when
 * entries disagree. Learning more never turns `true` into `false` or `false` into `true`.
 *
 * The report's events (`ctx.events`) add what their relations imply:
 * - `instance_of`: an instance occurring makes the general event occur (an attack on the
 *   capital is an attack on Xland); the general event not having occurred by a time means
 *   no instance had;
 * - `part_of`: the whole occurring means its parts occurred; a part not having occurred
 *   means the whole had not — but a part alone never makes the whole occur;
 * - `prevents`: a recorded occurrence of the preventing event means the prevented one
 *   never occurs, and a recorded occurrence of the prevented one means the preventing one
 *   never occurred — in both directions, transitively through the two relations above;
 * - the other relations (`retaliation_for`, `response_to`, `preparation_for`) say nothing
 *   about occurrence.
 *
 * `not`, `and`, `or` are Kleene's connectives; a hedge (`epistemic`) takes the value of its
 * operand (facts outrank hedges); an `ability` is `true` once the act is done and `unknown`
 * otherwise; an `obligation` is never settled by facts and is always `unknown`.
 *
 * Every answer carries the indices of the timeline entries that decided it.
 *
 * @example
 * ```ts
 * import { Event, Id, Proposition as P, Time, Timeline } from 'claimgraph'
 * import { pipe } from 'fp-ts/lib/function.js'
 * import assert from 'node:assert/strict'
 *
 * const attack = Id.event('attack')
 * const t = pipe(Timeline.empty, Timeline.occurred(attack, Time.time('2024-11-10')))
 * const asOf = (time: string) => Timeline.evaluate({ timeline: t, asOf: Time.time(time) })
 *
 * assert.equal(asOf('2024-12')(P.occurs(attack)).value, 'true')
 * assert.equal(asOf('2024-11')(P.occurs(attack)).value, 'unknown') // an instant in November: before or after the 10th
 *
 * // "the attack" is an instance of "hostilities": the instance occurring makes the general event occur
 * const hostilities = Event.make('hostilities', 'attack', 'hostilities', { status: 'hypothetical' })
 * const theAttack = Event.make('attack', 'attack', 'the attack on the port', {
 *   relations: [{ kind: 'instance_of', event: hostilities.id }],
 * })
 * const withEvents = Timeline.evaluate({
 *   timeline: t,
 *   asOf: Time.time('2024-12'),
 *   events: [hostilities, theAttack],
 * })
 * assert.deepEqual(withEvents(P.occurs(hostilities.id)), { value: 'true', because: [0] })
 * ```
 *
 * @since 0.1.0
 */
import * as C from './Codec.js'
import type * as Event from './Event.js'
import * as Id from './Id.js'
import type * as Proposition from './Proposition.js'
import * as Time from './Time.js'
import { knowledge, truth } from './internal/knowledge.js'
import { table } from './generated/Timeline.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A truth value of strong Kleene logic.
 *
 * @category model
 * @since 0.1.0
 */
export type Truth = 'true' | 'false' | 'unknown'

/**
 * One thing known about an event.
 *
 * @category model
 * @since 0.1.0
 */
export type Entry =
  | {
      readonly kind: 'occurred'
      readonly event: Id.EventId
      readonly time?: Time.TimeRef
      readonly note?: string
    }
  | {
      readonly kind: 'not_occurred'
      readonly event: Id.EventId
      readonly by: Time.TimeRef
      readonly note?: string
    }

/**
 * What is known about events over time, in the order it was recorded.
 *
 * @category model
 * @since 0.1.0
 */
export interface Timeline {
  readonly entries: ReadonlyArray<Entry>
}

/**
 * An evaluation: the value, and the indices of the entries that decided it.
 *
 * @category model
 * @since 0.1.0
 */
export interface Evaluation {
  readonly value: Truth
  readonly because: ReadonlyArray<number>
}

/**
 * What an evaluation needs: the timeline, the time to evaluate at, and optionally the
 * report's events (so that "prevents" relations count) and its publication time (to
 * resolve relative times, and to give a date whose year is unstated the year nearest it,
 * as `Threat.status` does, when the publication time has a year).
 *
 * @category model
 * @since 0.1.0
 */
export interface Context {
  readonly timeline: Timeline
  readonly asOf: Time.TimeRef
  readonly events?: ReadonlyArray<Event.Event>
  readonly publication?: Time.Time
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const note = C.string('note', { min: 1, max: 10_000 })

/**
 * @category codecs
 * @since 0.1.0
 */
export const Entry: C.Codec<Entry> = fast(
  C.tagged('Entry', 'kind', {
    occurred: C.struct(
      'Occurred',
      { kind: C.literal('occurred'), event: Id.EventRef },
      { time: Time.TimeRef, note },
    ),
    not_occurred: C.struct(
      'NotOccurred',
      { kind: C.literal('not_occurred'), event: Id.EventRef, by: Time.TimeRef },
      { note },
    ),
  }) as C.Codec<Entry>,
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Timeline: C.Codec<Timeline> = fast(
  C.struct('Timeline', {
    entries: C.array(Entry, { max: 10_000_000, name: 'Entries' }),
  }),
)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The timeline that knows nothing.
 *
 * @category constructors
 * @since 0.1.0
 */
export const empty: Timeline = { entries: [] }

/**
 * A timeline from entries.
 * Linear in the number of entries.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (...entries: ReadonlyArray<Entry>): Timeline => ({ entries })

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Records that an event occurred, at a time if known (data-last).
 * Linear in the number of entries (a new timeline).
 *
 * @category combinators
 * @since 0.1.0
 */
export const occurred =
  (event: Id.EventId, time?: Time.TimeRef) =>
  (t: Timeline): Timeline => ({
    entries: [
      ...t.entries,
      time === undefined ? { kind: 'occurred', event } : { kind: 'occurred', event, time },
    ],
  })

/**
 * Records that an event had not occurred by a time (data-last).
 * Linear in the number of entries (a new timeline).
 *
 * @category combinators
 * @since 0.1.0
 */
export const notOccurredBy =
  (event: Id.EventId, by: Time.TimeRef) =>
  (t: Timeline): Timeline => ({ entries: [...t.entries, { kind: 'not_occurred', event, by }] })

/**
 * All the entries of two timelines, the first's first (data-last).
 * Linear in the number of entries.
 *
 * @category combinators
 * @since 0.1.0
 */
export const concat =
  (second: Timeline) =>
  (first: Timeline): Timeline => ({ entries: [...first.entries, ...second.entries] })

// -------------------------------------------------------------------------------------
// Kleene logic
// -------------------------------------------------------------------------------------

const RANK: Readonly<Record<Truth, number>> = { false: 0, unknown: 1, true: 2 }
const OF: ReadonlyArray<Truth> = ['false', 'unknown', 'true']

/**
 * Kleene negation.
 * Constant time.
 *
 * @category combinators
 * @since 0.1.0
 */
export const not = (a: Truth): Truth => OF[2 - RANK[a]]!

/**
 * Kleene conjunction (the minimum under false < unknown < true).
 * Constant time.
 *
 * @category combinators
 * @since 0.1.0
 */
export const and = (a: Truth, b: Truth): Truth => OF[Math.min(RANK[a], RANK[b])]!

/**
 * Kleene disjunction (the maximum under false < unknown < true).
 * Constant time.
 *
 * @category combinators
 * @since 0.1.0
 */
export const or = (a: Truth, b: Truth): Truth => OF[Math.max(RANK[a], RANK[b])]!

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * Evaluates a proposition as of a time (data-last on the proposition). Building the
 * evaluator reads the timeline and the events once (n·log n: two sorts); each evaluation is
 * linear in the proposition plus the entries its reasons name — an event named many times
 * is visited once.
 *
 * Propositions nested deeper than {@link Proposition.MAX_DEPTH} levels (which decoding never
 * produces) and cyclic hand-built values are refused with a `RangeError`.
 *
 * @category queries
 * @since 0.1.0
 */
export const evaluate = (ctx: Context): ((p: Proposition.Proposition) => Evaluation) => {
  const k = knowledge(ctx.timeline, ctx.events ?? [], ctx.publication, false, true)
  const instant = k.resolve(ctx.asOf)
  return (p) => ({ value: truth(k.at(p, instant)), because: k.because(p, instant) })
}

/**
 * The times of the `occurred` entries among the given indices.
 * Linear in the number of indices.
 *
 * @category queries
 * @since 0.1.0
 */
export const timesOf = (t: Timeline, indices: ReadonlyArray<number>): ReadonlyArray<Time.TimeRef> =>
  indices.flatMap((i) => {
    const e = t.entries[i]
    return e?.kind === 'occurred' && e.time !== undefined ? [e.time] : []
  })
