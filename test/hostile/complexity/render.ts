import { Render, Report } from '../../../src/index.js'
// @ts-expect-error a plain JavaScript module without declarations
import { synthetic } from '../../../bench/synthetic.mjs'
import { cases } from './case.js'

const valid = (n: number): Report.ReportData => synthetic(n) as Report.ReportData

/** Each statement reports the one before it and replies to the first: every statement
 * description looks another statement up. */
const chained = (n: number): Report.ReportData => {
  const r = valid(n)
  const [first, ...rest] = r.statements
  return {
    ...r,
    statements: [
      first!,
      ...rest.map((s, i) => ({
        ...s,
        replyTo: first!.id,
        content: { kind: 'statement' as const, statement: r.statements[i]!.id },
      })),
    ],
  }
}

/** Lines whose texts are long and full of characters to escape. */
const lines = (n: number): ReadonlyArray<Render.Line> =>
  Array.from({ length: n }, (_, i) =>
    Render.field(2, `label ${i}`, `word\n${'x'.repeat(i % 50)} ${'\u009B'.repeat(i % 7)} end`),
  )

export default cases<any>(
  {
    name: 'Render.inspect on a valid report',
    covers: ['Render.inspect', 'Render.names', 'Render.statementLine', 'Render.chain'],
    n: 100,
    build: valid,
    run: (r) => Render.inspect(r),
  },
  {
    name: 'Render.inspect, wrapped, on statements that report and reply to others',
    covers: ['Render.inspect', 'Render.layout', 'Render.wrap', 'Render.display'],
    n: 100,
    build: chained,
    run: (r) => Render.inspect(r, { width: 40 }),
  },
  {
    name: 'Render.layout on many lines',
    covers: ['Render.layout'],
    n: 200,
    build: lines,
    run: (l) => Render.layout(l, 30),
  },
  {
    name: 'Render.mermaid on a valid report',
    covers: ['Render.mermaid'],
    n: 100,
    build: valid,
    run: (r) => Render.mermaid(r),
  },
)
