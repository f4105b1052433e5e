import * as O from 'fp-ts/lib/Option.js'
import { pipe } from 'fp-ts/lib/function.js'
import { describe, expect, it } from 'vitest'
import { test } from '@fast-check/vitest'
import { Actor, Event, Proposition as P, Statement, Threat, Time } from '../../src/index.js'
import * as Cameo from '../../src/interop/cameo.js'
import * as fixtures from '../../src/fixtures/index.js'
import { validReport } from '../support/valid.js'
import { decoded, relationKinds, report } from './support.js'

const ru = Actor.state('russia', 'Russia', 'RUS')
const ua = Actor.state('ukraine', 'Ukraine', 'UKR')
const kremlin = pipe(
  Actor.organization('kremlin', 'the Kremlin', 'executive'),
  Actor.relate('part_of', ru.id),
)
const peskov = Actor.person('peskov', 'Dmitry Peskov', {
  offices: [Actor.office('press secretary', kremlin.id)],
})
const world = [ru, ua, kremlin, peskov]

const strike = Event.make('strike', 'attack', 'strikes on Kyiv', {
  agents: [ru.id],
  targets: [ua.id],
})
const stateOf = (act: Statement.Act, threat: Threat.Threat, events = [strike]) => {
  const s = pipe(
    Statement.make('s', [peskov.id], act, Statement.threat(threat.id)),
    Statement.to(ua.id),
  )
  return Cameo.fromReport(report({ actors: world, events, threats: [threat], statements: [s] }))
    .codings[0]!
}
const threat = (consequence: Event.Event, extra: Partial<Threat.Threat> = {}) =>
  Threat.make('t', {
    issuer: [ru.id],
    addressee: [ua.id],
    consequence: P.occurs(consequence.id),
    ...extra,
  })

