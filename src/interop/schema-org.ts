/**
 * schema.org markup for a report, typed with `schema-dts`: the report as a `NewsArticle`,
 * each threat and each statement with content as a `Claim` — its `author` the speakers,
 * its `appearance` the report — and the actors as `Person`s and `Organization`s (with `sameAs` their
 * Wikidata item). claimgraph checks how a report sources and structures its claims, not
 * whether they are true, so a `ClaimReview` is made only from your own verdicts
 * ({@link review}).
 *
 * The types come from `schema-dts`, an optional peer dependency: install it to type-check
 * code that uses this module (it has no run-time part).
 *
 * @example
 * ```ts
 * import * as SchemaOrg from 'claimgraph/interop/schema-org'
 * import * as fixtures from 'claimgraph/fixtures'
 * import assert from 'node:assert/strict'
 *
 * const graph = SchemaOrg.fromReport(fixtures.report, { base: 'https://example.org/seed' })
 * const quote = graph['@graph'].find(
 *   (n) => typeof n === 'object' && n['@id'] === 'https://example.org/seed#claim-miller-quote',
 * )
 *
 * assert.equal(graph['@context'], 'https://schema.org')
 * assert.deepEqual(quote, {
 *   '@type': 'Claim',
 *   '@id': 'https://example.org/seed#claim-miller-quote',
 *   name: 'Matthew Miller → state',
 *   text: 'It is important that Iraq not be drawn into regional conflict,',
 *   author: [{ '@id': 'https://example.org/seed#actor-miller' }],
 *   appearance: { '@id': 'https://example.org/seed' },
 * })
 * ```
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type {
  Claim,
  ClaimReview,
  Graph,
  NewsArticle,
  Organization,
  Person,
  Rating,
  Thing,
} from 'schema-dts'
import * as Actor from '../Actor.js'
import * as C from '../Codec.js'
import * as DecodeError from '../DecodeError.js'
import type * as Event from '../Event.js'
import type * as Report from '../Report.js'
import * as Render from '../Render.js'
import type * as Statement from '../Statement.js'
import * as Threat from '../Threat.js'
import { days } from '../internal/interop.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options: `base`, the IRI the nodes hang from (`{base}#claim-{id}`), by default
 * `urn:claimgraph:report`; it is also the `NewsArticle`'s `@id`.
 *
 * @category model
 * @since 0.2.0
 */
export interface Options {
  readonly base?: string
}

/**
 * Your verdict on one statement's claim, for a `ClaimReview`: a rating (at least its words,
 * `alternateName`, such as "False" or "Misleading"; optionally a number on a scale), who
 * reviewed it, and when and where the review was published.
 *
 * @category model
 * @since 0.2.0
 */
export interface Verdict {
  readonly statement: string
  readonly rating: {
    readonly alternateName: string
    readonly ratingValue?: number
    readonly bestRating?: number
    readonly worstRating?: number
  }
  readonly author: { readonly name: string; readonly url?: string }
  readonly datePublished?: string
  readonly url?: string
}

/**
 * The schema.org type of each kind of actor (organizations by sector): a state and a
 * government body are `GovernmentOrganization`, an outlet `NewsMediaOrganization`, a party
 * `PoliticalParty`, an NGO `NGO`, a business `Corporation`; a person, and an anonymous
 * source of one person, `Person`; anything else `Organization`.
 *
 * @category model
 * @since 0.2.0
 */
export const SECTOR_TYPES: Readonly<
  Record<
    Actor.Sector,
    | 'GovernmentOrganization'
    | 'NewsMediaOrganization'
    | 'PoliticalParty'
    | 'NGO'
    | 'Corporation'
    | 'Organization'
  >
> = {
  government: 'GovernmentOrganization',
  executive: 'GovernmentOrganization',
  ministry: 'GovernmentOrganization',
  diplomatic: 'GovernmentOrganization',
  military: 'GovernmentOrganization',
  intelligence: 'GovernmentOrganization',
  armed_group: 'Organization',
  party: 'PoliticalParty',
  media: 'NewsMediaOrganization',
  international: 'Organization',
  ngo: 'NGO',
  business: 'Corporation',
  religious: 'Organization',
  other: 'Organization',
}

/**
 * What becomes of each relation between events: none is exported (see the guide).
 *
 * @category model
 * @since 0.2.0
 */
