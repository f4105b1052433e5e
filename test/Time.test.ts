import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Codec, Id, Time } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { knownDate, relative, time } from './support/arbitraries.js'

const T = Time.time
const two = (n: number) => String(n).padStart(2, '0')
/** Full dates with a time of day, in the frame or with an offset. */
const dateTime: fc.Arbitrary<Time.Time> = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    zone: fc.constantFrom('', 'Z', '+03:00', '-05:00', '+05:30', '+14:00', '-12:00'),
  })
  .map(
    (d) =>
      `${d.year}-${two(d.month)}-${two(d.day)}T${two(d.hour)}:${two(d.minute)}${d.second === undefined ? '' : `:${two(d.second)}`}${d.zone}` as Time.Time,
  )
const anyTime = fc.oneof(time, relative, dateTime)

describe('Time', () => {
  describe('codecs', () => {
    codecLaws(Time.Time, time)
    codecLaws(Time.RelativeTime, relative)
    codecLaws(Time.TimeRef, fc.oneof(time, relative))

    it('accepts the EDTF subset', () => {
      for (const s of [
        '2024',
        '2024-10',
        '2024-10-25',
        'XXXX-10-25',
        'XXXX-10',
        '2024-10~',
        '2024?',
        '2024-10-25%',
        '2024-10/2024-12',
        '../2024',
        '2024-10-25/..',
        '2024-10-25/',
        '/2024',
        '2024-10-26T12:00',
        '2024-10-26T12:00:30',
        '2024-10-26T12:00Z',
        '2024-10-26T12:00+03:00',
        '2024-10-26T06:30-05:00',
        '2024-10-26T00:00+14:00',
        '2024-10-26T00:00-12:00',
        'XXXX-10-26T12:00',
        '2024-10-25T10:00Z/2024-10-25T12:00Z',
        '2024-10-25T10:00/..',
      ]) {
        expect(Time.isTime(s), s).toBe(true)
      }
    })

    it('rejects impossible and nearly-right dates with invalid_time', () => {
      for (const s of [
        '2024-02-30',
        '2023-02-29',
        '2024-13',
        '2024-00',
        '0000',
        '2024-1-5',
        '24-10-25',
        'XXXX',
        '2024-10-25T10',
        '2024-10T10:00',
        '2024-10-25T24:00',
        '2024-10-25T10:60',
        '2024-10-25T10:00:60',
        '2024-10-25T10:00+00:00',
        '2024-10-25T10:00+15:00',
        '2024-10-25T10:00-12:30',
        '2024-10-25T10:00+03:60',
        '2024-10-25T10:00~',
        '2024-10-25T12:00Z/2024-10-25T10:00Z',
        '2024-10-25??',
        '2024/2023',
        '../..',
        '/',
        '2024/2025/2026',
        '',
        ' 2024',
        '2024-10-32',
      ]) {
        expect(issuesOf(Time.Time, s), s).toEqual([['/', 'invalid_time']])
      }
      expect(Time.isTime('2024-02-29')).toBe(true)
      expect(issuesOf(Time.Time, 2024)).toEqual([['/', 'invalid_type']])
      expect(() => T('2024-02-30')).toThrow(TypeError)
    })

    it('explains what is wrong', () => {
      const r = Codec.decode(Time.Time)('2024-13')
      expect(E.isLeft(r) && r.left.issues[0].message).toBe(
        'Time "2024-13": month 13 does not exist',
      )
    })
  })

  describe('constructors', () => {
    test.prop([time])('format(parse(t)) === t', (t) => {
      expect(Time.format(Time.parse(t))).toBe(t)
    })

    it('parse gives the parts', () => {
      expect(Time.parse(T('XXXX-10-25'))).toEqual({ kind: 'date', date: { month: 10, day: 25 } })
      expect(Time.parse(T('2024-10~/..'))).toEqual({
        kind: 'interval',
        start: { kind: 'date', date: { year: 2024, month: 10, qualifier: 'approximate' } },
        end: { kind: 'open' },
      })
    })

    it('relative builds a relative time', () => {
      expect(Time.relative('last week', { unit: 'week', amount: -1 })).toEqual({
        kind: 'relative',
        phrase: 'last week',
        shift: { unit: 'week', amount: -1 },
      })
    })
  })

  describe('queries', () => {
    it('compare answers before, after, same, overlapping and unknown', () => {
      expect(Time.compare(T('2024-10-25'), T('2024-11'))).toBe('before')
      expect(Time.compare(T('2024-11'), T('2024-10-25'))).toBe('after')
      expect(Time.compare(T('2024-10-25'), T('2024-10-25'))).toBe('same')
      expect(Time.compare(T('2024-10'), T('2024-10-25'))).toBe('overlapping')
      expect(Time.compare(T('XXXX-10-25'), T('2024-11'))).toBe('unknown')
      expect(Time.compare(T('2024-10-25~'), T('2024-10-25'))).toBe('overlapping')
      expect(Time.compare(T('2024-10-25~'), T('2024-10-27'))).toBe('before')
      expect(Time.compare(T('2024-01/..'), T('2030'))).toBe('overlapping')
      expect(Time.compare(T('2024-01/'), T('2030'))).toBe('unknown')
      expect(Time.compare(T('../2023'), T('2024'))).toBe('before')
    })

    it('resolves relative times against an anchor or the publication time', () => {
      // 2024-11-05 is a Tuesday
      const lastWeek = Time.relative('last week', { unit: 'week', amount: -1 })
      expect(Time.compare(lastWeek, T('2024-10-30'), T('2024-11-05'))).toBe('overlapping')
      expect(Time.compare(lastWeek, T('2024-11-04'), T('2024-11-05'))).toBe('before')
      expect(Time.compare(lastWeek, T('2024-11-04'))).toBe('unknown')
      const sunday = Time.relative(
        'on Sunday',
        { weekday: 'sunday', which: 'last' },
        T('2024-11-05'),
      )
      expect(Time.compare(sunday, T('2024-11-03'))).toBe('same')
      const nextFriday = Time.relative(
        'next Friday',
        { weekday: 'friday', which: 'next' },
        T('2024-11-05'),
      )
      expect(Time.compare(nextFriday, T('2024-11-08'))).toBe('same')
      const yesterday = Time.relative('yesterday', { unit: 'day', amount: -1 }, T('2024-03-01'))
      expect(Time.compare(yesterday, T('2024-02-29'))).toBe('same')
      expect(
        Time.compare(
          Time.relative('last month', { unit: 'month', amount: -1 }, T('2024-01-15')),
          T('2023-12'),
        ),
      ).toBe('overlapping')
      expect(
        Time.compare(
          Time.relative('last year', { unit: 'year', amount: -1 }, T('2024-01-15')),
          T('2023-06-01'),
        ),
      ).toBe('overlapping')
      expect(
        Time.compare(Time.relative('then', { unit: 'day', amount: 0 }, T('XXXX-01-15')), T('2023')),
      ).toBe('unknown')
    })

    test.prop([anyTime, anyTime, anyTime], { numRuns: 300 })(
      'with times of day: before is transitive, compare antisymmetric',
      (a, b, c) => {
        const mirror = {
          before: 'after',
          after: 'before',
          same: 'same',
          overlapping: 'overlapping',
          unknown: 'unknown',
        } as const
        expect(Time.compare(b, a)).toBe(mirror[Time.compare(a, b)])
        expect(Time.compare(a, a)).not.toBe('before')
        if (Time.isBefore(a, b) && Time.isBefore(b, c)) expect(Time.isBefore(a, c)).toBe(true)
      },
    )

    test.prop([dateTime, dateTime, dateTime], { numRuns: 500 })(
      'before is transitive on times of day on nearby days',
      (x, y, z) => {
        // keep the dates within a few days of each other, where offsets matter
        const near = (t: string, d: number) => `2024-03-${two(10 + d)}${t.slice(10)}` as Time.Time
        const [a, b, c] = [near(x, 0), near(y, 1), near(z, 0)]
        for (const [p, q, r] of [
          [a, b, c],
          [b, a, c],
          [c, b, a],
          [a, c, b],
        ] as const)
          if (Time.isBefore(p, q) && Time.isBefore(q, r)) expect(Time.isBefore(p, r)).toBe(true)
      },
    )

    test.prop([fc.oneof(time, relative)])('before is irreflexive', (a) => {
      expect(Time.compare(a, a, T('2024-01-01'))).not.toBe('before')
    })

    test.prop([fc.oneof(time, relative), fc.oneof(time, relative), fc.oneof(time, relative)])(
      'before is transitive',
      (a, b, c) => {
        if (Time.isBefore(a, b) && Time.isBefore(b, c)) expect(Time.isBefore(a, c)).toBe(true)
      },
    )

    test.prop([fc.oneof(time, relative), fc.oneof(time, relative)])(
      'compare is antisymmetric',
      (a, b) => {
        const mirror = {
          before: 'after',
          after: 'before',
          same: 'same',
          overlapping: 'overlapping',
          unknown: 'unknown',
        } as const
        expect(Time.compare(b, a)).toBe(mirror[Time.compare(a, b)])
      },
    )

    test.prop([knownDate, knownDate])('known dates are never unknown to each other', (a, b) => {
      expect(Time.compare(a, b)).not.toBe('unknown')
    })
  })

  describe('times of day', () => {
    it('parse and format a time of day with its offset', () => {
      expect(Time.parse(T('2024-10-26T12:00+03:00'))).toEqual({
        kind: 'date',
        date: { year: 2024, month: 10, day: 26, time: { hour: 12, minute: 0, offset: 180 } },
      })
      expect(Time.parse(T('2024-10-26T06:30:15Z'))).toEqual({
        kind: 'date',
        date: {
          year: 2024,
          month: 10,
          day: 26,
          time: { hour: 6, minute: 30, second: 15, offset: 0 },
        },
      })
      for (const t of ['2024-10-26T12:00', '2024-10-26T06:30:15-04:30', 'XXXX-01-02T23:59Z'])
        expect(Time.format(Time.parse(T(t)))).toBe(t)
    })

    test.prop([dateTime])('format(parse(t)) === t for times of day', (t) => {
      expect(Time.format(Time.parse(t))).toBe(t)
    })

    it('compare: times of day in the frame compare by the second, and a day overlaps its hours', () => {
      expect(Time.compare(T('2024-10-26T10:00'), T('2024-10-26T12:00'))).toBe('before')
      expect(Time.compare(T('2024-10-26T12:00'), T('2024-10-26T12:00:00'))).toBe('same')
      expect(Time.compare(T('2024-10-26'), T('2024-10-26T12:00'))).toBe('overlapping')
      expect(Time.compare(T('2024-10-25'), T('2024-10-26T00:00'))).toBe('before')
      expect(Time.compare(T('2024-10'), T('2024-10-26T12:00'))).toBe('overlapping')
    })

    it('compare: instants compare exactly, whatever their offsets', () => {
      // 01:00 in UTC+3 is 22:00 UTC the day before
      expect(Time.compare(T('2024-10-26T01:00+03:00'), T('2024-10-25T23:00Z'))).toBe('before')
      expect(Time.compare(T('2024-10-26T12:00+03:00'), T('2024-10-26T09:00Z'))).toBe('same')
      expect(Time.compare(T('2024-10-26T12:00+03:00'), T('2024-10-26T04:00-05:00'))).toBe('same')
    })

    it('compare: an instant against a date of the frame allows for every offset', () => {
      expect(Time.compare(T('2024-10-26T01:00+03:00'), T('2024-10-26'))).toBe('overlapping')
      expect(Time.compare(T('2024-10-26T01:00+03:00'), T('2024-10-25'))).toBe('overlapping')
      expect(Time.compare(T('2024-10-26T13:00Z'), T('2024-10-25'))).toBe('after')
      expect(Time.compare(T('2024-10-26T12:00Z'), T('2024-10-26T12:00'))).toBe('overlapping')
      expect(Time.compare(T('2024-10-26T12:00Z'), T('2024-10-28'))).toBe('before')
    })

    it('clock: a time of day for relative times', () => {
      expect(Time.clock('12:00')).toBe('12:00')
      expect(() => Time.clock('25:00')).toThrow(TypeError)
      expect(issuesOf(Time.Clock, '12:00+03:00')).toEqual([])
      expect(issuesOf(Time.Clock, '12h')).toEqual([['/', 'invalid_time']])
      expect(issuesOf(Time.Clock, 12)).toEqual([['/', 'invalid_type']])
    })

    test.prop(
      [
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 0, max: 69 }),
        fc.option(fc.integer({ min: 0, max: 69 }), { nil: undefined }),
        fc.option(
          fc.tuple(
            fc.constantFrom('+', '-'),
            fc.integer({ min: 0, max: 16 }),
            fc.integer({ min: 0, max: 69 }),
          ),
          { nil: undefined },
        ),
        fc.boolean(),
      ],
      { numRuns: 500 },
    )(
      'the Clock codec accepts exactly the times of day that clock parses',
      (h, m, sec, zone, z) => {
        const text = `${two(h)}:${two(m)}${sec === undefined ? '' : `:${two(sec)}`}${
          z ? 'Z' : zone === undefined ? '' : `${zone[0]}${two(zone[1])}:${two(zone[2])}`
        }`
        let parsed = true
        try {
          Time.clock(text)
        } catch {
          parsed = false
        }
        expect(Time.Clock.is(text), text).toBe(parsed)
        expect(Time.isTime(`2024-01-01T${text}`), text).toBe(parsed)
      },
    )

    it("a relative time with a clock: Saturday at 12 o'clock", () => {
      // published on Wednesday 2024-10-23
      const saturday = Time.relative(
        "Saturday at 12 o'clock",
        { weekday: 'saturday', which: 'next' },
        undefined,
        Time.clock('12:00'),
      )
      const p = T('2024-10-23')
      expect(Time.compare(saturday, T('2024-10-26T12:00'), p)).toBe('same')
      expect(Time.compare(saturday, T('2024-10-26T15:00'), p)).toBe('before')
      expect(Time.compare(saturday, T('2024-10-26'), p)).toBe('overlapping')
      const moscow = Time.relative(
        'at noon Moscow time',
        { unit: 'day', amount: 0 },
        T('2024-10-26'),
        Time.clock('12:00+03:00'),
      )
      expect(Time.compare(moscow, T('2024-10-26T09:00Z'))).toBe('same')
    })
  })

  describe('anchors', () => {
    const p = T('2024-11-05') // a Tuesday
    const sunday = Time.relative('on Sunday', { weekday: 'sunday', which: 'last' })
    const nextDay = Time.relative('the next day', { unit: 'day', amount: 1 }, sunday)

    it('a relative time anchored to another relative time', () => {
      expect(Time.compare(nextDay, T('2024-11-04'), p)).toBe('same')
      expect(Time.compare(nextDay, T('2024-11-04'))).toBe('unknown')
      expect(Time.RelativeTime.is(nextDay)).toBe(true)
    })

    it('a relative time anchored to an event, resolved through the event lookup', () => {
      const after = Time.relative(
        'the day after the strike',
        { unit: 'day', amount: 1 },
        Time.ofEvent(Id.event('strike')),
      )
      const times: Record<string, Time.TimeRef> = {
        strike: T('2024-10-26'),
        talks: Time.relative(
          'two days later',
          { unit: 'day', amount: 2 },
          Time.ofEvent(Id.event('strike')),
        ),
        a: Time.relative('after b', { unit: 'day', amount: 1 }, Time.ofEvent(Id.event('b'))),
        b: Time.relative('after a', { unit: 'day', amount: 1 }, Time.ofEvent(Id.event('a'))),
      }
      const eventTime = (id: Id.EventId) => times[id]
      const read = Time.compareWith({ publication: p, eventTime })
      expect(read(after, T('2024-10-27'))).toBe('same')
      expect(
        read(
          Time.relative('then', { unit: 'day', amount: 0 }, Time.ofEvent(Id.event('talks'))),
          T('2024-10-28'),
        ),
      ).toBe('same')
      // a cycle of anchors, a missing event and no lookup at all are unknown
      expect(read(times.a!, T('2024-10-28'))).toBe('unknown')
      expect(
        read(Time.relative('x', { unit: 'day', amount: 1 }, Time.ofEvent(Id.event('none'))), p),
      ).toBe('unknown')
      expect(Time.compare(after, T('2024-10-27'))).toBe('unknown')
      expect(Time.resolveWith({ eventTime })(after)).toEqual(Time.range(T('2024-10-27')))
    })

    it('a chain of 10,000 anchors resolves without deep recursion', () => {
      let t: Time.TimeRef = T('2024-01-01')
      for (let i = 0; i < 10_000; i++)
        t = Time.relative('a day later', { unit: 'day', amount: 1 }, t)
      expect(Time.compare(t, T('2051-05-19'))).toBe('same')
      expect(Time.supplyYear(T('2024-06-01'))(t)).toBe(t)
    })

    it('codecs: anchors are calendar times, relative times or events', () => {
      expect(
        issuesOf(Time.RelativeTime, {
          kind: 'relative',
          phrase: 'x',
          shift: { unit: 'day', amount: 1 },
          anchor: { kind: 'event', event: 'strike' },
        }),
      ).toEqual([])
      expect(
        issuesOf(Time.RelativeTime, {
          kind: 'relative',
          phrase: 'x',
          shift: { unit: 'day', amount: 1 },
          anchor: { kind: 'event', event: '' },
        }),
      ).toEqual([['/anchor/event', 'invalid_id']])
      expect(
        issuesOf(Time.RelativeTime, {
          kind: 'relative',
          phrase: 'x',
          shift: { unit: 'day', amount: 1 },
          anchor: { kind: 'moment' },
        }),
      ).toEqual([['/anchor/kind', 'invalid_tag']])
      expect(
        issuesOf(Time.RelativeTime, {
          kind: 'relative',
          phrase: 'x',
          shift: { unit: 'day', amount: 1 },
          anchor: 7,
        }),
      ).toEqual([['/anchor', 'invalid_type']])
      expect(
        issuesOf(Time.RelativeTime, {
          kind: 'relative',
          phrase: 'x',
          shift: { unit: 'day', amount: 1 },
          clock: '7pm',
        }),
      ).toEqual([['/clock', 'invalid_time']])
    })
  })

  describe('unstated years', () => {
    const same = Time.compareWith({ sameYear: true })

    it('compareWith without options answers as compare', () => {
      expect(Time.compareWith({})(T('XXXX-10-25'), T('XXXX-10-26'))).toBe('unknown')
      expect(Time.compareWith({})(T('2024-10-25'), T('2024-10-26'))).toBe('before')
    })

    test.prop([fc.oneof(time, relative), fc.oneof(time, relative)])(
      'compareWith({ publication }) is compare with that publication date',
      (a, b) => {
        expect(Time.compareWith({ publication: T('2024-06-15') })(a, b)).toBe(
          Time.compare(a, b, T('2024-06-15')),
        )
      },
    )

    it('sameYear: year-less dates compare by their known parts', () => {
      expect(same(T('XXXX-10-25'), T('XXXX-10-26'))).toBe('before')
      expect(same(T('XXXX-10-26'), T('XXXX-10-25'))).toBe('after')
      expect(same(T('XXXX-10-25'), T('XXXX-10-25'))).toBe('same')
      expect(same(T('XXXX-10'), T('XXXX-10-25'))).toBe('overlapping')
      expect(same(T('XXXX-01'), T('XXXX-12-31'))).toBe('before')
      expect(same(T('XXXX-10-25~'), T('XXXX-10-26'))).toBe('overlapping')
      expect(same(T('XXXX-10-01/XXXX-10-05'), T('XXXX-10-07'))).toBe('before')
    })

    it('sameYear: an answer must hold whatever the year (leap days, weekdays)', () => {
      const dayAfter = Time.relative('the next day', { unit: 'day', amount: 1 }, T('XXXX-02-28'))
      expect(same(dayAfter, T('XXXX-03-01'))).toBe('unknown') // 29 February in leap years
      expect(same(dayAfter, T('XXXX-03-02'))).toBe('before')
      expect(same(T('XXXX-02-29'), T('XXXX-03-01'))).toBe('before') // only leap years
      const sunday = Time.relative(
        'on Sunday',
        { weekday: 'sunday', which: 'last' },
        T('XXXX-10-27'),
      )
      expect(same(sunday, T('XXXX-10-27'))).toBe('before')
      expect(same(sunday, T('XXXX-10-24'))).toBe('unknown') // depends on the weekday
    })

    it('sameYear says nothing of a stated year or of the publication date', () => {
      expect(same(T('XXXX-10-25'), T('2024-11'))).toBe('unknown')
      const lastWeek = Time.relative('last week', { unit: 'week', amount: -1 })
      expect(
        Time.compareWith({ sameYear: true, publication: T('2024-11-05') })(
          lastWeek,
          T('XXXX-10-01'),
        ),
      ).toBe('unknown')
    })

    test.prop([fc.oneof(time, relative), fc.oneof(time, relative)])(
      'sameYear: compare is antisymmetric, and before is irreflexive',
      (a, b) => {
        const mirror = {
          before: 'after',
          after: 'before',
          same: 'same',
          overlapping: 'overlapping',
          unknown: 'unknown',
        } as const
        expect(same(b, a)).toBe(mirror[same(a, b)])
        expect(same(a, a)).not.toBe('before')
      },
    )

    test.prop([fc.oneof(time, relative), fc.oneof(time, relative), fc.oneof(time, relative)])(
      'sameYear: before is transitive',
      (a, b, c) => {
        if (same(a, b) === 'before' && same(b, c) === 'before') expect(same(a, c)).toBe('before')
      },
    )

    describe('supplyYear: the year nearest the publication date', () => {
      const supply = (publication: string, t: string) => Time.supplyYear(T(publication))(T(t))
      it('around New Year', () => {
        expect(supply('2025-01-03', 'XXXX-12-30')).toBe('2024-12-30')
        expect(supply('2025-01-03', 'XXXX-01-02')).toBe('2025-01-02')
        expect(supply('2024-12-30', 'XXXX-01-02')).toBe('2025-01-02')
        expect(supply('2025-01-01', 'XXXX-12-31')).toBe('2024-12-31')
        expect(supply('2024-12-31', 'XXXX-12-31')).toBe('2024-12-31')
        expect(supply('2025-01-03', 'XXXX-12')).toBe('2024-12')
        expect(supply('2025-01-03', 'XXXX-12-30/XXXX-01-02')).toBe('2024-12-30/2025-01-02')
      })
      it('half a year away, and a tie goes to the earlier year', () => {
        expect(supply('2025-07-03', 'XXXX-01-01')).toBe('2026-01-01') // 182 days ahead, 183 back
        expect(supply('2025-07-01', 'XXXX-01-01')).toBe('2025-01-01')
        expect(supply('2024-07-02', 'XXXX-01-01')).toBe('2024-01-01') // 183 days either way
      })
      it('only years in which the date exists', () => {
        expect(supply('2025-03-01', 'XXXX-02-29')).toBe('2024-02-29')
        expect(supply('2026-06-01', 'XXXX-02-29')).toBe('2028-02-29')
      })
      it('keeps qualifiers, stated years, and what it cannot fill', () => {
        expect(supply('2024-11-05', 'XXXX-10-25~')).toBe('2024-10-25~')
        expect(supply('2024-11-05', '2023-10-25')).toBe('2023-10-25')
        expect(supply('2024-11-05', 'XXXX-10-25/..')).toBe('2024-10-25/..')
        expect(Time.supplyYear(T('2024/..'))(T('XXXX-10-25'))).toBe('XXXX-10-25') // unbounded
        expect(Time.supplyYear(T('XXXX-11-05'))(T('XXXX-10-25'))).toBe('XXXX-10-25')
        // an interval the years would turn around is returned as it is
        expect(supply('2025-07-01', 'XXXX-12-30/XXXX-01-02')).toBe('XXXX-12-30/XXXX-01-02')
      })
      it('fills the anchor of a relative time', () => {
        const then = Time.relative('the next day', { unit: 'day', amount: 1 }, T('XXXX-12-31'))
        expect(Time.supplyYear(T('2025-01-04'))(then)).toEqual({ ...then, anchor: '2024-12-31' })
      })
    })

    it('yearFromPublication: a year-less date takes the nearest year', () => {
      const read = Time.compareWith({ publication: T('2025-01-03'), yearFromPublication: true })
      expect(read(T('XXXX-12-30'), T('2025-01-01'))).toBe('before')
      expect(read(T('XXXX-01-02'), T('2025-01-01'))).toBe('after')
      expect(read(T('XXXX-12-30'), T('XXXX-01-02'))).toBe('before') // across New Year
      // with sameYear as well, a pair of year-less dates lies in one year
      const both = Time.compareWith({
        publication: T('2025-01-03'),
        yearFromPublication: true,
        sameYear: true,
      })
      expect(both(T('XXXX-12-30'), T('XXXX-01-02'))).toBe('after')
      expect(both(T('XXXX-12-30'), T('2025-01-01'))).toBe('before')
      expect(
        Time.compareWith({ yearFromPublication: true })(T('XXXX-12-30'), T('2025-01-01')),
      ).toBe('unknown')
    })
  })
})

