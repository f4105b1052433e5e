import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import { test } from '@fast-check/vitest'
import { Id, Likelihood, Proposition as P } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { proposition } from './support/arbitraries.js'

const a = P.occurs(Id.event('a'))
const b = P.occurs(Id.event('b'))
const c = P.occurs(Id.event('c'))
const may = Likelihood.fromFactuality('PS+')
const names = { event: (id: string) => `event ${id}`, actor: (id: string) => id.toUpperCase() }

const hasNoDoubleNegation = (p: P.Proposition): boolean =>
  P.fold<{ ok: boolean; isNot: boolean }>({
    occurs: () => ({ ok: true, isNot: false }),
    not: (r) => ({ ok: r.ok && !r.isNot, isNot: true }),
    and: (rs) => ({ ok: rs.every((r) => r.ok), isNot: false }),
    or: (rs) => ({ ok: rs.every((r) => r.ok), isNot: false }),
    epistemic: (_l, r) => ({ ok: r.ok, isNot: false }),
    ability: (_a, r) => ({ ok: r.ok, isNot: false }),
    obligation: (_a, r) => ({ ok: r.ok, isNot: false }),
  })(p).ok

describe('Proposition', () => {
  describe('codecs', () => {
    codecLaws(P.Proposition, proposition)
    it('reports the failing branch only, with its path', () => {
      expect(
        issuesOf(P.Proposition, {
          kind: 'and',
          operands: [{ kind: 'occurs', event: 'a' }, { kind: 'not' }],
        }),
      ).toEqual([['/operands/1/operand', 'missing_key']])
      expect(
        issuesOf(P.Proposition, { kind: 'or', operands: [{ kind: 'occurs', event: 'a' }] }),
      ).toEqual([['/operands', 'too_short']])
      expect(issuesOf(P.Proposition, { kind: 'maybe' })).toEqual([['/kind', 'invalid_tag']])
    })
    it('bounds nesting: 100,000 levels give too_deep, not a stack overflow', () => {
      let p: unknown = { kind: 'occurs', event: 'a' }
      for (let i = 0; i < 100_000; i++) p = { kind: 'not', operand: p }
      expect(issuesOf(P.Proposition, p)).toEqual([
        [expect.stringMatching(/^\/operand/), 'too_deep'],
      ])
    })
  })

  describe('combinators', () => {
    it('simplify removes double negation and applies De Morgan', () => {
      expect(P.simplify(P.not(P.not(a)))).toEqual(a)
      expect(P.simplify(P.not(P.and(a, b)))).toEqual(P.or(P.not(a), P.not(b)))
      expect(P.simplify(P.not(P.or(a, P.not(b))))).toEqual(P.and(P.not(a), b))
      expect(P.simplify(P.and(a, P.and(b, c)))).toEqual(P.and(a, b, c))
      expect(P.simplify(P.not(pipe(a, P.hedge(may))))).toEqual(P.not(pipe(a, P.hedge(may))))
      expect(P.simplify(pipe(P.not(P.not(a)), P.able(Id.actor('us'))))).toEqual(
        pipe(a, P.able(Id.actor('us'))),
      )
    })
    test.prop([proposition])('simplify is idempotent and leaves no double negation', (p) => {
      const s = P.simplify(p)
      expect(P.simplify(s)).toEqual(s)
      expect(hasNoDoubleNegation(s)).toBe(true)
      expect(P.Proposition.is(s)).toBe(true)
    })
    test.prop([proposition])('simplify keeps the events', (p) => {
      expect(new Set(P.events(P.simplify(p)))).toEqual(new Set(P.events(p)))
    })
  })

  describe('queries', () => {
    test.prop([proposition, proposition])(
      'Eq: reflexive, key order does not matter, and agrees with deep equality',
      (p, q) => {
        expect(P.Eq.equals(p, JSON.parse(JSON.stringify(p)))).toBe(true)
        expect(P.Eq.equals(p, q)).toBe(
          JSON.stringify(P.Proposition.encode(p)) === JSON.stringify(P.Proposition.encode(q)),
        )
      },
    )
    it('Eq tells modalities apart by their likelihood and agents', () => {
      const e = P.occurs(Id.event('e'))
      expect(
        P.Eq.equals(pipe(e, P.hedge(may)), pipe(e, P.hedge(Likelihood.fromFactuality('PR+')))),
      ).toBe(false)
      expect(P.Eq.equals(pipe(e, P.able(Id.actor('a'))), pipe(e, P.able(Id.actor('b'))))).toBe(
        false,
      )
      expect(P.Eq.equals(pipe(e, P.must(Id.actor('a'))), pipe(e, P.must(Id.actor('a'))))).toBe(true)
      expect(P.Eq.equals(P.and(e, e), P.or(e, e))).toBe(false)
    })

    const p = P.and(
      pipe(a, P.must(Id.actor('iraq'))),
      P.not(pipe(b, P.hedge(may), P.able(Id.actor('us')))),
    )
    it('events, agents, likelihoods and references', () => {
      expect(P.events(p)).toEqual(['a', 'b'])
      expect(P.agents(p)).toEqual(['iraq', 'us'])
      expect(P.likelihoods(p)).toEqual([may])
      expect(P.references(p).events.map(([path]) => path.join('/'))).toEqual([
        'operands/0/operand/event',
        'operands/1/operand/operand/operand/event',
      ])
    })
    it('render', () => {
      expect(P.render(p, names)).toBe(
        '(IRAQ obliged to bring about: event a) and not (US able to bring about: (PS+: event b))',
      )
      expect(P.render(P.or(P.not(a), b), names)).toBe('not: event a or event b')
    })
  })

  describe('model', () => {
    it('MAX_DEPTH: deeper propositions (and cyclic ones, built by code) are refused by every function, with a RangeError that says so', () => {
      let deep = P.occurs(Id.event('e'))
      for (let i = 0; i < P.MAX_DEPTH + 5; i++) deep = P.hedge(Likelihood.fromBand('likely'))(deep)
      const wide = P.and(deep, deep)
      const refused = /nested more than 256 levels deep, or is cyclic/
      const cases = {
        occurs: () => 0,
        not: (r: number) => r,
        and: (rs: ReadonlyArray<number>) => rs.length,
        or: (rs: ReadonlyArray<number>) => rs.length,
        epistemic: (_l: unknown, r: number) => r,
        ability: (_a: unknown, r: number) => r,
        obligation: (_a: unknown, r: number) => r,
      }
      for (const f of [
        () => P.simplify(wide),
        () => P.simplify(P.not(wide)),
        () => P.fold(cases)(wide),
        () => P.events(wide),
        () => P.agents(wide),
        () => P.likelihoods(wide),
        () => P.references(wide),
        () => P.render(wide, { event: String, actor: String }),
        () => P.Eq.equals(wide, wide),
      ])
        expect(f).toThrow(refused)
      let fine = P.occurs(Id.event('e'))
      for (let i = 0; i < 200; i++) fine = P.not(fine)
      expect(P.simplify(fine)).toEqual(P.occurs(Id.event('e')))
    })
  })
})
