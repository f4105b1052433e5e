import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
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

    it('issue caps its message and the keys of its path, so nothing grows with the input', () => {
      const long = 'k'.repeat(10_000)
      const i = DecodeError.issue([long, 3], 'unknown_key', 'm'.repeat(50_000))
      expect(i.message.length).toBe(DecodeError.MAX_MESSAGE_LENGTH)
      expect(i.message.endsWith('…')).toBe(true)
      expect(String(i.path[0]).length).toBe(DecodeError.MAX_KEY_LENGTH)
      expect(i.path[1]).toBe(3)
      const tree = DecodeError.toTree(
        DecodeError.make({ path: [long, long], code: 'unknown_key', message: 'x'.repeat(20_000) }),
      )
      expect(tree.length).toBeLessThan(
        3 * (DecodeError.MAX_KEY_LENGTH + DecodeError.MAX_MESSAGE_LENGTH),
      )
    })

    it('fromIssues keeps a decoder’s closed list as it is and cuts a longer one', () => {
      const list = (n: number) =>
        Array.from({ length: n }, (_, i) => DecodeError.issue([i], 'invalid_type', 'x'))
      const closed = [
        ...list(DecodeError.MAX_ISSUES),
        DecodeError.issue([], 'too_many_issues', 'decoding stopped'),
      ]
      expect(DecodeError.fromIssues(closed).issues).toEqual(closed)
      expect(DecodeError.fromIssues(list(2000)).issues.at(-1)!.message).toBe(
        '1000 more issues were left out',
      )
      expect(DecodeError.fromIssues([]).issues[0]!.code).toBe('invalid_type')
    })

    it('toTree lists array items by index, whatever order the issues came in', () => {
      const err = DecodeError.make(
        DecodeError.issue(['statements', 10, 'act'], 'invalid_value', 'b'),
        DecodeError.issue(['statements', 2, 'act'], 'invalid_value', 'a'),
      )
      expect(DecodeError.toTree(err)).toBe(
        [
          '2 issues',
          '└─ statements',
          '   ├─ 2',
          '   │  └─ act: [invalid_value] a',
          '   └─ 10',
          '      └─ act: [invalid_value] b',
        ].join('\n'),
      )
    })

    it('fromValidationErrors reads paths from plain io-ts contexts: array items by index, other keys as text', () => {
      const Plain = t.type({ tags: t.array(t.number), meta: t.record(t.string, t.number) })
      const r = Plain.decode({ tags: [1, 'x'], meta: { '7': 'y' } })
      expect(E.isLeft(r) && DecodeError.toList(DecodeError.fromValidationErrors(r.left))).toEqual([
        { path: '/tags/1', code: 'invalid_type', message: 'expected number' },
        { path: '/meta/7', code: 'invalid_type', message: 'expected number' },
      ])
      expect(
        E.isLeft(r) && DecodeError.fromValidationErrors(r.left).issues.map((i) => i.path),
      ).toEqual([
        ['tags', 1],
        ['meta', '7'],
      ])
    })

    it('fromValidationErrors keeps the code and path of a coded error, and its message or code', () => {
      const coded = (message: string | undefined): t.ValidationError =>
        ({ value: 1, context: [], code: 'invalid_value', path: ['a', 0], message }) as never
      expect(DecodeError.fromValidationErrors([coded('too big'), coded(undefined)]).issues).toEqual(
        [
          { path: ['a', 0], code: 'invalid_value', message: 'too big' },
          { path: ['a', 0], code: 'invalid_value', message: 'invalid_value' },
        ],
      )
    })

    it('fromValidationErrors names the expected value "value" for an error without a context', () => {
      expect(DecodeError.fromValidationErrors([{ value: 1, context: [] }]).issues).toEqual([
        { path: [], code: 'invalid_type', message: 'expected value' },
      ])
    })

    it('fromValidationErrors converts MAX_ISSUES errors and counts the rest', () => {
      const errors = Array.from({ length: DecodeError.MAX_ISSUES + 5 }, (_, i) => ({
        value: i,
        context: [],
        message: `e${i}`,
      }))
      const issues = DecodeError.fromValidationErrors(errors).issues
      expect(issues).toHaveLength(DecodeError.MAX_ISSUES + 1)
      expect(issues.at(-1)!.message).toBe('5 more issues were left out')
    })

    it('toTree of an error built by hand shows at most MAX_ISSUES + 1 issues and 300 levels', () => {
      const many: DecodeError.DecodeError = {
        _tag: 'DecodeError',
        issues: Array.from({ length: 3 * DecodeError.MAX_ISSUES }, (_, i) =>
          DecodeError.issue([i], 'invalid_type', 'x'),
        ) as never,
      }
      const lines = DecodeError.toTree(many).split('\n')
      expect(lines[0]).toBe(`${3 * DecodeError.MAX_ISSUES} issues`)
      expect(lines).toHaveLength(1 + DecodeError.MAX_ISSUES + 1)
      const deep = DecodeError.make(
        DecodeError.issue(
          Array.from({ length: 400 }, () => 'a'),
          'invalid_type',
          'deep',
        ),
      )
      const tree = DecodeError.toTree(deep).split('\n')
      expect(tree).toHaveLength(1 + 300)
      expect(tree.at(-1)!.trim()).toBe('└─ a: [invalid_type] deep')
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
