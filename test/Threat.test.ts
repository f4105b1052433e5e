import { pipe } from 'fp-ts/function'
import * as O from 'fp-ts/Option'
import { describe, expect, it } from 'vitest'
import { Actor, Id, Likelihood, Proposition as P, Threat, Time } from '../src/index.js'
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
    const states = [
      Actor.state('us', 'United States', 'USA'),
      Actor.state('iraq', 'Iraq', 'IRQ'),
      Actor.state('israel', 'Israel', 'ISR'),
    ]
    it('classifies warnings, threats, ultimatums, promises and inducements', () => {
      const classify = Threat.classify({ actors: states })
      expect(classify(warning)).toBe('warning')
      expect(Threat.hasThirdPartyEnforcer({ actors: states })(warning)).toBe(true)
      expect(classify({ ...warning, enforcer: [us] })).toBe('threat')
      const { enforcer: _e, ...noEnforcer } = warning
      expect(classify(noEnforcer)).toBe('threat')
      expect(classify({ ...warning, deadline: Time.time('2024-12-01') })).toBe('ultimatum')
      expect(classify({ ...warning, valence: 'positive', condition: prevents })).toBe('promise')
      // a benefit for not acting: "if Iraq does not let the attack happen, aid continues"
      expect(classify({ ...warning, valence: 'positive' })).toBe('inducement')
      expect(
        classify({
          ...warning,
          valence: 'positive',
          condition: P.and(P.not(prevents), P.not(strike)),
        }),
      ).toBe('inducement')
      expect(
        classify({ ...warning, valence: 'positive', condition: P.and(P.not(prevents), strike) }),
      ).toBe('promise')
      const { condition: _c, ...unconditional } = warning
      expect(classify({ ...unconditional, valence: 'positive' })).toBe('promise')
    })

    describe('sides, from the report', () => {
      // a minister holds an office in the Xland government, part of Xland; the armed wing is
      // part of the movement its leader is a member of; a spokesman acts for the ministry
      const xland = Actor.state('xland', 'Xland', 'XXX')
      const government = pipe(
        Actor.organization('xland-government', 'the Xland government', 'government'),
        Actor.relate('part_of', xland.id),
      )
      const minister = Actor.person('minister', 'the Xland defence minister', {
        offices: [Actor.office('minister of defence', government.id)],
      })
      const ministry = pipe(
        Actor.organization('ministry', 'the Xland defence ministry', 'ministry'),
        Actor.relate('part_of', government.id),
      )
      const spokesman = pipe(
        Actor.person('spokesman', 'the ministry spokesman'),
        Actor.relate('acts_for', ministry.id),
      )
      const official = Actor.anonymous('official', 'a Xland official', { affiliation: xland.id })
      const movement = Actor.organization('movement', 'the Zland Movement', 'party')
      const leader = pipe(
        Actor.person('leader', 'the movement leader'),
        Actor.relate('member_of', movement.id),
      )
      const wing = pipe(
        Actor.organization('wing', 'the armed wing', 'armed_group'),
        Actor.relate('part_of', movement.id),
      )
      const yland = Actor.state('yland', 'Yland', 'YYY')
      const wland = Actor.state('wland', 'Wland', 'WWW')
      const alliance = Actor.organization('alliance', 'the Northern Alliance', 'international')
      const allies = [
        pipe(yland, Actor.relate('member_of', alliance.id)),
        pipe(wland, Actor.relate('member_of', alliance.id)),
      ]
      const both = Actor.collective('both', 'Xland and Wland', [xland.id, wland.id])
      // a cycle of relations is harmless
      const a = pipe(Actor.organization('a', 'A', 'other'), Actor.relate('part_of', Id.actor('b')))
      const b = pipe(Actor.organization('b', 'B', 'other'), Actor.relate('part_of', Id.actor('a')))
      const report = {
        actors: [
          xland,
          government,
          minister,
          ministry,
          spokesman,
          official,
          movement,
          leader,
          wing,
        ],
      }
      const threat = (issuer: Id.ActorId, enforcer: Id.ActorId) =>
        Threat.make('t', {
          issuer: [issuer],
          addressee: [Id.actor('yland')],
          enforcer: [enforcer],
          condition: P.occurs(Id.event('crossing')),
          consequence: P.occurs(Id.event('strike')),
        })
      it("an office in an organization of a state puts a person on the state's side", () => {
        expect(Threat.classify(report)(threat(minister.id, xland.id))).toBe('threat')
        expect(Threat.classifyByIds(threat(minister.id, xland.id))).toBe('warning')
      })
      it('acts_for, part_of, member_of and affiliation are followed, transitively', () => {
        expect(Threat.classify(report)(threat(spokesman.id, xland.id))).toBe('threat')
        expect(Threat.classify(report)(threat(official.id, ministry.id))).toBe('threat')
        expect(Threat.classify(report)(threat(leader.id, wing.id))).toBe('threat')
        expect(Threat.classify(report)(threat(leader.id, xland.id))).toBe('warning')
      })
      it('states stay distinct sides: allies in an alliance are still third parties', () => {
        const s = Threat.sides({ actors: [...allies, alliance] })
        expect(s.same(yland.id, wland.id)).toBe(false)
        expect(Threat.classify(s)(threat(yland.id, wland.id))).toBe('warning')
      })
      it('a collective stands for its members; relations in a cycle are safe', () => {
        const s = Threat.sides({ actors: [xland, wland, both, a, b] })
        expect(s.same(both.id, xland.id)).toBe(true)
        expect(s.same(xland.id, wland.id)).toBe(false)
        expect(Threat.classify(s)(threat(xland.id, both.id))).toBe('threat')
        expect(Threat.classify(s)(threat(yland.id, both.id))).toBe('warning')
        expect(s.same(a.id, b.id)).toBe(true)
      })
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
