/**
 * Claim validators: a `Validator<A>` returns every issue it finds in an `A` — never only
 * the first — each with a stable code, a severity, a message, the id of the node concerned
 * and a path into the report. Validators form a monoid under {@link concat} (issues
 * accumulate; {@link empty} finds nothing), and the combinators below focus, filter,
 * re-grade and switch them off by code.
 *
 * Every issue has a kind: a `defect` of the data (the extraction is wrong or inconsistent)
 * or a `sourcing` finding about the article itself (a claim resting on one anonymous
 * source). An issue without a kind is a defect.
 *
 * Validators of a report share one pass: {@link concatAll} prepares a {@link Context} once
 * per report (lookups by id, built on first use, and your own tables through
 * {@link Context.memo}) and walks each collection once for every node validator made with
 * {@link forEach}, {@link actors}, {@link events}, {@link statements} or {@link threats}.
 *
 * @example
 * ```ts
 * import { Rules, Validator } from 'claimgraph'
 * import * as fixtures from 'claimgraph/fixtures'
 * import { pipe } from 'fp-ts/lib/function.js'
 * import assert from 'node:assert/strict'
 *
 * const mine = pipe(
 *   Rules.standard,
 *   Validator.off('attribution/unattributed-hedge'),
 *   Validator.regrade('attribution/single-anonymous-source', 'error'),
 * )
 *
 * assert.equal(mine(fixtures.report).filter((i) => i.severity === 'error').length, 3)
 * ```
 *
 * @since 0.1.0
 */
import type { Monoid } from 'fp-ts/lib/Monoid.js'
import * as DecodeError from './DecodeError.js'
import type * as Report from './Report.js'
import type * as Actor from './Actor.js'
import type * as Event from './Event.js'
import type * as Statement from './Statement.js'
import type * as Threat from './Threat.js'
import { lookupById, pushAll, type Lookup } from './internal/collections.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How serious an issue is.
 *
 * @category model
 * @since 0.1.0
 */
export type Severity = 'error' | 'warning' | 'info'

/**
 * What an issue is about: a `defect` of the data (the extraction is wrong or
 * inconsistent; a pipeline gates on these), or a `sourcing` finding about the article (its
 * sourcing is weak: one anonymous source, an unattributed "reportedly"), which is part of
 * the article's assessment and true of a correct extraction.
 *
 * @category model
 * @since 0.2.0
 */
export type Kind = 'defect' | 'sourcing'

/**
 * One finding of a validator.
 *
 * @category model
 * @since 0.1.0
 */
export interface Issue {
  readonly code: string
  readonly severity: Severity
  /** What the issue is about; absent means `defect`. */
  readonly kind?: Kind
  readonly message: string
  /** The id of the node concerned, when there is one. */
  readonly node?: string
  readonly path: DecodeError.Path
}

/**
 * A validator: every issue found in an `A`.
 *
 * @category model
 * @since 0.1.0
 */
export type Validator<A> = (a: A) => ReadonlyArray<Issue>

/**
 * A node seen in the context of its report, with its path.
 *
 * @category model
 * @since 0.1.0
 */
export interface Focus<N> {
  readonly report: Report.ReportData
  readonly node: N
  readonly path: DecodeError.Path
}

/**
 * The collections of a report that node validators walk.
 *
 * @category model
 * @since 0.2.0
 */
export type Collection = 'actors' | 'events' | 'statements' | 'threats'

/**
 * The type of the nodes of a collection.
 *
 * @category model
 * @since 0.2.0
 */
export type NodeOf<C extends Collection> = C extends 'actors'
  ? Actor.Actor
  : C extends 'events'
    ? Event.Event
    : C extends 'statements'
      ? Statement.Statement
      : Threat.Threat

/**
 * What validators of one report share, prepared once per report by {@link prepare}: the
 * report, lookups by id (each built on first use, in time linear in its collection), and
 * {@link Context.memo} for tables of your own.
 *
 * @category model
 * @since 0.2.0
 */
