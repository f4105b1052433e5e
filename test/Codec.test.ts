import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Codec, DecodeError } from '../src/index.js'
import { expectAgreement } from './support/laws.js'

const issues = <A>(codec: Codec.Codec<A, unknown>, u: unknown, options?: Codec.DecodeOptions) => {
  const r = Codec.decode(codec, options)(u)
  return E.isLeft(r) ? DecodeError.toList(r.left) : []
}

const Kind = Codec.keyof('Kind', ['a', 'b'])
const Point = Codec.struct(
  'Point',
  { x: Codec.number('x', { integer: true }), kind: Kind },
  { label: Codec.string('label', { min: 1 }) },
)
type Tree =
  | { readonly kind: 'leaf'; readonly value: number }
  | { readonly kind: 'node'; readonly children: ReadonlyArray<Tree> }
const Tree: Codec.Codec<Tree> = Codec.lazy('Tree', () =>
  Codec.tagged('Tree', 'kind', {
    leaf: Codec.struct('Leaf', { kind: Codec.literal('leaf'), value: Codec.number('value') }),
    node: Codec.struct('Node', { kind: Codec.literal('node'), children: Codec.array(Tree) }),
  }),
)
const nest = (depth: number): unknown => {
  let v: unknown = { kind: 'leaf', value: 1 }
  for (let i = 0; i < depth; i++) v = { kind: 'node', children: [v] }
  return v
}

