import { fc } from '@fast-check/vitest'
import type {
  Actor,
  Attribution,
  Event,
  Evidence,
  Id,
  Likelihood,
  Proposition,
  Statement,
  Threat,
  Time,
} from '../../src/index.js'
import { Likelihood as L, Report } from '../../src/index.js'

const word = fc.stringMatching(/^[A-Za-z][A-Za-z ,.'-]{0,20}[A-Za-z]$/)
export const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/)
export const actorId = id as fc.Arbitrary<Id.ActorId>
export const eventId = id as fc.Arbitrary<Id.EventId>
export const statementId = id as fc.Arbitrary<Id.StatementId>
export const threatId = id as fc.Arbitrary<Id.ThreatId>

const pad = (n: number, w: number) => String(n).padStart(w, '0')
const qualifier = fc.constantFrom('', '?', '~', '%')
export const date = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.integer({ min: 0, max: 2 }),
    q: qualifier,
    unknownYear: fc.boolean(),
  })
  .map(({ year, month, day, precision, q, unknownYear }) => {
    const y = unknownYear && precision > 0 ? 'XXXX' : pad(year, 4)
    return (
      (precision === 0
        ? y
        : precision === 1
          ? `${y}-${pad(month, 2)}`
          : `${y}-${pad(month, 2)}-${pad(day, 2)}`) + q
    )
  })
export const knownDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.integer({ min: 0, max: 2 }),
  })
  .map(
    ({ year, month, day, precision }) =>
      (precision === 0
        ? pad(year, 4)
        : precision === 1
          ? `${year}-${pad(month, 2)}`
          : `${year}-${pad(month, 2)}-${pad(day, 2)}`) as Time.Time,
  )
export const time: fc.Arbitrary<Time.Time> = fc
  .oneof(
    date,
    fc.tuple(knownDate, knownDate).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
    date.filter((d) => !d.startsWith('XXXX')).map((d) => `${d}/..`),
    date.filter((d) => !d.startsWith('XXXX')).map((d) => `../${d}`),
    date.filter((d) => !d.startsWith('XXXX')).map((d) => `${d}/`),
  )
  .map((s) => s as Time.Time)
export const relative: fc.Arbitrary<Time.RelativeTime> = fc.record(
  {
    kind: fc.constant('relative' as const),
    phrase: word,
    shift: fc.oneof(
      fc.record({
        unit: fc.constantFrom('day', 'week', 'month', 'year' as const),
        amount: fc.integer({ min: -50, max: 50 }),
      }),
      fc.record({
        weekday: fc.constantFrom(
          'monday',
          'tuesday',
          'wednesday',
          'thursday',
          'friday',
          'saturday',
          'sunday' as const,
        ),
        which: fc.constantFrom('last', 'next' as const),
      }),
    ),
    anchor: knownDate,
  },
  { requiredKeys: ['kind', 'phrase', 'shift'] },
)
export const timeRef: fc.Arbitrary<Time.TimeRef> = fc.oneof(time, relative)

export const likelihood: fc.Arbitrary<Likelihood.Likelihood> = fc.oneof(
  fc.constantFrom(...L.BANDS.map((r) => r.band)).map(L.fromBand),
  fc
    .constantFrom('CT+', 'PR+', 'PS+', 'CT-', 'PR-', 'PS-', 'CTu', 'Uu' as const)
    .map(L.fromFactuality),
  fc
    .constantFrom('may', 'could', 'likely', 'reportedly', 'almost certainly', 'anticipated')
    .map((c) => {
      const r = L.fromCue(c)
      if (r._tag === 'None') throw new Error('cue')
      return r.value
    }),
)

export const span: fc.Arbitrary<Evidence.Span> = fc
  .record({ start: fc.nat({ max: 10_000 }), text: word })
  .map(({ start, text }) => ({ start, end: start + text.length, text }))
const spans = fc.array(span, { maxLength: 2 })
const actors = fc.array(actorId, { maxLength: 3 })
const actors1 = fc.array(actorId, { minLength: 1, maxLength: 3 }) as unknown as fc.Arbitrary<
  readonly [Id.ActorId, ...Id.ActorId[]]
