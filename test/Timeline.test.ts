import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Event, Id, Likelihood, Proposition as P, Time, Timeline as TL } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'

const truth = fc.constantFrom<TL.Truth>('true', 'false', 'unknown')
const ids = ['e0', 'e1', 'e2', 'e3'].map(Id.event)
const eventId = fc.constantFrom(...ids)
const time = fc
  .constantFrom(
    '2024-10-01',
    '2024-10-15',
    '2024-10',
    '2024-11-01',
    '2024',
    'XXXX-10-20',
    '2024-10-10/2024-10-20',
  )
  .map(Time.time)
const entry: fc.Arbitrary<TL.Entry> = fc.oneof(
  fc.record(
    { kind: fc.constant('occurred' as const), event: eventId, time },
    { requiredKeys: ['kind', 'event'] },
  ),
  fc.record({ kind: fc.constant('not_occurred' as const), event: eventId, by: time }),
)
const timeline = fc.array(entry, { maxLength: 6 }).map((entries) => ({ entries }))
const prop: fc.Arbitrary<P.Proposition> = fc.letrec<{ p: P.Proposition }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    eventId.map(P.occurs),
    tie('p').map(P.not),
    fc.tuple(tie('p'), tie('p')).map(([a, b]) => P.and(a, b)),
    fc.tuple(tie('p'), tie('p')).map(([a, b]) => P.or(a, b)),
    tie('p').map(P.hedge(Likelihood.fromFactuality('PS+'))),
    tie('p').map(P.able(Id.actor('a'))),
  ),
})).p
// e1 prevents e0: if e0 occurred, e1 did not.
const events = [
  Event.make('e1', 'prevent', 'e1 prevents e0', {
    relations: [{ kind: 'prevents', event: Id.event('e0') }],
  }),
]
const asOf = Time.time('2024-12-01')
const value = (t: TL.Timeline, p: P.Proposition, at: Time.TimeRef = asOf) =>
  TL.evaluate({ timeline: t, asOf: at, events })(p).value