describe('interop/cameo', () => {
  describe('model', () => {
    it('EVENT_CODES: the CAMEO 1.1b3 codebook, 20 roots and 296 codes, in codebook order', () => {
      expect(Cameo.EVENT_CODES).toHaveLength(316)
      expect(Cameo.EVENT_CODES.filter((c) => c.code.length === 2)).toHaveLength(20)
      expect(Cameo.EVENT_CODES[0]).toEqual({
        code: '01',
        name: 'Make public statement',
        goldstein: 0,
      })
      const codes = Cameo.EVENT_CODES.map((c) => c.code)
      expect(new Set(codes).size).toBe(codes.length)
      expect(codes.every((c) => /^\d{2,4}$/.test(c))).toBe(true)
      for (const c of Cameo.EVENT_CODES)
        expect(c.name, c.code).toMatch(/^[A-Z][A-Za-z ,()-]*[A-Za-z)]$/)
    })

    it('GOLDSTEIN: the published scores, verified against the GDELT table', () => {
      const published: ReadonlyArray<readonly [string, number]> = [
        ['011', -0.1],
        ['016', -2],
        ['020', 3],
        ['036', 4],
        ['040', 1],
        ['042', 1.9],
        ['057', 8],
        ['0874', 10],
        ['100', -5],
        ['112', -2],
        ['130', -4.4],
        ['138', -7],
        ['1384', -7],
        ['139', -7],
        ['163', -8],
        ['173', -5],
        ['1823', -10],
        ['195', -10],
      ]
      for (const [code, score] of published)
        expect(Cameo.lookup(code), code).toEqual(
          O.some(expect.objectContaining({ goldstein: score })),
        )
      expect(Cameo.GOLDSTEIN.id).toBe('gdelt-cameo-goldsteinscale')
    })

    it('every act has a default code in the codebook, with a score, but the non-answers', () => {
      for (const [act, { cameo }] of Object.entries(Statement.ACTS)) {
        if (cameo === undefined) {
          expect(Statement.NON_ANSWERS, act).toContain(act)
          continue
        }
        expect(O.isSome(Cameo.lookup(cameo)), act).toBe(true)
        expect(O.isSome(Cameo.goldstein(cameo)), act).toBe(true)
      }
    })

    it('a non-answer without a code (did not respond, could not be reached) is omitted', () => {
      const s = Statement.make('s', [kremlin.id], 'no_response', Statement.none)
      const t = Statement.make('t', [kremlin.id], 'no_comment', Statement.none)
      const x = Cameo.fromReport(report({ actors: world, statements: [s, t] }))
      expect(x.codings.map((c) => [c.node, c.code])).toEqual([['t', '011']])
      expect(x.omitted).toEqual([
        expect.objectContaining({ node: 's', kind: 'statement', reason: 'no_code' }),
      ])
    })

    it('TYPE_CODES: every word names a code of the codebook, and "strike" is not a word', () => {
      for (const [word, code] of Object.entries(Cameo.TYPE_CODES)) {
        expect(O.isSome(Cameo.lookup(code)), word).toBe(true)
        expect(word).toBe(word.toLowerCase().trim())
      }
      expect(Object.hasOwn(Cameo.TYPE_CODES, 'strike')).toBe(false)
    })

    it('RELATIONS: every event relation has a defined fate', () => {
      expect(Object.keys(Cameo.RELATIONS).sort()).toEqual([...relationKinds()].sort())
      for (const fate of Object.values(Cameo.RELATIONS)) expect(fate).toMatch(/^not exported: /)
    })
  })

  describe('queries', () => {
    describe('goldstein: row by row', () => {
      it('own row: 1384 scores -7 by its own row', () =>
        expect(Cameo.goldstein('1384')).toEqual(
          O.some({ score: -7, code: '1384', table: 'gdelt-cameo-goldsteinscale' }),
        ))
      it('parent row: the codes added after the table score by their parent', () => {
        expect(Cameo.goldstein('1952')).toEqual(
          O.some({ score: -10, code: '195', table: 'gdelt-cameo-goldsteinscale' }),
        )
        expect(Cameo.goldstein('155')).toEqual(
          O.some({ score: -7.2, code: '15', table: 'gdelt-cameo-goldsteinscale' }),
        )
        expect(Cameo.goldstein('176')).toEqual(
          O.some({ score: -7, code: '17', table: 'gdelt-cameo-goldsteinscale' }),
        )
      })
      it('no score: a code outside the codebook', () => {
        for (const code of ['99', '0999', '1386', '', 'x'])
          expect(Cameo.goldstein(code)).toEqual(O.none)
      })
    })

    describe('event codes of statements: row by row', () => {
      it('act default: a caution without a threat is 130', () => {
        const s = Statement.make(
          's',
          [peskov.id],
          'caution',
          Statement.proposition(P.not(P.occurs(strike.id))),
        )
        const c = Cameo.fromReport(report({ actors: world, events: [strike], statements: [s] }))
          .codings[0]!
        expect(c).toMatchObject({
          code: '130',
          basis: 'act',
          name: 'Threaten, not specified below',
        })
        expect(c.goldstein?.score).toBe(-4.4)
      })
      it('military threat: an attack makes 1384, a blockade 1381, an occupation 1382, a bombing 1383, WMD 1385', () => {
        const cases: ReadonlyArray<readonly [string, string]> = [
          ['attack', '1384'],
          ['blockade', '1381'],
          ['occupation', '1382'],
          ['bombing', '1383'],
        ]
        for (const [type, code] of cases) {
          const e = Event.make('e', type, type, { agents: [ru.id] })
          expect(stateOf('threaten', threat(e), [e]), type).toMatchObject({ code, basis: 'threat' })
        }
        const wmd = Event.make('e', 'nuclear strike', 'a nuclear strike', {
          cameo: '2042',
          agents: [ru.id],
        })
        expect(stateOf('warn', threat(wmd), [wmd])).toMatchObject({ code: '1385', basis: 'threat' })
      })
      it('non-military threat: sanctions 1312, expelling diplomats 136, arrests 137, protests 133, curfew 1323', () => {
        const cases: ReadonlyArray<readonly [string, string]> = [
          ['163', '1312'],
          ['166', '136'],
          ['173', '137'],
          ['141', '133'],
          ['1723', '1323'],
        ]
        for (const [cameo, code] of cases) {
          const e = Event.make('e', 'x', 'x', { cameo, agents: [ru.id] })
          expect(stateOf('threaten', threat(e), [e]), cameo).toMatchObject({
            code,
            basis: 'threat',
          })
        }
      })
      it('ultimatum: a condition and a deadline, with no more specific consequence, is 139', () => {
        const e = Event.make('e', 'consequences', 'consequences', { agents: [ru.id] })
        const t = threat(e, {
          condition: P.not(P.occurs(strike.id)),
          deadline: Time.time('2025-01-31'),
        })
        expect(stateOf('warn', t, [e, strike])).toMatchObject({ code: '139', basis: 'ultimatum' })
        // a military consequence is more specific than an ultimatum
        expect(
          stateOf('warn', threat(strike, { condition: t.condition!, deadline: t.deadline! })),
        ).toMatchObject({ code: '1384' })
      })
      it('promise, withdrawn: a promise or a withdrawn version keeps the act code', () => {
        expect(stateOf('promise', threat(strike, { valence: 'positive' }))).toMatchObject({
          code: '030',
          basis: 'act',
        })
        expect(stateOf('threaten', threat(strike, { valence: 'positive' }))).toMatchObject({
          code: '130',
          basis: 'act',
        })
        expect(stateOf('threaten', threat(strike, { withdrawn: true }))).toMatchObject({
          code: '130',
          basis: 'act',
        })
      })
      it('withdrawal of a threat: 080', () =>
        expect(stateOf('withdraw', threat(strike))).toMatchObject({
          code: '080',
          basis: 'withdrawal',
          name: 'Yield, not specified below',
        }))
      it('a report of a threat is not a threat: it keeps 010', () =>
        expect(stateOf('report', threat(strike))).toMatchObject({ code: '010', basis: 'act' }))
    })

    describe('event codes of events: row by row', () => {
      const code = (e: Event.Event) => Cameo.fromReport(report({ actors: world, events: [e] }))
      it('own code: cameo is used as is', () =>
        expect(
          code(Event.make('e', 'attack', 'x', { cameo: '1951', agents: [ru.id] })).codings[0],
        ).toMatchObject({
          code: '1951',
          basis: 'event',
          name: 'Employ precision-guided aerial munitions',
        }))
      it('type word: in any case and spacing', () =>
        expect(
          code(Event.make('e', '  Air   Strike ', 'x', { agents: [ru.id] })).codings[0],
        ).toMatchObject({ code: '195', basis: 'type' }))
      it('no code: omitted', () => {
        const x = code(Event.make('e', 'strike', 'a strike', { agents: [ru.id] }))
        expect(x.codings).toEqual([])
        expect(x.omitted).toEqual([
          expect.objectContaining({ node: 'e', kind: 'event', reason: 'no_code' }),
        ])
      })
      it('unknown code: kept without name or score, and listed', () => {
        const x = code(Event.make('e', 'attack', 'x', { cameo: '99', agents: [ru.id] }))
        expect(x.codings[0]).toEqual({
          node: 'e',
          kind: 'event',
          code: '99',
          basis: 'event',
          source: [{ actor: 'russia', code: 'RUS', basis: 'derived' }],
          target: [],
        })
        expect(x.omitted[0]).toMatchObject({ node: 'e', reason: 'unknown_code' })
      })
      it('a type word that is an Object property is not a word ("constructor")', () =>
        expect(code(Event.make('e', 'constructor', 'x', { agents: [ru.id] })).codings).toEqual([]))
    })

    describe('actorCodes: row by row', () => {
      const imf = Actor.organization('imf', 'IMF', 'international', { country: 'USA' })
      const ngo = Actor.organization('msf', 'MSF', 'ngo', { country: 'FRA' })
      const party = Actor.organization('party', 'United Russia', 'party', { country: 'RUS' })
      const militia = Actor.organization('wagner', 'Wagner', 'armed_group', { country: 'RUS' })
      const tass = Actor.outlet('tass', 'TASS', { country: 'RUS' })
      const blog = Actor.outlet('blog', 'a blog')
      const sources = Actor.anonymous('sources', 'sources close to the Kremlin', {
        affiliation: kremlin.id,
      })
      const unknown = Actor.anonymous('unknown', 'a source')
      const envoy = pipe(Actor.person('envoy', 'an envoy'), Actor.relate('acts_for', ru.id))
      const both = Actor.collective('both', 'Russia and Ukraine', [ru.id, ua.id])
      const tagged = pipe(ua, Actor.identify({ cameo: 'UKRGOV' }))
      const r = report({
        actors: [
          ru,
          tagged,
          kremlin,
          peskov,
          imf,
          ngo,
          party,
          militia,
          tass,
          blog,
          sources,
          unknown,
          envoy,
          both,
        ],
      })
      const code = Cameo.actorCodes(r)
      const cases: ReadonlyArray<readonly [string, string, string | undefined, string]> = [
        ['external', 'ukraine', 'UKRGOV', 'external'],
        ['state', 'russia', 'RUS', 'derived'],
        ['organization (country from part_of)', 'kremlin', 'RUSGOV', 'derived'],
        ['international', 'imf', 'IGO', 'derived'],
        ['organization: NGO', 'msf', 'FRANGO', 'derived'],
        ['organization: party has no role', 'party', 'RUS', 'derived'],
        ['organization: armed group is UAF', 'wagner', 'RUSUAF', 'derived'],
        ['person (office)', 'peskov', 'RUSGOV', 'derived'],
        ['person (acts_for)', 'envoy', 'RUS', 'derived'],
        ['outlet', 'tass', 'RUSMED', 'derived'],
        ['outlet without country', 'blog', 'MED', 'derived'],
        ['anonymous', 'sources', 'RUSGOV', 'derived'],
        ['none: anonymous without affiliation', 'unknown', undefined, 'none'],
        ['collective', 'both', undefined, 'none'],
        ['none: author voice', 'me', undefined, 'none'],
      ]
      for (const [row, id, expected, basis] of cases)
        it(`${row}: ${id} → ${expected ?? 'none'}`, () =>
          expect(code(id as never)).toEqual({
            actor: id,
            ...(expected === undefined ? {} : { code: expected }),
            basis,
          }))
      it('a cycle of acts_for ends (profiles follow a bounded number of links)', () => {
        const a = pipe(Actor.person('a', 'A'), Actor.relate('acts_for', 'b' as never))
        const b = pipe(Actor.person('b', 'B'), Actor.relate('acts_for', 'a' as never))
        const c = Cameo.actorCodes(report({ actors: [a, b] }))
        expect(c('a' as never)).toEqual({ actor: 'a', basis: 'none' })
      })
    })

    it('fromReport: dates, sources and targets', () => {
      const e = Event.make('e', 'negotiations', 'talks in Istanbul', {
        agents: [ru.id, ua.id],
        time: Time.time('2022-03-29'),
      })
      const c = Cameo.fromReport(report({ actors: world, events: [e] })).codings[0]
      expect(c).toEqual({
        node: 'e',
        kind: 'event',
        code: '046',
        name: 'Engage in negotiation',
        basis: 'type',
        goldstein: { score: 7, code: '046', table: 'gdelt-cameo-goldsteinscale' },
        source: [
          { actor: 'russia', code: 'RUS', basis: 'derived' },
          { actor: 'ukraine', code: 'UKR', basis: 'derived' },
        ],
        target: [],
        date: '2022-03-29',
      })
    })

    it('the seed: both warnings are 1384, the declined comments 011', () => {
      const { codings } = Cameo.fromReport(fixtures.report)
      const by = (id: string) => codings.find((c) => c.node === id)
      expect(by('administration-warned-iraq')?.code).toBe('1384')
      expect(by('sullivan-blinken-warned-al-sudani')?.code).toBe('1384')
      expect(by('white-house-no-comment')?.code).toBe('011')
      expect(by('sullivan-blinken-pressed-al-sudani')).toMatchObject({
        code: '020',
        goldstein: { score: 3 },
      })
      expect(by('israeli-airstrike-in-iran')?.source).toEqual([
        { actor: 'israel', code: 'ISR', basis: 'external' },
      ])
    })

    test.prop([validReport], { numRuns: 100 })(
      'every statement is coded or omitted as a non-answer, every event coded or omitted',
      (data) => {
        const r = decoded(data)
        const x = Cameo.fromReport(r)
        const statements = new Set([
          ...x.codings.filter((c) => c.kind === 'statement').map((c) => c.node),
          ...x.omitted.filter((o) => o.kind === 'statement').map((o) => o.node),
        ])
        expect(statements.size).toBe(r.statements.length)
        for (const o of x.omitted.filter((o) => o.kind === 'statement'))
          expect(o.message).toContain('non-answer')
        const events = new Set([
          ...x.codings.filter((c) => c.kind === 'event').map((c) => c.node),
          ...x.omitted
            .filter((o) => o.kind === 'event' && o.reason === 'no_code')
            .map((o) => o.node),
        ])
        expect(events.size).toBe(new Set(r.events.map((e) => e.id)).size)
        for (const c of x.codings)
          if (c.name !== undefined) expect(c.goldstein?.table).toBe(Cameo.GOLDSTEIN.id)
      },
    )
  })

  describe('utils', () => {
    it('toJsonl: one coding per line', () => {
      const { codings } = Cameo.fromReport(fixtures.report)
      const lines = Cameo.toJsonl(codings).split('\n')
      expect(lines).toHaveLength(codings.length + 1)
      expect(JSON.parse(lines[0]!)).toEqual(codings[0])
    })
  })
})
