/**
 * The one error model of claimgraph's decoders: a non-empty list of issues, each with a
 * path into the input, a stable code and a message, plus two formatters — a tree for
 * people and a flat list for programs.
 *
 * @example
 * ```ts
 * import { DecodeError, Report } from 'claimgraph'
 * import * as E from 'fp-ts/lib/Either.js'
 * import assert from 'node:assert/strict'
 *
 * const result = Report.decode({ format: 'claimgraph/1', headline: '', author: 'me' })
 *
 * assert.ok(E.isLeft(result))
 * assert.equal(
 *   DecodeError.toTree(result.left),
 *   [
 *     '5 issues',
 *     '├─ headline: [invalid_string] headline must not be empty',
 *     '├─ actors: [missing_key] Report is missing required property "actors" (Actors)',
 *     '├─ events: [missing_key] Report is missing required property "events" (Events)',
 *     '├─ statements: [missing_key] Report is missing required property "statements" (Statements)',
 *     '└─ threats: [missing_key] Report is missing required property "threats" (Threats)',
 *   ].join('\n'),
 * )
 * ```
 *
 * @since 0.1.0
 */
import type * as t from 'io-ts'
import type { CodedError } from './Codec.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Every code a decoder can report. Codes are stable: new ones may be added, none is renamed.
 *
 * | code | meaning |
 * | --- | --- |
 * | `invalid_type` | wrong JSON type (string for object, `null` for a value, …) |
 * | `missing_key` | a required property is absent |
 * | `unknown_key` | a property the schema does not declare (strict mode, the default) |
 * | `invalid_tag` | a discriminant (`kind`) with an unknown value |
 * | `invalid_value` | a string outside a fixed set of values |
 * | `invalid_string` | empty, blank, control characters, unpaired surrogates, or a pattern mismatch |
 * | `invalid_number` | NaN, infinite, -0, out of range, or not an integer |
 * | `invalid_id` | an identifier that is not of the allowed form |
 * | `invalid_time` | a date or EDTF string that does not denote a real calendar time |
 * | `too_short` / `too_long` | an array or string outside its size bounds |
 * | `too_deep` | nesting deeper than the documented limit |
 * | `too_many_issues` | more issues than {@link MAX_ISSUES}; the rest were left out |
 * | `unsupported_version` | a `format` this version of claimgraph does not read |
 * | `duplicate_id` | two nodes share an id |
 * | `dangling_reference` | a reference to an id that no node has |
 * | `wrong_kind_reference` | a reference to a node of another kind (an event where an actor is wanted) |
 * | `cycle` | a cycle through reply-to, nested statements, threat revisions or an attribution chain |
 * | `span_mismatch` | an evidence span whose quoted words differ from the report's text at its offsets |
 * | `unreadable_input` | a value that throws when read (a throwing getter or proxy) |
 * | `invalid_json` | text given to `Report.fromJson` that is not JSON |
 *
 * @category model
 * @since 0.1.0
 */
export type DecodeCode =
  | 'invalid_type'
  | 'missing_key'
  | 'unknown_key'
  | 'invalid_tag'
  | 'invalid_value'
  | 'invalid_string'
  | 'invalid_number'
  | 'invalid_id'
  | 'invalid_time'
  | 'too_short'
  | 'too_long'
  | 'too_deep'
  | 'too_many_issues'
  | 'unsupported_version'
  | 'duplicate_id'
  | 'dangling_reference'
  | 'wrong_kind_reference'
  | 'cycle'
  | 'span_mismatch'
  | 'unreadable_input'
  | 'invalid_json'

/**
 * A path into the input: property names and array indices, from the root.
 *
 * @category model
 * @since 0.1.0
 */
export type Path = ReadonlyArray<string | number>

/**
 * One problem found while decoding.
 *
 * @category model
 * @since 0.1.0
 */
export interface DecodeIssue {
  readonly path: Path
  readonly code: DecodeCode
  readonly message: string
}

/**
 * Why a decode failed: every issue found, never only the first.
 *
 * @category model
 * @since 0.1.0
 */
export interface DecodeError {
  readonly _tag: 'DecodeError'
  readonly issues: readonly [DecodeIssue, ...DecodeIssue[]]
}

/**
 * The most issues one decode reports; past it a single `too_many_issues` issue closes the list.
 *
 * @category model
 * @since 0.1.0
 */
export const MAX_ISSUES = 1000

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A decode error from at least one issue (capped at {@link MAX_ISSUES}).
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (first: DecodeIssue, ...rest: ReadonlyArray<DecodeIssue>): DecodeError =>
  ofList(first, rest)

