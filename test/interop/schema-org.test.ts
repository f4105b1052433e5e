import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import type { Claim, ClaimReview, Graph, WithContext } from 'schema-dts'
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { test } from '@fast-check/vitest'
import {
  Actor,
  DecodeError,
  Event,
  Proposition as P,
  Statement,
  Threat,
  Time,
} from '../../src/index.js'
import * as SchemaOrg from '../../src/interop/schema-org.js'
import * as fixtures from '../../src/fixtures/index.js'
import { validReport } from '../support/valid.js'
import { decoded, relationKinds, loaded, quads, report, right } from './support.js'

const B = 'https://example.org/r'
const S = 'http://schema.org/'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const triple = (s: string, p: string, o: string) => `<${s}> <${p}> ${o} .`
const iri = (s: string) => `<${s}>`
const lit = (s: string) => JSON.stringify(s)

const br = Actor.state('brazil', 'Brazil', 'BRA', { external: { wikidata: 'Q155' } })
const ibama = Actor.organization('ibama', 'Ibama', 'government', { country: 'BRA' })
const ngo = Actor.organization('ngo', 'Greenpeace', 'ngo')
const party = Actor.organization('pl', 'Liberal Party', 'party')
const firm = Actor.organization('firm', 'Vale', 'business')
const paper = Actor.outlet('folha', 'Folha de S.Paulo')
const minister = Actor.person('marina', 'Marina Silva', {
  offices: [Actor.office('Minister of the Environment', ibama.id)],
  external: { wikidata: 'Q465620' },
})
const source = Actor.anonymous('source', 'an official', { count: 1, affiliation: ibama.id })
const sources = Actor.anonymous('sources', 'officials')
const both = Actor.collective('both', 'Ibama and Greenpeace', [ibama.id, ngo.id])
const world = [br, ibama, ngo, party, firm, paper, minister, source, sources, both]

const fires = Event.make('fires', 'fire', 'fires in Pará', { agents: [firm.id] })
const fine = Event.make('fine', 'sanction', 'a fine on Vale', {
  agents: [ibama.id],
  targets: [firm.id],
})
const warning = Threat.make('w', {
  issuer: [ibama.id],
  addressee: [firm.id],
  condition: P.occurs(fires.id),
  consequence: P.occurs(fine.id),
})
const quoted = pipe(
  Statement.make(
    'quoted',
    [minister.id],
    'state',
    Statement.proposition(P.not(P.occurs(fires.id))),
  ),
  Statement.quoting('There were no fires on protected land.'),
  Statement.at(Time.time('2024-08-02')),
)
const warned = pipe(
  Statement.make('warned', [ibama.id], 'warn', Statement.threat(warning.id)),
  Statement.to(firm.id),
)
const noComment = Statement.make('silent', [firm.id], 'decline_comment', Statement.none)
const echoed = Statement.make(
  'echoed',
  [source.id, sources.id],
  'echo',
  Statement.nested(quoted.id),
)
const r = report({
  actors: world,
  events: [fires, fine],
  threats: [warning],
  statements: [quoted, warned, noComment, echoed],
  outlet: paper.id,
  language: 'pt-BR',
  published: Time.time('2024-08-03'),
})

