import * as Arbitrary from 'claimgraph/arbitrary'
import { Report } from 'claimgraph'
import fc from 'fast-check'
import assert from 'node:assert/strict'

// every generated report is valid: it survives a trip through JSON and decodes again
fc.assert(
  fc.property(Arbitrary.report, (report) => {
    const json = JSON.parse(JSON.stringify(Report.encode(report)))
    assert.equal(Report.decode(json)._tag, 'Right')
  }),
  { numRuns: 20 },
)
// near misses of report data: most are rejected, none makes the decoder throw
fc.assert(
  fc.property(Arbitrary.mutation(Report.Structure, Arbitrary.reportData), (u) => {
    Report.decode(u)
  }),
  { numRuns: 20 },
)
