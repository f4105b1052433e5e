/**
 * Who acts and who speaks: states, organizations, people with offices, media outlets with
 * their affiliations, anonymous sources, unnamed actors that are not sources, collectives,
 * and the report's own author voice.
 *
 * An anonymous source is described by whom it belongs to (`affiliation`: "U.S. officials")
 * or by how it is placed to know (`proximity`: "a source familiar with the group's
 * thinking", "sources close to the ministry", "a person briefed on the talks"). An unnamed
 * actor is someone the report mentions without naming who is not a source ("several Arab
 * countries", "those in charge"). Either may be one of several candidates, each with a
 * likelihood ("an official, most likely the prime minister"): every reference to it
 * anywhere in the report is then a reference of uncertain identity.
 *
 * @example
 * ```ts
 * import { Actor, Id, Likelihood, Time } from 'claimgraph'
 * import { pipe } from 'fp-ts/lib/function.js'
 * import assert from 'node:assert/strict'
 *
 * const us = Actor.state('us', 'United States', 'USA')
 * const officials = Actor.anonymous('two-us-officials', 'U.S. officials', {
 *   count: 2,
 *   affiliation: us.id,
 * })
 *
 * assert.equal(Actor.label(officials), 'U.S. officials (2)')
 *
 * // a source described by how it is placed to know, and an official who may be the minister
 * const familiar = Actor.anonymous('familiar', 'a source familiar with the talks', {
 *   proximity: [Actor.proximity('familiar_with', { topic: 'the talks' }, 'familiar with')],
 * })
 * const official = pipe(
 *   Actor.unnamed('official', 'an official', { count: 1 }),
 *   Actor.withCandidate(Id.actor('minister'), Likelihood.cue('most likely')),
 * )
 * assert.equal(Actor.isIdentified(familiar), false)
 * assert.equal(Actor.candidates(official)[0]?.actor, 'minister')
 *
 * // an office over time: held, not held or unknown — never a guess
 * const elect = Actor.office('President-elect', us.id, {
 *   from: Time.time('2028-11-08'),
 *   to: Time.time('2029-01-20'),
 * })
 * assert.equal(Actor.tenure(Time.time('2028-12'))(elect), 'held')
 * assert.equal(Actor.tenure(Time.time('2029'))(elect), 'unknown')
 * ```
 *
 * @since 0.1.0
 */
import * as C from './Codec.js'
import * as O from 'fp-ts/lib/Option.js'
import * as Id from './Id.js'
import * as Likelihood from './Likelihood.js'
import * as Time from './Time.js'
import { table } from './generated/Actor.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An ISO 3166-1 alpha-3 country code (three capital letters).
 *
 * @category model
 * @since 0.1.0
 */
export type CountryCode = string

/**
 * External identifiers: a Wikidata item (`Q…`) and a CAMEO actor code (3-character
 * elements, e.g. `USAGOV`, `IRQGOV`, `ISRMIL`).
 *
 * @category model
 * @since 0.1.0
 */
export interface External {
  readonly wikidata?: string
  readonly cameo?: string
}

/**
 * How one actor stands to another.
 *
 * @category model
 * @since 0.1.0
 */
export interface Relation {
  readonly kind: 'member_of' | 'acts_for' | 'aligned_with' | 'part_of' | 'linked_to'
  readonly target: Id.ActorId
}

/**
 * What an organization is.
 *
 * @category model
 * @since 0.1.0
 */
export type Sector =
  | 'government'
  | 'executive'
  | 'ministry'
  | 'diplomatic'
  | 'military'
  | 'intelligence'
  | 'armed_group'
  | 'party'
  | 'media'
  | 'international'
  | 'ngo'
  | 'business'
  | 'religious'
  | 'other'

/**
 * An office a person holds: a title, the organization or state it is held in, and when it
 * was held ("president-elect from November 6, then president from January 20").
 *
 * `from` is when the office was taken up, `to` when it ended; either may be partial,
 * uncertain or relative. Without `from` the start is not stated. Without `to` the office is
 * one the report presents as held when it was published ("Secretary of State Antony
 * Blinken"); a former office whose end is not dated ends by the publication date at the
 * latest: `to: Time.time('../2024-11-05')`. {@link tenure} answers whether an office was
 * held at a time.
 *
 * @category model
 * @since 0.1.0
 */
