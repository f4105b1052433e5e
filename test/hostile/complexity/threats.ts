import {
  Actor,
  Render,
  Event,
  Id,
  Likelihood,
  Proposition as P,
  Statement,
  Threat,
  Time,
  Timeline as TL,
} from '../../../src/index.js'
import { cases } from './case.js'

// Worst cases for the threat functions: long lists where a scan per element would be
// quadratic, long chains of relations and revisions where a walk per node would be, one
// event named many times, and a cascade of threats each setting off the next.

const T = Time.time
const ev = (i: number) => Id.event(`e${i}`)
const act = (i: number) => Id.actor(`a${i}`)
const names = { event: (e: Id.EventId) => e, actor: (a: Id.ActorId) => a }
const wide = (n: number, f: (i: number) => P.Proposition): P.Proposition =>
  P.and(f(0), f(1), ...Array.from({ length: Math.max(0, n - 2) }, (_, i) => f(i + 2)))

/** A proposition with n events under negations, hedges and abilities: every case of the walks. */
const mixed = (n: number): P.Proposition =>
  wide(n, (i) => {
    const o = P.occurs(ev(i))
    switch (i % 4) {
      case 0:
        return P.not(P.or(o, P.occurs(ev(i + 1))))
      case 1:
        return P.hedge(Likelihood.fromBand('likely'))(o)
      case 2:
        return P.able(act(i))(o)
      default:
        return P.must(act(i))(o)
    }
  })

/** n events, each an instance of the next and part of the one after: long chains to follow. */
const chainedEvents = (n: number): ReadonlyArray<Event.Event> =>
  Array.from({ length: n }, (_, i) =>
    Event.make(`e${i}`, 'x', `event ${i}`, {
      relations: [
        { kind: 'instance_of', event: ev(i + 1) },
        { kind: 'part_of', event: ev(i + 2) },
        { kind: 'prevents', event: ev(n + i) },
      ],
    }),
  )

/** A timeline of n entries over n events, half occurrences and half non-occurrences, dated. */
const entries = (n: number): ReadonlyArray<TL.Entry> =>
  Array.from({ length: n }, (_, i) =>
    i % 2 === 0
      ? { kind: 'occurred' as const, event: ev(i), time: T(`20${10 + (i % 20)}-01-15`) }
      : { kind: 'not_occurred' as const, event: ev(i), by: T(`20${10 + (i % 20)}`) },
  )

/** One event named n times against n entries of it (the reasons must not be copied per mention). */
const repeated = (n: number) => ({
  timeline: TL.make(
    ...Array.from({ length: n }, (_, i) => ({
      kind: 'occurred' as const,
      event: ev(0),
      time: T(`20${10 + (i % 20)}-03-01`),
    })),
  ),
  p: wide(n, () => P.occurs(ev(0))),
})

/** A threat with n issuers, addressees and enforcers, and a condition and consequence of n events. */
const bigThreat = (n: number): Threat.Threat =>
  Threat.make('big', {
    issuer: [act(0), ...Array.from({ length: n }, (_, i) => act(i + 1))],
    addressee: [act(n + 1), ...Array.from({ length: n }, (_, i) => act(n + i + 2))],
    enforcer: [act(2 * n + 2), ...Array.from({ length: n }, (_, i) => act(2 * n + i + 3))],
    condition: wide(n, (i) => P.not(P.occurs(ev(i)))),
    consequence: wide(n, (i) => P.occurs(ev(n + i))),
    deadline: T('2031-01-20'),
    within: Time.duration('PT72H'),
  })

