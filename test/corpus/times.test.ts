import { describe, expect, it } from 'vitest'
import { Time } from '../../src/index.js'
import { gap, isoDay, place, relate, span } from '../../src/corpus/times.js'

const t = (s: string) => s as Time.Time
const yesterday: Time.RelativeTime = {
  kind: 'relative',
  phrase: 'yesterday',
  shift: { unit: 'day', amount: -1 },
}

describe('corpus/times', () => {
  describe('place', () => {
    it('a publication date supplies the unstated year', () => {
      const p = place(t('XXXX-10-25'), t('2030-10-28'))
      expect(p.ref).toBe('2030-10-25')
      expect(p.parts).toBeUndefined()
      expect(isoDay(p.range.lo)).toBe('2030-10-25')
    })

    it('a relative time is anchored to the publication date', () => {
      const p = place(yesterday, t('2030-10-28'))
      expect(isoDay(p.range.lo)).toBe('2030-10-27')
      expect(isoDay(p.range.hi)).toBe('2030-10-27')
    })

    it('without a publication date: dates and intervals keep their known parts', () => {
      expect(place(t('XXXX-10-25'), undefined).parts).toBe('XXXX-10-25')
      expect(place(t('XXXX-10-25/XXXX-10-27'), undefined).parts).toBe('XXXX-10-25/XXXX-10-27')
      expect(place(t('../XXXX-10-27'), undefined).parts).toBe('../XXXX-10-27')
    })

    it('without a publication date: nothing to compare by parts when no month is known', () => {
      expect(place(yesterday, undefined).parts).toBeUndefined()
      expect(place(t('2030/XXXX-10-27'), undefined).parts).toBeUndefined()
      expect(place(t('/XXXX-10-27'), undefined).parts).toBe('/XXXX-10-27')
    })
  })

  describe('relate', () => {
    const bare = (s: string) => place(t(s), undefined)
    const dated = (s: string) => place(t(s), t('2030-10-28'))

    it('times with years: conflict, same, more specific, compatible', () => {
      expect(relate(dated('2030-10-25'), dated('2030-10-26'))).toBe('conflict')
      expect(relate(dated('XXXX-10-25'), dated('2030-10-25'))).toBe('same')
      expect(relate(dated('2030-10'), dated('2030-10-25'))).toBe('more-specific')
      expect(relate(dated('2030-10-20/2030-10-26'), dated('2030-10-25/2030-10-28'))).toBe(
        'compatible',
      )
    })

    it('unstated years, by their known parts: conflict, same, more specific, compatible', () => {
      expect(relate(bare('XXXX-10-25'), bare('XXXX-10-26'))).toBe('conflict')
      expect(relate(bare('XXXX-10-25'), bare('XXXX-10-25'))).toBe('same')
      expect(relate(bare('XXXX-10'), bare('XXXX-10-25'))).toBe('more-specific')
      expect(relate(bare('XXXX-10-20/XXXX-10-26'), bare('XXXX-10-25/XXXX-10-28'))).toBe(
        'compatible',
      )
    })

    it('one year known, the other not: compared by parts, the dated one more specific', () => {
      expect(relate(dated('2030-10-25'), bare('XXXX-10-25'))).toBe('more-specific')
      expect(relate(bare('XXXX-10-25'), dated('2030-10-26'))).toBe('conflict')
    })

    it('unknown when either has nothing to compare', () => {
      expect(relate(place(yesterday, undefined), bare('XXXX-10-25'))).toBe('unknown')
      expect(relate(dated('../2030-10-27'), bare('XXXX-10-25'))).toBe('unknown')
      // a year alone has no month and day to compare
      expect(relate(dated('2030'), bare('XXXX-10-25'))).toBe('unknown')
    })
  })

  describe('gap and span', () => {
    it('gap: the days between two times that cannot meet; 0 otherwise', () => {
      expect(gap(place(t('2030-10-01'), undefined), place(t('2030-10-11'), undefined))).toBe(10)
      expect(gap(place(t('2030-10-11'), undefined), place(t('2030-10-01'), undefined))).toBe(10)
      expect(gap(place(t('2030-10'), undefined), place(t('2030-10-11'), undefined))).toBe(0)
      expect(gap(place(t('XXXX-10-25'), undefined), place(t('2030-12-01'), undefined))).toBe(0)
    })

    it('span: the days a time covers, by parts in a leap year when its year is unstated', () => {
      expect(span(place(t('2030-10-25'), undefined))).toBe(0)
      expect(span(place(t('XXXX-02'), undefined))).toBe(28)
      expect(span(place(yesterday, undefined))).toBe(Number.POSITIVE_INFINITY)
    })
  })
})