export interface Context {
  /** The report being validated. */
  readonly report: Report.ReportData
  /** The actor with an id (the first of duplicates), if any. */
  readonly actor: (id: string) => Actor.Actor | undefined
  /** The event with an id, if any. */
  readonly event: (id: string) => Event.Event | undefined
  /** The statement with an id, if any. */
  readonly statement: (id: string) => Statement.Statement | undefined
  /** The threat with an id, if any. */
  readonly threat: (id: string) => Threat.Threat | undefined
  /**
   * A value built once per report and shared by every validator that asks with the same
   * `key` (use a module-level constant or symbol): a lookup table your rule needs.
   */
  readonly memo: <A>(key: unknown, build: (report: Report.ReportData) => A) => A
}

/**
 * How a report validator made by {@link forEach} or {@link withContext} does its work, so
 * that {@link concatAll} can run many of them in one pass with one {@link Context}.
 *
 * @category model
 * @since 0.2.0
 */
export type Plan =
  | {
      readonly _tag: 'Nodes'
      readonly collection: Collection
      /** The check of one node, prepared once per report (lookups are built here). */
      readonly prepare: (context: Context) => Validator<Focus<unknown>>
    }
  | {
      readonly _tag: 'Whole'
      /** The check of the whole report, given the shared context. */
      readonly run: (context: Context) => ReadonlyArray<Issue>
    }
  | { readonly _tag: 'All'; readonly validators: ReadonlyArray<Validator<Report.ReportData>> }

/**
 * A validator of a report that says how it works (its {@link Plan}): it runs on its own like
 * any validator, and shares the pass and the {@link Context} when combined with
 * {@link concatAll}.
 *
 * @category model
 * @since 0.2.0
 */
