import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Codec, Time } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { knownDate, relative, time } from './support/arbitraries.js'

const T = Time.time

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
        '2024-10-25T10:00',
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
})
