import { fc, test } from '@fast-check/vitest'
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import * as O from 'fp-ts/Option'
import { describe, expect, it } from 'vitest'
import {
  Actor,
  Attribution,
  Corpus,
  DecodeError,
  Event,
  Likelihood,
  Proposition as P,
  Report,
  Statement,
  Threat,
  Time,
} from '../src/index.js'
import type { Id } from '../src/index.js'
import { codes, corpus, m, proposal, report, valid, validCorpus } from './support/corpus.js'

const V = Actor.state('velmora', 'Velmora', 'VLM')
const A = Actor.state('ardesh', 'Ardesh', 'ARD')
const K = Actor.state('kestria', 'Kestria', 'KST')
const issues = (u: unknown) =>
  pipe(
    Corpus.decode(u),
    E.match(
      (e) => DecodeError.toList(e).map((i) => `${i.path} ${i.code}`),
      () => [],
    ),
  )
const encoded = (c: Corpus.Corpus) => JSON.parse(JSON.stringify(Corpus.encode(c)))
const weight = (p: Corpus.Proposal | undefined, code: string) =>
  p?.reasons.find((r) => r.code === code)?.weight

/** Two reports, each with the given actors besides both states. */
const pairOfReports = (a: ReadonlyArray<Actor.Actor>, b: ReadonlyArray<Actor.Actor>) =>
  corpus({ r1: report({ actors: [V, A, ...a] }), r2: report({ actors: [V, A, ...b] }) })

const person = (id: string, name: string, extra: Parameters<typeof Actor.person>[2] = {}) =>
  Actor.person(id, name, extra)

