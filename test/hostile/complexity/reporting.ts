import {
  Actor,
  Attribution,
  Event,
  Id,
  Proposition as P,
  Report,
  Rules,
  Statement,
} from '../../../src/index.js'
import { cases } from './case.js'

// Worst cases for the rules of real reporting: every statement is a claim about every
// denied thing, every denial comes from a different party, chains revisit their sources,
// and every message passes through unnamed intermediaries with candidates.
const report = (n: number): Report.ReportData => {
  const author = Actor.author('report')
  const gov = Actor.organization('gov', 'the government', 'government')
  const sources = Array.from({ length: n }, (_, i) =>
    Actor.anonymous(`src${i}`, `a source ${i}`, { count: 1 }),
  )
  const officials = Array.from({ length: n }, (_, i) =>
    Actor.person(`official${i}`, `Official ${i}`, {
      offices: [Actor.office('spokesperson', gov.id)],
      relations: [{ kind: 'acts_for', target: gov.id }],
    }),
  )
  const messenger = Actor.unnamed('messenger', 'an envoy', {
    candidates: [Actor.candidate(officials[0]!.id), Actor.candidate(gov.id)],
  })
  const events = Array.from({ length: n }, (_, i) =>
    Event.make(`e${i}`, 'act', `event ${i}`, { agents: [gov.id], targets: [sources[i]!.id] }),
  )
  const claims = events.map((e, i) =>
    Statement.make(`claim${i}`, [sources[i]!.id], 'assert', Statement.proposition(P.occurs(e.id)), {
      attribution: {
        chain: [
          { source: sources[i]!.id, cue: 'told' },
          { source: sources[(i + 1) % n]!.id },
          { source: sources[i]!.id },
        ],
      },
      intermediaries: [{ actor: messenger.id }, { actor: messenger.id }],
    }),
  )
  // n denials of this report, of every source, of events nobody asserts: all by parties
  const denials = officials.map((o, i) =>
    Statement.make(
      `denial${i}`,
      [o.id],
      'deny',
      i % 3 === 0
        ? Statement.sourcing({ kind: 'report' })
        : i % 3 === 1
          ? Statement.sourcing({ kind: 'source', source: sources[i]!.id })
          : Statement.proposition(P.occurs(Id.event(`e${(i * 7) % n}`))),
      { attribution: Attribution.from(o.id, 'said') },
    ),
  )
  return {
    format: Report.FORMAT,
    headline: 'h',
    author: author.id,
    actors: [author, gov, messenger, ...sources, ...officials],
    events,
    statements: [...claims, ...denials],
    threats: [],
  }
}

export default cases<Report.ReportData>(
  {
    name: 'Rules.circular on chains that revisit their sources',
    covers: ['Rules.circular'],
    n: 50,
    build: report,
    run: (r) => Rules.circular.validate(r),
  },
  {
    name: 'Rules.uncertainIntermediary on messages carried by unnamed envoys',
    covers: ['Rules.uncertainIntermediary'],
    n: 50,
    build: report,
    run: (r) => Rules.uncertainIntermediary.validate(r),
  },
  {
    name: 'Rules.deniedByParty with n denials by n parties of every kind',
    covers: ['Rules.deniedByParty'],
    n: 50,
    build: report,
    run: (r) => Rules.deniedByParty.validate(r),
  },
  {
    name: 'Rules.anonymousUndescribed with n anonymous sources',
    covers: ['Rules.anonymousUndescribed', 'Report.sources'],
    n: 50,
    build: report,
    run: (r) => Rules.anonymousUndescribed.validate(r),
  },
)