export const RELATIONS: Readonly<Record<Event.RelationKind, string>> = {
  retaliation_for: 'not exported: schema.org defines no relations between claims or events',
  response_to: 'not exported: schema.org defines no relations between claims or events',
  preparation_for: 'not exported: schema.org defines no relations between claims or events',
  prevents: 'not exported: schema.org defines no relations between claims or events',
  part_of: 'not exported: schema.org defines no relations between claims or events',
  instance_of: 'not exported: schema.org defines no relations between claims or events',
  by_means_of: 'not exported: schema.org defines no relations between claims or events',
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const text = (name: string) => C.string(name, { min: 1, max: 10_000 })

/**
 * @category codecs
 * @since 0.2.0
 */
export const Verdict: C.Codec<Verdict> = C.struct(
  'Verdict',
  {
    statement: text('statement'),
    rating: C.struct(
      'Rating',
      { alternateName: text('alternateName') },
      {
        ratingValue: C.number('ratingValue'),
        bestRating: C.number('bestRating'),
        worstRating: C.number('worstRating'),
      },
    ),
    author: C.struct('Reviewer', { name: text('name') }, { url: text('url') }),
  },
  { datePublished: text('datePublished'), url: text('url') },
)

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/** A reference to a node by its IRI (schema-dts's `IdReference`). */
const ref = (iri: string): { readonly '@id': string } => ({ '@id': iri })

const wikidata = (a: Actor.Actor): { sameAs?: string } =>
  a.external?.wikidata === undefined
    ? {}
    : { sameAs: `https://www.wikidata.org/wiki/${a.external.wikidata}` }

const threatText = (t: Threat.Threat, names: Render.Names): string => {
  const consequence = Render.proposition(t.consequence, names)
  return t.condition === undefined
    ? consequence
    : `if ${Render.proposition(t.condition, names)}, then ${consequence}`
}

/**
 * The schema.org graph of a report (see the guide's table): the `NewsArticle`, a node per
 * actor, a `Claim` per threat (its condition and consequence in words), and a `Claim` per
 * statement with content — its words, or, for a statement of a threat or of another
 * statement, `isBasedOn` that claim (so that a threat stated a hundred times is written
 * once). Linear in the size of the report.
 *
 * @category queries
 * @since 0.2.0
 */
export const fromReport = (r: Report.ReportData, options: Options = {}): Graph => {
  const base = options.base ?? 'urn:claimgraph:report'
  const iri = (kind: string, id: string) => `${base}#${kind}-${id}`
  const names = Render.names(r)
  const threats = new Map<string, Threat.Threat>()
  for (const t of r.threats) if (!threats.has(t.id)) threats.set(t.id, t)
  const statements = new Map<string, Statement.Statement>()
  for (const s of r.statements) if (!statements.has(s.id)) statements.set(s.id, s)
  const actors = new Map<string, Actor.Actor>()
  for (const a of r.actors) if (!actors.has(a.id)) actors.set(a.id, a)
  const graph: Thing[] = []

  const author = actors.get(r.author)
  const published = days(r.published, undefined)
  const article: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': base,
    headline: r.headline,
    ...(r.language === undefined ? {} : { inLanguage: r.language }),
    ...(published === undefined || published.last !== undefined
      ? {}
      : { datePublished: published.first }),
    ...(r.outlet === undefined ? {} : { publisher: ref(iri('actor', r.outlet)) }),
    ...(author?.kind === 'author' && author.name !== undefined
      ? { author: { '@type': 'Person', name: author.name } }
      : {}),
  }
  graph.push(article)

  for (const a of r.actors) {
    const id = iri('actor', a.id)
    const name = Actor.label(a)
    switch (a.kind) {
      case 'author':
        break
      case 'person': {
        const titles = (a.offices ?? []).map((o) => o.title)
        const bodies = (a.offices ?? []).flatMap((o) => (o.in === undefined ? [] : [o.in]))
        const person: Person = {
          '@type': 'Person',
          '@id': id,
          name,
          ...wikidata(a),
          ...(titles.length === 0 ? {} : { jobTitle: titles }),
          ...(bodies.length === 0 ? {} : { worksFor: bodies.map((b) => ref(iri('actor', b))) }),
        }
        graph.push(person)
        break
      }
      case 'anonymous':
      case 'unnamed': {
        const description = `${a.kind === 'anonymous' ? 'an anonymous source' : 'an unnamed actor'}${typeof a.count === 'number' ? ` of ${a.count}` : ''}`
        const affiliation =
          a.affiliation === undefined ? {} : { affiliation: ref(iri('actor', a.affiliation)) }
        graph.push(
          a.count === 1
            ? { '@type': 'Person', '@id': id, name, description, ...affiliation }
            : { '@type': 'Organization', '@id': id, name, description },
        )
        break
      }
      case 'collective':
        graph.push({
          '@type': 'Organization',
          '@id': id,
          name,
          member: a.members.map((m) => ref(iri('actor', m))),
        })
        break
      case 'state':
        graph.push({ '@type': 'GovernmentOrganization', '@id': id, name, ...wikidata(a) })
        break
      case 'outlet':
        graph.push({ '@type': 'NewsMediaOrganization', '@id': id, name, ...wikidata(a) })
        break
      case 'organization':
        graph.push({
          '@type': SECTOR_TYPES[a.sector],
          '@id': id,
          name,
          ...wikidata(a),
        } as Organization)
        break
    }
  }

  const classify = Threat.classify(r)
  for (const t of r.threats)
    graph.push({
      '@type': 'Claim',
      '@id': iri('threat', t.id),
      name: `${t.issuer.map(names.actor).join(' and ')} → ${classify(t)}`,
      text: threatText(t, names),
      author: t.issuer.map((x) => ref(iri('actor', x))),
      appearance: ref(base),
    } satisfies Claim)

  for (const s of r.statements) {
    if (s.content.kind === 'none') continue
    const when = days(s.time, r.published)
    const about =
      s.content.kind === 'statement'
        ? s.content.statement
        : s.content.kind === 'sourcing' && s.content.target.kind === 'statement'
          ? s.content.target.statement
          : undefined
    const basis =
      s.content.kind === 'threat'
        ? { isBasedOn: ref(iri('threat', s.content.threat)) }
        : about !== undefined && statements.get(about)?.content.kind !== 'none'
          ? { isBasedOn: ref(iri('claim', about)) }
          : {}
    const words =
      s.quote ??
      (s.content.kind === 'proposition'
        ? Render.proposition(s.content.proposition, names)
        : undefined)
    const claim: Claim = {
      '@type': 'Claim',
      '@id': iri('claim', s.id),
      name: Render.statementLine(s, names),
      ...(words === undefined ? {} : { text: words }),
      author: s.speakers.map((x) => ref(iri('actor', x))),
      appearance: ref(base),
      ...basis,
      ...(when === undefined || when.last !== undefined ? {} : { dateCreated: when.first }),
    }
    graph.push(claim)
  }
  return { '@context': 'https://schema.org', '@graph': graph }
}

