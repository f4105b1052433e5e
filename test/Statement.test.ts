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
        Statement.onChannel('public'),
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
        sourcing: (t) => `sourcing:${t.kind}`,
        unstated: () => 'unstated',
        none: () => 'none',
      })
      expect(m(Statement.threat(Id.threat('t1')))).toBe('t:t1')
      expect(m(Statement.nested(Id.statement('s1')))).toBe('s:s1')
      expect(m(Statement.none)).toBe('none')
      expect(m(Statement.unstated)).toBe('unstated')
      expect(m(Statement.sourcing({ kind: 'report' }))).toBe('sourcing:report')
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
    it('every act that is an act of the speaker has a CAMEO code of three digits', () => {
      for (const [act, v] of Object.entries(Statement.ACTS)) {
        if (act === 'no_response' || act === 'unreachable') expect(v.cameo, act).toBeUndefined()
        else expect(v.cameo, act).toMatch(/^\d{3}$/)
      }
      expect(Statement.ACTS.deny.cameo).toBe('016') // reject accusation, deny responsibility
      expect(Statement.ACTS.reject.cameo).toBe('120')
    })

    it('via is a deprecated alias of onChannel', () => {
      const s = Statement.make('s', [miller], 'state', Statement.unstated)
      expect(Statement.via('private')(s)).toEqual(Statement.onChannel('private')(s))
    })
  })

  describe('real reporting', () => {
    const fm = Id.actor('foreign-minister')
    const xland = Id.actor('xland')

    it('intermediaries: how the message travelled, kept apart from the attribution chain', () => {
      // "an official carried the offer, most likely the prime minister, on behalf of the
      // foreign minister", as a diplomat told the report
      const offer = pipe(
        Statement.make('offer', [fm], 'offer', Statement.unstated),
        Statement.to(Id.actor('yland')),
        Statement.through(Id.actor('messenger'), {
          onBehalfOf: fm,
          role: 'messenger',
          cue: 'carried',
        }),
        Statement.through(Id.actor('oman'), { role: 'mediator' }),
        Statement.attributed(Attribution.from(Id.actor('diplomat'), 'told')),
      )
      expect(offer.intermediaries).toEqual([
        { actor: 'messenger', onBehalfOf: 'foreign-minister', role: 'messenger', cue: 'carried' },
        { actor: 'oman', role: 'mediator' },
      ])
      expect(offer.attribution?.chain.map((l) => l.source)).toEqual(['diplomat'])
      expect(Statement.Statement.is(offer)).toBe(true)
      expect(
        issuesOf(Statement.Statement, {
          ...offer,
          intermediaries: [{ actor: 'x', role: 'courier' }],
        }),
      ).toEqual([['/intermediaries/0/role', 'invalid_value']])
    })

    it("words versus view: the spokesman's words, the secretary's view", () => {
      const s = pipe(
        Statement.make('emphasized', [Id.actor('secretary')], 'emphasize', Statement.unstated),
        Statement.quoting('We will not wait forever'),
        Statement.inWordsOf(Id.actor('spokesman')),
        Statement.attributed(Attribution.from(Id.actor('spokesman'), 'said')),
      )
      expect(Statement.wordsOf(s)).toEqual(['spokesman'])
      expect(s.speakers).toEqual(['secretary'])
      expect(Statement.wordsOf(Statement.make('t', [xland], 'state', Statement.unstated))).toEqual([
        'xland',
      ])
      expect(issuesOf(Statement.Statement, { ...s, wordsBy: [] })).toEqual([
        ['/wordsBy', 'too_short'],
      ])
    })

    it('medium: separate from the channel', () => {
      const s = pipe(
        Statement.make('taped', [Id.actor('leader')], 'threaten', Statement.unstated),
        Statement.inMedium(Statement.medium('televised', { recorded: true })),
        Statement.onChannel('public'),
      )
      expect(s.medium).toEqual({ kind: 'televised', recorded: true })
      expect(Statement.medium('post', { platform: 'Telegram' })).toEqual({
        kind: 'post',
        platform: 'Telegram',
      })
      expect(issuesOf(Statement.Statement, { ...s, medium: { kind: 'telegram' } })).toEqual([
        ['/medium/kind', 'invalid_value'],
      ])
    })

    it('sourcing: denying or confirming how a statement, a source or a report was sourced', () => {
      for (const target of [
        { kind: 'statement', statement: Id.statement('s1') },
        { kind: 'source', source: Id.actor('close-sources') },
        { kind: 'report', publisher: Id.actor('almanar') },
        { kind: 'report' },
      ] as const) {
        const s = Statement.make(
          'denial',
          [Id.actor('media-office')],
          'deny',
          Statement.sourcing(target),
        )
        expect(Statement.Statement.is(s), target.kind).toBe(true)
      }
      expect(
        issuesOf(Statement.Statement, {
          id: 's',
          speakers: ['x'],
          act: 'deny',
          content: { kind: 'sourcing', target: { kind: 'rumour' } },
        }),
      ).toEqual([['/content/target/kind', 'invalid_tag']])
    })

    it('acts: accept, reject, confirm, retract, and four kinds of non-answer', () => {
      for (const act of ['accept', 'reject', 'confirm', 'retract', 'offer'] as const)
        expect(
          Statement.isNonAnswer(Statement.make('s', [xland], act, Statement.unstated)),
          act,
        ).toBe(false)
      for (const act of Statement.NON_ANSWERS)
        expect(Statement.isNonAnswer(Statement.make('s', [xland], act, Statement.none)), act).toBe(
          true,
        )
      expect(Statement.NON_ANSWERS).toEqual([
        'decline_comment',
        'no_comment',
        'no_response',
        'unreachable',
      ])
    })

    it('meta: kept, any JSON', () => {
      const s = {
        id: 's',
        speakers: ['x'],
        act: 'state',
        content: { kind: 'unstated' },
        meta: { run: 'r-17', scores: [0.1, 0.9] },
      }
      expect(issuesOf(Statement.Statement, s)).toEqual([])
      expect(issuesOf(Statement.Statement, { ...s, meta: { f: () => 1 } })).toEqual([
        ['/meta/f', 'invalid_type'],
      ])
    })
  })
})