export interface ReportValidator extends Validator<Report.ReportData> {
  readonly plan: Plan
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** The answer of a validator that finds nothing: one frozen array, not one per node. */
const NONE: ReadonlyArray<Issue> = Object.freeze([])

/**
 * The validator that finds nothing: the identity of {@link concat}.
 *
 * @category constructors
 * @since 0.1.0
 */
export const empty: Validator<unknown> = () => NONE

/**
 * A validator from a predicate: when `check` returns a message, one issue with the given
 * code and severity is reported at the focused node.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromPredicate =
  <N extends { readonly id?: string }>(
    code: string,
    severity: Severity,
    check: (focus: Focus<N>) => string | undefined,
  ): Validator<Focus<N>> =>
  (f) => {
    const message = check(f)
    if (message === undefined) return NONE
    const node = f.node.id
    return [
      node === undefined
        ? { code, severity, message, path: f.path }
        : { code, severity, message, node, path: f.path },
    ]
  }

/**
 * Prepares the {@link Context} of one report: nothing is built until a validator asks.
 * Constant time; each lookup costs time linear in its collection the first time it is used.
 *
 * @category constructors
 * @since 0.2.0
 */
export const prepare = (report: Report.ReportData): Context => {
  let actors: Lookup<string, Actor.Actor> | undefined
  let events: Lookup<string, Event.Event> | undefined
  let statements: Lookup<string, Statement.Statement> | undefined
  let threats: Lookup<string, Threat.Threat> | undefined
  const memos = new Map<unknown, unknown>()
  return {
    report,
    actor: (id) => (actors ??= lookupById(report.actors) as Lookup<string, Actor.Actor>).get(id),
    event: (id) => (events ??= lookupById(report.events) as Lookup<string, Event.Event>).get(id),
    statement: (id) =>
      (statements ??= lookupById(report.statements) as Lookup<string, Statement.Statement>).get(id),
    threat: (id) =>
      (threats ??= lookupById(report.threats) as Lookup<string, Threat.Threat>).get(id),
    memo: <A>(key: unknown, build: (r: Report.ReportData) => A): A => {
      if (memos.has(key)) return memos.get(key) as A
      const value = build(report)
      memos.set(key, value)
      return value
    },
  }
}

const planned = (plan: Plan): ReportValidator => {
  const run = (report: Report.ReportData): ReadonlyArray<Issue> => runPlans([run], prepare(report))
  return Object.assign(run, { plan })
}

/**
 * A validator of each node of a collection whose check is prepared once per report from
 * the shared {@link Context} (build the lookups your check needs there). Issue paths start
 * at `collection/i`. Linear in the number of nodes, plus what the check costs.
 *
 * @category constructors
 * @since 0.2.0
 */
export const forEach = <C extends Collection>(
  collection: C,
  prepare: (context: Context) => Validator<Focus<NodeOf<C>>>,
): ReportValidator =>
  planned({
    _tag: 'Nodes',
    collection,
    prepare: prepare as (context: Context) => Validator<Focus<unknown>>,
  })

/**
 * A validator of a whole report that uses the shared {@link Context}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const withContext = (run: (context: Context) => ReadonlyArray<Issue>): ReportValidator =>
  planned({ _tag: 'Whole', run })

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

const planOf = (v: Validator<never>): Plan | undefined => (v as Partial<ReportValidator>).plan

/** The validators of nested `All` plans, in order, without recursion on the call stack. */
const flatten = (
  validators: ReadonlyArray<Validator<Report.ReportData>>,
): ReadonlyArray<Validator<Report.ReportData>> => {
  const out: Array<Validator<Report.ReportData>> = []
  const stack: Array<Validator<Report.ReportData>> = []
  for (let i = validators.length - 1; i >= 0; i--) stack.push(validators[i]!)
  while (stack.length > 0) {
    const v = stack.pop()!
    const plan = planOf(v)
    if (plan?._tag === 'All')
      for (let i = plan.validators.length - 1; i >= 0; i--) stack.push(plan.validators[i]!)
    else out.push(v)
  }
  return out
}

const COLLECTIONS: ReadonlyArray<Collection> = ['actors', 'events', 'statements', 'threats']

/**
 * Runs report validators with one context: plain ones on the report, whole-report plans
 * with the context, and every node plan of a collection in one walk over its nodes. The
 * issues come out as running the validators one after another gives them.
 */
const runPlans = (
  validators: ReadonlyArray<Validator<Report.ReportData>>,
  context: Context,
): ReadonlyArray<Issue> => {
  const report = context.report
  const leaves = flatten(validators)
  const buckets: Array<ReadonlyArray<Issue>> = new Array(leaves.length)
  for (let i = 0; i < leaves.length; i++) {
    const plan = planOf(leaves[i]!)
    buckets[i] =
      plan === undefined ? leaves[i]!(report) : plan._tag === 'Whole' ? plan.run(context) : []
  }
  for (const collection of COLLECTIONS) {
    const which: number[] = []
    for (let i = 0; i < leaves.length; i++) {
      const plan = planOf(leaves[i]!)
      if (plan?._tag === 'Nodes' && plan.collection === collection) which.push(i)
    }
    if (which.length === 0) continue
    const checks = which.map((i) =>
      (planOf(leaves[i]!) as Extract<Plan, { _tag: 'Nodes' }>).prepare(context),
    )
    const outs = which.map((i) => (buckets[i] = []) as Issue[])
    const nodes = report[collection] as ReadonlyArray<unknown>
    for (let n = 0; n < nodes.length; n++) {
      // one focus per node, shared by the checks (they only read it)
      const focus: Focus<unknown> = { report, node: nodes[n], path: [collection, n] }
      for (let q = 0; q < checks.length; q++) {
        const found = checks[q]!(focus)
        if (found.length > 0) pushAll(outs[q]!, found)
      }
    }
  }
  if (buckets.length === 1) return buckets[0]!
  const out: Issue[] = []
  for (const b of buckets) pushAll(out, b)
  return out
}

/**
 * Runs two validators and keeps both lists of issues (data-last: `pipe(v1, concat(v2))`).
 * Report validators that say how they work share one pass (see {@link concatAll}).
 *
 * @category combinators
 * @since 0.1.0
 */
export const concat =
  <A>(second: Validator<A>) =>
  (first: Validator<A>): Validator<A> =>
    concatAll(first, second)

/**
 * Runs every validator and accumulates all issues, in order. When any of them is a
 * {@link ReportValidator} (made with {@link forEach}, {@link withContext}, {@link actors},
 * {@link events}, {@link statements}, {@link threats} or {@link concatAll} of these), one
 * {@link Context} is prepared for the report and shared, and the node validators of each
 * collection share one walk over its nodes; the issues and their order are the same as
 * running the validators one by one. Linear in the number of validators and nodes, plus
 * what the validators cost.
 *
 * @category combinators
 * @since 0.1.0
 */
export const concatAll = <A>(...validators: ReadonlyArray<Validator<A>>): Validator<A> => {
  if (validators.some((v) => planOf(v) !== undefined)) {
    // only validators of a report carry plans
    const vs = validators as unknown as ReadonlyArray<Validator<Report.ReportData>>
    return planned({ _tag: 'All', validators: vs }) as unknown as Validator<A>
  }
  return (a) => {
    const out: Issue[] = []
    for (const v of validators) {
      const found = v(a)
      if (found.length > 0) pushAll(out, found)
    }
    return out
  }
}

/**
 * The monoid of validators: `concat` accumulates, `empty` finds nothing.
 *
 * @category combinators
 * @since 0.1.0
 */
export const getMonoid = <A>(): Monoid<Validator<A>> => ({
  concat: (x, y) => concat(y)(x),
  empty,
})

/**
 * Validates a part: `contramap(f)(v)` runs `v` on `f(a)`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const contramap =
  <A, B>(f: (b: B) => A) =>
  (v: Validator<A>): Validator<B> =>
  (b) =>
    v(f(b))

/**
 * Runs a validator only when a predicate holds.
 *
 * @category combinators
 * @since 0.1.0
 */
export const when =
  <A>(predicate: (a: A) => boolean) =>
  (v: Validator<A>): Validator<A> =>
  (a) =>
    predicate(a) ? v(a) : NONE

/**
 * Transforms every issue a validator reports. Linear in the number of issues.
 *
 * @category combinators
 * @since 0.1.0
 */
export const mapIssues =
  (f: (issue: Issue) => Issue) =>
  <A>(v: Validator<A>): Validator<A> =>
  (a) =>
    v(a).map(f)

/**
 * Changes the severity of the issues with a code.
 *
 * @category combinators
 * @since 0.1.0
 */
export const regrade = (code: string, severity: Severity): (<A>(v: Validator<A>) => Validator<A>) =>
  mapIssues((i) => (i.code === code ? { ...i, severity } : i))

/**
 * Renames a code (for house style: map built-in codes to your own).
 *
 * @category combinators
 * @since 0.1.0
 */
export const rename = (from: string, to: string): (<A>(v: Validator<A>) => Validator<A>) =>
  mapIssues((i) => (i.code === from ? { ...i, code: to } : i))

/**
 * Turns off the issues with any of the given codes.
 *
 * @category combinators
 * @since 0.1.0
 */
export const off =
  (...codes: ReadonlyArray<string>) =>
  <A>(v: Validator<A>): Validator<A> => {
    const set = new Set(codes)
    return (a) => v(a).filter((i) => !set.has(i.code))
  }

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 }

