import * as Arbitrary from 'claimgraph/arbitrary'
import { Codec, Id, Report, Statement } from 'claimgraph'
import fc from 'fast-check'
import assert from 'node:assert/strict'

// a function of your own, over claimgraph's values
const speakersOf = (r: Report.ReportData): ReadonlySet<string> =>
  new Set(r.statements.flatMap((s) => s.speakers))

// whole valid reports: references resolve, nothing cycles, spans match the text
fc.assert(
  fc.property(Arbitrary.report, (r) => {
    const actors = new Set(r.actors.map((a) => a.id as string))
    for (const s of speakersOf(r)) assert.ok(actors.has(s))
  }),
  { numRuns: 25 },
)

// any codec, your own included; references take the ids you choose
const Mention = Codec.struct('Mention', { actor: Id.ActorRef, statement: Statement.Statement })
fc.assert(
  fc.property(Arbitrary.of(Mention, { ref: () => fc.constantFrom('iraq', 'us') }), (m) => {
    assert.ok(['iraq', 'us'].includes(m.actor))
  }),
  { numRuns: 25 },
)

// near misses, to test that your own reading of the format agrees with claimgraph's
fc.assert(
  fc.property(Arbitrary.mutation(Mention), (u) => {
    const decoded = Codec.decode(Mention)(u)
    assert.equal(decoded._tag === 'Right', Mention.is(u))
  }),
  { numRuns: 50 },
)