describe('Corpus', () => {
  // ------------------------------------------------------------------------------------
  describe('codecs', () => {
    test.prop([validCorpus], { numRuns: 60 })(
      'decode(encode(x)) equals x, and the codec accepts x',
      (x) => {
        const c = valid(Corpus.decode(x))
        expect(Corpus.decode(encoded(c))).toEqual(E.right(c))
        expect(Corpus.Corpus.is(encoded(c))).toBe(true)
      },
    )
    test.prop([fc.anything()], { numRuns: 200 })('decode never throws', (u) => {
      expect(() => Corpus.decode(u)).not.toThrow()
      expect(E.isLeft(Corpus.decode(u))).toBe(!Corpus.Corpus.is(u))
    })

    it('decode: reports with their own integrity, with paths from the corpus root', () => {
      const r = Report.encode(report({ actors: [V] }))
      const broken = {
        ...r,
        statements: [{ id: 's', speakers: ['nobody'], act: 'state', content: { kind: 'none' } }],
      }
      expect(
        issues({ format: Corpus.FORMAT, reports: [{ key: 'a', report: broken }], links: [] }),
      ).toEqual(['/reports/0/report/statements/0/speakers/0 dangling_reference'])
      expect(
        issues({
          format: Corpus.FORMAT,
          reports: [{ key: 'a', report: { ...r, headline: '' } }],
          links: [],
        }),
      ).toEqual(['/reports/0/report/headline invalid_string'])
    })
    it('decode: its own format version, keys and unknown properties', () => {
      expect(issues({ format: 'claimgraph-corpus/9', reports: [], links: [] })).toEqual([
        '/format unsupported_version',
      ])
      expect(
        issues({ format: Corpus.FORMAT, reports: [{ key: 'a:b', report: {} }], links: [] })[0],
      ).toBe('/reports/0/key invalid_id')
      expect(issues({ format: Corpus.FORMAT, reports: [], links: [], extra: 1 })).toEqual([
        '/extra unknown_key',
      ])
      expect(
        E.isRight(
          Corpus.decode(
            { format: Corpus.FORMAT, reports: [], links: [], extra: 1 },
            { unknownKeys: 'strip' },
          ),
        ),
      ).toBe(true)
    })
    it('decode: every link resolves into its report, to a node of the link kind', () => {
      const r = Report.encode(
        report({ actors: [V], events: [Event.make('e', 'strike', 'a strike')] }),
      )
      const base = {
        format: Corpus.FORMAT,
        reports: [
          { key: 'a', report: r },
          { key: 'b', report: r },
        ],
      }
      const link = (a: object, b: object, node = 'actor') => ({
        ...base,
        links: [{ kind: 'same_as', node, a, b }],
      })
      expect(issues(link({ report: 'x', id: 'velmora' }, { report: 'b', id: 'velmora' }))).toEqual([
        '/links/0/a/report dangling_reference',
      ])
      expect(issues(link({ report: 'a', id: 'nope' }, { report: 'b', id: 'velmora' }))).toEqual([
        '/links/0/a/id dangling_reference',
      ])
      expect(issues(link({ report: 'a', id: 'e' }, { report: 'b', id: 'velmora' }))).toEqual([
        '/links/0/a/id wrong_kind_reference',
      ])
      expect(issues(link({ report: 'a', id: 'e' }, { report: 'b', id: 'e' }, 'event'))).toEqual([])
      expect(issues(link({ report: 'a', id: 'e' }, { report: 'a', id: 'e' }, 'event'))).toEqual([
        '/links/0 invalid_value',
      ])
      expect(
        issues({ ...base, reports: [...base.reports, { key: 'a', report: r }], links: [] }),
      ).toEqual(['/reports/2/key duplicate_id'])
    })
    it('decode: derived_from names a report or an outlet, without cycles', () => {
      const r = Report.encode(report({ actors: [V, Actor.outlet('gazette', 'Gazette')] }))
      const base = {
        format: Corpus.FORMAT,
        reports: [
          { key: 'a', report: r },
          { key: 'b', report: r },
          { key: 'c', report: r },
        ],
      }
      const d = (links: object[]) => issues({ ...base, links })
      expect(d([{ kind: 'derived_from', report: 'b', source: 'a' }])).toEqual([])
      expect(d([{ kind: 'derived_from', report: 'b', outlet: 'gazette' }])).toEqual([])
      expect(d([{ kind: 'derived_from', report: 'b', outlet: 'velmora' }])).toEqual([
        '/links/0/outlet wrong_kind_reference',
      ])
      expect(d([{ kind: 'derived_from', report: 'b', outlet: 'x' }])).toEqual([
        '/links/0/outlet dangling_reference',
      ])
      expect(d([{ kind: 'derived_from', report: 'b', source: 'z' }])).toEqual([
        '/links/0/source dangling_reference',
      ])
      expect(d([{ kind: 'derived_from', report: 'b' }])).toEqual(['/links/0 missing_key'])
      expect(d([{ kind: 'derived_from', report: 'b', source: 'a', outlet: 'gazette' }])).toEqual([
        '/links/0 unknown_key',
      ])
      expect(d([{ kind: 'derived_from', report: 'b', source: 'b' }])).toEqual([
        '/links/0/source cycle',
      ])
      expect(
        d([
          { kind: 'derived_from', report: 'a', source: 'b' },
          { kind: 'derived_from', report: 'b', source: 'c' },
          { kind: 'derived_from', report: 'c', source: 'a' },
        ]),
      ).toEqual(['/links/2/source cycle'])
    })
    it('decode: a different_from between mentions that same_as links join is refused', () => {
      const r = Report.encode(report({ actors: [V] }))
      const at = (report: string) => ({ report, id: 'velmora' })
      expect(
        issues({
          format: Corpus.FORMAT,
          reports: ['a', 'b', 'c'].map((key) => ({ key, report: r })),
          links: [
            { kind: 'same_as', node: 'actor', a: at('a'), b: at('b') },
            { kind: 'same_as', node: 'actor', a: at('b'), b: at('c') },
            { kind: 'different_from', node: 'actor', a: at('a'), b: at('c') },
          ],
        }),
      ).toEqual(['/links/2 invalid_value'])
    })
    it('decode: a report of an earlier format is migrated first', async () => {
      const { readFileSync } = await import('node:fs')
      const seed = JSON.parse(
        readFileSync(new URL('./data/seed.claimgraph-1.json', import.meta.url), 'utf8'),
      )
      expect(seed.format).toBe('claimgraph/1')
      const c = valid(
        Corpus.decode({
          format: Corpus.FORMAT,
          reports: [{ key: 'seed', report: seed }],
          links: [],
        }),
      )
      expect(c.reports[0]!.report.format).toBe(Report.FORMAT)
      expect(
        issues({
          format: Corpus.FORMAT,
          reports: [{ key: 'seed', report: { ...seed, format: 'claimgraph/0' } }],
          links: [],
        }),
      ).toEqual(['/reports/0/report/format unsupported_version'])
    })
    it('decode: a link into a report that failed is not reported as dangling', () => {
      const r = Report.encode(report({ actors: [V] }))
      expect(
        issues({
          format: Corpus.FORMAT,
          reports: [
            { key: 'a', report: r },
            { key: 'b', report: { ...r, headline: 7 } },
          ],
          links: [
            {
              kind: 'same_as',
              node: 'actor',
              a: { report: 'a', id: 'velmora' },
              b: { report: 'b', id: 'velmora' },
            },
            {
              kind: 'same_as',
              node: 'actor',
              a: { report: 'a', id: 'velmora' },
              b: { report: 'a', id: 'nobody' },
            },
          ],
        }),
      ).toEqual(['/reports/1/report/headline invalid_type', '/links/1/b/id dangling_reference'])
    })
    it('fromJson', () => {
      expect(
        pipe(
          Corpus.fromJson('{'),
          E.mapLeft((e) => e.issues[0].code),
        ),
      ).toEqual(E.left('invalid_json'))
      const c = corpus({ a: report({ actors: [V] }) })
      expect(Corpus.fromJson(JSON.stringify(Corpus.encode(c)))).toEqual(E.right(c))
    })
    it('encode', () => {
      const c = corpus({ a: report({ actors: [V] }), b: report({ actors: [V] }) }, [
        Corpus.sameAs('actor', m('a:velmora'), m('b:velmora')),
      ])
      expect(Corpus.encode(c).format).toBe('claimgraph-corpus/1')
      expect(Corpus.encode(c).reports[0]!.report.format).toBe(Report.FORMAT)
      expect(Corpus.encode(c).links).toEqual([
        {
          kind: 'same_as',
          node: 'actor',
          a: { report: 'a', id: 'velmora' },
          b: { report: 'b', id: 'velmora' },
        },
      ])
    })
    it('integrity', () => {
      const c = corpus({ a: report({ actors: [V] }) })
      expect(Corpus.integrity(c)).toEqual([])
      expect(
        Corpus.integrity({ ...c, links: [Corpus.sameAs('actor', m('a:velmora'), m('a:x'))] }).map(
          (i) => i.code,
        ),
      ).toEqual(['dangling_reference'])
    })
  })

  // ------------------------------------------------------------------------------------
  describe('constructors', () => {
    it('make', () => {
      expect(E.isRight(Corpus.make({ reports: [] }))).toBe(true)
      expect(
        E.isLeft(Corpus.make({ reports: [{ key: 'bad key', report: report({ actors: [] }) }] })),
      ).toBe(true)
    })
    it('mention and key', () => {
      expect(Corpus.mention('a', 'b')).toEqual({ report: 'a', id: 'b' })
      expect(() => Corpus.mention('a:b', 'c')).toThrow(TypeError)
      expect(() => Corpus.mention('a', 'c d')).toThrow(TypeError)
      expect(Corpus.key('gazette-2')).toBe('gazette-2')
      expect(() => Corpus.key('')).toThrow(TypeError)
    })
    it('sameAs, possiblySameAs, differentFrom, derivedFrom, retells', () => {
      const likely = Likelihood.fromBand('likely')
      expect(Corpus.possiblySameAs('actor', m('a:x'), m('b:x'), likely).likelihood).toBe(likely)
      expect(Corpus.differentFrom('event', m('a:x'), m('b:x')).kind).toBe('different_from')
      expect(Corpus.derivedFrom(Corpus.key('b'), Corpus.key('a'))).toEqual({
        kind: 'derived_from',
        report: 'b',
        source: 'a',
      })
      expect(Corpus.retells(Corpus.key('b'), Actor.outlet('x', 'X').id).outlet).toBe('x')
    })
  })

  // ------------------------------------------------------------------------------------
  describe('combinators', () => {
    const c = pairOfReports([person('varga', 'Ilse Varga')], [person('varga', 'Ilse Varga')])
    const ps = Corpus.align()(c)
    it('addLinks: checks the links it adds, with paths in the new list', () => {
      const added = Corpus.addLinks([Corpus.sameAs('actor', m('r1:varga'), m('r2:varga'))])(c)
      expect(E.isRight(added) && added.right.links.length).toBe(1)
      const bad = Corpus.addLinks([Corpus.sameAs('actor', m('r1:varga'), m('r2:nobody'))])(c)
      expect(pipe(bad, E.mapLeft(DecodeError.toList))).toEqual(
        E.left([
          {
            path: '/links/0/b/id',
            code: 'dangling_reference',
            message: 'report "r2" has no node with id "nobody"',
          },
        ]),
      )
      const malformed = Corpus.addLinks([{ kind: 'same_as' } as unknown as Corpus.Link])(c)
      expect(E.isLeft(malformed) && malformed.left.issues[0].path.slice(0, 2)).toEqual(['links', 0])
      expect(Corpus.addLinks([])(c)).toEqual(E.right(c))
    })
    it('accept: adds the link each proposal suggests, or the one decided', () => {
      const [p] = ps.filter((x) => x.node === 'actor' && x.a.id === 'varga')
      expect(p?.link).toBe('possibly_same_as')
      const accepted = valid(Corpus.accept([p!])(c))
      expect(accepted.links[0]).toMatchObject({
        kind: 'possibly_same_as',
        likelihood: { band: 'likely' },
      })
      expect(accepted.links[0]!.note).toMatch(
        /^accepted proposal, score 0\.70 \(actor\/same-name\)$/,
      )
      const decided = valid(Corpus.accept([p!], { as: 'same_as' })(c))
      expect(decided.links[0]!.kind).toBe('same_as')
      expect(Corpus.toLink(p!, 'same_as').kind).toBe('same_as')
    })
    it('reject: adds different_from, and the pair is not proposed again', () => {
      const rejected = valid(Corpus.reject(ps)(c))
      expect(rejected.links.every((l) => l.kind === 'different_from')).toBe(true)
      expect(Corpus.align()(rejected)).toEqual([])
    })
    it('atLeast, ofNode, suggesting, involving, between, undecided', () => {
      expect(Corpus.atLeast(1)(ps).map((p) => p.a.id)).toEqual(['velmora', 'ardesh'])
      expect(Corpus.ofNode('actor')(ps)).toHaveLength(3)
      expect(Corpus.ofNode('event')(ps)).toHaveLength(0)
      expect(Corpus.suggesting('possibly_same_as')(ps).map((p) => p.a.id)).toEqual(['varga'])
      expect(Corpus.involving(m('r2:varga'))(ps)).toHaveLength(1)
      expect(Corpus.between(m('r2:varga'), m('r1:varga'))(ps)).toHaveLength(1)
      const after = valid(Corpus.accept(Corpus.atLeast(1)(ps))(c))
      expect(Corpus.undecided(after)(ps).map((p) => p.a.id)).toEqual(['varga'])
    })
    it('addReport', () => {
      const added = valid(Corpus.addReport('r3', report({ actors: [V] }))(c))
      expect(added.reports.map((e) => e.key)).toEqual(['r1', 'r2', 'r3'])
      expect(E.isLeft(Corpus.addReport('r1', report({ actors: [V] }))(c))).toBe(true)
    })
  })

  // ------------------------------------------------------------------------------------
  describe('queries', () => {
    it('report', () => {
      const c = corpus({ a: report({ actors: [V] }) })
      expect(O.isSome(Corpus.report('a')(c))).toBe(true)
      expect(Corpus.report('b')(c)).toEqual(O.none)
    })

    describe('blockingKeys: a pure function of one report', () => {
      const gazette = Actor.outlet('gazette', 'The Harbor Gazette')
      const diplomat = Actor.anonymous('d', 'a senior Velmoran diplomat', { affiliation: V.id })
      const residents = Actor.anonymous('res', 'local residents')
      const varga = pipe(
        person('varga', 'Ilse Varga'),
        Actor.identify({ wikidata: 'Q7', cameo: 'VLMGOV' }),
      )
      const strike = Event.make('s', 'Air Strike', 'x', { agents: [V.id], targets: [A.id] })
      const quake = Event.make('q', 'earthquake', 'x')
      const threat = Threat.make('t', {
        issuer: [varga.id],
        addressee: [A.id],
        consequence: P.occurs(strike.id),
      })
      const r = report({
        actors: [V, A, gazette, diplomat, residents, varga],
        events: [strike, quake],
        statements: [
          Statement.make(
            'st',
            [diplomat.id],
            'assert',
            Statement.proposition(P.occurs(strike.id)),
            {
              quote: 'Velmora struck, “and it will strike again” — soon',
            },
          ),
          Statement.make('w', [varga.id], 'warn', Statement.threat(threat.id)),
          Statement.make('g', [gazette.id], 'note', Statement.none),
        ],
        threats: [threat],
      })
      const keys = (id: string) =>
        Corpus.blockingKeys(r)
          .filter((k) => k.id === id)
          .map((k) => k.key)
      it('actors: external ids, country codes, name words, surnames, affiliations', () => {
        expect(keys('velmora')).toEqual(['actor:country:VLM'])
        expect(keys('gazette')).toEqual(['actor:name:harbor', 'actor:name:gazette'])
        expect(keys('varga')).toEqual([
          'actor:wikidata:Q7',
          'actor:cameo:VLMGOV',
          'actor:name:varga',
        ])
        expect(keys('d')).toEqual(['actor:anonymous:country:VLM'])
        expect(keys('res')).toEqual([
          'actor:anonymous-word:local',
          'actor:anonymous-word:residents',
        ])
        expect(keys('report')).toEqual([])
      })
      it('events: agent–target pairs, and the type with each party', () => {
        expect(keys('s')).toEqual([
          'event:agent-target:country:VLM|country:ARD',
          'event:type:air strike|agent:country:VLM',
          'event:type:air strike|target:country:ARD',
        ])
        expect(keys('q')).toEqual(['event:type:earthquake'])
      })
      it('statements: speakers, the first words of the quote, the content', () => {
        expect(keys('st')).toEqual([
          'statement:speaker:anonymous:country:VLM',
          'statement:quote:velmora struck and it will strike',
          'statement:event:agent-target:country:VLM|country:ARD',
          'statement:event:type:air strike|agent:country:VLM',
          'statement:event:type:air strike|target:country:ARD',
        ])
        expect(keys('w')).toEqual([
          'statement:speaker:person:varga',
          'statement:threat:parties:person:varga|country:ARD',
        ])
        expect(keys('g')).toEqual([
          'statement:speaker:name:harbor gazette',
          'statement:speaker-word:harbor',
          'statement:speaker-word:gazette',
        ])
      })
      it('threats: issuer–addressee pairs, and the events of the consequence', () => {
        expect(keys('t')).toEqual([
          'threat:parties:person:varga|country:ARD',
          'threat:consequence:agent-target:country:VLM|country:ARD',
          'threat:consequence:type:air strike|agent:country:VLM',
          'threat:consequence:type:air strike|target:country:ARD',
        ])
      })
      it('an event with many parties: the keys of its first eight agents and targets, 64 at most', () => {
        const NAMES = [
          'Abel',
          'Bora',
          'Cruz',
          'Dahl',
          'Egan',
          'Fiala',
          'Gore',
          'Hale',
          'Ivar',
          'Jost',
        ]
        const agents = NAMES.map((n, i) => person(`a${i}`, `Ana ${n}`))
        const targets = NAMES.map((n, i) => person(`t${i}`, `Tom ${n}son`))
        const raid = (k: number) =>
          Event.make('raid', 'raid', 'x', {
            agents: agents.slice(0, k).map((a) => a.id),
            targets: targets.slice(0, k).map((a) => a.id),
          })
        const keysOf = (k: number) =>
          Corpus.blockingKeys(report({ actors: [...agents, ...targets], events: [raid(k)] }))
            .filter((x) => x.id === 'raid')
            .map((x) => x.key)
        expect(keysOf(10)).toEqual(keysOf(8))
        expect(keysOf(10)).toHaveLength(64)
        expect(keysOf(10)[0]).toBe('event:agent-target:person:abel|person:abelson')
        expect(keysOf(10)).not.toContain('event:agent-target:person:jost|person:jostson')
      })
      it('an event with many targets and no agents: its first eight targets', () => {
        const NAMES = [
          'Abel',
          'Bora',
          'Cruz',
          'Dahl',
          'Egan',
          'Fiala',
          'Gore',
          'Hale',
          'Ivar',
          'Jost',
        ]
        const crowd = NAMES.map((n, i) => person(`t${i}`, `Tom ${n}`))
        const ks = Corpus.blockingKeys(
          report({
            actors: crowd,
            events: [Event.make('arrest', 'arrest', 'x', { targets: crowd.map((p) => p.id) })],
          }),
        )
          .filter((k) => k.id === 'arrest')
          .map((k) => k.key)
        expect(ks).toHaveLength(8)
        expect(ks[0]).toBe('event:type:arrest|target:person:abel')
        expect(ks).not.toContain('event:type:arrest|target:person:ivar')
      })
      it('data not checked by a codec: an id that names no actor adds no key', () => {
        const raid = Event.make('raid', 'raid', 'x', {
          agents: [V.id, Id2('nobody')],
        })
        const unchecked: Report.ReportData = { ...report({ actors: [V] }), events: [raid] }
        expect(
          Corpus.blockingKeys(unchecked)
            .filter((k) => k.id === 'raid')
            .map((k) => k.key),
        ).toEqual(['event:type:raid|agent:country:VLM'])
      })
      it('names without words: no key of their own, and no party in an event’s keys', () => {
        const nameless = person('nameless', '—')
        const stars = Actor.organization('stars', '***', 'government')
        const raid = Event.make('raid', 'Raid', 'x', {
          agents: [nameless.id],
          targets: [stars.id],
        })
        const ks = Corpus.blockingKeys(report({ actors: [nameless, stars], events: [raid] }))
        expect(ks.filter((k) => k.id === 'nameless' || k.id === 'stars')).toEqual([])
        expect(ks.filter((k) => k.id === 'raid').map((k) => k.key)).toEqual(['event:type:raid'])
      })
      it('depend on the report alone', () => {
        expect(Corpus.blockingKeys(r)).toEqual(
          Corpus.blockingKeys(valid(Report.decode(Report.encode(r)))),
        )
      })
    })

    describe('align: actors', () => {
      it('actor/kind-differs: a person and an organisation named alike are not compared', () => {
        const c = pairOfReports(
          [person('k', 'Mara Kessa')],
          [Actor.organization('k', 'Kessa', 'business')],
        )
        expect(proposal(c, 'r1:k', 'r2:k')).toBeUndefined()
        const voices = corpus({ r1: report({ actors: [] }), r2: report({ actors: [] }) })
        expect(Corpus.align()(voices)).toEqual([])
      })
      it('actor/same-wikidata: decides', () => {
        const c = pairOfReports(
          [pipe(person('a', 'Ilse Varga'), Actor.identify({ wikidata: 'Q1' }))],
          [pipe(person('b', 'I. V.'), Actor.identify({ wikidata: 'Q1' }))],
        )
        expect(proposal(c, 'r1:a', 'r2:b')).toMatchObject({ score: 1, link: 'same_as' })
        expect(codes(proposal(c, 'r1:a', 'r2:b'))).toEqual(['actor/same-wikidata'])
      })
      it('actor/different-wikidata: vetoes', () => {
        const c = pairOfReports(
          [pipe(person('a', 'Ilse Varga'), Actor.identify({ wikidata: 'Q1' }))],
          [pipe(person('a', 'Ilse Varga'), Actor.identify({ wikidata: 'Q2' }))],
        )
        expect(proposal(c, 'r1:a', 'r2:a')).toBeUndefined()
      })
      it('actor/same-country: two states with one code', () => {
        const c = corpus({
          r1: report({ actors: [V] }),
          r2: report({ actors: [Actor.state('v', 'Republic of Velmora', 'VLM')] }),
        })
        expect(codes(proposal(c, 'r1:velmora', 'r2:v'))).toEqual(['actor/same-country'])
      })
      it('actor/different-country: two states with different codes', () => {
        const c = corpus({
          r1: report({ actors: [pipe(V, Actor.identify({ cameo: 'VLM' }))] }),
          r2: report({
            actors: [pipe(Actor.state('v', 'Velmora', 'VLX'), Actor.identify({ cameo: 'VLM' }))],
          }),
        })
        expect(proposal(c, 'r1:velmora', 'r2:v')).toBeUndefined()
      })
      it('actor/different-affiliation: anonymous sources of different sides', () => {
        const anon = (affiliation: Id.ActorId) =>
          pipe(
            Actor.anonymous('o', 'an official', { affiliation, count: 1 }),
            Actor.identify({ cameo: 'GOV' }),
          )
        expect(proposal(pairOfReports([anon(V.id)], [anon(A.id)]), 'r1:o', 'r2:o')).toBeUndefined()
        expect(proposal(pairOfReports([anon(V.id)], [anon(V.id)]), 'r1:o', 'r2:o')).toBeDefined()
      })
      it('actor/same-cameo and actor/name-contained', () => {
        const org = (id: string, name: string) =>
          pipe(Actor.organization(id, name, 'ministry'), Actor.identify({ cameo: 'VLMGOV' }))
        const p = proposal(
          pairOfReports([org('a', 'Defence Ministry')], [org('b', 'Ministry of Defence')]),
          'r1:a',
          'r2:b',
        )
        expect(p).toMatchObject({ score: 0.9, link: 'same_as' })
        expect(codes(p)).toEqual(['actor/same-cameo', 'actor/name-contained'])
      })
      it('actor/different-cameo', () => {
        const p = proposal(
          pairOfReports(
            [
              pipe(
                person('a', 'Ilse Varga', { offices: [Actor.office('minister')] }),
                Actor.identify({ cameo: 'VLMGOV' }),
              ),
            ],
            [
              pipe(
                person('a', 'Ilse Varga', { offices: [Actor.office('minister')] }),
                Actor.identify({ cameo: 'ARDGOV' }),
              ),
            ],
          ),
          'r1:a',
          'r2:a',
        )
        expect(weight(p, 'actor/different-cameo')).toBe(-0.4)
        expect(p?.score).toBe(0.5)
      })
      it('actor/same-name', () => {
        const p = proposal(
          pairOfReports([person('a', 'Ilse  Várga')], [person('b', 'ilse varga')]),
          'r1:a',
          'r2:b',
        )
        expect(codes(p)).toEqual(['actor/same-name'])
        expect(p).toMatchObject({
          score: 0.7,
          link: 'possibly_same_as',
          likelihood: { band: 'likely' },
        })
      })
      it('actor/same-name: a proper name of one body, with nothing against it, is the same', () => {
        const org = (name: string, extra: Parameters<typeof Actor.organization>[3] = {}) =>
          Actor.organization('o', name, 'government', extra)
        const same = (x: Actor.Actor, y: Actor.Actor) => {
          const p = proposal(pairOfReports([x], [y]), `r1:${x.id}`, `r2:${y.id}`)
          return p === undefined ? undefined : [p.link, p.score]
        }
        expect(same(org('the European Union'), org('European  union'))).toEqual(['same_as', 0.8])
        expect(same(org('Hamas'), org('HAMAS'))).toEqual(['same_as', 0.8])
        expect(
          same(Actor.outlet('o', 'Radio Tarsk Libre'), Actor.outlet('o', 'radio tarsk libre')),
        ).toEqual(['same_as', 0.8])
        const wagner = () => Actor.collective('o', 'the Kessa Brigade', [V.id])
        expect(same(wagner(), wagner())).toEqual(['same_as', 0.8])
        // names of a kind of body, and people: possibly
        expect(same(org('the police'), org('Police'))).toEqual(['possibly_same_as', 0.7])
        expect(same(org('the foreign ministry'), org('Foreign Ministry'))).toEqual([
          'possibly_same_as',
          0.7,
        ])
        expect(same(person('o', 'Ilse Varga'), person('o', 'Ilse Varga'))).toEqual([
          'possibly_same_as',
          0.7,
        ])
      })
      it('actor/same-name: a proper name, but something against it', () => {
        const org = (name: string, extra: Parameters<typeof Actor.organization>[3] = {}) =>
          Actor.organization('o', name, 'ngo', extra)
        const same = (x: Actor.Actor, y: Actor.Actor) =>
          proposal(pairOfReports([x], [y]), `r1:${x.id}`, `r2:${y.id}`)?.score
        // different countries: two national societies of one name
        expect(
          same(
            org('the Red Crescent', { country: 'ARD' }),
            org('the Red Crescent', { country: 'VLM' }),
          ),
        ).toBeUndefined()
        // different kinds: a company and the man it is named after
        expect(same(org('Halden Ostrova'), person('o', 'Halden Ostrova'))).toBeUndefined()
        expect(same(org('Al Kessa'), Actor.outlet('o', 'Al Kessa'))).toBeUndefined()
        // different external ids
        expect(
          same(
            pipe(org('Union of Kestria'), Actor.identify({ wikidata: 'Q1' })),
            pipe(org('Union of Kestria'), Actor.identify({ wikidata: 'Q2' })),
          ),
        ).toBeUndefined()
        expect(
          same(
            pipe(org('Union of Kestria'), Actor.identify({ cameo: 'KSTGOV' })),
            pipe(org('Union of Kestria'), Actor.identify({ cameo: 'KSTOPP' })),
          ),
        ).toBeUndefined()
        // one country in common adds to it
        expect(
          same(
            org('the Red Crescent', { country: 'ARD' }),
            org('the Red Crescent', { country: 'ARD' }),
          ),
        ).toBe(0.9)
      })
      it('actor/name-contained: people by surname and initials', () => {
        const c = pairOfReports(
          [person('a', 'Ilse Varga'), person('x', 'Tomas Varga')],
          [person('b', 'I. Varga')],
        )
        expect(codes(proposal(c, 'r1:a', 'r2:b'))).toEqual(['actor/name-contained'])
        expect(proposal(c, 'r1:x', 'r2:b')).toBeUndefined()
        // the initial on either side; a surname alone
        const d = pairOfReports([person('a', 'I. Varga')], [person('b', 'Ilse Varga')])
        expect(codes(proposal(d, 'r1:a', 'r2:b'))).toEqual(['actor/name-contained'])
        const e = pairOfReports([person('a', 'Varga')], [person('b', 'Ilse Varga')])
        expect(codes(proposal(e, 'r1:a', 'r2:b'))).toEqual(['actor/name-contained'])
      })
      it('actor/same-wikidata: decides over names spelt apart', () => {
        const c = pairOfReports(
          [pipe(person('a', 'Ilse Varga'), Actor.identify({ wikidata: 'Q1' }))],
          [pipe(person('b', 'Ilse Warga'), Actor.identify({ wikidata: 'Q1' }))],
        )
        expect(proposal(c, 'r1:a', 'r2:b')).toMatchObject({ score: 1, link: 'same_as' })
      })
      it('actor/names-disjoint', () => {
        const org = (id: string, name: string) =>
          pipe(
            Actor.organization(id, name, 'ministry', { country: 'VLM' }),
            Actor.identify({ cameo: 'VLMGOV' }),
          )
        // a word in common: 0.4 + 0.1; none: 0.4 + 0.1 − 0.3
        expect(
          proposal(
            pairOfReports([org('a', 'Defence Office')], [org('b', 'Defence Bureau')]),
            'r1:a',
            'r2:b',
          )?.score,
        ).toBe(0.5)
        expect(
          proposal(
            pairOfReports([org('a', 'Defence Office')], [org('b', 'War Bureau')]),
            'r1:a',
            'r2:b',
          ),
        ).toBeUndefined()
      })
      it('actor/shared-office', () => {
        const p = proposal(
          pairOfReports(
            [person('a', 'Ilse Varga', { offices: [Actor.office('Defence Minister', V.id)] })],
            [person('b', 'Ilse Varga', { offices: [Actor.office('minister of defence', V.id)] })],
          ),
          'r1:a',
          'r2:b',
        )
        expect(codes(p)).toEqual(['actor/same-name', 'actor/shared-office'])
        expect(p).toMatchObject({ score: 0.9, link: 'same_as' })
      })
      it('actor/offices-disjoint', () => {
        const p = proposal(
          pairOfReports(
            [person('a', 'Ilse Varga', { offices: [Actor.office('Defence Minister', V.id)] })],
            [person('b', 'Ilse Varga', { offices: [Actor.office('Finance Minister', A.id)] })],
          ),
          'r1:a',
          'r2:b',
        )
        expect(weight(p, 'actor/offices-disjoint')).toBe(-0.2)
        expect(p?.score).toBe(0.5)
      })
      it('actor/same-affiliation: anonymous sources, never more than possibly', () => {
        const anon = () =>
          Actor.anonymous('d', 'a senior Velmoran diplomat', { count: 1, affiliation: V.id })
        const p = proposal(pairOfReports([anon()], [anon()]), 'r1:d', 'r2:d')
        expect(codes(p)).toEqual(['actor/same-name', 'actor/same-affiliation', 'actor/same-count'])
        expect(p).toMatchObject({
          score: 0.8,
          link: 'possibly_same_as',
          likelihood: { band: 'very_likely' },
        })
        const q = proposal(
          pairOfReports(
            [anon()],
            [Actor.anonymous('o', 'a Velmoran official', { affiliation: V.id })],
          ),
          'r1:d',
          'r2:o',
        )
        expect(codes(q)).toEqual([
          'actor/name-contained',
          'actor/same-affiliation',
          'actor/same-count',
        ])
      })
      it('unnamed actors are compared by description, never as the same', () => {
        const unnamed = () => ({
          kind: 'unnamed' as const,
          id: Id2('states'),
          description: 'several neighbouring states',
          count: 'unknown' as const,
          affiliation: V.id,
        })
        const p = proposal(pairOfReports([unnamed()], [unnamed()]), 'r1:states', 'r2:states')
        expect(p).toMatchObject({ link: 'possibly_same_as', score: 0.8 })
        expect(codes(p)).toEqual(['actor/same-name', 'actor/same-affiliation', 'actor/same-count'])
      })
      it('actor/same-affiliation: outlets', () => {
        const outlet = () => Actor.outlet('o', 'Voice of Tarsk', { affiliations: [V.id] })
        expect(codes(proposal(pairOfReports([outlet()], [outlet()]), 'r1:o', 'r2:o'))).toEqual([
          'actor/same-name',
          'actor/same-affiliation',
        ])
      })
      it('actor/same-country-code and actor/different-country-code', () => {
        const org = (country: string) =>
          Actor.organization('e', 'the Embassy', 'diplomatic', { country })
        expect(codes(proposal(pairOfReports([org('ARD')], [org('ARD')]), 'r1:e', 'r2:e'))).toEqual([
          'actor/same-name',
          'actor/same-country-code',
        ])
        expect(proposal(pairOfReports([org('ARD')], [org('VLM')]), 'r1:e', 'r2:e')).toBeUndefined()
      })
      it('actor/same-count and actor/different-count', () => {
        const anon = (count: number | 'unknown') =>
          pipe(
            Actor.anonymous('o', 'officials', { count, affiliation: V.id }),
            Actor.identify({ cameo: 'GOV' }),
          )
        expect(
          weight(
            proposal(pairOfReports([anon(2)], [anon('unknown')]), 'r1:o', 'r2:o'),
            'actor/same-count',
          ),
        ).toBe(0.1)
        expect(
          weight(
            proposal(pairOfReports([anon(2)], [anon(1)]), 'r1:o', 'r2:o'),
            'actor/different-count',
          ),
        ).toBe(-0.3)
      })
    })

    describe('align: events', () => {
      const ev = (id: string, type: string, details: Event.Details = {}) =>
        Event.make(id, type, `${type} (${id})`, { agents: [V.id], targets: [A.id], ...details })
      const two = (
        a: Event.Event,
        b: Event.Event,
        pa: Partial<Report.Parts> = {},
        pb: Partial<Report.Parts> = {},
      ) =>
        corpus({
          r1: report({ actors: [V, A, K], events: [a], ...pa }),
          r2: report({ actors: [V, A, K], events: [b], ...pb }),
        })
      const scored = (a: Event.Event, b: Event.Event, pa = {}, pb = {}) =>
        proposal(two(a, b, pa, pb), `r1:${a.id}`, `r2:${b.id}`)
      it('event/same-type, event/same-agents, event/same-targets, event/same-factuality', () => {
        const p = scored(ev('a', 'strike'), ev('b', 'Strike'))
        expect(codes(p)).toEqual([
          'event/same-type',
          'event/same-agents',
          'event/same-targets',
          'event/same-factuality',
        ])
        expect(p).toMatchObject({ score: 0.9, link: 'same_as' })
      })
      it('event/type-contained', () => {
        expect(
          weight(scored(ev('a', 'strike'), ev('b', 'drone strike')), 'event/type-contained'),
        ).toBe(0.1)
      })
      it('event/same-cameo-root', () => {
        expect(
          weight(
            scored(ev('a', 'raid', { cameo: '190' }), ev('b', 'assault', { cameo: '195' })),
            'event/same-cameo-root',
          ),
        ).toBe(0.1)
      })
      it('event/shared-agents and event/different-agents', () => {
        expect(
          weight(
            scored(ev('a', 'strike'), ev('b', 'strike', { agents: [V.id, K.id] })),
            'event/shared-agents',
          ),
        ).toBe(0.2)
        const p = scored(
          ev('a', 'strike', { cameo: '190' }),
          ev('b', 'strike', { agents: [K.id], cameo: '190' }),
        )
        expect(p).toBeUndefined()
        expect(scored(ev('a', 'strike'), ev('b', 'strike', { agents: [K.id] }))).toBeUndefined()
      })
      it('event/same-agents and event/shared-agents: many agents on both sides', () => {
        const NAMES = [
          'Abel',
          'Bora',
          'Cruz',
          'Dahl',
          'Egan',
          'Fiala',
          'Gore',
          'Hale',
          'Ivar',
          'Jost',
        ]
        const crowd = NAMES.map((n, i) => person(`p${i}`, `Ana ${n}`))
        const ids = crowd.map((p) => p.id)
        const march = (id: string, agents: ReadonlyArray<Id.ActorId>) =>
          Event.make(id, 'march', 'a march', { agents: agents as [Id.ActorId, ...Id.ActorId[]] })
        const many = (a: Event.Event, b: Event.Event) =>
          proposal(
            corpus(
              {
                r1: report({ actors: crowd, events: [a] }),
                r2: report({ actors: crowd, events: [b] }),
              },
              crowd.map((p) => Corpus.sameAs('actor', m(`r1:${p.id}`), m(`r2:${p.id}`))),
            ),
            'r1:a',
            'r2:b',
          )
        expect(codes(many(march('a', ids), march('b', [...ids].reverse())))).toContain(
          'event/same-agents',
        )
        expect(codes(many(march('a', ids), march('b', ids.slice(1))))).toContain(
          'event/shared-agents',
        )
      })
      it('event/shared-targets and event/different-targets', () => {
        expect(
          weight(
            scored(ev('a', 'strike'), ev('b', 'strike', { targets: [A.id, K.id] })),
            'event/shared-targets',
          ),
        ).toBe(0.2)
        const p = scored(
          ev('a', 'strike', { places: [Event.place('Tarsk')], time: Time.time('2030-10') }),
          ev('b', 'strike', {
            targets: [K.id],
            places: [Event.place('Tarsk')],
            time: Time.time('2030-10-25'),
          }),
        )
        expect(weight(p, 'event/different-targets')).toBe(-0.3)
      })
      it('event/shared-place, event/different-countries, event/different-places', () => {
        const at = (name: string, country: string) => ({ places: [Event.place(name, { country })] })
        expect(
          weight(
            scored(
              ev('a', 'strike', at('Tarsk', 'ARD')),
              ev('b', 'strike', at('the Tarsk dam', 'ARD')),
            ),
            'event/shared-place',
          ),
        ).toBe(0.1)
        expect(
          weight(
            scored(ev('a', 'strike', at('Tarsk', 'ARD')), ev('b', 'strike', at('Orl', 'VLM'))),
            'event/different-countries',
          ),
        ).toBe(-0.2)
        expect(
          weight(
            scored(ev('a', 'strike', at('Tarsk', 'ARD')), ev('b', 'strike', at('Kessa', 'ARD'))),
            'event/different-places',
          ),
        ).toBe(-0.2)
      })
      it('event/compatible-times, event/conflicting-times, event/distant-times', () => {
        const t = (s: string) => ({ time: Time.time(s) })
        expect(
          weight(
            scored(ev('a', 'strike', t('2030-10')), ev('b', 'strike', t('2030-10-25'))),
            'event/compatible-times',
          ),
        ).toBe(0.1)
        expect(
          weight(
            scored(ev('a', 'strike', t('2030-10-25')), ev('b', 'strike', t('2030-10-26'))),
            'event/conflicting-times',
          ),
        ).toBe(-0.1)
        const far = scored(ev('a', 'strike', t('2030-10-25')), ev('b', 'strike', t('2030-11-25')))
        expect(far).toBeUndefined()
        // an unstated year: supplied by each report's own publication date
        const p = scored(
          ev('a', 'strike', t('XXXX-10-25')),
          ev('b', 'strike', t('XXXX-10-26')),
          { published: Time.time('2030-10-27') },
          { published: Time.time('2030-10-28') },
        )
        expect(weight(p, 'event/conflicting-times')).toBe(-0.1)
        // … or, without one, compared by its known parts
        expect(
          weight(
            scored(ev('a', 'strike', t('XXXX-10-25')), ev('b', 'strike', t('XXXX-10'))),
            'event/compatible-times',
          ),
        ).toBe(0.1)
      })
      it('event/factuality-differs', () => {
        expect(
          weight(
            scored(ev('a', 'strike'), ev('b', 'strike', { status: 'hypothetical' })),
            'event/factuality-differs',
          ),
        ).toBe(-0.2)
      })
    })

    describe('align: threats', () => {
      const varga = () =>
        person('varga', 'Ilse Varga', { offices: [Actor.office('Defence Minister', V.id)] })
      const events = () => [
        Event.make('hit', 'strike', 'hit depots', {
          status: 'hypothetical',
          agents: [V.id],
          targets: [A.id],
        }),
        Event.make('leave', 'withdrawal', 'leave', {
          status: 'hypothetical',
          agents: [A.id],
          places: [Event.place('Tarsk valley')],
          time: Time.time('2030-11-01'),
        }),
      ]
      const th = (parts: Partial<Parameters<typeof Threat.make>[1]> = {}) =>
        Threat.make('t', {
          issuer: [ref('varga')],
          addressee: [A.id],
          enforcer: [V.id],
          condition: P.not(P.occurs(ref('leave') as never)),
          consequence: P.occurs(ref('hit') as never),
          ...parts,
        })
      const two = (a: Threat.Threat, b: Threat.Threat) =>
        proposal(
          corpus({
            r1: report({ actors: [V, A, K, varga()], events: events(), threats: [a] }),
            r2: report({ actors: [V, A, K, varga()], events: events(), threats: [b] }),
          }),
          'r1:t',
          'r2:t',
        )
      it('threat/same-issuers, same-addressees, same-consequence, same-condition, same-enforcers', () => {
        expect(codes(two(th(), th()))).toEqual([
          'threat/same-issuers',
          'threat/same-addressees',
          'threat/same-consequence',
          'threat/same-condition',
          'threat/same-enforcers',
        ])
      })
      it('threat/shared-issuers and threat/shared-addressees', () => {
        const p = two(th(), th({ issuer: [ref('varga'), V.id], addressee: [A.id, K.id] }))
        expect(codes(p).slice(0, 2)).toEqual(['threat/shared-issuers', 'threat/shared-addressees'])
      })
      it('threat/different-issuers and threat/different-addressees', () => {
        expect(
          weight(
            two(th(), th({ issuer: [ref('varga')], addressee: [K.id] })),
            'threat/different-addressees',
          ),
        ).toBe(-0.3)
        expect(weight(two(th(), th({ issuer: [K.id] })), 'threat/different-issuers')).toBe(-0.3)
      })
      it('threat/different-enforcers and threat/valence-differs', () => {
        expect(weight(two(th(), th({ enforcer: [K.id] })), 'threat/different-enforcers')).toBe(-0.1)
        expect(two(th(), th({ valence: 'positive' }))?.reasons.map((r) => r.code)).toContain(
          'threat/valence-differs',
        )
      })
    })

    describe('align: statements', () => {
      const strike = () =>
        Event.make('s', 'strike', 'a strike', { agents: [V.id], targets: [A.id] })
      const varga = () =>
        person('varga', 'Ilse Varga', { offices: [Actor.office('Defence Minister', V.id)] })
      const oskan = () => person('oskan', 'Timur Oskan')
      const embassy = (name = 'the Ardeshi embassy') =>
        Actor.organization('e', name, 'diplomatic', { country: 'ARD' })
      const st = (
        id: string,
        speaker: string,
        act: Statement.Act,
        content: Statement.Content,
        details = {},
      ) => Statement.make(id, [speaker as Id.ActorId], act, content, details)
      const two = (a: Statement.Statement, b: Statement.Statement) =>
        proposal(
          corpus({
            r1: report({
              actors: [V, A, varga(), oskan(), embassy()],
              events: [strike()],
              statements: [a],
            }),
            r2: report({
              actors: [V, A, varga(), oskan(), embassy()],
              events: [strike()],
              statements: [b],
            }),
          }),
          `r1:${a.id}`,
          `r2:${b.id}`,
        )
      const occurs = () => Statement.proposition(P.occurs(ref('s') as never))
      it('statement/same-content, statement/same-speakers, statement/same-act-code', () => {
        const p = two(st('a', 'varga', 'assert', occurs()), st('b', 'varga', 'state', occurs()))
        expect(codes(p)).toEqual([
          'statement/same-content',
          'statement/same-speakers',
          'statement/same-act-code',
        ])
        expect(p?.score).toBe(1)
      })
      it('statement/same-content: up to hedges and negation, whoever says it', () => {
        const denied = Statement.proposition(P.not(P.occurs(ref('s') as never)))
        expect(
          codes(two(st('a', 'varga', 'assert', occurs()), st('b', 'oskan', 'deny', denied))),
        ).toEqual(['statement/same-content'])
        const hedged = Statement.proposition(
          pipe(P.occurs(ref('s') as never), P.hedge(Likelihood.fromBand('likely'))),
        )
        expect(
          codes(two(st('a', 'varga', 'assert', occurs()), st('b', 'oskan', 'assert', hedged))),
        ).toEqual(['statement/same-content', 'statement/same-act-code'])
      })
      it('statement/same-content: what is said of one sourcing', () => {
        const of = (speaker: string, act: Statement.Act) =>
          Statement.make('g', [speaker as Id.ActorId], act, {
            kind: 'sourcing',
            target: { kind: 'source', source: Id2('varga') },
          })
        expect(codes(two(of('oskan', 'deny'), of('oskan', 'deny')))).toEqual([
          'statement/same-content',
          'statement/same-act-code',
        ])
      })
      it('statement/same-content: sourcings and reports of statements, by what they are about', () => {
        const sourcing = (id: string, act: Statement.Act, target: Statement.SourcingTarget) =>
          st(id, 'oskan', act, Statement.sourcing(target))
        const version = () =>
          report({
            actors: [V, A, varga(), oskan()],
            events: [strike()],
            statements: [
              st('claim', 'varga', 'assert', occurs()),
              sourcing('of-claim', 'deny', { kind: 'statement', statement: ref('claim') as never }),
              st('retold', 'oskan', 'report', Statement.nested(ref('claim') as never)),
              sourcing('of-outlet', 'confirm', { kind: 'report', publisher: V.id }),
              sourcing('of-report', 'note', { kind: 'report' }),
            ],
          })
        const c = corpus({ r1: version(), r2: version() })
        const pair = (id: string) => proposal(c, `r1:${id}`, `r2:${id}`)
        expect(codes(pair('of-claim'))).toContain('statement/same-content')
        expect(codes(pair('retold'))).toContain('statement/same-content')
        expect(codes(pair('of-outlet'))).toContain('statement/same-content')
        // a sourcing of a report that names no publisher: of which report, nobody can say
        expect(codes(pair('of-report'))).not.toContain('statement/same-content')
        // a sourcing of a claim is not the claim, nor a report of it
        expect(proposal(c, 'r1:of-claim', 'r2:retold')).toBeUndefined()
      })
      it('statement/content-differs: an unstated content is never the same claim', () => {
        const unstated = (id: string) =>
          Statement.make(id, [Id2('varga')], 'state', { kind: 'unstated' })
        expect(two(unstated('a'), unstated('b'))).toBeUndefined()
      })
      it('statement/content-differs: no proposal', () => {
        expect(
          two(st('a', 'varga', 'assert', occurs()), st('b', 'varga', 'assert', Statement.none)),
        ).toBeUndefined()
      })
      it('statement/both-no-content: non-answers by one speaker', () => {
        const p = two(
          st('a', 'e', 'decline_comment', Statement.none),
          st('b', 'e', 'decline_comment', Statement.none),
        )
        expect(codes(p)).toEqual([
          'statement/both-no-content',
          'statement/same-speakers',
          'statement/same-act-code',
        ])
        expect(
          two(
            st('a', 'e', 'decline_comment', Statement.none),
            st('b', 'varga', 'decline_comment', Statement.none),
          ),
        ).toBeUndefined()
      })
      it('statement/same-quote and statement/quote-contained', () => {
        const q = (quote: string) => ({ quote })
        expect(
          weight(
            two(
              st('a', 'varga', 'assert', occurs(), q('We won’t wait.')),
              st('b', 'oskan', 'assert', occurs(), q("we won't WAIT")),
            ),
            'statement/same-quote',
          ),
        ).toBe(0.2)
        expect(
          weight(
            two(
              st('a', 'varga', 'assert', occurs(), q('We won’t wait')),
              st('b', 'oskan', 'assert', occurs(), q('We won’t wait, and they know it')),
            ),
            'statement/quote-contained',
          ),
        ).toBe(0.1)
      })
    })

    describe('align: what is proposed', () => {
      const c = pairOfReports(
        [
          person('a', 'Ilse Varga', { offices: [Actor.office('Defence Minister', V.id)] }),
          person('b', 'Ilse Varga'),
        ],
        [
          person('a', 'Ilse Varga', { offices: [Actor.office('Defence Minister', V.id)] }),
          person('b', 'Tomas Varga'),
        ],
      )
      it('suggest/same-as: at least 0.8', () => {
        expect(proposal(c, 'r1:a', 'r2:a')).toMatchObject({ score: 0.9, link: 'same_as' })
        expect(proposal(c, 'r1:a', 'r2:a')?.likelihood).toBeUndefined()
      })
      it('suggest/possibly: at least 0.5, with the ICD 203 band of the score', () => {
        expect(proposal(c, 'r1:b', 'r2:a')).toMatchObject({
          score: 0.7,
          link: 'possibly_same_as',
          likelihood: { band: 'likely', factuality: 'PR+' },
        })
      })
      it('suggest/none: below 0.5', () => {
        expect(proposal(c, 'r1:b', 'r2:b')).toBeUndefined()
      })
      it('suggest/already-linked: one instance, or any link between them', () => {
        const linked = valid(
          Corpus.addLinks([
            Corpus.sameAs('actor', m('r1:a'), m('r2:a')),
            Corpus.possiblySameAs('actor', m('r1:b'), m('r2:a'), Likelihood.fromBand('likely')),
          ])(c),
        )
        const ps = Corpus.align()(linked)
        expect(Corpus.involving(m('r2:a'))(ps)).toEqual([])
      })
      it('only pairs between reports', () => {
        const one = corpus({
          r1: report({ actors: [person('a', 'Ilse Varga'), person('b', 'Ilse Varga')] }),
        })
        expect(Corpus.align()(one)).toEqual([])
      })
    })

    describe('align: candidates', () => {
      const many = (n: number, actor: () => Actor.Actor) =>
        corpus(
          Object.fromEntries(
            Array.from({ length: n }, (_, i) => [`r${i}`, report({ actors: [actor()] })]),
          ),
        )
      const varga = () => person('varga', 'Ilse Varga')
      it('a block larger than the window is compared by sorted neighbourhood', () => {
        const pairs = (ps: ReadonlyArray<Corpus.Proposal>) =>
          ps.map((p) => `${p.a.report}-${p.b.report}`)
        expect(pairs(Corpus.align({ window: 1 })(many(6, varga)))).toEqual([
          'r0-r1',
          'r1-r2',
          'r2-r3',
          'r3-r4',
          'r4-r5',
        ])
        expect(Corpus.align({ window: 2 })(many(6, varga))).toHaveLength(9)
        expect(Corpus.align()(many(6, varga))).toHaveLength(15)
      })
      it('a pair already joined by this run’s same_as suggestions is not proposed again', () => {
        const ps = Corpus.align()(many(6, () => V))
        expect(ps.map((p) => `${p.a.report}-${p.b.report}`)).toEqual([
          'r0-r1',
          'r0-r2',
          'r0-r3',
          'r0-r4',
          'r0-r5',
        ])
        // accepted, they are one instance
        const one = valid(Corpus.accept(ps)(many(6, () => V)))
        expect(
          Corpus.instancesOf('actor')(Corpus.instances(one)).filter((i) => i.mentions.length === 6),
        ).toHaveLength(1)
      })
      it('only: the pairs of one block', () => {
        const c = pairOfReports([person('varga', 'Ilse Varga')], [person('varga', 'Ilse Varga')])
        const ps = Corpus.align({ only: ['actor:name:varga'] })(c)
        expect(ps.map((p) => p.a.id)).toEqual(['varga'])
        expect(ps[0]!.key).toBe('actor:name:varga')
      })
    })

    describe('instances', () => {
      const c = corpus(
        {
          a: report({ actors: [V, A] }),
          b: report({ actors: [V, A] }),
          c: report({ actors: [V] }),
        },
        [
          Corpus.sameAs('actor', m('a:velmora'), m('b:velmora')),
          Corpus.sameAs('actor', m('c:velmora'), m('b:velmora')),
          Corpus.possiblySameAs(
            'actor',
            m('a:ardesh'),
            m('b:ardesh'),
            Likelihood.fromBand('likely'),
          ),
        ],
      )
      const ix = Corpus.instances(c)
      it('instances: same_as joins transitively; possibly_same_as never', () => {
        expect(ix.list.map((i) => [i.name, i.mentions.length])).toEqual([
          ['a:report', 1],
          ['a:velmora', 3],
          ['a:ardesh', 1],
          ['b:report', 1],
          ['b:ardesh', 1],
          ['c:report', 1],
        ])
      })
      it('instancesOf and instanceOf', () => {
        expect(Corpus.instancesOf('actor')(ix)).toHaveLength(6)
        expect(Corpus.instancesOf('event')(ix)).toEqual([])
        expect(
          pipe(
            ix,
            Corpus.instanceOf(m('c:velmora')),
            O.map((i) => i.name),
          ),
        ).toEqual(O.some('a:velmora'))
        expect(Corpus.instanceOf(m('c:nothing'))(ix)).toEqual(O.none)
      })
    })
  })
})

