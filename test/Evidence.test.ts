import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Codec, Evidence } from '../src/index.js'
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
      const backwards = Codec.decode(Evidence.Span)({ start: 4, end: 2, text: 'ab' })
      expect(E.isLeft(backwards) && backwards.left.issues[0]?.message).toBe(
        'span 4–2 ends before it starts',
      )
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
    it('locate shortens a long quote in its message', () => {
      const long = 'x'.repeat(80)
      const r = Evidence.locate(text)(long)
      expect(E.isLeft(r) && r.left.message).toBe(
        `quote "${'x'.repeat(60)}…" does not occur in the text`,
      )
    })
    it('relocate keeps a matching span, moves a misplaced one, refuses absent words', () => {
      const cafe = 'Café owners said the strike hit the port.'
      // UTF-8 byte offsets: "é" is two bytes
      expect(Evidence.relocate(cafe)({ start: 22, end: 28, text: 'strike' })).toEqual(
        E.right({ start: 21, end: 27, text: 'strike' }),
      )
      const ok = { start: 21, end: 27, text: 'strike' }
      expect(Evidence.relocate(cafe)(ok)).toEqual(E.right(ok))
      const gone = Evidence.relocate(cafe)({ start: 0, end: 5, text: 'storm' })
      expect(E.isLeft(gone) && gone.left).toMatchObject({ _tag: 'NotFound', quote: 'storm' })
    })
  })

  describe('queries: diagnose', () => {
    it('diagnose reads offsets as UTF-8 bytes of two, three and four', () => {
      expect(Evidence.diagnose('€5 fine imposed')({ start: 5, end: 9, text: 'fine' })).toEqual({
        _tag: 'Utf8Offsets',
        span: { start: 3, end: 7, text: 'fine' },
      })
      expect(Evidence.diagnose('😀 rockets hit')({ start: 5, end: 12, text: 'rockets' })).toEqual({
        _tag: 'Utf8Offsets',
        span: { start: 3, end: 10, text: 'rockets' },
      })
      expect(Evidence.diagnose('Zoë said so')({ start: 5, end: 9, text: 'said' })).toEqual({
        _tag: 'Utf8Offsets',
        span: { start: 4, end: 8, text: 'said' },
      })
    })
    it('diagnose reads offsets as code points (Python indices)', () => {
      // the emoji is one code point and two UTF-16 units; a byte offset of 2 falls inside it
      expect(Evidence.diagnose('😀 rockets hit')({ start: 2, end: 9, text: 'rockets' })).toEqual({
        _tag: 'CodePointOffsets',
        span: { start: 3, end: 10, text: 'rockets' },
      })
    })
    it('diagnose finds the occurrence nearest the span, or none', () => {
      const t = 'the port, then the port again'
      expect(Evidence.diagnose(t)({ start: 0, end: 4, text: 'port' })).toEqual({
        _tag: 'Elsewhere',
        span: { start: 4, end: 8, text: 'port' },
        occurrences: 2,
      })
      expect(Evidence.diagnose(t)({ start: 17, end: 21, text: 'port' })).toEqual({
        _tag: 'Elsewhere',
        span: { start: 19, end: 23, text: 'port' },
        occurrences: 2,
      })
      // offsets past the end, read in any unit, find nothing; the words are searched for
      expect(Evidence.diagnose(t)({ start: 90, end: 93, text: 'the' })).toMatchObject({
        _tag: 'Elsewhere',
        span: { start: 15, end: 18 },
      })
      expect(Evidence.diagnose(t)({ start: 2, end: 7, text: 'storm' })).toEqual({ _tag: 'Absent' })
      expect(Evidence.diagnose(t)({ start: 40, end: 40, text: '' })).toEqual({ _tag: 'Absent' })
      expect(Evidence.diagnose(t)({ start: 4, end: 8, text: 'port' })).toEqual({ _tag: 'Matches' })
    })
    test.prop([
      fc.string({ maxLength: 40 }),
      fc.string({ minLength: 1, maxLength: 6 }),
      fc.nat(50),
    ])(
      'diagnose names a span that matches, or is absent when the words do not occur',
      (t, words, start) => {
        const d = Evidence.diagnose(t)({ start, end: start + words.length, text: words })
        if (d._tag === 'Absent') expect(t.includes(words)).toBe(false)
        else if (d._tag !== 'Matches') expect(Evidence.matches(t)(d.span)).toBe(true)
        else expect(t.slice(start, start + words.length)).toBe(words)
      },
    )
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
    it.each([
      ['BAMAKO, Oct. 3 (Reuters) - Gunmen seized seven workers. Police said so.', 2],
      ['NAIROBI, Sept. 14 (AP) — Talks resumed. They stalled again.', 2],
      ['KYIV, Jan. 9 - Drones struck the port. Two ships burned.', 2],
      ['BOGOTÁ, Dec. 31 (AFP) — A truce began at 6 p.m. on Sunday. It held.', 2],
      ['Lt. Col. Ana Ruiz met Sen. J. Doe and Rep. Lee. They spoke.', 2],
      ['Gov. Reyes and Dr. Osei visited St. Mary. Mr. Kim and Mrs. Kim stayed.', 2],
      ['Brig. Gen. Musa told the U.S. envoy, No. 2 in rank. Nothing followed.', 2],
      ['Rev. Tutu and Fr. Peter spoke on Aug. 5. The crowd left.', 2],
    ])('does not split after a month, a title, an initial or "No.": %s', (text, n) => {
      const ss = Evidence.sentences(text)
      expect(ss).toHaveLength(n)
      expect(ss[ss.length - 1]!.text).toBe(text.slice(ss[ss.length - 1]!.start))
      expect(ss[0]!.text.split(' ').length).toBeGreaterThan(4)
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
    it('uncovered takes the spans in any order, nested, empty or past the text', () => {
      const t = 'One. Two. Three. Four.'
      const at = (start: number, end: number) => ({ start, end, text: t.slice(start, end) })
      // a long span from the first sentence reaches the third; a short one after it does not
      // lower the reach
      expect(Evidence.uncovered(t, [at(6, 7), at(0, 12)]).map((s) => s.text)).toEqual(['Four.'])
      // an empty span inside a sentence covers it; one at a sentence's edge does not
      expect(Evidence.uncovered(t, [at(7, 7), at(4, 4)]).map((s) => s.text)).toEqual([
        'One.',
        'Three.',
        'Four.',
      ])
      expect(Evidence.uncovered(t, [])).toEqual(Evidence.sentences(t))
      expect(Evidence.uncovered('', [at(0, 3)])).toEqual([])
    })
    test.prop([
      fc.array(fc.constantFrom('Ab.', 'Cd!', 'E f?', '\n', ' ', 'U.S.', 'g'), { maxLength: 30 }),
      fc.array(fc.tuple(fc.nat(90), fc.nat(12)), { maxLength: 12 }),
    ])('uncovered keeps exactly the sentences no span overlaps', (parts, raw) => {
      const t = parts.join(' ')
      const spans = raw.map(([start, length]) => ({
        start,
        end: start + length,
        text: t.slice(start, start + length),
      }))
      expect(Evidence.uncovered(t, spans)).toEqual(
        Evidence.sentences(t).filter((s) => !spans.some((x) => Evidence.overlaps(x, s))),
      )
    })
    it('sentence splitting copes with adversarial input', () => {
      expect(Evidence.sentences('A.'.repeat(50_000) + ' x').length).toBeGreaterThan(0)
      expect(Evidence.sentences('a. '.repeat(30_000)).length).toBe(30_000)
    })
  })
})
