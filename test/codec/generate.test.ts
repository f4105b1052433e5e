import { readFileSync, readdirSync } from 'node:fs'
import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Codec, Id, Time } from '../../src/index.js'
import * as compiled from '../../src/codec/compiled.js'
import { generate, generateModule } from '../../src/codec/generate.js'
import { exportedCodecs, generatedFiles } from '../../src/codec/generateAll.js'
import * as Decoder from '../../src/codec/decoder.js'
import { walkOf } from '../../src/codec/walk.js'

const root = new URL('../../', import.meta.url)

/** Evaluates generated code in the test (never in the library): the factory of a description. */
const evaluate = (codec: Codec.AnyCodec, external: (n: Codec.AST) => boolean = () => false) => {
  const out = generate(codec.ast, external)
  if (out._tag === 'Refused') throw new Error(JSON.stringify(out.refusals))
  const helpers = { ...compiled }
  const names = ['INVALID', 'idCharacters', 'isNotBlank', 'isWellFormed', 'own', 'has'] as const
  const factory = new Function(...names, `return ${out.code}`)(
    ...names.map((n) => helpers[n]),
  ) as compiled.Factory
  return factory(compiled.kitOf(compiled.plan(codec.ast, external)))
}

/** The generated code, the interpreted walk and the detailed decoder agree on `u`, in every mode. */
const agree = (fast: compiled.Fast, codec: Codec.AnyCodec, u: unknown): void => {
  const slow = Decoder.decode(codec.ast, u)
  const ok = slow.issues.length === 0
  expect(fast(u, 0, false, false) !== Codec.INVALID).toBe(ok)
  expect(walkOf(codec.ast)(u, 0, false) !== Codec.INVALID).toBe(ok)
  const copy = fast(u, 0, true, false)
  expect(copy !== Codec.INVALID).toBe(ok)
  if (ok) expect(copy).toEqual(slow.value)
  const lenient = Decoder.decode(codec.ast, u, { nullsAbsent: true })
  const copyLenient = fast(u, 0, true, true)
  expect(copyLenient !== Codec.INVALID).toBe(lenient.issues.length === 0)
  if (lenient.issues.length === 0) expect(copyLenient).toEqual(lenient.value)
}

// A made-up codec with every kind of node and every kind of condition.
type Shape = { readonly kind: string } & Record<string, unknown>
const Shape: Codec.Codec<Shape> = Codec.lazy(
  'Shape',
  () =>
    Codec.tagged('Shape', 'kind', {
      dot: Codec.struct(
        'Dot',
        { kind: Codec.literal('dot'), at: Codec.number('at', { integer: true, min: -5, max: 5 }) },
        {
          label: Codec.string('label', { min: 1, max: 8, pattern: /^[a-z ]+$/ }),
          when: Time.Time,
          flag: Codec.boolean,
          level: Codec.literal(3),
          colour: Codec.keyof('Colour', ['red', 'green']),
          tone: Codec.keyof('Tone', ['a', 'b', 'c', 'd', 'e', 'f', 'g']),
          meta: Codec.json('meta'),
          raw: Codec.declare(t.unknown),
          who: Id.ActorRef,
        },
      ),
      group: Codec.refine(
        Codec.struct('Group', {
          kind: Codec.literal('group'),
          items: Codec.array(Shape, { min: 1, max: 3 }),
        }),
        'Group',
        (g) =>
          g.items.length === 2 ? { code: 'invalid_value', message: 'not two items' } : undefined,
      ),
      either: Codec.struct('Either', {
        kind: Codec.literal('either'),
        value: Codec.union('Value', [
          [Codec.when.typeOf('number'), Codec.number('n')],
          [Codec.when.typeOf('boolean'), Codec.boolean],
          [Codec.when.has('weekday'), Codec.struct('W', { weekday: Codec.string('weekday') })],
          [Codec.when.typeOf('string'), Codec.string('s', { max: 3 })],
          [Codec.when.otherwise, Codec.struct('O', {}, { o: Codec.number('o') })],
        ]),
      }),
    }) as Codec.Codec<Shape>,
)
const Guarded = Codec.guardInput(
  Codec.struct('Guarded', { v: Codec.string('v') }),
  Codec.Checks.make(
    'predicate',
    { name: 'no x' },
    { test: (u: unknown) => !Codec.describe(u).includes('x'), explain: () => ({ message: 'x' }) },
  ),
)

const shapeValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  shape: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      {
        kind: fc.constantFrom('dot', 'dots', 1),
        at: fc.oneof(fc.integer({ min: -7, max: 7 }), fc.constant(-0), fc.double()),
        label: fc.oneof(fc.constantFrom('ab c', ' ', '', 'ABC', 'abcdefghi'), fc.string()),
        when: fc.constantFrom('2024', '2024-02-30', 'XXXX-10', 5),
        flag: fc.oneof(fc.boolean(), fc.constant(null)),
        level: fc.constantFrom(3, '3', 4),
        colour: fc.constantFrom('red', 'blue', 0),
        tone: fc.constantFrom('a', 'g', 'h'),
        meta: fc.jsonValue({ maxDepth: 2 }),
        raw: fc.anything({ maxDepth: 1 }),
        who: fc.constantFrom('iraq', 'not an id', ''),
        extra: fc.constant(1),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.record({
      kind: fc.constantFrom('group', 'grou'),
      items: fc.array(tie('shape'), { maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('either'),
      value: fc.oneof(
        fc.anything({ maxDepth: 1 }),
        fc.record({ weekday: fc.oneof(fc.string(), fc.constant(1)) }),
        fc.record({ o: fc.oneof(fc.integer(), fc.constant(null)) }, { requiredKeys: [] }),
      ),
    }),
  ),
})).shape

