import { Report, Rules } from '../../../src/index.js'
// @ts-expect-error a plain JavaScript module without declarations
import { synthetic } from '../../../bench/synthetic.mjs'
import { cases } from './case.js'

const valid = (n: number): Report.ReportData => synthetic(n) as Report.ReportData

export default cases<Report.ReportData>(
  {
    name: 'Report.decode on a valid report',
    covers: ['Report.decode'],
    n: 200,
    build: valid,
    run: (r) => Report.decode(r),
  },
  {
    name: 'Report.integrity on a valid report',
    covers: ['Report.integrity'],
    n: 200,
    build: valid,
    run: (r) => Report.integrity(r),
  },
  {
    name: 'Rules.standard on a valid report',
    covers: ['Rules.standard'],
    n: 200,
    build: valid,
    run: (r) => Rules.standard(r),
  },
)