describe('Codec', () => {
  describe('codecs', () => {
    it('string rejects empty, blank, control characters and lone surrogates', () => {
      const s = Codec.string('name', { min: 1, max: 5, pattern: /^[a-z ]+$/ })
      expect(issues(s, 'ab')).toEqual([])
      expect(issues(s, '').map((i) => i.code)).toEqual(['invalid_string'])
      expect(issues(s, '   ').map((i) => i.code)).toEqual(['invalid_string'])
      expect(issues(s, 'a\u0000').map((i) => i.code)).toEqual(['invalid_string'])
      expect(issues(Codec.string('x'), '\uD800x').map((i) => i.code)).toEqual(['invalid_string'])
      expect(issues(Codec.string('x'), 'x\uDC00').map((i) => i.code)).toEqual(['invalid_string'])
      expect(issues(Codec.string('x'), '\uD83D\uDE00')).toEqual([])
      expect(issues(s, 'abcdef').map((i) => i.code)).toEqual(['too_long'])
      expect(issues(s, 'ABC')[0]!.message).toContain('must match')
      expect(issues(Codec.string('x', { min: 3 }), 'ab')[0]!.message).toContain('at least 3')
    })

    it('number rejects NaN, infinities, -0, non-integers and out-of-range values', () => {
      const n = Codec.number('count', { integer: true, min: 0, max: 10 })
      expect(issues(n, 3)).toEqual([])
      for (const bad of [Number.NaN, Infinity, -Infinity, -0, 1.5, -1, 11]) {
        expect(issues(n, bad).map((i) => i.code)).toEqual(['invalid_number'])
      }
      expect(issues(n, '3').map((i) => i.code)).toEqual(['invalid_type'])
    })

    it('boolean, keyof and literal', () => {
      expect(issues(Codec.boolean, true)).toEqual([])
      expect(issues(Codec.boolean, 'true').map((i) => i.code)).toEqual(['invalid_type'])
      expect(issues(Kind, 'c').map((i) => i.code)).toEqual(['invalid_value'])
      expect(issues(Kind, 1).map((i) => i.code)).toEqual(['invalid_type'])
      expect(issues(Codec.literal(1), 2).map((i) => i.code)).toEqual(['invalid_value'])
    })
  })

  describe('combinators', () => {
    describe('json', () => {
      const Json = Codec.json('meta')
      // the key "__proto__" is refused (below): leave it out here
      const safeKeys = (u: unknown): boolean =>
        typeof u !== 'object' || u === null
          ? true
          : Array.isArray(u)
            ? u.every(safeKeys)
            : Object.keys(u).every(
                (k) => k !== '__proto__' && safeKeys((u as Record<string, unknown>)[k]),
              )
      test.prop([fc.jsonValue().filter(safeKeys)])(
        'accepts any JSON value and returns an equal copy',
        (u) => {
          const r = Codec.decode(Json)(u)
          expect(r).toEqual(E.right(u))
          if (E.isRight(r) && typeof u === 'object' && u !== null) expect(r.right).not.toBe(u)
          expectAgreement(Json, u)
        },
      )
      test.prop([fc.anything()])('agrees with its guard on anything', (u) => {
        expectAgreement(Json, u)
      })
      it('rejects what JSON cannot hold, each at its path', () => {
        const bad = {
          a: [1, Number.NaN],
          b: { c: () => 1 },
          d: new Date(0),
          e: 'x\u0000',
          f: undefined,
        }
        expect(issues(Json, bad)).toEqual([
          {
            path: '/a/1',
            code: 'invalid_number',
            message: 'meta must hold finite numbers, got NaN',
          },
          {
            path: '/b/c',
            code: 'invalid_type',
            message: 'meta must hold JSON values, got a function',
          },
          {
            path: '/d',
            code: 'invalid_type',
            message: 'meta must hold plain objects, got an object',
          },
          {
            path: '/e',
            code: 'invalid_string',
            message: 'string contains a control character or an unpaired surrogate',
          },
          { path: '/f', code: 'invalid_type', message: 'meta must hold JSON values, got nothing' },
        ])
      })
      it('refuses the key "__proto__", so a copy cannot change its own prototype', () => {
        const u = JSON.parse('{"ok": 1, "__proto__": {"polluted": true}}') as unknown
        expect(issues(Json, u).map((i) => [i.path, i.code])).toEqual([
          ['/__proto__', 'invalid_string'],
        ])
        expect(Codec.decode(Json, { share: true })(u)._tag).toBe('Left')
      })
      it('counts its nesting toward the depth limit', () => {
        let deep: unknown = 1
        for (let i = 0; i < Codec.MAX_DEPTH + 5; i++) deep = [deep]
        expect(issues(Json, deep).map((i) => i.code)).toEqual(['too_deep'])
      })
    })

    it('struct reports every problem with its path', () => {
      expect(issues(Point, { x: 1.5, kind: 'c', label: '' })).toEqual([
        { path: '/x', code: 'invalid_number', message: 'x must be an integer, got 1.5' },
        {
          path: '/kind',
          code: 'invalid_value',
          message: 'expected Kind, one of "a", "b"; got "c"',
        },
        { path: '/label', code: 'invalid_string', message: 'label must not be empty' },
      ])
      expect(issues(Point, { kind: 'a' })).toEqual([
        { path: '/x', code: 'missing_key', message: 'Point is missing required property "x" (x)' },
      ])
      expect(issues(Point, [1]).map((i) => i.code)).toEqual(['invalid_type'])
      expect(issues(Point, null)[0]!.message).toBe(
        'expected Point (an object), got null; for example {"x":1,"kind":"a"}',
      )
    })

    it('struct rejects unknown keys by default, with a hint, and strips them on request', () => {
      expect(issues(Point, { x: 1, kind: 'a', lable: 'p' })).toEqual([
        {
          path: '/lable',
          code: 'unknown_key',
          message: 'Point has no property "lable" (did you mean "label"?)',
        },
      ])
      expect(Codec.decode(Point, { unknownKeys: 'strip' })({ x: 1, kind: 'a', zzz: 1 })).toEqual(
        E.right({ x: 1, kind: 'a' }),
      )
      expect(Point.is({ x: 1, kind: 'a', zzz: 1 })).toBe(false)
    })

    it('struct ignores inherited properties and never copies __proto__', () => {
      const input = JSON.parse('{"x":1,"kind":"a","__proto__":{"polluted":true}}') as unknown
      expect(issues(Point, input).map((i) => [i.path, i.code])).toEqual([
        ['/__proto__', 'unknown_key'],
      ])
      const stripped = Codec.decode(Point, { unknownKeys: 'strip' })(input)
      expect(E.isRight(stripped) && Object.getPrototypeOf(stripped.right)).toBe(Object.prototype)
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
      const inherited = Object.create({ x: 1, kind: 'a' }) as unknown
      expect(issues(Point, inherited).map((i) => i.code)).toEqual(['missing_key', 'missing_key'])
    })

    it('a property is present when it is own and enumerable, on the fast path and off it', () => {
      const hidden = Object.defineProperty({ x: 1, kind: 'a' }, 'label', {
        value: 42,
        enumerable: false,
      })
      expectAgreement(Point, hidden)
      expect(Codec.decode(Point)(hidden)).toEqual(E.right({ x: 1, kind: 'a' }))
      const inherited = Object.assign(Object.create({ label: 42, zzz: 1 }) as object, {
        x: 1,
        kind: 'a',
      })
      expectAgreement(Point, inherited)
      expect(Point.is(inherited)).toBe(true)
      expect(Codec.decode(Point, { share: true })(inherited)).toEqual(E.right(inherited))
      const bare = Object.assign(Object.create(null) as object, { x: 1, kind: 'b' })
      expectAgreement(Point, bare)
      expect(Point.is(bare)).toBe(true)
      expect(() => Codec.struct('Bad', { ['__proto__']: Kind })).toThrow(TypeError)
    })

    it('an enumerable key on Object.prototype changes no answer', () => {
      const proto = Object.prototype as Record<string, unknown>
      proto['label'] = 'inherited'
      try {
        expect(Point.is({ x: 1, kind: 'a' })).toBe(true)
        expect(Codec.decode(Point)({ x: 1, kind: 'a' })).toEqual(E.right({ x: 1, kind: 'a' }))
        expect(Point.is({ x: 1, kind: 'a', zzz: 1 })).toBe(false)
        expect(issues(Point, { x: 'no', kind: 'a' }).map((i) => i.code)).toEqual(['invalid_type'])
      } finally {
        delete proto['label']
      }
    })

    it('a value is read once: a getter cannot change it between the check and the copy', () => {
      let reads = 0
      const sly = {
        kind: 'a',
        get x() {
          return reads++ === 0 ? 1 : 'changed'
        },
      }
      const r = Codec.decode(Point)(sly)
      expect(r).toEqual(E.right({ kind: 'a', x: 1 }))
      expect(reads).toBe(1)
    })

    it('struct encodes only declared, present properties', () => {
      expect(Point.encode({ x: 1, kind: 'a' })).toEqual({ x: 1, kind: 'a' })
    })

    it('array checks items and size', () => {
      const a = Codec.array(Codec.number('n'), { min: 1, max: 2 })
      expect(issues(a, [1, 'x']).map((i) => [i.path, i.code])).toEqual([['/1', 'invalid_type']])
      expect(issues(a, []).map((i) => i.code)).toEqual(['too_short'])
      expect(issues(a, [1, 2, 3]).map((i) => i.code)).toEqual(['too_long'])
      expect(issues(a, {}).map((i) => i.code)).toEqual(['invalid_type'])
      expect(issues(Codec.nonEmptyArray(Codec.number('n')), [])[0]!.message).toContain(
        'at least 1 item,',
      )
    })

    it('tagged dispatches on the tag and reports only the chosen branch', () => {
      expect(issues(Tree, { kind: 'leaf', value: 'x' })).toEqual([
        { path: '/value', code: 'invalid_type', message: 'expected value (a number), got "x"' },
      ])
      expect(issues(Tree, { kind: 'bush' }).map((i) => [i.path, i.code])).toEqual([
        ['/kind', 'invalid_tag'],
      ])
      expect(issues(Tree, {}).map((i) => [i.path, i.code])).toEqual([['/kind', 'missing_key']])
      expect(issues(Tree, 'leaf').map((i) => i.code)).toEqual(['invalid_type'])
      expect(Tree.encode({ kind: 'leaf', value: 1 })).toEqual({ kind: 'leaf', value: 1 })
    })

    it('nesting is bounded: too_deep rather than a stack overflow', () => {
      expect(issues(Tree, nest(100))).toEqual([])
      expect(Tree.is(nest(100))).toBe(true)
      const deep = nest(100_000)
      expect(issues(Tree, deep).map((i) => i.code)).toEqual(['too_deep'])
      expect(Tree.is(deep)).toBe(false)
      const cyclic: { kind: string; children: unknown[] } = { kind: 'node', children: [] }
      cyclic.children.push(cyclic)
      expect(issues(Tree, cyclic).map((i) => i.code)).toEqual(['too_deep'])
      expect(Tree.is(cyclic)).toBe(false)
    })

    it('the limit is exact: MAX_DEPTH levels pass, one more fails', () => {
      const arr = (d: number): unknown => (d === 0 ? [] : [arr(d - 1)])
      type Nested = ReadonlyArray<Nested>
      const Nested: Codec.Codec<Nested> = Codec.lazy('Nested', () => Codec.array(Nested))
      expect(issues(Nested, arr(Codec.MAX_DEPTH - 1))).toEqual([])
      expect(issues(Nested, arr(Codec.MAX_DEPTH)).map((i) => i.code)).toEqual(['too_deep'])
      expect(Nested.is(arr(Codec.MAX_DEPTH - 1))).toBe(true)
      expect(Nested.is(arr(Codec.MAX_DEPTH))).toBe(false)
    })

    it('refine adds a check with its own code', () => {
      const even = Codec.refine(Codec.number('n'), 'Even', (n) =>
        n % 2 === 0 ? undefined : { code: 'invalid_number', message: 'odd' },
      )
      expect(issues(even, 2)).toEqual([])
      expect(issues(even, 3)).toEqual([{ path: '', code: 'invalid_number', message: 'odd' }])
      expect(issues(even, 'x').map((i) => i.code)).toEqual(['invalid_type'])
      expect(even.is(3)).toBe(false)
      expect(even.encode(2)).toBe(2)
    })

    it('stringOrObject dispatches on typeof', () => {
      const so = Codec.stringOrObject('S', Codec.string('s', { min: 1 }), Point)
      expect(issues(so, 'x')).toEqual([])
      expect(issues(so, { x: 1, kind: 'a' })).toEqual([])
      expect(issues(so, 1).map((i) => i.code)).toEqual(['invalid_type'])
      expect(so.is('x')).toBe(true)
      expect(so.encode('x')).toBe('x')
      expect(so.encode({ x: 1, kind: 'a' })).toEqual({ x: 1, kind: 'a' })
    })

    it('union decides by a test of the value, never by trial', () => {
      const Count = Codec.union('Count', [
        [Codec.when.typeOf('number'), Codec.number('n', { integer: true, min: 1 })],
        [Codec.when.typeOf('string'), Codec.literal('unknown')],
      ])
      expect(issues(Count, 3)).toEqual([])
      expect(issues(Count, 'unknown')).toEqual([])
      expect(issues(Count, 0).map((i) => i.code)).toEqual(['invalid_number'])
      expect(issues(Count, 'two').map((i) => i.code)).toEqual(['invalid_value'])
      expect(issues(Count, true)).toEqual([
        {
          path: '',
          code: 'invalid_type',
          message: 'expected Count (a number or a string), got a boolean; for example 1',
        },
      ])
      const Shift = Codec.union('Shift', [
        [Codec.when.has('weekday'), Codec.struct('W', { weekday: Kind })],
        [Codec.when.otherwise, Codec.struct('U', { unit: Kind })],
      ])
      expect(issues(Shift, { weekday: 'a' })).toEqual([])
      expect(issues(Shift, { unit: 'b' })).toEqual([])
      expect(issues(Shift, { weekday: 'z' }).map((i) => i.path)).toEqual(['/weekday'])
      expect(Shift.encode({ unit: 'a' } as never)).toEqual({ unit: 'a' })
    })

    it('guardInput checks the raw input first, and reports only its own issues when it fails', () => {
      const versioned = Codec.guardInput(
        Point,
        Codec.Checks.make(
          'format-version',
          { formats: ['1'] },
          {
            test: (u: unknown) =>
              typeof u === 'object' && u !== null && (u as { x?: unknown }).x !== 9,
            explain: () => ({ message: 'x is 9' }),
          },
        ),
      )
      expect(issues(versioned, { x: 9, kind: 'zz' })).toEqual([
        { path: '', code: 'unsupported_version', message: 'x is 9' },
      ])
      expect(issues(versioned, { x: 1, kind: 'zz' }).map((i) => i.code)).toEqual(['invalid_value'])
    })

    it('refine takes a named check, whose code and description come from its declaration', () => {
      const Range = Codec.refine(
        Codec.struct('Range', { from: Codec.number('from'), to: Codec.number('to') }),
        Codec.Checks.make(
          'time-order',
          { start: 'from', end: 'to' },
          {
            test: (r: { from: number; to: number }) => r.from <= r.to,
            explain: () => ({ message: 'a range ends after it starts' }),
          },
        ),
      )
      expect(issues(Range, { from: 2, to: 1 })).toEqual([
        { path: '', code: 'invalid_value', message: 'a range ends after it starts' },
      ])
      expect((Range.ast as Codec.RefineNode).check.description).toBe(
        Codec.Checks.DEFINITIONS['time-order'].description,
      )
    })

    it('declare wraps a plain io-ts type; primitive still works (as a declared type)', () => {
      const Declared = Codec.struct('D', { n: Codec.declare(t.number) })
      expect(issues(Declared, { n: 'x' })).toEqual([
        { path: '/n', code: 'invalid_type', message: 'expected number' },
      ])
      const Even = Codec.primitive<number>('Even', (u) =>
        typeof u === 'number' && u % 2 === 0
          ? undefined
          : { code: 'invalid_number', message: 'odd' },
      )
      expect(issues(Codec.struct('E', { e: Even }), { e: 3 })).toEqual([
        { path: '/e', code: 'invalid_number', message: 'odd' },
      ])
      expect(Even.ast._tag).toBe('Declare')
      // without a test of its own, its guard is "the check finds no problem"
      expect([Even.is(4), Even.is(3), Even.is('4')]).toEqual([true, false, false])
      expect(issues(Even, 5)).toEqual([{ path: '', code: 'invalid_number', message: 'odd' }])
    })

    it('struct refuses a property declared both required and optional', () => {
      expect(() => Codec.struct('Twice', { kind: Kind }, { kind: Kind })).toThrow(
        'Twice: "kind" is declared twice',
      )
    })

    it("decode with nulls: 'absent' reads null for an optional property as absent", () => {
      expect(Codec.decode(Point, { nulls: 'absent' })({ x: 1, kind: 'a', label: null })).toEqual(
        E.right({ x: 1, kind: 'a' }),
      )
      expect(issues(Point, { x: 1, kind: 'a', label: null }).map((i) => i.code)).toEqual([
        'invalid_type',
      ])
      expect(Codec.decode(Point, { nulls: 'absent' })({ x: null, kind: 'a' })._tag).toBe('Left')
      expect(Codec.decode(Codec.json('j'), { nulls: 'absent' })({ a: null })).toEqual(
        E.right({ a: null }),
      )
    })

    it("errors keep their paths and codes through io-ts's own PathReporter", () => {
      const Outer = t.type({ points: t.array(Point) })
      const r = Outer.decode({
        points: [
          { x: 1, kind: 'a' },
          { x: 'no', kind: 'c' },
        ],
      })
      expect(PathReporter.report(r)).toEqual([
        '/points/1/x: [invalid_type] expected x (a number), got "no"',
        '/points/1/kind: [invalid_value] expected Kind, one of "a", "b"; got "c"',
      ])
      expect(E.isLeft(r) && DecodeError.toList(DecodeError.fromValidationErrors(r.left))).toEqual([
        { path: '/points/1/x', code: 'invalid_type', message: 'expected x (a number), got "no"' },
        {
          path: '/points/1/kind',
          code: 'invalid_value',
          message: 'expected Kind, one of "a", "b"; got "c"',
        },
      ])
      expect(PathReporter.report(Point.decode(null))).toEqual([
        '(root): [invalid_type] expected Point (an object), got null; for example {"x":1,"kind":"a"}',
      ])
    })

    it('unknown keys suggest the nearest declared key, ties going to the one declared first', () => {
      const S = Codec.struct('S', { id: Kind, time: Kind, tame: Kind }, { name: Kind })
      const hint = (k: string) => issues(S, { id: 'a', time: 'a', tame: 'a', [k]: 1 })[0]!.message
      expect(hint('tim')).toBe('S has no property "tim" (did you mean "time"?)')
      expect(hint('tme')).toBe('S has no property "tme" (did you mean "time"?)')
      expect(hint('nmae')).toBe('S has no property "nmae" (did you mean "name"?)')
      expect(hint('x'.repeat(100))).toBe(`S has no property "${'x'.repeat(40)}…"`)
    })

    it('composes with plain io-ts codecs', () => {
      const r = Codec.decode(t.type({ n: t.number }))({ n: 'x' })
      expect(E.isLeft(r) && DecodeError.toList(r.left)).toEqual([
        { path: '/n', code: 'invalid_type', message: 'expected number' },
      ])
    })
  })

  describe('model', () => {
    it('every codec carries its description: a frozen AST node with a label', () => {
      expect(Point.ast._tag).toBe('Struct')
      expect(Object.isFrozen(Point.ast)).toBe(true)
      const ast = Point.ast as Codec.StructNode
      expect(ast.fields.map((f) => [f.key, f.type._tag, f.optional])).toEqual([
        ['x', 'Number', false],
        ['kind', 'Enum', false],
        ['label', 'String', true],
      ])
      expect(Tree.ast._tag).toBe('Suspend')
      expect(Codec.string('s', { pattern: /^a/ }).ast).toMatchObject({
        _tag: 'String',
        checks: [{ id: 'well-formed' }, { id: 'pattern' }],
      })
    })

    it('structs, tagged unions and arrays expose their parts to plain io-ts users', () => {
      const S = Codec.struct('S', { a: Codec.boolean }, { b: Kind })
      expect(S.props).toEqual({ a: Codec.boolean, b: Kind })
      expect(S.required).toEqual({ a: Codec.boolean })
      expect(S.optional).toEqual({ b: Kind })
      const U = Codec.tagged('U', 'kind', {
        x: Codec.struct('X', { kind: Codec.literal('x') }),
        y: Codec.struct('Y', { kind: Codec.literal('y') }),
      })
      expect(Object.keys(U.members)).toEqual(['x', 'y'])
      expect(U.types).toHaveLength(2)
      expect(Codec.array(Kind).item).toBe(Kind)
      // composing: extend a claimgraph struct with a plain io-ts codec around it
      const Extended = t.intersection([
        t.type(S.required),
        t.partial(S.optional),
        t.type({ extra: t.string }),
      ])
      expect(Extended.is({ a: true, extra: 'x' })).toBe(true)
      expect(Extended.is({ a: true, b: 'z', extra: 'x' })).toBe(false)
    })

    it('props and members read any codec, through refinements and recursion', () => {
      expect(Object.keys(Codec.props(Point)!.required)).toEqual(['x', 'kind'])
      expect(Codec.props(Point)!.optional['label']!.name).toBe('label')
      expect(Codec.props(Kind)).toBeUndefined()
      expect(Object.keys(Codec.members(Tree) as object)).toEqual(['leaf', 'node'])
      const so = Codec.stringOrObject('S', Codec.string('s'), Point)
      expect(Codec.members(so)).toEqual([
        so.ast._tag === 'Union' && Codec.fromAST((so.ast as Codec.UnionNode).alternatives[0]!.type),
        Point,
      ])
      expect(Codec.members(Point)).toBeUndefined()
    })

    it('fromAST makes a codec of a node written by hand, once', () => {
      const node: Codec.AST = { _tag: 'Boolean', annotations: { label: 'flag' } }
      const Flag = Codec.fromAST<boolean>(node)
      expect(Codec.decode(Flag)(true)).toEqual(E.right(true))
      expect(issues(Flag, 'yes')).toEqual([
        { path: '', code: 'invalid_type', message: 'expected flag (a boolean), got "yes"' },
      ])
      expect(Codec.fromAST(node)).toBe(Flag)
    })

    it('ref keeps the identifier of the id codec it refers by, and has none without one', () => {
      const handle = Codec.ref(Codec.string('Handle', { min: 1 }), 'actor')
      expect(handle.ast.annotations).toEqual({ label: 'Handle' })
      const named = Codec.ref(
        Codec.annotate({ identifier: 'HandleId' })(Codec.string('Handle')),
        'actor',
      )
      expect(named.ast.annotations).toEqual({ label: 'Handle', identifier: 'HandleId' })
    })

    it('fromAST gives back the codec a node was made for', () => {
      expect(Codec.fromAST(Point.ast)).toBe(Point)
      const annotated = Codec.annotate({ description: 'a point' })(Point)
      expect(annotated.ast.annotations.description).toBe('a point')
      expect(Codec.decode(annotated)({ x: 1, kind: 'a' })).toEqual(E.right({ x: 1, kind: 'a' }))
    })
  })

  describe('utils', () => {
    it('references skips a reference whose value is not a string (a part that did not decode)', () => {
      const Link = Codec.struct('Link', { from: Codec.ref(Codec.string('Handle'), 'actor') })
      expect(Codec.references(Link)({ from: 7 } as never)).toEqual([])
      expect(Codec.references(Link)({ from: 'h1' })).toEqual([
        { path: ['from'], id: 'h1', to: 'actor' },
      ])
    })

    it('decode reads plain io-ts codecs too: their values as they are, their errors with paths', () => {
      const Plain = t.type({ tags: t.array(t.string) })
      expect(Codec.decode(Plain)({ tags: ['a', 'b'] })).toEqual(E.right({ tags: ['a', 'b'] }))
      const r = Codec.decode(Plain)({ tags: ['a', 3] })
      expect(E.isLeft(r) && DecodeError.toList(r.left)).toEqual([
        { path: '/tags/1', code: 'invalid_type', message: 'expected string' },
      ])
    })

    it('describe quotes at most a short prefix of a value', () => {
      expect(Codec.describe('x'.repeat(10_000_000)).length).toBeLessThan(80)
      expect(Codec.describe(undefined)).toBe('nothing')
      expect(Codec.describe(1n)).toBe('a bigint')
      expect(Codec.describe(Number.NaN)).toBe('NaN')
    })

    test.prop([fc.anything()])('decoders never throw and guards agree with them', (u) => {
      for (const codec of [Point, Tree, Kind] as ReadonlyArray<Codec.AnyCodec>)
        expectAgreement(codec, u)
    })

    test.prop([fc.jsonValue()])('guards agree with decoders on JSON values', (u) => {
      expectAgreement(Tree, u)
      expectAgreement(Point, u)
    })
  })
})
