import { fc, test as property } from '@fast-check/vitest'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import * as C from '../src/Codec.js'
import * as JsonSchema from '../src/JsonSchema.js'
import * as Report from '../src/Report.js'
import * as AST from '../src/codec/AST.js'
import * as Interpreter from '../src/codec/jsonSchema.js'
import * as fixtures from '../src/fixtures/index.js'
import * as t from 'io-ts'
// @ts-expect-error a plain JavaScript build script, without declarations
import { files } from '../scripts/schema.mjs'
import * as Arbitrary from '../src/arbitrary/index.js'
import { reportData } from './support/arbitraries.js'

const root = new URL('..', import.meta.url)
const standard = JsonSchema.report('standard')
const strict = JsonSchema.report('strict')
const compile = (schema: object) =>
  new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema)
const validStandard = compile(standard)
const validStrict = compile(strict)

/** What the schema checks, as a decoder: the structure without the declared-only checks. */
const expressible = C.fromAST(Interpreter.expressible(Report.Structure.ast))
const decodes = (codec: C.AnyCodec) => (u: unknown) => E.isRight(C.decode(codec)(u))
const structural = decodes(expressible)
const json = <A>(a: A): A => JSON.parse(JSON.stringify(a)) as A
const seed = json(Report.encode(fixtures.report))

/** Every schema object inside a schema, with the keywords it uses. */
const schemas = (s: unknown, out: Array<Record<string, unknown>> = []) => {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return out
  const o = s as Record<string, unknown>
  out.push(o)
  for (const [k, v] of Object.entries(o)) {
    if (k === 'properties' || k === '$defs')
      for (const sub of Object.values(v as object)) schemas(sub, out)
    else if (k === 'anyOf' || k === 'allOf') for (const sub of v as unknown[]) schemas(sub, out)
    else if (
      ['items', 'then', 'else', 'if', 'not', 'additionalProperties', 'propertyNames'].includes(k)
    )
      schemas(v, out)
  }
  return out
}

/** Every `required` optional property of a struct node filled with `null`, JSON values left out. */
const strictAnswer = (node: AST.AST, u: unknown): unknown => {
  const n = AST.underlying(node)
  switch (n._tag) {
    case 'Struct': {
      const o = u as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const f of n.fields) {
        if (AST.underlying(f.type)._tag === 'Json') continue
        out[f.key] = f.key in o ? strictAnswer(f.type, o[f.key]) : null
      }
      return out
    }
    case 'Tagged': {
      const o = u as Record<string, unknown>
      const m = n.members.find((x) => x.value === o[n.tag])!
      return strictAnswer(m.type, u)
    }
    case 'Union': {
      const a = n.alternatives.find((x) => AST.holds(x.when, u))!
      return strictAnswer(a.type, u)
    }
    case 'Array':
      return (u as unknown[]).map((x) => strictAnswer(n.item, x))
    default:
      return u
  }
}

/** The same report without the open-ended `meta` values, which the strict profile leaves out. */
const withoutMeta = (u: unknown): unknown =>
  Array.isArray(u)
    ? u.map(withoutMeta)
    : typeof u === 'object' && u !== null
      ? Object.fromEntries(
          Object.entries(u)
            .filter(([k]) => k !== 'meta')
            .map(([k, v]) => [k, withoutMeta(v)]),
        )
      : u

/**
 * Structure-aware near misses of valid reports (derived from the codecs' description), as
 * JSON: the schema reads JSON text, so values JSON cannot carry (NaN, undefined, a function,
 * an inherited key, -0) become what `JSON.parse` would give.
 */
