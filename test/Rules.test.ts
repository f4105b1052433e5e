import { readFileSync } from 'node:fs'
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
import {
  anon,
  decoded,
  event,
  mini,
  not,
  occurs,
  org,
  outlet,
  person,
  says,
  seedEdit as edit,
  state,
  statement,
  threat,
} from './support/reports.js'
// @ts-expect-error a plain JavaScript build script, without declarations
import { inGuide, inSource } from '../scripts/rules-table.mjs'

const seed = fixtures.report
/** `pointer code` of each issue a rule finds. */
const found = (rule: Rules.Rule, r: Report.ReportData) =>
  rule.validate(r).map((i) => `${V.toList([i])[0]!.path} ${i.code}`)
const hits = (rule: Rules.Rule, r: Report.ReportData) => rule.validate(r).length
const stmt = (id: string) => seed.statements.findIndex((s) => s.id === id)
const evt = (id: string) => seed.events.findIndex((e) => e.id === id)
const act = (id: string) => seed.actors.findIndex((a) => a.id === id)

const us = state('us', 'United States', 'USA')
const iraq = state('iraq', 'Iraq', 'IRQ')
const israel = state('israel', 'Israel', 'ISR')

describe('Rules', () => {
  describe('the seed', () => {
    it('the standard set raises exactly what a careful editor would, all of them sourcing findings', () => {
      const pinned: ReadonlyArray<readonly [string, string]> = [
        // the report never says who described the call in which Sullivan and Blinken pressed al-Sudani
        ['attribution/missing', 'sullivan-blinken-pressed-al-sudani'],
        // nor who relayed the restated warning from that call
        ['attribution/missing', 'sullivan-blinken-warned-al-sudani'],
        // al-Sudani's reply is reported with no source at all
        ['attribution/missing', 'al-sudani-desire'],
        // the cautioning is relayed by "one U.S. official" alone
        ['attribution/single-anonymous-source', 'officials-cautioned-iran'],
        // "Iran has not shown signs of de-escalating" rests on that one official
        ['attribution/single-anonymous-source', 'iran-not-deescalating'],
        // a single unnamed militia official
        ['attribution/single-anonymous-source', 'militia-official-noted'],
        // "reportedly planned as retaliation" names no reporter
        ['attribution/unattributed-hedge', 'assault-planned-as-retaliation'],
        // the militia official "reportedly" noted: reported by whom?
        ['attribution/unattributed-hedge', 'militia-official-noted'],
      ]
      const issues = Rules.standard(seed)
      expect(issues.map((i) => [i.code, i.node])).toEqual(pinned)
      expect(issues.every((i) => i.severity === 'warning' && i.kind === 'sourcing')).toBe(true)
    })
    it('Rules.strict gives no errors on the seed; its sourcing findings are still reported, as sourcing findings', () => {
      const strict = Rules.strict(seed)
      expect(V.hasErrors(strict)).toBe(false)
      expect(V.failsAt('warning')(strict)).toBe(false)
      expect(strict).toEqual(Rules.standard(seed))
      expect(V.partition(strict).sourcing).toHaveLength(8)
    })
    it('strict raises the warnings of data defects to errors, never those of sourcing findings', () => {
      const r = edit((d) => (d.statements[0].act = 'threaten'))
      const issues = Rules.strict(r)
      expect(issues.filter((i) => i.code === 'threat/act-mismatch').map((i) => i.severity)).toEqual(
        ['error'],
      )
      expect(
        issues.filter((i) => i.kind === 'sourcing').every((i) => i.severity === 'warning'),
      ).toBe(true)
    })
  })

  describe('the rules table', () => {
    const table = Rules.toMarkdown(Rules.RULES)
    it('every rule has a unique, stable code, a kind and documentation', () => {
      const codes = Rules.RULES.map((r) => r.code)
      expect(new Set(codes).size).toBe(codes.length)
      for (const r of Rules.RULES) {
        expect(r.code).toMatch(/^[a-z]+\/[a-z-]+$/)
        expect(['defect', 'sourcing']).toContain(r.kind)
        for (const text of [r.checks, r.why, r.fix]) expect(text.length).toBeGreaterThan(10)
        expect(Rules.byCode(r.code)).toBe(r)
      }
      expect(Rules.byCode('nope')).toBeUndefined()
      expect(Rules.STANDARD.every((r) => r.set === 'standard')).toBe(true)
      expect(Rules.STRICT).toEqual(Rules.RULES)
    })
    it('every issue a rule reports carries the rule’s code, severity and kind', () => {
      const bad = edit((d) => {
        d.statements[0].act = 'threaten'
        d.actors.push({ kind: 'state', id: 'us2', name: 'America', country: 'USA' })
        delete d.text
      })
      for (const rule of Rules.RULES)
        for (const i of rule.validate(bad)) {
          expect(i.code).toBe(rule.code)
          expect(i.severity).toBe(rule.severity)
          expect(i.kind).toBe(rule.kind)
        }
    })
    it('the module docs hold exactly the table of the rules (run `npm run docs:rules`)', () => {
      const source = readFileSync(new URL('../src/Rules.ts', import.meta.url), 'utf8')
      expect(inSource(source, table)).toBe(source)
    })
    it('the validators guide holds exactly the table of the rules (run `npm run docs:rules`)', () => {
      const guide = readFileSync(new URL('../docs/validators.md', import.meta.url), 'utf8')
      expect(guide).toContain('<!-- rules-table -->')
      expect(inGuide(guide, table)).toBe(guide)
    })
    it('every row of the table is a test in this file, named after its code', () => {
      const self = readFileSync(new URL('./Rules.test.ts', import.meta.url), 'utf8')
      for (const r of Rules.RULES) expect(self).toContain(`describe('${r.code}'`)
    })
    it('toMarkdown escapes pipes', () => {
      expect(
        Rules.toMarkdown([
          {
            code: 'a/b',
            kind: 'defect',
            severity: 'info',
            set: 'standard',
            checks: 'x | y',
            why: 'w',
            fix: 'f',
          },
        ]),
      ).toContain('x \\| y')
    })
  })

  describe('attribution/missing', () => {
    it('fails: a statement by someone else, with no chain', () => {
      expect(hits(Rules.attributionMissing, seed)).toBe(3)
      const r = mini({
        actors: [person('ana', 'Ana Lima')],
        statements: [
          statement('s', ['ana'], 'assert', says(occurs('e'))),
          statement('t', ['ana'], 'warn', says(occurs('e'))),
        ],
        events: [event('e')],
      })
      expect(found(Rules.attributionMissing, r)).toEqual([
        '/statements/0 attribution/missing',
        '/statements/1 attribution/missing',
      ])
    })
    it('passes: the author voice, a declined comment, or a chain', () => {
      const r = mini({
        actors: [person('ana', 'Ana Lima'), org('office', 'the press office')],
        events: [event('e')],
        statements: [
          statement('s', ['author'], 'assert', says(occurs('e'))),
          statement('t', ['office'], 'decline_comment', { kind: 'none' }),
          statement('u', ['ana'], 'assert', says(occurs('e')), {
            attribution: { chain: [{ source: 'ana', cue: 'said' }] },
          }),
        ],
      })
      expect(found(Rules.attributionMissing, r)).toEqual([])
    })
    it('names at most three speakers, whatever their number', () => {
      const speakers = Array.from({ length: 5000 }, (_, i) => `p${i}`)
      const r = mini({
        actors: speakers.map((id) => person(id, 'N'.repeat(400))),
        statements: [statement('s', speakers, 'assert', { kind: 'none' })],
      })
      const [i] = Rules.attributionMissing.validate(r)
      expect(i!.message).toContain('and 4997 more')
      expect(i!.message.length).toBeLessThan(300)
    })
  })

  describe('attribution/anonymous-undescribed', () => {
    it('fails: an anonymous source without affiliation that speaks or passes a claim on', () => {
      const i = act('us-officials')
      expect(
        found(
          Rules.anonymousUndescribed,
          edit((r) => delete r.actors[i].affiliation),
        ),
      ).toEqual([`/actors/${i} attribution/anonymous-undescribed`])
      const r = mini({
        actors: [anon('src', 'a source'), anon('ins', 'insiders')],
        events: [event('e')],
        statements: [
          statement('s', ['author'], 'report', says(occurs('e')), {
            attribution: { chain: [{ source: 'src', cue: 'told' }] },
          }),
          statement('t', ['ins'], 'assert', says(occurs('e'))),
        ],
      })
      expect(hits(Rules.anonymousUndescribed, r)).toBe(2)
    })
    it('passes: described sources, and unnamed actors that are not sources', () => {
      expect(found(Rules.anonymousUndescribed, seed)).toEqual([])
      const r = mini({
        actors: [anon('gunmen', 'unidentified gunmen'), anon('states', 'several Arab countries')],
        events: [event('e', { agents: ['gunmen'], targets: ['states'] })],
      })
      expect(found(Rules.anonymousUndescribed, r)).toEqual([])
    })
  })

  describe('attribution/single-anonymous-source', () => {
    it('fails: a chain that starts at one anonymous person', () => {
      expect(hits(Rules.singleAnonymousSource, seed)).toBe(3)
      const r = mini({
        actors: [anon('aide', 'a White House aide', { count: 1, affiliation: 'author' })],
        events: [event('e')],
        statements: [
          statement('s', ['aide'], 'assert', says(occurs('e')), {
            attribution: { chain: [{ source: 'aide', cue: 'said' }] },
          }),
        ],
      })
      expect(found(Rules.singleAnonymousSource, r)).toEqual([
        '/statements/0 attribution/single-anonymous-source',
      ])
    })
    it('passes: several anonymous people, or an unknown count', () => {
      expect(
        found(
          Rules.singleAnonymousSource,
          edit((r) => r.actors.forEach((a: any) => a.kind === 'anonymous' && (a.count = 2))),
        ),
      ).toEqual([])
    })
    it('passes: one anonymous person whose anonymity the report explains (a stated exception)', () => {
      const one = (id: string, description: string, reasonForAnonymity?: string) =>
        anon(id, description, {
          count: 1,
          affiliation: 'author',
          ...(reasonForAnonymity === undefined ? {} : { reasonForAnonymity }),
        })
      const r = mini({
        actors: [
          // "a diplomat, who asked not to be named because he was not authorised to speak to the media"
          one('diplomat', 'a diplomat in the capital', 'was not authorised to speak to the media'),
          // "an aide who spoke on condition of anonymity because of the sensitivity of the talks"
          one('aide', 'a senior aide', 'because of the sensitivity of the talks'),
          // "un responsable, qui a requis l'anonymat pour des raisons de sécurité"
          one('responsable', 'un responsable', 'pour des raisons de sécurité'),
          // "an official who spoke on condition of anonymity": a condition, not a reason
          one('official', 'a security official'),
        ],
        events: [event('e')],
        statements: ['diplomat', 'aide', 'responsable', 'official'].map((src, i) =>
          statement(`s${i}`, [src], 'assert', says(occurs('e')), {
            attribution: { chain: [{ source: src, cue: 'said' }] },
          }),
        ),
      })
      expect(found(Rules.singleAnonymousSource, r)).toEqual([
        '/statements/3 attribution/single-anonymous-source',
      ])
      // the reason does not describe the source: whom it speaks for is still asked
      const undescribed = mini({
        actors: [anon('x', 'a source', { count: 1, reasonForAnonymity: 'feared reprisals' })],
        events: [event('e')],
        statements: [
          statement('s', ['x'], 'assert', says(occurs('e')), {
            attribution: { chain: [{ source: 'x', cue: 'said' }] },
          }),
        ],
      })
      expect(found(Rules.anonymousUndescribed, undescribed)).toEqual([
        '/actors/1 attribution/anonymous-undescribed',
      ])
      expect(found(Rules.singleAnonymousSource, undescribed)).toEqual([])
    })
  })

  describe('attribution/unattributed-hedge', () => {
    it('fails: an unattributed hop, or a reportative hedge nobody is named for', () => {
      expect(found(Rules.unattributedHedge, seed)).toEqual([
        `/statements/${stmt('assault-planned-as-retaliation')} attribution/unattributed-hedge`,
        `/statements/${stmt('militia-official-noted')} attribution/unattributed-hedge`,
      ])
      for (const cue of ['allegedly', 'angeblich', 'supuestamente', 'is said to have']) {
        const r = mini({
          events: [event('e')],
          statements: [
            statement('s', ['author'], 'report', says(occurs('e')), {
              hedges: [{ cue, factuality: 'Uu' }],
            }),
          ],
        })
        expect(found(Rules.unattributedHedge, r), cue).toEqual([
          '/statements/0 attribution/unattributed-hedge',
        ])
      }
    })
    it('passes: every hop named, and "reportedly" backed by a reporting link', () => {
      expect(
        found(
          Rules.unattributedHedge,
          edit((r) => r.statements.forEach((s: any) => delete s.attribution)).valueOf() as any,
        ).length,
      ).toBe(2)
      const r = mini({
        actors: [outlet('reuters', 'Reuters')],
        events: [event('e')],
        statements: [
          statement('s', ['author'], 'report', says(occurs('e')), {
            hedges: [{ cue: 'reportedly', factuality: 'Uu' }],
            attribution: { chain: [{ source: 'reuters', cue: 'reported' }] },
          }),
        ],
      })
      expect(found(Rules.unattributedHedge, r)).toEqual([])
    })
  })

  describe('attribution/outlet-affiliation', () => {
    it('fails: the affiliation is not in the claim’s words', () => {
      const i = stmt('al-akhbar-on-resistance')
      const dropped = edit((r) => {
        r.statements[i].attribution.chain[0].evidence = []
        r.statements[i].evidence = []
      })
      expect(found(Rules.outletAffiliation, dropped)).toEqual([
        `/statements/${i}/attribution/chain/0 attribution/outlet-affiliation`,
      ])
      const r = mini({
        actors: [
          org('party', 'the Justice Party', 'party'),
          outlet('daily', 'The Daily Voice', { affiliations: ['party'] }),
        ],
        events: [event('e')],
        statements: [
          statement('s', ['daily'], 'report', says(occurs('e')), {
            attribution: {
              chain: [
                { source: 'daily', evidence: [{ start: 0, end: 15, text: 'The Daily Voice' }] },
              ],
            },
            evidence: [{ start: 16, end: 31, text: 'justice partisan' }],
          }),
        ],
      })
      // "Justice Party" as words, not letters: "justice partisan" does not name it
      expect(hits(Rules.outletAffiliation, r)).toBe(1)
    })
    it('passes: the affiliation is named in the link’s or the statement’s evidence, in any case', () => {
      expect(found(Rules.outletAffiliation, seed)).toEqual([])
      const r = mini({
        actors: [
          org('party', 'the Justice Party', 'party'),
          outlet('daily', 'The Daily Voice', { affiliations: ['party', 'party'] }),
        ],
        events: [event('e')],
        statements: [
          statement('s', ['daily'], 'report', says(occurs('e')), {
            attribution: {
              chain: [
                {
                  source: 'daily',
                  evidence: [
                    { start: 0, end: 38, text: 'The Daily Voice, close to the JUSTICE PARTY' },
                  ],
                },
              ],
            },
          }),
        ],
      })
      expect(found(Rules.outletAffiliation, r)).toEqual([])
    })
  })

  describe('attribution/hedge-unrecorded', () => {
    it('fails: a reportative hedge with no chain, or a chain without that hop, in several languages', () => {
      for (const [cue, chain] of [
        ['reportedly', undefined],
        ['allegedly', undefined],
        ['presuntamente', undefined],
        ['angeblich', [{ source: 'gov', cue: 'said' }]],
        ['reportedly', [{ source: 'gov', cue: 'told' }]],
      ] as const) {
        const r = mini({
          actors: [org('gov', 'the ministry')],
          events: [event('e')],
          statements: [
            statement('s', ['gov'], 'assert', says(occurs('e')), {
              hedges: [{ cue, factuality: 'Uu' }],
              ...(chain === undefined ? {} : { attribution: { chain } }),
            }),
          ],
        })
        expect(found(Rules.hedgeUnrecorded, r), cue).toEqual([
          '/statements/0/hedges/0 attribution/hedge-unrecorded',
        ])
      }
    })
    it('fails as a defect: a reportative cue in the content (a hedge proposition, a stated threat) with no attribution', () => {
      const hedged = (cue: string) => ({
        kind: 'epistemic',
        likelihood: { factuality: 'Uu', cue },
        operand: occurs('e'),
      })
      for (const [speaker, content] of [
        ['official', says(hedged('reportedly'))],
        ['author', says(hedged('allegedly'))],
        ['official', says({ kind: 'and', operands: [occurs('f'), hedged('is said to')] })],
        ['official', says(hedged('supuestamente'))],
        ['official', says(hedged('sources say'))],
        ['author', says(hedged('rumour has it'))],
        ['official', says(hedged('reported to'))],
        ['official', says(hedged('it is claimed'))],
        ['official', { kind: 'threat', threat: 't' }],
      ] as const) {
        const r = mini({
          actors: [anon('official', 'a security official'), org('militia', 'the militia')],
          events: [event('e'), event('f')],
          threats: [
            threat('t', {
              issuer: ['militia'],
              addressee: ['official'],
              consequence: hedged('purportedly'),
            }),
          ],
          statements: [statement('s', [speaker], 'assert', content)],
        })
        const issues = Rules.hedgeUnrecorded.validate(r)
        expect(found(Rules.hedgeUnrecorded, r), JSON.stringify(content)).toEqual([
          '/statements/0/content attribution/hedge-unrecorded',
        ])
        expect(issues[0]!.kind).toBe('defect')
        expect(issues[0]!.message).toContain('the data names nobody')
        // a defect, so the repair list carries it
        expect(Rules.repairs(issues).map((x) => x.code)).toEqual(['attribution/hedge-unrecorded'])
      }
    })
    it('passes: a content hedge whose hop is recorded, or a hedge that is not reportative', () => {
      const r = (cue: string, attribution?: object) =>
        mini({
          actors: [anon('official', 'a security official')],
          events: [event('e')],
          statements: [
            statement(
              's',
              ['official'],
              'assert',
              says({
                kind: 'epistemic',
                likelihood: { factuality: 'Uu', cue },
                operand: occurs('e'),
              }),
              attribution === undefined ? {} : { attribution },
            ),
          ],
        })
      expect(
        found(Rules.hedgeUnrecorded, r('reportedly', { chain: [{ cue: 'reportedly' }] })),
      ).toEqual([])
      // the source's own hedge: "analysts said the group has reportedly carried out…"
      expect(
        found(
          Rules.hedgeUnrecorded,
          r('reportedly', { chain: [{ source: 'official', cue: 'said' }] }),
        ),
      ).toEqual([])
      expect(found(Rules.hedgeUnrecorded, r('probably'))).toEqual([])
      expect(found(Rules.hedgeUnrecorded, r('may'))).toEqual([])
    })
    it('passes: the hop is recorded (unattributed, or with a reporting cue); other hedges', () => {
      expect(found(Rules.hedgeUnrecorded, seed)).toEqual([])
      for (const chain of [
        [{ cue: 'reportedly' }],
        [{ source: 'gov', cue: 'said' }, { cue: 'allegedly' }],
        [{ source: 'gov', cue: 'reported' }],
      ]) {
        const r = mini({
          actors: [org('gov', 'the ministry')],
          events: [event('e')],
          statements: [
            statement('s', ['author'], 'report', says(occurs('e')), {
              hedges: [{ cue: 'reportedly', factuality: 'Uu' }],
              attribution: { chain },
            }),
          ],
        })
        expect(found(Rules.hedgeUnrecorded, r)).toEqual([])
      }
      const may = mini({
        events: [event('e')],
        statements: [
          statement('s', ['author'], 'assert', says(occurs('e')), {
            hedges: [{ cue: 'may', factuality: 'PS+' }],
          }),
        ],
      })
      expect(found(Rules.hedgeUnrecorded, may)).toEqual([])
    })
  })

  describe('attribution/speaker-not-source', () => {
    const base = (speakers: string[], act: string, chain: object[], extra: object = {}) =>
      mini({
        actors: [
          org('irgc', 'the IRGC', 'military', {
            country: 'IRN',
            relations: [{ kind: 'part_of', target: 'iran' }],
          }),
          state('iran', 'Iran', 'IRN'),
          org('intel', 'Western intelligence', 'intelligence'),
          person('lee', 'Dana Lee', { offices: [{ title: 'spokesperson', in: 'min' }] }),
          org('min', 'the foreign ministry', 'ministry'),
          outlet('wire', 'The Wire'),
        ],
        events: [event('e')],
        statements: [
          statement('s', speakers, act, says(occurs('e')), { attribution: { chain }, ...extra }),
        ],
      })
    it('fails: an assertion or a quote whose chain starts at someone else; a report whose chain omits its speaker', () => {
      expect(
        found(
          Rules.speakerNotSource,
          base(['irgc'], 'assert', [{ source: 'intel', cue: 'according to' }]),
        ),
      ).toEqual(['/statements/0/attribution/chain/0/source attribution/speaker-not-source'])
      expect(
        hits(
          Rules.speakerNotSource,
          base(['lee'], 'state', [{ source: 'wire', cue: 'said' }], { quote: 'x' }),
        ),
      ).toBe(1)
      expect(hits(Rules.speakerNotSource, base(['iran'], 'deny', [{ source: 'intel' }]))).toBe(1)
      expect(
        hits(Rules.speakerNotSource, base(['wire'], 'report', [{ source: 'intel', cue: 'said' }])),
      ).toBe(1)
    })
    it('passes: the speaker first, an actor tied to it, reported acts, and reports that name their speaker', () => {
      expect(found(Rules.speakerNotSource, seed)).toEqual([])
      expect(
        hits(
          Rules.speakerNotSource,
          base(['intel'], 'assert', [{ source: 'intel', cue: 'according to' }]),
        ),
      ).toBe(0)
      // a spokesperson speaks for the ministry that employs her
      expect(
        hits(Rules.speakerNotSource, base(['lee'], 'assert', [{ source: 'min', cue: 'said' }])),
      ).toBe(0)
      // a speaker citing its own sources: "Open Gate said, citing witnesses"
      expect(
        hits(
          Rules.speakerNotSource,
          base(['lee'], 'assert', [
            { source: 'intel', cue: 'citing' },
            { source: 'lee', cue: 'said' },
          ]),
        ),
      ).toBe(0)
      // a warning known from officials: the chain is how the report knows of the act
      expect(
        hits(Rules.speakerNotSource, base(['iran'], 'warn', [{ source: 'intel', cue: 'told' }])),
      ).toBe(0)
      expect(
        hits(
          Rules.speakerNotSource,
          base(['wire'], 'report', [{ source: 'intel' }, { source: 'wire' }]),
        ),
      ).toBe(0)
    })
  })

  describe('attribution/chain-order', () => {
    const chainOf = (chain: object[]) =>
      mini({
        actors: [
          anon('officials', 'U.S. officials', { count: 2, affiliation: 'us' }),
          us,
          outlet('axios', 'Axios'),
          outlet('ap', 'AP'),
          person('min', 'Sam Roe'),
          org('tv', 'State TV', 'media'),
        ],
        events: [event('e')],
        statements: [
          statement('s', ['officials'], 'assert', says(occurs('e')), { attribution: { chain } }),
        ],
      })
    it('fails: an official after an outlet; the author voice in the chain', () => {
      expect(
        found(
          Rules.chainOrder,
          chainOf([{ source: 'axios', cue: 'told' }, { source: 'officials' }]),
        ),
      ).toEqual(['/statements/0/attribution/chain/1/source attribution/chain-order'])
      expect(hits(Rules.chainOrder, chainOf([{ source: 'tv' }, { source: 'min' }]))).toBe(1)
      expect(hits(Rules.chainOrder, chainOf([{ source: 'officials' }, { source: 'author' }]))).toBe(
        1,
      )
    })
    it('passes: original source first, outlets after; outlet after outlet', () => {
      expect(found(Rules.chainOrder, seed)).toEqual([])
      expect(
        hits(
          Rules.chainOrder,
          chainOf([{ source: 'officials', cue: 'told' }, { source: 'axios' }, { source: 'ap' }]),
        ),
      ).toBe(0)
      expect(
        hits(
          Rules.chainOrder,
          chainOf([{ source: 'min' }, { cue: 'reportedly' }, { source: 'tv' }]),
        ),
      ).toBe(0)
    })
  })

  describe('attribution/anonymity-lost', () => {
    const text = [
      'The bloc will lift the duties if Tessaro repays, a person familiar with the talks said.',
      'Le ministère prépare des sanctions, a indiqué une source sous couvert d’anonymat.',
      'Die Regierung plant Zölle, sagte ein Beamter unter der Bedingung der Anonymität.',
      'El gobierno negociará, dijo un funcionario bajo condición de anonimato.',
      'The ministry said it would respond.',
    ].join(' ')
    const sentence = (i: number) => text.split(/(?<=\.) /)[i]!
    const report = (speaker: string, i: number, chain?: ReadonlyArray<object>) =>
      decoded(
        mini({
          text,
          actors: [
            org('bloc', 'the Southern Trade Council', 'international'),
            org('ministry', 'the ministry', 'ministry'),
            anon('familiar', 'a person familiar with the talks', { count: 1 }),
          ],
          events: [event('e')],
          statements: [
            statement('s', [speaker], 'assert', says(occurs('e')), {
              evidence: [
                {
                  start: text.indexOf(sentence(i)),
                  end: text.indexOf(sentence(i)) + sentence(i).length,
                  text: sentence(i),
                },
              ],
              ...(chain === undefined ? {} : { attribution: { chain } }),
            }),
          ],
        }),
      )
    it('fails: the words say the source is anonymous, but every speaker and source is named', () => {
      for (const i of [0, 1, 2, 3]) {
        expect(found(Rules.anonymityLost, report('bloc', i)), sentence(i)).toEqual([
          '/statements/0/speakers/0 attribution/anonymity-lost',
        ])
        expect(
          found(Rules.anonymityLost, report('ministry', i, [{ source: 'ministry', cue: 'said' }])),
          sentence(i),
        ).toEqual(['/statements/0/speakers/0 attribution/anonymity-lost'])
      }
      expect(Rules.anonymityLost.validate(report('bloc', 0))[0]!.message).toBe(
        'the words that attribute the statement say its source is anonymous ("familiar with"), but its speakers (the Southern Trade Council) are named and no source of its chain is anonymous: make the anonymous source the speaker, or the chain\'s first source',
      )
    })
    it('passes: the anonymous source speaks or is in the chain; words that say nothing of anonymity', () => {
      expect(found(Rules.anonymityLost, report('familiar', 0))).toEqual([])
      expect(
        found(Rules.anonymityLost, report('bloc', 0, [{ source: 'familiar', cue: 'said' }])),
      ).toEqual([])
      expect(found(Rules.anonymityLost, report('ministry', 4))).toEqual([])
      expect(found(Rules.anonymityLost, seed)).toEqual([])
    })
  })

  describe('attribution/own-outlet', () => {
    // stories of three invented outlets, each publishing its own
    const story = (statements: ReadonlyArray<object>) =>
      decoded(
        mini({
          actors: [
            outlet('ledger', 'The Harbour Ledger'),
            outlet('kurier', 'Nordkurier'),
            org('agency', 'Agence Méridienne', 'media'),
            anon('officials', 'two officials familiar with the talks', { count: 2 }),
            person('aral', 'Defne Aral'),
          ],
          events: [event('e')],
          statements: statements as never,
        }) as never,
      )
    const withOutlet = (r: Report.ReportData, own: string): Report.ReportData =>
      ({ ...r, outlet: own }) as never
    const s = (speakers: ReadonlyArray<string>, chain?: ReadonlyArray<object>) =>
      statement('s', speakers, 'assert', says(occurs('e')), chain ? { attribution: { chain } } : {})
    it('fails: the own outlet as the speaker, or as the source a chain starts at', () => {
      for (const [own, st, at] of [
        ['ledger', s(['ledger']), '/statements/0/speakers/0'],
        [
          'kurier',
          s(['kurier'], [{ source: 'kurier', cue: 'erfuhr' }]),
          '/statements/0/speakers/0',
        ],
        [
          'agency',
          s(['officials'], [{ source: 'agency', cue: 'a appris' }]),
          '/statements/0/attribution/chain/0/source',
        ],
        [
          'ledger',
          s(['aral'], [{ source: 'ledger' }, { source: 'aral' }]),
          '/statements/0/attribution/chain/0/source',
        ],
      ] as const) {
        const r = withOutlet(story([st]), own)
        expect(found(Rules.ownOutlet, r), `${own} ${JSON.stringify(st)}`).toEqual([
          `${at} attribution/own-outlet`,
        ])
      }
      expect(
        Rules.ownOutlet.validate(withOutlet(story([s(['ledger'])]), 'ledger'))[0]!.message,
      ).toBe(
        "The Harbour Ledger publishes this report: its own reporting is the author's voice (make the author the speaker), and a claim someone told it is that source's (make them the speaker)",
      )
    })
    it('passes: another outlet as a source, the own outlet as the last hop, no outlet given', () => {
      for (const [own, st] of [
        ['ledger', s(['kurier'], [{ source: 'kurier', cue: 'reported' }])],
        ['ledger', s(['officials'], [{ source: 'officials', cue: 'told' }, { source: 'ledger' }])],
        ['kurier', s(['aral'], [{ source: 'aral', cue: 'sagte' }, { source: 'agency' }])],
        ['agency', s(['author'])],
      ] as const)
        expect(found(Rules.ownOutlet, withOutlet(story([st]), own))).toEqual([])
      expect(found(Rules.ownOutlet, story([s(['ledger'])]))).toEqual([])
      expect(found(Rules.ownOutlet, seed)).toEqual([])
    })
  })

  describe('actor/duplicate', () => {
    it('fails: a state twice, a person twice (whatever the accents and case), a Wikidata item twice', () => {
      expect(
        found(
          Rules.actorDuplicate,
          edit((r) =>
            r.actors.push({ kind: 'state', id: 'usa', name: 'the U.S.', country: 'USA' }),
          ),
        ),
      ).toEqual([`/actors/${seed.actors.length} actor/duplicate`])
      const r = mini({
        actors: [
          person('a', 'José Álvarez'),
          person('b', 'jose alvarez'),
          org('x', 'Hamas', 'armed_group', { external: { wikidata: 'Q38799' } }),
          org('y', 'Islamic Resistance Movement', 'armed_group', {
            external: { wikidata: 'Q38799' },
          }),
        ],
      })
      expect(found(Rules.actorDuplicate, r)).toEqual([
        '/actors/2 actor/duplicate',
        '/actors/4 actor/duplicate',
      ])
    })
    it('passes: distinct actors, and anonymous sources that share a description', () => {
      expect(found(Rules.actorDuplicate, seed)).toEqual([])
      const r = mini({
        actors: [
          anon('a', 'officials'),
          anon('b', 'officials'),
          person('c', 'Ali Reza'),
          person('d', 'Reza Ali'),
        ],
      })
      expect(found(Rules.actorDuplicate, r)).toEqual([])
    })
  })

  describe('actor/duplicate: short forms', () => {
    it("initials: the initials of the other's capitalised words, whatever the order", () => {
      const pairs: ReadonlyArray<readonly [string, string]> = [
        ['the EU', 'the European Union'],
        ['North Atlantic Treaty Organization', 'NATO'],
        ['the IMF', 'International Monetary Fund'],
        ['OECD', 'Organisation for Economic Co-operation and Development'],
        ['the W.H.O.', 'the World Health Organization'],
      ]
      for (const [a, b] of pairs)
        expect(
          found(
            Rules.actorDuplicate,
            mini({ actors: [org('a', a, 'international'), org('b', b, 'international')] }),
          ),
        ).toEqual(['/actors/2 actor/duplicate'])
      // an outlet too
      const r = mini({
        actors: [outlet('a', 'British Broadcasting Corporation'), outlet('b', 'BBC')],
      })
      expect(Rules.actorDuplicate.validate(r).map((i) => i.message)).toEqual([
        '"BBC" is the same outlet as actors/1 ("British Broadcasting Corporation"), its initials: keep one id and point every reference at it',
      ])
    })
    it("surname: a one-word name is the last word of another person's name", () => {
      for (const [a, b] of [
        ['Defne Aral', 'Aral'],
        ['Macron', 'Emmanuel Macron'],
        ['Ngozi Okonjo-Iweala', 'Okonjo-Iweala'],
      ])
        expect(
          found(Rules.actorDuplicate, mini({ actors: [person('a', a!), person('b', b!)] })),
        ).toEqual(['/actors/2 actor/duplicate'])
      const r = mini({ actors: [person('a', 'Defne Aral'), person('b', 'Aral')] })
      expect(Rules.actorDuplicate.validate(r)[0]!.message).toBe(
        '"Aral" is the same person as actors/1 ("Defne Aral"), its surname: keep one id and point every reference at it',
      )
    })
    it('ambiguous short form: initials or a surname that fit two different actors', () => {
      const r = mini({
        actors: [
          person('a', 'Yo-jong Kim'),
          person('b', 'Jong-un Kim'),
          person('c', 'Kim'),
          org('d', 'European Union', 'international'),
          org('e', 'Eastern Utilities', 'business'),
          org('f', 'EU', 'international'),
        ],
      })
      expect(found(Rules.actorDuplicate, r)).toEqual([])
    })
    it('different kinds, different countries, and names that are not short forms', () => {
      const r = mini({
        actors: [
          state('us', 'US', 'USA'),
          org('u', 'Union of Students', 'civil_society', { country: 'GBR' }),
          org('aral-co', 'Aral', 'business'),
          person('aral', 'Defne Aral'),
          org('nc', 'National Council', 'government', { country: 'AUT' }),
          org('nc2', 'NC', 'government', { country: 'CHE' }),
          // a first name is not a surname, and two full names sharing one are two people
          person('defne', 'Defne'),
          person('ali', 'Ali Aral'),
          // a lower-case short name is not initials
          org('eu-lower', 'eu', 'international'),
          org('eu-full', 'European Union', 'international'),
        ],
      })
      expect(found(Rules.actorDuplicate, r)).toEqual([])
    })
  })

  describe('actor/not-a-state', () => {
    it('fails: an outlet, a body or a wrong code typed as a state', () => {
      const r = mini({
        actors: [
          state('axios', 'Axios', 'USA'),
          state('irgc', 'Revolutionary Guards', 'IRN'),
          state('il', 'Israel', 'ISL'),
        ],
      })
      expect(found(Rules.notAState, r)).toEqual([
        '/actors/1 actor/not-a-state',
        '/actors/2 actor/not-a-state',
        '/actors/3 actor/not-a-state',
      ])
    })
    it('passes: ISO names, common names, capitals, demonyms, initials, user-assigned codes', () => {
      expect(found(Rules.notAState, seed)).toEqual([])
      const names = [
        ['USA', 'the U.S.'],
        ['USA', 'Washington'],
        ['USA', 'America'],
        ['GBR', 'Britain'],
        ['GBR', 'the UK'],
        ['RUS', 'Russia'],
        ['IRN', 'Tehran'],
        ['IRN', 'the Islamic Republic of Iran'],
        ['KOR', 'South Korea'],
        ['TUR', 'Turkey'],
        ['CIV', "Côte d'Ivoire"],
        ['ARE', 'UAE'],
        ['ISR', 'Israeli'],
        ['XKX', 'Kosovo'],
        ['XNL', 'Northland'],
      ]
      const r = mini({ actors: names.map(([c, n], i) => state(`s${i}`, n!, c!)) })
      expect(found(Rules.notAState, r)).toEqual([])
    })
  })

  describe('actor/anonymous-named', () => {
    it('fails: a personal name as the description, or the name of a person in the report', () => {
      const r = mini({
        actors: [
          anon('a', 'John Smith'),
          anon('b', 'Mohammed al-Hassan'),
          person('p', 'Lena Ostrova'),
          anon('c', 'lena ostrova'),
        ],
      })
      expect(found(Rules.anonymousNamed, r)).toEqual([
        '/actors/1 actor/anonymous-named',
        '/actors/2 actor/anonymous-named',
        '/actors/4 actor/anonymous-named',
      ])
    })
    it('passes: descriptions of roles, however capitalised', () => {
      expect(found(Rules.anonymousNamed, seed)).toEqual([])
      const r = mini({
        actors: [
          'a senior official',
          'U.S. Officials',
          'Western Diplomats',
          'a Hamas Official',
          'Israeli Security Sources',
          'IRGC',
          'sources close to the ministry',
        ].map((d, i) => anon(`a${i}`, d)),
      })
      expect(found(Rules.anonymousNamed, r)).toEqual([])
    })
  })

  describe('actor/unknown-country', () => {
    it('fails: codes that name no country, with the code meant', () => {
      const r = mini({
        actors: [
          state('de', 'Germany', 'GER'),
          org('o', 'the IRGC', 'military', { country: 'IRA' }),
          outlet('x', 'X', { country: 'BBB' }),
        ],
        events: [event('e', { places: [{ name: 'Beirut', role: 'location', country: 'LEB' }] })],
      })
      expect(found(Rules.unknownCountry, r)).toEqual([
        '/actors/1/country actor/unknown-country',
        '/actors/2/country actor/unknown-country',
        '/actors/3/country actor/unknown-country',
        '/events/0/places/0/country actor/unknown-country',
      ])
      expect(Rules.unknownCountry.validate(r)[0]!.message).toContain('did you mean "DEU" (Germany)')
    })
    it('passes: assigned codes, and user-assigned ones (XKX)', () => {
      expect(found(Rules.unknownCountry, seed)).toEqual([])
      const r = mini({
        actors: [
          state('k', 'Kosovo', 'XKX'),
          state('n', 'Northland', 'XNL'),
          state('q', 'Quux', 'QZZ'),
        ],
      })
      expect(found(Rules.unknownCountry, r)).toEqual([])
    })
  })

  describe('actor/unused', () => {
    it('fails: an actor nothing refers to', () => {
      expect(
        found(
          Rules.actorUnused,
          edit((r) => r.actors.push({ kind: 'person', id: 'ghost', name: 'Nobody' })),
        ),
      ).toEqual([`/actors/${seed.actors.length} actor/unused`])
    })
    it('passes: every actor of the seed, actors referred to only by other actors or by modalities', () => {
      expect(found(Rules.actorUnused, seed)).toEqual([])
      const r = mini({
        actors: [
          state('x', 'Xland', 'XXL'),
          org('y', 'Y', 'government', { relations: [{ kind: 'part_of', target: 'x' }] }),
          person('p', 'Pat'),
        ],
        events: [event('e')],
        statements: [
          statement(
            's',
            ['y'],
            'assert',
            says({ kind: 'obligation', agents: ['p'], operand: occurs('e') }),
          ),
        ],
      })
      expect(found(Rules.actorUnused, r)).toEqual([])
    })
  })

  describe('statement/self-addressed', () => {
    it('fails: a speaker among the addressees', () => {
      expect(
        found(
          Rules.statementSelfAddressed,
          edit((r) => (r.statements[0].addressees = ['iraqi-government', 'biden-administration'])),
        ),
      ).toEqual(['/statements/0/addressees/1 statement/self-addressed'])
    })
    it('passes: others addressed', () => {
      expect(found(Rules.statementSelfAddressed, seed)).toEqual([])
    })
  })

  describe('statement/content-missing', () => {
    it('fails: deny, threaten, warn with no content', () => {
      for (const a of ['deny', 'threaten', 'warn', 'accuse']) {
        const r = mini({
          actors: [person('p', 'Pat')],
          statements: [statement('s', ['p'], a, { kind: 'none' })],
        })
        expect(found(Rules.contentMissing, r), a).toEqual([
          '/statements/0/content statement/content-missing',
        ])
      }
    })
    it('passes: content, a quote, or a non-answer', () => {
      expect(found(Rules.contentMissing, seed)).toEqual([])
      const r = mini({
        actors: [person('p', 'Pat')],
        statements: [
          statement('s', ['p'], 'state', { kind: 'none' }, { quote: 'We will not yield.' }),
          statement('t', ['p'], 'decline_comment', { kind: 'none' }),
        ],
      })
      expect(found(Rules.contentMissing, r)).toEqual([])
    })
  })

  describe('statement/non-answer-with-content', () => {
    it('fails: a declined comment with content', () => {
      const i = stmt('white-house-no-comment')
      expect(
        found(
          Rules.nonAnswerWithContent,
          edit(
            (r) =>
              (r.statements[i].content = {
                kind: 'proposition',
                proposition: { kind: 'occurs', event: 'iranian-attack-from-iraq' },
              }),
          ),
        ),
      ).toEqual([`/statements/${i}/content statement/non-answer-with-content`])
    })
    it('passes: declined comments without content', () => {
      expect(found(Rules.nonAnswerWithContent, seed)).toEqual([])
    })
  })

  describe('statement/duplicate', () => {
    it('fails: a statement extracted twice (keys in any order)', () => {
      const r = edit((d) => {
        const copy = JSON.parse(JSON.stringify(d.statements[2]))
        copy.id = 'copy'
        d.statements.push(Object.fromEntries(Object.entries(copy).reverse()))
      })
      expect(found(Rules.statementDuplicate, r)).toEqual([
        `/statements/${seed.statements.length} statement/duplicate`,
      ])
    })
    it('passes: the same claim stated twice at different places in the text', () => {
      expect(found(Rules.statementDuplicate, seed)).toEqual([])
      const r = edit((d) => {
        const copy = JSON.parse(JSON.stringify(d.statements[2]))
        copy.id = 'again'
        copy.evidence = [{ start: 0, end: 4, text: d.text.slice(0, 4) }]
        d.statements.push(copy)
      })
      expect(found(Rules.statementDuplicate, r)).toEqual([])
    })
  })

  describe('quote/speaker', () => {
    it('fails: a quote in the report’s own voice, or by an unknown speaker', () => {
      const i = stmt('miller-quote')
      expect(
        found(
          Rules.quoteSpeaker,
          edit((r) => (r.statements[i].speakers = [r.author])),
        ),
      ).toEqual([`/statements/${i}/speakers/0 quote/speaker`])
      expect(
        found(
          Rules.quoteSpeaker,
          edit((r) => (r.statements[i].speakers = ['miller', 'ghost'])),
        ),
      ).toEqual([`/statements/${i}/speakers/1 quote/speaker`])
    })
    it('passes: a named or anonymous speaker (an undescribed one is a sourcing finding of its own)', () => {
      expect(found(Rules.quoteSpeaker, seed)).toEqual([])
      const r = mini({
        actors: [anon('src', 'a source')],
        statements: [statement('s', ['src'], 'state', { kind: 'none' }, { quote: 'No.' })],
      })
      expect(found(Rules.quoteSpeaker, r)).toEqual([])
    })
  })

  describe('quote/verbatim', () => {
    it('fails: words that are not in the evidence', () => {
      const i = stmt('miller-quote')
      expect(
        found(
          Rules.quoteVerbatim,
          edit((r) => (r.statements[i].quote = 'Iraq must never be drawn in')),
        ),
      ).toEqual([`/statements/${i}/quote quote/verbatim`])
    })
    it('passes: the exact words', () => {
      expect(found(Rules.quoteVerbatim, seed)).toEqual([])
    })
  })

  describe('event/agent-is-target', () => {
    it('fails: one actor on both sides', () => {
      const i = evt('israeli-airstrike-in-iran')
      expect(
        found(
          Rules.agentIsTarget,
          edit((r) => (r.events[i].targets = ['iran', 'israel'])),
        ),
      ).toEqual([`/events/${i}/targets/1 event/agent-is-target`])
    })
    it('passes: distinct agents and targets', () => {
      expect(found(Rules.agentIsTarget, seed)).toEqual([])
    })
  })

  describe('event/relation-cycle', () => {
    const rel = (kind: string, to: string) => ({ kind, event: to })
    it('fails: an event in retaliation for itself, a 2-cycle, a longer cycle, a preparation answered by its own target, part_of loops', () => {
      const r = mini({
        events: [
          event('a', { relations: [rel('retaliation_for', 'a')] }),
          event('b', { relations: [rel('response_to', 'c')] }),
          event('c', { relations: [rel('retaliation_for', 'b')] }),
          event('d', { relations: [rel('response_to', 'e')] }),
          event('e', { relations: [rel('response_to', 'f')] }),
          event('f', { relations: [rel('response_to', 'd')] }),
          event('g', { relations: [rel('preparation_for', 'h')] }),
          event('h', { relations: [rel('preparation_for', 'g')] }),
          event('i', { relations: [rel('part_of', 'j')] }),
          event('j', { relations: [rel('part_of', 'i')] }),
        ],
      })
      expect(found(Rules.relationCycle, r)).toEqual([
        '/events/0/relations/0 event/relation-cycle',
        '/events/2/relations/0 event/relation-cycle',
        '/events/5/relations/0 event/relation-cycle',
        '/events/6/relations/0 event/relation-cycle',
        '/events/9/relations/0 event/relation-cycle',
      ])
    })
    it('passes: chains of responses, a preparation and its response, mutual prevention', () => {
      expect(found(Rules.relationCycle, seed)).toEqual([])
      const r = mini({
        events: [
          event('a'),
          event('b', { relations: [rel('response_to', 'a'), rel('part_of', 'a')] }),
          event('c', { relations: [rel('preparation_for', 'd')] }),
          event('d', { relations: [rel('response_to', 'b')] }),
          event('e', { relations: [rel('prevents', 'f')] }),
          event('f', { relations: [rel('prevents', 'e')] }),
        ],
      })
      expect(found(Rules.relationCycle, r)).toEqual([])
    })
  })

  describe('event/status-unsupported', () => {
    it('fails: the seed’s anticipated attack marked occurred; a planned summit; an event only threatened', () => {
      const i = evt('iranian-attack-from-iraq')
      expect(
        found(
          Rules.statusUnsupported,
          edit((r) => (r.events[i].status = 'occurred')),
        ),
      ).toEqual([`/events/${i}/status event/status-unsupported`])
      const text = 'Leaders may meet in Oslo next week. If talks fail, sanctions would follow.'
      const r = mini({
        text,
        actors: [person('p', 'Pat')],
        events: [
          event('summit', { evidence: [{ start: 0, end: 34, text: text.slice(0, 34) }] }),
          event('sanctions', { status: 'occurred' }),
          event('talks-fail', { status: 'hypothetical' }),
        ],
        statements: [
          statement(
            's',
            ['author'],
            'assert',
            says({
              kind: 'epistemic',
              likelihood: { cue: 'may', factuality: 'PS+' },
              operand: occurs('summit'),
            }),
          ),
        ],
        threats: [
          threat('t', {
            issuer: ['p'],
            addressee: ['author'],
            condition: occurs('talks-fail'),
            consequence: occurs('sanctions'),
          }),
        ],
      })
      expect(found(Rules.statusUnsupported, r)).toEqual([
        '/events/0/status event/status-unsupported',
        '/events/1/status event/status-unsupported',
      ])
    })
    it('passes: asserted events, evidence that says it happened, events nothing mentions', () => {
      expect(found(Rules.statusUnsupported, seed)).toEqual([])
      const text = 'The ministry confirmed the strike hit the depot.'
      const r = mini({
        text,
        events: [
          event('strike', { evidence: [{ start: 27, end: 33, text: 'strike' }] }),
          event('raid'),
        ],
        statements: [
          statement(
            's',
            ['author'],
            'assert',
            says({
              kind: 'epistemic',
              likelihood: { cue: 'may', factuality: 'PS+' },
              operand: occurs('strike'),
            }),
          ),
        ],
      })
      expect(found(Rules.statusUnsupported, r)).toEqual([])
    })
  })

  describe('event/status-unsupported: the rows', () => {
    /** The span of the first occurrence of `words` in `text`. */
    const at = (text: string, words: string) => {
      const start = text.indexOf(words)
      if (start < 0) throw new Error(`no ${words}`)
      return { start, end: start + words.length, text: words }
    }
    /** An ultimatum: `demand` by the addressee, or `consequence`, stated by one statement anchored at `sentence`. */
    const ultimatum = (text: string, sentence: string, demand: string, consequence: string) => ({
      actors: [person('p', 'Issuer'), person('q', 'Addressee')],
      statements: [
        statement(
          's',
          ['p'],
          'threaten',
          { kind: 'threat', threat: 't' },
          {
            addressees: ['q'],
            evidence: [at(text, sentence)],
          },
        ),
      ],
      threats: [
        threat('t', {
          issuer: ['p'],
          addressee: ['q'],
          enforcer: ['p'],
          condition: not(occurs(demand)),
          consequence: occurs(consequence),
        }),
      ],
    })
    const flagged = (r: Report.ReportData) =>
      found(Rules.statusUnsupported, r).map((x) => x.split(' ')[0])

    it('said to have happened: a statement asserts it, or a relation from an occurred event presupposes it', () => {
      const text =
        'Pay the fine by Friday or face a blockade, the navy told the port. The blockade began on Saturday.'
      const base = ultimatum(text, text.slice(0, 66), 'pay', 'blockade')
      const events = [
        event('pay', { status: 'hypothetical', evidence: [at(text, 'Pay the fine')] }),
        event('blockade', { evidence: [at(text, 'a blockade')] }),
      ]
      // the author says the blockade began
      const asserted = mini({
        text,
        ...base,
        events,
        statements: [
          ...base.statements,
          statement('began', ['author'], 'assert', says(occurs('blockade')), {
            evidence: [at(text, 'The blockade began on Saturday.')],
          }),
        ],
      })
      expect(flagged(asserted)).toEqual([])
      // "reportedly" says who knows it, not that it may not have happened
      const reported = mini({
        text,
        ...base,
        events,
        statements: [
          ...base.statements,
          statement('began', ['author'], 'assert', says(occurs('blockade')), {
            hedges: [{ factuality: 'Uu', cue: 'reportedly' }],
          }),
        ],
      })
      expect(flagged(reported)).toEqual([])
      // a shipping halt in response to the blockade presupposes it
      for (const kind of ['response_to', 'retaliation_for', 'part_of', 'by_means_of'])
        expect(
          flagged(
            mini({
              text,
              ...base,
              events: [...events, event('halt', { relations: [{ kind, event: 'blockade' }] })],
            }),
          ),
        ).toEqual([])
      // a planned retaliation presupposes its cause; a hypothetical response does not
      const t3 =
        'The cartel plans revenge for the raid. If the raid comes, the cartel would retaliate.'
      const revenge = (status: string) =>
        mini({
          text: t3,
          events: [
            event('raid', { evidence: [at(t3, 'the raid')] }),
            event('revenge', { status, relations: [{ kind: 'retaliation_for', event: 'raid' }] }),
          ],
          statements: [
            statement(
              's',
              ['author'],
              'assert',
              says({
                kind: 'epistemic',
                likelihood: { factuality: 'PS+', cue: 'if' },
                operand: occurs('raid'),
              }),
              {
                evidence: [at(t3, 'If the raid comes')],
              },
            ),
          ],
        })
      expect(flagged(revenge('planned'))).toEqual([])
      expect(flagged(revenge('hypothetical'))).toEqual(['/events/0/status'])
      // a preparation for it does not
      expect(
        flagged(
          mini({
            text,
            ...base,
            events: [
              ...events,
              event('drill', { relations: [{ kind: 'preparation_for', event: 'blockade' }] }),
            ],
          }),
        ),
      ).toEqual(['/events/1/status'])
    })

    it("threat's words only: the consequence or the demand of a threat, anchored in the threat's words", () => {
      // no word of the lexicon in the sentence: the threat's words alone tell
      const text = 'The union gave the airline until Sunday: raise wages, or the pilots walk out.'
      const r = mini({
        text,
        ...ultimatum(text, text, 'raise', 'walkout'),
        events: [
          event('raise', { evidence: [at(text, 'raise wages')] }),
          event('walkout', { evidence: [at(text, 'the pilots walk out')] }),
        ],
      })
      expect(flagged(r)).toEqual(['/events/0/status', '/events/1/status'])
      expect(Rules.statusUnsupported.validate(r)[1]!.message).toBe(
        '"event walkout" has status "occurred", but the report mentions it only as what a threat demands or would bring about ("the pilots walk out"): give it the status the article gives, such as "hypothetical", until the report says it happened',
      )
      // the threat's own evidence counts as its words too; and an event with no evidence
      const t2 =
        'Hand over the suspects within a week, the tribe warned the governor, or its fighters will seize the pipeline.'
      const r2 = mini({
        text: t2,
        actors: [person('p', 'Tribe'), person('q', 'Governor')],
        events: [
          event('handover', { evidence: [at(t2, 'Hand over the suspects')] }),
          event('seize'),
        ],
        threats: [
          threat('t', {
            issuer: ['p'],
            addressee: ['q'],
            condition: not(occurs('handover')),
            consequence: occurs('seize'),
            evidence: [at(t2, t2)],
          }),
        ],
      })
      expect(flagged(r2)).toEqual(['/events/0/status', '/events/1/status'])
    })

    it('mentioned as possible: a statement mentions it only as possible or expected, and its sentence looks ahead', () => {
      const text =
        'The ministry is expected to announce the ban on Friday. Die Regierung wird die Grenze wohl schließen.'
      const r = mini({
        text,
        events: [
          event('ban', { evidence: [at(text, 'announce the ban on Friday')] }),
          event('grenze', { evidence: [at(text, 'die Grenze wohl schließen')] }),
        ],
        statements: [
          // "is expected to" is probable, and still looks ahead
          statement(
            'a',
            ['author'],
            'assert',
            says({
              kind: 'epistemic',
              likelihood: { factuality: 'PR+', cue: 'is expected to' },
              operand: occurs('ban'),
            }),
          ),
          statement('b', ['author'], 'assert', says(occurs('grenze')), {
            hedges: [{ factuality: 'PR+', cue: 'wohl' }],
          }),
        ],
      })
      // "wohl" is no cue of anticipation: the second is said to happen, the first is not
      expect(flagged(r)).toEqual(['/events/0/status'])
    })

    it('anticipated at its own words: nothing mentions it, and its clause plans, threatens or expects it', () => {
      const text = [
        'The bloc is expected to impose tariffs on steel.',
        'Rebels threatened to storm the capital.',
        'Le gouvernement menace de fermer la frontière.',
        'Duties could be imposed within 60 days.',
        'La empresa planea cerrar la planta.',
        'The carrier plans to cut 300 jobs.',
      ].join(' ')
      const words = [
        'impose tariffs on steel',
        'storm the capital',
        'fermer la frontière',
        'Duties could be imposed within 60 days',
        'cerrar la planta',
        'cut 300 jobs',
      ]
      const r = mini({
        text,
        events: words.map((w, i) => event(`e${i}`, { evidence: [at(text, w)] })),
      })
      expect(flagged(r)).toEqual(words.map((_, i) => `/events/${i}/status`))
    })

    it('evidence says it happened: a span that reads as a fact', () => {
      const text = [
        'The tariffs were imposed on Monday.',
        'The militia, which had threatened to attack, shelled the base on Sunday.',
        'Die Zölle wurden am Montag verhängt.',
        'The agency will lift the duties it imposed in March.',
      ].join(' ')
      const r = mini({
        text,
        events: [
          event('tariffs', { evidence: [at(text, 'The tariffs were imposed on Monday')] }),
          event('shelling', { evidence: [at(text, 'shelled the base on Sunday')] }),
          event('zoelle', { evidence: [at(text, 'Die Zölle wurden am Montag verhängt')] }),
          // the object of an anticipated verb, not the event it anticipates
          event('duties', { evidence: [at(text, 'the duties it imposed in March')] }),
        ],
      })
      expect(flagged(r)).toEqual([])
      // ongoing acts whose purpose looks ahead: the urging and the efforts are under way
      const purposes = [
        'The mayor has been urging residents to avoid the river.',
        'The council’s efforts to prevent flooding continue.',
        'Die Regierung bemüht sich seit Wochen, einen Streik zu verhindern.',
      ].join(' ')
      const ongoing = mini({
        text: purposes,
        events: [
          event('urging', {
            status: 'ongoing',
            evidence: [at(purposes, 'The mayor has been urging residents to avoid the river')],
          }),
          event('efforts', {
            status: 'ongoing',
            evidence: [at(purposes, 'The council’s efforts to prevent flooding')],
          }),
          event('bemuehen', {
            status: 'ongoing',
            evidence: [
              at(purposes, 'Die Regierung bemüht sich seit Wochen, einen Streik zu verhindern'),
            ],
          }),
        ],
      })
      expect(flagged(ongoing)).toEqual([])
      // an ultimatum whose consequence the report says was carried out, in its own words
      const t2 =
        'Repay the loan by May or face a freeze of your assets, the lender wrote. The freeze took effect on June 2.'
      const u = mini({
        text: t2,
        ...ultimatum(t2, t2.slice(0, 72), 'repay', 'freeze'),
        events: [
          event('repay', { status: 'hypothetical', evidence: [at(t2, 'Repay the loan')] }),
          event('freeze', {
            evidence: [
              at(t2, 'a freeze of your assets'),
              at(t2, 'The freeze took effect on June 2'),
            ],
          }),
        ],
      })
      expect(flagged(u)).toEqual([])
    })
  })

  describe('time/relative-without-publication', () => {
    const relative = (phrase: string, extra: object = {}) => ({
      kind: 'relative',
      phrase,
      shift: { weekday: 'friday', which: 'next' },
      ...extra,
    })
    const story = (
      published: string | undefined,
      times: { event?: object; statement?: object; deadline?: object | string },
    ) =>
      decoded(
        mini({
          ...(published === undefined ? {} : { published }),
          actors: [
            org('union', 'the dockworkers’ union'),
            org('port', 'the Port Authority of Valmar'),
          ],
          events: [
            event('walkout', {
              status: 'hypothetical',
              ...(times.event === undefined ? {} : { time: times.event }),
            }),
            event('talks', { status: 'hypothetical' }),
          ],
          statements: [
            statement(
              's',
              ['union'],
              'threaten',
              { kind: 'threat', threat: 't' },
              {
                ...(times.statement === undefined ? {} : { time: times.statement }),
              },
            ),
          ],
          threats: [
            threat('t', {
              issuer: ['union'],
              addressee: ['port'],
              consequence: occurs('walkout'),
              condition: not(occurs('talks')),
              ...(times.deadline === undefined ? {} : { deadline: times.deadline }),
            }),
          ],
        }),
      )
    it('fails: a time counted from the publication date, in a report that gives none', () => {
      for (const [times, at] of [
        [{ deadline: relative('by Friday') }, '/threats/0/deadline'],
        [
          { statement: relative('on Tuesday', { shift: { weekday: 'tuesday', which: 'last' } }) },
          '/statements/0/time',
        ],
        [
          { event: relative('in two days', { shift: { amount: 2, unit: 'day' } }) },
          '/events/0/time',
        ],
        // anchored to a time that is itself counted from the publication date
        [
          { deadline: relative('the Monday after', { anchor: relative('next Friday') }) },
          '/threats/0/deadline',
        ],
      ] as const) {
        const r = story(undefined, times)
        expect(found(Rules.relativeWithoutPublication, r), JSON.stringify(times)).toEqual([
          `${at} time/relative-without-publication`,
        ])
      }
      expect(
        Rules.relativeWithoutPublication.validate(
          story(undefined, { deadline: relative('by Friday') }),
        )[0]!.message,
      ).toBe(
        '"by Friday" is counted from the publication date, which the report does not give: add the report\'s "published" date (a year-less one, such as XXXX-05-12, does not place a weekday), or anchor the time to a date or an event',
      )
    })
    it('passes: a publication date with a year, an anchor, or calendar dates', () => {
      expect(
        found(
          Rules.relativeWithoutPublication,
          story('2031-05-12', { deadline: relative('by Friday') }),
        ),
      ).toEqual([])
      expect(
        found(
          Rules.relativeWithoutPublication,
          story(undefined, { deadline: relative('by Friday', { anchor: '2031-05-12' }) }),
        ),
      ).toEqual([])
      expect(
        found(
          Rules.relativeWithoutPublication,
          story(undefined, {
            deadline: relative('two days after the walkout', {
              shift: { amount: 2, unit: 'day' },
              anchor: { kind: 'event', event: 'walkout' },
            }),
          }),
        ),
      ).toEqual([])
      expect(
        found(Rules.relativeWithoutPublication, story(undefined, { deadline: '2031-05-16' })),
      ).toEqual([])
      expect(found(Rules.relativeWithoutPublication, seed)).toEqual([])
    })
    it('fails: a publication date without a year cannot place a weekday', () => {
      expect(
        found(
          Rules.relativeWithoutPublication,
          story('XXXX-05-12', { deadline: relative('by Friday') }),
        ),
      ).toEqual(['/threats/0/deadline time/relative-without-publication'])
    })
  })

  describe('time/response-precedes-cause', () => {
    const attack = evt('iranian-attack-from-iraq')
    const strike = evt('israeli-airstrike-in-iran')
    it('fails: a response dated before its cause', () => {
      const dated = (t: string) =>
        edit((r) => ((r.events[attack].time = t), (r.events[strike].time = '2024-10-25')))
      expect(found(Rules.responsePrecedesCause, dated('2024-10-01'))).toEqual([
        `/events/${attack}/relations/0 time/response-precedes-cause`,
      ])
    })
    const pair = (response: string, cause: string, published?: string) =>
      mini({
        ...(published === undefined ? {} : { published }),
        events: [
          event('cause', { time: cause }),
          event('response', {
            time: response,
            relations: [{ kind: 'retaliation_for', event: 'cause' }],
          }),
        ],
      })
    it('fails: years unstated, compared by their known parts (XXXX-10-20 before XXXX-10-25)', () => {
      for (const [response, cause] of [
        ['XXXX-10-20', 'XXXX-10-25'],
        ['XXXX-03', 'XXXX-05-02'],
        ['XXXX-06-01', 'XXXX-06-30'],
      ] as const)
        expect(found(Rules.responsePrecedesCause, pair(response, cause)), response).toEqual([
          '/events/1/relations/0 time/response-precedes-cause',
        ])
      expect(
        Rules.responsePrecedesCause.validate(pair('XXXX-10-20', 'XXXX-10-25'))[0]!.message,
      ).toContain('as lying in one year')
      // the seed: the airstrike of October 25, and a retaliation dated October 20
      expect(
        found(
          Rules.responsePrecedesCause,
          edit((r) => (r.events[attack].time = 'XXXX-10-20')),
        ),
      ).toEqual([`/events/${attack}/relations/0 time/response-precedes-cause`])
    })
    it('fails: the publication date supplies the year, against a dated cause too', () => {
      expect(
        found(Rules.responsePrecedesCause, pair('XXXX-10-20', '2024-10-25', '2024-11-02')),
      ).toHaveLength(1)
      expect(
        found(Rules.responsePrecedesCause, pair('2025-01-02', 'XXXX-01-05', '2025-01-10')),
      ).toHaveLength(1)
      expect(
        Rules.responsePrecedesCause.validate(pair('XXXX-10-20', '2024-10-25', '2024-11-02'))[0]!
          .message,
      ).toContain('publication date (2024-11-02)')
    })
    it('passes: across New Year, and when the publication date puts the response later', () => {
      // a January retaliation for a December strike, no publication date: next year's January
      expect(found(Rules.responsePrecedesCause, pair('XXXX-01-03', 'XXXX-12-30'))).toEqual([])
      // published 2025-01-04: December 30 is 2024's, January 3 is 2025's
      expect(
        found(Rules.responsePrecedesCause, pair('XXXX-01-03', 'XXXX-12-30', '2025-01-04')),
      ).toEqual([])
      expect(found(Rules.responsePrecedesCause, pair('XXXX-10-26', 'XXXX-10-25'))).toEqual([])
      expect(found(Rules.responsePrecedesCause, pair('XXXX-10-25', 'XXXX-10-25'))).toEqual([])
      expect(found(Rules.responsePrecedesCause, pair('XXXX-10', 'XXXX-10-25'))).toEqual([])
      // a year-less date against a dated one, with no publication date: unknown
      expect(found(Rules.responsePrecedesCause, pair('XXXX-10-20', '2024-10-25'))).toEqual([])
    })
    it('fails: years unstated in the publication date too ("Oct. 3"): compared in one year', () => {
      for (const [response, cause, published] of [
        ['XXXX-09-28', 'XXXX-09-30', 'XXXX-10-03'],
        ['XXXX-03-01', 'XXXX-03-15', 'XXXX-04'],
        ['XXXX-07', 'XXXX-08-02', 'XXXX-08-20'],
      ] as const) {
        const issues = Rules.responsePrecedesCause.validate(pair(response, cause, published))
        expect(
          issues.map((i) => i.code),
          response,
        ).toEqual(['time/response-precedes-cause'])
        expect(issues[0]!.message).toContain('as lying in one year')
        expect(issues[0]!.message).toContain(`the publication date, ${published}, gives no year`)
      }
      // with a year in the publication date, the same pair is caught too
      expect(
        found(Rules.responsePrecedesCause, pair('XXXX-09-28', 'XXXX-09-30', '2025-10-03')),
      ).toHaveLength(1)
    })
    it('passes: years unstated in the publication date, the response after its cause or across New Year', () => {
      expect(
        found(Rules.responsePrecedesCause, pair('XXXX-10-01', 'XXXX-09-30', 'XXXX-10-03')),
      ).toEqual([])
      expect(
        found(Rules.responsePrecedesCause, pair('XXXX-01-02', 'XXXX-12-29', 'XXXX-01-05')),
      ).toEqual([])
    })
    const talk = (reply: object, time: Record<string, string>, published?: string) =>
      mini({
        ...(published === undefined ? {} : { published }),
        actors: [
          org('junta', 'the junta'),
          org('rebels', 'the rebel command'),
          person('ngo', 'Amina Diallo'),
        ],
        events: [event('e')],
        statements: [
          statement('demand', ['rebels'], 'demand', says(occurs('e')), { time: time.demand }),
          statement('answer', ['junta'], 'reject', says(occurs('e')), {
            time: time.answer,
            ...reply,
          }),
        ],
      })
    it('fails: a statement dated before the statement it replies to (replyTo) or is about', () => {
      for (const [reply, time, published, at] of [
        [
          { replyTo: 'demand' },
          { demand: '2025-10-03', answer: '2025-09-30' },
          undefined,
          'replyTo',
        ],
        [
          { replyTo: 'demand' },
          { demand: 'XXXX-06-12', answer: 'XXXX-06-10' },
          undefined,
          'replyTo',
        ],
        [
          { replyTo: 'demand' },
          { demand: 'XXXX-10-02', answer: 'XXXX-09-30' },
          'XXXX-10-03',
          'replyTo',
        ],
        [
          { replyTo: 'demand' },
          { demand: 'XXXX-05-20', answer: 'XXXX-05-18' },
          '2024-05-22',
          'replyTo',
        ],
        [
          { act: 'deny', content: { kind: 'statement', statement: 'demand' } },
          { demand: '2024-02-11', answer: '2024-02-09' },
          undefined,
          'content/statement',
        ],
      ] as const) {
        const r = talk(reply, time, published)
        expect(found(Rules.responsePrecedesCause, r), JSON.stringify(time)).toEqual([
          `/statements/1/${at} time/response-precedes-cause`,
        ])
        expect(Rules.responsePrecedesCause.validate(r)[0]!.message).toContain(
          'is dated before the statement "demand"',
        )
      }
    })
    it('passes: a reply after, on the same day as, or in unknown order to what it replies to', () => {
      for (const time of [
        { demand: '2025-09-30', answer: '2025-10-03' },
        { demand: '2025-09-30', answer: '2025-09-30' },
        { demand: '2025-09', answer: '2025-09-30' },
        { demand: 'XXXX-12-30', answer: 'XXXX-01-02' },
        { demand: '2025-10-03', answer: 'XXXX-09-30' },
      ])
        expect(
          found(Rules.responsePrecedesCause, talk({ replyTo: 'demand' }, time)),
          JSON.stringify(time),
        ).toEqual([])
      // undated on either side
      expect(
        found(Rules.responsePrecedesCause, talk({ replyTo: 'demand' }, { demand: '2025-10-03' })),
      ).toEqual([])
      expect(
        found(Rules.responsePrecedesCause, talk({ replyTo: 'demand' }, { answer: '2025-10-03' })),
      ).toEqual([])
      // no reply at all
      expect(
        found(
          Rules.responsePrecedesCause,
          talk({}, { demand: '2025-10-03', answer: '2025-09-30' }),
        ),
      ).toEqual([])
    })
    // Threats have no date of their own: each is first stated at its earliest dated statement.
    const threatsStated = (
      link: object,
      time: { readonly first?: string; readonly answer?: string; readonly again?: string },
      published?: string,
    ) =>
      mini({
        ...(published === undefined ? {} : { published }),
        actors: [
          state('ruritania', 'Ruritania', 'XRU'),
          state('borduria', 'Borduria', 'XBO'),
          org('bloc', 'the trade bloc', 'international'),
        ],
        events: [
          event('tariffs', { status: 'hypothetical' }),
          event('quota', { status: 'hypothetical' }),
        ],
        threats: [
          threat('first', {
            issuer: ['bloc'],
            addressee: ['ruritania'],
            consequence: occurs('tariffs'),
            condition: occurs('quota'),
          }),
          threat('second', {
            issuer: ['ruritania'],
            addressee: ['bloc'],
            consequence: occurs('quota'),
            ...link,
          }),
        ],
        statements: [
          statement(
            's-first',
            ['bloc'],
            'threaten',
            { kind: 'threat', threat: 'first' },
            {
              ...(time.first === undefined ? {} : { time: time.first }),
            },
          ),
          statement(
            's-second',
            ['ruritania'],
            'threaten',
            { kind: 'threat', threat: 'second' },
            {
              ...(time.answer === undefined ? {} : { time: time.answer }),
            },
          ),
          // the first threat restated later: it was still first stated at s-first
          ...(time.again === undefined
            ? []
            : [
                statement(
                  's-again',
                  ['bloc'],
                  'restate',
                  { kind: 'threat', threat: 'first' },
                  {
                    time: time.again,
                  },
                ),
              ]),
        ],
      })
    const counter = { answers: { threat: 'first', as: 'counter' } }
    const rejection = { valence: 'positive', answers: { threat: 'first', as: 'rejection' } }
    const revision = { revises: 'first', issuer: ['bloc'], addressee: ['ruritania'] }
    it('fails: a threat first stated before the threat it answers or revises', () => {
      for (const [link, time, published, at, how] of [
        [
          counter,
          { first: '2031-05-10', answer: '2031-05-08' },
          undefined,
          'answers/threat',
          'answers',
        ],
        [
          rejection,
          { first: '2031-05-10', answer: '2031-05-09' },
          undefined,
          'answers/threat',
          'answers',
        ],
        [revision, { first: '2031-05-10', answer: '2031-04-30' }, undefined, 'revises', 'revises'],
        // year-less, in the year the publication date gives them
        [
          revision,
          { first: 'XXXX-03-05', answer: 'XXXX-03-01' },
          '2031-03-20',
          'revises',
          'revises',
        ],
        // year-less, no publication date: read as lying in one year
        [
          counter,
          { first: 'XXXX-06-12', answer: 'XXXX-06-10' },
          undefined,
          'answers/threat',
          'answers',
        ],
        // restated after the counter-threat: still first stated after it
        [
          counter,
          { first: '2031-05-10', answer: '2031-05-08', again: '2031-05-12' },
          undefined,
          'answers/threat',
          'answers',
        ],
      ] as const) {
        const r = decoded(threatsStated(link, time, published))
        expect(found(Rules.responsePrecedesCause, r), JSON.stringify(time)).toEqual([
          `/threats/1/${at} time/response-precedes-cause`,
        ])
        expect(Rules.responsePrecedesCause.validate(r)[0]!.message).toContain(
          `the threat "second" (first stated ${time.answer}) is stated before the threat "first"`,
        )
        expect(Rules.responsePrecedesCause.validate(r)[0]!.message).toContain(`which it ${how}`)
      }
    })
    it('passes: a threat stated after, with, or in unknown order to the threat it answers or revises', () => {
      for (const [link, time] of [
        [counter, { first: '2031-05-08', answer: '2031-05-10' }],
        [counter, { first: '2031-05-08', answer: '2031-05-08' }],
        [rejection, { first: '2031-05', answer: '2031-05-10' }],
        [revision, { first: '2031', answer: '2031-02-01' }],
        // restated before the answer: it was first stated earlier still
        [counter, { first: '2031-05-01', answer: '2031-05-08', again: '2031-05-10' }],
        // undated on either side, or no link
        [counter, { answer: '2031-05-08' }],
        [revision, { first: '2031-05-10' }],
        [{}, { first: '2031-05-10', answer: '2031-05-08' }],
      ] as const)
        expect(
          found(Rules.responsePrecedesCause, decoded(threatsStated(link, time))),
          JSON.stringify([link, time]),
        ).toEqual([])
    })
    it('passes: unknown order is no violation', () => {
      expect(found(Rules.responsePrecedesCause, seed)).toEqual([])
      expect(
        found(
          Rules.responsePrecedesCause,
          edit((r) => (r.events[attack].time = '2024-10-01')),
        ),
      ).toEqual([])
      const dated = (t: string) =>
        edit((r) => ((r.events[attack].time = t), (r.events[strike].time = '2024-10-25')))
      expect(found(Rules.responsePrecedesCause, dated('2024-11'))).toEqual([])
      expect(found(Rules.responsePrecedesCause, dated('2024-10'))).toEqual([])
    })
  })

  describe('threat/missing-condition', () => {
    it('fails and passes', () => {
      expect(found(Rules.threatMissingCondition, seed)).toEqual([])
      expect(
        found(
          Rules.threatMissingCondition,
          edit((r) => delete r.threats[0].condition),
        ),
      ).toEqual(['/threats/0 threat/missing-condition'])
    })
  })

  describe('threat/deadline-without-condition', () => {
    // an ultimatum of an invented ministry, with its condition lost in extraction
    const ultimatum = (limits: object, condition = false) =>
      decoded(
        mini({
          actors: [
            org('ministry', 'the Ministry of Fisheries of Norland', 'ministry'),
            org('fleet', 'the Atlantic Trawler Cooperative', 'business'),
          ],
          events: [
            event('licences', {
              description: 'the fleet loses its licences',
              status: 'hypothetical',
            }),
            event('nets', {
              description: 'the fleet removes its drift nets',
              status: 'hypothetical',
            }),
          ],
          threats: [
            threat('t', {
              issuer: ['ministry'],
              addressee: ['fleet'],
              consequence: occurs('licences'),
              ...(condition ? { condition: not(occurs('nets')) } : {}),
              ...limits,
            }),
          ],
        }),
      )
    it('fails: a deadline, a window or a time limit with no condition to meet by it', () => {
      for (const limits of [
        { deadline: '2031-06-30' },
        { deadline: 'XXXX-09-15', deadlineBound: 'before' },
        { within: 'P60D' },
        { deadline: '2031-06-30', window: '2031-07' },
      ]) {
        const r = ultimatum(limits)
        expect(found(Rules.deadlineWithoutCondition, r), JSON.stringify(limits)).toEqual([
          '/threats/0 threat/deadline-without-condition',
        ])
        // one finding for one defect: not also "states no condition"
        expect(found(Rules.threatMissingCondition, r)).toEqual([])
      }
      expect(
        Rules.deadlineWithoutCondition.validate(ultimatum({ within: 'P60D' }))[0]!.message,
      ).toBe(
        'the threat sets a time limit (within P60D) but states no condition: what must be done by then? An ultimatum whose condition is lost reads as an unconditional threat',
      )
    })
    it('passes: a condition with its deadline; no deadline (then only "states no condition")', () => {
      expect(
        found(Rules.deadlineWithoutCondition, ultimatum({ deadline: '2031-06-30' }, true)),
      ).toEqual([])
      expect(found(Rules.deadlineWithoutCondition, ultimatum({}))).toEqual([])
      expect(found(Rules.threatMissingCondition, ultimatum({}))).toEqual([
        '/threats/0 threat/missing-condition',
      ])
      expect(found(Rules.deadlineWithoutCondition, seed)).toEqual([])
    })
  })

  describe('threat/missing-enforcer', () => {
    it('fails and passes', () => {
      expect(found(Rules.threatMissingEnforcer, seed)).toEqual([])
      expect(
        found(
          Rules.threatMissingEnforcer,
          edit((r) => delete r.threats[0].enforcer),
        ),
      ).toEqual(['/threats/0 threat/missing-enforcer'])
    })
  })

  describe('threat/contradictory-condition', () => {
    const p = { kind: 'occurs', event: 'iraq-prevents-attack' }
    it('fails: p and not p, also under a negated disjunction', () => {
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
      ).toEqual(['/threats/0/condition threat/contradictory-condition'])
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
      ).toEqual(['/threats/0/condition threat/contradictory-condition'])
    })
    it('passes: p or not p', () => {
      expect(found(Rules.threatContradictoryCondition, seed)).toEqual([])
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
  })

  describe('threat/valence-mismatch', () => {
    // one conditional of an issuer to an addressee, its consequence an event with these words
    const conditional = (valence: string, type: string, description: string, negated = false) =>
      decoded(
        mini({
          actors: [
            org('bloc', 'the Southern Trade Council', 'international'),
            org('firm', 'Tessaro Shipping', 'business'),
          ],
          events: [
            event('consequence', { type, description, status: 'hypothetical' }),
            event('demand', {
              type: 'payment',
              description: 'Tessaro repays the subsidy',
              status: 'hypothetical',
            }),
          ],
          threats: [
            threat('t', {
              valence,
              issuer: ['bloc'],
              addressee: ['firm'],
              consequence: negated ? not(occurs('consequence')) : occurs('consequence'),
              condition: valence === 'negative' ? not(occurs('demand')) : occurs('demand'),
            }),
          ],
        }),
      )
    it('fails: a negative valence whose consequence reads as a benefit (a promise coded as a threat)', () => {
      for (const [type, description] of [
        ['relief', 'tariff relief for Tessaro'],
        ['sanctions relief', 'the Council lifts sanctions on the firm'],
        ['trade', 'the Council cuts tariffs on Tessaro ships'],
        ['release', 'the release of the detained crew'],
        ['ayuda', 'el Consejo concede ayuda financiera'],
        ['Hilfe', 'Finanzhilfe und Freilassung der Besatzung'],
      ] as const)
        expect(
          found(Rules.valenceMismatch, conditional('negative', type, description)),
          description,
        ).toEqual(['/threats/0/valence threat/valence-mismatch'])
      expect(
        Rules.valenceMismatch.validate(
          conditional('negative', 'relief', 'tariff relief for Tessaro'),
        )[0]!.message,
      ).toBe(
        'the consequence ("tariff relief for Tessaro") reads as a benefit to the addressee, but the valence is negative: a promise (valence "positive") coded as a threat?',
      )
    })
    it('fails: a positive valence whose consequence reads as a harm (a threat coded as a promise)', () => {
      for (const [type, description] of [
        ['tariffs', 'the Council imposes 25% tariffs on Tessaro'],
        ['arrest', 'the arrest of Tessaro executives'],
        ['aid', 'the Council suspends aid to the region'],
        ['access', 'the Council denies Tessaro access to its ports'],
        ['frappe', 'des frappes contre les entrepôts'],
      ] as const)
        expect(
          found(Rules.valenceMismatch, conditional('positive', type, description)),
          description,
        ).toEqual(['/threats/0/valence threat/valence-mismatch'])
    })
    it('passes: the words agree with the valence, say nothing, or disagree among themselves', () => {
      for (const [valence, type, description, negated] of [
        ['negative', 'tariffs', 'the Council imposes tariffs on Tessaro', false],
        ['negative', 'aid', 'the Council suspends aid to Tessaro', false],
        // "no relief": not(relief) is a harm
        ['negative', 'relief', 'tariff relief for Tessaro', true],
        ['positive', 'relief', 'the Council lifts sanctions on the firm', false],
        ['positive', 'sanctions', 'sanctions on Tessaro', true],
        ['positive', 'meeting', 'a meeting in Geneva', false],
        ['negative', 'act', 'the Council acts', false],
        // a harm and a benefit in one description: nothing clear
        ['negative', 'deal', 'sanctions on the board, aid for the crew', false],
      ] as const)
        expect(
          found(Rules.valenceMismatch, conditional(valence, type, description, negated)),
          description,
        ).toEqual([])
      expect(found(Rules.valenceMismatch, seed)).toEqual([])
    })
  })

  describe('threat/act-mismatch', () => {
    it('fails: "threaten" for a third party’s consequence, "warn" for the issuer’s own', () => {
      expect(
        found(
          Rules.threatActMismatch,
          edit((r) => (r.statements[0].act = 'threaten')),
        ),
      ).toEqual(['/statements/0/act threat/act-mismatch'])
      expect(
        found(
          Rules.threatActMismatch,
          edit((r) => (r.threats[0].enforcer = ['us'])),
        ),
      ).toHaveLength(2)
    })
    it('passes: the seed’s warnings', () => {
      expect(found(Rules.threatActMismatch, seed)).toEqual([])
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
        '/statements/0/act threat/act-mismatch',
        `/statements/${stmt('sullivan-blinken-warned-al-sudani')}/act threat/act-mismatch`,
      ])
      // "threaten" or "warn" for a benefit, "promise" for a harm
      const valence = (act: string, v: string) =>
        edit((r) => ((r.statements[0].act = act), (r.threats[0].valence = v)))
      expect(found(Rules.threatActMismatch, valence('threaten', 'positive'))).toHaveLength(2)
      expect(found(Rules.threatActMismatch, valence('warn', 'positive'))).toHaveLength(2)
      expect(found(Rules.threatActMismatch, valence('promise', 'negative'))).toEqual([
        '/statements/0/act threat/act-mismatch',
      ])
      expect(found(Rules.threatActMismatch, valence('promise', 'positive'))).toHaveLength(1)
    })
  })

  describe('threat/ultimatum-without-deadline', () => {
    it('fails and passes', () => {
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
  })

  describe('threat/self-addressed', () => {
    it('fails: the addressee among the issuers or the enforcers', () => {
      expect(
        found(
          Rules.threatSelfAddressed,
          edit((r) => (r.threats[0].issuer = ['us', 'iraq'])),
        ),
      ).toEqual(['/threats/0/issuer/1 threat/self-addressed'])
      expect(
        found(
          Rules.threatSelfAddressed,
          edit((r) => (r.threats[0].enforcer = ['iraq'])),
        ),
      ).toEqual(['/threats/0/enforcer/0 threat/self-addressed'])
    })
    it('passes: three different parties', () => {
      expect(found(Rules.threatSelfAddressed, seed)).toEqual([])
    })
  })

  describe('threat/condition-without-addressee', () => {
    const base = (condition: object, addressee = ['iraq']) =>
      mini({
        actors: [
          us,
          iraq,
          israel,
          state('iran', 'Iran', 'IRN'),
          org('militia', 'a militia', 'armed_group', { country: 'IRQ' }),
          org('proxy', 'a proxy', 'armed_group', {
            relations: [{ kind: 'aligned_with', target: 'iran' }],
          }),
          org('wing', 'an armed wing', 'armed_group', {
            relations: [{ kind: 'acts_for', target: 'iran' }],
          }),
        ],
        events: [
          event('iran-attacks', { status: 'hypothetical', agents: ['iran'], targets: ['israel'] }),
          event('militia-attacks', { status: 'hypothetical', agents: ['militia'] }),
          event('proxy-attacks', { status: 'hypothetical', agents: ['proxy'] }),
          event('wing-attacks', { status: 'hypothetical', agents: ['wing'] }),
          event('strike', { status: 'hypothetical', agents: ['israel'] }),
          event('rain', { status: 'hypothetical' }),
        ],
        threats: [
          threat('t', { issuer: ['us'], addressee, condition, consequence: occurs('strike') }),
        ],
      })
    it('fails: a condition about others only (the derived demand asks the addressee to act for them)', () => {
      expect(found(Rules.conditionWithoutAddressee, base(occurs('iran-attacks')))).toEqual([
        '/threats/0/condition threat/condition-without-addressee',
      ])
      expect(found(Rules.conditionWithoutAddressee, base(occurs('proxy-attacks')))).toHaveLength(1)
    })
    it('passes: the addressee, an actor of its country, an actor tied to it, or a condition that names no actor', () => {
      expect(found(Rules.conditionWithoutAddressee, seed)).toEqual([])
      expect(found(Rules.conditionWithoutAddressee, base(occurs('militia-attacks')))).toEqual([])
      expect(
        found(Rules.conditionWithoutAddressee, base(occurs('wing-attacks'), ['iran'])),
      ).toEqual([])
      // aligned is not the same side: a proxy's attack is not Iran's to prevent
      expect(
        found(Rules.conditionWithoutAddressee, base(occurs('proxy-attacks'), ['iran'])),
      ).toHaveLength(1)
      expect(found(Rules.conditionWithoutAddressee, base(occurs('rain')))).toEqual([])
      expect(
        found(
          Rules.conditionWithoutAddressee,
          base({ kind: 'ability', agents: ['iraq'], operand: occurs('iran-attacks') }),
        ),
      ).toEqual([])
    })
  })

  describe('threat/condition-is-consequence', () => {
    it('fails: the same proposition twice, also once simplified', () => {
      expect(
        found(
          Rules.conditionIsConsequence,
          edit((r) => (r.threats[0].condition = r.threats[0].consequence)),
        ),
      ).toEqual(['/threats/0/condition threat/condition-is-consequence'])
      expect(
        found(
          Rules.conditionIsConsequence,
          edit((r) => (r.threats[0].condition = not(not(r.threats[0].consequence)))),
        ),
      ).toHaveLength(1)
    })
    it('passes: a condition and a different consequence', () => {
      expect(found(Rules.conditionIsConsequence, seed)).toEqual([])
    })
  })

  describe('threat/window-before-deadline', () => {
    it('fails: a window that ends before the deadline', () => {
      expect(
        found(
          Rules.windowBeforeDeadline,
          edit(
            (r) => ((r.threats[0].deadline = '2031-03-01'), (r.threats[0].window = '2031-02-10')),
          ),
        ),
      ).toEqual(['/threats/0/window threat/window-before-deadline'])
    })
    it('passes: a later window, an unknown order, one of the two absent', () => {
      expect(found(Rules.windowBeforeDeadline, seed)).toEqual([])
      expect(
        found(
          Rules.windowBeforeDeadline,
          edit((r) => ((r.threats[0].deadline = '2031-03-01'), (r.threats[0].window = '2031-04'))),
        ),
      ).toEqual([])
      expect(
        found(
          Rules.windowBeforeDeadline,
          edit((r) => ((r.threats[0].deadline = '2031-03-01'), (r.threats[0].window = '2031'))),
        ),
      ).toEqual([])
    })
  })

  describe('threat/unused', () => {
    it('fails: a threat no statement states', () => {
      expect(
        found(
          Rules.threatUnused,
          edit((r) =>
            r.statements.forEach(
              (s: any) => s.content.kind === 'threat' && (s.content = { kind: 'none' }),
            ),
          ),
        ),
      ).toEqual(['/threats/0 threat/unused'])
    })
    it('passes: stated threats, and earlier versions of a stated one', () => {
      expect(found(Rules.threatUnused, seed)).toEqual([])
      const r = edit((d) => {
        d.threats.push({ ...d.threats[0], id: 'v2', revises: d.threats[0].id })
        d.statements[0].content = { kind: 'threat', threat: 'v2' }
        d.statements[7].content = { kind: 'threat', threat: 'v2' }
      })
      expect(found(Rules.threatUnused, r)).toEqual([])
    })
  })

  describe('likelihood/mixed-bands', () => {
    const i = stmt('warning-highlights-concerns')
    it('fails: bands, or cues written alone, from two rows; reported once per claim', () => {
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
            (r) =>
              (r.statements[i].hedges = [
                { cue: 'likely', factuality: 'PR+' },
                { cue: 'almost no chance', factuality: 'CT-' },
              ]),
          ),
        ),
      ).toEqual([`/statements/${i} likelihood/mixed-bands`])
      // the statement's own hedge against the threat's
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
    it('fails: a threat’s own mix is reported once, at the threat, also when no statement states it', () => {
      const mixed = (d: any) => {
        d.threats[0].likelihood = { cue: 'likely', factuality: 'PR+' }
        d.threats[0].consequence = {
          kind: 'epistemic',
          likelihood: { cue: 'remote', factuality: 'CT-' },
          operand: d.threats[0].consequence,
        }
      }
      expect(found(Rules.mixedBands, edit(mixed))).toEqual(['/threats/0 likelihood/mixed-bands'])
      expect(
        found(
          Rules.mixedBands,
          edit(
            (d) => (
              mixed(d),
              d.statements.forEach(
                (s: any) => s.content.kind === 'threat' && (s.content = { kind: 'none' }),
              )
            ),
          ),
        ),
      ).toEqual(['/threats/0 likelihood/mixed-bands'])
    })
    it('passes: one row, or terms without a row', () => {
      expect(found(Rules.mixedBands, seed)).toEqual([])
      expect(
        found(
          Rules.mixedBands,
          edit(
            (r) =>
              (r.statements[i].hedges = [
                { cue: 'likely', factuality: 'PR+' },
                { cue: 'probably', factuality: 'PR+' },
                { cue: 'may', factuality: 'PS+' },
              ]),
          ),
        ),
      ).toEqual([])
    })
    it('lists bands in order of first use, operands left to right', () => {
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
      'names the bands of hedges and content (bands, or those of their cues), in order of first use',
      (p, hedges) => {
        const r = edit((d) => {
          d.statements[1].content = { kind: 'proposition', proposition: p }
          if (hedges.length > 0) d.statements[1].hedges = hedges
          else delete d.statements[1].hedges
        })
        const s = r.statements[1]!
        const all = [
          ...(s.hedges ?? []),
          ...(s.content.kind === 'proposition' ? (Likelihood.fromCue === undefined ? [] : []) : []),
        ]
        void all
        const bands: string[] = []
        const add = (l: Likelihood.Likelihood) => {
          const b =
            l.band ??
            (l.cue === undefined ? undefined : (Likelihood.fromCue(l.cue) as any).value?.band)
          if (b !== undefined && !bands.includes(b)) bands.push(b)
        }
        s.hedges?.forEach(add)
        if (s.content.kind === 'proposition') {
          const { likelihoods } = { likelihoods: (x: any) => x }
          void likelihoods
          const walk = (q: any): void => {
            if (q.kind === 'epistemic') add(q.likelihood)
            if (q.operand !== undefined) walk(q.operand)
            if (q.operands !== undefined) q.operands.forEach(walk)
          }
          walk(s.content.proposition)
        }
        const issue = Rules.mixedBands
          .validate(r)
          .find((i) => i.path[0] === 'statements' && i.path[1] === 1)
        if (bands.length < 2) expect(issue).toBeUndefined()
        else expect(issue?.message).toContain(bands.join(', ').replace(/_/g, ' '))
      },
    )
  })

  describe('likelihood/cue-mismatch', () => {
    it('fails: "could" as certain, "likely" as very likely, "reportedly" as probable, in a hedge, a proposition or a threat', () => {
      const r = edit((d) => {
        d.statements[1].hedges = [{ cue: 'could', factuality: 'CT+' }]
        d.statements[1].content.proposition.likelihood = {
          cue: 'likely',
          band: 'very_likely',
          factuality: 'PR+',
        }
        d.threats[0].likelihood = { cue: 'reportedly', factuality: 'PR+' }
      })
      expect(found(Rules.cueMismatch, r)).toEqual([
        '/statements/1/hedges/0 likelihood/cue-mismatch',
        '/statements/1/content/proposition/likelihood likelihood/cue-mismatch',
        '/threats/0/likelihood likelihood/cue-mismatch',
      ])
      expect(Rules.cueMismatch.validate(r)[0]!.message).toContain('set factuality "PS+"')
    })
    it('passes: cues that agree, polarity aside; unknown cues', () => {
      expect(found(Rules.cueMismatch, seed)).toEqual([])
      const r = edit((d) => {
        d.statements[1].hedges = [
          { cue: 'could', factuality: 'PS-' },
          { cue: 'most assuredly', factuality: 'CT+' },
          { cue: 'Likely', band: 'likely', factuality: 'PR+' },
        ]
      })
      expect(found(Rules.cueMismatch, r)).toEqual([])
    })
  })

  describe('evidence/span-mismatch', () => {
    it('fails: a span whose words are elsewhere, with where they occur, also against a supplied text', () => {
      const shifted = edit(
        (r) => ((r.threats[0].evidence[0].start += 1), (r.threats[0].evidence[0].end += 1)),
      )
      expect(found(Rules.spanMismatch, shifted)).toEqual([
        '/threats/0/evidence/0 evidence/span-mismatch',
      ])
      expect(Rules.spanMismatch.validate(shifted)[0]!.message).toContain('the words occur at 0–75')
      expect(
        found(
          Rules.spansMatch('other text'),
          edit((r) => delete r.text),
        ).length,
      ).toBeGreaterThan(50)
    })
    it('says when offsets look like UTF-8 byte offsets', () => {
      const text = 'Café owners said “no” loudly.'
      const bytes = Buffer.from(text).indexOf('loudly')
      const r = mini({
        text,
        events: [event('e', { evidence: [{ start: bytes, end: bytes + 6, text: 'loudly' }] })],
      })
      expect(Rules.spanMismatch.validate(r)[0]!.message).toContain('UTF-8 byte offsets')
    })
    it('passes: matching spans; no text, nothing to check', () => {
      expect(found(Rules.spanMismatch, seed)).toEqual([])
      expect(
        found(
          Rules.spanMismatch,
          edit((r) => delete r.text),
        ),
      ).toEqual([])
      expect(
        found(
          Rules.spansMatch(fixtures.source),
          edit((r) => delete r.text),
        ),
      ).toEqual([])
    })
  })

  describe('evidence/wrong-occurrence', () => {
    const text =
      'Rebels seized the port. Officials said the rebels seized the port overnight, a spokesman told reporters.'
    const at = (words: string, from = 0) => {
      const start = text.indexOf(words, from)
      return { start, end: start + words.length, text: words }
    }
    const report = (evidence: object[], linkEvidence: object[]) =>
      mini({
        text,
        actors: [anon('spokesman', 'a spokesman', { count: 1, affiliation: 'author' })],
        events: [event('e')],
        statements: [
          statement('s', ['spokesman'], 'assert', says(occurs('e')), {
            evidence,
            attribution: { chain: [{ source: 'spokesman', cue: 'told', evidence: linkEvidence }] },
          }),
        ],
      })
    it('fails: the claim’s words anchored in the headline-like first sentence while the rest is in the second', () => {
      const r = report([at('seized the port')], [at('a spokesman told reporters')])
      expect(found(Rules.wrongOccurrence, r)).toEqual([
        '/statements/0/evidence/0 evidence/wrong-occurrence',
      ])
      expect(Rules.wrongOccurrence.validate(r)[0]!.message).toContain(
        `${text.indexOf('seized the port', 10)}–`,
      )
      decoded(r)
    })
    it('fails: in the seed, the threat’s words anchored at the headline', () => {
      const r = edit((d) => {
        const i = d.events.findIndex((e: any) => e.id === 'israeli-attack-on-iraq')
        const words = 'Israeli'
        d.events[i].evidence = [{ start: 0, end: 0, text: '' }]
        const first = d.text.indexOf(words)
        d.events[i].evidence = [
          { start: first, end: first + words.length, text: words },
          d.events[i].evidence[0],
        ].slice(0, 1)
        const later = d.text.indexOf('an Israeli military response against Iraq')
        d.events[i].evidence.push({
          start: later,
          end: later + 41,
          text: 'an Israeli military response against Iraq',
        })
      })
      expect(found(Rules.wrongOccurrence, r)).toHaveLength(1)
    })
    it('passes: the words at the occurrence where the rest is; nodes spread over many sentences; one span', () => {
      expect(found(Rules.wrongOccurrence, seed)).toEqual([])
      expect(
        found(
          Rules.wrongOccurrence,
          report([at('seized the port', 10)], [at('a spokesman told reporters')]),
        ),
      ).toEqual([])
      expect(found(Rules.wrongOccurrence, report([at('seized the port')], []))).toEqual([])
      // both occurrences anchored: the node is mentioned twice
      expect(
        found(
          Rules.wrongOccurrence,
          report(
            [at('seized the port'), at('seized the port', 10)],
            [at('a spokesman told reporters')],
          ),
        ),
      ).toEqual([])
    })
  })

  describe('evidence/uncovered-sentence', () => {
    const bare = edit((r) => {
      for (const n of [...r.events, ...r.statements, ...r.threats]) delete n.evidence
      for (const s of r.statements) for (const l of s.attribution?.chain ?? []) delete l.evidence
    })
    it('fails: each sentence no span touches', () => {
      expect(found(Rules.uncoveredSentence, bare)).toHaveLength(15)
      const r = mini({
        text: 'One. Two. Three.',
        events: [event('e', { evidence: [{ start: 5, end: 8, text: 'Two' }] })],
      })
      expect(Rules.uncoveredSentence.validate(r).map((i) => i.message)).toEqual([
        'no evidence covers the sentence at 0–4: "One."',
        'no evidence covers the sentence at 10–16: "Three."',
      ])
    })
    it('passes: every sentence touched, by spans in any order; no text', () => {
      expect(found(Rules.uncoveredSentence, seed)).toEqual([])
      const r = mini({
        text: 'One. Two. Three.',
        events: [
          event('e', {
            evidence: [
              { start: 10, end: 15, text: 'Three' },
              { start: 0, end: 9, text: 'One. Two.' },
            ],
          }),
        ],
      })
      expect(found(Rules.uncoveredSentence, r)).toEqual([])
      expect(
        found(
          Rules.uncoveredSentence,
          edit((r) => delete r.text),
        ),
      ).toEqual([])
    })
  })

  describe('evidence/missing', () => {
    it('fails: nodes without evidence', () => {
      const bare = edit((r) => {
        for (const n of [...r.events, ...r.statements, ...r.threats]) delete n.evidence
      })
      expect(found(Rules.evidenceMissing, bare)).toHaveLength(
        seed.events.length + seed.statements.length + seed.threats.length,
      )
    })
    it('passes: every node anchored', () => {
      expect(found(Rules.evidenceMissing, seed)).toEqual([])
    })
  })

  describe('utils', () => {
    const wire = (evidence: object, extra: object = {}) =>
      mini({
        text: 'NAIROBI, Sept. 14 (AP) - Rebels said they seized the airport. The army denied it, officials said.',
        actors: [org('rebels', 'the rebel command'), org('army', 'the army')],
        events: [event('e')],
        statements: [
          statement('s', ['rebels'], 'assert', says(occurs('e')), {
            evidence: [evidence],
            ...extra,
          }),
          statement('d', ['army'], 'deny', { kind: 'statement', statement: 's' }, { replyTo: 's' }),
        ],
      })
    it('review: a span whose offsets and text differ in length says where the words are, and the rules still run', () => {
      for (const [span, hint] of [
        // the words occur elsewhere, with offsets too long or too short
        [
          { start: 25, end: 70, text: 'Rebels said they seized the airport' },
          'the words occur at 25–60',
        ],
        [{ start: 62, end: 70, text: 'The army denied it' }, 'the words occur at 62–80'],
        // words that are nowhere in the text
        [
          { start: 25, end: 30, text: 'Rebels took the airfield' },
          'the words do not occur in the text',
        ],
      ] as const) {
        const r = Rules.review()(wire(span, { time: '2024-09-14' }))
        expect(r.report._tag).toBe('None')
        expect(r.decode.map((i) => i.code)).toEqual(['span_mismatch'])
        expect(r.decode[0]!.message).toContain('characters but its text has')
        expect(r.decode[0]!.message).toContain(hint)
        // the rules ran on the data without the span: the uncovered statement is found
        expect(r.issues.length).toBeGreaterThan(0)
      }
      // the rules' findings of such a report: a reply dated before what it replies to
      const dated = wire(
        { start: 25, end: 70, text: 'Rebels said they seized the airport' },
        { time: '2024-09-14' },
      ) as any
      dated.statements[1].time = '2024-09-12'
      expect(
        Rules.review()(dated).issues.filter((i) => i.code === 'time/response-precedes-cause'),
      ).toHaveLength(2)
      // Report.decode gives the same hint
      const d = Report.decode(dated)
      expect(d._tag === 'Left' && d.left.issues[0]!.message).toContain('the words occur at 25–60')
    })
    it('review: the input is left as it is when spans are set aside', () => {
      const input = wire({ start: 25, end: 70, text: 'Rebels said they seized the airport' }) as any
      const before = JSON.stringify(input)
      Rules.review()(input)
      expect(JSON.stringify(input)).toBe(before)
    })
    it('repairs: data defects only, errors first, with each rule’s fix', () => {
      const r = edit((d) => {
        d.statements[0].act = 'threaten'
        d.threats[0].condition = d.threats[0].consequence
      })
      const list = Rules.repairs(Rules.standard(r))
      expect(list.map((x) => x.code)).toEqual([
        'threat/condition-is-consequence',
        'threat/act-mismatch',
      ])
      expect(list[1]).toEqual({
        path: '/statements/0/act',
        code: 'threat/act-mismatch',
        message: expect.stringContaining('warning, not a threat'),
        fix: Rules.threatActMismatch.fix,
      })
      expect(Rules.repairs([{ path: ['x'], code: 'invalid_value', message: 'bad' }])).toEqual([
        { path: '/x', code: 'invalid_value', message: 'bad' },
      ])
    })
    it('define: a user rule with the same record, stamping every issue', () => {
      const mine = Rules.define(
        {
          code: 'house/no-channel',
          kind: 'defect',
          severity: 'info',
          set: 'standard',
          checks: 'a warning says its channel',
          why: 'we track channels',
          fix: 'set channel',
        },
        (emit) =>
          V.statements(({ node, path }) =>
            node.channel === undefined ? [emit(path, 'no channel', node.id)] : [],
          ),
      )
      expect(mine.validate(seed)[0]).toEqual({
        code: 'house/no-channel',
        severity: 'info',
        kind: 'defect',
        message: 'no channel',
        node: seed.statements[0]!.id,
        path: ['statements', 0],
      })
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
          'the anonymous source "a source" has no affiliation or proximity: say whom it speaks for, or how it is placed to know',
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
          '/statements/0/wordsBy/0 quote/speaker',
        ])
      })
    })
  })

  describe('one pass per collection', () => {
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
    test.prop([validReport], { numRuns: 50 })(
      'no rule throws on a valid report, and each issue has a path into it',
      (r) => {
        for (const i of Rules.strict(r)) expect(Array.isArray(i.path)).toBe(true)
      },
    )

    it('the standard set on the seed: the same issues as each rule alone, in rule order', () => {
      expect(Rules.standard(seed)).toEqual(Rules.STANDARD.flatMap((rule) => rule.validate(seed)))
    })
  })
})
