/**
 * PLOVER event records for a report, and reading PLOVER records back into claimgraph
 * events. PLOVER (the Political Language Ontology for Verifiable Event Records, the
 * successor of CAMEO; manual version 2.0) codes an event by its **type** (16 categories),
 * **mode** (how), **context** (what about, and the auxiliary modes `future`,
 * `hypothetical`, `negation`), and lists of **actor** and **recipient** entities, one JSON
 * object per line.
 *
 * A record comes from a statement (a verbal event: a threat, a request, an accusation)
 * or from an event, through its CAMEO code ({@link Cameo.fromReport}) and PLOVER's own
 * translation table ({@link fromCameo}). What PLOVER does not code — comments, the CAMEO
 * `01` statements, and events without a code or without an actor — is listed in
 * `omitted` with the reason.
 *
 * Note that PLOVER's sector `MED` means *medical*: outlets and journalists are `JRN`.
 *
 * @example
 * ```ts
 * import * as Plover from 'claimgraph/interop/plover'
 * import * as fixtures from 'claimgraph/fixtures'
 * import * as E from 'fp-ts/lib/Either.js'
 * import assert from 'node:assert/strict'
 *
 * const { records } = Plover.fromReport(fixtures.report)
 * const attack = records.find((r) => r.id === 'israeli-attack-on-iraq')
 *
 * // "Iraq could face an Israeli attack": an assault that has not happened
 * assert.deepEqual(attack?.event, ['ASSAULT'])
 * assert.deepEqual(attack?.context, ['hypothetical'])
 *
 * // and back: JSON lines → claimgraph events
 * const decoded = Plover.readJsonl(Plover.toJsonl(records))
 * assert.ok(E.isRight(decoded))
 * const events = E.isRight(decoded) ? decoded.right.events : []
 * assert.equal(events.find((e) => e.id === 'israeli-attack-on-iraq')?.status, 'hypothetical')
 * ```
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import * as Actor from '../Actor.js'
import * as C from '../Codec.js'
import * as DecodeError from '../DecodeError.js'
import * as Event from '../Event.js'
import * as Id from '../Id.js'
import type * as Report from '../Report.js'
import type * as Statement from '../Statement.js'
import * as Time from '../Time.js'
import * as Cameo from './cameo.js'
import { days, mentions, profiles, quotes, type Role } from '../internal/interop.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * PLOVER's 16 event types.
 *
 * @category model
 * @since 0.2.0
 */
export type EventType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT'

/**
 * Each event type with its quad category (1 verbal cooperation, 2 material cooperation,
 * 3 verbal conflict, 4 material conflict) and its modes, as in the PLOVER 2.0 manual.
 *
 * @category model
 * @since 0.2.0
 */
export const EVENT_TYPES: Readonly<
  Record<EventType, { readonly quad: 1 | 2 | 3 | 4; readonly modes: ReadonlyArray<string> }>
