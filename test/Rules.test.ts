import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { pipe } from 'fp-ts/lib/function.js'
import {
  Actor,
  Attribution,
  Event,
  Id,
  Likelihood,
  Proposition as P,
  Report,
  Rules,
  Statement,
  Threat,
  Validator as V,
} from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'
import { validReport } from './support/valid.js'
import { likelihood, proposition } from './support/arbitraries.js'

const seed = fixtures.report
/** A copy of the seed's data, edited; rules run on report data without decoding it again. */
const edit = (f: (r: any) => void): Report.ReportData => {
  const r = JSON.parse(JSON.stringify(Report.encode(seed)))
  f(r)
  return r
}
const found = (rule: Rules.Rule, r: Report.ReportData) =>
  rule.validate(r).map((i) => `${V.toList([i])[0]!.path} ${i.code}`)
const stmt = (id: string) => seed.statements.findIndex((s) => s.id === id)
const evt = (id: string) => seed.events.findIndex((e) => e.id === id)

describe('Rules', () => {
  describe('the seed', () => {
    it('the standard set raises exactly what a careful editor would', () => {
      const pinned: ReadonlyArray<readonly [string, string, string]> = [
        [
          'attribution/missing',
          'sullivan-blinken-pressed-al-sudani',
          'the report never says who described the call in which Sullivan and Blinken pressed al-Sudani',
        ],
        [
          'attribution/missing',
          'sullivan-blinken-warned-al-sudani',
          'nor who relayed the restated warning from that call',
        ],
        [
          'attribution/missing',
          'al-sudani-desire',
          "al-Sudani's reply is reported with no source at all",
        ],
        [
          'attribution/single-anonymous-source',
          'officials-cautioned-iran',
          'the cautioning is relayed by "one U.S. official" alone',
        ],
        [
          'attribution/single-anonymous-source',
          'iran-not-deescalating',
          '"Iran has not shown signs of de-escalating" rests on that one official',
        ],
        [
          'attribution/single-anonymous-source',
          'militia-official-noted',
          'a single unnamed militia official',
        ],
        [
          'attribution/unattributed-hedge',
          'assault-planned-as-retaliation',
          '"reportedly planned as retaliation" names no reporter',
        ],
        [
          'attribution/unattributed-hedge',
          'militia-official-noted',
          'the militia official "reportedly" noted: reported by whom?',
        ],
      ]
      expect(Rules.standard(seed).map((i) => [i.code, i.node])).toEqual(
        pinned.map(([code, node]) => [code, node]),
      )
      expect(Rules.standard(seed).every((i) => i.severity === 'warning')).toBe(true)
    })
    it('the strict set raises the same findings as errors, and finds every sentence covered', () => {
      const strict = Rules.strict(seed)
      expect(strict.map((i) => i.code)).toEqual(Rules.standard(seed).map((i) => i.code))
      expect(strict.every((i) => i.severity === 'error')).toBe(true)
    })
  })

  describe('each rule fails and passes', () => {
    it('attribution/missing', () => {
      expect(found(Rules.attributionMissing, seed)).toHaveLength(3)
      expect(
        found(
          Rules.attributionMissing,
          edit((r) => r.statements.splice(6, 3)),
        ),
      ).toEqual([])
    })
    it('attribution/anonymous-undescribed', () => {
      expect(found(Rules.anonymousUndescribed, seed)).toEqual([])
      const i = seed.actors.findIndex((a) => a.id === 'us-officials')
      expect(
        found(
          Rules.anonymousUndescribed,
          edit((r) => delete r.actors[i].affiliation),
        ),
      ).toEqual([`/actors/${i} attribution/anonymous-undescribed`])
    })
    it('attribution/single-anonymous-source', () => {
      expect(found(Rules.singleAnonymousSource, seed)).toHaveLength(3)
      expect(
        found(
          Rules.singleAnonymousSource,
          edit((r) => r.actors.forEach((a: any) => a.kind === 'anonymous' && (a.count = 2))),
        ),
      ).toEqual([])
    })
    it('attribution/unattributed-hedge', () => {
      expect(found(Rules.unattributedHedge, seed)).toEqual([
        `/statements/${stmt('assault-planned-as-retaliation')} attribution/unattributed-hedge`,
        `/statements/${stmt('militia-official-noted')} attribution/unattributed-hedge`,
      ])
      expect(
        found(
          Rules.unattributedHedge,
          edit((r) => r.statements.forEach((s: any) => delete s.attribution)),
        ),
      ).toEqual([])
    })
    it('attribution/outlet-affiliation', () => {
      expect(found(Rules.outletAffiliation, seed)).toEqual([])
      const i = stmt('al-akhbar-on-resistance')
      const dropped = edit((r) => {
        r.statements[i].attribution.chain[0].evidence = []
        r.statements[i].evidence = []
      })
      expect(found(Rules.outletAffiliation, dropped)).toEqual([
        `/statements/${i}/attribution/chain/0 attribution/outlet-affiliation`,
      ])
    })
    it('quote/speaker', () => {
      const i = stmt('miller-quote')
      expect(found(Rules.quoteSpeaker, seed)).toEqual([])
      expect(
        found(
          Rules.quoteSpeaker,
          edit((r) => (r.statements[i].speakers = [r.author])),
        ),
      ).toEqual([`/statements/${i} quote/speaker`])
      expect(
        found(
          Rules.quoteSpeaker,
          edit((r) => (r.statements[i].speakers = ['ghost'])),
        ),
      ).toEqual([`/statements/${i} quote/speaker`])
    })
    it('quote/verbatim', () => {
      const i = stmt('miller-quote')
      expect(found(Rules.quoteVerbatim, seed)).toEqual([])
      expect(
        found(
          Rules.quoteVerbatim,
          edit((r) => (r.statements[i].quote = 'Iraq must never be drawn in')),
        ),
      ).toEqual([`/statements/${i} quote/verbatim`])
    })
    it('threat/missing-condition and threat/missing-enforcer', () => {
      expect(found(Rules.threatMissingCondition, seed)).toEqual([])
      expect(found(Rules.threatMissingEnforcer, seed)).toEqual([])
      expect(
        found(
          Rules.threatMissingCondition,
          edit((r) => delete r.threats[0].condition),
        ),
      ).toEqual(['/threats/0 threat/missing-condition'])
      expect(
        found(
          Rules.threatMissingEnforcer,
          edit((r) => delete r.threats[0].enforcer),
        ),
      ).toEqual(['/threats/0 threat/missing-enforcer'])
    })
    it('threat/contradictory-condition', () => {
      expect(found(Rules.threatContradictoryCondition, seed)).toEqual([])
      const p = { kind: 'occurs', event: 'iraq-prevents-attack' }
      expect(
        found(
          Rules.threatContradictoryCondition,
          edit(
            (r) =>
              (r.threats[0].condition = {
                kind: 'and',
                operands: [p, { kind: 'not', operand: p }],
              }),
          ),
        ),
      ).toEqual(['/threats/0 threat/contradictory-condition'])
      expect(
        found(
          Rules.threatContradictoryCondition,
          edit(
            (r) =>
              (r.threats[0].condition = {
                kind: 'not',
                operand: { kind: 'or', operands: [p, { kind: 'not', operand: p }] },
              }),
          ),
        ),
      ).toEqual(['/threats/0 threat/contradictory-condition'])
      expect(
        found(
          Rules.threatContradictoryCondition,
          edit(
            (r) =>
              (r.threats[0].condition = { kind: 'or', operands: [p, { kind: 'not', operand: p }] }),
          ),
        ),
      ).toEqual([])
    })
    it('threat/act-mismatch', () => {
      expect(found(Rules.threatActMismatch, seed)).toEqual([])
      expect(
        found(
          Rules.threatActMismatch,
          edit((r) => (r.statements[0].act = 'threaten')),
        ),
      ).toEqual(['/statements/0 threat/act-mismatch'])
      expect(
        found(
          Rules.threatActMismatch,
          edit((r) => (r.threats[0].enforcer = ['us'])),
        ),
      ).toHaveLength(2)
    })
    it('threat/act-mismatch follows actor relations and valence', () => {
      // the U.S. warning, issued by a named official of the administration, carried out by
      // the administration itself: a threat, stated with "threaten"
      const byOfficial = (enforcer: string) =>
        edit((r) => {
          for (const st of r.statements) if (st.content.kind === 'threat') st.act = 'threaten'
          r.threats[0].issuer = ['blinken']
          r.threats[0].enforcer = [enforcer]
        })
      expect(found(Rules.threatActMismatch, byOfficial('us'))).toEqual([])
      expect(found(Rules.threatActMismatch, byOfficial('biden-administration'))).toEqual([])
      expect(found(Rules.threatActMismatch, byOfficial('israel'))).toEqual([
        '/statements/0 threat/act-mismatch',
        `/statements/${stmt('sullivan-blinken-warned-al-sudani')} threat/act-mismatch`,
      ])
      // "threaten" or "warn" for a benefit, "promise" for a harm
      const valence = (act: string, v: string) =>
        edit((r) => ((r.statements[0].act = act), (r.threats[0].valence = v)))
      expect(found(Rules.threatActMismatch, valence('threaten', 'positive'))).toHaveLength(2)
      expect(found(Rules.threatActMismatch, valence('warn', 'positive'))).toHaveLength(2)
      expect(found(Rules.threatActMismatch, valence('promise', 'negative'))).toEqual([
        '/statements/0 threat/act-mismatch',
      ])
      expect(found(Rules.threatActMismatch, valence('promise', 'positive'))).toHaveLength(1)
    })
    it('threat/ultimatum-without-deadline', () => {
      expect(found(Rules.ultimatumWithoutDeadline, seed)).toEqual([])
      expect(
        found(
          Rules.ultimatumWithoutDeadline,
          edit((r) => (r.statements[0].act = 'demand')),
        ),
      ).toEqual(['/statements/0 threat/ultimatum-without-deadline'])
      expect(
        found(
          Rules.ultimatumWithoutDeadline,
          edit((r) => ((r.statements[0].act = 'demand'), (r.threats[0].deadline = '2024-11-30'))),
        ),
      ).toEqual([])
    })
    it('time/response-precedes-cause (unknown order is no violation)', () => {
      const attack = evt('iranian-attack-from-iraq')
      const strike = evt('israeli-airstrike-in-iran')
      expect(found(Rules.responsePrecedesCause, seed)).toEqual([])
      expect(
        found(
          Rules.responsePrecedesCause,
          edit((r) => (r.events[attack].time = '2024-10-01')),
        ),
      ).toEqual([])
      const dated = (t: string) =>
        edit((r) => ((r.events[attack].time = t), (r.events[strike].time = '2024-10-25')))
      expect(found(Rules.responsePrecedesCause, dated('2024-10-01'))).toEqual([
        `/events/${attack}/relations/0 time/response-precedes-cause`,
      ])
      expect(found(Rules.responsePrecedesCause, dated('2024-11'))).toEqual([])
      expect(found(Rules.responsePrecedesCause, dated('2024-10'))).toEqual([])
    })
    it('likelihood/mixed-bands', () => {
      expect(found(Rules.mixedBands, seed)).toEqual([])
      const i = stmt('warning-highlights-concerns')
      expect(
        found(
          Rules.mixedBands,
          edit(
            (r) =>
              (r.statements[i].hedges = [
                { band: 'very_likely', factuality: 'PR+' },
                { band: 'unlikely', factuality: 'PR-' },
              ]),
          ),
        ),
      ).toEqual([`/statements/${i} likelihood/mixed-bands`])
      expect(
        found(
          Rules.mixedBands,
          edit(
            (r) => (
              (r.statements[0].hedges = [{ band: 'likely', factuality: 'PR+' }]),
              (r.threats[0].likelihood = { band: 'almost_certain', factuality: 'CT+' })
            ),
          ),
        ),
      ).toEqual(['/statements/0 likelihood/mixed-bands'])
    })
    it('likelihood/mixed-bands lists bands in order of first use, operands left to right', () => {
      const band = (b: string) => ({
        kind: 'epistemic',
        likelihood: { band: b, factuality: 'PS+' },
        operand: { kind: 'occurs', event: 'iranian-attack' },
      })
      const r = edit((d) => {
        d.statements[0].content = {
          kind: 'proposition',
          proposition: {
            kind: 'and',
            operands: [band('likely'), band('unlikely'), band('very_likely'), band('likely')],
          },
        }
      })
      expect(Rules.mixedBands.validate(r).map((i) => i.message)).toEqual([
        'the claim mixes estimative terms from different ICD 203 rows: likely, unlikely, very likely',
      ])
    })
    test.prop([proposition, fc.array(likelihood, { maxLength: 3 })])(
      'likelihood/mixed-bands names the bands of hedges and content, in order of first use',
      (p, hedges) => {
        const r = edit((d) => {
          d.statements[0].content = { kind: 'proposition', proposition: p }
          d.statements[0].hedges = hedges.length > 0 ? hedges : undefined
          if (hedges.length === 0) delete d.statements[0].hedges
        })
        const bands = [
          ...new Set(
            Statement.likelihoods(r.statements[0]!).flatMap((l) =>
              l.band === undefined ? [] : [l.band],
            ),
          ),
        ]
        const issue = Rules.mixedBands.validate(r).find((i) => i.path[1] === 0)
        if (bands.length < 2) expect(issue).toBeUndefined()
        else expect(issue?.message).toContain(bands.join(', ').replace(/_/g, ' '))
      },
    )
    it('evidence/span-mismatch, against the report text or a supplied one', () => {
      expect(found(Rules.spanMismatch, seed)).toEqual([])
      expect(
        found(
          Rules.spanMismatch,
          edit((r) => delete r.text),
        ),
      ).toEqual([])
      const shifted = edit(
        (r) => ((r.threats[0].evidence[0].start += 1), (r.threats[0].evidence[0].end += 1)),
      )
      expect(found(Rules.spanMismatch, shifted)).toEqual([
        '/threats/0/evidence/0 evidence/span-mismatch',
      ])
      expect(
        found(
          Rules.spansMatch(fixtures.source),
          edit((r) => delete r.text),
        ),
      ).toEqual([])
      expect(
        found(
          Rules.spansMatch('other text'),
          edit((r) => delete r.text),
        ).length,
      ).toBeGreaterThan(50)
    })
    it('evidence/uncovered-sentence and evidence/missing', () => {
      expect(found(Rules.uncoveredSentence, seed)).toEqual([])
      expect(found(Rules.evidenceMissing, seed)).toEqual([])
      const bare = edit((r) => {
        for (const n of [...r.events, ...r.statements, ...r.threats]) delete n.evidence
        for (const s of r.statements) for (const l of s.attribution?.chain ?? []) delete l.evidence
      })
      expect(found(Rules.uncoveredSentence, bare)).toHaveLength(15)
      expect(found(Rules.evidenceMissing, bare)).toHaveLength(
        seed.events.length + seed.statements.length + seed.threats.length,
      )
      expect(
        found(
          Rules.uncoveredSentence,
          edit((r) => delete r.text),
        ),
      ).toEqual([])
    })
  })

  describe('utils', () => {
    it('every rule has a unique, stable code and documentation', () => {
      const codes = Rules.STRICT.map((r) => r.code)
      expect(new Set(codes).size).toBe(codes.length)
      for (const r of Rules.STRICT) {
        expect(r.code).toMatch(/^[a-z]+\/[a-z-]+$/)
        expect(r.checks.length).toBeGreaterThan(10)
        expect(r.why.length).toBeGreaterThan(10)
        expect(Rules.byCode(r.code)).toBe(r)
      }
      expect(Rules.byCode('nope')).toBeUndefined()
    })
  })

  describe('real reporting: each row of the table fails and passes', () => {
    /** Report data from parts: rules read data, so no decoding is needed. */
    const data = (parts: Partial<Report.ReportData>): Report.ReportData => ({
      format: Report.FORMAT,
      headline: 'h',
      author: Id.actor('report'),
      actors: [],
      events: [],
      statements: [],
      threats: [],
      ...parts,
    })
    const codes = (rule: Rules.Rule, r: Report.ReportData) =>
      rule.validate(r).map((i) => `${V.toList([i])[0]!.path} ${i.code}`)

    const author = Actor.author('report')
    const ministry = Actor.organization('ministry', 'the Interior Ministry', 'ministry')
    const spokesman = pipe(
      Actor.person('spokesman', 'Tomas Reyl', {
        offices: [Actor.office('spokesman', ministry.id)],
      }),
    )
    const gazette = Actor.outlet('gazette', 'the Gazette')
    const wire = Actor.outlet('wire', 'Norda Wire')
    const aides = Actor.anonymous('aides', 'aides close to the ministry', {
      proximity: [Actor.proximity('close_to', { actor: ministry.id }, 'close to')],
    })
    const raid = Event.make('raid', 'raid', 'the ministry raided the offices of the union', {
      agents: [ministry.id],
      targets: [Id.actor('union')],
    })
    const union = Actor.organization('union', 'the dockworkers union', 'other')
    const claim = pipe(
      Statement.make('claim', [aides.id], 'assert', Statement.proposition(P.occurs(raid.id))),
      Statement.attributed(pipe(Attribution.from(aides.id, 'told'), Attribution.via(gazette.id))),
    )
    const base = [author, ministry, spokesman, gazette, wire, aides, union]

    describe('attribution/circular', () => {
      it('fails: a chain passes through the same actor twice', () => {
        // "the Wire, citing the Gazette, which cited the Wire"
        const circular = pipe(
          claim,
          Statement.attributed(
            pipe(
              Attribution.from(wire.id, 'reported'),
              Attribution.via(gazette.id, 'citing'),
              Attribution.via(wire.id, 'citing'),
            ),
          ),
        )
        const r = data({ actors: base, events: [raid], statements: [circular] })
        expect(codes(Rules.circular, r)).toEqual([
          '/statements/0/attribution/chain/2/source attribution/circular',
        ])
        expect(Rules.circular.validate(r)[0]!.message).toBe(
          'the chain passes through Norda Wire twice (links 0 and 2): circular reporting, one voice that may look like two',
        )
        // a source that comes back three times is one finding per return
        const thrice = pipe(
          circular,
          Statement.attributed(pipe(circular.attribution!, Attribution.via(wire.id))),
        )
        expect(codes(Rules.circular, data({ actors: base, statements: [thrice] }))).toHaveLength(2)
      })
      it('passes: every actor once, and unattributed hops do not count', () => {
        const r = data({ actors: base, events: [raid], statements: [claim] })
        expect(codes(Rules.circular, r)).toEqual([])
        const twoHedges = pipe(
          claim,
          Statement.attributed(
            pipe(claim.attribution!, Attribution.reportedly(), Attribution.reportedly('allegedly')),
          ),
        )
        expect(codes(Rules.circular, data({ actors: base, statements: [twoHedges] }))).toEqual([])
        expect(codes(Rules.circular, seed)).toEqual([])
      })
    })

    describe('relay/uncertain-intermediary', () => {
      const pm = Actor.person('pm', 'Prime Minister Ilse Vaar')
      const messenger = pipe(
        Actor.unnamed('messenger', 'an official', { count: 1 }),
        Actor.withCandidate(pm.id, Likelihood.cue('most likely')),
      )
      const states = Actor.unnamed('neighbours', 'several neighbouring states')
      const oman = Actor.state('oman', 'Oman', 'OMN')
      const offer = (via: ReadonlyArray<Id.ActorId>) =>
        via.reduce(
          (st, a) => Statement.through(a)(st),
          pipe(
            Statement.make('offer', [ministry.id], 'offer', Statement.unstated),
            Statement.to(union.id),
            Statement.attributed(Attribution.from(spokesman.id, 'said')),
          ),
        )
      it('fails: an intermediary that is unnamed, with or without candidates', () => {
        const r = data({
          actors: [...base, pm, messenger, states, oman],
          statements: [offer([messenger.id, oman.id, states.id])],
        })
        expect(codes(Rules.uncertainIntermediary, r)).toEqual([
          '/statements/0/intermediaries/0 relay/uncertain-intermediary',
          '/statements/0/intermediaries/2 relay/uncertain-intermediary',
        ])
        expect(Rules.uncertainIntermediary.validate(r).map((i) => i.message)).toEqual([
          'the message passed through an official (1), whose identity is uncertain: most likely Prime Minister Ilse Vaar',
          'the message passed through several neighbouring states, who are not identified',
        ])
        expect(Rules.uncertainIntermediary.validate(r)[0]!.severity).toBe('info')
      })
      it('passes: named intermediaries, or none', () => {
        expect(
          codes(
            Rules.uncertainIntermediary,
            data({ actors: [...base, oman], statements: [offer([oman.id])] }),
          ),
        ).toEqual([])
        expect(
          codes(Rules.uncertainIntermediary, data({ actors: base, statements: [offer([])] })),
        ).toEqual([])
      })
    })

    describe('claim/denied-by-party', () => {
      const check = (...statements: ReadonlyArray<Statement.Statement>) =>
        codes(Rules.deniedByParty, data({ actors: base, events: [raid], statements }))
      const denial = (content: Statement.Content, speaker: Id.ActorId = spokesman.id) =>
        pipe(
          Statement.make('denial', [speaker], 'deny', content),
          Statement.attributed(Attribution.from(speaker, 'said')),
        )
      it('fails: a party (through an office) denies the event the claim asserts', () => {
        expect(check(claim, denial(Statement.proposition(P.occurs(raid.id))))).toEqual([
          '/statements/0 claim/denied-by-party',
        ])
        expect(
          Rules.deniedByParty.validate(
            data({
              actors: base,
              events: [raid],
              statements: [claim, denial(Statement.proposition(P.occurs(raid.id)))],
            }),
          )[0]!.message,
        ).toBe('Tomas Reyl, a party to this claim, denied it on the record (statement "denial")')
      })
      it('fails: a party denies the sourcing of the claim, a source of its chain, or the report it comes from', () => {
        expect(
          check(claim, denial(Statement.sourcing({ kind: 'statement', statement: claim.id }))),
        ).toEqual(['/statements/0 claim/denied-by-party'])
        // "the ministry never speaks through 'aides close to' it"
        expect(
          check(
            claim,
            denial(Statement.sourcing({ kind: 'source', source: aides.id }), ministry.id),
          ),
        ).toEqual(['/statements/0 claim/denied-by-party'])
        expect(
          check(claim, denial(Statement.sourcing({ kind: 'report', publisher: gazette.id }))),
        ).toEqual(['/statements/0 claim/denied-by-party'])
        expect(check(claim, denial(Statement.sourcing({ kind: 'report' })))).toEqual([
          '/statements/0 claim/denied-by-party',
        ])
      })
      it('fails: an issuer denies the threat a statement says it made', () => {
        const t = Threat.make('t', {
          issuer: [ministry.id],
          addressee: [union.id],
          consequence: P.occurs(raid.id),
        })
        const stated = Statement.make('stated', [aides.id], 'threaten', Statement.threat(t.id))
        const r = data({
          actors: base,
          events: [raid],
          threats: [t],
          statements: [stated, denial(Statement.threat(t.id), ministry.id)],
        })
        expect(codes(Rules.deniedByParty, r)).toEqual(['/statements/0 claim/denied-by-party'])
      })
      it('passes: a denial by someone who is no party, off the record, of something else, or agreeing', () => {
        // the Gazette is no party to the raid
        expect(check(claim, denial(Statement.proposition(P.occurs(raid.id)), gazette.id))).toEqual(
          [],
        )
        // an anonymous denial is not on the record
        expect(check(claim, denial(Statement.proposition(P.occurs(raid.id)), aides.id))).toEqual([])
        // a denial of another report's sourcing
        expect(
          check(claim, denial(Statement.sourcing({ kind: 'report', publisher: wire.id }))),
        ).toEqual([])
        // the claim says the raid did not happen; denying the raid agrees with it
        const notRaid = { ...claim, content: Statement.proposition(P.not(P.occurs(raid.id))) }
        expect(check(notRaid, denial(Statement.proposition(P.occurs(raid.id))))).toEqual([])
        // a confirmation is no denial; a denial is not flagged as denying itself
        expect(
          check(claim, { ...denial(Statement.proposition(P.occurs(raid.id))), act: 'confirm' }),
        ).toEqual([])
        expect(check(denial(Statement.proposition(P.occurs(raid.id))))).toEqual([])
        expect(codes(Rules.deniedByParty, seed)).toEqual([])
      })
    })

    describe('changed rows', () => {
      it('attribution/missing: no non-answer needs a chain', () => {
        const answers = Statement.NON_ANSWERS.map((act, i) =>
          Statement.make(`n${i}`, [ministry.id], act, Statement.none),
        )
        expect(
          codes(Rules.attributionMissing, data({ actors: base, statements: answers })),
        ).toEqual([])
        expect(
          codes(
            Rules.attributionMissing,
            data({
              actors: base,
              statements: [Statement.make('x', [ministry.id], 'confirm', Statement.unstated)],
            }),
          ),
        ).toEqual(['/statements/0 attribution/missing'])
      })
      it('attribution/anonymous-undescribed: a proximity describes a source; actors that are not sources are not checked', () => {
        const bare = Actor.anonymous('bare', 'a source')
        const bystanders = Actor.anonymous('bystanders', 'residents')
        const groups = Actor.unnamed('groups', 'some groups')
        const says = (who: Id.ActorId, id: string) =>
          pipe(
            Statement.make(id, [who], 'assert', Statement.unstated),
            Statement.attributed(Attribution.from(who, 'said')),
          )
        const event = Event.make('e', 'protest', 'a protest', {
          agents: [bystanders.id, groups.id],
        })
        const r = data({
          actors: [...base, bare, bystanders, groups],
          events: [event],
          statements: [says(aides.id, 's1'), says(bare.id, 's2')],
        })
        expect(codes(Rules.anonymousUndescribed, r)).toEqual([
          '/actors/7 attribution/anonymous-undescribed',
        ])
        expect(Rules.anonymousUndescribed.validate(r)[0]!.message).toBe(
          'the anonymous source "a source" is not described: say whom it speaks for (an affiliation) or how it is placed to know (a proximity such as "familiar with", "close to", "briefed on")',
        )
      })
      it('quote/speaker: the words are those of wordsBy; a source placed by proximity is described', () => {
        const quoted = pipe(
          Statement.make('q', [ministry.id], 'emphasize', Statement.unstated),
          Statement.quoting('We will not wait'),
          Statement.inWordsOf(aides.id),
        )
        expect(codes(Rules.quoteSpeaker, data({ actors: base, statements: [quoted] }))).toEqual([])
        const byAuthor = pipe(quoted, Statement.inWordsOf(author.id))
        expect(codes(Rules.quoteSpeaker, data({ actors: base, statements: [byAuthor] }))).toEqual([
          '/statements/0 quote/speaker',
        ])
      })
    })
  })

  describe('one pass per collection', () => {
    // a user's validators, of nodes and of the whole report, mixed with the rules
    const mine = [
      V.statements(({ node, path }) => [
        { code: 'mine/statement', severity: 'info', message: node.act, path },
      ]),
      V.actors(({ node, path }) =>
        node.kind === 'anonymous'
          ? [{ code: 'mine/anon', severity: 'info', message: '', path }]
          : [],
      ),
      (r: Report.ReportData) => [
        { code: 'mine/report', severity: 'info' as const, message: r.headline, path: [] },
      ],
    ]
    const pool = [...Rules.STRICT.map((r) => r.validate), ...mine]

    test.prop(
      [
        fc.array(fc.constantFrom(...pool), { maxLength: 12 }),
        fc.oneof(validReport, fc.constant(seed)),
      ],
      { numRuns: 150 },
    )('running validators together gives what running them one by one gives, in order', (vs, r) => {
      expect(V.concatAll(...vs)(r)).toEqual(vs.flatMap((v) => v(r)))
    })

    it('the standard set on the seed: the same issues as each rule alone, in rule order', () => {
      expect(Rules.standard(seed)).toEqual(Rules.STANDARD.flatMap((rule) => rule.validate(seed)))
    })
  })
})
