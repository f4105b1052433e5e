import {
  Actor,
  Event,
  Evidence,
  Id,
  Proposition as P,
  Report,
  Statement,
  Threat,
  Time,
} from '../../../src/index.js'
import { cases } from './case.js'

// Worst cases for the queries of the model modules: every office dated, partial and
// relative times that have to be resolved against the publication date.
const person = (n: number): Actor.Actor =>
  Actor.person('p', 'P', {
    offices: Array.from({ length: n }, (_, i) =>
      Actor.office(`office ${i}`, Id.actor('org'), {
        from: Time.time(`${2000 + (i % 50)}-01`),
        to: Time.relative('last month', { unit: 'month', amount: -1 }),
      }),
    ),
  })

/** A relative time counted from a chain of n anchors, the last an event whose time is counted from another event… */
const anchored = (n: number): { t: Time.TimeRef; events: Record<string, Time.TimeRef> } => {
  const events: Record<string, Time.TimeRef> = { e0: Time.time('XXXX-01-01') }
  for (let i = 1; i < n; i++)
    events[`e${i}`] = Time.relative(
      'a day later',
      { unit: 'day', amount: 1 },
      Time.ofEvent(Id.event(`e${i - 1}`)),
    )
  let t: Time.TimeRef = Time.relative(
    'then',
    { unit: 'day', amount: 0 },
    Time.ofEvent(Id.event(`e${n - 1}`)),
  )
  for (let i = 0; i < n; i++) t = Time.relative('a week later', { unit: 'week', amount: 1 }, t)
  return { t, events }
}

const offices = cases<Actor.Actor>({
  name: 'Actor.rolesAt on a person with n dated offices',
  covers: ['Actor.rolesAt', 'Actor.tenure'],
  n: 100,
  build: person,
  run: (a) => Actor.rolesAt(Time.time('2020-06'), { publication: Time.time('2030-01-01') })(a),
})

const times = cases<ReturnType<typeof anchored>>(
  {
    name: 'Time.resolveWith on a chain of n relative anchors and n event anchors',
    covers: ['Time.resolveWith', 'Time.resolve'],
    n: 50,
    build: anchored,
    run: ({ t, events }) => Time.resolveWith({ eventTime: (id) => events[id] })(t),
  },
  {
    name: 'Time.compareWith (sameYear: every year of the cycle) on chains of anchors',
    covers: ['Time.compareWith'],
    n: 50,
    build: anchored,
    run: ({ t, events }) =>
      Time.compareWith({ eventTime: (id) => events[id], sameYear: true })(
        t,
        Time.time('XXXX-06-01'),
      ),
  },
  {
    name: 'Time.supplyYear on a chain of n relative anchors',
    covers: ['Time.supplyYear'],
    n: 50,
    build: anchored,
    run: ({ t }) => Time.supplyYear(Time.time('2024-06-01'))(t),
  },
)

/**
 * n sentences, each covered by one short span, plus uncovered sentences between them; the
 * spans are given last first. A scan of the spans per sentence reads them n² / 2 times.
 */
const covered = (n: number): { text: string; spans: ReadonlyArray<Evidence.Span> } => {
  const parts: string[] = []
  const spans: Evidence.Span[] = []
  let at = 0
  for (let i = 0; i < n; i++) {
    const sentence = i % 3 === 2 ? `Nothing ${i} here.` : `Claim ${i} made.`
    if (i % 3 !== 2) spans.push({ start: at, end: at + 5, text: 'Claim' })
    parts.push(sentence)
    at += sentence.length + 1
  }
  return { text: parts.join(' '), spans: spans.reverse() }
}

const evidence = cases<ReturnType<typeof covered>>({
  name: 'Evidence.uncovered on n sentences and spans given out of order',
  covers: ['Evidence.uncovered'],
  n: 100,
  bound: 'nlogn',
  build: covered,
  run: ({ text, spans }) => Evidence.uncovered(text, spans),
})

/**
 * A report whose every node refers to many others: n actors (a third anonymous), n events
 * counted from one another, n statements with three-link chains, intermediaries, words by
 * others, sourcing content and evidence, and n threats; the ids queried are the last ones,
 * so a lookup scans everything before them.
 */
const busy = (n: number): Report.ReportData => {
  const author = Actor.author('report')
  const actors = Array.from({ length: n }, (_, i) =>
    i % 3 === 0
      ? Actor.anonymous(`a${i}`, `a source ${i}`, { count: 1 })
      : Actor.person(`a${i}`, `Person ${i}`),
  )
  const a = (i: number) => actors[i % n]!.id
  const span = (i: number): Evidence.Span => ({ start: i, end: i + 1, text: 'x' })
  const events = Array.from({ length: n }, (_, i) =>
    Event.make(`e${i}`, 'act', `event ${i}`, {
      agents: [a(i), a(i + 1)],
      targets: [a(i + 2)],
      evidence: [span(i)],
      ...(i === 0
        ? { time: Time.time('2024-01-01') }
        : {
            time: Time.relative(
              'a day later',
              { unit: 'day', amount: 1 },
              Time.ofEvent(Id.event(`e${i - 1}`)),
            ),
          }),
    }),
  )
  const threats = Array.from({ length: n }, (_, i) =>
    Threat.make(`t${i}`, {
      issuer: [a(i)],
      addressee: [a(i + 1), a(i + 2)],
      consequence: P.occurs(events[i]!.id),
      evidence: [span(i)],
    }),
  )
  const statements = Array.from({ length: n }, (_, i) =>
    Statement.make(
      `s${i}`,
      [a(i), a(i + 1)],
      i % 3 === 0 ? 'threaten' : 'deny',
      i % 3 === 0
        ? Statement.threat(threats[i]!.id)
        : i % 3 === 1
          ? Statement.proposition(P.and(P.occurs(events[i]!.id), P.occurs(events[(i + 1) % n]!.id)))
          : Statement.sourcing({ kind: 'source', source: a(i + 5) }),
      {
        attribution: {
          chain: [{ source: a(i + 2), cue: 'told' }, { source: a(i + 3) }, { cue: 'reportedly' }],
        },
        intermediaries: [{ actor: a(i + 4), onBehalfOf: a(i) }],
        wordsBy: [a(i + 6)],
        addressees: [a(i + 7)],
        evidence: [span(i), span(i + 1)],
      },
    ),
  )
  return {
    format: Report.FORMAT,
    headline: 'h',
    author: author.id,
    published: Time.time('2024-06-01'),
    text: 'x'.repeat(n + 2),
    actors: [author, ...actors],
    events,
    statements,
    threats,
  }
}