/** A report of n actors in a chain of belonging, with n threats, n statements, n events. */
const report = (n: number): Threat.ReportLike => ({
  actors: Array.from({ length: n }, (_, i) =>
    i % 3 === 0
      ? Actor.person(`a${i}`, `person ${i}`, { offices: [Actor.office('official', act(i + 1))] })
      : i % 3 === 1
        ? Actor.organization(`a${i}`, `org ${i}`, 'government', {
            relations: [{ kind: 'part_of', target: act(i + 1) }],
          })
        : Actor.anonymous(`a${i}`, `source ${i}`, { affiliation: act(i + 1) }),
  ),
  events: chainedEvents(n),
  // a ladder: threat i's consequence is threat i+1's condition
  threats: Array.from({ length: n }, (_, i) =>
    Threat.make(`t${i}`, {
      issuer: [act(i)],
      addressee: [act(i + 1)],
      enforcer: [act(i + 2)],
      condition: P.occurs(ev(i)),
      consequence: P.occurs(ev(i + 1)),
      ...(i > 0 ? { answers: { threat: Id.threat(`t${i - 1}`), as: 'counter' as const } } : {}),
    }),
  ),
  statements: Array.from({ length: n }, (_, i) =>
    Statement.make(
      `s${i}`,
      [act(i)],
      i % 2 === 0 ? 'threaten' : 'reject',
      Statement.threat(Id.threat(`t${i}`)),
      {
        time: T('2031-01-10'),
      },
    ),
  ),
})

/** n versions of one threat, each revising the one before, each stated by n / 8 statements. */
const versions = (n: number) => {
  const threats: Threat.Threat[] = [
    Threat.make('v0', {
      issuer: [act(0)],
      addressee: [act(1)],
      condition: P.occurs(ev(0)),
      consequence: P.occurs(ev(1)),
    }),
  ]
  for (let i = 1; i < n; i++)
    threats.push(
      Threat.revise(`v${i}`, { deadline: T(`20${10 + (i % 20)}-01-01`) })(threats[i - 1]!),
    )
  const statements = threats.flatMap((t, i) =>
    Array.from({ length: 3 }, (_, j) =>
      Statement.make(`s${i}-${j}`, [act(0)], 'threaten', Statement.threat(t.id), {
        time: T(`20${10 + (i % 20)}-01-0${j + 1}`),
      }),
    ),
  )
  return { threats, statements }
}

const context = (n: number) => ({
  timeline: TL.make(...entries(n)),
  asOf: T('2031-06-01'),
  events: chainedEvents(n),
})