export interface Office {
  readonly title: string
  readonly in?: Id.ActorId
  /** When the office was taken up; absent when the report does not say. */
  readonly from?: Time.TimeRef
  /** When it ended; absent for an office held when the report was published. */
  readonly to?: Time.TimeRef
}

/**
 * How many people an anonymous source is: an exact count, or unknown.
 *
 * @category model
 * @since 0.1.0
 */
export type Count = number | 'unknown'

/**
 * How an anonymous source is placed to know, by the report's words: `familiar_with` ("a
 * source familiar with the group's thinking"), `close_to` ("sources close to the
 * ministry"), `briefed_on` ("a person briefed on the talks"), `involved_in` ("an official
 * involved in the negotiations"), `with_knowledge_of` ("people with knowledge of the
 * matter"), `present_at` ("a diplomat who attended the meeting"), or `other` (say which in
 * `cue`).
 *
 * @category model
 * @since 0.2.0
 */
export type ProximityKind =
  | 'familiar_with'
  | 'close_to'
  | 'briefed_on'
  | 'involved_in'
  | 'with_knowledge_of'
  | 'present_at'
  | 'other'

/**
 * A source's proximity to what it speaks of: an actor ("close to the ministry"), an event
 * ("briefed on the talks"), a topic in words ("the group's thinking"), or several of these;
 * `cue` keeps the report's words.
 *
 * @category model
 * @since 0.2.0
 */
export interface Proximity {
  readonly kind: ProximityKind
  readonly actor?: Id.ActorId
  readonly event?: Id.EventId
  readonly topic?: string
  readonly cue?: string
}

/**
 * One actor that an anonymous source or an unnamed actor may be, with how likely it is
 * ("most likely the prime minister").
 *
 * @category model
 * @since 0.2.0
 */
export interface Candidate {
  readonly actor: Id.ActorId
  readonly likelihood?: Likelihood.Likelihood
}

interface Common {
  readonly id: Id.ActorId
  readonly relations?: ReadonlyArray<Relation>
  readonly external?: External
  /** Pipeline metadata (an extractor's model name, confidence, run id): kept by decoding, ignored by validators. */
  readonly meta?: C.Json
}

/**
 * A state, named by its ISO 3166-1 alpha-3 code.
 *
 * @category model
 * @since 0.1.0
 */
export interface State extends Common {
  readonly kind: 'state'
  readonly name: string
  readonly country: CountryCode
}

/**
 * An organization: a government body, an armed group, a party, an intelligence service…
 *
 * @category model
 * @since 0.1.0
 */
export interface Organization extends Common {
  readonly kind: 'organization'
  readonly name: string
  readonly sector: Sector
  readonly country?: CountryCode
}

/**
 * A named person and the offices they hold.
 *
 * @category model
 * @since 0.1.0
 */
export interface Person extends Common {
  readonly kind: 'person'
  readonly name: string
  readonly offices?: ReadonlyArray<Office>
}

/**
 * A media outlet; `affiliations` are the actors it is linked to ("linked to Hezbollah").
 *
 * @category model
 * @since 0.1.0
 */
export interface Outlet extends Common {
  readonly kind: 'outlet'
  readonly name: string
  readonly country?: CountryCode
  readonly affiliations?: ReadonlyArray<Id.ActorId>
}

/**
 * An unnamed source: how the report describes it ("U.S. officials"), how many it is, whom
 * it belongs to, how it is placed to know, and who it may be.
 *
 * @category model
 * @since 0.1.0
 */
export interface Anonymous extends Common {
  readonly kind: 'anonymous'
  readonly description: string
  readonly count: Count
  readonly affiliation?: Id.ActorId
  /** @since 0.2.0 */
  readonly proximity?: ReadonlyArray<Proximity>
  /** @since 0.2.0 */
  readonly candidates?: readonly [Candidate, ...Candidate[]]
}