const queries = cases<Report.ReportData>(
  {
    name: 'Report lookups by id on a busy report (the last id of each kind)',
    covers: [
      'Report.index',
      'Report.actor',
      'Report.event',
      'Report.statement',
      'Report.threat',
      'Report.statementsBy',
      'Report.statementsOf',
      'Report.threatsAgainst',
      'Report.attributionOf',
      'Report.chainOf',
    ],
    n: 60,
    build: busy,
    run: (r) => {
      const k = r.actors.length - 1
      return [
        Report.index(r),
        Report.actor(Id.actor(`a${k - 1}`))(r),
        Report.event(Id.event(`e${r.events.length - 1}`))(r),
        Report.statement(Id.statement(`s${r.statements.length - 1}`))(r),
        Report.threat(Id.threat(`t${r.threats.length - 1}`))(r),
        Report.statementsBy(Id.actor(`a${k - 1}`))(r),
        Report.statementsOf(Id.threat(`t${r.threats.length - 1}`))(r),
        Report.threatsAgainst(Id.actor(`a${k - 1}`))(r),
        Report.attributionOf(Id.statement(`s${r.statements.length - 1}`))(r),
        Report.chainOf(Id.statement(`s${r.statements.length - 1}`))(r),
      ]
    },
  },
  {
    name: 'Report.isAnonymous applied to every chain of a busy report',
    covers: ['Report.isAnonymous'],
    n: 60,
    build: busy,
    run: (r) => {
      const anonymous = Report.isAnonymous(r)
      return r.statements.map((s) =>
        s.attribution === undefined ? false : anonymous(s.attribution),
      )
    },
  },
  {
    name: 'Report.actorsMentioned, Report.sources and Report.originalSources on a busy report',
    covers: ['Report.actorsMentioned', 'Report.sources', 'Report.originalSources'],
    n: 60,
    build: busy,
    run: (r) => [Report.actorsMentioned(r), Report.sources(r), Report.originalSources(r)],
  },
  {
    name: 'Report.timeContext resolving every event time of a chain of anchors',
    covers: ['Report.timeContext'],
    n: 40,
    build: busy,
    run: (r) => {
      const context = Report.timeContext(r)
      const last = r.events[r.events.length - 1]!
      return [Time.resolveWith(context)(last.time!), context.eventTime?.(last.id)]
    },
  },
  {
    name: 'Report.spans on a busy report with evidence on every node',
    covers: ['Report.spans'],
    n: 60,
    build: busy,
    run: (r) => Report.spans(r),
  },
  {
    name: 'Report.encode and Report.spanIssues on a busy report with evidence on every node',
    covers: ['Report.encode', 'Report.spanIssues'],
    n: 60,
    build: busy,
    run: (r) => [Report.encode(r as Report.Report), Report.spanIssues(r.text!)(r)],
  },
  {
    name: 'Report.make on the parts of a busy report',
    covers: ['Report.make'],
    n: 60,
    build: busy,
    run: ({ format: _format, ...parts }) => Report.make(parts),
  },
)

/** A `claimgraph/1` document with n statements and n top-level extension keys. */
const legacy = (n: number): Record<string, unknown> => {
  const doc: Record<string, unknown> = { ...busy(n), format: 'claimgraph/1' }
  for (let i = 0; i < n; i++) doc[`x${i}`] = i
  return doc
}

const migrations = cases<Record<string, unknown>>({
  name: 'Report.migrate on a claimgraph/1 document with n top-level keys',
  covers: ['Report.migrate'],
  n: 60,
  build: legacy,
  run: (u) => Report.migrate(u),
})

/** A proposition n levels deep. */
const deep = (n: number): P.Proposition => {
  let p: P.Proposition = P.occurs(Id.event('e'))
  for (let i = 0; i < n; i++) p = i % 2 === 0 ? P.not(p) : P.and(p, P.occurs(Id.event(`e${i}`)))
  return p
}

const contents = cases<P.Proposition>({
  name: 'Statement.proposition on a proposition n levels deep, the statement then decoded',
  covers: ['Statement.proposition'],
  n: 60,
  build: deep,
  // the constructor only wraps the proposition; decoding what it built reads all of it
  run: (p) =>
    Statement.Statement.decode(
      Statement.make('s', [Id.actor('a')], 'assert', Statement.proposition(p)),
    ),
})

export default [...offices, ...times, ...evidence, ...queries, ...migrations, ...contents]