export default cases<any>(
  {
    name: 'Render.proposition on negations, hedges and abilities of n events',
    covers: ['Render.proposition'],
    n: 200,
    build: mixed,
    run: (p: P.Proposition) => Render.proposition(p, names),
  },
  {
    name: 'Statement.matchContent on a content holding a large proposition: one look at its kind',
    covers: ['Statement.matchContent'],
    n: 200,
    build: (n: number) => ({ kind: 'proposition' as const, proposition: mixed(n) }),
    run: (c: Statement.Content) =>
      Statement.matchContent({
        proposition: () => 1,
        threat: () => 2,
        statement: () => 3,
        sourcing: () => 4,
        unstated: () => 5,
        none: () => 6,
      })(c),
  },
  // Proposition
  {
    name: 'Proposition queries on a proposition of n events under every kind of node',
    covers: [
      'Proposition.simplify',
      'Proposition.fold',
      'Proposition.events',
      'Proposition.agents',
      'Proposition.likelihoods',
      'Proposition.references',
      'Proposition.render',
    ],
    n: 200,
    build: mixed,
    run: (p: P.Proposition) => {
      P.simplify(p)
      P.simplify(P.not(p))
      P.fold({
        occurs: () => 1,
        not: (r: number) => r,
        and: (rs: ReadonlyArray<number>) => rs.length,
        or: (rs: ReadonlyArray<number>) => rs.length,
        epistemic: (_l: unknown, r: number) => r,
        ability: (_a: unknown, r: number) => r,
        obligation: (_a: unknown, r: number) => r,
      })(p)
      P.events(p)
      P.agents(p)
      P.likelihoods(p)
      P.references(p)
      P.render(p, names)
    },
  },
  {
    name: 'Proposition.Eq on two equal propositions of n events',
    covers: ['Proposition.Eq'],
    n: 200,
    build: (n: number) => [mixed(n), mixed(n)] as const,
    run: ([a, b]: readonly [P.Proposition, P.Proposition]) => P.Eq.equals(a, b),
  },
  {
    name: 'Proposition constructors over n operands (and, or) and over one (not, hedge, able, must)',
    covers: [
      'Proposition.and',
      'Proposition.or',
      'Proposition.not',
      'Proposition.hedge',
      'Proposition.able',
      'Proposition.must',
      'Proposition.occurs',
    ],
    n: 200,
    build: (n: number) => Array.from({ length: n }, (_, i) => P.occurs(ev(i))),
    run: (ps: ReadonlyArray<P.Proposition>) => {
      const [a, b, ...rest] = ps
      P.and(a!, b!, ...rest)
      P.or(a!, b!, ...rest)
      for (const q of [
        P.not(a!),
        P.hedge(Likelihood.fromBand('likely'))(a!),
        P.able(act(0))(a!),
        P.must(act(0))(a!),
      ])
        void (q as { operand: P.Proposition }).operand.kind
    },
  },
  // Timeline
  {
    name: 'Timeline.evaluate: n entries, n events in chains of instance_of, part_of and prevents, a proposition of n events',
    covers: ['Timeline.evaluate'],
    n: 100,
    bound: 'nlogn',
    build: (n: number) => ({ ctx: context(n), p: mixed(n) }),
    run: ({ ctx, p }: { ctx: TL.Context; p: P.Proposition }) => TL.evaluate(ctx)(wide(3, () => p)),
  },
  {
    name: 'Timeline.evaluate: one event named n times against n entries of it',
    covers: ['Timeline.evaluate'],
    n: 200,
    bound: 'nlogn',
    build: repeated,
    run: ({ timeline, p }: { timeline: TL.Timeline; p: P.Proposition }) =>
      TL.evaluate({ timeline, asOf: T('2031') })(p),
  },
  {
    name: 'Timeline combinators and timesOf on n entries',
    covers: [
      'Timeline.occurred',
      'Timeline.notOccurredBy',
      'Timeline.concat',
      'Timeline.make',
      'Timeline.timesOf',
    ],
    n: 200,
    build: (n: number) => ({
      t: TL.make(...entries(n)),
      at: Array.from({ length: n }, (_, i) => i),
    }),
    run: ({ t, at }: { t: TL.Timeline; at: ReadonlyArray<number> }) => {
      TL.occurred(ev(0), T('2031'))(t)
      TL.notOccurredBy(ev(0), T('2031'))(t)
      TL.concat(t)(t)
      TL.make(...t.entries)
      TL.timesOf(t, at)
    },
  },
  // Threat: one threat
  {
    name: 'Threat queries and combinators on a threat with n actors of each role and n events',
    covers: [
      'Threat.classifyByIds',
      'Threat.demand',
      'Threat.renderDemand',
      'Threat.parties',
      'Threat.revise',
      'Threat.withdraw',
      'Threat.withEvidence',
      'Threat.answering',
      'Threat.diff',
      'Threat.describeChange',
      'Threat.make',
    ],
    n: 200,
    build: (n: number) => [
      bigThreat(n),
      { ...bigThreat(n), issuer: [...bigThreat(n).issuer].reverse() },
    ],
    run: ([t, u]: readonly [Threat.Threat, Threat.Threat]) => {
      Threat.classifyByIds(t)
      Threat.demand(t)
      Threat.renderDemand(t, names)
      Threat.parties(t)
      Threat.revise('r', {})(t)
      Threat.withdraw('w')(t)
      Threat.withEvidence({ start: 0, end: 1, text: 'x' })(t)
      Threat.answering(Id.threat('o'), 'counter')(t)
      for (const c of Threat.diff(t, u)) Threat.describeChange(c, names)
      Threat.diff(t, { ...u, consequence: t.condition! })
    },
  },
  {
    name: 'Threat.status: a threat of n events and actors against n entries and n related events',
    covers: ['Threat.status'],
    n: 100,
    bound: 'nlogn',
    build: (n: number) => ({ ctx: context(n), t: bigThreat(n) }),
    run: ({ ctx, t }: { ctx: TL.Context; t: Threat.Threat }) => {
      Threat.status(ctx)(t)
      Threat.status(ctx)({ ...t, valence: 'positive' })
      Threat.status({ ...ctx, asOf: T('2030-12') })(t)
    },
  },
  {
    name: 'Threat.status: year-less dates everywhere (n entries, n event times, the deadline), years from the publication',
    covers: ['Threat.status'],
    n: 100,
    bound: 'nlogn',
    build: (n: number) => {
      const day = (i: number) =>
        T(`XXXX-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`)
      return {
        ctx: {
          timeline: TL.make(
            ...entries(n).map((e, i) =>
              e.kind === 'occurred' ? { ...e, time: day(i) } : { ...e, by: day(i) },
            ),
          ),
          asOf: T('XXXX-06-01'),
          events: chainedEvents(n).map((e, i) => ({ ...e, time: day(i + 1) })),
          publication: T('2031-05-12'),
        },
        t: { ...bigThreat(n), deadline: T('XXXX-06-30') },
      }
    },
    run: ({ ctx, t }: { ctx: Threat.Context; t: Threat.Threat }) => {
      Threat.status(ctx)(t)
      Threat.status(ctx)({ ...t, valence: 'positive' })
      Threat.status({ ...ctx, publication: T('XXXX-05-12') })(t)
    },
  },
  // Threat: a report
  {
    name: 'Threat over a report: sides along a chain of n offices, parts and affiliations; classification of n threats',
    covers: ['Threat.sides', 'Threat.classify', 'Threat.hasThirdPartyEnforcer'],
    n: 200,
    build: report,
    run: (r: Threat.ReportLike) => {
      const s = Threat.sides(r)
      for (const t of r.threats) {
        Threat.classify(s)(t)
        Threat.hasThirdPartyEnforcer(s)(t)
      }
      Threat.classify(r)(r.threats[0]!)
    },
  },
  {
    name: 'Threat.status with the report: rejections of n offers',
    covers: ['Threat.status'],
    n: 100,
    bound: 'nlogn',
    build: report,
    run: (r: Threat.ReportLike) => {
      const status = Threat.status({ timeline: TL.empty, asOf: T('2031-06'), report: r })
      for (const t of r.threats) status({ ...t, valence: 'positive' })
    },
  },
  {
    name: 'Threat.escalation and Threat.chains on a ladder of n threats over chained events',
    covers: ['Threat.escalation', 'Threat.chains'],
    n: 100,
    build: report,
    run: (r: Threat.ReportLike) => {
      Threat.escalation(r)
      Threat.chains(Id.threat('t0'))(r)
    },
  },
  {
    name: 'Threat.project down a ladder of n threats (depth 8)',
    covers: ['Threat.project'],
    n: 100,
    bound: 'nlogn',
    build: (n: number) => ({
      r: report(n),
      t: TL.make({ kind: 'occurred' as const, event: ev(0), time: T('2031-01-01') }),
    }),
    run: ({ r, t }: { r: Threat.ReportLike; t: TL.Timeline }) => Threat.project(r, t, TL.empty),
  },
  // Threat: histories
  {
    name: 'Threat.history and Threat.statuses over n versions, each stated three times',
    covers: ['Threat.history', 'Threat.statuses'],
    n: 100,
    bound: 'nlogn',
    build: versions,
    run: (r: ReturnType<typeof versions>) => {
      const h = Threat.history(Id.threat('v0'))(r)
      Threat.statuses({ timeline: TL.empty, asOf: T('2031') })(h)
    },
  },
)
