/**
 * Things that happened, are happening, are planned, anticipated or hypothetical: who
 * acts, against whom, where, when, with what, by what means, to what extent ("a limited
 * retaliation"), and how one event relates to another ("retaliation for", "in response
 * to", "preparation for", "prevents", "by means of"). A consequence the source leaves
 * deliberately unspecified ("there will be hell to pay") is an event marked `vague`.
 *
 * @example
 * ```ts
 * import { Event, Id, Time } from 'claimgraph'
 * import assert from 'node:assert/strict'
 *
 * // "Israel's October 25 airstrike inside Iran": the year is not stated, so it stays unknown
 * const airstrike = Event.make(
 *   'israeli-airstrike',
 *   'airstrike',
 *   "Israel's October 25 airstrike inside Iran",
 *   {
 *     status: 'occurred',
 *     agents: [Id.actor('israel')],
 *     targets: [Id.actor('iran')],
 *     places: [Event.place('inside Iran', { country: 'IRN' })],
 *     time: Time.time('XXXX-10-25'),
 *   },
 * )
 *
 * assert.ok(Event.isFactual(airstrike))
 * ```
 *
 * @since 0.1.0
 */
import * as C from './Codec.js'
import * as Id from './Id.js'
import * as Time from './Time.js'
import * as Evidence from './Evidence.js'
import { CountryCode } from './Actor.js'
import { table } from './generated/Event.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where an event stands in time, as the report presents it.
 *
 * @category model
 * @since 0.1.0
 */
export type Status = 'occurred' | 'ongoing' | 'planned' | 'anticipated' | 'hypothetical'

/**
 * How one event relates to another: `retaliation_for` and `response_to` point back to
 * what provoked it, `preparation_for` forward to what it prepares, `prevents` to what it
 * would stop from happening, `part_of` to a larger event it is a component of,
 * `instance_of` (since 0.2.0) to a more general event it is a case of, and `by_means_of`
 * (since 0.2.0) to the event it is carried out by ("Yland will respond by hitting Xland":
 * the response is by means of the strike on Xland).
 *
 * What the relations mean when a timeline is evaluated (`Timeline.evaluate`):
 * - `instance_of`: "an attack on the capital" is an instance of "an attack on Xland", so
 *   the instance occurring makes the general event occur (by the instance's time), and
 *   the general event not having occurred by a time means no instance had either;
 * - `part_of`: "the release of twenty prisoners" is part of "the release of all the
 *   prisoners": the whole occurring means each part occurred (by the whole's time), and a
 *   part not having occurred by a time means the whole had not either — but a part alone
 *   never makes the whole occur (threat status reads it as partial compliance);
 * - `prevents`: the preventing event occurring means the prevented one never occurs, and
 *   the prevented one occurring means the preventing one never did;
 * - `retaliation_for`, `response_to`, `preparation_for`, `by_means_of`: order, motive and
 *   means only; they settle nothing about occurrence.
 *
 * @category model
 * @since 0.1.0
 */
export type RelationKind =
  | 'retaliation_for'
  | 'response_to'
  | 'preparation_for'
  | 'prevents'
  | 'part_of'
  | 'instance_of'
  | 'by_means_of'

/**
 * How far an event goes, as the source puts it: `limited` ("a limited retaliation", "a
 * symbolic strike"), `moderate` ("a measured response"), `extensive` ("a massive
 * attack"), `total` ("all-out war").
 *
 * @category model
 * @since 0.2.0
 */
export type Degree = 'limited' | 'moderate' | 'extensive' | 'total'

/**
 * An event's scope or extent: its degree, and the words that give it.
 *
 * @category model
 * @since 0.2.0
 */
export interface Scope {
  readonly degree: Degree
  readonly phrase?: string
}

/**
 * A relation to another event.
 *
 * @category model
 * @since 0.1.0
 */
export interface Relation {
  readonly kind: RelationKind
  readonly event: Id.EventId
}

/**
 * A named place, what role it plays in the event, and the country it lies in if known.
 *
 * @category model
 * @since 0.1.0
 */
export interface Place {
  readonly name: string
  readonly role: 'location' | 'origin' | 'destination'
  readonly country?: string
}

/**
 * An event.
 *
 * @category model
 * @since 0.1.0
 */