/**
 * Keeps only the issues at or above a severity.
 *
 * @category combinators
 * @since 0.1.0
 */
export const atLeast =
  (severity: Severity) =>
  <A>(v: Validator<A>): Validator<A> =>
  (a) =>
    v(a).filter((i) => RANK[i.severity] >= RANK[severity])

/**
 * Keeps only the issues of one kind: `ofKind('defect')` for a pipeline's gate,
 * `ofKind('sourcing')` for the article's assessment.
 *
 * @category combinators
 * @since 0.2.0
 */
export const ofKind =
  (kind: Kind) =>
  <A>(v: Validator<A>): Validator<A> =>
  (a) =>
    v(a).filter((i) => kindOf(i) === kind)

/**
 * Raises the warnings of data defects to errors, leaving sourcing findings as they are:
 * what the strict rule set does to the rules.
 *
 * @category combinators
 * @since 0.2.0
 */
export const strict: <A>(v: Validator<A>) => Validator<A> = mapIssues((i) =>
  i.severity === 'warning' && kindOf(i) === 'defect' ? { ...i, severity: 'error' } : i,
)

const prefix = (path: DecodeError.Path, issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> =>
  path.length === 0 ? issues : issues.map((i) => ({ ...i, path: [...path, ...i.path] }))

/**
 * Applies a validator to each part that `select` picks out, prefixing each issue's path
 * with the part's path.
 *
 * @category combinators
 * @since 0.1.0
 */
export const each =
  <A, B>(select: (a: A) => Iterable<readonly [DecodeError.Path, B]>) =>
  (v: Validator<B>): Validator<A> =>
  (a) => {
    const out: Issue[] = []
    for (const [path, b] of select(a)) {
      const found = v(b)
      if (found.length > 0) pushAll(out, prefix(path, found))
    }
    return out
  }

/**
 * Applies a validator to each actor of a report (issue paths start at `actors/i`).
 *
 * @category combinators
 * @since 0.1.0
 */
export const actors = (v: Validator<Focus<Actor.Actor>>): ReportValidator =>
  forEach('actors', () => v)

/**
 * Applies a validator to each event of a report.
 *
 * @category combinators
 * @since 0.1.0
 */
export const events = (v: Validator<Focus<Event.Event>>): ReportValidator =>
  forEach('events', () => v)

/**
 * Applies a validator to each statement of a report.
 *
 * @category combinators
 * @since 0.1.0
 */
export const statements = (v: Validator<Focus<Statement.Statement>>): ReportValidator =>
  forEach('statements', () => v)

/**
 * Applies a validator to each threat of a report.
 *
 * @category combinators
 * @since 0.1.0
 */
export const threats = (v: Validator<Focus<Threat.Threat>>): ReportValidator =>
  forEach('threats', () => v)

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * The kind of an issue: its `kind`, or `defect` when it has none.
 *
 * @category utils
 * @since 0.2.0
 */
export const kindOf = (issue: Issue): Kind => issue.kind ?? 'defect'

/**
 * Whether any issue is an error.
 *
 * @category utils
 * @since 0.1.0
 */
export const hasErrors = (issues: ReadonlyArray<Issue>): boolean =>
  issues.some((i) => i.severity === 'error')

/**
 * Whether any data defect is at or above a severity: the gate of a pipeline
 * (`failsAt('warning')` fails on warnings too). Sourcing findings never fail it.
 *
 * @category utils
 * @since 0.2.0
 */
export const failsAt =
  (severity: Severity) =>
  (issues: ReadonlyArray<Issue>): boolean =>
    issues.some((i) => kindOf(i) === 'defect' && RANK[i.severity] >= RANK[severity])

/**
 * The issues split by kind: data defects, and sourcing findings (the article's
 * assessment), each in their original order.
 *
 * @category utils
 * @since 0.2.0
 */
export const partition = (
  issues: ReadonlyArray<Issue>,
): { readonly defects: ReadonlyArray<Issue>; readonly sourcing: ReadonlyArray<Issue> } => {
  const defects: Issue[] = []
  const sourcing: Issue[] = []
  for (const i of issues) (kindOf(i) === 'defect' ? defects : sourcing).push(i)
  return { defects, sourcing }
}

/**
 * The issues as a flat list for programs, paths as JSON Pointers.
 *
 * @category utils
 * @since 0.1.0
 */
export const toList = (
  issues: ReadonlyArray<Issue>,
): ReadonlyArray<{
  readonly path: string
  readonly code: string
  readonly severity: Severity
  readonly kind: Kind
  readonly message: string
  readonly node?: string
}> =>
  issues.map((i) => ({
    path: DecodeError.pointer(i.path),
    code: i.code,
    severity: i.severity,
    kind: kindOf(i),
    message: i.message,
    ...(i.node === undefined ? {} : { node: i.node }),
  }))

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The issues for people, one per line: data defects first, most severe first, then the
 * sourcing findings under their own heading; a last line counts defects by severity and
 * the sourcing findings ("1 error, 2 warnings, 0 info; 3 sourcing findings"). Linear
 * (n·log n to sort) in the number of issues.
 *
 * @category utils
 * @since 0.1.0
 */
export const toText = (issues: ReadonlyArray<Issue>): string => {
  if (issues.length === 0) return 'no issues'
  const { defects, sourcing } = partition(issues)
  const bySeverity = (xs: ReadonlyArray<Issue>) =>
    [...xs].sort((a, b) => RANK[b.severity] - RANK[a.severity])
  const line = (i: Issue) =>
    `${i.severity.padEnd(7)} ${i.code}  ${DecodeError.pointer(i.path)}${i.node === undefined ? '' : ` (${i.node})`}\n        ${i.message}`
  const count = (s: Severity) => defects.filter((i) => i.severity === s).length
  const lines = bySeverity(defects).map(line)
  if (sourcing.length > 0)
    lines.push("sourcing (the article's assessment, not a defect of the data):")
  for (const i of bySeverity(sourcing)) lines.push(line(i))
  const total = `${plural(count('error'), 'error', 'errors')}, ${plural(count('warning'), 'warning', 'warnings')}, ${count('info')} info`
  lines.push(
    sourcing.length === 0
      ? total
      : `${total}; ${plural(sourcing.length, 'sourcing finding', 'sourcing findings')}`,
  )
  return lines.join('\n')
}
