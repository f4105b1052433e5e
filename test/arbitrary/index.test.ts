import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import * as Arbitrary from '../../src/arbitrary/index.js'
import { Codec, DecodeError, Evidence, Id, Report, Statement } from '../../src/index.js'

describe('arbitrary', () => {
  describe('constructors', () => {
    it('of refuses a declared io-ts type, naming its path', () => {
      const Odd = Codec.struct('Odd', { inner: Codec.array(Codec.declare(t.string)) })
      expect(() => Arbitrary.of(Odd)).toThrow(Arbitrary.Unsupported)
      expect(() => Arbitrary.of(Odd)).toThrow('inner/*')
    })

    it('of refuses the full report codec (integrity is declared only): use report', () => {
      expect(() => Arbitrary.of(Report.Report)).toThrow('report-integrity')
    })

    test.prop([Arbitrary.of(Statement.Statement, { ref: () => fc.constantFrom('a1', 'a2') })], {
      numRuns: 50,
    })('of takes the ids references may have', (s) => {
      for (const r of Codec.references(Statement.Statement)(s)) expect(['a1', 'a2']).toContain(r.id)
    })

    it('mutation gives near misses, most of them rejected', () => {
      const samples = fc.sample(Arbitrary.mutation(Statement.Statement), { numRuns: 200, seed: 42 })
      const rejected = samples.filter((u) => E.isLeft(Codec.decode(Statement.Statement)(u)))
      expect(rejected.length).toBeGreaterThan(120)
      const codes = new Set(
        rejected.flatMap((u) => {
          const r = Codec.decode(Statement.Statement)(u)
          return E.isLeft(r) ? r.left.issues.map((i) => i.code) : []
        }),
      )
      for (const code of ['invalid_type', 'missing_key', 'unknown_key', 'invalid_string'] as const)
        expect(codes).toContain(code)
    })
  })

  describe('codecs', () => {
    test.prop([Arbitrary.report], { numRuns: 100 })(
      'report: decodes, its references resolve to nodes of their kind, its spans match its text',
      (r) => {
        const again = Report.decode(JSON.parse(JSON.stringify(Report.encode(r))))
        if (E.isLeft(again)) throw new Error(DecodeError.toTree(again.left))
        expect(Report.integrity(r)).toEqual([])
        const actors = new Map(r.actors.map((a) => [a.id as string, a.kind]))
        expect(actors.get(r.author)).toBe('author')
        if (r.outlet !== undefined) expect(actors.get(r.outlet)).toBe('outlet')
        if (r.text !== undefined)
          for (const [, span] of Report.spans(r)) expect(Evidence.matches(r.text)(span)).toBe(true)
      },
    )

    it('report: the reports vary (kinds of actor, contents, spans)', () => {
      const samples = fc.sample(Arbitrary.report, { numRuns: 60, seed: 7 })
      const kinds = new Set(samples.flatMap((r) => r.actors.map((a) => a.kind)))
      expect(kinds.size).toBeGreaterThan(5)
      const contents = new Set(samples.flatMap((r) => r.statements.map((s) => s.content.kind)))
      expect(contents.size).toBeGreaterThan(3)
      expect(samples.some((r) => Report.spans(r).length > 0)).toBe(true)
      expect(samples.some((r) => r.statements.some((s) => s.replyTo !== undefined))).toBe(true)
    })

    test.prop([Arbitrary.reportData], { numRuns: 50 })('reportData: structurally valid', (r) => {
      expect(Report.Structure.is(r)).toBe(true)
    })
  })

  describe('utils', () => {
    test.prop([Arbitrary.report], { numRuns: 20 })('idsOf lists the ids of one kind', (r) => {
      expect(Arbitrary.idsOf(r, 'actor')).toEqual(r.actors.map((a) => a.id))
      expect(Arbitrary.idsOf(r, 'threat')).toEqual(r.threats.map((x) => x.id))
      for (const i of Arbitrary.idsOf(r, 'event')) expect(Id.isId(i)).toBe(true)
    })
  })
})
