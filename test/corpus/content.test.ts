import { describe, expect, it } from 'vitest'
import { Likelihood, Proposition as P } from '../../src/index.js'
import type { Id } from '../../src/index.js'
import { canonical, flip, keyOf, relate } from '../../src/corpus/content.js'

const e = (s: string) => s as Id.EventId
const a = (s: string) => s as Id.ActorId
/** Events and actors of two reports named by instance: e1/x1 and e2/x2 are one instance. */
const INSTANCE: Record<string, number> = { e1: 1, x1: 1, e2: 1, x2: 1, f1: 2, f2: 2, g1: 3 }
const event = (id: string) => INSTANCE[id] ?? -1
const actor = (id: string) => INSTANCE[id] ?? -1
const c = (p: P.Proposition) => canonical(p, event, actor)
const likely = Likelihood.fromBand('likely')
const almost = Likelihood.fromBand('almost_certain')

describe('corpus/content', () => {
  describe('canonical', () => {
    it('events by instance; operands of and / or in any order', () => {
      expect(c(P.or(P.occurs(e('e1')), P.occurs(e('f1'))))).toEqual(
        c(P.or(P.occurs(e('f2')), P.occurs(e('e2')))),
      )
      expect(c(P.or(P.occurs(e('e1')), P.occurs(e('f1')))).base).not.toBe(
        c(P.and(P.occurs(e('e1')), P.occurs(e('f1')))).base,
      )
    })

    it('ability and obligation: agents by instance, as a set; the two differ', () => {
      const can1 = c(P.able(a('x1'), a('x1'))(P.occurs(e('e1'))))
      const can2 = c(P.able(a('x2'))(P.occurs(e('e2'))))
      expect(can1).toEqual(can2)
      expect(can1.base).toBe('can[1](e1)')
      expect(c(P.must(a('x2'))(P.occurs(e('e2')))).base).toBe('must[1](e1)')
    })

    it('hedges: left out of the base, kept in hedges, at the top and inside', () => {
      const inner = c(P.able(a('x1'))(P.hedge(likely)(P.occurs(e('e1')))))
      expect(inner.base).toBe('can[1](e1)')
      expect(inner.hedges).toBe('can[1](~likely(e1))')
      const top = c(P.hedge(likely)(P.not(P.occurs(e('e1')))))
      expect(top).toEqual({ base: 'e1', hedges: '~likelye1', negated: true })
      const factual = c(P.hedge(Likelihood.fromFactuality('PR+'))(P.occurs(e('e1'))))
      expect(factual.hedges).toBe('~PR+e1')
    })

    it('negation inside a modality stays inside the base', () => {
      const p = c(P.must(a('x1'))(P.not(P.occurs(e('e1')))))
      expect(p.base).toBe('must[1](!e1)')
      expect(p.negated).toBe(false)
    })
  })

  describe('relate', () => {
    it('same, hedged, negation, different', () => {
      const p = c(P.occurs(e('e1')))
      expect(relate(p, c(P.occurs(e('e2'))))).toBe('same')
      expect(relate(p, c(P.hedge(almost)(P.occurs(e('e2')))))).toBe('hedged')
      expect(relate(p, c(P.not(P.occurs(e('e2')))))).toBe('negation')
      expect(relate(p, flip(p))).toBe('negation')
      expect(relate(p, c(P.occurs(e('g1'))))).toBe('different')
    })
  })

  describe('keyOf', () => {
    it('equal for equal contents, different for a negation or another hedge', () => {
      const p = c(P.occurs(e('e1')))
      expect(keyOf(p)).toBe(keyOf(c(P.occurs(e('e2')))))
      expect(keyOf(flip(p))).toBe(`!${keyOf(p)}`)
      expect(keyOf(c(P.hedge(likely)(P.occurs(e('e1')))))).not.toBe(keyOf(p))
    })
  })
})
