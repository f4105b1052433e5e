import type { Report } from '../../../src/index.js'
import * as Cameo from '../../../src/interop/cameo.js'
import * as Plover from '../../../src/interop/plover.js'
import * as Prov from '../../../src/interop/prov.js'
import * as SchemaOrg from '../../../src/interop/schema-org.js'
import { cases } from './case.js'

/**
 * A report that is worst-case for the exporters: every statement states the one threat
 * (whose consequence mentions every event) or denies an event through a long chain; actors
 * act for each other in a long line; every event is part of the one before and has a code.
 */
const hostile = (n: number): Report.ReportData =>
  ({
    format: 'claimgraph/2',
    headline: 'h',
    author: 'me',
    actors: [
      { kind: 'author', id: 'me' },
      { kind: 'state', id: 'st', name: 'S', country: 'SYR' },
      ...Array.from({ length: n }, (_, i) => ({
        kind: 'person',
        id: `p${i}`,
        name: `P ${i}`,
        offices: [{ title: 'minister', in: `o${i}` }],
        relations: [{ kind: 'acts_for', target: `p${(i + 1) % n}` }],
        external: { wikidata: `Q${i + 1}` },
      })),
      ...Array.from({ length: n }, (_, i) => ({
        kind: 'organization',
        id: `o${i}`,
        name: `O ${i}`,
        sector: 'ministry',
        relations: [{ kind: 'part_of', target: i === 0 ? 'st' : `o${i - 1}` }],
      })),
    ],
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      type: 'attack',
      description: `attack ${i}`,
      status: i % 2 === 0 ? 'hypothetical' : 'occurred',
      agents: [`p${i}`],
      targets: [`p${(i + 1) % n}`],
      time: '2024-10-25',
      ...(i === 0 ? {} : { relations: [{ kind: 'part_of', event: `e${i - 1}` }] }),
      evidence: [{ start: 0, end: 4, text: 'text' }],
    })),
    threats: [
      {
        id: 't',
        issuer: ['p0'],
        addressee: ['p1'],
        valence: 'negative',
        consequence: {
          kind: 'and',
          operands: Array.from({ length: n }, (_, i) => ({ kind: 'occurs', event: `e${i}` })),
        },
      },
    ],
    statements: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      speakers: [`p${i}`],
      addressees: [`p${(i + 1) % n}`],
      ...(i % 2 === 0
        ? { act: 'warn', content: { kind: 'threat', threat: 't' } }
        : {
            act: 'deny',
            content: {
              kind: 'proposition',
              proposition: { kind: 'not', operand: { kind: 'occurs', event: `e${i}` } },
            },
            quote: 'words',
            attribution: {
              chain: [
                { source: `p${i}`, cue: 'told' },
                { source: 'st', cue: 'according to' },
                { cue: 'reportedly' },
              ],
            },
          }),
      ...(i > 0 ? { replyTo: `s${i - 1}` } : {}),
      evidence: [{ start: 0, end: 4, text: 'text' }],
    })),
    text: 'text and more',
  }) as unknown as Report.ReportData

const records = (n: number) => Plover.fromReport(hostile(n)).records

export default cases<Report.ReportData>(
  {
    name: 'Cameo.fromReport: every statement states one threat over every event',
    covers: ['Cameo.fromReport', 'Cameo.actorCodes'],
    n: 100,
    build: hostile,
    run: (r) => Cameo.fromReport(r),
  },
  {
    name: 'Plover.fromReport: shared threat, denials, long lines of acts_for',
    covers: ['Plover.fromReport'],
    n: 100,
    build: hostile,
    run: (r) => Plover.fromReport(r),
  },
  {
    name: 'Prov.fromReport: chains, delegations, replies',
    covers: ['Prov.fromReport'],
    n: 100,
    build: hostile,
    run: (r) => Prov.fromReport(r),
  },
  {
    name: 'SchemaOrg.fromReport: claims of one large threat',
    covers: ['SchemaOrg.fromReport'],
    n: 100,
    build: hostile,
    run: (r) => SchemaOrg.fromReport(r),
  },
  {
    name: 'SchemaOrg.review: one verdict per statement, given last first',
    covers: ['SchemaOrg.review'],
    n: 100,
    build: (n: number) => {
      const r = hostile(n)
      const verdicts = r.statements
        .map((st) => ({
          statement: st.id,
          rating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
          author: { name: 'A fact-checker' },
        }))
        .reverse()
      return { r, verdicts } as unknown as Report.ReportData
    },
    run: (x) => {
      const { r, verdicts } = x as unknown as { r: Report.ReportData; verdicts: unknown }
      return SchemaOrg.review(verdicts)(r)
    },
  },
  {
    name: 'Plover.toEvents: records sharing their entities, linked in a line',
    covers: ['Plover.toEvents'],
    n: 100,
    build: records as never,
    run: (rs) => Plover.toEvents(rs as never),
  },
)
