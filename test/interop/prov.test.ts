import { pipe } from 'fp-ts/lib/function.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Actor, Attribution, Event, Proposition as P, Statement } from '../../src/index.js'
import * as Prov from '../../src/interop/prov.js'
import * as fixtures from '../../src/fixtures/index.js'
import { validReport } from '../support/valid.js'
import { decoded, relationKinds, quads, report } from './support.js'

const B = 'https://example.org/r'
const PROV = 'http://www.w3.org/ns/prov#'
const CG = Prov.VOCAB
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const triple = (s: string, p: string, o: string) => `<${s}> <${p}> ${o} .`
const iri = (s: string) => `<${s}>`
const lit = (s: string) => JSON.stringify(s)

const eu = Actor.organization('eu', 'European Commission', 'international')
const spokes = pipe(
  Actor.person('spokes', 'Eric Mamer', { offices: [Actor.office('chief spokesperson', eu.id)] }),
  Actor.relate('acts_for', eu.id),
)
const sources = Actor.anonymous('sources', 'EU diplomats', { count: 2, affiliation: eu.id })
const wire = Actor.outlet('wire', 'Reuters', { external: { wikidata: 'Q130879' } })
const world = [eu, spokes, sources, wire]
const tariffs = Event.make('tariffs', 'sanction', 'tariffs on steel', { agents: [eu.id] })

const said = pipe(
  Statement.make('said', [spokes.id], 'state', Statement.proposition(P.occurs(tariffs.id))),
  Statement.quoting('We will respond firmly.'),
  Statement.attributed(
    pipe(
      Attribution.from(sources.id, 'told', []),
      Attribution.graded({ reliability: 'B', credibility: 2 }),
      Attribution.via(wire.id, 'according to'),
      Attribution.reportedly(),
    ),
  ),
)
const reply = pipe(
  Statement.make('reply', [eu.id], 'deny', Statement.proposition(P.occurs(tariffs.id))),
  Statement.replyTo(said.id),
)
const echo = Statement.make('echo', [wire.id], 'echo', Statement.nested(said.id))
const r = report({
  actors: world,
  events: [tariffs],
  statements: [said, reply, echo],
  outlet: wire.id,
})