/**
 * Adds a `ClaimReview` for each of your verdicts to the report's graph: the review rates
 * the statement's `Claim` (its `itemReviewed`), with the claim's words as
 * `claimReviewed`. Verdicts are decoded first; one about a statement that is not in the
 * report, or that has no claim (no content), is an error with its path.
 *
 * @category combinators
 * @since 0.2.0
 */
export const review =
  (verdicts: unknown, options: Options = {}) =>
  (r: Report.ReportData): E.Either<DecodeError.DecodeError, Graph> => {
    const decoded = C.decode(C.array(Verdict, { max: 100_000, name: 'Verdicts' }))(verdicts)
    if (E.isLeft(decoded)) return decoded
    const graph = fromReport(r, options)
    const base = options.base ?? 'urn:claimgraph:report'
    const claims = new Map<string, Claim>()
    for (const n of graph['@graph'])
      if (typeof n === 'object' && n['@type'] === 'Claim' && n['@id'] !== undefined)
        claims.set(n['@id'], n as Claim)
    const issues: DecodeError.DecodeIssue[] = []
    const reviews: ClaimReview[] = []
    decoded.right.forEach((v, i) => {
      const claim = claims.get(`${base}#claim-${v.statement}`)
      if (claim === undefined) {
        issues.push(
          DecodeError.issue(
            [i, 'statement'],
            'dangling_reference',
            `statement "${v.statement.slice(0, 100)}" is not in the report or has no claim`,
          ),
        )
        return
      }
      const rating: Rating = { '@type': 'Rating', ...v.rating }
      reviews.push({
        '@type': 'ClaimReview',
        '@id': `${base}#review-${i}`,
        itemReviewed: ref(claim['@id']!),
        ...(typeof claim.text === 'string' ? { claimReviewed: claim.text } : {}),
        reviewRating: rating,
        author: { '@type': 'Organization', ...v.author },
        ...(v.datePublished === undefined ? {} : { datePublished: v.datePublished }),
        ...(v.url === undefined ? {} : { url: v.url }),
      })
    })
    return issues.length === 0
      ? E.right({ ...graph, '@graph': [...graph['@graph'], ...reviews] })
      : E.left(DecodeError.make(issues[0]!, ...issues.slice(1)))
  }
