/**
 * What is known about events over time, and the evaluation of propositions against it in
 * strong three-valued (Kleene) logic: `true`, `false` or `unknown`.
 *
 * A timeline holds entries: an event **occurred** (at a time, possibly partial or
 * unknown), or an event had **not occurred by** a time. Evaluating `occurs(e)` as of a
 * time gives `true` when an entry shows `e` occurred no later than that time, `false` when
 * an entry shows it had not occurred by then (or when an event it would have prevented did
 * occur), and `unknown` otherwise — including when partial times leave the order open.
 * `not`, `and`, `or` are Kleene's connectives; a hedge (`epistemic`) takes the value of its
 * operand (facts outrank hedges); an `ability` is `true` once the act is done and `unknown`
 * otherwise; an `obligation` is never settled by facts and is always `unknown`.
 *
 * Every answer carries the indices of the timeline entries that decided it.
 *
 * @example
 * ```ts
 * import { Id, Proposition as P, Time, Timeline } from 'claimgraph'
 * import { pipe } from 'fp-ts/lib/function.js'
 * import assert from 'node:assert/strict'
 *
 * const attack = Id.event('attack')
 * const t = pipe(Timeline.empty, Timeline.occurred(attack, Time.time('2024-11-10')))
 * const asOf = (time: string) => Timeline.evaluate({ timeline: t, asOf: Time.time(time) })
 *
 * assert.equal(asOf('2024-12')(P.occurs(attack)).value, 'true')
 * assert.equal(asOf('2024-11')(P.occurs(attack)).value, 'unknown') // November may end before or after the 10th
 * ```
 *
 * @since 0.1.0
 */
import * as C from './Codec.js'
import type * as Event from './Event.js'
import * as Id from './Id.js'
import type * as Proposition from './Proposition.js'
import * as Time from './Time.js'
import { append } from './internal/collections.js'

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
 * resolve relative times).
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
export const Entry: C.Codec<Entry> = C.tagged('Entry', 'kind', {
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
}) as C.Codec<Entry>

/**
 * @category codecs
 * @since 0.1.0
 */
export const Timeline: C.Codec<Timeline> = C.struct('Timeline', {
  entries: C.array(Entry, { max: 10_000_000, name: 'Entries' }),
})

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
 *
 * @category combinators
 * @since 0.1.0
 */
export const notOccurredBy =
  (event: Id.EventId, by: Time.TimeRef) =>
  (t: Timeline): Timeline => ({ entries: [...t.entries, { kind: 'not_occurred', event, by }] })

/**
 * All the entries of two timelines, the first's first (data-last).
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
 *
 * @category combinators
 * @since 0.1.0
 */
export const not = (a: Truth): Truth => OF[2 - RANK[a]]!

/**
 * Kleene conjunction (the minimum under false < unknown < true).
 *
 * @category combinators
 * @since 0.1.0
 */
export const and = (a: Truth, b: Truth): Truth => OF[Math.min(RANK[a], RANK[b])]!

/**
 * Kleene disjunction (the maximum under false < unknown < true).
 *
 * @category combinators
 * @since 0.1.0
 */
export const or = (a: Truth, b: Truth): Truth => OF[Math.max(RANK[a], RANK[b])]!

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

const upTo = (
  time: Time.TimeRef | undefined,
  asOf: Time.TimeRef,
  publication: Time.Time | undefined,
): boolean => {
  if (time === undefined) return false
  const o = Time.compare(time, asOf, publication)
  return o === 'before' || o === 'same'
}

/**
 * Evaluates a proposition as of a time (data-last on the proposition).
 *
 * @category queries
 * @since 0.1.0
 */
export const evaluate = (ctx: Context): ((p: Proposition.Proposition) => Evaluation) => {
  const memo = new Map<string, Evaluation>()
  const preventers = new Map<string, Id.EventId[]>()
  for (const e of ctx.events ?? []) {
    for (const r of e.relations ?? []) {
      if (r.kind !== 'prevents') continue
      append(preventers, e.id, r.event)
    }
  }

  /** The entries that show an event occurred by `asOf`, and those that show it had not. */
  const direct = (event: Id.EventId): { readonly yes: number[]; readonly no: number[] } => {
    const yes: number[] = []
    const no: number[] = []
    ctx.timeline.entries.forEach((entry, i) => {
      if (entry.event !== event) return
      if (entry.kind === 'occurred') {
        if (upTo(entry.time, ctx.asOf, ctx.publication)) yes.push(i)
      } else {
        const o = Time.compare(ctx.asOf, entry.by, ctx.publication)
        if (o === 'before' || o === 'same') no.push(i)
      }
    })
    return { yes, no }
  }

  // Evidence only accumulates as entries are added (sets of indices only grow), and a value
  // is true only with evidence for and none against: so learning more never turns true into
  // false or false into true. Conflicting evidence gives unknown.
  const occurs = (event: Id.EventId): Evaluation => {
    const seen = memo.get(event)
    if (seen !== undefined) return seen
    const { yes, no } = direct(event)
    // An event that would have prevented one that did occur did not succeed.
    for (const target of preventers.get(event) ?? []) for (const e of direct(target).yes) no.push(e)
    const result: Evaluation =
      yes.length > 0 && no.length === 0
        ? { value: 'true', because: yes }
        : no.length > 0 && yes.length === 0
          ? { value: 'false', because: [...new Set(no)].sort((a, b) => a - b) }
          : { value: 'unknown', because: [...new Set([...yes, ...no])].sort((a, b) => a - b) }
    memo.set(event, result)
    return result
  }

  const go = (p: Proposition.Proposition): Evaluation => {
    switch (p.kind) {
      case 'occurs':
        return occurs(p.event)
      case 'not': {
        const r = go(p.operand)
        return { value: not(r.value), because: r.because }
      }
      case 'and':
      case 'or': {
        const rs = p.operands.map(go)
        const value = rs.map((r) => r.value).reduce(p.kind === 'and' ? and : or)
        const deciding = rs.filter((r) => r.value === value)
        return {
          value,
          because: [...new Set(deciding.flatMap((r) => r.because))].sort((a, b) => a - b),
        }
      }
      case 'epistemic':
        return go(p.operand)
      case 'ability': {
        const r = go(p.operand)
        return r.value === 'true' ? r : { value: 'unknown', because: [] }
      }
      case 'obligation':
        return { value: 'unknown', because: [] }
    }
  }
  return go
}

/**
 * The times of the `occurred` entries among the given indices.
 *
 * @category queries
 * @since 0.1.0
 */
export const timesOf = (t: Timeline, indices: ReadonlyArray<number>): ReadonlyArray<Time.TimeRef> =>
  indices.flatMap((i) => {
    const e = t.entries[i]
    return e?.kind === 'occurred' && e.time !== undefined ? [e.time] : []
  })
