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
    it('a date whose year is unstated takes the year nearest the publication time, when that has a year', () => {
      // a ferry strike recorded "on 3 March", in a story published on 20 March 2031
      const strike = Id.event('ferry-strike')
      const timeline = pipe(TL.empty, TL.occurred(strike, Time.time('XXXX-03-03')))
      const at = (asOf: string, publication?: string) =>
        TL.evaluate({
          timeline,
          asOf: Time.time(asOf),
          ...(publication === undefined ? {} : { publication: Time.time(publication) }),
        })(P.occurs(strike)).value
      expect(at('2031-03-10', '2031-03-20')).toBe('true')
      // the year nearest the publication: published 1 September 2031, "3 March" is 2031's;
      // published 4 January 2032, it is 2032's, after the as-of time
      expect(at('2031-03-10', '2031-09-01')).toBe('true')
      expect(at('2031-03-10', '2032-01-04')).toBe('unknown')
      expect(at('2032-03-10', '2032-01-04')).toBe('true')
      // with no publication year, no year: unknown, as before
      expect(at('2031-03-10')).toBe('unknown')
      expect(at('2031-03-10', 'XXXX-03-20')).toBe('unknown')
    })
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
    it('an event recorded for one day had not occurred before it, as far as its own entry goes: open world', () => {
      const t = pipe(TL.empty, TL.occurred(ids[0]!, Time.time('2024-10-15')))
      // evaluation alone does not read a later occurrence as "not yet" (threat status does)
      expect(value(t, P.occurs(ids[0]!), Time.time('2024-10-01'))).toBe('unknown')
      // a month as an as-of time is an instant somewhere in it
      expect(value(t, P.occurs(ids[0]!), Time.time('2024-10'))).toBe('unknown')
      expect(
        value(
          pipe(TL.empty, TL.occurred(ids[0]!, Time.time('2024-10'))),
          P.occurs(ids[0]!),
          Time.time('2024-10-31'),
        ),
      ).toBe('true')
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

  describe('event relations', () => {
    const T = Time.time
    const x = (id: string) => Id.event(id)
    const at = (
      events: ReadonlyArray<Event.Event>,
      t: TL.Timeline,
      p: P.Proposition,
      asOf = '2031-06-30',
    ) => TL.evaluate({ timeline: t, asOf: T(asOf), events })(p)
    // "an attack on the capital" is an instance of "an attack on Xland", itself an instance
    // of "hostilities against Xland"; a drone strike on the port is another instance
    const hostilities = Event.make('hostilities', 'attack', 'hostilities against Xland', {
      status: 'hypothetical',
    })
    const attack = pipe(
      Event.make('attack-on-xland', 'attack', 'an attack on Xland', { status: 'hypothetical' }),
      Event.relate('instance_of', hostilities.id),
    )
    const capital = pipe(
      Event.make('attack-on-capital', 'attack', 'an attack on the capital', {
        status: 'hypothetical',
      }),
      Event.relate('instance_of', attack.id),
    )
    const port = pipe(
      Event.make('strike-on-port', 'strike', 'a drone strike on the port of Xport'),
      Event.relate('instance_of', attack.id),
    )
    const general = [hostilities, attack, capital, port]

    it('instance_of: an instance occurring makes the general event occur, transitively', () => {
      const t = pipe(TL.empty, TL.occurred(capital.id, T('2031-03-02')))
      expect(at(general, t, P.occurs(attack.id))).toEqual({ value: 'true', because: [0] })
      expect(at(general, t, P.occurs(hostilities.id)).value).toBe('true')
      expect(at(general, t, P.occurs(attack.id), '2031-03-01').value).toBe('unknown')
      // the general event does not make any one instance occur
      expect(at(general, t, P.occurs(port.id)).value).toBe('unknown')
      const both = pipe(t, TL.occurred(port.id, T('2031-02-10')))
      expect(at(general, both, P.occurs(attack.id), '2031-02-20')).toEqual({
        value: 'true',
        because: [1],
      })
    })
    it('instance_of: the general event not having occurred means no instance had', () => {
      const t = pipe(TL.empty, TL.notOccurredBy(hostilities.id, T('2031-04-01')))
      expect(at(general, t, P.occurs(port.id), '2031-03-31')).toEqual({
        value: 'false',
        because: [0],
      })
      expect(at(general, t, P.occurs(capital.id), '2031-03-31').value).toBe('false')
      expect(at(general, t, P.occurs(port.id), '2031-04-02').value).toBe('unknown')
    })

    // "the release of all the prisoners", in two parts
    const release = Event.make('release-all', 'release', 'Xland releases all the prisoners', {
      status: 'hypothetical',
    })
    const first = pipe(
      Event.make('release-20', 'release', 'Xland releases twenty of the prisoners'),
      Event.relate('part_of', release.id),
    )
    const rest = pipe(
      Event.make('release-rest', 'release', 'Xland releases the other thirty'),
      Event.relate('part_of', release.id),
    )
    const wholes = [release, first, rest]

    it('part_of: a part alone never makes the whole occur', () => {
      const t = pipe(TL.empty, TL.occurred(first.id, T('2031-01-15')))
      expect(at(wholes, t, P.occurs(release.id)).value).toBe('unknown')
      expect(at(wholes, t, P.occurs(first.id)).value).toBe('true')
    })
    it('part_of: the whole occurring means each part occurred', () => {
      const t = pipe(TL.empty, TL.occurred(release.id, T('2031-01-20')))
      expect(at(wholes, t, P.occurs(rest.id))).toEqual({ value: 'true', because: [0] })
      expect(at(wholes, t, P.occurs(rest.id), '2031-01-19').value).toBe('unknown')
    })
    it('part_of: a part not having occurred means the whole had not', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(first.id, T('2031-01-15')),
        TL.notOccurredBy(rest.id, T('2031-01-20')),
      )
      expect(at(wholes, t, P.occurs(release.id), '2031-01-20')).toEqual({
        value: 'false',
        because: [1],
      })
    })

    // "Xland's air defences intercept the missiles" prevents "the missiles hit the base"
    const hit = Event.make('missiles-hit-base', 'strike', 'the missiles hit the base', {
      status: 'hypothetical',
    })
    const intercept = pipe(
      Event.make('interception', 'intercept', 'Xland intercepts the missiles', {
        status: 'hypothetical',
      }),
      Event.relate('prevents', hit.id),
    )
    it('prevents works both ways: the preventing event occurring means the prevented one never does', () => {
      const t = pipe(TL.empty, TL.occurred(intercept.id, T('2031-05-01')))
      expect(at([hit, intercept], t, P.occurs(hit.id))).toEqual({ value: 'false', because: [0] })
      expect(at([hit, intercept], t, P.occurs(hit.id), '2030-01-01').value).toBe('false')
      const other = pipe(TL.empty, TL.occurred(hit.id, T('2031-05-01')))
      expect(at([hit, intercept], other, P.occurs(intercept.id))).toEqual({
        value: 'false',
        because: [0],
      })
      // both recorded: the entries disagree, and nothing is decided
      const both = pipe(t, TL.occurred(hit.id, T('2031-05-02')))
      expect(at([hit, intercept], both, P.occurs(hit.id)).value).toBe('unknown')
    })
    it('prevents reaches instances and wholes: an instance of a prevented event never occurs', () => {
      const strike = pipe(
        Event.make('strike-on-base', 'strike', 'one missile strikes the northern hangar'),
        Event.relate('instance_of', hit.id),
      )
      const t = pipe(TL.empty, TL.occurred(intercept.id, T('2031-05-01')))
      expect(at([hit, intercept, strike], t, P.occurs(strike.id))).toEqual({
        value: 'false',
        because: [0],
      })
      const struck = pipe(TL.empty, TL.occurred(strike.id, T('2031-05-01')))
      expect(at([hit, intercept, strike], struck, P.occurs(intercept.id)).value).toBe('false')
    })
    it('relations in a cycle are safe: events that are instances of each other rise and fall together', () => {
      const a = pipe(Event.make('a', 'x', 'a'), Event.relate('instance_of', x('b')))
      const b = pipe(Event.make('b', 'x', 'b'), Event.relate('instance_of', x('a')))
      const c = pipe(Event.make('c', 'x', 'c'), Event.relate('part_of', x('c')))
      const t = pipe(TL.empty, TL.occurred(x('a'), T('2031-01-01')))
      expect(at([a, b, c], t, P.occurs(x('b'))).value).toBe('true')
      expect(
        at([a, b, c], pipe(TL.empty, TL.notOccurredBy(x('a'), T('2031-12'))), P.occurs(x('b')))
          .value,
      ).toBe('false')
      expect(
        at([a, b, c], pipe(TL.empty, TL.occurred(x('c'), T('2031-01-01'))), P.occurs(x('c'))).value,
      ).toBe('true')
    })

    const related: fc.Arbitrary<ReadonlyArray<Event.Event>> = fc
      .array(
        fc.record({
          from: eventId,
          kind: fc.constantFrom('instance_of', 'part_of', 'prevents' as const),
          to: eventId,
        }),
        { maxLength: 5 },
      )
      .map((rs) =>
        ids.map((e) =>
          Event.make(e, 'x', e, {
            relations: rs.filter((r) => r.from === e).map((r) => ({ kind: r.kind, event: r.to })),
          }),
        ),
      )
    test.prop([related, timeline, timeline, prop])(
      'monotonicity holds with any relations, cycles included',
      (evs, t, more, p) => {
        const v = (tl: TL.Timeline) => TL.evaluate({ timeline: tl, asOf, events: evs })(p).value
        const before = v(t)
        const after = v(TL.concat(more)(t))
        if (before === 'true') expect(after).not.toBe('false')
        if (before === 'false') expect(after).not.toBe('true')
      },
    )
    test.prop([related, timeline, prop])(
      'evaluation agrees with the connectives with any relations',
      (evs, t, p) => {
        const v = (q: P.Proposition) => TL.evaluate({ timeline: t, asOf, events: evs })(q).value
        expect(v(P.not(p))).toBe(TL.not(v(p)))
        expect(v(P.and(p, P.occurs(ids[2]!)))).toBe(TL.and(v(p), v(P.occurs(ids[2]!))))
        expect(v(P.or(p, P.occurs(ids[3]!)))).toBe(TL.or(v(p), v(P.occurs(ids[3]!))))
        expect(v(P.simplify(p))).toBe(v(p))
      },
    )
  })

  it('evaluate refuses a proposition deeper than Proposition.MAX_DEPTH, in its value and in its reasons', () => {
    let deep = P.occurs(ids[0]!)
    for (let i = 0; i < P.MAX_DEPTH + 1; i++) deep = P.not(deep)
    expect(() => TL.evaluate({ timeline: TL.empty, asOf })(P.and(deep, deep))).toThrow(
      /nested more than 256 levels deep/,
    )
  })
})
