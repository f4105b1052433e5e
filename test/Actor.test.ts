import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import { Actor, Id } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { actor } from './support/arbitraries.js'

const us = Actor.state('us', 'United States', 'USA')

describe('Actor', () => {
  describe('codecs', () => {
    codecLaws(Actor.Actor, actor)

    it('reports errors of the branch chosen by kind', () => {
      expect(issuesOf(Actor.Actor, { kind: 'state', id: 'x', name: 'X', country: 'usa' })).toEqual([
        ['/country', 'invalid_string'],
      ])
      expect(issuesOf(Actor.Actor, { kind: 'robot', id: 'x' })).toEqual([['/kind', 'invalid_tag']])
      expect(
        issuesOf(Actor.Actor, { kind: 'anonymous', id: 'x', description: 'officials', count: 0 }),
      ).toEqual([['/count', 'invalid_number']])
      expect(
        issuesOf(Actor.Actor, {
          kind: 'anonymous',
          id: 'x',
          description: 'officials',
          count: 'two',
        }),
      ).toEqual([['/count', 'invalid_value']])
      expect(
        issuesOf(Actor.Actor, {
          kind: 'anonymous',
          id: 'x',
          description: 'officials',
          count: true,
        }),
      ).toEqual([['/count', 'invalid_type']])
      expect(
        issuesOf(Actor.Actor, { kind: 'collective', id: 'x', name: 'X', members: [] }),
      ).toEqual([['/members', 'too_short']])
      expect(
        issuesOf(Actor.Actor, {
          kind: 'state',
          id: 'x',
          name: 'X',
          country: 'USA',
          external: { wikidata: '30' },
        }),
      ).toEqual([['/external/wikidata', 'invalid_string']])
    })
  })

  describe('constructors', () => {
    it('build every kind', () => {
      const all: ReadonlyArray<Actor.Actor> = [
        us,
        Actor.organization('irgc', "Iran's Revolutionary Guards Corps", 'military', {
          country: 'IRN',
        }),
        Actor.person('sullivan', 'Jake Sullivan', {
          offices: [Actor.office('National Security Adviser', Id.actor('white-house'))],
        }),
        Actor.outlet('al-akhbar', 'al-Akhbar', {
          country: 'LBN',
          affiliations: [Id.actor('hezbollah')],
        }),
        Actor.anonymous('officials', 'U.S. officials', { count: 2, affiliation: us.id }),
        Actor.anonymous('someone', 'a source'),
        Actor.collective('intel', 'U.S. and Israeli intelligence', [
          Id.actor('us-intel'),
          Id.actor('isr-intel'),
        ]),
        Actor.author('report'),
      ]
      for (const a of all) expect(Actor.Actor.is(a)).toBe(true)
      expect(all.map(Actor.label)).toEqual([
        'United States',
        "Iran's Revolutionary Guards Corps",
        'Jake Sullivan',
        'al-Akhbar',
        'U.S. officials (2)',
        'a source',
        'U.S. and Israeli intelligence',
        'the report',
      ])
      expect(Actor.office('Spokesperson')).toEqual({ title: 'Spokesperson' })
    })
  })

  describe('combinators', () => {
    it('relate and identify', () => {
      const militias = pipe(
        Actor.organization('militias', 'pro-Iran Shia militias', 'armed_group'),
        Actor.relate('aligned_with', Id.actor('iran')),
        Actor.identify({ cameo: 'IRQREB' }),
      )
      expect(militias.relations).toEqual([{ kind: 'aligned_with', target: 'iran' }])
      expect(militias.external).toEqual({ cameo: 'IRQREB' })
      expect(Actor.references(militias)).toEqual([[['relations', 0, 'target'], 'iran']])
    })
  })

  describe('queries', () => {
    it('references lists every actor an actor refers to', () => {
      expect(Actor.references(Actor.anonymous('o', 'officials', { affiliation: us.id }))).toEqual([
        [['affiliation'], 'us'],
      ])
      expect(
        Actor.references(Actor.collective('c', 'C', [Id.actor('a'), Id.actor('b')])),
      ).toHaveLength(2)
      expect(Actor.references(Actor.outlet('o', 'O', { affiliations: [Id.actor('h')] }))).toEqual([
        [['affiliations', 0], 'h'],
      ])
      expect(
        Actor.references(
          Actor.person('p', 'P', {
            offices: [Actor.office('x', Id.actor('org')), Actor.office('y')],
          }),
        ),
      ).toEqual([[['offices', 0, 'in'], 'org']])
      expect(Actor.isAnonymous(us)).toBe(false)
    })
  })
})