describe('codec/generate', () => {
  describe('utils', () => {
    it('the checked-in generated modules are current (run `npm run codegen` after changing a codec)', () => {
      const { files, refused } = generatedFiles()
      expect(
        refused,
        'the generator cannot write these codecs: teach src/codec/generate.ts their nodes, then run `npm run codegen`',
      ).toEqual([])
      const dir = new URL('src/generated/', root)
      expect(
        readdirSync(dir).sort(),
        'src/generated/ has missing or extra modules: run `npm run codegen` and commit src/generated/',
      ).toEqual(
        Object.keys(files)
          .map((f) => f.replace('src/generated/', ''))
          .sort(),
      )
      for (const [path, source] of Object.entries(files))
        expect(
          readFileSync(new URL(path, root), 'utf8'),
          `${path} is stale (a codec changed since it was generated): run \`npm run codegen\` and commit src/generated/`,
        ).toBe(source)
    })

    it('every exported codec of every module runs generated code', () => {
      const missing: string[] = []
      for (const [module, codecs] of exportedCodecs())
        for (const [name, codec] of codecs)
          if (codec.fast === undefined || !compiled.isGenerated(codec.ast))
            missing.push(`${module}.${name}`)
      expect(missing, 'wrap each in `fast(…)` (C.compiled) and run `npm run codegen`').toEqual([])
    })

    it('a codec of your own, without generated code, decodes by the interpreted walk in every mode', () => {
      const own = Codec.struct('Own', { x: Codec.number('x') }, { y: Codec.string('y') })
      expect(own.fast).toBeUndefined()
      expect(Codec.decode(own, { nulls: 'absent' })({ x: 1, y: null })).toEqual(E.right({ x: 1 }))
      expect(E.isLeft(Codec.decode(own)({ x: 1, y: null }))).toBe(true)
      const input = { x: 2, y: 'b' }
      const shared = Codec.decode(own, { share: true })(input)
      expect(shared).toEqual(E.right(input))
      expect(E.isRight(shared) && shared.right).toBe(input)
      const copied = Codec.decode(own)(input)
      expect(E.isRight(copied) && copied.right).not.toBe(input)
      expect(Codec.decode(t.string)(1)._tag).toBe('Left')
      expect(Codec.decode(t.string)('s')).toEqual(E.right('s'))
    })

    it('a description without generated code keeps the interpreted walk, and decodes the same', () => {
      const changed = Codec.compiled({})(Codec.struct('Point', { x: Codec.number('x') }))
      expect(compiled.isGenerated(changed.ast)).toBe(false)
      expect(Codec.decode(changed)({ x: 1 })).toEqual(E.right({ x: 1 }))
      expect(E.isLeft(Codec.decode(changed)({ x: '1' }))).toBe(true)
      expect(changed.is({ x: 1 })).toBe(true)
    })

    it('a fingerprint changes with anything the generated code depends on', () => {
      const fp = (c: Codec.AnyCodec) => compiled.plan(c.ast, () => false).fingerprint
      const base = Codec.struct('P', { x: Codec.number('x') }, { y: Codec.string('y') })
      expect(fp(Codec.struct('Q', { x: Codec.number('x') }, { y: Codec.string('y') }))).toBe(
        fp(base),
      )
      for (const other of [
        Codec.struct('P', { x: Codec.number('x', { integer: true }) }, { y: Codec.string('y') }),
        Codec.struct('P', { x: Codec.number('x') }, { z: Codec.string('y') }),
        Codec.struct('P', { x: Codec.number('x'), y: Codec.string('y') }),
        Codec.struct('P', { x: Codec.number('x') }, { y: Codec.string('y', { max: 3 }) }),
        Codec.struct('P', { x: Codec.number('x') }, { y: Codec.string('y', { pattern: /a/ }) }),
      ])
        expect(fp(other)).not.toBe(fp(base))
    })

    it('refuses what it cannot write, by path', () => {
      const bad = Codec.fromAST(
        Codec.struct('Outer', { inner: Codec.fromAST(Codec.struct('Inner', {}).ast) }).ast,
      )
      const proto = Codec.fromAST({
        ...bad.ast,
        fields: [{ key: '__proto__', type: Codec.boolean.ast, optional: true }],
      } as Codec.AST)
      expect(generate(proto.ast, () => false)).toEqual({
        _tag: 'Refused',
        refusals: [
          { path: '/__proto__', reason: 'a property named "__proto__" cannot be written' },
        ],
      })
      const nan = Codec.fromAST({ _tag: 'Literal', annotations: { label: 'NaN' }, value: NaN })
      expect(generate(nan.ast, () => false)._tag).toBe('Refused')
    })

    it('a module names the codecs it refuses and writes one factory per description', () => {
      const nan = Codec.fromAST({ _tag: 'Literal', annotations: { label: 'NaN' }, value: NaN })
      const refused = generateModule('M', [['Nan', nan.ast]], () => false)
      expect(refused.refused).toEqual([
        ['Nan', { path: '', reason: 'the literal NaN cannot be written' }],
      ])
      expect(refused.source).not.toContain('M_Nan')
      expect(refused.source).not.toMatch(/^import \{/m)
      const point = Codec.struct('Point', { x: Codec.number('x') })
      const twice = generateModule('M', [
        ['A', point.ast],
        ['B', point.ast],
      ])
      expect(twice.refused).toEqual([])
      expect(twice.source).toContain('const M_A')
      expect(twice.source).not.toContain('const M_B')
    })
  })

  describe('codecs', () => {
    const shape = evaluate(Shape)
    test.prop([shapeValue], { numRuns: 300 })(
      'writes every kind of node: the generated code agrees with the walk and the decoder',
      (u) => agree(shape, Shape, u),
    )
    test.prop([fc.anything()])('and on anything', (u) => agree(shape, Shape, u))
    const guarded = evaluate(Guarded)
    test.prop([fc.anything()])('a check of the input comes first', (u) =>
      agree(guarded, Guarded, u),
    )
    it('writes bounds that no finite number meets as a rejection of every number', () => {
      const impossible = Codec.struct('Bounds', {
        above: Codec.number('above', { min: Number.POSITIVE_INFINITY }),
      })
      const below = Codec.number('below', { max: Number.NEGATIVE_INFINITY })
      const unbounded = Codec.number('any', { min: Number.NEGATIVE_INFINITY })
      for (const u of [0, 1e308, -1e308, Infinity, 'x']) {
        agree(evaluate(impossible), impossible, { above: u })
        agree(evaluate(below), below, u)
        agree(evaluate(unbounded), unbounded, u)
      }
      expect(evaluate(below)(5, 0, false, false)).toBe(Codec.INVALID)
      expect(evaluate(unbounded)(-1e308, 0, false, false)).toBe(-1e308)
    })
    it('calls other codecs’ code through its kit', () => {
      const outer = Codec.struct('Outer', { s: Shape, ids: Codec.array(Id.ActorId) })
      const fast = evaluate(outer, (n) => n === Shape.ast)
      agree(fast, outer, { s: { kind: 'dot', at: 1 }, ids: ['a', 'b'] })
      agree(fast, outer, { s: { kind: 'dot', at: 9 }, ids: ['a'] })
      agree(fast, outer, { s: { kind: 'dot', at: 1 }, ids: ['a', '-'] })
    })
  })
})
