import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { pipe } from 'fp-ts/lib/function.js'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import {
  Actor,
  DecodeError,
  Event,
  Id,
  Proposition as P,
  Statement,
  Threat,
  Time,
} from '../../src/index.js'
import * as Plover from '../../src/interop/plover.js'
import * as fixtures from '../../src/fixtures/index.js'
import { validReport } from '../support/valid.js'
import { decoded, relationKinds, report, right } from './support.js'

// A small world of invented actors, used across the rows.
const tr = Actor.state('turkey', 'Türkiye', 'TUR', { external: { wikidata: 'Q43' } })
const sy = Actor.state('syria', 'Syria', 'SYR')
const army = pipe(
  Actor.organization('turkish-army', 'Turkish Armed Forces', 'military'),
  Actor.relate('part_of', tr.id),
)
const ministry = Actor.organization('mfa', 'Foreign Ministry', 'ministry', { country: 'SYR' })
const spokes = Actor.person('spokes', 'Leila Haddad', {
  offices: [Actor.office('spokesperson', ministry.id)],
})
const paper = Actor.outlet('paper', 'Le Quotidien', { country: 'FRA' })
const un = Actor.organization('un', 'United Nations', 'international')
const rebels = Actor.organization('rebels', 'Northern Front', 'armed_group', { country: 'SYR' })
const anon = Actor.anonymous('diplomats', 'Western diplomats', { count: 3 })
const nobody = Actor.anonymous('witness', 'a witness', { count: 1, affiliation: sy.id })
const kurdish = pipe(
  Actor.organization('ypg', 'YPG', 'armed_group'),
  Actor.identify({ cameo: 'SYRREB' }),
)
const world = [tr, sy, army, ministry, spokes, paper, un, rebels, anon, nobody, kurdish]

const shelling = Event.make('shelling', 'shelling', 'Turkish shelling of Kurdish positions', {
  agents: [army.id],
  targets: [kurdish.id],
  time: Time.time('2025-03-14'),
})

const one = (r: ReturnType<typeof report>, id: string) => {
  const x = Plover.fromReport(r)
  return { record: x.records.find((e) => e.id === id), x }
}

