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
 * | `invalid_duration` | a string that is not a supported ISO 8601 duration |
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
  | 'invalid_duration'
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
 * The most issues one decode reports; past it a single `too_many_issues` issue closes the
 * list. It bounds the work too: a decoder stops descending once it has found one more.
 *
 * @category model
 * @since 0.1.0
 */
export const MAX_ISSUES = 1000

/**
 * The longest message an issue carries (longer ones are cut, with `…`).
 *
 * @category model
 * @since 0.2.0
 */
export const MAX_MESSAGE_LENGTH = 1000

/**
 * The longest property name a path holds (a longer key is cut, with `…`), so that neither
 * a path nor a formatted error grows with the input.
 *
 * @category model
 * @since 0.2.0
 */
export const MAX_KEY_LENGTH = 200

/**
 * An io-ts validation error that carries its claimgraph issue, so that the issue's code
 * and path survive a trip through io-ts (a claimgraph codec inside a plain io-ts codec).
 * Its `message` names the path too, for io-ts's own `PathReporter`.
 *
 * @category model
 * @since 0.1.0
 */
export interface CodedError extends t.ValidationError {
  readonly code: string
  /** The path, when the error was found outside the codec tree. */
  readonly path?: Path
  /** The issue itself (errors made by claimgraph's codecs). */
  readonly issue?: DecodeIssue
}

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
  path: boundedPath(path),
  code,
  message:
    message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message,
})

const boundedPath = (path: Path): Path => {
  for (const k of path) {
    if (typeof k === 'string' && k.length > MAX_KEY_LENGTH)
      return path.map((x) =>
        typeof x === 'string' && x.length > MAX_KEY_LENGTH
          ? `${x.slice(0, MAX_KEY_LENGTH - 1)}…`
          : x,
      )
  }
  return path
}

/**
 * A decode error from a list of issues as a decoder found them: kept as they are when
 * the list is within {@link MAX_ISSUES} (or ends with its own `too_many_issues`),
 * otherwise cut like {@link make}. An empty list becomes one `invalid_type` issue.
 *
 * @category constructors
 * @since 0.2.0
 */
export const fromIssues = (issues: ReadonlyArray<DecodeIssue>): DecodeError => {
  const [first, ...rest] = issues
  if (first === undefined) return make(issue([], 'invalid_type', 'invalid input'))
  const closed = issues.length === MAX_ISSUES + 1 && issues[MAX_ISSUES]!.code === 'too_many_issues'
  return closed ? { _tag: 'DecodeError', issues: [first, ...rest] } : ofList(first, rest)
}

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
  if (coded.issue !== undefined) return coded.issue
  if (coded.path !== undefined && coded.code !== undefined) {
    return issue(coded.path, coded.code as DecodeCode, e.message ?? coded.code)
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
  return issue(path, code, e.message ?? `expected ${expected}`)
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
 * The issues as an indented tree for people, grouped by path: properties in the order
 * the issues first name them (decoders report in document order), array items by index.
 * Its size is bounded whatever the input: at most {@link MAX_ISSUES} issues, with keys
 * and messages cut to {@link MAX_KEY_LENGTH} and {@link MAX_MESSAGE_LENGTH}.
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
  const shown =
    error.issues.length > MAX_ISSUES + 1 ? error.issues.slice(0, MAX_ISSUES + 1) : error.issues
  for (const i of shown) {
    let n = root
    for (const k of boundedPath(i.path.length > MAX_PATH ? i.path.slice(0, MAX_PATH) : i.path)) {
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
  const text = (i: DecodeIssue) =>
    `[${i.code}] ${i.message.length > MAX_MESSAGE_LENGTH ? `${i.message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : i.message}`
  const walk = (n: Node, indent: string): void => {
    const children = [...n.children]
    if (children.every(([k]) => INDEX.test(k))) children.sort(([a], [b]) => Number(a) - Number(b))
    const entries: Array<[string, Node | DecodeIssue]> = [
      ...n.issues.map((i): [string, DecodeIssue] => ['', i]),
      ...children.map(([k, c]): [string, Node] => [k, c]),
    ]
    entries.forEach(([key, value], idx) => {
      const last = idx === entries.length - 1
      const branch = last ? '└─ ' : '├─ '
      const next = indent + (last ? '   ' : '│  ')
      if ('code' in value) {
        lines.push(`${indent}${branch}${text(value)}`)
      } else if (value.children.size === 0 && value.issues.length === 1) {
        lines.push(`${indent}${branch}${key}: ${text(value.issues[0]!)}`)
      } else {
        lines.push(`${indent}${branch}${key}`)
        walk(value, next)
      }
    })
  }
  walk(root, '')
  return lines.join('\n')
}

/** The deepest path a tree shows (decoders never report deeper ones). */
const MAX_PATH = 300

const INDEX = /^(?:0|[1-9]\d{0,9})$/