/** An event id (the tests write ids as plain strings). */
function ref(s: string): Id.ActorId {
  return s as Id.ActorId
}

// ------------------------------------------------------------------------------------
// claims across reports: corroboration, discrepancies, threats
// ------------------------------------------------------------------------------------

const strike = (details: Event.Details = {}) =>
  Event.make('strike', 'strike', 'Velmora strikes Tarsk', {
    agents: [V.id],
    targets: [A.id],
    ...details,
  })
const claim = (
  id: string,
  speaker: string,
  options: {
    act?: Statement.Act
    chain?: Attribution.Attribution
    quote?: string
    negated?: boolean
  } = {},
) =>
  Statement.make(
    id,
    [speaker as Id.ActorId],
    options.act ?? 'assert',
    Statement.proposition(
      options.negated === true ? P.not(P.occurs(strike().id)) : P.occurs(strike().id),
    ),
    {
      attribution: options.chain ?? Attribution.from(speaker as Id.ActorId, 'said'),
      ...(options.quote === undefined ? {} : { quote: options.quote }),
    },
  )
const outlet = (name: string) => Actor.outlet('outlet', name)
/** Reports that each carry one claim about one strike, with the claims and strikes linked. */
const claims = (
  versions: Readonly<
    Record<
      string,
      { actors: ReadonlyArray<Actor.Actor>; statement: Statement.Statement; outlet?: string }
    >
  >,
  links: ReadonlyArray<Corpus.Link> = [],
) => {
  const keys = Object.keys(versions)
  const reports = Object.fromEntries(
    keys.map((k) => {
      const v = versions[k]!
      return [
        k,
        report({
          actors: [V, A, ...(v.outlet === undefined ? [] : [outlet(v.outlet)]), ...v.actors],
          ...(v.outlet === undefined ? {} : { outlet: 'outlet' as Id.ActorId }),
          events: [strike()],
          statements: [v.statement],
        }),
      ]
    }),
  )
  const chain = keys
    .slice(1)
    .flatMap((k) => [
      Corpus.sameAs('event', m(`${keys[0]}:strike`), m(`${k}:strike`)),
      Corpus.sameAs(
        'statement',
        m(`${keys[0]}:${versions[keys[0]!]!.statement.id}`),
        m(`${k}:${versions[k]!.statement.id}`),
      ),
    ])
  return corpus(reports, [...chain, ...links])
}
const corroborated = (c: Corpus.CorpusData) =>
  Corpus.corroboration(c).find(
    (x) => x.instance.node === 'statement' && x.instance.mentions.length > 1,
  )!
