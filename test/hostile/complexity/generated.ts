import { Codec, Proposition, Report } from '../../../src/index.js'
// @ts-expect-error a plain JavaScript module without declarations
import { synthetic } from '../../../bench/synthetic.mjs'
import { cases } from './case.js'

// Worst cases for the generated fast paths (src/generated): they run directly, so the
// count is of the generated code alone, in both modes.
const fast = (codec: Codec.AnyCodec) => codec.fast!

const valid = (n: number): unknown => synthetic(n)

/** A valid report whose last statement is broken: the generated code reads it all, then the decoder does. */
const brokenAtTheEnd = (n: number): unknown => {
  const r = synthetic(n)
  r.statements[r.statements.length - 1].speakers = ['not an id!']
  return r
}

/** `not` nested `n` levels deep: the recursion of the generated code. */
const nested = (n: number): unknown => {
  let p: unknown = { kind: 'occurs', event: 'e0' }
  for (let i = 0; i < n; i++) p = { kind: 'not', operand: p }
  return p
}

/** One `and` of `n` operands, each with an `or` of two: wide arrays inside unions. */
const wide = (n: number): unknown => ({
  kind: 'and',
  operands: Array.from({ length: n }, (_, i) => ({
    kind: 'or',
    operands: [
      { kind: 'occurs', event: `e${i}` },
      { kind: 'not', operand: { kind: 'occurs', event: `f${i}` } },
    ],
  })),
})

/** A report with `n` actors whose open `meta` objects hold `n`/10 keys each. */
const meta = (n: number): unknown => {
  const r = synthetic(10)
  r.actors = Array.from({ length: n }, (_, i) => ({
    kind: 'state',
    id: `x${i}`,
    name: `State ${i}`,
    country: 'USA',
    meta: Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`k${k}`, [k, { v: `${i}` }]])),
  }))
  r.actors.push({ kind: 'author', id: 'x0a' })
  r.author = 'x0a'
  return r
}

export default cases<unknown>(
  {
    name: 'generated Report code, sharing, on a valid report',
    covers: ['Report.decode', 'Report.fromJson'],
    n: 100,
    build: valid,
    run: (u) => fast(Report.Report)(u, 0, false, false),
  },
  {
    name: 'generated Report code, copying, on a valid report',
    covers: ['Report.decode'],
    n: 100,
    build: valid,
    run: (u) => fast(Report.Report)(u, 0, true, false),
  },
  {
    name: 'generated Report code with nulls read as absent',
    covers: ['Report.decode'],
    n: 100,
    build: valid,
    run: (u) => fast(Report.Report)(u, 0, true, true),
  },
  {
    name: 'Report.decode on a report broken at its very end (generated code, then the decoder)',
    covers: ['Report.decode'],
    n: 100,
    build: brokenAtTheEnd,
    run: (u) => Report.decode(u),
  },
  {
    name: 'generated Proposition code on nesting (recursion)',
    covers: ['Codec.decode'],
    n: 20,
    build: nested,
    run: (u) => fast(Proposition.Proposition)(u, 0, true, false),
  },
  {
    name: 'generated Proposition code on a wide conjunction',
    covers: ['Codec.decode'],
    n: 200,
    build: wide,
    run: (u) => fast(Proposition.Proposition)(u, 0, true, false),
  },
  {
    name: 'generated Report code on open JSON (meta) in many nodes',
    covers: ['Report.decode'],
    n: 50,
    build: meta,
    run: (u) => fast(Report.Report)(u, 0, true, false),
  },
)