/** `uncounted` issues beyond `rest` were found but not converted. */
const ofList = (
  first: DecodeIssue,
  rest: ReadonlyArray<DecodeIssue>,
  uncounted = 0,
): DecodeError => {
  const total = 1 + rest.length + uncounted
  if (total <= MAX_ISSUES) return { _tag: 'DecodeError', issues: [first, ...rest] }
  const kept = rest.slice(0, MAX_ISSUES - 1)
  const cut: DecodeIssue = {
    path: [],
    code: 'too_many_issues',
    message: `${total - MAX_ISSUES} more issues were left out`,
  }
  return { _tag: 'DecodeError', issues: [first, ...kept, cut] }
}

/**
 * One issue at a path.
 *
 * @category constructors
 * @since 0.1.0
 */
export const issue = (path: Path, code: DecodeCode, message: string): DecodeIssue => ({
  path,
  code,
  message,
})

/**
 * Converts io-ts validation errors into a {@link DecodeError}. Errors from codecs outside
 * claimgraph (plain io-ts types composed by users) get the code `invalid_type`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromValidationErrors = (errors: t.Errors): DecodeError => {
  if (errors.length === 0) return make(issue([], 'invalid_type', 'invalid input'))
  // Only the issues that will be kept are converted; the rest are counted.
  const issues = errors.slice(0, MAX_ISSUES).map(fromValidationError)
  return ofList(issues[0]!, issues.slice(1), errors.length - issues.length)
}

const fromValidationError = (e: t.ValidationError): DecodeIssue => {
  const coded = e as Partial<CodedError>
  if (coded.path !== undefined && coded.code !== undefined) {
    return { path: coded.path, code: coded.code as DecodeCode, message: e.message ?? coded.code }
  }
  const path: Array<string | number> = []
  for (let i = 1; i < e.context.length; i++) {
    const key = e.context[i]!.key
    if (key === '') continue
    path.push(
      /^(0|[1-9]\d{0,9})$/.test(key) && Array.isArray(e.context[i - 1]!.actual) ? Number(key) : key,
    )
  }
  const code = (coded.code ?? 'invalid_type') as DecodeCode
  const expected = e.context[e.context.length - 1]?.type.name ?? 'value'
  return { path, code, message: e.message ?? `expected ${expected}` }
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1')

/**
 * A path as a JSON Pointer (RFC 6901): `/statements/3/speakers/0`; the root is `""`.
 *
 * @category utils
 * @since 0.1.0
 */
export const pointer = (path: Path): string => path.map((k) => `/${escape(String(k))}`).join('')

/**
 * The issues as a flat list for programs: `{ path, code, message }` with `path` a JSON Pointer.
 *
 * @category utils
 * @since 0.1.0
 */
export const toList = (
  error: DecodeError,
): ReadonlyArray<{ readonly path: string; readonly code: DecodeCode; readonly message: string }> =>
  error.issues.map((i) => ({ path: pointer(i.path), code: i.code, message: i.message }))

interface Node {
  readonly children: Map<string, Node>
  readonly issues: DecodeIssue[]
}

const node = (): Node => ({ children: new Map(), issues: [] })

/**
 * The issues as an indented tree for people, grouped by path.
 *
 * @example
 * ```text
 * 2 issues
 * └─ statements
 *    └─ 0
 *       ├─ act: [invalid_value] expected Act, one of "assert", …; got "shout"
 *       └─ speakers: [too_short] …
 * ```
 *
 * @category utils
 * @since 0.1.0
 */
export const toTree = (error: DecodeError): string => {
  const root = node()
  for (const i of error.issues) {
    let n = root
    for (const k of i.path) {
      const key = String(k)
      let next = n.children.get(key)
      if (next === undefined) {
        next = node()
        n.children.set(key, next)
      }
      n = next
    }
    n.issues.push(i)
  }
  const lines: string[] = [`${error.issues.length} issue${error.issues.length === 1 ? '' : 's'}`]
  const walk = (n: Node, indent: string): void => {
    const entries: Array<[string, Node | DecodeIssue]> = [
      ...n.issues.map((i): [string, DecodeIssue] => ['', i]),
      ...[...n.children].map(([k, c]): [string, Node] => [k, c]),
    ]
    entries.forEach(([key, value], idx) => {
      const last = idx === entries.length - 1
      const branch = last ? '└─ ' : '├─ '
      const next = indent + (last ? '   ' : '│  ')
      if ('code' in value) {
        lines.push(`${indent}${branch}[${value.code}] ${value.message}`)
      } else if (value.children.size === 0 && value.issues.length === 1) {
        const only = value.issues[0]!
        lines.push(`${indent}${branch}${key}: [${only.code}] ${only.message}`)
      } else {
        lines.push(`${indent}${branch}${key}`)
        walk(value, next)
      }
    })
  }
  walk(root, '')
  return lines.join('\n')
}