const reasons = (x: Corpus.Corroboration) =>
  x.dependencies.map((d) => `${d.reason} ${d.sources.join(',')}`)

const varga = () => person('varga', 'Ilse Varga')
const oskan = () => person('oskan', 'Timur Oskan')
const official = (description = 'an official') =>
  Actor.anonymous('official', description, { count: 1, affiliation: V.id })

describe('Corpus', () => {
  describe('queries', () => {
    describe('corroboration: independence', () => {
      it('same_source: one actor instance is counted once', () => {
        const x = corroborated(
          claims(
            {
              a: { actors: [varga()], statement: claim('s', 'varga') },
              b: { actors: [varga()], statement: claim('s', 'varga') },
            },
            [Corpus.sameAs('actor', m('a:varga'), m('b:varga'))],
          ),
        )
        expect(x.independent).toEqual({ min: 1, max: 1 })
        expect(reasons(x)).toEqual(['same_source 0,1'])
        expect(x.onRecord).toBe(1)
      })
      it('different named sources are independent', () => {
        const x = corroborated(
          claims({
            a: { actors: [varga()], statement: claim('s', 'varga') },
            b: { actors: [oskan()], statement: claim('s', 'oskan') },
          }),
        )
        expect(x.independent).toEqual({ min: 2, max: 2 })
        expect(x.dependencies).toEqual([])
      })
      it('shared_chain_step: both learned it from one outlet’s report', () => {
        const axios = () => Actor.outlet('axios', 'Axios')
        const via = (s: string) =>
          pipe(Attribution.from(s as Id.ActorId, 'told'), Attribution.via(Id2('axios')))
        const x = corroborated(
          claims({
            a: {
              actors: [varga(), axios()],
              statement: claim('s', 'varga', { chain: via('varga') }),
            },
            b: {
              actors: [oskan(), axios()],
              statement: claim('s', 'oskan', { chain: via('oskan') }),
            },
            c: { actors: [official()], statement: claim('s', 'official'), outlet: 'AXIOS' },
          }),
        )
        expect(reasons(x)).toEqual(['shared_chain_step 0,1,2'])
        expect(x.independent).toEqual({ min: 1, max: 3 })
        expect(x.sources[0]!.via).toEqual(['Axios'])
      })
      it('derived_from: a report that retells another, or an outlet’s report', () => {
        const versions = {
          a: { actors: [varga()], statement: claim('s', 'varga'), outlet: 'Wire' },
          b: { actors: [oskan()], statement: claim('s', 'oskan') },
          c: {
            actors: [official(), Actor.outlet('wire', 'Wire')],
            statement: claim('s', 'official'),
          },
        }
        const x = corroborated(
          claims(versions, [Corpus.derivedFrom(Corpus.key('b'), Corpus.key('a'))]),
        )
        expect(reasons(x)).toEqual(['derived_from 0,1'])
        const y = corroborated(claims(versions, [Corpus.retells(Corpus.key('c'), Id2('wire'))]))
        expect(reasons(y)).toEqual(['derived_from 0,2'])
        expect(y.independent).toEqual({ min: 2, max: 3 })
      })
      it('derived_from: what a report says of itself (a publisher, an address)', () => {
        const base = {
          a: { actors: [varga()], statement: claim('s', 'varga'), outlet: 'Wire' },
          b: { actors: [oskan()], statement: claim('s', 'oskan') },
        }
        const c = claims(base)
        const retold = (
          derivedFrom: ReadonlyArray<Report.Derivation>,
          extra: ReadonlyArray<Actor.Actor> = [],
        ) => {
          const e = c.reports.map((x) =>
            x.key === 'b'
              ? {
                  key: x.key,
                  report: {
                    ...Report.encode(x.report),
                    actors: [...x.report.actors, ...extra],
                    derivedFrom,
                  },
                }
              : x.key === 'a'
                ? {
                    key: x.key,
                    report: { ...Report.encode(x.report), url: 'https://wire.example/strike' },
                  }
                : x,
          )
          return corroborated(valid(Corpus.make({ reports: e, links: c.links })))
        }
        expect(reasons(retold([{ url: 'https://wire.example/strike', kind: 'retells' }]))).toEqual([
          'derived_from 0,1',
        ])
        expect(
          reasons(
            retold([{ publisher: Id2('wire'), kind: 'cites' }], [Actor.outlet('wire', 'Wire')]),
          ),
        ).toEqual(['derived_from 0,1'])
        expect(reasons(retold([{ url: 'https://elsewhere.example/', kind: 'retells' }]))).toEqual(
          [],
        )
      })
      it('possibly_same_as: anonymous sources that may be one person', () => {
        const versions = {
          a: { actors: [official('a senior official')], statement: claim('s', 'official') },
          b: { actors: [official('an official')], statement: claim('s', 'official') },
        }
        const link = Corpus.possiblySameAs(
          'actor',
          m('a:official'),
          m('b:official'),
          Likelihood.fromBand('likely'),
        )
        const x = corroborated(claims(versions, [link]))
        expect(reasons(x)).toEqual(['possibly_same_as 0,1'])
        expect(x.independent).toEqual({ min: 1, max: 2 })
        expect(x.anonymous).toBe(2)
        expect(corroborated(claims(versions)).independent).toEqual({ min: 2, max: 2 })
      })
      it('identical_quote: the same words after normalisation', () => {
        const x = corroborated(
          claims({
            a: {
              actors: [varga()],
              statement: claim('s', 'varga', { quote: '“It won’t happen again,” she said' }),
            },
            b: {
              actors: [oskan()],
              statement: claim('s', 'oskan', { quote: "It won't happen again, she said." }),
            },
          }),
        )
        expect(reasons(x)).toEqual(['identical_quote 0,1'])
        expect(x.dependencies[0]!.message).toBe('the same words: "it won t happen again she said"')
      })
      it('same_outlet: two reports of one outlet', () => {
        const x = corroborated(
          claims({
            a: { actors: [varga()], statement: claim('s', 'varga'), outlet: 'The Gazette' },
            b: { actors: [oskan()], statement: claim('s', 'oskan'), outlet: 'the gazette' },
          }),
        )
        expect(reasons(x)).toEqual(['same_outlet 0,1'])
        expect(x.independent).toEqual({ min: 1, max: 2 })
      })
      it('unattributed sources and contradicting ones are counted apart', () => {
        const reportedly: Attribution.Attribution = { chain: [{ cue: 'reportedly' }] }
        const x = corroborated(
          claims({
            a: { actors: [varga()], statement: claim('s', 'varga') },
            b: { actors: [official()], statement: claim('s', 'official', { chain: reportedly }) },
            c: { actors: [oskan()], statement: claim('s', 'oskan', { act: 'deny' }) },
          }),
        )
        expect(x.sources.map((s) => [s.standing, s.contradicts])).toEqual([
          ['on_record', false],
          ['unattributed', false],
          ['on_record', true],
        ])
        expect([x.independent, x.contradicting, x.unattributed]).toEqual([
          { min: 1, max: 1 },
          { min: 1, max: 1 },
          1,
        ])
      })
      it('a threat’s sources are the statements that state it, or the report’s voice', () => {
        const th = Threat.make('t', {
          issuer: [Id2('varga')],
          addressee: [A.id],
          consequence: P.occurs(Id2('strike') as never),
        })
        const c = corpus(
          {
            a: report({
              actors: [V, A, varga()],
              events: [strike()],
              threats: [th],
              statements: [
                Statement.make('w', [Id2('varga')], 'warn', Statement.threat(th.id), {
                  attribution: Attribution.from(Id2('varga'), 'warned'),
                }),
              ],
            }),
            b: report({ actors: [V, A, varga()], events: [strike()], threats: [th] }),
          },
          [Corpus.sameAs('threat', m('a:t'), m('b:t'))],
        )
        const x = Corpus.corroboration(c).find((y) => y.instance.node === 'threat')!
        expect(x.sources.map((s) => [s.mention.report, s.label])).toEqual([
          ['a', 'Ilse Varga'],
          ['b', 'the report (report b)'],
        ])
      })
    })

    describe('corroboration: suggested credibility', () => {
      const row = (c: Corpus.CorpusData) => [
        corroborated(c).credibility.row,
        corroborated(c).credibility.credibility,
      ]
      const reportedly: Attribution.Attribution = { chain: [{ cue: 'reportedly' }] }
      const anon = (d: string) => Actor.anonymous('official', d, { count: 1, affiliation: V.id })
      const possibly = Corpus.possiblySameAs(
        'actor',
        m('a:official'),
        m('b:official'),
        Likelihood.fromBand('likely'),
      )
      it('credibility/no-source', () => {
        expect(
          row(
            claims({
              a: { actors: [official()], statement: claim('s', 'official', { chain: reportedly }) },
              b: { actors: [official()], statement: claim('s', 'official', { chain: reportedly }) },
            }),
          ),
        ).toEqual(['credibility/no-source', 6])
      })
      it('credibility/confirmed', () => {
        expect(
          row(
            claims({
              a: { actors: [varga()], statement: claim('s', 'varga') },
              b: { actors: [oskan()], statement: claim('s', 'oskan') },
            }),
          ),
        ).toEqual(['credibility/confirmed', 1])
      })
      it('credibility/contested', () => {
        const third = {
          actors: [person('x', 'Mara Kessa')],
          statement: claim('s', 'x', { negated: true }),
        }
        expect(
          row(
            claims({
              a: { actors: [varga()], statement: claim('s', 'varga') },
              b: { actors: [oskan()], statement: claim('s', 'oskan') },
              c: third,
            }),
          ),
        ).toEqual(['credibility/contested', 2])
      })
      it('credibility/probable', () => {
        expect(
          row(
            claims(
              {
                a: { actors: [anon('a')], statement: claim('s', 'official') },
                b: { actors: [anon('b')], statement: claim('s', 'official') },
              },
              [possibly],
            ),
          ),
        ).toEqual(['credibility/probable', 2])
      })
      it('credibility/uncertain', () => {
        const c = claims(
          {
            a: { actors: [anon('a')], statement: claim('s', 'official') },
            b: { actors: [anon('b')], statement: claim('s', 'official') },
            c: { actors: [oskan()], statement: claim('s', 'oskan', { act: 'deny' }) },
          },
          [possibly],
        )
        expect(row(c)).toEqual(['credibility/uncertain', 3])
      })
      it('credibility/single', () => {
        const one = corpus({
          a: report({
            actors: [V, A, varga()],
            events: [strike()],
            statements: [claim('s', 'varga')],
          }),
        })
        expect(Corpus.corroboration(one).map((x) => x.credibility.row)).toEqual([
          'credibility/single',
        ])
      })
      it('credibility/doubtful', () => {
        expect(
          row(
            claims({
              a: { actors: [varga()], statement: claim('s', 'varga') },
              b: { actors: [oskan()], statement: claim('s', 'oskan', { act: 'deny' }) },
            }),
          ),
        ).toEqual(['credibility/doubtful', 4])
      })
      it('credibility/improbable', () => {
        expect(
          row(
            claims({
              a: { actors: [varga()], statement: claim('s', 'varga') },
              b: { actors: [oskan()], statement: claim('s', 'oskan', { act: 'deny' }) },
              c: {
                actors: [person('x', 'Mara Kessa')],
                statement: claim('s', 'x', { negated: true }),
              },
            }),
          ),
        ).toEqual(['credibility/improbable', 5])
      })
    })

    describe('singleAnonymousSource: per claim, across reports', () => {
      const anon = (d: string, count: number | 'unknown' = 1) =>
        Actor.anonymous('official', d, { count, affiliation: V.id })
      const possibly = Corpus.possiblySameAs(
        'actor',
        m('a:official'),
        m('b:official'),
        Likelihood.fromBand('likely'),
      )
      const two = (
        x: Actor.Actor,
        y: Actor.Actor,
        links: ReadonlyArray<Corpus.Link> = [possibly],
      ) =>
        Corpus.singleAnonymousSource(
          claims(
            {
              a: { actors: [x], statement: claim('s', x.id) },
              b: { actors: [y], statement: claim('s', y.id) },
            },
            links,
          ),
        )
      it('single-anonymous/fires: two reports quote what may be one anonymous person', () => {
        const found = two(anon('a senior official'), anon('an official'))
        expect(found.map((i) => [i.code, i.severity, i.node, i.path.join('/')])).toEqual([
          ['corpus/single-anonymous-source', 'warning', 'a:s', 'reports/0/report/statements/0'],
        ])
        expect(found[0]!.message).toBe(
          'across 2 reports, the claim rests on what may be one anonymous person: a senior official (1) (a); an official (1) (b)',
        )
      })
      it('single-anonymous/on-record: an on-the-record source in another report clears it', () => {
        expect(two(anon('an official'), varga(), [])).toEqual([])
      })
      it('single-anonymous/on-record: two anonymous sources that cannot be one person clear it', () => {
        expect(two(anon('an official'), anon('another official'), [])).toEqual([])
        expect(two(anon('officials', 2), anon('an official'))).toEqual([])
      })
      it('single-anonymous/one-report: a claim in one report is the per-report rule’s', () => {
        const one = corpus({
          a: report({
            actors: [V, A, anon('a person familiar with the talks')],
            events: [strike()],
            statements: [claim('s', 'official')],
          }),
          b: report({ actors: [V, A, varga()], events: [strike()] }),
        })
        expect(Corpus.singleAnonymousSource(one)).toEqual([])
      })
      it('single-anonymous/excepted: every source states why it is anonymous', () => {
        const why = (d: string, reason: string) =>
          Actor.anonymous('official', d, {
            count: 1,
            affiliation: V.id,
            reasonForAnonymity: reason,
          })
        expect(
          two(
            why('a diplomat', 'was not authorised to speak publicly'),
            why('an envoy', 'the talks are confidential'),
          ),
        ).toEqual([])
        // one of them gives no reason: the claim still rests on what may be one person
        const found = two(why('a diplomat', 'feared reprisals'), anon('an official'))
        expect(found.map((i) => i.code)).toEqual(['corpus/single-anonymous-source'])
      })
      it('single-anonymous/fires: three reports, one possible person', () => {
        const c = claims(
          {
            a: { actors: [anon('a senior aide')], statement: claim('s', 'official') },
            b: { actors: [anon('an aide')], statement: claim('s', 'official') },
            c: {
              actors: [anon('a person close to the minister')],
              statement: claim('s', 'official'),
            },
          },
          [
            Corpus.possiblySameAs(
              'actor',
              m('a:official'),
              m('b:official'),
              Likelihood.fromBand('likely'),
            ),
            Corpus.possiblySameAs(
              'actor',
              m('b:official'),
              m('c:official'),
              Likelihood.fromBand('likely'),
            ),
          ],
        )
        const found = Corpus.singleAnonymousSource(c)
        expect(found.map((i) => i.message.slice(0, 17))).toEqual(['across 3 reports,'])
      })
    })
  })
})

