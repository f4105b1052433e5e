import type { fc } from '@fast-check/vitest'
import * as Arbitrary from '../../src/arbitrary/index.js'
import type { Report } from '../../src/index.js'

/** A report that passes `Report.decode`: derived from the codecs by `claimgraph/arbitrary`. */
export const validReport: fc.Arbitrary<Report.ReportData> = Arbitrary.report