// durations: ISO 8601 durations and adding them to the days a time may cover
const part = fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined })
const durationValue: fc.Arbitrary<Time.DurationValue> = fc
  .record({
    years: part,
    months: part,
    weeks: part,
    days: part,
    hours: part,
    minutes: part,
    seconds: part,
  })
  .map((v) => Object.fromEntries(Object.entries(v).filter(([, n]) => n !== undefined)))
  .filter((v) => Object.keys(v).length > 0)
const durationArb = durationValue.map(Time.durationOf)
const day = Time.range(T('2031-01-20'))
const days = (a: string, b: string) => ({
  lo: Time.range(T(a)).lo,
  hi: Time.range(T(b)).hi,
  known: true,
})

describe('Time durations', () => {
  describe('codecs', () => {
    codecLaws(Time.Duration, durationArb)

    it('accepts ISO 8601 durations of whole units', () => {
      for (const s of [
        'PT72H',
        'P3D',
        'P2W',
        'P1M',
        'P1Y',
        'P1Y2M10DT2H30M',
        'PT0S',
        'P0D',
        'PT90M',
        'P1W2D',
      ])
        expect(Time.isDuration(s), s).toBe(true)
    })

    it('rejects what is not one, with invalid_duration and a reason', () => {
      for (const s of [
        'P',
        'PT',
        'P1DT',
        'P1H',
        'P1M1Y',
        'PT1.5H',
        'P0,5D',
        '-P1D',
        'pt72h',
        '72 hours',
        '',
        'P1234567D',
        'P1D ',
        'PT72H'.repeat(20),
      ])
        expect(issuesOf(Time.Duration, s), s).toEqual([['/', 'invalid_duration']])
      expect(issuesOf(Time.Duration, 72)).toEqual([['/', 'invalid_type']])
      const message = (s: string) => {
        const r = Codec.decode(Time.Duration)(s)
        return E.isLeft(r) ? r.left.issues[0].message : ''
      }
      expect(message('PT1.5H')).toBe(
        'Duration "PT1.5H" has a fraction: use a smaller unit (PT90M, not PT1.5H)',
      )
      expect(message('-P1D')).toBe('Duration "-P1D" is negative')
      expect(message('P')).toBe('Duration "P" has no parts (write P0D for no time at all)')
      expect(message('P1DT')).toBe(
        'Duration "P1DT" has a "T" with no hours, minutes or seconds after it',
      )
    })
  })

  describe('constructors', () => {
    it('duration checks a literal, durationOf builds one from parts', () => {
      expect(Time.duration('PT72H')).toBe('PT72H')
      expect(() => Time.duration('72h')).toThrow(TypeError)
      expect(Time.durationOf({ hours: 72 })).toBe('PT72H')
      expect(Time.durationOf({ years: 1, days: 3, minutes: 5 })).toBe('P1Y3DT5M')
      expect(Time.durationOf({ weeks: 2 })).toBe('P2W')
      expect(() => Time.durationOf({})).toThrow(TypeError)
      expect(() => Time.durationOf({ hours: 1.5 })).toThrow(TypeError)
      expect(() => Time.durationOf({ days: -1 })).toThrow(TypeError)
      expect(Time.parseDuration(Time.duration('P1Y2M10DT2H30M'))).toEqual({
        years: 1,
        months: 2,
        days: 10,
        hours: 2,
        minutes: 30,
      })
    })

    test.prop([durationValue])('parseDuration(durationOf(parts)) gives the parts back', (v) => {
      expect(Time.parseDuration(Time.durationOf(v))).toEqual(v)
    })
  })

  describe('combinators', () => {
    const add = (d: string, r: Time.Range) => Time.addDuration(Time.duration(d))(r)
    it('addDuration adds whole days exactly', () => {
      expect(add('PT72H', day)).toEqual(Time.range(T('2031-01-23')))
      expect(add('P3D', day)).toEqual(Time.range(T('2031-01-23')))
      expect(add('P2W', day)).toEqual(Time.range(T('2031-02-03')))
      expect(add('P0D', day)).toEqual(day)
    })
    it('addDuration widens where the hour is unknown: PT5H from a day is that day or the next', () => {
      expect(add('PT5H', day)).toEqual(days('2031-01-20', '2031-01-21'))
      expect(add('PT25H', day)).toEqual(days('2031-01-21', '2031-01-22'))
      expect(add('PT1440M', day)).toEqual(Time.range(T('2031-01-21')))
    })
    it('addDuration keeps both readings of a month from a day the target month lacks', () => {
      expect(add('P1M', Time.range(T('2031-01-15')))).toEqual(Time.range(T('2031-02-15')))
      expect(add('P1M', Time.range(T('2031-01-31')))).toEqual(days('2031-02-28', '2031-03-03'))
      expect(add('P1Y', Time.range(T('2032-02-29')))).toEqual(days('2033-02-28', '2033-03-01'))
      expect(add('P1Y2M', Time.range(T('2031-01-10')))).toEqual(Time.range(T('2032-03-10')))
    })
    it('addDuration moves a partial time as a whole: January plus three days', () => {
      expect(add('P3D', Time.range(T('2031-01')))).toEqual(days('2031-01-04', '2031-02-03'))
    })
    it('addDuration leaves unbounded and unknown ends as they are', () => {
      expect(add('P3D', Time.range(T('XXXX-01-20')))).toEqual(Time.range(T('XXXX-01-20')))
      const open = Time.range(T('2031-01-20/..'))
      expect(add('P1M', open)).toEqual({ ...open, lo: Time.range(T('2031-02-20')).lo })
      expect(add('P999999Y', day).hi).toBe(Number.POSITIVE_INFINITY)
    })
    test.prop([time, durationArb])('a duration never moves a time earlier', (t, d) => {
      const r = Time.range(t)
      const end = Time.addDuration(d)(r)
      expect(end.lo).toBeGreaterThanOrEqual(r.lo)
      expect(end.hi).toBeGreaterThanOrEqual(r.hi)
      expect(end.known).toBe(r.known)
    })
    test.prop([knownDate, knownDate, durationArb])(
      'refining a time refines the end: a day inside a range ends inside its end',
      (a, b, d) => {
        const outer = Time.range(a)
        const inner = Time.range(b)
        if (inner.lo < outer.lo || inner.hi > outer.hi) return
        const e1 = Time.addDuration(d)(outer)
        const e2 = Time.addDuration(d)(inner)
        expect(e2.lo).toBeGreaterThanOrEqual(e1.lo)
        expect(e2.hi).toBeLessThanOrEqual(e1.hi)
      },
    )
  })
})