const nearMiss = Arbitrary.mutation(Report.Structure).map((u) => {
  const text = JSON.stringify(u)
  return text === undefined ? null : (JSON.parse(text) as unknown)
})
describe('JsonSchema', () => {
  describe('constructors', () => {
    describe('report', () => {
      it('is a draft 2020-12 schema that a validator compiles in its strict mode, and the seed passes it', () => {
        expect(standard['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
        expect(standard['title']).toBe(`claimgraph report (${Report.FORMAT})`)
        expect(validStandard(seed)).toBe(true)
        expect(validStandard({ ...seed, headline: '' })).toBe(false)
        expect(validStandard({ ...seed, colour: 'red' })).toBe(false)
      })

      property.prop([reportData], { numRuns: 150 })(
        'accepts every structurally valid report, as the decoder does',
        (r) => {
          const u = json(r)
          expect(decodes(Report.Structure)(u)).toBe(true)
          expect(validStandard(u), JSON.stringify(validStandard.errors)).toBe(true)
        },
      )

      property.prop([nearMiss], { numRuns: 600 })(
        'agrees with the structure decoder (declared-only checks left out) on near misses',
        (u) => {
          expect(validStandard(u), JSON.stringify({ u, errors: validStandard.errors })).toBe(
            structural(u),
          )
        },
      )

      it('finds near misses that it rejects, and others that it accepts', () => {
        const samples = fc.sample(nearMiss, { numRuns: 400, seed: 42 })
        const rejected = samples.filter((u) => !validStandard(u)).length
        expect(rejected).toBeGreaterThan(100)
        expect(rejected).toBeLessThan(400)
      })

      it('states in words what it cannot check, and leaves exactly that to the decoder', () => {
        const actors = [
          { kind: 'author', id: 'author' },
          { kind: 'state', id: 'usa', name: 'United States', country: 'USA' },
        ]
        const base = {
          format: Report.FORMAT,
          headline: 'A warning',
          author: 'author',
          actors,
          events: [],
          statements: [],
          threats: [],
        }
        const cases: ReadonlyArray<readonly [string, unknown]> = [
          ['an EDTF time', { ...base, published: '2024-13-45' }],
          ['a dangling reference', { ...base, author: 'nobody' }],
          ['a duplicate id', { ...base, actors: [...actors, actors[1]] }],
          [
            'a span that does not match its length',
            {
              ...base,
              events: [
                {
                  id: 'e',
                  type: 'attack',
                  description: 'an attack',
                  status: 'occurred',
                  evidence: [{ start: 0, end: 9, text: 'ab' }],
                },
              ],
            },
          ],
          [
            'a duration that is not ISO 8601',
            {
              ...base,
              threats: [
                {
                  id: 't',
                  issuer: ['usa'],
                  addressee: ['usa'],
                  consequence: { kind: 'occurs', event: 'e' },
                  valence: 'negative',
                  within: 'P1H',
                },
              ],
              events: [{ id: 'e', type: 'attack', description: 'an attack', status: 'occurred' }],
            },
          ],
          [
            'a link with neither source nor cue, which the schema states',
            {
              ...base,
              statements: [
                {
                  id: 's',
                  speakers: ['usa'],
                  act: 'warn',
                  content: { kind: 'none' },
                  attribution: { chain: [{}] },
                },
              ],
            },
          ],
          [
            'a band that contradicts its factuality',
            {
              ...base,
              events: [{ id: 'e', type: 'attack', description: 'an attack', status: 'occurred' }],
              statements: [
                {
                  id: 's',
                  speakers: ['usa'],
                  act: 'warn',
                  content: {
                    kind: 'proposition',
                    proposition: {
                      kind: 'epistemic',
                      likelihood: { band: 'almost_certain', factuality: 'CT-' },
                      operand: { kind: 'occurs', event: 'e' },
                    },
                  },
                },
              ],
            },
          ],
        ]
        expect(E.isRight(Report.decode(base))).toBe(true)
        for (const [name, u] of cases) {
          const stated = name.endsWith('which the schema states')
          expect(validStandard(u), `${name}: ${JSON.stringify(validStandard.errors)}`).toBe(!stated)
          expect(E.isLeft(Report.decode(u)), name).toBe(true)
        }
        expect(JsonSchema.DECLARED_ONLY).toEqual([
          'edtf',
          'duration',
          'predicate',
          'span-length',
          'time-order',
          'band-factuality',
          'report-integrity',
        ])
        const text = JSON.stringify(standard)
        expect(text).toContain(
          'Not checked by this schema: end − start equals the length of the text',
        )
        expect(text).toContain('{"anyOf":[{"required":["source"]},{"required":["cue"]}]}')
      })

      it('differs from the decoder where JSON Schema itself does: lengths in characters, and -0', () => {
        const astral = '𝄞'.repeat(6_000) // 6,000 characters, 12,000 code units
        const u = { ...seed, headline: astral }
        expect(validStandard(u)).toBe(true)
        expect(decodes(Report.Structure)(u)).toBe(false)
        expect(JSON.stringify(standard)).toContain('"maxLength":10000')
        // -0 is a JSON number (JSON.parse reads "-0" as -0) the schema cannot tell from 0
        const event = { id: 'e', type: 'attack', description: 'an attack', status: 'occurred' }
        const text = JSON.stringify({
          ...seed,
          events: [{ ...event, evidence: [{ start: 0, end: 2, text: 'ab' }] }],
        })
        const minusZero = JSON.parse(text.replace('"start":0', '"start":-0')) as unknown
        expect(validStandard(minusZero)).toBe(true)
        expect(structural(minusZero)).toBe(false)
        expect(structural(JSON.parse(text))).toBe(true)
      })

      it('carries the JSDoc of the model as descriptions, on every property', () => {
        for (const s of [standard, strict])
          for (const o of schemas(s))
            if (o['properties'] !== undefined)
              for (const [k, p] of Object.entries(o['properties'] as object))
                expect(typeof (p as { description?: unknown }).description, k).toBe('string')
        const defs = standard['$defs'] as Record<string, Record<string, unknown>>
        const statement = defs['Statement']!
        expect(statement['description']).toMatch(/^A speech act\./)
        expect(
          (statement['properties'] as Record<string, { description: string }>)['wordsBy']!
            .description,
        ).toBe("Whose words the quote is, when they are not the speakers' (a spokesman's relay).")
      })

      it('is published in the package as built from the codecs', () => {
        const built = files(JsonSchema) as Record<string, string>
        expect(JSON.parse(built['schema.json']!)).toEqual(standard)
        expect(JSON.parse(built['schema.strict.json']!)).toEqual(strict)
        const dist = new URL('dist/schema.json', root)
        if (existsSync(dist)) {
          expect(readFileSync(dist, 'utf8')).toBe(built['schema.json'])
          expect(readFileSync(new URL('dist/schema.strict.json', root), 'utf8')).toBe(
            built['schema.strict.json'],
          )
        }
        const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
          exports: Record<string, unknown>
        }
        expect(pkg.exports['./schema.json']).toBe('./dist/schema.json')
        expect(pkg.exports['./schema.strict.json']).toBe('./dist/schema.strict.json')
      })

      it('uses descriptions generated from the current JSDoc', () => {
        const out = execFileSync('node', ['scripts/descriptions.mjs', '--check'], {
          cwd: root,
          encoding: 'utf8',
        })
        expect(out).toContain('is current')
      })
    })

    describe('report (strict profile)', () => {
      it('requires every property, forbids others, and uses only the keywords of strict modes', () => {
        const keywords = new Set<string>()
        for (const o of schemas(strict)) {
          for (const k of Object.keys(o)) keywords.add(k)
          if (o['type'] === 'object' || o['properties'] !== undefined) {
            expect(o['additionalProperties']).toBe(false)
            expect([...(o['required'] as string[])].sort()).toEqual(
              Object.keys(o['properties'] as object).sort(),
            )
          }
        }
        for (const k of keywords) expect(JsonSchema.STRICT_KEYWORDS, k).toContain(k)
        expect(strict['type']).toBe('object')
        expect(JSON.stringify(strict)).not.toContain('"meta"')
      })

      property.prop([reportData], { numRuns: 100 })(
        'accepts a valid report as a model writes it (nulls for what is absent), which fromJson reads back',
        (r) => {
          const u = json(r)
          const answer = strictAnswer(Report.Structure.ast, u)
          expect(validStrict(answer), JSON.stringify(validStrict.errors)).toBe(true)
          const back = C.decode(Report.Structure, { nulls: 'absent' })(answer)
          expect(back).toEqual(E.right(withoutMeta(u)))
        },
      )

      it('reads the seed back from a strict answer with Report.fromJson', () => {
        const answer = strictAnswer(Report.Structure.ast, seed)
        expect(validStrict(answer)).toBe(true)
        const r = Report.fromJson(JSON.stringify(answer), { nulls: 'absent' })
        expect(E.isRight(r) && Report.encode(r.right)).toEqual(withoutMeta(seed))
        expect(E.isLeft(Report.fromJson(JSON.stringify(answer)))).toBe(true)
      })

      it('states the bounds it cannot say in words', () => {
        const text = JSON.stringify(strict)
        expect(text).toContain('at most 10000 characters')
        expect(text).toContain('Null when not known or not stated')
      })
    })

    describe('make', () => {
      it('describes a codec of the user', () => {
        const Point = C.struct(
          'Point',
          { x: C.number('x', { integer: true, min: 0 }) },
          { label: C.string('label', { min: 1, max: 20 }) },
        )
        const s = JsonSchema.make(Point, { title: 'Point' })
        expect(s).toEqual(
          E.right({
            $schema: JsonSchema.DIALECT,
            title: 'Point',
            type: 'object',
            properties: {
              x: { description: 'An integer.', type: 'integer', minimum: 0 },
              label: {
                description: 'A non-empty string.',
                type: 'string',
                minLength: 1,
                maxLength: 20,
                pattern: '\\S',
                allOf: [{ pattern: Interpreter.WELL_FORMED_PATTERN }],
              },
            },
            required: ['x'],
            additionalProperties: false,
          }),
        )
        const loose = JsonSchema.make(Point, { profile: 'strict', description: 'A point.' })
        expect(E.isRight(loose) && loose.right['required']).toEqual(['x', 'label'])
        expect(E.isRight(loose) && loose.right['description']).toBe('A point.')
        expect(
          E.isRight(loose) && (loose.right['properties'] as Record<string, unknown>)['label'],
        ).toEqual({
          description: 'Not blank; at most 20 characters. Null when not known or not stated.',
          type: ['string', 'null'],
        })
      })

      it('refuses a foreign io-ts type, naming its path', () => {
        const Wrapped = C.struct('Wrapped', { items: C.array(C.declare(t.string)) })
        expect(JsonSchema.make(Wrapped)).toEqual(
          E.left({
            path: ['items', '*'],
            message: 'string is a foreign io-ts type with no description',
          }),
        )
      })

      it('refuses a required JSON value in the strict profile, and describes it in the standard one', () => {
        const Doc = C.struct('Doc', { data: C.json('data') })
        expect(JsonSchema.make(Doc, { profile: 'strict' })).toEqual(
          E.left({
            path: ['data'],
            message: 'a required JSON value cannot be described with additionalProperties: false',
          }),
        )
        const s = JsonSchema.make(Doc)
        const valid = compile(E.isRight(s) ? s.right : {})
        expect(valid({ data: { a: [1, 'b', null, true] } })).toBe(true)
        expect(valid({ data: JSON.parse('{"__proto__": 1}') })).toBe(false)
        expect(valid({ data: 'a\u0001' })).toBe(false)
      })

      it('decides a union as the decoder does: the first alternative whose condition holds', () => {
        const U = C.union('U', [
          [C.when.has('n'), C.struct('N', { n: C.number('n') })],
          [C.when.typeOf('object'), C.struct('S', { s: C.string('s') })],
          [C.when.typeOf('string'), C.literal('x')],
        ])
        const s = JsonSchema.make(U)
        const valid = compile(E.isRight(s) ? s.right : {})
        const decoder = decodes(U)
        for (const u of [
          { n: 1 },
          { s: 'a' },
          'x',
          { n: 'a', s: 'a' },
          'y',
          1,
          null,
          [],
          { n: 1, s: 'a' },
        ])
          expect(valid(u), JSON.stringify(u)).toBe(decoder(u))
        const never = JsonSchema.make(C.union('Never', []) as unknown as C.AnyCodec)
        expect(E.isRight(never) && compile(never.right)(1)).toBe(false)
        const strictU = JsonSchema.make(U, { profile: 'strict' })
        expect(E.isRight(strictU) && Object.keys(strictU.right)).toContain('anyOf')
      })

      it('describes a recursive codec once, under its name', () => {
        interface Tree {
          readonly kids: ReadonlyArray<Tree>
        }
        const Tree: C.Codec<Tree> = C.lazy('Tree', () => C.struct('Node', { kids: C.array(Tree) }))
        const Forest = C.struct('Forest', { a: Tree, b: C.lazy('Tree', () => Tree) })
        const s = JsonSchema.make(Forest)
        expect(E.isRight(s) && Object.keys(s.right['$defs'] as object)).toEqual(['Tree'])
        const valid = compile(E.isRight(s) ? s.right : {})
        expect(valid({ a: { kids: [{ kids: [] }] }, b: { kids: [] } })).toBe(true)
        expect(valid({ a: { kids: [{ kids: [1] }] }, b: { kids: [] } })).toBe(false)
        const self = JsonSchema.make(Tree)
        expect(E.isRight(self) && JSON.stringify(self.right)).toContain('"$ref":"#"')
      })

      it('states a refinement by pattern where it can, and names one it cannot', () => {
        const Code = C.refine(
          C.string('code'),
          C.Checks.pattern(/^[A-Z]{3}$/, 'must be three capitals'),
        )
        const Ci = C.string('ci', { pattern: /^abc$/i })
        const Checked = C.refine(
          C.struct('Checked', { a: C.boolean }),
          'always fine',
          () => undefined,
        )
        const s = JsonSchema.make(C.struct('Box', { code: Code, ci: Ci, checked: Checked }))
        const valid = compile(E.isRight(s) ? s.right : {})
        expect(valid({ code: 'ABC', ci: 'ABC', checked: { a: true } })).toBe(true)
        expect(valid({ code: 'abc', ci: 'ABC', checked: { a: true } })).toBe(false)
        const text = JSON.stringify(E.isRight(s) ? s.right : {})
        expect(text).toContain('Not checked by this schema: match /^abc$/i')
        expect(text).toContain('Not checked by this schema: always fine')
        const st = JsonSchema.make(C.struct('Box', { code: Code }), { profile: 'strict' })
        expect(JSON.stringify(E.isRight(st) ? st.right : {})).toContain('Three capitals')
      })
    })
  })
})