/** An id of any kind, written as a plain string. */
function Id2(s: string): Id.ActorId {
  return s as Id.ActorId
}

describe('Corpus', () => {
  describe('queries', () => {
    describe('discrepancies', () => {
      /** Two versions of one event, linked, with both states linked too. */
      const events = (
        a: Event.Details,
        b: Event.Details,
        pa: Partial<Report.Parts> = {},
        pb: Partial<Report.Parts> = {},
      ) =>
        Corpus.discrepancies(
          corpus(
            {
              r1: report({ actors: [V, A, K], events: [strike(a)], ...pa }),
              r2: report({ actors: [V, A, K], events: [strike(b)], ...pb }),
            },
            [
              Corpus.sameAs('event', m('r1:strike'), m('r2:strike')),
              Corpus.sameAs('actor', m('r1:velmora'), m('r2:velmora')),
              Corpus.sameAs('actor', m('r1:ardesh'), m('r2:ardesh')),
              Corpus.sameAs('actor', m('r1:kestria'), m('r2:kestria')),
            ],
          ),
        )
      const row = (ds: ReadonlyArray<Corpus.Discrepancy>) =>
        ds.map((d) => `${d.field} ${d.nature} ${d.relation}`)
      const t = (s: string) => ({ time: Time.time(s) })
      it('no discrepancy when the versions agree', () => {
        expect(events(t('2030-10-25'), t('2030-10-25'))).toEqual([])
      })
      it('time/conflict', () => {
        const ds = events(t('2030-10-25'), t('2030-10-26'))
        expect(row(ds)).toEqual(['time conflict time/conflict'])
        expect(ds[0]).toMatchObject({
          instance: 'r1:strike',
          node: 'event',
          reference: { value: '2030-10-25', mentions: [{ report: 'r1', id: 'strike' }] },
          other: { value: '2030-10-26', mentions: [{ report: 'r2', id: 'strike' }] },
        })
        expect(ds[0]!.message).toBe(
          'time: r1 says "2030-10-25", r2 "2030-10-26" — conflict: the times cannot meet',
        )
      })
      it('time/more-specific', () => {
        expect(row(events(t('2030-10'), t('2030-10-25')))).toEqual([
          'time refinement time/more-specific',
        ])
      })
      it('time/compatible', () => {
        expect(row(events(t('2030-10-20/2030-10-26'), t('2030-10-25/2030-10-30')))).toEqual([
          'time refinement time/compatible',
        ])
      })
      it('time/unknown', () => {
        const friday = { time: Time.relative('on Friday', { weekday: 'friday', which: 'last' }) }
        expect(row(events(t('2030-10-25'), friday))).toEqual(['time undetermined time/unknown'])
        // with a publication date, the relative time is placed
        expect(
          row(events(t('2030-10-25'), friday, {}, { published: Time.time('2030-10-27') })),
        ).toEqual([])
      })
      it('time: an unstated year takes the year of each report’s publication date', () => {
        const a = { published: Time.time('2030-10-27') }
        expect(
          row(events(t('XXXX-10-25'), t('XXXX-10-26'), a, { published: Time.time('2030-10-28') })),
        ).toEqual(['time conflict time/conflict'])
        expect(row(events(t('XXXX-10-25'), t('2030-10-25'), a))).toEqual([])
        // a year supplied from another year's publication date makes another day
        expect(row(events(t('XXXX-10-25'), t('2031-10-25'), a))).toEqual([
          'time conflict time/conflict',
        ])
      })
      it('time: without a publication date, an unstated year is compared by its known parts', () => {
        expect(row(events(t('XXXX-10-25'), t('XXXX-10-26')))).toEqual([
          'time conflict time/conflict',
        ])
        expect(row(events(t('XXXX-10'), t('XXXX-10-26')))).toEqual([
          'time refinement time/more-specific',
        ])
        expect(row(events(t('XXXX-10-25'), t('2030-10-25')))).toEqual([
          'time refinement time/more-specific',
        ])
        expect(row(events(t('XXXX-10-25'), t('2030-10-26')))).toEqual([
          'time conflict time/conflict',
        ])
      })
      it('time/no-common-day: the pair that proves it', () => {
        const ds = Corpus.discrepancies(
          corpus(
            {
              r1: report({ actors: [V, A], events: [strike(t('2030-10'))] }),
              r2: report({ actors: [V, A], events: [strike(t('2030-09-15/2030-10-15'))] }),
              r3: report({ actors: [V, A], events: [strike(t('2030-10-16/2030-11-16'))] }),
            },
            [
              Corpus.sameAs('event', m('r1:strike'), m('r2:strike')),
              Corpus.sameAs('event', m('r1:strike'), m('r3:strike')),
            ],
          ),
        ).filter((d) => d.field === 'time')
        expect(
          ds.map(
            (d) =>
              `${d.relation} ${d.reference.mentions[0]!.report} ${d.other.mentions[0]!.report}`,
          ),
        ).toEqual(['time/compatible r1 r2', 'time/compatible r1 r3', 'time/no-common-day r2 r3'])
      })
      it('type', () => {
        expect(row(events({}, {}).concat(events({}, {})))).toEqual([])
        const typed = (type: string) =>
          Corpus.discrepancies(
            corpus(
              {
                r1: report({ actors: [V, A], events: [strike()] }),
                r2: report({ actors: [V, A], events: [{ ...strike(), type }] }),
              },
              [Corpus.sameAs('event', m('r1:strike'), m('r2:strike'))],
            ),
          ).filter((d) => d.field === 'type')
        expect(row(typed('drone strike'))).toEqual(['type refinement type/within'])
        expect(row(typed('shelling'))).toEqual(['type conflict type/differ'])
      })
      it('agents and targets', () => {
        expect(row(events({}, { agents: [V.id, K.id] }))).toEqual(['agents refinement set/within'])
        expect(row(events({}, { agents: [K.id] }))).toEqual(['agents conflict set/differ'])
        expect(row(events({ targets: [A.id, K.id] }, {}))).toEqual([
          'targets refinement set/within',
        ])
      })
      it('places', () => {
        const at = (...ps: ReadonlyArray<readonly [string, string]>) => ({
          places: ps.map(([name, country]) => Event.place(name, { country })),
        })
        expect(row(events(at(['Tarsk', 'ARD']), at(['the Tarsk pumping station', 'ARD'])))).toEqual(
          ['places refinement places/within'],
        )
        expect(row(events(at(['Tarsk', 'ARD']), at(['Tarsk', 'ARD'], ['Kessa', 'ARD'])))).toEqual([
          'places refinement places/within',
        ])
        expect(row(events(at(['Tarsk', 'ARD']), at(['Kessa', 'ARD'])))).toEqual([
          'places conflict places/differ',
        ])
        expect(row(events(at(['Tarsk', 'ARD']), at(['Tarsk', 'VLM'])))).toEqual([
          'places conflict places/different-countries',
        ])
      })

      /** Two statements of one claim, linked, with their speakers' instances. */
      const statements = (
        a: Statement.Statement,
        b: Statement.Statement,
        links: ReadonlyArray<Corpus.Link> = [],
      ) =>
        Corpus.discrepancies(
          corpus(
            {
              r1: report({ actors: [V, A, varga(), oskan()], events: [strike()], statements: [a] }),
              r2: report({ actors: [V, A, varga(), oskan()], events: [strike()], statements: [b] }),
            },
            [
              Corpus.sameAs('statement', m(`r1:${a.id}`), m(`r2:${b.id}`)),
              Corpus.sameAs('event', m('r1:strike'), m('r2:strike')),
              Corpus.sameAs('actor', m('r1:varga'), m('r2:varga')),
              Corpus.sameAs('actor', m('r1:oskan'), m('r2:oskan')),
              Corpus.sameAs('actor', m('r1:velmora'), m('r2:velmora')),
              Corpus.sameAs('actor', m('r1:ardesh'), m('r2:ardesh')),
              ...links,
            ],
          ),
        )
      it('speakers: the same words given to different speakers', () => {
        const q = { quote: 'We won’t wait' }
        expect(row(statements(claim('s', 'varga', q), claim('s', 'oskan', q)))).toEqual([
          'speakers conflict set/differ',
        ])
        // without the same words, two speakers of one claim are two sources, not a discrepancy
        expect(row(statements(claim('s', 'varga'), claim('s', 'oskan')))).toEqual([])
      })
      it('act: by one speaker, one code refines, another conflicts', () => {
        expect(
          row(
            statements(
              claim('s', 'varga', { act: 'warn' }),
              claim('s', 'varga', { act: 'threaten' }),
            ),
          ),
        ).toEqual(['act refinement act/same-code'])
        expect(
          row(
            statements(
              claim('s', 'varga', { act: 'request' }),
              claim('s', 'varga', { act: 'demand' }),
            ),
          ),
        ).toEqual(['act conflict act/different-code'])
      })
      it('quote', () => {
        expect(
          row(
            statements(
              claim('s', 'varga', { quote: 'We won’t wait' }),
              claim('s', 'varga', { quote: "we won't wait!" }),
            ),
          ),
        ).toEqual([])
        expect(
          row(
            statements(
              claim('s', 'varga', { quote: 'We won’t wait' }),
              claim('s', 'varga', { quote: 'We won’t wait, and they know it' }),
            ),
          ),
        ).toEqual(['quote refinement quote/within'])
        expect(
          row(
            statements(
              claim('s', 'varga', { quote: 'We won’t wait' }),
              claim('s', 'varga', { quote: 'We will not wait' }),
            ),
          ),
        ).toEqual(['quote conflict quote/differ'])
      })
      it('content: a negation, a hedge, another claim', () => {
        expect(
          row(statements(claim('s', 'varga'), claim('s', 'oskan', { negated: true }))),
        ).toEqual(['content conflict content/negation'])
        const denied = statements(claim('s', 'varga'), claim('s', 'oskan', { act: 'deny' }))
        expect(row(denied)).toEqual(['content conflict content/negation'])
        expect(denied[0]!.other.value).toBe('denies: Velmora strikes Tarsk')
        const hedged = Statement.make(
          's',
          [Id2('oskan')],
          'assert',
          Statement.proposition(
            pipe(P.occurs(Id2('strike') as never), P.hedge(Likelihood.fromBand('likely'))),
          ),
        )
        expect(row(statements(claim('s', 'varga'), hedged))).toEqual([
          'content refinement content/hedged',
        ])
        const nothing = Statement.make('s', [Id2('oskan')], 'assert', Statement.none)
        expect(row(statements(claim('s', 'varga'), nothing))).toEqual([
          'content conflict content/differ',
        ])
      })
      it('content: what is said of a sourcing — its act and what it is about', () => {
        const of = (id: string, act: Statement.Act, target: Statement.SourcingTarget) =>
          Statement.make(id, [Id2('oskan')], act, Statement.sourcing(target))
        const source = { kind: 'source', source: Id2('varga') } as const
        const denied = statements(of('g', 'deny', source), of('g', 'confirm', source))
        const content = denied.filter((d) => d.field === 'content')
        expect(content.map((d) => `${d.nature} ${d.relation}`)).toEqual(['conflict content/differ'])
        expect([content[0]!.reference.value, content[0]!.other.value]).toEqual([
          'denies a sourcing',
          'confirms a sourcing',
        ])
        expect(row(statements(of('g', 'deny', source), of('g', 'deny', source)))).toEqual([])
        // the same act about another thing: a report, or a statement
        expect(
          row(statements(of('g', 'deny', source), of('g', 'deny', { kind: 'report' }))),
        ).toEqual(['content conflict content/differ'])
        const about = (id: string) =>
          of('g', 'note', { kind: 'statement', statement: Id2(id) as unknown as Id.StatementId })
        expect(
          row(statements(about('g'), of('g', 'note', { kind: 'report', publisher: V.id }))),
        ).toEqual(['content conflict content/differ'])
      })
      it('content: one does not say what was said', () => {
        const unstated = Statement.make('s', [Id2('oskan')], 'state', { kind: 'unstated' })
        expect(row(statements(claim('s', 'varga'), unstated))).toEqual([
          'content refinement content/unstated',
        ])
      })
      it('speakers: whose words they are, when a spokesman relays them', () => {
        const q = { quote: 'We won’t wait' }
        const relayed = { ...claim('s', 'varga', q), wordsBy: [Id2('oskan')] as const }
        expect(row(statements(claim('s', 'varga', q), relayed))).toEqual([
          'speakers conflict set/differ',
        ])
      })
      it('non-answer: the kind of non-answer of one speaker', () => {
        const silent = (act: Statement.Act) =>
          Statement.make('n', [Id2('oskan')], act, Statement.none)
        expect(row(statements(silent('decline_comment'), silent('decline_comment')))).toEqual([])
        expect(row(statements(silent('decline_comment'), silent('no_response')))).toEqual([
          'non-answer conflict non-answer/differ',
        ])
      })

      /** Two versions of one threat, linked. */
      const threats = (
        a: Partial<Parameters<typeof Threat.make>[1]>,
        b: Partial<Parameters<typeof Threat.make>[1]>,
        pa: Partial<Report.Parts> = {},
        pb: Partial<Report.Parts> = {},
      ) => {
        const th = (x: Partial<Parameters<typeof Threat.make>[1]>) =>
          Threat.make('t', {
            issuer: [Id2('varga')],
            addressee: [A.id],
            consequence: P.occurs(Id2('strike') as never),
            ...x,
          })
        return Corpus.discrepancies(
          corpus(
            {
              r1: report({
                actors: [V, A, K, varga()],
                events: [strike({ status: 'hypothetical' })],
                threats: [th(a)],
                ...pa,
              }),
              r2: report({
                actors: [V, A, K, varga()],
                events: [strike({ status: 'hypothetical' })],
                threats: [th(b)],
                ...pb,
              }),
            },
            [
              Corpus.sameAs('threat', m('r1:t'), m('r2:t')),
              Corpus.sameAs('event', m('r1:strike'), m('r2:strike')),
              Corpus.sameAs('actor', m('r1:varga'), m('r2:varga')),
              Corpus.sameAs('actor', m('r1:velmora'), m('r2:velmora')),
              Corpus.sameAs('actor', m('r1:ardesh'), m('r2:ardesh')),
            ],
          ),
        )
      }
      it('issuers, addressees, enforcers', () => {
        expect(row(threats({}, { issuer: [Id2('varga'), V.id] }))).toEqual([
          'issuers refinement set/within',
        ])
        expect(row(threats({}, { addressee: [K.id] }))).toEqual(['addressees conflict set/differ'])
        expect(row(threats({ enforcer: [V.id] }, { enforcer: [K.id] }))).toEqual([
          'enforcers conflict set/differ',
        ])
      })
      it('consequence', () => {
        expect(
          row(
            threats(
              {},
              {
                consequence: pipe(
                  P.occurs(Id2('strike') as never),
                  P.hedge(Likelihood.fromBand('likely')),
                ),
              },
            ),
          ),
        ).toEqual(['consequence refinement content/hedged'])
        expect(row(threats({}, { consequence: P.not(P.occurs(Id2('strike') as never)) }))).toEqual([
          'consequence conflict content/negation',
        ])
      })
      it('deadline', () => {
        const d = (s: string) => ({ deadline: Time.time(s) })
        expect(
          row(
            threats(
              d('XXXX-11-01'),
              d('XXXX-11-03'),
              { published: Time.time('2030-10-27') },
              { published: Time.time('2030-10-28') },
            ),
          ),
        ).toEqual(['deadline conflict time/conflict'])
        expect(row(threats(d('2030-11'), d('2030-11-01')))).toEqual([
          'deadline refinement time/more-specific',
        ])
      })
      it('only instances with mentions in two reports', () => {
        const c = corpus(
          {
            r1: report({
              actors: [V, A],
              events: [
                strike(t('2030-10-25')),
                { ...strike(t('2030-10-26')), id: 'x' as Id.EventId },
              ],
            }),
          },
          [Corpus.sameAs('event', m('r1:strike'), m('r1:x'))],
        )
        expect(Corpus.discrepancies(c)).toEqual([])
      })
    })

    describe('timeline and threat status across reports', () => {
      const leave = (status: Event.Status = 'hypothetical') =>
        Event.make('leave', 'withdrawal', 'troops leave', { status, agents: [A.id] })
      const hit = () =>
        Event.make('hit', 'strike', 'strike depots', {
          status: 'hypothetical',
          agents: [V.id],
          targets: [A.id],
        })
      const warning = Threat.make('t', {
        issuer: [Id2('varga')],
        addressee: [A.id],
        condition: P.not(P.occurs(Id2('leave') as never)),
        consequence: P.occurs(Id2('hit') as never),
        deadline: Time.time('XXXX-11-01'),
      })
      const first = report({
        actors: [V, A, varga()],
        events: [leave(), hit()],
        threats: [warning],
        published: Time.time('2030-10-27'),
      })
      const later = (
        statements: ReadonlyArray<Statement.Statement>,
        events = [leave(), hit()],
        published = '2030-11-01',
      ) => report({ actors: [V, A], events, statements, published: Time.time(published) })
      const linked = (r2: Report.Report) =>
        corpus({ r1: first, r2 }, [
          Corpus.sameAs('event', m('r1:leave'), m('r2:leave')),
          Corpus.sameAs('event', m('r1:hit'), m('r2:hit')),
        ])
      const own = (p: P.Proposition, time?: string) =>
        Statement.make(
          'own',
          [Id2('report')],
          'state',
          Statement.proposition(p),
          time === undefined ? {} : { time: Time.time(time) },
        )
      it('timeline/event: an event reported as occurred', () => {
        const t = Corpus.timeline(linked(later([], [leave('occurred'), hit()])))
        expect(t.timeline.entries).toEqual([{ kind: 'occurred', event: 'r1:leave' }])
        expect(t.origins).toEqual([
          { mention: { report: 'r2', id: 'leave' }, row: 'timeline/event' },
        ])
      })
      it('timeline/asserted: the report’s own voice says it occurred', () => {
        const t = Corpus.timeline(
          linked(later([own(P.occurs(Id2('leave') as never), 'XXXX-10-30')])),
        )
        expect(t.timeline.entries).toEqual([
          { kind: 'occurred', event: 'r1:leave', time: '2030-10-30' },
        ])
        expect(t.origins[0]!.row).toBe('timeline/asserted')
      })
      it('timeline/denied: the report’s own voice says it had not occurred', () => {
        const t = Corpus.timeline(linked(later([own(P.not(P.occurs(Id2('leave') as never)))])))
        expect(t.timeline.entries).toEqual([
          { kind: 'not_occurred', event: 'r1:leave', by: '2030-11-01' },
        ])
        expect(t.origins[0]!.row).toBe('timeline/denied')
      })
      it('timeline/asserted: each event of an "and"; nothing from an "or" or a negated "and"', () => {
        const leaveAndHit = P.and(P.occurs(Id2('leave') as never), P.occurs(Id2('hit') as never))
        const both = Corpus.timeline(linked(later([own(leaveAndHit)])))
        expect(both.timeline.entries).toEqual([
          { kind: 'occurred', event: 'r1:leave', time: '2030-11-01' },
          { kind: 'occurred', event: 'r1:hit', time: '2030-11-01' },
        ])
        expect(both.origins.map((o) => o.row)).toEqual(['timeline/asserted', 'timeline/asserted'])
        const either = P.or(P.occurs(Id2('leave') as never), P.occurs(Id2('hit') as never))
        expect(Corpus.timeline(linked(later([own(either)]))).timeline.entries).toEqual([])
        expect(Corpus.timeline(linked(later([own(P.not(leaveAndHit))]))).timeline.entries).toEqual(
          [],
        )
      })
      it('without a publication date or a time: an occurrence without a time, no denial', () => {
        const undated = (statements: ReadonlyArray<Statement.Statement>) =>
          corpus(
            { r1: first, r2: report({ actors: [V, A], events: [leave(), hit()], statements }) },
            [Corpus.sameAs('event', m('r1:leave'), m('r2:leave'))],
          )
        expect(
          Corpus.timeline(undated([own(P.occurs(Id2('leave') as never))])).timeline.entries,
        ).toEqual([{ kind: 'occurred', event: 'r1:leave' }])
        expect(
          Corpus.timeline(undated([own(P.not(P.occurs(Id2('leave') as never)))])).timeline.entries,
        ).toEqual([])
      })
      it('statements that are no claims of fact: other acts, no proposition', () => {
        const asked = Statement.make(
          'q',
          [Id2('report')],
          'urge',
          Statement.proposition(P.occurs(Id2('leave') as never)),
        )
        const silent = Statement.make('n', [Id2('report')], 'state', Statement.unstated)
        expect(Corpus.timeline(linked(later([asked, silent]))).timeline.entries).toEqual([])
      })
      it('claims of others, and hedged claims, are not facts', () => {
        const hedged = Statement.make(
          'h',
          [Id2('report')],
          'state',
          Statement.proposition(
            pipe(P.occurs(Id2('leave') as never), P.hedge(Likelihood.fromBand('likely'))),
          ),
        )
        const c = linked(
          report({
            actors: [V, A, varga()],
            events: [leave(), hit()],
            statements: [
              hedged,
              Statement.make(
                'v',
                [Id2('varga')],
                'assert',
                Statement.proposition(P.occurs(Id2('leave') as never)),
              ),
            ],
          }),
        )
        expect(Corpus.timeline(c).timeline.entries).toEqual([])
      })
      it('threatStatus: a later report moves a threat from pending to triggered', () => {
        // the later report, published the day after the deadline, says the troops had not left by it
        const [status] = Corpus.threatStatus()(
          linked(
            later(
              [own(P.not(P.occurs(Id2('leave') as never)), 'XXXX-11-01')],
              undefined,
              '2030-11-02',
            ),
          ),
        )
        expect(status!.instance.name).toBe('r1:t')
        expect(status!.asOf).toBe('2030-11-02')
        expect(
          status!.mentions.map((x) => [x.mention.report, x.alone.kind, x.corpus.kind]),
        ).toEqual([['r1', 'pending', 'triggered']])
        expect(status!.status.kind).toBe('triggered')
        // without the later report's knowledge, the deadline passes and nobody knows
        const [alone] = Corpus.threatStatus()(linked(later([], undefined, '2030-11-02')))
        expect(alone!.status.kind).toBe('unknown')
      })
      it('threatStatus: conditions of "and" and "or" over event instances; a window for a deadline', () => {
        const open = Threat.make('t', {
          issuer: [Id2('varga')],
          addressee: [A.id],
          condition: P.or(
            P.occurs(Id2('leave') as never),
            P.and(P.occurs(Id2('leave') as never), P.occurs(Id2('hit') as never)),
          ),
          consequence: P.occurs(Id2('hit') as never),
          window: Time.time('XXXX-11'),
        })
        const r1 = report({
          actors: [V, A, varga()],
          events: [leave(), hit()],
          threats: [open],
          published: Time.time('2030-10-27'),
        })
        const c = corpus(
          {
            r1,
            r2: later(
              [
                own(P.occurs(Id2('leave') as never), 'XXXX-11-01'),
                {
                  ...own(P.occurs(Id2('hit') as never), 'XXXX-11-02'),
                  id: 'own2' as Id.StatementId,
                },
              ],
              undefined,
              '2030-11-03',
            ),
          },
          [
            Corpus.sameAs('event', m('r1:leave'), m('r2:leave')),
            Corpus.sameAs('event', m('r1:hit'), m('r2:hit')),
          ],
        )
        const [s] = Corpus.threatStatus()(c)
        expect(s!.mentions.map((x) => [x.alone.kind, x.corpus.kind])).toEqual([
          ['pending', 'carried_out'],
        ])
      })
      it('threatStatus: the instance’s status is that of its most recent mention', () => {
        const r2 = report({
          actors: [V, A, varga()],
          events: [leave(), hit()],
          threats: [{ ...warning, withdrawn: true }],
          published: Time.time('2030-10-30'),
        })
        const c = corpus({ r1: first, r2 }, [Corpus.sameAs('threat', m('r1:t'), m('r2:t'))])
        const [s] = Corpus.threatStatus()(c)
        expect(s!.mentions.map((x) => x.corpus.kind)).toEqual(['pending', 'withdrawn'])
        expect(s!.status.kind).toBe('withdrawn')
      })
    })
  })
})