export interface Event {
  readonly id: Id.EventId
  /** A short verb-like label: "airstrike", "transfer", "attack", "prevent". */
  readonly type: string
  readonly description: string
  readonly status: Status
  readonly agents?: ReadonlyArray<Id.ActorId>
  readonly targets?: ReadonlyArray<Id.ActorId>
  readonly places?: ReadonlyArray<Place>
  readonly time?: Time.TimeRef
  /** What it is done with: "drones", "ballistic missiles". */
  readonly instruments?: ReadonlyArray<string>
  readonly relations?: ReadonlyArray<Relation>
  /** A CAMEO event code (two to four digits), e.g. `1384`. */
  readonly cameo?: string
  readonly evidence?: ReadonlyArray<Evidence.Span>
  /** How far it goes ("a limited retaliation"). @since 0.2.0 */
  readonly scope?: Scope
  /**
   * True when the source deliberately leaves what the event is unspecified ("there will be
   * hell to pay", "consequences"): its `type` and `description` say only as much as the
   * source does. @since 0.2.0
   */
  readonly vague?: boolean
  /** Pipeline metadata: kept by decoding, ignored by validators. @since 0.2.0 */
  readonly meta?: C.Json
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * @category codecs
 * @since 0.1.0
 */
export const Status: C.Codec<Status> = fast(
  C.keyof('Status', ['occurred', 'ongoing', 'planned', 'anticipated', 'hypothetical']),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Relation: C.Codec<Relation> = fast(
  C.struct('EventRelation', {
    kind: C.keyof('EventRelationKind', [
      'retaliation_for',
      'response_to',
      'preparation_for',
      'prevents',
      'part_of',
      'instance_of',
      'by_means_of',
    ]),
    event: Id.EventRef,
  }),
)

/**
 * @category codecs
 * @since 0.2.0
 */
export const Degree: C.Codec<Degree> = fast(
  C.keyof('Degree', ['limited', 'moderate', 'extensive', 'total']),
)

/**
 * @category codecs
 * @since 0.2.0
 */
export const Scope: C.Codec<Scope> = fast(
  C.struct('Scope', { degree: Degree }, { phrase: C.string('phrase', { min: 1, max: 500 }) }),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Place: C.Codec<Place> = fast(
  C.struct(
    'Place',
    {
      name: C.string('name', { min: 1, max: 500 }),
      role: C.keyof('PlaceRole', ['location', 'origin', 'destination']),
    },
    { country: CountryCode },
  ),
)

const actors = C.array(Id.ActorRef, { max: 10_000 })

/**
 * @category codecs
 * @since 0.1.0
 */
export const Event: C.Codec<Event> = fast(
  C.struct(
    'Event',
    {
      id: Id.EventId,
      type: C.string('type', { min: 1, max: 100 }),
      description: C.string('description', { min: 1, max: 10_000 }),
      status: Status,
    },
    {
      agents: actors,
      targets: actors,
      places: C.array(Place, { max: 100 }),
      time: Time.TimeRef,
      instruments: C.array(C.string('instrument', { min: 1, max: 500 }), { max: 100 }),
      relations: C.array(Relation, { max: 1000 }),
      cameo: C.string('cameo', {
        pattern: /^\d{2,4}$/,
        patternMessage: 'must be a CAMEO event code of 2 to 4 digits',
      }),
      evidence: Evidence.Spans,
      scope: Scope,
      vague: C.boolean,
      meta: C.json('meta'),
    },
  ),
)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The optional parts of an event.
 *
 * @category model
 * @since 0.1.0
 */
export type Details = Omit<Event, 'id' | 'type' | 'description' | 'status'> & {
  readonly status?: Status
}

/**
 * An event; its status defaults to `occurred`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (
  id: string,
  type: string,
  description: string,
  details: Details = {},
): Event => {
  const { status = 'occurred', ...rest } = details
  return { id: Id.event(id), type, description, status, ...rest }
}

/**
 * A place (its role defaults to `location`).
 *
 * @category constructors
 * @since 0.1.0
 */
export const place = (
  name: string,
  options: { readonly role?: Place['role']; readonly country?: string } = {},
): Place => {
  const { role = 'location', ...rest } = options
  return { name, role, ...rest }
}

/**
 * A scope: `scope('limited', 'a limited retaliation')`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const scope = (degree: Degree, phrase?: string): Scope =>
  phrase === undefined ? { degree } : { degree, phrase }

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Relates an event to another (data-last): `pipe(attack, Event.relate('retaliation_for', airstrike.id))`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const relate =
  (kind: RelationKind, event: Id.EventId) =>
  (e: Event): Event => ({ ...e, relations: [...(e.relations ?? []), { kind, event }] })

/**
 * Adds evidence spans to an event (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const withEvidence =
  (...spans: ReadonlyArray<Evidence.Span>) =>
  (e: Event): Event => ({ ...e, evidence: [...(e.evidence ?? []), ...spans] })

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * The events this one points to by a relation of the given kind.
 *
 * @category queries
 * @since 0.1.0
 */
export const related = (e: Event, kind: RelationKind): ReadonlyArray<Id.EventId> =>
  (e.relations ?? []).filter((r) => r.kind === kind).map((r) => r.event)

/**
 * The events this one is carried out by (`by_means_of`).
 *
 * @category queries
 * @since 0.2.0
 */
export const means = (e: Event): ReadonlyArray<Id.EventId> => related(e, 'by_means_of')

/**
 * Whether the source leaves the event deliberately unspecified.
 *
 * @category queries
 * @since 0.2.0
 */
export const isVague = (e: Event): boolean => e.vague === true

/**
 * Whether the report presents the event as having happened (or happening).
 *
 * @category queries
 * @since 0.1.0
 */
export const isFactual = (e: Event): boolean => e.status === 'occurred' || e.status === 'ongoing'
