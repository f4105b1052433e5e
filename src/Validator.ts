/**
 * Claim validators: a `Validator<A>` returns every issue it finds in an `A` — never only
 * the first — each with a stable code, a severity, a message, the id of the node concerned
 * and a path into the report. Validators form a monoid under {@link concat} (issues
 * accumulate; {@link empty} finds nothing), and the combinators below focus, filter,
 * re-grade and switch them off by code.
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
import { eachNode, pushAll, runAll, type Collection } from './internal/nodes.js'
import type * as Report from './Report.js'
import type * as Actor from './Actor.js'
import type * as Event from './Event.js'
import type * as Statement from './Statement.js'
import type * as Threat from './Threat.js'

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
 * One finding of a validator.
 *
 * @category model
 * @since 0.1.0
 */
export interface Issue {
  readonly code: string
  readonly severity: Severity
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

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Runs two validators and keeps both lists of issues (data-last: `pipe(v1, concat(v2))`).
 *
 * @category combinators
 * @since 0.1.0
 */
export const concat =
  <A>(second: Validator<A>) =>
  (first: Validator<A>): Validator<A> =>
  (a) => {
    const x = first(a)
    const y = second(a)
    return x.length === 0 ? y : y.length === 0 ? x : [...x, ...y]
  }

/**
 * Runs every validator and accumulates all issues, in order. Validators of nodes (made
 * with {@link actors}, {@link events}, {@link statements} or {@link threats}) share one
 * pass over each collection, so a large report is read once per collection rather than
 * once per validator; the issues and their order are the same as running them one by one.
 *
 * @category combinators
 * @since 0.1.0
 */
export const concatAll =
  <A>(...validators: ReadonlyArray<Validator<A>>): Validator<A> =>
  (a) =>
    runAll(validators, a)

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
 * Transforms every issue a validator reports.
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

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 }

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

const focus =
  <N>(collection: Collection) =>
  (v: Validator<Focus<N>>): Validator<Report.ReportData> =>
    eachNode(collection, () => v)

/**
 * Applies a validator to each actor of a report (issue paths start at `actors/i`).
 *
 * @category combinators
 * @since 0.1.0
 */
export const actors: (v: Validator<Focus<Actor.Actor>>) => Validator<Report.ReportData> =
  focus('actors')

/**
 * Applies a validator to each event of a report.
 *
 * @category combinators
 * @since 0.1.0
 */
export const events: (v: Validator<Focus<Event.Event>>) => Validator<Report.ReportData> =
  focus('events')

/**
 * Applies a validator to each statement of a report.
 *
 * @category combinators
 * @since 0.1.0
 */
export const statements: (
  v: Validator<Focus<Statement.Statement>>,
) => Validator<Report.ReportData> = focus('statements')

/**
 * Applies a validator to each threat of a report.
 *
 * @category combinators
 * @since 0.1.0
 */
export const threats: (v: Validator<Focus<Threat.Threat>>) => Validator<Report.ReportData> =
  focus('threats')

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * Whether any issue is an error.
 *
 * @category utils
 * @since 0.1.0
 */
export const hasErrors = (issues: ReadonlyArray<Issue>): boolean =>
  issues.some((i) => i.severity === 'error')

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
  readonly message: string
  readonly node?: string
}> =>
  issues.map((i) => ({
    path: DecodeError.pointer(i.path),
    code: i.code,
    severity: i.severity,
    message: i.message,
    ...(i.node === undefined ? {} : { node: i.node }),
  }))

/**
 * The issues for people, one per line, most severe first, with a count by severity.
 *
 * @category utils
 * @since 0.1.0
 */
export const toText = (issues: ReadonlyArray<Issue>): string => {
  if (issues.length === 0) return 'no issues'
  const sorted = [...issues].sort((a, b) => RANK[b.severity] - RANK[a.severity])
  const count = (s: Severity) => issues.filter((i) => i.severity === s).length
  const lines = sorted.map(
    (i) =>
      `${i.severity.padEnd(7)} ${i.code}  ${DecodeError.pointer(i.path)}${i.node === undefined ? '' : ` (${i.node})`}\n        ${i.message}`,
  )
  return [
    ...lines,
    `${count('error')} errors, ${count('warning')} warnings, ${count('info')} info`,
  ].join('\n')
}