// ------------------------------------------------------------------------------------
// stance: what the statement carrying a claim says of it
// ------------------------------------------------------------------------------------

/** A speaker of a stance test, with an attribution from itself. */
interface Carrier {
  readonly id: string
  readonly speaker: Actor.Actor
  readonly act: Statement.Act
}
/**
 * Reports that each carry one threat (an ultimatum, or a promise with `positive`), stated
 * or denied by the given statements, or in the report's own voice when none is given; the
 * threats, their events and every speaker of one name are linked across reports.
 */
const stances = (
  versions: Readonly<Record<string, ReadonlyArray<Carrier>>>,
  valence: Threat.Valence = 'negative',
) => {
  const keys = Object.keys(versions)
  const th = Threat.make('t', {
    issuer: [V.id],
    addressee: [A.id],
    consequence: P.occurs(Id2('strike') as never),
    valence,
  })
  const reports = Object.fromEntries(
    keys.map((k) => [
      k,
      report({
        actors: [V, A, ...versions[k]!.map((c) => c.speaker)],
        events: [strike({ status: 'hypothetical' })],
        threats: [th],
        statements: versions[k]!.map((c) =>
          Statement.make(c.id, [c.speaker.id], c.act, Statement.threat(th.id), {
            attribution: Attribution.from(c.speaker.id, 'said'),
          }),
        ),
      }),
    ]),
  )
  const links = keys
    .slice(1)
    .flatMap((k) => [
      Corpus.sameAs('threat', m(`${keys[0]}:t`), m(`${k}:t`)),
      Corpus.sameAs('event', m(`${keys[0]}:strike`), m(`${k}:strike`)),
      Corpus.sameAs('actor', m(`${keys[0]}:velmora`), m(`${k}:velmora`)),
      Corpus.sameAs('actor', m(`${keys[0]}:ardesh`), m(`${k}:ardesh`)),
    ])
  return corpus(reports, links)
}
const threatOf = (c: Corpus.CorpusData) =>
  Corpus.corroboration(c).find((x) => x.instance.node === 'threat')!
