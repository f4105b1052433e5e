import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import { Attribution, Id, Likelihood, Proposition as P, Statement, Time } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { statement } from './support/arbitraries.js'

const miller = Id.actor('miller')
const may = Likelihood.fromFactuality('PS+')

describe('Statement', () => {
  describe('codecs', () => {
    codecLaws(Statement.Statement, statement)
    it('names the failing part', () => {
      const s = { id: 's1', speakers: ['miller'], act: 'state', content: { kind: 'none' } }
      expect(issuesOf(Statement.Statement, s)).toEqual([])
      expect(issuesOf(Statement.Statement, { ...s, act: 'shout' })).toEqual([
        ['/act', 'invalid_value'],
      ])
      expect(issuesOf(Statement.Statement, { ...s, speakers: [] })).toEqual([
        ['/speakers', 'too_short'],
      ])
      expect(issuesOf(Statement.Statement, { ...s, content: { kind: 'threat' } })).toEqual([
        ['/content/threat', 'missing_key'],
      ])
      expect(issuesOf(Statement.Statement, { ...s, spekers: [] })).toEqual([
        ['/spekers', 'unknown_key'],
      ])
      expect(issuesOf(Statement.Statement, { ...s, channel: null })).toEqual([
        ['/channel', 'invalid_type'],
      ])
    })
  })

  describe('constructors and combinators', () => {
    it('build a quoted, attributed, hedged statement', () => {
      const s = pipe(
        Statement.make('s1', [miller], 'state', Statement.proposition(P.occurs(Id.event('e')))),
        Statement.quoting('It is important that Iraq not be drawn into regional conflict'),
        Statement.attributed(Attribution.from(miller, 'stated')),
        Statement.to(Id.actor('press')),
        Statement.via('public'),
        Statement.at(Time.time('2024-11')),
        Statement.replyTo(Id.statement('s0')),
        Statement.hedged(may),
        Statement.withEvidence({ start: 0, end: 1, text: 'x' }),
      )
      expect(Statement.Statement.is(s)).toBe(true)
      expect(Statement.isDirect(s)).toBe(true)
      expect(Statement.likelihoods(s)).toEqual([may])
      expect(s.addressees).toEqual(['press'])
    })
    it('content constructors and matchContent', () => {
      const m = Statement.matchContent({
        proposition: () => 'p',
        threat: (t) => `t:${t}`,
        statement: (s) => `s:${s}`,
        none: () => 'none',
      })
      expect(m(Statement.threat(Id.threat('t1')))).toBe('t:t1')
      expect(m(Statement.nested(Id.statement('s1')))).toBe('s:s1')
      expect(m(Statement.none)).toBe('none')
      expect(m(Statement.proposition(P.occurs(Id.event('e'))))).toBe('p')
      expect(
        Statement.likelihoods(
          Statement.make(
            's',
            [miller],
            'warn',
            Statement.proposition(pipe(P.occurs(Id.event('e')), P.hedge(may))),
          ),
        ),
      ).toEqual([may])
    })
    it('every act has a CAMEO code of three digits', () => {
      for (const [act, v] of Object.entries(Statement.ACTS)) expect(v.cameo, act).toMatch(/^\d{3}$/)
    })
  })
})