/**
 * An actor the report mentions without naming, who is not a source: "several Arab
 * countries", "those in charge", "some Lebanese entities", "an official" who carried a
 * message. How the report describes it, how many it is, whom it belongs to, and who it may
 * be. Source rules do not apply to it.
 *
 * @category model
 * @since 0.2.0
 */
export interface Unnamed extends Common {
  readonly kind: 'unnamed'
  readonly description: string
  readonly count: Count
  readonly affiliation?: Id.ActorId
  readonly candidates?: readonly [Candidate, ...Candidate[]]
}

/**
 * Several actors that act or speak together ("U.S. and Israeli intelligence").
 *
 * @category model
 * @since 0.1.0
 */
export interface Collective extends Common {
  readonly kind: 'collective'
  readonly name: string
  readonly members: readonly [Id.ActorId, ...Id.ActorId[]]
}

/**
 * The report's own voice.
 *
 * @category model
 * @since 0.1.0
 */
export interface Author extends Common {
  readonly kind: 'author'
  readonly name?: string
}

/**
 * Any actor.
 *
 * @category model
 * @since 0.1.0
 */
export type Actor =
  State | Organization | Person | Outlet | Anonymous | Unnamed | Collective | Author

/**
 * The kinds of actor.
 *
 * @category model
 * @since 0.1.0
 */
export type Kind = Actor['kind']

/**
 * Whether an office was held at a time: `held` throughout it, `not_held` at any point of
 * it, or `unknown` — never a guess.
 *
 * @category model
 * @since 0.2.0
 */
export type Tenure = 'held' | 'not_held' | 'unknown'

/**
 * An office an actor may have held at a time, with the answer of {@link tenure}.
 *
 * @category model
 * @since 0.2.0
 */
export interface Role {
  readonly office: Office
  readonly tenure: 'held' | 'unknown'
}

/**
 * What {@link tenure} and {@link rolesAt} need besides the office: the report's
 * publication date, which anchors relative times and stands in for a missing `to` (and,
 * for an undated office, a missing `from`).
 *
 * @category model
 * @since 0.2.0
 */
