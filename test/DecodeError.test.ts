import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { DecodeError } from '../src/index.js'

const e = DecodeError.make(
  DecodeError.issue(['statements', 0, 'act'], 'invalid_value', 'bad act'),
  DecodeError.issue(['statements', 0, 'speakers'], 'too_short', 'no speaker'),
  DecodeError.issue(['headline'], 'missing_key', 'no headline'),
  DecodeError.issue([], 'unsupported_version', 'format 9'),
)

describe('DecodeError', () => {
  describe('utils', () => {
    it('pointer escapes per RFC 6901', () => {
      expect(DecodeError.pointer([])).toBe('')
      expect(DecodeError.pointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0')
    })

    it('toList flattens with JSON Pointer paths', () => {
      expect(DecodeError.toList(e)).toEqual([
        { path: '/statements/0/act', code: 'invalid_value', message: 'bad act' },
        { path: '/statements/0/speakers', code: 'too_short', message: 'no speaker' },
        { path: '/headline', code: 'missing_key', message: 'no headline' },
        { path: '', code: 'unsupported_version', message: 'format 9' },
      ])
    })

    it('toTree groups issues by path', () => {
      expect(DecodeError.toTree(e)).toBe(
        [
          '4 issues',
          '├─ [unsupported_version] format 9',
          '├─ statements',
          '│  └─ 0',
          '│     ├─ act: [invalid_value] bad act',
          '│     └─ speakers: [too_short] no speaker',
          '└─ headline: [missing_key] no headline',
        ].join('\n'),
      )
      expect(DecodeError.toTree(DecodeError.make(DecodeError.issue([], 'cycle', 'x')))).toBe(
        '1 issue\n└─ [cycle] x',
      )
    })
  })

  describe('constructors', () => {
    it('make caps the list at MAX_ISSUES', () => {
      const many = Array.from({ length: 5000 }, (_, i) =>
        DecodeError.issue([i], 'invalid_type', 'x'),
      )
      const capped = DecodeError.make(many[0]!, ...many.slice(1))
      expect(capped.issues).toHaveLength(DecodeError.MAX_ISSUES + 1)
      expect(capped.issues.at(-1)).toEqual({
        path: [],
        code: 'too_many_issues',
        message: '4000 more issues were left out',
      })
    })

    it('the issue limit: MAX_ISSUES issues are kept whole, one more is cut', () => {
      const list = (n: number) =>
        Array.from({ length: n }, (_, i) => DecodeError.issue([i], 'invalid_type', 'x'))
      const at = list(DecodeError.MAX_ISSUES)
      expect(DecodeError.make(at[0]!, ...at.slice(1)).issues).toHaveLength(DecodeError.MAX_ISSUES)
      const over = list(DecodeError.MAX_ISSUES + 1)
      const cut = DecodeError.make(over[0]!, ...over.slice(1)).issues
      expect(cut).toHaveLength(DecodeError.MAX_ISSUES + 1)
      expect(cut.at(-1)!.code).toBe('too_many_issues')
    })

    it('fromValidationErrors gives a generic issue for an empty list', () => {
      expect(DecodeError.fromValidationErrors([]).issues).toEqual([
        { path: [], code: 'invalid_type', message: 'invalid input' },
      ])
    })

    test.prop([
      fc.array(fc.array(fc.oneof(fc.string(), fc.nat())), { minLength: 1, maxLength: 20 }),
    ])('toTree lists every issue once and toList keeps order', (paths) => {
      const err = DecodeError.make(
        ...(paths.map((p) => DecodeError.issue(p, 'invalid_type', 'm')) as [
          DecodeError.DecodeIssue,
        ]),
      )
      expect(DecodeError.toTree(err).match(/\[invalid_type\]/g)).toHaveLength(paths.length)
      expect(DecodeError.toList(err).map((i) => i.path)).toEqual(paths.map(DecodeError.pointer))
    })
  })
})
