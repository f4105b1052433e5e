/**
 * Validators of each node of one collection, and running many of them in one pass.
 *
 * A validator made by {@link eachNode} carries what it checks per node; {@link runAll}
 * gives every such validator of the same collection one shared walk over the nodes, so a
 * large report is read once per collection rather than once per rule, while each node is
 * still in cache. The issues come out exactly as running the validators one after another
 * would give them: each validator's issues, in the validators' order.
 *
 * @internal
 */
import type { ReportData } from '../Report.js'
import type { Focus, Issue, Validator } from '../Validator.js'

export type Collection = 'actors' | 'events' | 'statements' | 'threats'
const COLLECTIONS: ReadonlyArray<Collection> = ['actors', 'events', 'statements', 'threats']

interface NodeCheck {
  readonly collection: Collection
  /** The check of one node, prepared once per report (lookups are built here). */
  readonly prepare: (report: ReportData) => Validator<Focus<unknown>>
}

const NODE_CHECK = Symbol('claimgraph/node-check')
type WithNodeCheck = Validator<ReportData> & { readonly [NODE_CHECK]?: NodeCheck }

/** Appends without spreading, so that no number of issues can overflow the stack. */
export const pushAll = (out: Issue[], found: ReadonlyArray<Issue>): void => {
  for (let i = 0; i < found.length; i++) out.push(found[i]!)
}

/** A validator that runs the prepared check on each node of `collection` (paths `collection/i`). */
export const eachNode = <N>(
  collection: Collection,
  prepare: (report: ReportData) => Validator<Focus<N>>,
): Validator<ReportData> => {
  const run: WithNodeCheck = (report) => {
    const v = prepare(report)
    const out: Issue[] = []
    const nodes = report[collection] as ReadonlyArray<N>
    for (let i = 0; i < nodes.length; i++) {
      const found = v({ report, node: nodes[i]!, path: [collection, i] })
      if (found.length > 0) pushAll(out, found)
    }
    return out
  }
  return Object.assign(run, {
    [NODE_CHECK]: { collection, prepare: prepare as NodeCheck['prepare'] },
  })
}

/** Runs every validator on `a` and concatenates their issues, in order. */
export const runAll = <A>(validators: ReadonlyArray<Validator<A>>, a: A): ReadonlyArray<Issue> => {
  const checks = validators.map((v) => (v as WithNodeCheck)[NODE_CHECK])
  if (checks.filter((c) => c !== undefined).length < 2) return validators.flatMap((v) => v(a))
  // only validators of a report carry node checks
  const report = a as unknown as ReportData
  const buckets: Array<ReadonlyArray<Issue>> = validators.map((v, i) =>
    checks[i] === undefined ? v(a) : [],
  )
  for (const collection of COLLECTIONS) {
    const which: number[] = []
    checks.forEach((c, i) => {
      if (c?.collection === collection) which.push(i)
    })
    if (which.length === 0) continue
    const vs = which.map((i) => checks[i]!.prepare(report))
    const outs = which.map((i) => buckets[i] as Issue[])
    const nodes = report[collection] as ReadonlyArray<unknown>
    for (let n = 0; n < nodes.length; n++) {
      // one focus per node, shared by the checks (they only read it)
      const focus: Focus<unknown> = { report, node: nodes[n], path: [collection, n] }
      for (let q = 0; q < vs.length; q++) {
        const found = vs[q]!(focus)
        if (found.length > 0) pushAll(outs[q]!, found)
      }
    }
  }
  const out: Issue[] = []
  for (const b of buckets) pushAll(out, b)
  return out
}
