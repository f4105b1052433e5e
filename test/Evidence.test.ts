import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Evidence } from '../src/index.js'
import { source } from '../src/fixtures/source.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { span } from './support/arbitraries.js'

describe('Evidence', () => {
  describe('codecs', () => {
    codecLaws(Evidence.Span, span)
    it('a span must be as long as its text', () => {
      expect(issuesOf(Evidence.Span, { start: 0, end: 3, text: 'ab' })).toEqual([
        ['/', 'span_mismatch'],
      ])
      expect(issuesOf(Evidence.Span, { start: -1, end: 1, text: 'ab' })).toEqual([
        ['/start', 'invalid_number'],
      ])
    })
  })

  describe('constructors', () => {
    describe('relocate', () => {
      const cafe = 'Café owners said the strike hit the port.'
      it('reads offsets counted in UTF-8 bytes', () => {
        expect(Evidence.relocate(cafe)({ start: 22, end: 28, text: 'strike' })).toEqual(
          E.right({ start: 21, end: 27, text: 'strike' }),
        )
        expect(Evidence.diagnose(cafe)({ start: 22, end: 28, text: 'strike' })._tag).toBe(
          'Utf8Offsets',
        )
      })
      it('reads offsets counted in code points (as Python counts)', () => {
        const text = '😀 Officials said the talks failed.'
        // "said" is at 13 in UTF-16 code units, 12 in code points, 15 in UTF-8 bytes
        expect(text.indexOf('said')).toBe(13)
        expect(Evidence.diagnose(text)({ start: 12, end: 16, text: 'said' })).toEqual({
          _tag: 'CodePointOffsets',
          span: { start: 13, end: 17, text: 'said' },
        })
        expect(Evidence.diagnose(text)({ start: 15, end: 19, text: 'said' })._tag).toBe(
          'Utf8Offsets',
        )
      })
      it('moves a span to the occurrence of its words nearest to its start', () => {
        const text = 'he said no; she said yes; they said maybe'
        expect(Evidence.relocate(text)({ start: 17, end: 21, text: 'said' })).toEqual(
          E.right({ start: 16, end: 20, text: 'said' }),
        )
        expect(Evidence.diagnose(text)({ start: 40, end: 44, text: 'said' })).toEqual({
          _tag: 'Elsewhere',
          span: { start: 31, end: 35, text: 'said' },
          occurrences: 3,
        })
      })
      it('keeps a span that matches, and fails on words that do not occur', () => {
        expect(Evidence.relocate(cafe)({ start: 21, end: 27, text: 'strike' })).toEqual(
          E.right({ start: 21, end: 27, text: 'strike' }),
        )
        expect(Evidence.diagnose(cafe)({ start: 21, end: 27, text: 'strike' })._tag).toBe('Matches')
        const missing = Evidence.relocate(cafe)({ start: 0, end: 5, text: 'tanks' })
        expect(E.isLeft(missing) && missing.left._tag).toBe('NotFound')
      })
      test.prop([fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), fc.nat(), fc.nat()])(
        'a relocated span always matches',
        (text, a, b) => {
          const start = a % text.length
          const end = start + 1 + (b % (text.length - start))
          const words = text.slice(start, end)
          const r = Evidence.relocate(text)({
            start: (start + b) % 50,
            end: ((start + b) % 50) + words.length,
            text: words,
          })
          expect(E.isRight(r) && Evidence.matches(text)(r.right)).toBe(true)
        },
      )
    })

    const text = 'Two officials told Axios. One official said more.'
    it('locate finds a unique quote', () => {
      expect(Evidence.locate(text)('told Axios')).toEqual(
        E.right({ start: 14, end: 24, text: 'told Axios' }),
      )
    })
    it('locate fails clearly when absent, ambiguous or empty', () => {
      const absent = Evidence.locate(text)('told Reuters')
      expect(E.isLeft(absent) && absent.left._tag).toBe('NotFound')
      const ambiguous = Evidence.locate(text)('official')
      expect(E.isLeft(ambiguous) && ambiguous.left).toMatchObject({
        _tag: 'Ambiguous',
        offsets: [4, 30],
      })
      expect(E.isLeft(Evidence.locate(text)('')) && Evidence.locate(text)('')).toMatchObject({
        left: { _tag: 'EmptyQuote' },
      })
    })
    it('locate takes an occurrence or a starting offset', () => {
      expect(Evidence.locate(text)('official', { occurrence: 1 })).toEqual(
        E.right({ start: 30, end: 38, text: 'official' }),
      )
      expect(Evidence.locate(text)('official', { after: 10 })).toEqual(
        E.right({ start: 30, end: 38, text: 'official' }),
      )
      expect(E.isLeft(Evidence.locate(text)('official', { occurrence: 2 }))).toBe(true)
      const late = Evidence.locate(text)('Two', { after: 5 })
      expect(E.isLeft(late) && late.left.message).toContain('after offset 5')
    })
    test.prop([fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.nat()])(
      'a located span matches its text',
      (s, a, b) => {
        const [i, j] = [a % s.length, b % s.length].sort((x, y) => x - y) as [number, number]
        const q = s.slice(i, j + 1)
        const r = Evidence.locate(s)(q, { occurrence: 0 })
        expect(E.isRight(r) && Evidence.matches(s)(r.right)).toBe(true)
      },
    )
  })

  describe('queries', () => {
    it('splits the seed into its 15 sentences, keeping "U.S." inside them', () => {
      const ss = Evidence.sentences(source)
      expect(ss).toHaveLength(15)
      expect(ss[0]!.text).toBe(
        'U.S. Warns Iraq of Possible Israeli Retaliation Over Planned Iranian Attack',
      )
      expect(ss[1]!.text.endsWith('two U.S. officials told Axios.')).toBe(true)
      for (const s of ss) expect(Evidence.matches(source)(s)).toBe(true)
    })
    it('handles quotes, abbreviations and other terminators', () => {
      expect(
        Evidence.sentences('He said "Go." Then Gen. Smith left! Why? Yes').map((s) => s.text),
      ).toEqual(['He said "Go."', 'Then Gen. Smith left!', 'Why?', 'Yes'])
      expect(Evidence.sentences('  \n  ')).toEqual([])
    })
    it('uncovered lists the sentences no span touches', () => {
      const t = 'One. Two. Three.'
      expect(Evidence.uncovered(t, [{ start: 5, end: 8, text: 'Two' }]).map((s) => s.text)).toEqual(
        ['One.', 'Three.'],
      )
      expect(
        Evidence.overlaps({ start: 0, end: 2, text: 'ab' }, { start: 2, end: 3, text: 'c' }),
      ).toBe(false)
      expect(Evidence.matches('ab')({ start: 1, end: 3, text: 'bc' })).toBe(false)
    })
    it('sentence splitting copes with adversarial input', () => {
      expect(Evidence.sentences('A.'.repeat(50_000) + ' x').length).toBeGreaterThan(0)
      expect(Evidence.sentences('a. '.repeat(30_000)).length).toBe(30_000)
    })
  })
})