describe('interop/schema-org', () => {
  describe('model', () => {
    it('RELATIONS: every event relation has a defined fate', () => {
      expect(Object.keys(SchemaOrg.RELATIONS).sort()).toEqual([...relationKinds()].sort())
      for (const fate of Object.values(SchemaOrg.RELATIONS)) expect(fate).toMatch(/^not exported: /)
    })
  })

  describe('queries', () => {
    it('fromReport is typed as a schema-dts Graph', () => {
      expectTypeOf(SchemaOrg.fromReport).returns.toEqualTypeOf<Graph>()
      expectTypeOf<WithContext<Claim>>().toHaveProperty('appearance')
    })

    describe("fromReport, expanded against the schema.org context: the guide's table row by row", () => {
      let lines: ReadonlyArray<string> = []
      beforeAll(async () => {
        loaded.length = 0
        lines = await quads(SchemaOrg.fromReport(r, { base: B }))
      })
      const has = (s: string, p: string, o: string) => expect(lines).toContain(triple(s, p, o))
      const a = (id: string) => `${B}#actor-${id}`
      const c = (id: string) => `${B}#claim-${id}`

      it('the context came from the local copy of https://schema.org, and nothing else was fetched', () =>
        expect([...new Set(loaded)]).toEqual(['https://schema.org']))
      it('the report: a NewsArticle with headline, language, date and publisher', () => {
        has(B, RDF_TYPE, iri(`${S}NewsArticle`))
        has(B, `${S}headline`, lit('A report'))
        has(B, `${S}inLanguage`, lit('pt-BR'))
        has(B, `${S}datePublished`, `"2024-08-03"^^<${S}Date>`)
        has(B, `${S}publisher`, iri(a('folha')))
      })
      it('a statement with content: a Claim by its speakers, appearing in the report', () => {
        has(c('quoted'), RDF_TYPE, iri(`${S}Claim`))
        has(c('quoted'), `${S}author`, iri(a('marina')))
        has(c('quoted'), `${S}appearance`, iri(B))
        has(c('quoted'), `${S}text`, lit('There were no fires on protected land.'))
        has(c('quoted'), `${S}dateCreated`, `"2024-08-02"^^<${S}Date>`)
        has(c('echoed'), `${S}author`, iri(a('sources')))
      })
      it('a threat: one Claim in words, by its issuers; the statements of it are based on it', () => {
        has(`${B}#threat-w`, RDF_TYPE, iri(`${S}Claim`))
        has(`${B}#threat-w`, `${S}text`, lit('if fires in Pará, then a fine on Vale'))
        has(`${B}#threat-w`, `${S}author`, iri(a('ibama')))
        has(c('warned'), `${S}isBasedOn`, iri(`${B}#threat-w`))
        expect(lines.some((l) => l.startsWith(`<${c('warned')}> <${S}text>`))).toBe(false)
      })
      it('a statement of a statement: based on its claim', () => {
        has(c('echoed'), `${S}isBasedOn`, iri(c('quoted')))
      })
      it('a statement without content: no Claim', () =>
        expect(lines.some((l) => l.includes('claim-silent'))).toBe(false))
      it('a person: Person with job title, employer and Wikidata page', () => {
        has(a('marina'), RDF_TYPE, iri(`${S}Person`))
        has(a('marina'), `${S}jobTitle`, lit('Minister of the Environment'))
        has(a('marina'), `${S}worksFor`, iri(a('ibama')))
        has(a('marina'), `${S}sameAs`, iri('https://www.wikidata.org/wiki/Q465620'))
      })
      it('a state, a government body: GovernmentOrganization', () => {
        has(a('brazil'), RDF_TYPE, iri(`${S}GovernmentOrganization`))
        has(a('ibama'), RDF_TYPE, iri(`${S}GovernmentOrganization`))
      })
      it('an outlet: NewsMediaOrganization', () =>
        has(a('folha'), RDF_TYPE, iri(`${S}NewsMediaOrganization`)))
      it('an organization: by sector', () => {
        has(a('ngo'), RDF_TYPE, iri(`${S}NGO`))
        has(a('pl'), RDF_TYPE, iri(`${S}PoliticalParty`))
        has(a('firm'), RDF_TYPE, iri(`${S}Corporation`))
      })
      it('an anonymous source: a Person (one) or an Organization, described as anonymous', () => {
        has(a('source'), RDF_TYPE, iri(`${S}Person`))
        has(a('source'), `${S}affiliation`, iri(a('ibama')))
        has(a('source'), `${S}description`, lit('an anonymous source of 1'))
        has(a('sources'), RDF_TYPE, iri(`${S}Organization`))
      })
      it('a collective: an Organization with its members', () => {
        has(a('both'), `${S}member`, iri(a('ibama')))
        has(a('both'), `${S}member`, iri(a('ngo')))
      })
      it('the author voice is no node of its own', () =>
        expect(lines.some((l) => l.includes('actor-me'))).toBe(false))
    })

    it('a statement about a sourcing is based on the claim it is about; unstated content has no text', () => {
      const denial = Statement.make(
        'denial',
        [ibama.id],
        'deny',
        Statement.sourcing({ kind: 'statement', statement: quoted.id }),
      )
      const cited = Statement.make('cited', [paper.id], 'report', Statement.unstated)
      const gone = Statement.make('gone', [firm.id], 'unreachable', Statement.none)
      const g = SchemaOrg.fromReport(
        report({ actors: world, events: [fires], statements: [quoted, denial, cited, gone] }),
        { base: B },
      )
      const node = (id: string) =>
        g['@graph'].find((n) => typeof n === 'object' && n['@id'] === `${B}#claim-${id}`)
      expect(node('denial')).toMatchObject({ isBasedOn: { '@id': `${B}#claim-quoted` } })
      expect(node('cited')).toEqual({
        '@type': 'Claim',
        '@id': `${B}#claim-cited`,
        name: 'Folha de S.Paulo → report',
        author: [{ '@id': `${B}#actor-folha` }],
        appearance: { '@id': B },
      })
      expect(node('gone')).toBeUndefined()
    })

    it('the seed: every statement with content is a claim appearing in the report', async () => {
      const g = SchemaOrg.fromReport(fixtures.report, { base: B })
      const claims = g['@graph'].filter((n) => typeof n === 'object' && n['@type'] === 'Claim')
      expect(claims).toHaveLength(17)
      const lines = await quads(g)
      expect(lines).toContain(
        triple(
          `${B}#claim-administration-warned-iraq`,
          `${S}author`,
          iri(`${B}#actor-biden-administration`),
        ),
      )
    })

    test.prop([validReport], { numRuns: 25 })('any valid report expands', async (data) => {
      const lines = await quads(SchemaOrg.fromReport(decoded(data), { base: B }))
      expect(lines.some((l) => l.includes(`${S}NewsArticle`))).toBe(true)
    })
  })

  describe('combinators', () => {
    describe('review', () => {
      const verdict = {
        statement: 'quoted',
        rating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
        author: { name: 'Aos Fatos', url: 'https://www.aosfatos.org' },
        datePublished: '2024-08-05',
        url: 'https://www.aosfatos.org/review/1',
      }
      it('your verdict: a ClaimReview of the claim, typed by schema-dts', async () => {
        const g = right(SchemaOrg.review([verdict], { base: B })(r))
        const reviews = g['@graph'].filter(
          (n) => typeof n === 'object' && n['@type'] === 'ClaimReview',
        )
        expect(reviews).toEqual([
          {
            '@type': 'ClaimReview',
            '@id': `${B}#review-0`,
            itemReviewed: { '@id': `${B}#claim-quoted` },
            claimReviewed: 'There were no fires on protected land.',
            reviewRating: {
              '@type': 'Rating',
              alternateName: 'False',
              ratingValue: 1,
              bestRating: 5,
              worstRating: 1,
            },
            author: { '@type': 'Organization', name: 'Aos Fatos', url: 'https://www.aosfatos.org' },
            datePublished: '2024-08-05',
            url: 'https://www.aosfatos.org/review/1',
          },
        ])
        expectTypeOf(reviews[0]!).toMatchTypeOf<ClaimReview | string>()
        const lines = await quads(g)
        expect(lines).toContain(
          triple(`${B}#review-0`, `${S}itemReviewed`, iri(`${B}#claim-quoted`)),
        )
        expect(lines).toContain(
          triple(`${B}#review-0`, `${S}url`, iri('https://www.aosfatos.org/review/1')),
        )
      })
      it('errors: bad verdicts and verdicts on statements without a claim, with paths', () => {
        const bad = SchemaOrg.review([{ statement: 'x' }], { base: B })(r)
        expect(E.isLeft(bad) && DecodeError.toList(bad.left).map((i) => i.path)).toEqual([
          '/0/rating',
          '/0/author',
        ])
        const missing = SchemaOrg.review([
          verdict,
          { ...verdict, statement: 'silent' },
          { ...verdict, statement: 'nope' },
        ])(r)
        expect(
          E.isLeft(missing) && DecodeError.toList(missing.left).map((i) => [i.path, i.code]),
        ).toEqual([
          ['/1/statement', 'dangling_reference'],
          ['/2/statement', 'dangling_reference'],
        ])
      })
    })
  })
})