export interface TenureOptions {
  readonly publication?: Time.Time
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const name = C.string('name', { min: 1, max: 500 })

/**
 * @category codecs
 * @since 0.1.0
 */
export const CountryCode: C.Codec<CountryCode> = fast(
  C.string('CountryCode', {
    checks: [C.Checks.countryCode],
  }),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const External: C.Codec<External> = fast(
  C.struct(
    'External',
    {},
    {
      wikidata: C.string('wikidata', {
        pattern: /^Q[1-9]\d{0,11}$/,
        patternMessage: 'must be a Wikidata item id (Q123)',
      }),
      cameo: C.string('cameo', {
        pattern: /^(?:[A-Z]{3}){1,5}$/,
        patternMessage: 'must be a CAMEO actor code of 3-letter elements',
      }),
    },
  ),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Relation: C.Codec<Relation> = fast(
  C.struct('Relation', {
    kind: C.keyof('RelationKind', [
      'member_of',
      'acts_for',
      'aligned_with',
      'part_of',
      'linked_to',
    ]),
    target: Id.ActorRef,
  }),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Sector: C.Codec<Sector> = fast(
  C.keyof('Sector', [
    'government',
    'executive',
    'ministry',
    'diplomatic',
    'military',
    'intelligence',
    'armed_group',
    'party',
    'media',
    'international',
    'ngo',
    'business',
    'religious',
    'other',
  ]),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Office: C.Codec<Office> = fast(
  C.refine(
    C.struct(
      'Office',
      { title: C.string('title', { min: 1, max: 500 }) },
      { in: Id.ActorRef, from: Time.TimeRef, to: Time.TimeRef },
    ),
    C.Checks.timeOrder<Office>(
      'from',
      'to',
      (a: Time.TimeRef, b: Time.TimeRef) => Time.compare(a, b) === 'after',
      'an office cannot end before it was taken up',
    ),
  ),
)

const CountCodec: C.Codec<Count> = C.union('Count', [
  [C.when.typeOf('number'), C.number('count', { integer: true, min: 1, max: 1_000_000 })],
  [C.when.typeOf('string'), C.literal('unknown')],
])

/**
 * @category codecs
 * @since 0.2.0
 */
export const ProximityKind: C.Codec<ProximityKind> = fast(
  C.keyof('ProximityKind', [
    'familiar_with',
    'close_to',
    'briefed_on',
    'involved_in',
    'with_knowledge_of',
    'present_at',
    'other',
  ]),
)

/**
 * The codec of {@link Proximity}: it names an actor, an event or a topic.
 *
 * @category codecs
 * @since 0.2.0
 */
export const Proximity: C.Codec<Proximity> = fast(
  C.refine(
    C.struct(
      'Proximity',
      { kind: ProximityKind },
      {
        actor: Id.ActorRef,
        event: Id.EventRef,
        topic: C.string('topic', { min: 1, max: 500 }),
        cue: C.string('cue', { min: 1, max: 200 }),
      },
    ),
    C.Checks.someKey<Proximity>(
      ['actor', 'event', 'topic'],
      'a proximity names an actor, an event or a topic',
    ),
  ),
)

/**
 * @category codecs
 * @since 0.2.0
 */
export const Candidate: C.Codec<Candidate> = fast(
  C.struct('Candidate', { actor: Id.ActorRef }, { likelihood: Likelihood.Likelihood }),
)

const CandidatesCodec = C.array(Candidate, {
  min: 1,
  max: 100,
  name: 'Candidates',
}) as unknown as C.Codec<readonly [Candidate, ...Candidate[]]>

const common = {
  relations: C.array(Relation, { max: 1000 }),
  external: External,
  meta: C.json('meta'),
}

/**
 * @category codecs
 * @since 0.1.0
 */
export const Actor: C.Codec<Actor> = fast(
  C.tagged('Actor', 'kind', {
    state: C.struct(
      'State',
      { kind: C.literal('state'), id: Id.ActorId, name, country: CountryCode },
      common,
    ),
    organization: C.struct(
      'Organization',
      { kind: C.literal('organization'), id: Id.ActorId, name, sector: Sector },
      { ...common, country: CountryCode },
    ),
    person: C.struct(
      'Person',
      { kind: C.literal('person'), id: Id.ActorId, name },
      { ...common, offices: C.array(Office, { max: 100 }) },
    ),
    outlet: C.struct(
      'Outlet',
      { kind: C.literal('outlet'), id: Id.ActorId, name },
      { ...common, country: CountryCode, affiliations: C.array(Id.ActorRef, { max: 100 }) },
    ),
    anonymous: C.struct(
      'Anonymous',
      {
        kind: C.literal('anonymous'),
        id: Id.ActorId,
        description: C.string('description', { min: 1, max: 500 }),
        count: CountCodec,
      },
      {
        ...common,
        affiliation: Id.ActorRef,
        proximity: C.array(Proximity, { max: 100 }),
        candidates: CandidatesCodec,
      },
    ),
    unnamed: C.struct(
      'Unnamed',
      {
        kind: C.literal('unnamed'),
        id: Id.ActorId,
        description: C.string('description', { min: 1, max: 500 }),
        count: CountCodec,
      },
      { ...common, affiliation: Id.ActorRef, candidates: CandidatesCodec },
    ),
    collective: C.struct(
      'Collective',
      {
        kind: C.literal('collective'),
        id: Id.ActorId,
        name,
        members: C.nonEmptyArray(Id.acyclic(Id.ActorRef)),
      },
      common,
    ),
    author: C.struct('Author', { kind: C.literal('author'), id: Id.ActorId }, { ...common, name }),
  }) as C.Codec<Actor>,
)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The optional parts every actor can have.
 *
 * @category model
 * @since 0.1.0
 */
export interface Extra {
  readonly relations?: ReadonlyArray<Relation>
  readonly external?: External
  /** @since 0.2.0 */
  readonly meta?: C.Json
}

/**
 * A state.
 *
 * @category constructors
 * @since 0.1.0
 */
export const state = (
  id: string,
  name: string,
  country: CountryCode,
  extra: Extra = {},
): State => ({
  kind: 'state',
  id: Id.actor(id),
  name,
  country,
  ...extra,
})

/**
 * An organization.
 *
 * @category constructors
 * @since 0.1.0
 */
export const organization = (
  id: string,
  name: string,
  sector: Sector,
  extra: Extra & { readonly country?: CountryCode } = {},
): Organization => ({ kind: 'organization', id: Id.actor(id), name, sector, ...extra })

/**
 * A person, optionally with offices.
 *
 * @category constructors
 * @since 0.1.0
 */
export const person = (
  id: string,
  name: string,
  extra: Extra & { readonly offices?: ReadonlyArray<Office> } = {},
): Person => ({ kind: 'person', id: Id.actor(id), name, ...extra })

/**
 * A media outlet, optionally with affiliations.
 *
 * @category constructors
 * @since 0.1.0
 */
export const outlet = (
  id: string,
  name: string,
  extra: Extra & {
    readonly country?: CountryCode
    readonly affiliations?: ReadonlyArray<Id.ActorId>
  } = {},
): Outlet => ({ kind: 'outlet', id: Id.actor(id), name, ...extra })

/**
 * An anonymous source; the count defaults to unknown.
 *
 * @category constructors
 * @since 0.1.0
 */
export const anonymous = (
  id: string,
  description: string,
  extra: Extra & {
    readonly count?: Count
    readonly affiliation?: Id.ActorId
    readonly proximity?: ReadonlyArray<Proximity>
    readonly candidates?: readonly [Candidate, ...Candidate[]]
  } = {},
): Anonymous => {
  const { count = 'unknown', ...rest } = extra
  return { kind: 'anonymous', id: Id.actor(id), description, count, ...rest }
}

/**
 * An unnamed actor that is not a source ("several Arab countries"); the count defaults to
 * unknown.
 *
 * @category constructors
 * @since 0.2.0
 */
export const unnamed = (
  id: string,
  description: string,
  extra: Extra & {
    readonly count?: Count
    readonly affiliation?: Id.ActorId
    readonly candidates?: readonly [Candidate, ...Candidate[]]
  } = {},
): Unnamed => {
  const { count = 'unknown', ...rest } = extra
  return { kind: 'unnamed', id: Id.actor(id), description, count, ...rest }
}

/**
 * A proximity: `proximity('familiar_with', { actor: group.id, topic: "the group's
 * thinking" }, 'familiar with')`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const proximity = (
  kind: ProximityKind,
  about: { readonly actor?: Id.ActorId; readonly event?: Id.EventId; readonly topic?: string },
  cue?: string,
): Proximity => ({ kind, ...about, ...(cue === undefined ? {} : { cue }) })

/**
 * A candidate identity: `candidate(primeMinister.id, Likelihood.cue('most likely'))`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const candidate = (actor: Id.ActorId, likelihood?: Likelihood.Likelihood): Candidate =>
  likelihood === undefined ? { actor } : { actor, likelihood }

/**
 * A collective of two or more actors.
 *
 * @category constructors
 * @since 0.1.0
 */
export const collective = (
  id: string,
  name: string,
  members: readonly [Id.ActorId, ...Id.ActorId[]],
  extra: Extra = {},
): Collective => ({ kind: 'collective', id: Id.actor(id), name, members, ...extra })

/**
 * The report's author voice.
 *
 * @category constructors
 * @since 0.1.0
 */
export const author = (id: string, extra: Extra & { readonly name?: string } = {}): Author => ({
  kind: 'author',
  id: Id.actor(id),
  ...extra,
})

/**
 * An office held in an organization or state, optionally with when it was held:
 * `Actor.office('President', us.id, { from: Time.time('2029-01-20') })`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const office = (
  title: string,
  held?: Id.ActorId,
  dates: { readonly from?: Time.TimeRef; readonly to?: Time.TimeRef } = {},
): Office => ({
  title,
  ...(held === undefined ? {} : { in: held }),
  ...(dates.from === undefined ? {} : { from: dates.from }),
  ...(dates.to === undefined ? {} : { to: dates.to }),
})

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Adds a relation to an actor (data-last, for `pipe`).
 *
 * @category combinators
 * @since 0.1.0
 */
export const relate =
  (kind: Relation['kind'], target: Id.ActorId) =>
  <A extends Actor>(actor: A): A => ({
    ...actor,
    relations: [...(actor.relations ?? []), { kind, target }],
  })

/**
 * Sets an actor's external identifiers (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const identify =
  (external: External) =>
  <A extends Actor>(actor: A): A => ({ ...actor, external: { ...actor.external, ...external } })

/**
 * Adds a candidate identity to an anonymous source or an unnamed actor (data-last): who
 * "an official" may be. Other actors are named, and are returned as they are.
 *
 * @category combinators
 * @since 0.2.0
 */
export const withCandidate =
  (actor: Id.ActorId, likelihood?: Likelihood.Likelihood) =>
  <A extends Actor>(a: A): A =>
    a.kind === 'anonymous' || a.kind === 'unnamed'
      ? { ...a, candidates: [...(a.candidates ?? []), candidate(actor, likelihood)] }
      : a

/**
 * Adds a proximity to an anonymous source (data-last); other actors are returned as they
 * are.
 *
 * @category combinators
 * @since 0.2.0
 */
export const placed =
  (p: Proximity) =>
  <A extends Actor>(a: A): A =>
    a.kind === 'anonymous' ? { ...a, proximity: [...(a.proximity ?? []), p] } : a

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * Pattern matching on an actor's kind.
 *
 * @category queries
 * @since 0.1.0
 */
export const match =
  <R>(cases: {
    readonly state: (a: State) => R
    readonly organization: (a: Organization) => R
    readonly person: (a: Person) => R
    readonly outlet: (a: Outlet) => R
    readonly anonymous: (a: Anonymous) => R
    readonly unnamed: (a: Unnamed) => R
    readonly collective: (a: Collective) => R
    readonly author: (a: Author) => R
  }) =>
  (a: Actor): R =>
    (cases[a.kind] as (a: Actor) => R)(a)

/**
 * How an actor is named in prose: its name, or an anonymous source's description.
 *
 * @category queries
 * @since 0.1.0
 */
export const label: (a: Actor) => string = match({
  state: (a) => a.name,
  organization: (a) => a.name,
  person: (a) => a.name,
  outlet: (a) => a.name,
  anonymous: (a) => (typeof a.count === 'number' ? `${a.description} (${a.count})` : a.description),
  unnamed: (a) => (typeof a.count === 'number' ? `${a.description} (${a.count})` : a.description),
  collective: (a) => a.name,
  author: (a) => a.name ?? 'the report',
})

/**
 * Whether an actor is an anonymous source.
 *
 * @category guards
 * @since 0.1.0
 */
export const isAnonymous = (a: Actor): a is Anonymous => a.kind === 'anonymous'

/**
 * Whether an actor is unnamed and not a source.
 *
 * @category guards
 * @since 0.2.0
 */
export const isUnnamed = (a: Actor): a is Unnamed => a.kind === 'unnamed'

/**
 * Whether the report names the actor: false for an anonymous source and an unnamed actor,
 * whose identity is unknown or one of its candidates.
 *
 * @category guards
 * @since 0.2.0
 */
export const isIdentified = (a: Actor): boolean => a.kind !== 'anonymous' && a.kind !== 'unnamed'

/**
 * Who an actor may be: the candidates of an anonymous source or an unnamed actor, none
 * for other actors.
 *
 * @category queries
 * @since 0.2.0
 */
export const candidates = (a: Actor): ReadonlyArray<Candidate> =>
  a.kind === 'anonymous' || a.kind === 'unnamed' ? (a.candidates ?? []) : []

/**
 * The likeliest candidate, by {@link Likelihood.Ord} (a candidate without a likelihood
 * ranks below every one with one; on a tie, the first listed). Linear in the number of
 * candidates.
 *
 * @category queries
 * @since 0.2.0
 */
export const likeliest = (a: Actor): O.Option<Candidate> => {
  let best: Candidate | undefined
  for (const c of candidates(a)) {
    if (best === undefined) best = c
    else if (c.likelihood !== undefined) {
      if (
        best.likelihood === undefined ||
        Likelihood.Ord.compare(c.likelihood, best.likelihood) > 0
      )
        best = c
    }
  }
  return O.fromNullable(best)
}

/**
 * The actor ids an actor refers to, with the property that holds each (a proximity's
 * event is an event id, and is left out).
 *
 * @category queries
 * @since 0.1.0
 */
export const references = (
  a: Actor,
): ReadonlyArray<readonly [ReadonlyArray<string | number>, Id.ActorId]> => {
  const out: Array<readonly [ReadonlyArray<string | number>, Id.ActorId]> = []
  a.relations?.forEach((r, i) => out.push([['relations', i, 'target'], r.target]))
  if (a.kind === 'person')
    a.offices?.forEach((o, i) => o.in !== undefined && out.push([['offices', i, 'in'], o.in]))
  if (a.kind === 'outlet') a.affiliations?.forEach((x, i) => out.push([['affiliations', i], x]))
  if ((a.kind === 'anonymous' || a.kind === 'unnamed') && a.affiliation !== undefined)
    out.push([['affiliation'], a.affiliation])
  if (a.kind === 'anonymous')
    a.proximity?.forEach(
      (p, i) => p.actor !== undefined && out.push([['proximity', i, 'actor'], p.actor]),
    )
  if (a.kind === 'anonymous' || a.kind === 'unnamed')
    a.candidates?.forEach((c, i) => out.push([['candidates', i, 'actor'], c.actor]))
  if (a.kind === 'collective') a.members.forEach((m, i) => out.push([['members', i], m]))
  return out
}

const HELD_START: ReadonlySet<Time.Ordering> = new Set(['after', 'same'])
const HELD_END: ReadonlySet<Time.Ordering> = new Set(['before', 'same'])

/**
 * Whether an office was held at a time `at`, by this table (`publication` is the report's
 * publication date, when known):
 *
 * | the office | `at` | answer |
 * | --- | --- | --- |
 * | has `from` | wholly before `from` | `not_held` |
 * | has `to` | wholly after `to` | `not_held` |
 * | starts at `from` (else at `publication`), ends at `to` (else at `publication`) | at or after the start, and at or before the end | `held` |
 * | anything else, a missing start or end included | | `unknown` |
 *
 * "At or after" is {@link Time.compare} answering `after` or `same`: a partial time that
 * straddles an end ("January" when the office began on January 20) is `unknown`. The day
 * an office begins or ends counts as a day it was held. Constant time.

 * President-elect from 2028-11-08 to 2029-01-20: `held` in December 2028, `not_held` in
 * February 2029, `unknown` for the year 2029 as a whole (held in January only).
 *
 * @category queries
 * @since 0.2.0
 */
export const tenure =
  (at: Time.TimeRef, options: TenureOptions = {}) =>
  (office: Office): Tenure => {
    const { publication } = options
    const cmp = (b: Time.TimeRef) => Time.compare(at, b, publication)
    if (office.from !== undefined && cmp(office.from) === 'before') return 'not_held'
    if (office.to !== undefined && cmp(office.to) === 'after') return 'not_held'
    const start = office.from ?? publication
    const end = office.to ?? publication
    return start !== undefined &&
      end !== undefined &&
      HELD_START.has(cmp(start)) &&
      HELD_END.has(cmp(end))
      ? 'held'
      : 'unknown'
  }

/**
 * The offices an actor held at a time (`held`) or may have held (`unknown`), in the order
 * of its offices; offices known not to be held are left out, and so is every actor that is
 * not a person. Linear in the number of offices.
 *
 * @category queries
 * @since 0.2.0
 */
export const rolesAt =
  (at: Time.TimeRef, options: TenureOptions = {}) =>
  (a: Actor): ReadonlyArray<Role> => {
    if (a.kind !== 'person' || a.offices === undefined) return []
    const out: Role[] = []
    const answer = tenure(at, options)
    for (const office of a.offices) {
      const t = answer(office)
      if (t !== 'not_held') out.push({ office, tenure: t })
    }
    return out
  }
