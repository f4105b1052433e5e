import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import * as All from '../../src/index.js'
import { Codec, Corpus, Report } from '../../src/index.js'
import * as Arbitrary from '../../src/arbitrary/index.js'
import * as AST from '../../src/codec/AST.js'
import * as checks from '../../src/codec/checks.js'
import * as ArbitraryInterpreter from '../../src/codec/arbitrary.js'
import * as DecoderInterpreter from '../../src/codec/decoder.js'
import * as WalkInterpreter from '../../src/codec/walk.js'
import * as JsonSchemaInterpreter from '../../src/codec/jsonSchema.js'
import { expectAgreement } from '../support/laws.js'

/** Every codec the library exports, by its name as users reach it (`Actor.Actor`). */
const exported: ReadonlyArray<readonly [string, Codec.AnyCodec]> = Object.entries(All).flatMap(
  ([namespace, module]) =>
    Object.entries(module as Record<string, unknown>)
      .filter((entry): entry is [string, Codec.AnyCodec] => entry[1] instanceof Codec.Codec)
      .map(([name, codec]) => [`${namespace}.${name}`, codec] as const),
)

/** Every node reachable from a node (each once; a recursive definition's body once). */
const nodes = (root: AST.AST): ReadonlyArray<AST.AST> => {
  const seen = new Set<AST.AST>()
  const stack = [root]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (seen.has(n)) continue
    seen.add(n)
    stack.push(...AST.children(n))
  }
  return [...seen]
}

/**
 * A corpus of valid reports. A report's integrity is a check its description declares but
 * cannot generate values for (`Arbitrary.of` throws `Unsupported` there), so the codecs
 * holding whole reports take reports from `Arbitrary.report`.
 */
const corpus: fc.Arbitrary<unknown> = fc
  .array(Arbitrary.report, { maxLength: 2 })
  .map((reports) => ({
    format: Corpus.FORMAT,
    reports: reports.map((report, i) => ({ key: `r${i}`, report })),
    links: [],
  }))

/** The arbitrary of an exported codec, from its own description (valid reports where it holds whole reports). */
const valid = (codec: Codec.AnyCodec): fc.Arbitrary<unknown> =>
  codec === Report.Report
    ? Arbitrary.report
    : codec === Corpus.Corpus || codec === Corpus.Structure
      ? corpus
      : Arbitrary.of(codec)

const runs = (codec: Codec.AnyCodec) =>
  codec === Corpus.Corpus || codec === Corpus.Structure
    ? 15
    : codec === Report.Report || codec === Report.Structure
      ? 30
      : 60

describe('codec laws, across interpreters, for every exported codec', () => {
  it('the library exports many codecs, each with a description made of known nodes and checks', () => {
    expect(exported.length).toBeGreaterThanOrEqual(50)
    const tags = new Set<AST.Tag>()
    for (const [name, codec] of exported) {
      expect(AST.TAGS, name).toContain(codec.ast._tag)
      expect(Object.isFrozen(codec.ast), name).toBe(true)
      expect(codec.name, name).toBe(codec.ast.annotations.label)
      for (const n of nodes(codec.ast)) {
        tags.add(n._tag)
        expect(n.annotations.label, `${name}: ${n._tag}`).not.toBe('')
        const used = n._tag === 'String' ? n.checks : n._tag === 'Refine' ? [n.check] : []
        for (const c of used) expect(checks.IDS, name).toContain(c.id)
        expect(n._tag, `${name} holds a declared io-ts type`).not.toBe('Declare')
      }
    }
    // every kind of node but the escape hatch occurs in the library's own format
    expect([...tags].sort()).toEqual(AST.TAGS.filter((t) => t !== 'Declare').sort())
  })

  it('every interpreter decides on every named check', () => {
    for (const record of [
      WalkInterpreter.CHECKS,
      DecoderInterpreter.CHECKS,
      ArbitraryInterpreter.CHECKS,
      JsonSchemaInterpreter.CHECKS,
    ])
      expect(Object.keys(record).sort()).toEqual([...checks.IDS].sort())
  })

  for (const [name, codec] of exported) {
    describe(name, () => {
      test.prop([valid(codec)], { numRuns: runs(codec) })(
        'on its own arbitraries: the walk (copying and sharing), the detailed decoder and the guard accept, and decode ∘ encode is the identity',
        (x) => {
          const copy = codec.walk(x, 0, true)
          expect(copy).not.toBe(Codec.INVALID)
          expect(codec.walk(x, 0, false)).toBe(x)
          const detailed = Codec.validateWith(codec, x, 'reject')
          if (E.isLeft(detailed)) throw new Error(String(detailed.left[0]?.message))
          expect(detailed.right).toEqual(copy)
          expect(codec.is(x)).toBe(true)
          const encoded = codec.encode(x)
          expect(Codec.decode(codec)(encoded)).toEqual(E.right(x))
          expect(Codec.decode(codec)(JSON.parse(JSON.stringify(encoded)))).toEqual(E.right(x))
        },
      )
      test.prop([Arbitrary.mutation(codec, valid(codec))], { numRuns: runs(codec) })(
        'on structure-aware mutations: the walk, the detailed decoder and the guard agree',
        (u) => {
          expectAgreement(codec, u)
        },
      )
    })
  }
})

describe('named checks keep what they imply', () => {
  const implying = new Map<string, checks.AnyCheck>()
  for (const [, codec] of exported)
    for (const n of nodes(codec.ast))
      if (n._tag === 'String')
        for (const c of n.checks) if (c.implies.length > 0) implying.set(c.id, c)

  it('the ids, times, durations, tags and codes imply a well-formed, non-blank string', () => {
    expect([...implying.keys()].sort()).toEqual(
      ['bcp47', 'country-code', 'duration', 'edtf', 'id'].sort(),
    )
  })

  for (const [id, check] of implying) {
    test.prop(
      [
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string(),
          fc.constantFrom(' ', '\t', '\u0000', '\uD800'),
        ),
      ],
      {
        numRuns: 300,
      },
    )(`${id}: a string that passes is well-formed and not blank`, (s) => {
      if (!check.test(s)) return
      if (check.implies.includes('well-formed')) expect(checks.isWellFormed(s)).toBe(true)
      if (check.implies.includes('not-blank')) expect(checks.isNotBlank(s)).toBe(true)
    })
  }
})