> = {
  AGREE: { quad: 1, modes: [] },
  CONSULT: { quad: 1, modes: ['visit', 'third-party', 'multilateral', 'phone'] },
  SUPPORT: { quad: 1, modes: [] },
  CONCEDE: { quad: 1, modes: [] },
  COOPERATE: { quad: 2, modes: [] },
  AID: { quad: 2, modes: [] },
  RETREAT: { quad: 2, modes: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'] },
  REQUEST: { quad: 3, modes: ['assist', 'change', 'yield', 'meet'] },
  ACCUSE: { quad: 3, modes: ['disapprove', 'investigate', 'allege'] },
  REJECT: { quad: 3, modes: ['assist', 'change', 'yield', 'meet'] },
  THREATEN: {
    quad: 3,
    modes: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  },
  PROTEST: {
    quad: 4,
    modes: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  },
  SANCTION: { quad: 4, modes: ['convict', 'expel', 'withdraw', 'discontinue'] },
  MOBILIZE: { quad: 4, modes: ['troops', 'weapons', 'police', 'militia'] },
  COERCE: {
    quad: 4,
    modes: [
      'seize',
      'restrict',
      'censor',
      'curfew',
      'martial-law',
      'arrest',
      'deport',
      'withhold',
      'misinformation',
      'cyber',
    ],
  },
  ASSAULT: {
    quad: 4,
    modes: [
      'abduct',
      'beat',
      'torture',
      'sexual',
      'targeted',
      'destroy',
      'primitive',
      'firearms',
      'explosives',
      'suicide-attack',
      'aerial',
      'drone',
      'heavy-weapons',
      'crowd-control',
      'unconventional',
    ],
  },
}

/**
 * PLOVER's auxiliary modes, written into a record's `context`.
 *
 * @category model
 * @since 0.2.0
 */
export type AuxiliaryMode = 'historical' | 'future' | 'hypothetical' | 'negation'

/**
 * PLOVER's general contexts (what an event is about). claimgraph does not record topics,
 * so its records carry only auxiliary modes; the decoder accepts any context.
 *
 * @category model
 * @since 0.2.0
 */
export const CONTEXTS: ReadonlyArray<string> = [
  'military',
  'intelligence',
  'executive',
  'legislative',
  'election',
  'political_institutions',
  'pro_democracy',
  'pro_autocracy',
  'economic',
  'legal',
  'reparations',
  'human_rights',
  'rights_freedoms',
  'repression',
  'human_security',
  'gender',
  'lgbt',
  'religion_ethnicity',
  'inequality',
  'diplomatic',
  'territory',
  'peacekeeping',
  'health',
  'asylum',
  'migration',
  'disasters',
  'natural_resource',
  'environment',
  'technology',
  'terrorism',
  'cbrn',
  'cyber',
  'misinformation',
  'crime',
  'corruption',
  'illegal_drugs',
  'trafficking',
]

/**
 * A PLOVER entity (an actor or a recipient). `code` is a country (ISO 3166-1 alpha-3) or a
 * non-state code (`IGO`, `UNO`, `EUR`, `NGO`, `ISM`, `IMG`, `MNC`); `sector` a sector code
 * (`GOV`, `MIL`, `SPY`, `JRN`, …); `identifier_id` a Wikidata item. `claimgraph_id` is the
 * actor's id in the report, so that records read back keep their actors.
 *
 * @category model
 * @since 0.2.0
 */
export interface Entity {
  readonly code?: string
  readonly sector?: string
  readonly entity_text?: string
  readonly identifier_id?: string
  readonly identifier_text?: string
  readonly office?: string
  readonly claimgraph_id?: string
}

/**
 * Where a record was coded from: the report's headline, address, language (ISO 639-1)
 * and publisher.
 *
 * @category model
 * @since 0.2.0
 */
export interface CiteInfo {
  readonly title?: string
  readonly url?: string
  readonly language?: string
  readonly publication?: string
}

/**
 * A location: the place's name and the ISO 3166-1 alpha-3 code of its country.
 *
 * @category model
 * @since 0.2.0
 */
export interface Location {
  readonly name?: string
  readonly country_code?: string
}

/**
 * One PLOVER event record (the fields of the PLOVER 2.0 JSON data table that claimgraph
 * writes or reads).
 *
 * @category model
 * @since 0.2.0
 */
export interface EventRecord {
  readonly id: string
  /** `YYYY-MM-DD`; PLOVER requires it, claimgraph writes it only when the report gives the day. */
  readonly date?: string
  readonly enddate?: string
  readonly actor: ReadonlyArray<Entity>
  readonly recipient?: ReadonlyArray<Entity>
  readonly event: readonly [EventType, ...EventType[]]
  readonly mode?: ReadonlyArray<string>
  readonly context?: ReadonlyArray<string>
  readonly event_loc?: Location
  readonly event_text?: ReadonlyArray<string>
  readonly quad_code?: 1 | 2 | 3 | 4
  /** A common reference of related records: the larger event this one is part of. */
  readonly link?: string
  readonly cite_info?: CiteInfo
}

/**
 * How an act bears on the events its content mentions, which decides PLOVER's
 * `negation`: `asserts` (the speaker says the content holds: assert, report, accuse…),
 * `denies` (the speaker says it does not: deny), `none` (a request, a warning, a wish:
 * the content is not claimed to be true).
 *
 * @category model
 * @since 0.2.0
 */
export type Force = 'asserts' | 'denies' | 'none'

/**
 * The {@link Force} of every act. Every act has one, so a new act does not compile until
 * it is given one.
 *
 * @category model
 * @since 0.2.0
 */
export const FORCE: Readonly<Record<Statement.Act, Force>> = {
  assert: 'asserts',
  state: 'asserts',
  report: 'asserts',
  note: 'asserts',
  emphasize: 'asserts',
  echo: 'asserts',
  warn: 'none',
  caution: 'none',
  urge: 'none',
  demand: 'none',
  request: 'none',
  threaten: 'none',
  promise: 'none',
  deny: 'denies',
  accuse: 'asserts',
  express_desire: 'none',
  decline_comment: 'none',
  restate: 'asserts',
  withdraw: 'none',
  offer: 'none',
  accept: 'none',
  reject: 'none',
  confirm: 'asserts',
  retract: 'none',
  no_comment: 'none',
  no_response: 'none',
  unreachable: 'none',
}

/**
 * What becomes of each relation between events: `part_of` is the record's `link` (the
 * larger event's id, shared by its parts); PLOVER has no field for how one event causes,
 * answers, prepares or prevents another, so the rest are not exported.
 *
 * @category model
 * @since 0.2.0
 */
export const RELATIONS: Readonly<Record<Event.RelationKind, string>> = {
  part_of: 'link: the id of the larger event',
  retaliation_for: 'not exported: PLOVER has no field for retaliation',
  response_to: 'not exported: PLOVER has no field for a response',
  preparation_for: 'not exported: PLOVER has no field for preparation',
  prevents: 'not exported: PLOVER has no field for prevention',
  instance_of: 'not exported: PLOVER has no field for a general event a record is a case of',
  by_means_of: 'not exported: PLOVER has no field for the means of an event',
}

/**
 * A statement or event without a record, and why:
 * - `comment`: its CAMEO code is a public statement (`01`), which PLOVER does not code;
 * - `no_code`: an event without a CAMEO code (see {@link Cameo.eventCode});
 * - `no_actor`: an event without agents (PLOVER codes only events with a named actor).
 *
 * @category model
 * @since 0.2.0
 */
export interface Omitted {
  readonly node: string
  readonly kind: 'statement' | 'event'
  readonly reason: 'comment' | 'no_code' | 'no_actor'
  readonly message: string
}

/**
 * Something a reader of the records should know:
 * - `undated`: the report does not give the day (PLOVER requires `date`);
 * - `contested`: statements say both that the event occurred and that it did not, so the
 *   record carries no `negation`;
 * - `unknown_code`: the event's CAMEO code is not in the codebook, so it has no type.
 *
 * @category model
 * @since 0.2.0
 */
export interface Note {
  readonly node: string
  readonly code: 'undated' | 'contested' | 'unknown_code'
  readonly message: string
}

/**
 * What {@link fromReport} gives.
 *
 * @category model
 * @since 0.2.0
 */
export interface Export {
  readonly records: ReadonlyArray<EventRecord>
  readonly omitted: ReadonlyArray<Omitted>
  readonly notes: ReadonlyArray<Note>
}

/**
 * What {@link toEvents} gives: the actors the records name, their events, and the ids of
 * the events whose records carry `negation` (the source says they did not happen).
 *
 * @category model
 * @since 0.2.0
 */
export interface Decoded {
  readonly actors: ReadonlyArray<Actor.Actor>
  readonly events: ReadonlyArray<Event.Event>
  readonly negated: ReadonlyArray<Id.EventId>
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const text = (name: string) => C.string(name, { min: 1, max: 10_000 })
const list = (name: string) => C.array(text(name), { max: 10_000 })

/**
 * @category codecs
 * @since 0.2.0
 */
export const EventType: C.Codec<EventType> = C.keyof(
  'EventType',
  Object.keys(EVENT_TYPES) as ReadonlyArray<EventType>,
)

/**
 * @category codecs
 * @since 0.2.0
 */
export const Entity: C.Codec<Entity> = C.struct(
  'Entity',
  {},
  {
    code: text('code'),
    sector: text('sector'),
    entity_text: text('entity_text'),
    identifier_id: text('identifier_id'),
    identifier_text: text('identifier_text'),
    office: text('office'),
    claimgraph_id: text('claimgraph_id'),
  },
)

const day = C.string('date', {
  pattern: /^\d{4}-\d{2}-\d{2}$/,
  patternMessage: 'must be a date in YYYY-MM-DD format',
  asciiPattern: true,
})

/**
 * The codec of a PLOVER record. Read with `{ unknownKeys: 'strip' }` (as {@link decode}
 * does): PLOVER lets providers add fields of their own.
 *
 * @category codecs
 * @since 0.2.0
 */
export const EventRecord: C.Codec<EventRecord> = C.struct(
  'EventRecord',
  {
    id: text('id'),
    actor: C.array(Entity, { max: 10_000, name: 'Actors' }),
    event: C.nonEmptyArray(EventType, 'EventTypes'),
  },
  {
    date: day,
    enddate: day,
    recipient: C.array(Entity, { max: 10_000, name: 'Recipients' }),
    mode: list('mode'),
    context: list('context'),
    event_loc: C.struct('Location', {}, { name: text('name'), country_code: text('country_code') }),
    event_text: list('event_text'),
    quad_code: C.number('quad_code', { integer: true, min: 1, max: 4 }) as C.Codec<1 | 2 | 3 | 4>,
    link: text('link'),
    cite_info: C.struct(
      'CiteInfo',
      {},
      {
        title: text('title'),
        url: text('url'),
        language: text('language'),
        publication: text('publication'),
      },
    ),
  },
)

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * PLOVER's translation of CAMEO root categories (its manual, "CAMEO to PLOVER
 * translation"), with the exceptions the manual itself makes: `02` appeals are `REQUEST`
 * (PLOVER 2.0's REQUEST is "all requests, demands, and orders"), `08` splits into CONCEDE
 * (`080`–`083`) and RETREAT (`084`–`087`), `116` "find guilty" is SANCTION, `1712`
 * "destroy property" is ASSAULT, and `20` is ASSAULT (PLOVER 2.0 has no FIGHT).
 * `01` public statements have no PLOVER type.
 */
const ROOTS: Readonly<Record<string, EventType | undefined>> = {
  '01': undefined,
  '02': 'REQUEST',
  '03': 'AGREE',
  '04': 'CONSULT',
  '05': 'SUPPORT',
  '06': 'COOPERATE',
  '07': 'AID',
  '08': 'CONCEDE',
  '09': 'ACCUSE',
  '10': 'REQUEST',
  '11': 'ACCUSE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'MOBILIZE',
  '16': 'SANCTION',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'ASSAULT',
  '20': 'ASSAULT',
}

/**
 * The PLOVER mode of CAMEO codes (a code takes the mode of its longest listed prefix; an
 * empty mode means none). CAMEO's sub-codes are PLOVER's modes: `195` aerial weapons is
 * ASSAULT `aerial`, `1384` threaten conventional attack is THREATEN `violence`, `043` host
 * a visit is CONSULT `visit` (with actor and recipient swapped: PLOVER's actor is the
 * visitor).
 *
 * @category model
 * @since 0.2.0
 */
export const MODES: Readonly<Record<string, string>> = {
  // 02 / 10 requests, 12 rejections
  '021': 'assist',
  '022': 'assist',
  '023': 'assist',
  '024': 'change',
  '025': 'yield',
  '026': 'meet',
  '027': 'meet',
  '028': 'meet',
  '101': 'assist',
  '102': 'assist',
  '103': 'assist',
  '104': 'change',
  '105': 'yield',
  '106': 'meet',
  '107': 'meet',
  '108': 'meet',
  '121': 'assist',
  '122': 'assist',
  '123': 'change',
  '124': 'yield',
  '125': 'meet',
  '126': 'meet',
  '127': 'meet',
  // 04 consult
  '041': 'phone',
  '042': 'visit',
  '043': 'visit',
  '044': 'third-party',
  // 08 yield (RETREAT)
  '084': 'release',
  '0842': '',
  '086': 'access',
  '0871': 'ceasefire',
  '0873': 'disarm',
  '0874': 'withdraw',
  // 09, 11 accuse; 116 sanction
  '09': 'investigate',
  '110': 'disapprove',
  '111': 'disapprove',
  '112': 'allege',
  '113': 'disapprove',
  '114': 'disapprove',
  '115': 'allege',
  '116': 'convict',
  // 13 threaten
  '1312': 'restrict',
  '1313': 'relations',
  '132': 'restrict',
  '133': 'restrict',
  '134': 'relations',
  '135': 'relations',
  '136': 'expel',
  '137': 'arrest',
  '138': 'violence',
  '1381': 'restrict',
  '1382': 'territory',
  // 14 protest
  '141': 'demo',
  '142': 'hunger',
  '143': 'strike',
  '144': 'obstruct',
  '145': 'riot',
  // 15 mobilize
  '151': 'police',
  '152': 'troops',
  '153': 'police',
  '154': 'troops',
  '155': 'weapons',
  // 16 sanction
  '161': 'discontinue',
  '162': 'withdraw',
  '163': 'discontinue',
  '164': 'discontinue',
  '165': 'discontinue',
  '166': 'expel',
  // 17 coerce
  '171': 'seize',
  '1712': 'destroy',
  '172': 'restrict',
  '1723': 'curfew',
  '1724': 'martial-law',
  '173': 'arrest',
  '174': 'deport',
  '176': 'cyber',
  // 18-20 assault
  '181': 'abduct',
  '182': 'beat',
  '1821': 'sexual',
  '1822': 'torture',
  '183': 'explosives',
  '1831': 'suicide-attack',
  '185': 'targeted',
  '186': 'targeted',
  '193': 'firearms',
  '194': 'heavy-weapons',
  '195': 'aerial',
  '1952': 'drone',
  '202': 'targeted',
  '204': 'unconventional',
}

/**
 * The PLOVER type and mode of a CAMEO event code (see the guide's table): none for a
 * public statement (`01`) or a code outside CAMEO's roots. `swap` is true for `043` (host
 * a visit), whose CAMEO source is the host where PLOVER's actor is the visitor.
 *
 * @category queries
 * @since 0.2.0
 */
export const fromCameo = (
  code: string,
): O.Option<{ readonly type: EventType; readonly mode?: string; readonly swap: boolean }> => {
  if (!/^\d{2,4}$/.test(code)) return O.none
  const r = code.slice(0, 2)
  let type = Object.hasOwn(ROOTS, r) ? ROOTS[r] : undefined
  if (type === undefined) return O.none
  if (r === '08' && code.length > 2 && code[2]! >= '4') type = 'RETREAT'
  if (code.startsWith('116')) type = 'SANCTION'
  if (code === '1712') type = 'ASSAULT'
  let mode: string | undefined
  for (let n = code.length; n >= 2 && mode === undefined; n--) {
    const key = code.slice(0, n)
    if (Object.hasOwn(MODES, key)) mode = MODES[key]
  }
  return O.some({
    type,
    ...(mode === undefined || mode === '' ? {} : { mode }),
    swap: code === '043',
  })
}

/** A CAMEO role element and the PLOVER sector it becomes (`MED` media is `JRN`). */
const CAMEO_SECTORS: Readonly<Record<string, string>> = {
  GOV: 'GOV',
  MIL: 'MIL',
  COP: 'COP',
  JUD: 'JUD',
  LEG: 'LEG',
  OPP: 'OPP',
  REB: 'REB',
  INS: 'REB',
  SEP: 'REB',
  SPY: 'SPY',
  UAF: 'UAF',
  AGR: 'AGR',
  BUS: 'BUS',
  CRM: 'CRM',
  CVL: 'CVL',
  EDU: 'EDU',
  ELI: 'ELI',
  HLH: 'MED',
  LAB: 'LAB',
  MED: 'JRN',
  REF: 'REF',
}

/** Non-state codes that stand where a country does, in CAMEO and PLOVER alike. */
const NON_STATE = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC'])

/** A role and the PLOVER sector it becomes; international bodies and NGOs get a code instead. */
const ROLE_SECTORS: Readonly<Record<Role, string | undefined>> = {
  government: 'GOV',
  military: 'MIL',
  intelligence: 'SPY',
  armed_group: undefined,
  party: 'PTY',
  media: 'JRN',
  international: undefined,
  ngo: undefined,
  business: 'BUS',
  religious: 'REL',
}

/** The PLOVER code and sector of a CAMEO actor code (`IRNMIL` → `IRN`, `MIL`). */
const fromCameoActor = (code: string): { code?: string; sector?: string } => {
  const parts: ReadonlyArray<string> = code.match(/.{3}/g) ?? []
  const first = parts[0]
  const out: { code?: string; sector?: string } = {}
  let rest = parts
  if (first !== undefined && !Object.hasOwn(CAMEO_SECTORS, first)) {
    out.code = first === 'IGO' && parts[1] === 'UNO' ? 'UNO' : first
    rest = parts.slice(1)
  }
  for (const p of rest) {
    if (Object.hasOwn(CAMEO_SECTORS, p)) {
      out.sector = CAMEO_SECTORS[p]!
      break
    }
  }
  return out
}

const language = (tag: string | undefined): string | undefined => {
  const primary = tag?.split('-')[0]?.toLowerCase()
  return primary !== undefined && primary.length === 2 ? primary : undefined
}

/**
 * The PLOVER records of a report, one per statement or event that PLOVER codes (see the
 * guide's tables), statements first, each in the report's order; with what was left out
 * and why, and notes (undated records, contested events). Linear in the size of the
 * report.
 *
 * @category queries
 * @since 0.2.0
 */
export const fromReport = (r: Report.ReportData): Export => {
  const cameo = Cameo.fromReport(r)
  const codings = new Map(cameo.codings.map((c) => [c.node, c]))
  const profile = profiles(r.actors)
  const actors = new Map<string, Actor.Actor>()
  for (const a of r.actors) if (!actors.has(a.id)) actors.set(a.id, a)
  const entities = new Map<string, Entity>()
  const entity = (id: Id.ActorId): Entity => {
    const seen = entities.get(id)
    if (seen !== undefined) return seen
    const a = actors.get(id)
    const e: { -readonly [K in keyof Entity]: Entity[K] } = {}
    const p = profile(id)
    const external = a?.external?.cameo
    if (external !== undefined) Object.assign(e, fromCameoActor(external))
    else if (p !== undefined && p.members === undefined) {
      if (p.role === 'international') e.code = 'IGO'
      else if (p.role === 'ngo' && p.country === undefined) e.code = 'NGO'
      else if (p.country !== undefined) e.code = p.country
      const sector = p.role === undefined ? undefined : ROLE_SECTORS[p.role]
      if (sector !== undefined) e.sector = sector
      else if (a?.kind === 'anonymous' || a?.kind === 'unnamed') e.sector = 'UNK'
    }
    if (a !== undefined) {
      e.entity_text = Actor.label(a)
      if (a.external?.wikidata !== undefined) e.identifier_id = a.external.wikidata
      if ('name' in a && a.name !== undefined && a.external?.wikidata !== undefined)
        e.identifier_text = a.name
      const office = a.kind === 'person' ? a.offices?.[0]?.title : undefined
      if (office !== undefined) e.office = office
    }
    e.claimgraph_id = id
    entities.set(id, e)
    return e
  }
  const list = (ids: ReadonlyArray<Id.ActorId> | undefined) => (ids ?? []).map(entity)

  // how the report's statements mention each event: asserted, denied, or both
  const said = new Map<string, number>() // bit 1: said to occur; bit 2: said not to occur
  for (const s of r.statements) {
    const force = FORCE[s.act]
    if (force === 'none' || s.content.kind !== 'proposition') continue
    mentions(s.content.proposition, (event, m) => {
      if (m === 'open') return
      const occurs = (m === 'positive') === (force === 'asserts')
      said.set(event, (said.get(event) ?? 0) | (occurs ? 1 : 2))
    })
  }

  const cite: CiteInfo = {
    title: r.headline,
    ...(language(r.language) === undefined ? {} : { language: language(r.language)! }),
    ...(r.outlet === undefined || actors.get(r.outlet) === undefined
      ? {}
      : { publication: Actor.label(actors.get(r.outlet)!) }),
  }
  const records: EventRecord[] = []
  const omitted: Omitted[] = []
  const notes: Note[] = []
  const record = (
    node: string,
    kind: 'statement' | 'event',
    from: {
      readonly actor: ReadonlyArray<Id.ActorId>
      readonly recipient: ReadonlyArray<Id.ActorId>
    },
    extra: {
      readonly time: Time.TimeRef | undefined
      readonly context: ReadonlyArray<AuxiliaryMode>
      readonly spans: Parameters<typeof quotes>[1]
      readonly link?: string
      readonly location?: Location
    },
  ): void => {
    const coding = codings.get(node)
    if (coding === undefined) {
      omitted.push({
        node,
        kind,
        reason: 'no_code',
        message:
          kind === 'event'
            ? 'the event has no CAMEO code (set its cameo)'
            : 'the act has no CAMEO code (a non-answer: the speaker did not act)',
      })
      return
    }
    const plover = fromCameo(coding.code)
    if (O.isNone(plover)) {
      if (coding.name === undefined)
        notes.push({ node, code: 'unknown_code', message: `"${coding.code}" is not a CAMEO code` })
      omitted.push({
        node,
        kind,
        reason: 'comment',
        message: `CAMEO ${coding.code} (${coding.name ?? 'unknown'}) is a public statement, which PLOVER does not code`,
      })
      return
    }
    const { type, mode, swap } = plover.value
    const actor = swap ? from.recipient : from.actor
    const recipient = swap ? from.actor : from.recipient
    if (actor.length === 0) {
      omitted.push({
        node,
        kind,
        reason: 'no_actor',
        message: 'PLOVER codes only events with a named actor',
      })
      return
    }
    const when = days(extra.time, r.published)
    if (when === undefined)
      notes.push({
        node,
        code: 'undated',
        message: 'the report does not give the day; the record has no date',
      })
    const texts = quotes(r.text, extra.spans)
    records.push({
      id: node,
      ...(when === undefined ? {} : { date: when.first }),
      ...(when?.last === undefined ? {} : { enddate: when.last }),
      actor: list(actor),
      ...(recipient.length === 0 ? {} : { recipient: list(recipient) }),
      event: [type],
      ...(mode === undefined ? {} : { mode: [mode] }),
      ...(extra.context.length === 0 ? {} : { context: extra.context }),
      ...(extra.location === undefined ? {} : { event_loc: extra.location }),
      ...(texts.length === 0 ? {} : { event_text: texts }),
      quad_code: EVENT_TYPES[type].quad,
      ...(extra.link === undefined ? {} : { link: extra.link }),
      cite_info: cite,
    })
  }
  for (const s of r.statements)
    record(
      s.id,
      'statement',
      { actor: s.speakers, recipient: s.addressees ?? [] },
      { time: s.time, context: [], spans: s.evidence },
    )
  for (const e of r.events) {
    const context: AuxiliaryMode[] = []
    if (e.status === 'planned' || e.status === 'anticipated') context.push('future')
    if (e.status === 'hypothetical') context.push('hypothetical')
    const flags = said.get(e.id) ?? 0
    if (flags === 2) context.push('negation')
    if (flags === 3)
      notes.push({
        node: e.id,
        code: 'contested',
        message: 'statements say both that it occurred and that it did not: no negation',
      })
    const whole = e.relations?.find((x) => x.kind === 'part_of')?.event
    const place = e.places?.find((p) => p.role === 'location') ?? e.places?.[0]
    record(
      e.id,
      'event',
      { actor: e.agents ?? [], recipient: e.targets ?? [] },
      {
        time: e.time,
        context,
        spans: e.evidence,
        ...(whole === undefined ? {} : { link: whole }),
        ...(place === undefined
          ? {}
          : {
              location: {
                name: place.name,
                ...(place.country === undefined ? {} : { country_code: place.country }),
              },
            }),
      },
    )
  }
  return { records, omitted, notes }
}

/**
 * Records as JSON Lines (PLOVER's suggested format): one record per line.
 *
 * @category utils
 * @since 0.2.0
 */
export const toJsonl = (records: ReadonlyArray<EventRecord>): string =>
  records.map((x) => `${JSON.stringify(x)}\n`).join('')

// -------------------------------------------------------------------------------------
// reading PLOVER
// -------------------------------------------------------------------------------------

/** A field PLOVER lets be one value or a list, as a list. */
const LISTS = ['event', 'mode', 'context', 'event_text'] as const

/** POLECAT's names for the fields of an entity, read as PLOVER's. */
const ALIASES: ReadonlyArray<readonly [string, keyof Entity]> = [
  ['raw_text', 'entity_text'],
  ['entity_name', 'identifier_text'],
  ['wikidata_id', 'identifier_id'],
  ['sector_code', 'sector'],
]

const normalizeEntity = (u: unknown): unknown => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return u
  const o = u as Record<string, unknown>
  if (!ALIASES.some(([from]) => Object.hasOwn(o, from))) return u
  const out: Record<string, unknown> = { ...o }
  for (const [from, to] of ALIASES)
    if (Object.hasOwn(o, from)) {
      if (!Object.hasOwn(o, to) && o[from] !== '' && o[from] !== null) out[to] = o[from]
      delete out[from]
    }
  return out
}

/** PLOVER lets a list field be a single value and names entity fields as POLECAT does. */
const normalize = (u: unknown): unknown => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return u
  const o = u as Record<string, unknown>
  const out: Record<string, unknown> = { ...o }
  for (const k of LISTS) if (typeof o[k] === 'string') out[k] = [o[k]]
  for (const k of ['actor', 'recipient'] as const)
    if (Array.isArray(o[k])) out[k] = (o[k] as ReadonlyArray<unknown>).map(normalizeEntity)
  return out
}

/**
 * Decodes one PLOVER record: every problem with its path, never an exception. Fields
 * PLOVER allows a provider to add are dropped; a list field given as one string is read as
 * a list of one; POLECAT's entity field names (`raw_text`, `entity_name`, `wikidata_id`,
 * `sector_code`) are read as PLOVER's.
 *
 * @category codecs
 * @since 0.2.0
 */
export const decode = (u: unknown): E.Either<DecodeError.DecodeError, EventRecord> =>
  C.decode(EventRecord, { unknownKeys: 'strip' })(normalize(u))

const prefix = (
  path: DecodeError.Path,
  e: DecodeError.DecodeError,
): ReadonlyArray<DecodeError.DecodeIssue> =>
  e.issues.map((i) => DecodeError.issue([...path, ...i.path], i.code, i.message))

/**
 * Reads PLOVER JSON Lines: one record per non-blank line. Every problem of every line is
 * reported, with the line's index (from 0) first in its path; a line that is not JSON is
 * `invalid_json`. Linear in the length of the text.
 *
 * @category codecs
 * @since 0.2.0
 */
export const fromJsonl = (
  text: string,
): E.Either<DecodeError.DecodeError, ReadonlyArray<EventRecord>> => {
  const records: EventRecord[] = []
  const issues: DecodeError.DecodeIssue[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length && issues.length < DecodeError.MAX_ISSUES; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (e) {
      const reason = e instanceof Error ? e.message.slice(0, 120) : 'a syntax error'
      issues.push(DecodeError.issue([i], 'invalid_json', `line ${i + 1} is not JSON: ${reason}`))
      continue
    }
    const r = decode(value)
    if (E.isLeft(r)) issues.push(...prefix([i], r.left))
    else records.push(r.right)
  }
  return issues.length === 0
    ? E.right(records)
    : E.left(DecodeError.make(issues[0]!, ...issues.slice(1)))
}

/** A PLOVER sector and the organization sector it becomes. */
const SECTORS: Readonly<Record<string, Actor.Sector>> = {
  GOV: 'government',
  MIL: 'military',
  SPY: 'intelligence',
  REB: 'armed_group',
  PRM: 'armed_group',
  UAF: 'armed_group',
  PTY: 'party',
  OPP: 'party',
  BUS: 'business',
  REL: 'religious',
}

/** A non-state code and the organization sector it becomes. */
const NON_STATE_SECTORS: Readonly<Record<string, Actor.Sector>> = {
  IGO: 'international',
  UNO: 'international',
  EUR: 'international',
  NGO: 'ngo',
  ISM: 'other',
  IMG: 'armed_group',
  MNC: 'business',
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)

/**
 * The id an entity gets: its `claimgraph_id`, else its Wikidata id, else one made of its
 * code, sector and text (`DEU.GOV.steinmeier`); undefined when none is a valid id.
 */
const entityId = (e: Entity): string | undefined => {
  for (const candidate of [e.claimgraph_id, e.identifier_id])
    if (candidate !== undefined && Id.isId(candidate)) return candidate
  const words = slug(e.entity_text ?? e.identifier_text ?? '')
  const made = [e.code, e.sector, words].filter((x) => x !== undefined && x !== '').join('.')
  return Id.isId(made) ? made : undefined
}

const country = (code: string | undefined): Actor.CountryCode | undefined =>
  code !== undefined && /^[A-Z]{3}$/.test(code) && !NON_STATE.has(code) ? code : undefined

/** The claimgraph actor an entity describes (see the guide's table). */
const toActor = (id: string, e: Entity): Actor.Actor => {
  const name = (e.identifier_text ?? e.entity_text ?? e.code ?? id).slice(0, 500)
  const external =
    e.identifier_id !== undefined && /^Q[1-9]\d{0,11}$/.test(e.identifier_id)
      ? { external: { wikidata: e.identifier_id } }
      : {}
  const land = country(e.code)
  if (e.office !== undefined)
    return Actor.person(id, name, { offices: [Actor.office(e.office.slice(0, 500))], ...external })
  if (e.sector === 'JRN')
    return Actor.outlet(id, name, { ...(land === undefined ? {} : { country: land }), ...external })
  if (e.code !== undefined && Object.hasOwn(NON_STATE_SECTORS, e.code))
    return Actor.organization(id, name, NON_STATE_SECTORS[e.code]!, external)
  if (e.sector === 'UNK') return Actor.anonymous(id, name, external)
  if (e.sector === undefined && land !== undefined) return Actor.state(id, name, land, external)
  if (e.sector === undefined && e.code === undefined && e.identifier_id === undefined)
    return Actor.anonymous(id, name, external)
  const sector =
    e.sector !== undefined && Object.hasOwn(SECTORS, e.sector) ? SECTORS[e.sector]! : 'other'
  return Actor.organization(id, name, sector, {
    ...(land === undefined ? {} : { country: land }),
    ...external,
  })
}

const STATUS = (context: ReadonlyArray<string> | undefined): Event.Status =>
  context?.includes('hypothetical') === true
    ? 'hypothetical'
    : context?.includes('future') === true
      ? 'anticipated'
      : 'occurred'

/**
 * PLOVER records as claimgraph actors and events (see the guide's table): each record an
 * event with the record's id, its types in lower case as the event's `type`, its status
 * from the auxiliary modes (`hypothetical`, else `future` → anticipated, else occurred),
 * its actors as agents and recipients as targets, its dates as a time, its `link` as
 * `part_of` when the linked record is among them; each distinct entity an actor (keyed by
 * `claimgraph_id`, else Wikidata id, else code, sector and text). Records with `negation`
 * are listed in `negated`. Problems — ids that are not claimgraph ids, two records with one
 * id, dates that do not exist — come back with their paths, all at once. Linear in the
 * number of records and entities.
 *
 * @category combinators
 * @since 0.2.0
 */
export const toEvents = (
  records: ReadonlyArray<EventRecord>,
): E.Either<DecodeError.DecodeError, Decoded> => {
  const issues: DecodeError.DecodeIssue[] = []
  const actors = new Map<string, Actor.Actor>()
  const events: Event.Event[] = []
  const negated: Id.EventId[] = []
  const ids = new Set<string>()
  for (const x of records) ids.add(x.id)
  const seen = new Set<string>()
  const refs = (
    i: number,
    key: 'actor' | 'recipient',
    list: ReadonlyArray<Entity>,
  ): Id.ActorId[] => {
    const out = new Set<Id.ActorId>()
    list.forEach((e, j) => {
      const id = entityId(e)
      if (id === undefined) {
        issues.push(
          DecodeError.issue(
            [i, key, j],
            'invalid_id',
            'the entity has no claimgraph_id, Wikidata id, code, sector or text to name it by',
          ),
        )
        return
      }
      if (!actors.has(id)) actors.set(id, toActor(id, e))
      out.add(Id.actor(id))
    })
    return [...out]
  }
  records.forEach((x, i) => {
    if (!Id.isId(x.id)) {
      issues.push(
        DecodeError.issue(
          [i, 'id'],
          'invalid_id',
          `"${String(x.id).slice(0, 40)}" is not a claimgraph id`,
        ),
      )
      return
    }
    if (seen.has(x.id)) {
      issues.push(
        DecodeError.issue([i, 'id'], 'duplicate_id', `id "${x.id}" is used by an earlier record`),
      )
      return
    }
    seen.add(x.id)
    const agents = refs(i, 'actor', x.actor)
    const targets = refs(i, 'recipient', x.recipient ?? [])
    let time: Time.Time | undefined
    if (x.date !== undefined) {
      const s = x.enddate === undefined || x.enddate === x.date ? x.date : `${x.date}/${x.enddate}`
      if (Time.isTime(s)) time = Time.time(s)
      else
        issues.push(
          DecodeError.issue(
            [i, x.enddate === undefined ? 'date' : 'enddate'],
            'invalid_time',
            `${s} is not a calendar date (or an end before its start)`,
          ),
        )
    } else if (x.enddate !== undefined)
      issues.push(DecodeError.issue([i, 'enddate'], 'missing_key', 'an enddate needs a date'))
    const type = x.event.map((t) => t.toLowerCase()).join('+')
    const description = x.event_text?.[0] ?? `${x.event.join(', ')} (PLOVER record ${x.id})`
    const place =
      x.event_loc?.name === undefined
        ? undefined
        : Event.place(x.event_loc.name.slice(0, 500), {
            ...(country(x.event_loc.country_code) === undefined
              ? {}
              : { country: x.event_loc.country_code! }),
          })
    events.push(
      Event.make(x.id, type, description, {
        status: STATUS(x.context),
        ...(agents.length === 0 ? {} : { agents }),
        ...(targets.length === 0 ? {} : { targets }),
        ...(time === undefined ? {} : { time }),
        ...(place === undefined ? {} : { places: [place] }),
        ...(x.link !== undefined && x.link !== x.id && ids.has(x.link) && Id.isId(x.link)
          ? { relations: [{ kind: 'part_of' as const, event: Id.event(x.link) }] }
          : {}),
      }),
    )
    if (x.context?.includes('negation') === true) negated.push(Id.event(x.id))
  })
  return issues.length === 0
    ? E.right({ actors: [...actors.values()], events, negated })
    : E.left(DecodeError.make(issues[0]!, ...issues.slice(0, DecodeError.MAX_ISSUES).slice(1)))
}

/**
 * {@link fromJsonl} then {@link toEvents}: PLOVER JSON Lines as claimgraph actors and
 * events.
 *
 * @category codecs
 * @since 0.2.0
 */
export const readJsonl = (text: string): E.Either<DecodeError.DecodeError, Decoded> =>
  E.flatMap(fromJsonl(text), toEvents)