>
const country = fc.constantFrom('USA', 'IRQ', 'ISR', 'IRN', 'LBN')
const common = {
  relations: fc.array(
    fc.record({
      kind: fc.constantFrom(
        'member_of',
        'acts_for',
        'aligned_with',
        'part_of',
        'linked_to' as const,
      ),
      target: actorId,
    }),
    { maxLength: 2 },
  ),
  external: fc.record(
    { wikidata: fc.constantFrom('Q30', 'Q796'), cameo: fc.constantFrom('USAGOV', 'IRQ', 'ISRMIL') },
    { requiredKeys: [] },
  ),
}
const opt = ['relations', 'external'] as const

export const actor: fc.Arbitrary<Actor.Actor> = fc.oneof(
  fc.record(
    { kind: fc.constant('state' as const), id: actorId, name: word, country, ...common },
    { requiredKeys: ['kind', 'id', 'name', 'country'] },
  ),
  fc.record(
    {
      kind: fc.constant('organization' as const),
      id: actorId,
      name: word,
      sector: fc.constantFrom('government', 'military', 'armed_group', 'media' as const),
      country,
      ...common,
    },
    { requiredKeys: ['kind', 'id', 'name', 'sector'] },
  ),
  fc.record(
    {
      kind: fc.constant('person' as const),
      id: actorId,
      name: word,
      offices: fc.array(fc.record({ title: word, in: actorId }, { requiredKeys: ['title'] }), {
        maxLength: 2,
      }),
      ...common,
    },
    { requiredKeys: ['kind', 'id', 'name'] },
  ),
  fc.record(
    {
      kind: fc.constant('outlet' as const),
      id: actorId,
      name: word,
      country,
      affiliations: actors,
      ...common,
    },
    { requiredKeys: ['kind', 'id', 'name'] },
  ),
  fc.record(
    {
      kind: fc.constant('anonymous' as const),
      id: actorId,
      description: word,
      count: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constant('unknown' as const)),
      affiliation: actorId,
      ...common,
    },
    { requiredKeys: ['kind', 'id', 'description', 'count'] },
  ),
  fc.record(
    {
      kind: fc.constant('collective' as const),
      id: actorId,
      name: word,
      members: actors1,
      ...common,
    },
    { requiredKeys: ['kind', 'id', 'name', 'members'] },
  ),
  fc.record(
    { kind: fc.constant('author' as const), id: actorId, name: word, ...common },
    { requiredKeys: ['kind', 'id'] },
  ),
)
void opt

export const proposition: fc.Arbitrary<Proposition.Proposition> = fc.letrec<{
  p: Proposition.Proposition
}>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('occurs' as const), event: eventId }),
    fc.record({ kind: fc.constant('not' as const), operand: tie('p') }),
    fc.record({
      kind: fc.constant('and' as const),
      operands: fc.array(tie('p'), { minLength: 2, maxLength: 3 }) as unknown as fc.Arbitrary<
        readonly [Proposition.Proposition, Proposition.Proposition]
      >,
    }),
    fc.record({
      kind: fc.constant('or' as const),
      operands: fc.array(tie('p'), { minLength: 2, maxLength: 3 }) as unknown as fc.Arbitrary<
        readonly [Proposition.Proposition, Proposition.Proposition]
      >,
    }),
    fc.record({ kind: fc.constant('epistemic' as const), likelihood, operand: tie('p') }),
    fc.record({ kind: fc.constant('ability' as const), agents: actors1, operand: tie('p') }),
    fc.record({ kind: fc.constant('obligation' as const), agents: actors1, operand: tie('p') }),
  ),
})).p