const summary = (x: Corpus.Corroboration) => ({
  independent: x.independent,
  contradicting: x.contradicting,
  row: x.credibility.row,
})
const conflicts = (c: Corpus.CorpusData) =>
  Corpus.discrepancies(c)
    .filter((d) => d.nature === 'conflict')
    .map((d) => `${d.field} ${d.relation}`)

describe('Corpus', () => {
  describe('queries', () => {
    describe('corroboration: stance', () => {
      const minister = () => person('minister', 'Lena Hald')
      const spokesman = () => Actor.anonymous('spokesman', 'a ministry spokesman', { count: 1 })
      const diplomats = () => Actor.anonymous('diplomats', 'two diplomats', { count: 2 })
      const envoy = () => person('envoy', 'Piet Sandor')

      it('stance/deny: "no offer was on the table" contradicts a promise, never backs it', () => {
        const c = stances(
          {
            ledger: [{ id: 'promised', speaker: minister(), act: 'promise' }],
            wire: [{ id: 'no-offer', speaker: diplomats(), act: 'deny' }],
          },
          'positive',
        )
        expect(threatOf(c).sources.map((s) => [s.mention.report, s.contradicts])).toEqual([
          ['ledger', false],
          ['wire', true],
        ])
        expect(summary(threatOf(c))).toEqual({
          independent: { min: 1, max: 1 },
          contradicting: { min: 1, max: 1 },
          row: 'credibility/doubtful',
        })
        expect(conflicts(c)).toEqual(['stance stance/denied'])
      })
      it('stance/deny: "denied that any deal existed", "rejected reports of an ultimatum"', () => {
        // two reports state the ultimatum, two deny it
        const c = stances({
          a: [{ id: 'warned', speaker: minister(), act: 'threaten' }],
          b: [{ id: 'told', speaker: envoy(), act: 'warn' }],
          c: [{ id: 'no-deal', speaker: spokesman(), act: 'deny' }],
          d: [{ id: 'rejected-reports', speaker: person('kora', 'Aylin Kora'), act: 'deny' }],
        })
        expect(summary(threatOf(c))).toEqual({
          independent: { min: 2, max: 2 },
          contradicting: { min: 2, max: 2 },
          row: 'credibility/contested',
        })
        // one conflict: the reports that state it against the reports that only deny it
        expect(conflicts(c)).toEqual(['stance stance/denied'])
        const d = Corpus.discrepancies(c).find((x) => x.field === 'stance')!
        expect([d.reference.value, d.other.value]).toEqual([
          'stated',
          'only denied or retracted: no-deal',
        ])
        expect([d.reference, d.other].map((x) => x.mentions.map((y) => y.report))).toEqual([
          ['a', 'b'],
          ['c', 'd'],
        ])
      })
      it('stance/deny: a threat in one report’s own voice, denied in another', () => {
        const c = stances({
          gazette: [],
          courier: [{ id: 'denied', speaker: spokesman(), act: 'deny' }],
        })
        expect(summary(threatOf(c))).toEqual({
          independent: { min: 1, max: 1 },
          contradicting: { min: 1, max: 1 },
          row: 'credibility/doubtful',
        })
        expect(conflicts(c)).toEqual(['stance stance/denied'])
      })
      it('stance/deny: only denials, nothing backs it', () => {
        const c = stances({
          a: [{ id: 'x', speaker: minister(), act: 'deny' }],
          b: [{ id: 'y', speaker: envoy(), act: 'deny' }],
        })
        expect(summary(threatOf(c))).toEqual({
          independent: { min: 0, max: 0 },
          contradicting: { min: 2, max: 2 },
          row: 'credibility/no-source',
        })
        expect(conflicts(c)).toEqual([])
      })
      it('stance/retract: the issuer takes the warning back', () => {
        const c = stances({
          a: [{ id: 'warned', speaker: minister(), act: 'warn' }],
          b: [{ id: 'took-back', speaker: minister(), act: 'retract' }],
        })
        expect(threatOf(c).sources.map((s) => s.contradicts)).toEqual([false, true])
        expect(threatOf(c).credibility.row).toBe('credibility/doubtful')
        expect(conflicts(c)).toEqual(['stance stance/denied'])
      })
      it('stance/states: a report that both states and denies it backs it and contradicts it', () => {
        const c = stances({
          a: [{ id: 'warned', speaker: minister(), act: 'threaten' }],
          b: [
            { id: 'told', speaker: envoy(), act: 'threaten' },
            { id: 'denied', speaker: spokesman(), act: 'deny' },
          ],
        })
        expect(summary(threatOf(c))).toEqual({
          independent: { min: 2, max: 2 },
          contradicting: { min: 1, max: 1 },
          row: 'credibility/contested',
        })
        expect(conflicts(c)).toEqual([])
      })
      it('stance/states: rejecting an offer, or withdrawing a threat, presupposes it', () => {
        const c = stances(
          {
            a: [{ id: 'offered', speaker: minister(), act: 'offer' }],
            b: [{ id: 'turned-down', speaker: envoy(), act: 'reject' }],
            c: [{ id: 'pulled', speaker: spokesman(), act: 'withdraw' }],
          },
          'positive',
        )
        expect(summary(threatOf(c))).toEqual({
          independent: { min: 3, max: 3 },
          contradicting: { min: 0, max: 0 },
          row: 'credibility/confirmed',
        })
        expect(conflicts(c)).toEqual([])
      })
      it('stance/negation: "said the troops were not in the valley"', () => {
        const x = corroborated(
          claims({
            a: { actors: [minister()], statement: claim('s', 'minister') },
            b: { actors: [envoy()], statement: claim('s', 'envoy', { negated: true }) },
          }),
        )
        expect(x.sources.map((s) => s.contradicts)).toEqual([false, true])
      })
      it('stance/retract: a source that takes a claim back contradicts it', () => {
        const c = claims({
          a: { actors: [minister()], statement: claim('s', 'minister') },
          b: { actors: [envoy()], statement: claim('s', 'envoy', { act: 'retract' }) },
        })
        expect(corroborated(c).sources.map((s) => s.contradicts)).toEqual([false, true])
        expect(corroborated(c).credibility.row).toBe('credibility/doubtful')
        expect(conflicts(c)).toContain('content content/negation')
      })
      it('stance/deny-negation: "denied that no deal existed" backs the deal', () => {
        const x = corroborated(
          claims({
            a: { actors: [minister()], statement: claim('s', 'minister') },
            b: {
              actors: [envoy()],
              statement: claim('s', 'envoy', { act: 'deny', negated: true }),
            },
          }),
        )
        expect(x.sources.map((s) => s.contradicts)).toEqual([false, false])
        expect(x.credibility.row).toBe('credibility/confirmed')
      })
      it('stance/deny: a statement promising and one denying one promise are a negation', () => {
        const th = Threat.make('t', {
          issuer: [V.id],
          addressee: [A.id],
          consequence: P.occurs(Id2('strike') as never),
          valence: 'positive',
        })
        const version = (act: Statement.Act, speaker: Actor.Actor) =>
          report({
            actors: [V, A, speaker],
            events: [strike({ status: 'hypothetical' })],
            threats: [th],
            statements: [
              Statement.make('s', [speaker.id], act, Statement.threat(th.id), {
                attribution: Attribution.from(speaker.id, 'said'),
              }),
            ],
          })
        const c = corpus({ a: version('promise', minister()), b: version('deny', envoy()) }, [
          Corpus.sameAs('threat', m('a:t'), m('b:t')),
          Corpus.sameAs('statement', m('a:s'), m('b:s')),
          Corpus.sameAs('event', m('a:strike'), m('b:strike')),
          Corpus.sameAs('actor', m('a:velmora'), m('b:velmora')),
          Corpus.sameAs('actor', m('a:ardesh'), m('b:ardesh')),
        ])
        const x = corroborated(c)
        expect(x.sources.map((s) => s.contradicts)).toEqual([false, true])
        expect(conflicts(c)).toEqual(['content content/negation', 'stance stance/denied'])
      })
    })
  })
})
