import { pipe } from 'fp-ts/function'
import * as O from 'fp-ts/Option'
import { describe, expect, it } from 'vitest'
import { Id, Likelihood, Proposition as P, Threat, Time } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { threat } from './support/arbitraries.js'

const us = Id.actor('us')
const iraq = Id.actor('iraq')
const israel = Id.actor('israel')
const prevents = P.occurs(Id.event('iraq-prevents-attack'))
const strike = P.occurs(Id.event('israeli-strike'))
const warning = Threat.make('t1', {
  issuer: [us],
  addressee: [iraq],
  enforcer: [israel],
  condition: P.not(prevents),
  consequence: strike,
  likelihood: Likelihood.fromFactuality('PS+'),
})

describe('Threat', () => {
  describe('codecs', () => {
    codecLaws(Threat.Threat, threat)
    it('requires issuer, addressee and consequence', () => {
      expect(
        issuesOf(Threat.Threat, { id: 't', valence: 'negative' }).map(([p, c]) => `${p} ${c}`),
      ).toEqual(['/issuer missing_key', '/addressee missing_key', '/consequence missing_key'])
      expect(issuesOf(Threat.Threat, { ...warning, enforcer: [] })).toEqual([
        ['/enforcer', 'too_short'],
      ])
    })
  })

  describe('queries', () => {
    it('classifies warnings, threats, ultimatums and promises', () => {
      expect(Threat.classify(warning)).toBe('warning')
      expect(Threat.hasThirdPartyEnforcer(warning)).toBe(true)
      expect(Threat.classify({ ...warning, enforcer: [us] })).toBe('threat')
      const { enforcer: _e, ...noEnforcer } = warning
      expect(Threat.classify(noEnforcer)).toBe('threat')
      expect(Threat.classify({ ...warning, deadline: Time.time('2024-12-01') })).toBe('ultimatum')
      expect(Threat.classify({ ...warning, valence: 'positive' })).toBe('promise')
    })
    it('derives the demand as the simplified negation of the condition', () => {
      expect(Threat.demand(warning)).toEqual(O.some(prevents))
      const compound = {
        ...warning,
        condition: P.or(P.occurs(Id.event('a')), P.not(P.occurs(Id.event('b')))),
      }
      expect(Threat.demand(compound)).toEqual(
        O.some(P.and(P.not(P.occurs(Id.event('a'))), P.occurs(Id.event('b')))),
      )
      const { condition: _c, ...unconditional } = warning
      expect(Threat.demand(unconditional)).toEqual(O.none)
      expect(Threat.demand({ ...warning, valence: 'positive', condition: prevents })).toEqual(
        O.some(prevents),
      )
      expect(Threat.parties(warning)).toEqual([us, iraq, israel])
    })
  })

  describe('combinators', () => {
    it('revise and withdraw make new versions that point back', () => {
      const v2 = pipe(
        warning,
        Threat.withEvidence({ start: 0, end: 1, text: 'x' }),
        Threat.revise('t2', { deadline: Time.time('2024-11-30') }),
      )
      expect(v2).toMatchObject({ id: 't2', revises: 't1', deadline: '2024-11-30' })
      expect(v2.evidence).toBeUndefined()
      const v3 = Threat.withdraw('t3')(v2)
      expect(v3).toMatchObject({ id: 't3', revises: 't2', withdrawn: true })
      expect(Threat.Threat.is(v3)).toBe(true)
    })
  })
})