export const event: fc.Arbitrary<Event.Event> = fc.record(
  {
    id: eventId,
    type: word,
    description: word,
    status: fc.constantFrom(
      'occurred',
      'ongoing',
      'planned',
      'anticipated',
      'hypothetical' as const,
    ),
    agents: actors,
    targets: actors,
    places: fc.array(
      fc.record(
        {
          name: word,
          role: fc.constantFrom('location', 'origin', 'destination' as const),
          country,
        },
        { requiredKeys: ['name', 'role'] },
      ),
      { maxLength: 2 },
    ),
    time: timeRef,
    instruments: fc.array(word, { maxLength: 2 }),
    relations: fc.array(
      fc.record({
        kind: fc.constantFrom(
          'retaliation_for',
          'response_to',
          'preparation_for',
          'prevents',
          'part_of',
          'instance_of' as const,
        ),
        event: eventId,
      }),
      { maxLength: 2 },
    ),
    cameo: fc.constantFrom('130', '1384', '19'),
    evidence: spans,
  },
  { requiredKeys: ['id', 'type', 'description', 'status'] },
)

export const attribution: fc.Arbitrary<Attribution.Attribution> = fc.record({
  chain: fc.array(
    fc.oneof(
      fc.record(
        {
          source: actorId,
          cue: word,
          grading: fc.record({
            reliability: fc.constantFrom('A', 'B', 'F' as const),
            credibility: fc.constantFrom(1, 2, 6 as const),
          }),
          evidence: spans,
        },
        { requiredKeys: ['source'] },
      ),
      fc.record({ cue: word }),
    ),
    { minLength: 1, maxLength: 3 },
  ) as unknown as fc.Arbitrary<Attribution.Attribution['chain']>,
})

export const content: fc.Arbitrary<Statement.Content> = fc.oneof(
  proposition.map((p) => ({ kind: 'proposition' as const, proposition: p })),
  threatId.map((t) => ({ kind: 'threat' as const, threat: t })),
  statementId.map((s) => ({ kind: 'statement' as const, statement: s })),
  fc.constant({ kind: 'none' as const }),
)

export const statement: fc.Arbitrary<Statement.Statement> = fc.record(
  {
    id: statementId,
    speakers: actors1,
    act: fc.constantFrom('warn', 'state', 'decline_comment', 'urge' as const),
    content,
    addressees: actors,
    quote: word,
    channel: fc.constantFrom('public', 'private', 'both', 'unknown' as const),
    time: timeRef,
    replyTo: statementId,
    attribution,
    hedges: fc.array(likelihood, { maxLength: 2 }),
    evidence: spans,
  },
  { requiredKeys: ['id', 'speakers', 'act', 'content'] },
)

export const threat: fc.Arbitrary<Threat.Threat> = fc.record(
  {
    id: threatId,
    issuer: actors1,
    addressee: actors1,
    consequence: proposition,
    valence: fc.constantFrom('negative', 'positive' as const),
    condition: proposition,
    enforcer: actors1,
    likelihood,
    deadline: timeRef,
    deadlineBound: fc.constantFrom('by', 'before' as const),
    window: timeRef,
    within: fc
      .constantFrom('PT72H', 'P3D', 'P2W', 'P1M', 'P1Y2M10DT2H30M')
      .map((d) => d as Time.Duration),
    revises: threatId,
    withdrawn: fc.boolean(),
    answers: fc.record({ threat: threatId, as: fc.constantFrom('counter', 'rejection' as const) }),
    evidence: spans,
  },
  { requiredKeys: ['id', 'issuer', 'addressee', 'consequence', 'valence'] },
)

/** A structurally valid report (references not resolved). */
export const reportData: fc.Arbitrary<Report.ReportData> = fc.record(
  {
    format: fc.constant(Report.FORMAT),
    headline: word,
    author: actorId,
    outlet: actorId,
    published: time,
    language: fc.constantFrom('en', 'en-US', 'ar'),
    actors: fc.array(actor, { maxLength: 3 }),
    events: fc.array(event, { maxLength: 3 }),
    statements: fc.array(statement, { maxLength: 3 }),
    threats: fc.array(threat, { maxLength: 2 }),
  },
  { requiredKeys: ['format', 'headline', 'author', 'actors', 'events', 'statements', 'threats'] },
)