describe('Timeline', () => {
  describe('codecs', () => {
    codecLaws(TL.Timeline, timeline)
    it('names bad entries', () => {
      expect(issuesOf(TL.Timeline, { entries: [{ kind: 'happened', event: 'e' }] })).toEqual([
        ['/entries/0/kind', 'invalid_tag'],
      ])
      expect(issuesOf(TL.Timeline, { entries: [{ kind: 'not_occurred', event: 'e' }] })).toEqual([
        ['/entries/0/by', 'missing_key'],
      ])
    })
  })

  describe('combinators', () => {
    test.prop([truth, truth])('De Morgan', (a, b) => {
      expect(TL.not(TL.and(a, b))).toBe(TL.or(TL.not(a), TL.not(b)))
      expect(TL.not(TL.or(a, b))).toBe(TL.and(TL.not(a), TL.not(b)))
    })
    test.prop([truth])('double negation', (a) => {
      expect(TL.not(TL.not(a))).toBe(a)
    })
    test.prop([truth, truth])('absorption', (a, b) => {
      expect(TL.and(a, TL.or(a, b))).toBe(a)
      expect(TL.or(a, TL.and(a, b))).toBe(a)
    })
    test.prop([truth, truth, truth])('and and or are commutative and associative', (a, b, c) => {
      expect(TL.and(a, b)).toBe(TL.and(b, a))
      expect(TL.or(TL.or(a, b), c)).toBe(TL.or(a, TL.or(b, c)))
    })
    it('excluded middle does not hold: p or not p is unknown when p is', () => {
      expect(TL.or('unknown', TL.not('unknown'))).toBe('unknown')
    })
    it('occurred, notOccurredBy, concat, make', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(ids[0]!, Time.time('2024-10-01')),
        TL.notOccurredBy(ids[1]!, Time.time('2024-12')),
        TL.occurred(ids[2]!),
      )
      expect(t.entries).toHaveLength(3)
      expect(TL.concat(TL.make({ kind: 'occurred', event: ids[3]! }))(t).entries).toHaveLength(4)
    })
  })

  describe('queries', () => {
    test.prop([timeline, prop])('evaluation agrees with the connectives (not, and, or)', (t, p) => {
      expect(value(t, P.not(p))).toBe(TL.not(value(t, p)))
      expect(value(t, P.and(p, P.occurs(ids[2]!)))).toBe(
        TL.and(value(t, p), value(t, P.occurs(ids[2]!))),
      )
      expect(value(t, P.or(p, P.occurs(ids[3]!)))).toBe(
        TL.or(value(t, p), value(t, P.occurs(ids[3]!))),
      )
    })
    test.prop([timeline, prop])(
      'simplify preserves the value (De Morgan, double negation)',
      (t, p) => {
        expect(value(t, P.simplify(p))).toBe(value(t, p))
      },
    )
    test.prop([timeline, timeline, prop])(
      'monotonicity: learning more never turns true into false or false into true',
      (t, more, p) => {
        const before = value(t, p)
        const after = value(TL.concat(more)(t), p)
        if (before === 'true') expect(after).not.toBe('false')
        if (before === 'false') expect(after).not.toBe('true')
      },
    )
    test.prop([prop])('an empty timeline knows nothing', (p) => {
      expect(TL.evaluate({ timeline: TL.empty, asOf, events })(p)).toEqual({
        value: 'unknown',
        because: [],
      })
    })

    it('occurs: true when dated no later than the as-of time, false when not occurred by it', () => {
      const t = pipe(TL.empty, TL.occurred(ids[0]!, Time.time('2024-10-15')))
      expect(TL.evaluate({ timeline: t, asOf: Time.time('2024-11') })(P.occurs(ids[0]!))).toEqual({
        value: 'true',
        because: [0],
      })
      expect(value(t, P.occurs(ids[0]!), Time.time('2024-10-01'))).toBe('unknown')
      expect(value(t, P.occurs(ids[0]!), Time.time('2024-10'))).toBe('unknown')
      expect(value(pipe(TL.empty, TL.occurred(ids[0]!)), P.occurs(ids[0]!))).toBe('unknown')
      const n = pipe(TL.empty, TL.notOccurredBy(ids[0]!, Time.time('2024-11-30')))
      expect(value(n, P.occurs(ids[0]!), Time.time('2024-11-01'))).toBe('false')
      expect(value(n, P.occurs(ids[0]!), Time.time('2025'))).toBe('unknown')
      expect(
        value(pipe(TL.empty, TL.occurred(ids[0]!, Time.time('XXXX-10-15'))), P.occurs(ids[0]!)),
      ).toBe('unknown')
    })
    it('an event that would have prevented one that occurred did not', () => {
      const t = pipe(TL.empty, TL.occurred(ids[0]!, Time.time('2024-10-15')))
      expect(TL.evaluate({ timeline: t, asOf, events })(P.occurs(ids[1]!))).toEqual({
        value: 'false',
        because: [0],
      })
      expect(value(pipe(t, TL.occurred(ids[1]!, Time.time('2024-10-01'))), P.occurs(ids[1]!))).toBe(
        'unknown',
      )
    })
    it('modalities: hedges defer to facts, ability is shown by the act, obligation is never settled', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(ids[0]!, Time.time('2024-10-15')),
        TL.notOccurredBy(ids[2]!, Time.time('2025')),
      )
      expect(value(t, pipe(P.occurs(ids[0]!), P.hedge(Likelihood.fromFactuality('PS+'))))).toBe(
        'true',
      )
      expect(value(t, pipe(P.occurs(ids[0]!), P.able(Id.actor('a'))))).toBe('true')
      expect(value(t, pipe(P.occurs(ids[2]!), P.able(Id.actor('a'))))).toBe('unknown')
      expect(value(t, pipe(P.occurs(ids[0]!), P.must(Id.actor('a'))))).toBe('unknown')
      expect(TL.timesOf(t, [0, 1, 5])).toEqual(['2024-10-15'])
    })
  })
})