describe('interop/prov', () => {
  describe('model', () => {
    it('ACTOR_RELATIONS: acts_for is actedOnBehalfOf; the other relations are not exported', () => {
      expect(Prov.ACTOR_RELATIONS).toEqual({
        acts_for: 'prov:actedOnBehalfOf',
        member_of: undefined,
        part_of: undefined,
        aligned_with: undefined,
        linked_to: undefined,
      })
    })
    it('RELATIONS: every event relation has a defined fate', () => {
      expect(Object.keys(Prov.RELATIONS).sort()).toEqual([...relationKinds()].sort())
      for (const fate of Object.values(Prov.RELATIONS)) expect(fate).toMatch(/^not exported: /)
    })
  })

  describe('queries', () => {
    describe("fromReport, expanded: the guide's table row by row", () => {
      let lines: ReadonlyArray<string> = []
      beforeAll(async () => {
        lines = await quads(Prov.fromReport(r, { base: B }))
      })
      const has = (s: string, p: string, o: string) => expect(lines).toContain(triple(s, p, o))
      const a = (id: string) => `${B}#actor-${id}`
      const st = (id: string) => `${B}#statement-${id}`

      it('an actor: prov:Agent, and a person a prov:Person, an organization a prov:Organization', () => {
        has(a('spokes'), RDF_TYPE, iri(`${PROV}Agent`))
        has(a('spokes'), RDF_TYPE, iri(`${PROV}Person`))
        has(a('eu'), RDF_TYPE, iri(`${PROV}Organization`))
        has(a('sources'), RDFS + 'label', lit('EU diplomats (2)'))
        has(
          a('wire'),
          'http://www.w3.org/2002/07/owl#sameAs',
          iri('http://www.wikidata.org/entity/Q130879'),
        )
      })
      it('acts_for: actedOnBehalfOf, qualified with the role "acts for"', () => {
        has(a('spokes'), `${PROV}actedOnBehalfOf`, iri(a('eu')))
        expect(lines.filter((l) => l.includes(`<${PROV}hadRole>`)).length).toBe(3)
        expect(lines.some((l) => l.includes(`${RDFS}label> "acts for"`))).toBe(true)
      })
      it('an office in a body: actedOnBehalfOf the body, the title as the role', () =>
        expect(lines.some((l) => l.includes(`${RDFS}label> "chief spokesperson"`))).toBe(true))
      it("an anonymous source's affiliation: actedOnBehalfOf it", () =>
        has(a('sources'), `${PROV}actedOnBehalfOf`, iri(a('eu'))))
      it('the report: a collection attributed to its outlet and author voice, with its accounts', () => {
        has(B, RDF_TYPE, iri(`${PROV}Collection`))
        has(B, `${PROV}wasAttributedTo`, iri(a('wire')))
        has(B, `${PROV}wasAttributedTo`, iri(a('me')))
        has(B, `${PROV}hadMember`, iri(st('said')))
      })
      it("a statement's speech act: an activity with cg:act, associated with the speakers", () => {
        has(`${st('said')}-act`, RDF_TYPE, iri(`${PROV}Activity`))
        has(`${st('said')}-act`, `${CG}act`, lit('state'))
        has(`${st('said')}-act`, `${PROV}wasAssociatedWith`, iri(a('spokes')))
      })
      it('reply-to: the act wasInformedBy the act it replies to', () =>
        has(`${st('reply')}-act`, `${PROV}wasInformedBy`, iri(`${st('said')}-act`)))
      it('the utterance: attributed to the speakers, generated by the act, with the quote', () => {
        has(`${st('said')}-utterance`, `${PROV}wasAttributedTo`, iri(a('spokes')))
        has(`${st('said')}-utterance`, `${PROV}wasGeneratedBy`, iri(`${st('said')}-act`))
        has(`${st('said')}-utterance`, `${PROV}value`, lit('We will respond firmly.'))
        has(`${st('echo')}-utterance`, `${PROV}wasDerivedFrom`, iri(`${st('said')}-utterance`))
      })
      it('each link of the attribution chain: a hop attributed to its source, derived from the one before, cue and grading qualified', () => {
        has(`${st('said')}-hop-0`, `${PROV}wasAttributedTo`, iri(a('sources')))
        has(`${st('said')}-hop-0`, `${PROV}wasDerivedFrom`, iri(`${st('said')}-utterance`))
        has(`${st('said')}-hop-1`, `${PROV}wasAttributedTo`, iri(a('wire')))
        has(`${st('said')}-hop-1`, `${PROV}wasDerivedFrom`, iri(`${st('said')}-hop-0`))
        has(`${st('said')}-hop-2`, `${PROV}wasDerivedFrom`, iri(`${st('said')}-hop-1`))
        expect(
          lines.some((l) => l.startsWith(`<${st('said')}-hop-2> <${PROV}wasAttributedTo>`)),
        ).toBe(false)
        expect(lines.some((l) => l.includes(`<${CG}grading> "B2"`))).toBe(true)
        for (const cue of ['told', 'according to', 'reportedly'])
          expect(
            lines.some((l) => l.includes(`<${CG}cue> ${lit(cue)}`)),
            cue,
          ).toBe(true)
      })
      it("the report's account: attributed to the author voice, derived from the last hop", () => {
        has(st('said'), `${PROV}wasAttributedTo`, iri(a('me')))
        has(st('said'), `${PROV}wasDerivedFrom`, iri(`${st('said')}-hop-2`))
        has(st('reply'), `${PROV}wasDerivedFrom`, iri(`${st('reply')}-utterance`))
      })
      it('a direct quote: the account wasQuotedFrom the utterance, with the words', () => {
        has(st('said'), `${PROV}wasQuotedFrom`, iri(`${st('said')}-utterance`))
        has(st('said'), `${PROV}value`, lit('We will respond firmly.'))
        expect(lines.some((l) => l.startsWith(`<${st('reply')}> <${PROV}wasQuotedFrom>`))).toBe(
          false,
        )
      })
      it('events and threats are not exported', () =>
        expect(lines.some((l) => l.includes('tariffs'))).toBe(false))
    })

    describe('fromReport, expanded: message routes, words by others, sourcing, medium', () => {
      const oman = Actor.state('oman', 'Oman', 'OMN')
      const envoy = Actor.unnamed('envoy', 'an envoy', { count: 1, affiliation: oman.id })
      const minister = Actor.person('fm', 'the foreign minister')
      const carried = pipe(
        Statement.make('msg', [eu.id], 'warn', Statement.proposition(P.not(P.occurs(tariffs.id)))),
        Statement.through(oman.id, { role: 'mediator', cue: 'through' }),
        Statement.through(envoy.id, { role: 'messenger', onBehalfOf: minister.id }),
        Statement.inMedium(Statement.medium('letter')),
        Statement.quoting('Enough.'),
        Statement.inWordsOf(spokes.id),
      )
      const denial = Statement.make(
        'denial',
        [eu.id],
        'deny',
        Statement.sourcing({ kind: 'statement', statement: said.id }),
      )
      const silent = Statement.make('silent', [wire.id], 'unreachable', Statement.none)
      let lines: ReadonlyArray<string> = []
      beforeAll(async () => {
        const rr = report({
          actors: [...world, oman, envoy, minister],
          events: [tariffs],
          statements: [said, carried, denial, silent],
        })
        lines = await quads(Prov.fromReport(rr, { base: B }))
      })
      const a = (id: string) => `${B}#actor-${id}`
      const st = (id: string) => `${B}#statement-${id}`
      it('the medium: cg:medium on the act', () =>
        expect(lines).toContain(triple(`${st('msg')}-act`, `${CG}medium`, lit('letter'))))
      it('an intermediary: associated with the act, acting for whom it carries for, for that act', () => {
        expect(lines).toContain(
          triple(`${st('msg')}-act`, `${PROV}wasAssociatedWith`, iri(a('oman'))),
        )
        expect(lines).toContain(
          triple(`${st('msg')}-act`, `${PROV}wasAssociatedWith`, iri(a('envoy'))),
        )
        expect(lines).toContain(triple(a('oman'), `${PROV}actedOnBehalfOf`, iri(a('eu'))))
        expect(lines).toContain(triple(a('envoy'), `${PROV}actedOnBehalfOf`, iri(a('fm'))))
        expect(lines.some((l) => l.includes(`<${PROV}hadActivity> <${st('msg')}-act>`))).toBe(true)
        for (const role of ['mediator', 'messenger'])
          expect(
            lines.some((l) => l.includes(`${RDFS}label> ${lit(role)}`)),
            role,
          ).toBe(true)
      })
      it('words by someone else: the utterance is attributed to them too', () =>
        expect(lines).toContain(
          triple(`${st('msg')}-utterance`, `${PROV}wasAttributedTo`, iri(a('spokes'))),
        ))
      it('a statement about a sourcing: influenced by the account it is about', () =>
        expect(lines).toContain(
          triple(`${st('denial')}-utterance`, `${PROV}wasInfluencedBy`, iri(st('said'))),
        ))
      it('a non-answer is a speech activity like any other', () =>
        expect(lines).toContain(triple(`${st('silent')}-act`, `${CG}act`, lit('unreachable'))))
    })

    it('the default base is a URN; the document loads no context', async () => {
      const doc = Prov.fromReport(r)
      expect(doc['@graph'][0]?.['@id']).toBe('urn:claimgraph:report#actor-me')
      expect(typeof doc['@context']).toBe('object')
      expect((await quads(doc)).length).toBeGreaterThan(50)
    })

    it('the seed: the warning travelled from two U.S. officials through Axios', async () => {
      const lines = await quads(Prov.fromReport(fixtures.report, { base: B }))
      const s = `${B}#statement-administration-warned-iraq`
      expect(lines).toContain(
        triple(`${s}-hop-0`, `${PROV}wasAttributedTo`, iri(`${B}#actor-two-us-officials`)),
      )
      expect(lines).toContain(
        triple(`${s}-hop-1`, `${PROV}wasAttributedTo`, iri(`${B}#actor-axios`)),
      )
      expect(lines).toContain(
        triple(`${s}-utterance`, `${PROV}wasAttributedTo`, iri(`${B}#actor-biden-administration`)),
      )
      expect(lines).toContain(
        triple(`${B}#actor-miller`, `${PROV}actedOnBehalfOf`, iri(`${B}#actor-state-department`)),
      )
    })

    test.prop([validReport, fc.webUrl()], { numRuns: 25 })(
      'any valid report expands, every node with an IRI of the base',
      async (data, base) => {
        const doc = Prov.fromReport(decoded(data), { base })
        const lines = await quads(doc)
        expect(lines.length).toBeGreaterThan(0)
        for (const n of doc['@graph']) expect(n['@id'].startsWith(base)).toBe(true)
      },
    )
  })
})
