import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import { Event, Id, Time } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { event } from './support/arbitraries.js'

const airstrike = Event.make(
  'airstrike',
  'airstrike',
  "Israel's October 25 airstrike inside Iran",
  {
    agents: [Id.actor('israel')],
    targets: [Id.actor('iran')],
    places: [Event.place('inside Iran', { country: 'IRN' })],
    time: Time.time('XXXX-10-25'),
  },
)

describe('Event', () => {
  describe('codecs', () => {
    codecLaws(Event.Event, event)
    it('names the field that is wrong', () => {
      expect(issuesOf(Event.Event, { ...airstrike, status: 'rumoured' })).toEqual([
        ['/status', 'invalid_value'],
      ])
      expect(issuesOf(Event.Event, { ...airstrike, time: '2024-02-30' })).toEqual([
        ['/time', 'invalid_time'],
      ])
      expect(issuesOf(Event.Event, { ...airstrike, cameo: '13a' })).toEqual([
        ['/cameo', 'invalid_string'],
      ])
      expect(
        issuesOf(Event.Event, {
          ...airstrike,
          places: [{ name: 'Iraq', role: 'origin', country: 'Iraq' }],
        }),
      ).toEqual([['/places/0/country', 'invalid_string']])
    })
  })

  describe('relations', () => {
    it('instance_of relates an event to a more general one, and decodes', () => {
      const capital = pipe(
        Event.make('attack-on-capital', 'attack', 'an attack on the capital'),
        Event.relate('instance_of', Id.event('attack-on-xland')),
      )
      expect(Event.related(capital, 'instance_of')).toEqual(['attack-on-xland'])
      expect(Event.Event.is(capital)).toBe(true)
      expect(
        issuesOf(Event.Event, { ...capital, relations: [{ kind: 'kind_of', event: 'x' }] }),
      ).toEqual([['/relations/0/kind', 'invalid_value']])
    })
  })

  describe('constructors', () => {
    it('make defaults the status to occurred; place defaults the role to location', () => {
      expect(airstrike.status).toBe('occurred')
      expect(Event.place('Iraqi territory', { role: 'origin', country: 'IRQ' })).toEqual({
        name: 'Iraqi territory',
        role: 'origin',
        country: 'IRQ',
      })
      expect(Event.Event.is(airstrike)).toBe(true)
    })
  })

  describe('combinators', () => {
    it('relate and withEvidence', () => {
      const attack = pipe(
        Event.make('attack', 'attack', 'planned Iranian attack', { status: 'anticipated' }),
        Event.relate('retaliation_for', airstrike.id),
        Event.withEvidence({ start: 0, end: 3, text: 'abc' }),
      )
      expect(Event.related(attack, 'retaliation_for')).toEqual(['airstrike'])
      expect(Event.related(attack, 'prevents')).toEqual([])
      expect(attack.evidence).toHaveLength(1)
      expect(Event.isFactual(attack)).toBe(false)
      expect(Event.isFactual(airstrike)).toBe(true)
    })
  })

  describe('scope, vagueness and means', () => {
    // "Yland will mount a limited retaliation by hitting Xland's ports; there will be hell to pay"
    const hitting = Event.make('hit-ports', 'strike', "Yland hits Xland's ports", {
      status: 'hypothetical',
      agents: [Id.actor('yland')],
      targets: [Id.actor('xland')],
    })
    const retaliation = pipe(
      Event.make('retaliation', 'retaliate', 'a limited retaliation by Yland', {
        status: 'hypothetical',
        agents: [Id.actor('yland')],
        scope: Event.scope('limited', 'a limited retaliation'),
      }),
      Event.relate('by_means_of', hitting.id),
    )
    const hell = Event.make('hell-to-pay', 'consequence', 'hell to pay', {
      status: 'hypothetical',
      vague: true,
      meta: { extractor: 'model-x', confidence: 0.4 },
    })

    it('decode and guard them', () => {
      for (const e of [hitting, retaliation, hell]) expect(Event.Event.is(e), e.id).toBe(true)
      expect(issuesOf(Event.Event, { ...retaliation, scope: { degree: 'huge' } })).toEqual([
        ['/scope/degree', 'invalid_value'],
      ])
      expect(issuesOf(Event.Event, { ...hell, vague: 'yes' })).toEqual([['/vague', 'invalid_type']])
    })

    it('scope, means and isVague', () => {
      expect(Event.scope('total')).toEqual({ degree: 'total' })
      expect(retaliation.scope).toEqual({ degree: 'limited', phrase: 'a limited retaliation' })
      expect(Event.means(retaliation)).toEqual(['hit-ports'])
      expect(Event.means(hitting)).toEqual([])
      expect([hitting, hell].map(Event.isVague)).toEqual([false, true])
    })
  })
})