describe('interop/plover', () => {
  describe('model', () => {
    it('EVENT_TYPES: PLOVER 2.0 has 16 types, each with its quad category and modes', () => {
      expect(Object.keys(Plover.EVENT_TYPES)).toHaveLength(16)
      expect(Plover.EVENT_TYPES.THREATEN).toEqual({
        quad: 3,
        modes: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
      })
      expect(Plover.EVENT_TYPES.ASSAULT.modes).toContain('drone')
      expect(Plover.EVENT_TYPES.SANCTION.quad).toBe(4)
    })

    it('MODES: every mode the table gives is a mode of the type its code translates to', () => {
      for (const [code, mode] of Object.entries(Plover.MODES)) {
        if (mode === '') continue
        const full = code.length === 2 ? `${code}0` : code
        const t = Plover.fromCameo(full)
        expect(O.isSome(t), code).toBe(true)
        if (O.isSome(t)) expect(Plover.EVENT_TYPES[t.value.type].modes, code).toContain(mode)
      }
    })

    it('FORCE: every act has a force, and only known acts are listed', () => {
      expect(Object.keys(Plover.FORCE).sort()).toEqual(Object.keys(Statement.ACTS).sort())
      for (const act of Object.keys(Plover.FORCE))
        expect(E.isRight(Statement.Act.decode(act)), act).toBe(true)
    })

    it('RELATIONS: every event relation has a defined fate, named in the guide', async () => {
      const { readFileSync } = await import('node:fs')
      const guide = readFileSync(new URL('../../docs/interop.md', import.meta.url), 'utf8')
      expect(Object.keys(Plover.RELATIONS).sort()).toEqual([...relationKinds()].sort())
      for (const [kind, fate] of Object.entries(Plover.RELATIONS)) {
        expect(E.isRight(Event.Relation.decode({ kind, event: 'x' })), kind).toBe(true)
        expect(guide, kind).toContain(`\`${kind}\``)
        expect(fate.length).toBeGreaterThan(0)
      }
    })
  })

  describe('queries', () => {
    describe('fromCameo: the type table, row by row', () => {
      const rows: ReadonlyArray<readonly [string, string, string | undefined, string | undefined]> =
        [
          ['public statement', '012', undefined, undefined],
          ['appeal', '0243', 'REQUEST', 'change'],
          ['intent', '036', 'AGREE', undefined],
          ['consult', '041', 'CONSULT', 'phone'],
          ['diplomatic', '057', 'SUPPORT', undefined],
          ['material', '064', 'COOPERATE', undefined],
          ['aid', '073', 'AID', undefined],
          ['verbal yield', '0832', 'CONCEDE', undefined],
          ['material yield', '0873', 'RETREAT', 'disarm'],
          ['investigate', '094', 'ACCUSE', 'investigate'],
          ['demand', '1053', 'REQUEST', 'yield'],
          ['disapprove', '111', 'ACCUSE', 'disapprove'],
          ['find guilty', '116', 'SANCTION', 'convict'],
          ['reject', '125', 'REJECT', 'meet'],
          ['threaten', '1382', 'THREATEN', 'territory'],
          ['protest', '142', 'PROTEST', 'hunger'],
          ['force posture', '153', 'MOBILIZE', 'police'],
          ['reduce relations', '1663', 'SANCTION', 'expel'],
          ['coerce', '1724', 'COERCE', 'martial-law'],
          ['destroy property', '1712', 'ASSAULT', 'destroy'],
          ['assault, fight', '1952', 'ASSAULT', 'drone'],
          ['mass violence', '2042', 'ASSAULT', 'unconventional'],
        ]
      for (const [row, code, type, mode] of rows)
        it(`${row}: ${code} → ${type ?? 'none'}${mode === undefined ? '' : ` ${mode}`}`, () => {
          const t = Plover.fromCameo(code)
          if (type === undefined) return expect(t).toEqual(O.none)
          expect(t).toEqual(O.some({ type, ...(mode === undefined ? {} : { mode }), swap: false }))
        })

      it('host visit: 043 is CONSULT visit with actor and recipient swapped', () => {
        expect(Plover.fromCameo('043')).toEqual(
          O.some({ type: 'CONSULT', mode: 'visit', swap: true }),
        )
        const hosting = Event.make('host', 'host', 'Ankara hosts the Syrian minister', {
          cameo: '043',
          agents: [tr.id],
          targets: [spokes.id],
        })
        const { record } = one(report({ actors: world, events: [hosting] }), 'host')
        expect(record?.actor.map((e) => e.claimgraph_id)).toEqual(['spokes'])
        expect(record?.recipient?.map((e) => e.claimgraph_id)).toEqual(['turkey'])
      })

      it('refuses what is not a CAMEO code', () => {
        for (const code of ['', '7', '99', '21', '00', 'abc', '13845'])
          expect(Plover.fromCameo(code)).toEqual(O.none)
      })
    })

    describe('fromReport: which statements and events get a record', () => {
      it('verbal event: a threat statement is a THREATEN record', () => {
        const t = Threat.make('t', {
          issuer: [tr.id],
          addressee: [kurdish.id],
          consequence: P.occurs(shelling.id),
        })
        const s = pipe(
          Statement.make('s', [tr.id], 'threaten', Statement.threat(t.id)),
          Statement.to(kurdish.id),
        )
        const { record } = one(
          report({ actors: world, events: [shelling], threats: [t], statements: [s] }),
          's',
        )
        expect(record).toMatchObject({ event: ['THREATEN'], mode: ['violence'], quad_code: 3 })
        expect(record?.recipient?.[0]).toMatchObject({
          code: 'SYR',
          sector: 'REB',
          claimgraph_id: 'ypg',
        })
      })

      it('comment: a note is omitted as a comment, with its CAMEO code in the message', () => {
        const s = Statement.make(
          's',
          [spokes.id],
          'note',
          Statement.proposition(P.occurs(shelling.id)),
        )
        const { record, x } = one(
          report({ actors: world, events: [shelling], statements: [s] }),
          's',
        )
        expect(record).toBeUndefined()
        expect(x.omitted).toContainEqual(
          expect.objectContaining({ node: 's', kind: 'statement', reason: 'comment' }),
        )
      })

      it('coded event: an event with a code and an agent is a record with its day', () => {
        const { record } = one(report({ actors: world, events: [shelling] }), 'shelling')
        expect(record).toMatchObject({
          event: ['ASSAULT'],
          mode: ['heavy-weapons'],
          date: '2025-03-14',
        })
        expect(record?.enddate).toBeUndefined()
      })

      it('uncoded event: an event without a code is omitted as no_code', () => {
        const e = Event.make('e', 'manoeuvre', 'a manoeuvre', { agents: [army.id] })
        const { x } = one(report({ actors: world, events: [e] }), 'e')
        expect(x.omitted).toEqual([expect.objectContaining({ node: 'e', reason: 'no_code' })])
      })

      it('event without actor: omitted as no_actor', () => {
        const e = Event.make('e', 'bombing', 'a bombing in Idlib', { targets: [sy.id] })
        const { x } = one(report({ actors: world, events: [e] }), 'e')
        expect(x.records).toEqual([])
        expect(x.omitted).toEqual([expect.objectContaining({ node: 'e', reason: 'no_actor' })])
      })

      it('undated: a record without a known day has no date, and a note says so', () => {
        const e = Event.make('e', 'arrest', 'arrests in Aleppo', {
          agents: [ministry.id],
          time: Time.time('XXXX-05-02'),
        })
        const { record, x } = one(report({ actors: world, events: [e] }), 'e')
        expect(record?.date).toBeUndefined()
        expect(x.notes).toContainEqual(expect.objectContaining({ node: 'e', code: 'undated' }))
      })

      it('a month is a date and an enddate; a relative time is resolved against the publication', () => {
        const e = Event.make('e', 'protest', 'protests in Izmir', {
          agents: [anon.id],
          time: Time.time('2024-02'),
        })
        const f = Event.make('f', 'protest', 'protests in Bursa', {
          agents: [anon.id],
          time: Time.relative('yesterday', { unit: 'day', amount: -1 }),
        })
        const r = report({ actors: world, events: [e, f], published: Time.time('2024-03-01') })
        const x = Plover.fromReport(r)
        expect(x.records[0]).toMatchObject({
          date: '2024-02-01',
          enddate: '2024-02-29',
          mode: ['demo'],
        })
        expect(x.records[1]).toMatchObject({ date: '2024-02-29' })
      })

      it('event_text quotes the evidence, cut at 1,000 characters', () => {
        const text = `${'x'.repeat(1200)} the army shelled the hills`
        const e = Event.make('e', 'shelling', 'shelling', {
          agents: [army.id],
          evidence: [
            { start: 0, end: 1200, text: text.slice(0, 1200) },
            { start: 1201, end: text.length, text: text.slice(1201) },
          ],
        })
        const { record } = one(report({ actors: world, events: [e], text }), 'e')
        expect(record?.event_text?.[0]).toHaveLength(1001)
        expect(record?.event_text?.[0]?.endsWith('…')).toBe(true)
        expect(record?.event_text?.[1]).toBe('the army shelled the hills')
      })

      it('cite_info: headline, two-letter language and the outlet', () => {
        const r = report({ actors: world, events: [shelling], outlet: paper.id, language: 'fr-FR' })
        expect(Plover.fromReport(r).records[0]?.cite_info).toEqual({
          title: 'A report',
          language: 'fr',
          publication: 'Le Quotidien',
        })
      })
    })

    describe('fromReport: auxiliary modes, row by row', () => {
      const at = (
        status: Event.Status,
        statements: ReadonlyArray<Statement.Statement> = [],
        threats: ReadonlyArray<Threat.Threat> = [],
      ) => {
        const e = Event.make('e', 'airstrike', 'an airstrike on Afrin', { status, agents: [tr.id] })
        return one(report({ actors: world, events: [e], statements, threats }), 'e')
      }
      const says = (id: string, act: Statement.Act, p: P.Proposition, speaker = spokes.id) =>
        Statement.make(id, [speaker], act, Statement.proposition(p))

      it('occurred: no context', () => expect(at('occurred').record?.context).toBeUndefined())
      it('ongoing: no context', () => expect(at('ongoing').record?.context).toBeUndefined())
      it('planned: future', () => expect(at('planned').record?.context).toEqual(['future']))
      it('anticipated: future', () => expect(at('anticipated').record?.context).toEqual(['future']))
      it('hypothetical: hypothetical', () =>
        expect(at('hypothetical').record?.context).toEqual(['hypothetical']))

      it('negated: every committed statement says it did not occur', () => {
        const { record } = at('occurred', [
          says('s1', 'assert', P.not(P.occurs(Id.event('e')))),
          says('s2', 'deny', P.occurs(Id.event('e')), un.id),
          says('s3', 'urge', P.occurs(Id.event('e'))),
        ])
        expect(record?.context).toEqual(['negation'])
      })

      it('negated: a hypothetical event can be negated too ("has not shown signs of")', () => {
        const { record } = at('hypothetical', [says('s', 'report', P.not(P.occurs(Id.event('e'))))])
        expect(record?.context).toEqual(['hypothetical', 'negation'])
      })

      it('contested: asserted and denied, so no negation, and a note', () => {
        const { record, x } = at('occurred', [
          says('s1', 'accuse', P.occurs(Id.event('e')), sy.id),
          says('s2', 'deny', P.occurs(Id.event('e')), tr.id),
        ])
        expect(record?.context).toBeUndefined()
        expect(x.notes).toContainEqual(expect.objectContaining({ node: 'e', code: 'contested' }))
      })

      it('uncommitted: modalities, disjunctions, threats and requests do not negate', () => {
        const not = P.not(P.occurs(Id.event('e')))
        const t = Threat.make('t', {
          issuer: [sy.id],
          addressee: [tr.id],
          consequence: not,
          condition: not,
        })
        const { record } = at(
          'occurred',
          [
            says('s1', 'assert', pipe(not, P.hedge({ factuality: 'PS+', cue: 'may' }))),
            says('s2', 'assert', P.or(not, P.occurs(Id.event('e')))),
            says('s3', 'demand', not),
            says('s4', 'assert', pipe(not, P.must(tr.id))),
            Statement.make('s5', [sy.id], 'warn', Statement.threat(t.id)),
          ],
          [t],
        )
        expect(record?.context).toBeUndefined()
      })
    })

    describe('fromReport: entities, row by row', () => {
      const entities = (actors: ReadonlyArray<Actor.Actor>) => {
        const e = Event.make('e', 'meeting', 'a meeting in Geneva', {
          agents: actors.map((a) => a.id),
        })
        return Plover.fromReport(report({ actors: world, events: [e] })).records[0]!.actor
      }
      it('external: a CAMEO code becomes code and sector in PLOVER terms', () => {
        const media = pipe(Actor.outlet('tv', 'Channel 9'), Actor.identify({ cameo: 'LBNMED' }))
        const health = pipe(
          Actor.organization('moh', 'Health Ministry', 'ministry'),
          Actor.identify({ cameo: 'IRQHLH' }),
        )
        const insurgents = pipe(
          Actor.organization('ins', 'insurgents', 'armed_group'),
          Actor.identify({ cameo: 'AFGINS' }),
        )
        const e = Event.make('e', 'meeting', 'talks', {
          agents: [media.id, health.id, insurgents.id, kurdish.id],
        })
        const r = report({ actors: [...world, media, health, insurgents], events: [e] })
        expect(Plover.fromReport(r).records[0]!.actor.map((x) => [x.code, x.sector])).toEqual([
          ['LBN', 'JRN'],
          ['IRQ', 'MED'],
          ['AFG', 'REB'],
          ['SYR', 'REB'],
        ])
      })
      it('country: code and sector from the country and role', () => {
        expect(entities([army, ministry, spokes, paper]).map((x) => [x.code, x.sector])).toEqual([
          ['TUR', 'MIL'],
          ['SYR', 'GOV'],
          ['SYR', 'GOV'],
          ['FRA', 'JRN'],
        ])
      })
      it('international: IGO', () => expect(entities([un])[0]).toMatchObject({ code: 'IGO' }))
      it('anonymous: sector UNK, country from the affiliation', () =>
        expect(entities([anon, nobody]).map((x) => [x.code, x.sector])).toEqual([
          [undefined, 'UNK'],
          ['SYR', 'UNK'],
        ]))
      it('every actor: label, Wikidata item, name, office and claimgraph id', () => {
        expect(entities([tr, spokes])).toEqual([
          {
            code: 'TUR',
            entity_text: 'Türkiye',
            identifier_id: 'Q43',
            identifier_text: 'Türkiye',
            claimgraph_id: 'turkey',
          },
          {
            code: 'SYR',
            sector: 'GOV',
            entity_text: 'Leila Haddad',
            office: 'spokesperson',
            claimgraph_id: 'spokes',
          },
        ])
      })
      it('an armed group has no PLOVER sector (rebel or paramilitary is not recorded)', () =>
        expect(entities([rebels])[0]).toEqual({
          code: 'SYR',
          entity_text: 'Northern Front',
          claimgraph_id: 'rebels',
        }))
    })

    describe('fromReport: event relations', () => {
      it('part_of: the record links to the larger event', () => {
        const war = Event.make('war', 'attack', 'the offensive', { agents: [army.id] })
        const part = pipe(
          shelling,
          Event.relate('part_of', war.id),
          Event.relate('response_to', war.id),
        )
        const { record } = one(report({ actors: world, events: [war, part] }), 'shelling')
        expect(record?.link).toBe('war')
      })
      it('retaliation_for, response_to, preparation_for, prevents: not exported', () => {
        const a = Event.make('a', 'attack', 'an attack', { agents: [kurdish.id] })
        const b = pipe(
          shelling,
          Event.relate('retaliation_for', a.id),
          Event.relate('response_to', a.id),
          Event.relate('preparation_for', a.id),
          Event.relate('prevents', a.id),
        )
        const { record } = one(report({ actors: world, events: [a, b] }), 'shelling')
        expect(Object.keys(record ?? {})).not.toContain('link')
        expect(JSON.stringify(record)).not.toContain('"a"')
      })
    })

    it('the seed: four verbal events and seven coded events; comments and uncoded events listed', () => {
      const x = Plover.fromReport(fixtures.report)
      expect(x.records.map((r) => r.id)).toEqual([
        'administration-warned-iraq',
        'officials-cautioned-iran',
        'sullivan-blinken-pressed-al-sudani',
        'sullivan-blinken-warned-al-sudani',
        'israeli-airstrike-in-iran',
        'iranian-attack-from-iraq',
        'israeli-attack-on-iraq',
        'call-with-al-sudani',
        'militia-attacks-on-us-forces',
        'unauthorized-militia-attacks',
        'biden-efforts-to-prevent-conflict',
      ])
      expect(x.records.length + x.omitted.length).toBe(
        fixtures.report.statements.length + fixtures.report.events.length,
      )
      // "Iran has not shown signs of de-escalating" has no record (no code), but its
      // negation is read from the statement
      expect(x.omitted.find((o) => o.node === 'iran-deescalates')?.reason).toBe('no_code')
    })

    test.prop([validReport], { numRuns: 100 })(
      'every statement and event is a record or omitted, once; every record decodes',
      (data) => {
        const r = decoded(data)
        const x = Plover.fromReport(r)
        const nodes = [...x.records.map((e) => e.id), ...x.omitted.map((o) => o.node)].sort()
        expect(nodes).toEqual(
          [...r.statements.map((s) => s.id), ...r.events.map((e) => e.id)].sort(),
        )
        for (const rec of x.records)
          expect(E.isRight(Plover.decode(JSON.parse(JSON.stringify(rec))))).toBe(true)
      },
    )
  })

  describe('codecs', () => {
    describe('decode', () => {
      const minimal = {
        id: 'PHOXv1-20160724-0042',
        date: '2016-07-24',
        actor: [{ code: 'USA' }],
        event: ['CONSULT'],
      }
      it("reads the manual's simplest record", () => {
        expect(right(Plover.decode(minimal))).toEqual(minimal)
      })
      it('drops fields a provider adds, reads a single string as a list and POLECAT names', () => {
        const r = right(
          Plover.decode({
            ...minimal,
            event: 'AGREE',
            context: 'future',
            extractor: { model: 'x' },
            actor: [
              {
                raw_text: 'Steinmeier',
                entity_name: 'Frank-Walter Steinmeier',
                wikidata_id: 'Q76658',
                sector_code: 'GOV',
                country_name: 'Germany',
              },
            ],
          }),
        )
        expect(r).toEqual({
          id: minimal.id,
          date: minimal.date,
          event: ['AGREE'],
          context: ['future'],
          actor: [
            {
              entity_text: 'Steinmeier',
              identifier_text: 'Frank-Walter Steinmeier',
              identifier_id: 'Q76658',
              sector: 'GOV',
            },
          ],
        })
      })
      it('reports every problem with its path', () => {
        const r = Plover.decode({
          id: '',
          actor: [{ code: 7 }],
          event: ['FIGHT'],
          date: '24/07/2016',
          quad_code: 5,
        })
        expect(E.isLeft(r)).toBe(true)
        if (E.isLeft(r))
          expect(DecodeError.toList(r.left).map((i) => [i.path, i.code])).toEqual([
            ['/id', 'invalid_string'],
            ['/actor/0/code', 'invalid_type'],
            ['/event/0', 'invalid_value'],
            ['/date', 'invalid_string'],
            ['/quad_code', 'invalid_number'],
          ])
      })
      test.prop([fc.anything()])('never throws', (u) => {
        expect(() => Plover.decode(u)).not.toThrow()
      })
    })

    describe('fromJsonl', () => {
      it('reads records, skips blank lines, names the line of each problem', () => {
        const text = `{"id":"a","actor":[],"event":["AID"]}\n\n  \nnot json\n{"id":"b","actor":[],"event":[]}\n`
        const r = Plover.fromJsonl(text)
        expect(E.isLeft(r)).toBe(true)
        if (E.isLeft(r))
          expect(DecodeError.toList(r.left).map((i) => [i.path, i.code])).toEqual([
            ['/3', 'invalid_json'],
            ['/4/event', 'too_short'],
          ])
        expect(right(Plover.fromJsonl('{"id":"a","actor":[],"event":["AID"]}'))).toHaveLength(1)
      })
    })

    describe('toEvents: reading back, row by row', () => {
      const read = (records: ReadonlyArray<object>) =>
        right(Plover.toEvents(records.map((x) => right(Plover.decode(x)))))
      it('id, type, status, agents, targets, time, description', () => {
        const d = read([
          {
            id: 'r1',
            date: '2023-01-05',
            enddate: '2023-01-07',
            actor: [{ code: 'RUS', sector: 'MIL', entity_text: 'Russian forces' }],
            recipient: [{ code: 'UKR' }],
            event: ['ASSAULT', 'COERCE'],
            context: ['future', 'military'],
            event_text: ['Russian forces will shell Kharkiv'],
            event_loc: { name: 'Kharkiv', country_code: 'UKR' },
          },
        ])
        expect(d.events).toEqual([
          {
            id: 'r1',
            type: 'assault+coerce',
            description: 'Russian forces will shell Kharkiv',
            status: 'anticipated',
            agents: ['RUS.MIL.russian-forces'],
            targets: ['UKR'],
            time: '2023-01-05/2023-01-07',
            places: [{ name: 'Kharkiv', role: 'location', country: 'UKR' }],
          },
        ])
        expect(d.negated).toEqual([])
      })
      it('entities: person, outlet, international, anonymous, state, organization', () => {
        const d = read([
          {
            id: 'r',
            actor: [
              {
                code: 'DEU',
                sector: 'GOV',
                identifier_id: 'Q76658',
                identifier_text: 'Frank-Walter Steinmeier',
                office: 'Minister of Foreign Affairs',
              },
              { code: 'QAT', sector: 'JRN', entity_text: 'Al Jazeera' },
              { code: 'UNO', entity_text: 'the UN' },
              { sector: 'UNK', entity_text: 'gunmen' },
              { code: 'MEX' },
              { code: 'COL', sector: 'REB', entity_text: 'ELN' },
              { entity_text: 'a crowd' },
            ],
            event: ['PROTEST'],
            context: ['negation'],
          },
        ])
        expect(d.actors.map((a) => [a.id, a.kind, Actor.label(a)])).toEqual([
          ['Q76658', 'person', 'Frank-Walter Steinmeier'],
          ['QAT.JRN.al-jazeera', 'outlet', 'Al Jazeera'],
          ['UNO.the-un', 'organization', 'the UN'],
          ['UNK.gunmen', 'anonymous', 'gunmen'],
          ['MEX', 'state', 'MEX'],
          ['COL.REB.eln', 'organization', 'ELN'],
          ['a-crowd', 'anonymous', 'a crowd'],
        ])
        expect(d.negated).toEqual(['r'])
        expect(d.events[0]?.status).toBe('occurred')
      })
      it('link: part_of when the linked record is read too', () => {
        const d = read([
          { id: 'whole', actor: [{ code: 'IRN' }], event: ['ASSAULT'] },
          { id: 'part', actor: [{ code: 'IRN' }], event: ['ASSAULT'], link: 'whole' },
          { id: 'alone', actor: [{ code: 'IRN' }], event: ['ASSAULT'], link: 'elsewhere' },
        ])
        expect(d.events.map((e) => e.relations)).toEqual([
          undefined,
          [{ kind: 'part_of', event: 'whole' }],
          undefined,
        ])
      })
      it('errors: invalid ids, duplicates, days that do not exist, nameless entities', () => {
        const recs = [
          { id: 'has space', actor: [], event: ['AID'] },
          { id: 'a', actor: [{}], event: ['AID'], date: '2023-02-30' },
          { id: 'a', actor: [], event: ['AID'] },
          { id: 'b', actor: [], event: ['AID'], enddate: '2023-01-01' },
          { id: 'c', actor: [], event: ['AID'], date: '2023-03-02', enddate: '2023-03-01' },
        ].map((x) => right(Plover.decode(x)))
        const r = Plover.toEvents(recs)
        expect(E.isLeft(r)).toBe(true)
        if (E.isLeft(r))
          expect(DecodeError.toList(r.left).map((i) => [i.path, i.code])).toEqual([
            ['/0/id', 'invalid_id'],
            ['/1/actor/0', 'invalid_id'],
            ['/1/date', 'invalid_time'],
            ['/2/id', 'duplicate_id'],
            ['/3/enddate', 'missing_key'],
            ['/4/enddate', 'invalid_time'],
          ])
      })
    })

    describe('round trip on what PLOVER carries', () => {
      const cls = (s: Event.Status) =>
        s === 'ongoing' ? 'occurred' : s === 'planned' ? 'anticipated' : s
      const check = (r: ReturnType<typeof report>) => {
        const x = Plover.fromReport(r)
        const back = right(Plover.readJsonl(Plover.toJsonl(x.records)))
        const events = new Map(r.events.map((e) => [e.id as string, e]))
        const statements = new Map(r.statements.map((s) => [s.id as string, s]))
        for (const rec of x.records) {
          const e = back.events.find((b) => b.id === rec.id)!
          expect(e.type).toBe(rec.event.join('+').toLowerCase())
          const original = events.get(rec.id)
          const s = statements.get(rec.id)
          const agents = original?.agents ?? s?.speakers ?? []
          const targets = original?.targets ?? s?.addressees ?? []
          const swap = rec.actor[0]?.claimgraph_id !== agents[0]
          expect(new Set(e.agents)).toEqual(new Set(swap ? targets : agents))
          expect(new Set(e.targets ?? [])).toEqual(new Set(swap ? agents : targets))
          if (original !== undefined) {
            expect(e.status).toBe(cls(original.status))
            expect(back.negated.includes(e.id)).toBe(rec.context?.includes('negation') === true)
            const t = original.time
            const filled =
              t === undefined || r.published === undefined ? t : Time.supplyYear(r.published)(t)
            const a = filled === undefined ? undefined : Time.resolve(filled, r.published)
            if (rec.date !== undefined)
              expect(Time.resolve(e.time!)).toEqual({ lo: a!.lo, hi: a!.hi, known: true })
          } else expect(e.status).toBe('occurred')
        }
      }
      it('the seed', () => check(fixtures.report))
      test.prop([validReport], { numRuns: 150 })('any valid report', (data) => check(decoded(data)))
    })
  })
})
