import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Validator as V } from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'

const severity = fc.constantFrom<V.Severity>('error', 'warning', 'info')
const issue: fc.Arbitrary<V.Issue> = fc.record({
  code: fc.constantFrom('a', 'b', 'c'),
  severity,
  message: fc.string(),
  path: fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 3 }),
})
// A validator over numbers, determined by a table: deterministic, so laws can compare outputs.
const validator: fc.Arbitrary<V.Validator<number>> = fc
  .array(fc.array(issue, { maxLength: 2 }), { minLength: 1, maxLength: 4 })
  .map((table) => (n: number) => table[Math.abs(n) % table.length]!)
const M = V.getMonoid<number>()

describe('Validator', () => {
  describe('combinators', () => {
    test.prop([validator, validator, validator, fc.integer()])(
      'concat is associative',
      (x, y, z, n) => {
        expect(M.concat(M.concat(x, y), z)(n)).toEqual(M.concat(x, M.concat(y, z))(n))
      },
    )
    test.prop([validator, fc.integer()])('empty is the identity', (x, n) => {
      expect(M.concat(M.empty, x)(n)).toEqual(x(n))
      expect(M.concat(x, M.empty)(n)).toEqual(x(n))
    })
    test.prop([fc.array(validator, { maxLength: 4 }), fc.integer()])(
      'concatAll accumulates every issue in order',
      (vs, n) => {
        expect(V.concatAll(...vs)(n)).toEqual(vs.flatMap((v) => v(n)))
      },
    )
    test.prop([validator, fc.integer()])(
      'contramap by identity changes nothing; off and regrade act by code only',
      (v, n) => {
        expect(V.contramap((x: number) => x)(v)(n)).toEqual(v(n))
        expect(V.off('a')(v)(n)).toEqual(v(n).filter((i) => i.code !== 'a'))
        expect(pipe(v, V.regrade('b', 'error'))(n).map((i) => i.severity)).toEqual(
          v(n).map((i) => (i.code === 'b' ? 'error' : i.severity)),
        )
      },
    )
    it('when, rename, atLeast, each', () => {
      const v: V.Validator<number> = (n) =>
        n < 0 ? [{ code: 'neg', severity: 'warning', message: `${n} < 0`, path: [] }] : []
      expect(V.when((n: number) => n > -5)(v)(-10)).toEqual([])
      expect(V.when((n: number) => n > -50)(v)(-10)).toHaveLength(1)
      expect(V.rename('neg', 'house/neg')(v)(-1)[0]!.code).toBe('house/neg')
      expect(V.atLeast('error')(v)(-1)).toEqual([])
      expect(V.atLeast('warning')(v)(-1)).toHaveLength(1)
      const all = V.each((xs: ReadonlyArray<number>) => xs.map((x, i) => [['xs', i], x] as const))(
        v,
      )
      expect(all([1, -2, -3]).map((i) => i.path)).toEqual([
        ['xs', 1],
        ['xs', 2],
      ])
      expect(V.contramap((s: string) => s.length - 3)(v)('ab')[0]!.message).toBe('-1 < 0')
    })
    it('actors, events, statements and threats focus on each node with its path', () => {
      const r = fixtures.report
      const always = <N extends { readonly id?: string }>() =>
        V.fromPredicate<N>('x', 'info', () => 'seen')
      expect(V.actors(always())(r)).toHaveLength(r.actors.length)
      expect(V.events(always())(r)[0]!.path).toEqual(['events', 0])
      expect(V.statements(always())(r)[1]).toMatchObject({
        node: r.statements[1]!.id,
        path: ['statements', 1],
      })
      expect(V.threats(always())(r)).toHaveLength(1)
      expect(
        V.fromPredicate<{ id?: string }>('x', 'info', () => 'm')({ report: r, node: {}, path: [] }),
      ).toEqual([{ code: 'x', severity: 'info', message: 'm', path: [] }])
    })
  })

  describe('utils', () => {
    const issues: ReadonlyArray<V.Issue> = [
      { code: 'a', severity: 'info', message: 'first', path: ['x/y', 0] },
      { code: 'b', severity: 'error', message: 'second', node: 'n1', path: [] },
    ]
    it('toList gives JSON Pointers', () => {
      expect(V.toList(issues)).toEqual([
        { path: '/x~1y/0', code: 'a', severity: 'info', kind: 'defect', message: 'first' },
        { path: '', code: 'b', severity: 'error', kind: 'defect', message: 'second', node: 'n1' },
      ])
    })
    it('toText sorts by severity and counts', () => {
      expect(V.toText(issues)).toBe(
        'error   b   (n1)\n        second\ninfo    a  /x~1y/0\n        first\n1 error, 0 warnings, 1 info',
      )
      expect(V.toText([])).toBe('no issues')
      expect(V.hasErrors(issues)).toBe(true)
      expect(V.hasErrors([issues[0]!])).toBe(false)
    })
  })

  describe('kinds', () => {
    const defect: V.Issue = { code: 'd', severity: 'warning', message: 'data', path: ['x'] }
    const sourcing: V.Issue = {
      code: 's',
      severity: 'error',
      kind: 'sourcing',
      message: 'article',
      path: [],
    }
    it('kindOf: an issue without a kind is a defect', () => {
      expect(V.kindOf(defect)).toBe('defect')
      expect(V.kindOf(sourcing)).toBe('sourcing')
    })
    it('partition, ofKind, failsAt', () => {
      expect(V.partition([sourcing, defect])).toEqual({ defects: [defect], sourcing: [sourcing] })
      const v: V.Validator<number> = () => [defect, sourcing]
      expect(V.ofKind('sourcing')(v)(0)).toEqual([sourcing])
      expect(V.failsAt('warning')([defect, sourcing])).toBe(true)
      expect(V.failsAt('error')([defect, sourcing])).toBe(false)
      expect(V.failsAt('info')([sourcing])).toBe(false)
    })
    it('strict raises defect warnings only', () => {
      const v: V.Validator<number> = () => [defect, { ...sourcing, severity: 'warning' }]
      expect(V.strict(v)(0).map((i) => i.severity)).toEqual(['error', 'warning'])
    })
    it('toText lists sourcing findings apart and counts in the singular', () => {
      expect(V.toText([sourcing, defect])).toBe(
        "warning d  /x\n        data\nsourcing (the article's assessment, not a defect of the data):\nerror   s  \n        article\n0 errors, 1 warning, 0 info; 1 sourcing finding",
      )
    })
  })

  describe('the shared context', () => {
    it('prepare builds each lookup on first use, and memo once per report', () => {
      const ctx = V.prepare(fixtures.report)
      expect(ctx.actor('iraq')?.kind).toBe('state')
      expect(ctx.event('nope')).toBeUndefined()
      expect(ctx.statement(fixtures.report.statements[0]!.id)).toBe(fixtures.report.statements[0])
      expect(ctx.threat('us-warning-to-iraq')?.issuer).toEqual(['us'])
      let built = 0
      const key = Symbol('k')
      expect(ctx.memo(key, () => ++built)).toBe(1)
      expect(ctx.memo(key, () => ++built)).toBe(1)
    })
    it('validators combined with concatAll or concat share one context and one walk per collection', () => {
      let built = 0
      let walks = 0
      const key = Symbol('table')
      const make = () =>
        V.forEach('statements', (ctx) => {
          ctx.memo(key, () => built++)
          return () => {
            walks++
            return []
          }
        })
      const whole = V.withContext((ctx) => (ctx.memo(key, () => built++), []))
      const n = fixtures.report.statements.length
      pipe(make(), V.concat(make()), V.concat(whole))(fixtures.report)
      expect(built).toBe(1)
      expect(walks).toBe(2 * n)
      built = 0
      V.concatAll(V.concatAll(make(), whole), make())(fixtures.report)
      expect(built).toBe(1)
      // alone, each prepares its own context
      built = 0
      make()(fixtures.report)
      make()(fixtures.report)
      expect(built).toBe(2)
    })
    it('a plan says how a validator works', () => {
      expect(V.actors(() => []).plan._tag).toBe('Nodes')
      expect(V.withContext(() => []).plan._tag).toBe('Whole')
      expect(
        (
          V.concatAll(
            V.actors(() => []),
            V.events(() => []),
          ) as V.ReportValidator
        ).plan._tag,
      ).toBe('All')
    })
  })
})
