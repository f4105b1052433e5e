import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import {
  Actor,
  Attribution,
  Event,
  Id,
  Likelihood,
  Proposition as P,
  Render,
  Report,
  Statement,
  Threat,
  Time,
} from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'

describe('Render', () => {
  describe('utils', () => {
    it('inspect shows the seed report', () => {
      const text = Render.inspect(fixtures.report)
      expect(text.split('\n').slice(0, 4)).toEqual([
        'U.S. Warns Iraq of Possible Israeli Retaliation Over Planned Iranian Attack',
        'outlet: unknown · published: unknown · language: en',
        '',
        'Actors (28)',
      ])
      expect(text).toContain('  Jake Sullivan and Antony Blinken → warn → Mohammed Shia al-Sudani')
      expect(text).toContain('      via: the report, in its own voice')
      expect(text).toContain('      in reply to: sullivan-blinken-pressed-al-sudani')
      expect(text).toContain(
        '      says: “It is important that Iraq not be drawn into regional conflict,” — Iraq obliged to bring about:',
      )
      expect(text).toContain(
        '      stated by: administration-warned-iraq, sullivan-blinken-warned-al-sudani',
      )
      expect(text.split('\n').at(-1)).toBe(
        '28 actors, 23 events, 18 statements (4 from anonymous sources), 1 threat',
      )
    })

    it('inspect shows outlets, gradings, deadlines, unconditional threats and unknown names', () => {
      const us = Actor.state('us', 'United States', 'USA')
      const x = Actor.state('x', 'Xland', 'XXX')
      const e = Event.make('e', 'strike', 'a strike on Xland', { status: 'hypothetical' })
      const t1 = Threat.make('t1', {
        issuer: [us.id],
        addressee: [x.id],
        consequence: P.occurs(e.id),
        deadline: Time.relative('by Friday', { weekday: 'friday', which: 'next' }),
      })
      const t2 = Threat.make('t2', {
        issuer: [us.id],
        addressee: [x.id],
        consequence: P.occurs(e.id),
        condition: P.occurs(e.id),
        deadline: Time.time('2025-01-01'),
        likelihood: Likelihood.fromBand('likely'),
      })
      const s = Statement.make('s', [us.id], 'threaten', Statement.threat(t1.id), {
        attribution: { chain: [{ source: us.id, grading: { reliability: 'B', credibility: 2 } }] },
        channel: 'private',
      })
      const r = Report.make({
        headline: 'H',
        author: Id.actor('me'),
        outlet: Id.actor('paper'),
        published: Time.time('2024-11-05'),
        actors: [
          Actor.author('me', { name: 'The Paper' }),
          Actor.outlet('paper', 'The Paper'),
          us,
          x,
        ],
        events: [e],
        statements: [s, Statement.make('n', [us.id], 'report', Statement.nested(s.id))],
        threats: [t1, t2],
      })
      if (E.isLeft(r)) throw new Error('report')
      const text = Render.inspect(r.right)
      expect(text).toContain('outlet: The Paper · published: 2024-11-05 · language: unknown')
      expect(text).toContain('via: United States [B2] → The Paper')
      expect(text).toContain('channel: private')
      expect(text).toContain('says: reports statement s')
      expect(text).toContain('if: (unconditional)')
      expect(text).toContain('carried out by: not stated')
      expect(text).toContain('demand: none')
      expect(text).toContain('likelihood: not stated')
      expect(text).toContain('deadline: by Friday')
      expect(text).toContain('deadline: 2025-01-01')
      expect(text).toContain('likelihood: likely')
      expect(text).toContain('stated by: no statement')
      expect(text.split('\n').at(-1)).toBe(
        '4 actors, 1 events, 2 statements (0 from anonymous sources), 2 threats',
      )
    })

    it('likelihood, chain and names', () => {
      expect(
        Render.likelihood({ cue: 'very likely', band: 'very_likely', factuality: 'PR+' }),
      ).toBe('very likely (very likely, PR+)')
      expect(Render.likelihood({ factuality: 'Uu' })).toBe('Uu')
      const n = Render.names(fixtures.report)
      expect(n.actor(Id.actor('nobody'))).toBe('nobody')
      expect(n.event(Id.event('nothing'))).toBe('nothing')
      expect(Render.chain(Attribution.from(Id.actor('axios')), n)).toBe('Axios → the report')
    })
  })
})
