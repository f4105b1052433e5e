import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import * as O from 'fp-ts/lib/Option.js'
import { Actor, Id, Likelihood, Time } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { actor } from './support/arbitraries.js'

const us = Actor.state('us', 'United States', 'USA')

describe('Actor', () => {
  describe('codecs', () => {
    codecLaws(Actor.Actor, actor)

    it('an anonymous source keeps the reason given for its anonymity, an optional wire field', () => {
      for (const reason of [
        'was not authorised to speak publicly',
        'because of the sensitivity of the talks',
        'pour des raisons de sécurité',
      ]) {
        const a = Actor.anonymous('src', 'a diplomat', { count: 1, reasonForAnonymity: reason })
        expect(a).toMatchObject({ kind: 'anonymous', reasonForAnonymity: reason })
        const json = Actor.Actor.encode(a)
        expect(json).toHaveProperty('reasonForAnonymity', reason)
        expect(Actor.Actor.decode(JSON.parse(JSON.stringify(json)))).toEqual({
          _tag: 'Right',
          right: a,
        })
      }
      expect(Actor.anonymous('src', 'a diplomat')).not.toHaveProperty('reasonForAnonymity')
      expect(
        issuesOf(Actor.Actor, {
          kind: 'anonymous',
          id: 'x',
          description: 'd',
          count: 1,
          reasonForAnonymity: '',
        }),
      ).toEqual([['/reasonForAnonymity', 'invalid_string']])
      // only a source has a reason for anonymity
      expect(
        issuesOf(Actor.Actor, {
          kind: 'unnamed',
          id: 'x',
          description: 'd',
          count: 1,
          reasonForAnonymity: 'x',
        }),
      ).toEqual([['/reasonForAnonymity', 'unknown_key']])
    })

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

  describe('sources, unnamed actors and uncertain identities', () => {
    const group = Actor.organization('group', 'the Front', 'armed_group')
    const familiar = Actor.anonymous('familiar', 'a source familiar with the Front’s thinking', {
      count: 1,
      proximity: [
        Actor.proximity(
          'familiar_with',
          { actor: group.id, topic: 'the Front’s thinking' },
          'familiar with',
        ),
      ],
    })
    const briefed = pipe(
      Actor.anonymous('briefed', 'a person briefed on the talks', { count: 1 }),
      Actor.placed(Actor.proximity('briefed_on', { event: Id.event('talks') }, 'briefed on')),
    )
    const countries = Actor.unnamed('countries', 'several Arab countries')
    const messenger = pipe(
      Actor.unnamed('messenger', 'an official', { count: 1 }),
      Actor.withCandidate(Id.actor('prime-minister'), Likelihood.cue('most likely')),
      Actor.withCandidate(Id.actor('envoy')),
    )

    it('codecs: proximity names an actor, an event or a topic', () => {
      for (const a of [familiar, briefed, countries, messenger])
        expect(Actor.Actor.is(a), a.id).toBe(true)
      expect(issuesOf(Actor.Proximity, { kind: 'close_to' })).toEqual([['/', 'missing_key']])
      expect(issuesOf(Actor.Proximity, { kind: 'near', topic: 'x' })).toEqual([
        ['/kind', 'invalid_value'],
      ])
      expect(
        issuesOf(Actor.Actor, {
          kind: 'unnamed',
          id: 'u',
          description: 'some',
          count: 'unknown',
          candidates: [],
        }),
      ).toEqual([['/candidates', 'too_short']])
      expect(
        issuesOf(Actor.Actor, {
          kind: 'unnamed',
          id: 'u',
          description: 'some',
          count: 'unknown',
          proximity: [],
        }),
      ).toEqual([['/proximity', 'unknown_key']]) // proximity describes sources only
      expect(
        issuesOf(Actor.Actor, {
          kind: 'anonymous',
          id: 'a',
          description: 'a source',
          count: 1,
          candidates: [{ actor: 'x', likelihood: { factuality: 'maybe' } }],
        }),
      ).toEqual([['/candidates/0/likelihood/factuality', 'invalid_value']])
    })

    it('unnamed: a description and a count, unknown by default', () => {
      expect(countries).toEqual({
        kind: 'unnamed',
        id: 'countries',
        description: 'several Arab countries',
        count: 'unknown',
      })
      expect(Actor.label(countries)).toBe('several Arab countries')
      expect(Actor.label(messenger)).toBe('an official (1)')
      expect(Actor.isUnnamed(countries)).toBe(true)
      expect(Actor.isAnonymous(countries)).toBe(false)
    })

    it('withCandidate and placed leave named actors alone', () => {
      expect(pipe(group, Actor.withCandidate(Id.actor('x')))).toBe(group)
      expect(pipe(countries, Actor.placed(Actor.proximity('close_to', { topic: 't' })))).toBe(
        countries,
      )
      expect(briefed.proximity).toEqual([{ kind: 'briefed_on', event: 'talks', cue: 'briefed on' }])
    })

    it('isIdentified, candidates and likeliest', () => {
      expect([group, familiar, countries, us].map(Actor.isIdentified)).toEqual([
        true,
        false,
        false,
        true,
      ])
      expect(Actor.candidates(messenger).map((c) => c.actor)).toEqual(['prime-minister', 'envoy'])
      expect(Actor.candidates(group)).toEqual([])
      expect(Actor.likeliest(messenger)).toEqual(
        O.some({ actor: 'prime-minister', likelihood: { cue: 'most likely', factuality: 'PR+' } }),
      )
      const ranked = pipe(
        Actor.unnamed('u', 'the attackers'),
        Actor.withCandidate(Id.actor('a')),
        Actor.withCandidate(Id.actor('b'), Likelihood.cue('possibly')),
        Actor.withCandidate(Id.actor('c'), Likelihood.cue('very likely')),
        Actor.withCandidate(Id.actor('d'), Likelihood.cue('very likely')),
      )
      expect(O.map((c: Actor.Candidate) => c.actor)(Actor.likeliest(ranked))).toEqual(O.some('c'))
      expect(Actor.likeliest(countries)).toEqual(O.none)
    })

    it('references include proximity actors, candidates and affiliations', () => {
      expect(Actor.references(familiar)).toEqual([[['proximity', 0, 'actor'], 'group']])
      expect(Actor.references(briefed)).toEqual([])
      expect(Actor.references(messenger)).toEqual([
        [['candidates', 0, 'actor'], 'prime-minister'],
        [['candidates', 1, 'actor'], 'envoy'],
      ])
      expect(
        Actor.references(
          Actor.unnamed('u', 'some Lebanese entities', { affiliation: Id.actor('lebanon') }),
        ),
      ).toEqual([[['affiliation'], 'lebanon']])
    })

    it('meta: any JSON, kept as it is', () => {
      const a = Actor.state('x', 'X', 'XXX', {
        meta: { model: 'extractor-7', confidence: 0.82, spans: [1, 2] },
      })
      expect(Actor.Actor.is(a)).toBe(true)
      expect(issuesOf(Actor.Actor, { ...a, meta: { n: Number.NaN } })).toEqual([
        ['/meta/n', 'invalid_number'],
      ])
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

  describe('offices over time', () => {
    const T = Time.time
    // president-elect from the election to the inauguration, president from then on
    const elect = Actor.office('President-elect', us.id, {
      from: T('2028-11-08'),
      to: T('2029-01-20'),
    })
    const president = Actor.office('President', us.id, { from: T('2029-01-20') })
    const undated = Actor.office('Senator', us.id)
    const person = Actor.person('vance', 'Ada Vance', { offices: [elect, president] })

    it('office: dates are optional and kept only when given', () => {
      expect(elect).toEqual({
        title: 'President-elect',
        in: 'us',
        from: '2028-11-08',
        to: '2029-01-20',
      })
      expect(Actor.office('Mayor', undefined, { to: T('2020') })).toEqual({
        title: 'Mayor',
        to: '2020',
      })
      expect(Actor.Actor.is(person)).toBe(true)
    })

    it('Office: an office cannot end before it was taken up', () => {
      expect(issuesOf(Actor.Office, { title: 'x', from: '2029-02', to: '2029-01' })).toEqual([
        ['/', 'invalid_value'],
      ])
      expect(issuesOf(Actor.Office, { title: 'x', from: '2029-01', to: '2029-01' })).toEqual([])
      // a partial or relative end that may lie after the start is not refused
      expect(issuesOf(Actor.Office, { title: 'x', from: '2029-01-20', to: 'XXXX-01-02' })).toEqual(
        [],
      )
      expect(issuesOf(Actor.Office, { title: 'x', from: 'soon' })).toEqual([
        ['/from', 'invalid_time'],
      ])
    })

    describe('tenure', () => {
      it('has `from`, `at` wholly before `from`: not_held', () => {
        expect(Actor.tenure(T('2029-01-19'))(president)).toBe('not_held')
        expect(Actor.tenure(T('2028'))(president)).toBe('not_held')
      })
      it('has `to`, `at` wholly after `to`: not_held', () => {
        expect(Actor.tenure(T('2029-02'))(elect)).toBe('not_held')
        expect(Actor.tenure(T('2029-01-21'))(elect)).toBe('not_held')
      })
      it('at or after the start and at or before the end: held (the first and last day count)', () => {
        expect(Actor.tenure(T('2028-12'))(elect)).toBe('held')
        expect(Actor.tenure(T('2028-11-08'))(elect)).toBe('held')
        expect(Actor.tenure(T('2029-01-20'))(elect)).toBe('held')
        expect(Actor.tenure(T('2029-01-20'))(president)).toBe('unknown') // no end, no publication
        expect(Actor.tenure(T('2029-03-01'), { publication: T('2029-03-05') })(president)).toBe(
          'held',
        )
      })
      it('without `to`, the publication date is the end the report vouches for', () => {
        expect(Actor.tenure(T('2029-03-10'), { publication: T('2029-03-05') })(president)).toBe(
          'unknown',
        )
        expect(Actor.tenure(T('2029-03-05'), { publication: T('2029-03-05') })(undated)).toBe(
          'held',
        )
        expect(Actor.tenure(T('2029-03-04'), { publication: T('2029-03-05') })(undated)).toBe(
          'unknown',
        )
      })
      it('anything else, a missing start or end included: unknown', () => {
        expect(Actor.tenure(T('2029'))(elect)).toBe('unknown') // held in January only
        expect(Actor.tenure(T('2029-01'))(president)).toBe('unknown') // taken up mid-month
        expect(Actor.tenure(T('XXXX-12-01'))(elect)).toBe('unknown') // the year is not stated
        expect(Actor.tenure(T('2029-03-01'))(undated)).toBe('unknown')
        expect(Actor.tenure(T('2028-12-01~'))(elect)).toBe('held') // approximately, but wholly inside
        expect(Actor.tenure(T('2028-11-08~'))(elect)).toBe('unknown') // may be the day before
      })
      it('relative times are resolved against the publication date', () => {
        const lastWeek = Time.relative('last week', { unit: 'week', amount: -1 })
        expect(Actor.tenure(lastWeek, { publication: T('2028-12-10') })(elect)).toBe('held')
        expect(Actor.tenure(lastWeek)(elect)).toBe('unknown')
      })
      it('a former office with an undated end', () => {
        const former = Actor.office('Foreign minister', us.id, { to: T('../2029-03-05') })
        expect(Actor.tenure(T('2029-04'))(former)).toBe('not_held')
        expect(Actor.tenure(T('2029-03-01'))(former)).toBe('unknown')
      })
    })

    it('rolesAt: the offices held or possibly held, in order; none for other kinds', () => {
      expect(Actor.rolesAt(T('2028-12-24'))(person)).toEqual([{ office: elect, tenure: 'held' }])
      expect(Actor.rolesAt(T('2029-01-20'))(person)).toEqual([
        { office: elect, tenure: 'held' },
        { office: president, tenure: 'unknown' },
      ])
      expect(Actor.rolesAt(T('2029-06-01'), { publication: T('2029-07-01') })(person)).toEqual([
        { office: president, tenure: 'held' },
      ])
      expect(Actor.rolesAt(T('2029-06-01'))(us)).toEqual([])
      expect(Actor.rolesAt(T('2029-06-01'))(Actor.person('p', 'P'))).toEqual([])
    })
  })
})
