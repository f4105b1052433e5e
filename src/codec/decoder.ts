/**
 * The detailed decoder: an interpreter of the AST that finds every issue, each with its
 * path, code and message, and builds the decoded value in the same pass.
 *
 * Its work is bounded by its input and by {@link DecodeError.MAX_ISSUES}: issues go into
 * one list, the path is one array that grows and shrinks as the decoder descends (copied
 * only when an issue is recorded), and once the list is full the decoder stops descending
 * and closes it with `too_many_issues`.
 *
 * Where part of the input fails, the value it builds holds {@link HOLE} in that place and
 * goes on with the rest, so that checks of whole values (a report's integrity) can still
 * report what they find in the parts that decoded.
 *
 * @internal
 */
import * as DecodeError from '../DecodeError.js'
import type * as AST from './AST.js'
import { memoize, underlying } from './AST.js'
import type { AnyCheck, Check, CheckId, Problem } from './checks.js'
import { isWellFormed } from './checks.js'
import { describe, quoteKey } from './describe.js'
import {
  alternativeWords,
  budget as freshBudget,
  didYouMean,
  example,
  nearest,
  numberHint,
  type Budget,
} from './hints.js'
import { MAX_DEPTH, MAX_STRING_LENGTH } from './limits.js'

type Segment = string | number

/** Marks the place of a part of the input that failed to decode. */
export const HOLE: unique symbol = Symbol('claimgraph/hole')

/** Whether a value is a part that failed to decode. */
export const isHole = (u: unknown): u is typeof HOLE => u === HOLE

/** What one decode carries along: the issues, the path, the options and the budgets. */
export interface State {
  readonly issues: DecodeError.DecodeIssue[]
  readonly path: Segment[]
  /** Report unknown keys (`reject`) or drop them (`strip`). */
  readonly reject: boolean
  /** Treat `null` for an optional property as absent. */
  readonly nullsAbsent: boolean
  /** True once {@link DecodeError.MAX_ISSUES} issues are recorded and one more was found. */
  full: boolean
  /** The index of the first issue that a check of a whole value reported, or -1. */
  late: number
  /** The value that check saw, and the length of its path, to put its issues in place. */
  lateRoot: unknown
  lateDepth: number
  readonly budget: Budget
}

/** Options of one decode. */
export interface Options {
  readonly unknownKeys?: 'reject' | 'strip'
  readonly nullsAbsent?: boolean
  /** The path of the value in a larger input (when an io-ts codec holds this one). */
  readonly prefix?: ReadonlyArray<Segment>
}

/** Decodes `u` at the state's path: the value, possibly with holes, or {@link HOLE}. */
export type Decoder = (u: unknown, st: State) => unknown

/** Records an issue at the current path (or at one more key). */
export const report = (
  st: State,
  code: DecodeError.DecodeCode,
  message: string,
  key?: Segment,
): void => {
  if (st.issues.length >= DecodeError.MAX_ISSUES) {
    st.full = true
    return
  }
  const path = st.path.slice()
  if (key !== undefined) path.push(key)
  st.issues.push(DecodeError.issue(path, code, message))
}

/**
 * Records issues found inside the value at the current path. Issues of a check of the
 * whole value `of` come after the others and are put in place at the end.
 */
const reportAll = (
  st: State,
  issues: ReadonlyArray<DecodeError.DecodeIssue>,
  of?: { readonly value: unknown },
): void => {
  if (of !== undefined && issues.length > 0 && st.late < 0) {
    st.late = st.issues.length
    st.lateRoot = of.value
    st.lateDepth = st.path.length
  }
  for (const i of issues) {
    if (st.issues.length >= DecodeError.MAX_ISSUES) {
      st.full = true
      return
    }
    st.issues.push(
      st.path.length === 0 ? i : DecodeError.issue([...st.path, ...i.path], i.code, i.message),
    )
  }
}

const tooDeep = (st: State): typeof HOLE => {
  report(st, 'too_deep', `input is nested more than ${MAX_DEPTH} levels deep`)
  return HOLE
}

const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/** A property is present when it is own and enumerable: the keys `Object.keys` sees. */
const present = (o: object, k: string): boolean => Object.prototype.propertyIsEnumerable.call(o, k)

/** What a message about a `null` for an optional property adds. */
const NULL_HINT =
  "; the property is optional: leave it out when it has no value, or decode with { nulls: 'absent' }"

const expectedShape = (node: AST.AST, what: string, u: unknown): string =>
  `expected ${node.annotations.label} (${node.annotations.expected ?? what}), got ${describe(u)}; for example ${example(node)}`

/** How the decoder explains each check: every check is implemented. */
export const CHECKS: {
  readonly [K in CheckId]: (check: Check<never, K>) => (a: never, label: string) => Problem
} = {
  'not-blank': (c) => c.explain,
  'well-formed': (c) => c.explain,
  pattern: (c) => c.explain,
  id: (c) => c.explain,
  edtf: (c) => c.explain,
  duration: (c) => c.explain,
  bcp47: (c) => c.explain,
  'country-code': (c) => c.explain,
  predicate: (c) => c.explain,
  'span-length': (c) => c.explain,
  'some-key': (c) => c.explain,
  'time-order': (c) => c.explain,
  'band-factuality': (c) => c.explain,
  'format-version': (c) => c.explain,
  'report-integrity': (c) => c.explain,
}

const explainOf = (check: AnyCheck) =>
  (CHECKS[check.id] as unknown as (c: AnyCheck) => (a: unknown, label: string) => Problem)(check)

const stringDecoder = (node: AST.StringNode): Decoder => {
  const label = node.annotations.label
  const { min, code } = node
  const max = Math.min(node.max, MAX_STRING_LENGTH)
  const checks = node.checks.map((c) => [c, explainOf(c)] as const)
  return (u, st) => {
    if (typeof u !== 'string') {
      report(
        st,
        'invalid_type',
        `expected ${label} (${node.annotations.expected ?? 'a string'}), got ${describe(u)}`,
      )
      return HOLE
    }
    if (u.length < min) {
      report(
        st,
        code,
        min === 1 ? `${label} must not be empty` : `${label} must have at least ${min} characters`,
      )
      return HOLE
    }
    if (u.length > max) {
      report(st, 'too_long', `${label} must have at most ${max} characters, got ${u.length}`)
      return HOLE
    }
    for (const [check, explain] of checks) {
      if (check.test(u)) continue
      const p = explain(u, label)
      report(st, p.code ?? check.code ?? code, p.message)
      return HOLE
    }
    return u
  }
}

const numberDecoder = (node: AST.NumberNode): Decoder => {
  const label = node.annotations.label
  return (u, st) => {
    const problem =
      typeof u !== 'number'
        ? undefined
        : !Number.isFinite(u)
          ? `${label} must be a finite number, got ${describe(u)}`
          : node.integer && !Number.isSafeInteger(u)
            ? `${label} must be an integer, got ${describe(u)}`
            : Object.is(u, -0)
              ? `${label} must not be -0`
              : node.min !== undefined && u < node.min
                ? `${label} must be at least ${node.min}, got ${u}`
                : node.max !== undefined && u > node.max
                  ? `${label} must be at most ${node.max}, got ${u}`
                  : undefined
    if (typeof u !== 'number') {
      report(st, 'invalid_type', `expected ${label} (a number), got ${describe(u)}${numberHint(u)}`)
      return HOLE
    }
    if (problem !== undefined) {
      report(st, 'invalid_number', problem)
      return HOLE
    }
    return u
  }
}

/** At most this many values are listed in a message. */
const LISTED = 40

const list = (values: ReadonlyArray<string>): string =>
  values
    .slice(0, LISTED)
    .map((v) => JSON.stringify(v))
    .join(', ') + (values.length > LISTED ? ', …' : '')

const enumDecoder = (node: AST.EnumNode): Decoder => {
  const label = node.annotations.label
  const values = new Set<unknown>(node.values)
  const listed = list(node.values)
  return (u, st) => {
    if (typeof u !== 'string') {
      report(st, 'invalid_type', `expected ${label} (a string), got ${describe(u)}`)
      return HOLE
    }
    if (values.has(u)) return u
    report(
      st,
      'invalid_value',
      `expected ${label}, one of ${listed}; got ${describe(u)}${didYouMean(nearest(u, node.values, st.budget))}`,
    )
    return HOLE
  }
}

const arrayDecoder = (node: AST.ArrayNode, item: Decoder): Decoder => {
  const label = node.annotations.label
  const { min, max } = node
  return (u, st) => {
    if (st.path.length >= MAX_DEPTH) return tooDeep(st)
    if (!Array.isArray(u)) {
      report(st, 'invalid_type', expectedShape(node, 'an array', u))
      return HOLE
    }
    const n = u.length // read once
    if (n < min) {
      report(
        st,
        'too_short',
        `${label} must have at least ${min} item${min === 1 ? '' : 's'}, got ${n}`,
      )
      return HOLE
    }
    if (n > max) {
      report(st, 'too_long', `${label} must have at most ${max} items, got ${n}`)
      return HOLE
    }
    const out: unknown[] = new Array(n)
    const path = st.path
    for (let i = 0; i < n; i++) {
      if (st.full) break
      path.push(i)
      out[i] = item(u[i], st)
      path.pop()
    }
    return out
  }
}

const structDecoder = (node: AST.StructNode, decoders: ReadonlyArray<Decoder>): Decoder => {
  const label = node.annotations.label
  const fields = node.fields
  const keys = fields.map((f) => f.key)
  const position = new Map(keys.map((k, i) => [k, i]))
  return (u, st) => {
    if (st.path.length >= MAX_DEPTH) return tooDeep(st)
    if (!isObject(u)) {
      report(st, 'invalid_type', expectedShape(node, 'an object', u))
      return HOLE
    }
    const out: Record<string, unknown> = {}
    const seen: boolean[] = new Array(fields.length).fill(false)
    const path = st.path
    // the input's own keys in its own order, so issues come in document order
    for (const k of Object.keys(u)) {
      if (st.full) break
      const i = position.get(k)
      if (i === undefined) {
        if (st.reject)
          report(
            st,
            'unknown_key',
            `${label} has no property ${quoteKey(k)}${didYouMean(nearest(k, keys, st.budget))}`,
            k,
          )
        continue
      }
      seen[i] = true
      const v = u[k]
      const optionalNull = v === null && fields[i]!.optional
      if (optionalNull && st.nullsAbsent) continue
      const before = st.issues.length
      path.push(k)
      out[k] = decoders[i]!(v, st)
      path.pop()
      // a null where the property may be left out: say how to write "no value"
      if (optionalNull && st.issues.length > before) {
        const first = st.issues[before]!
        st.issues[before] = DecodeError.issue(
          first.path,
          first.code,
          `${first.message}${NULL_HINT}`,
        )
      }
    }
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!
      if (seen[i] || f.optional) continue
      report(
        st,
        'missing_key',
        `${label} is missing required property "${f.key}" (${f.type.annotations.label})`,
        f.key,
      )
    }
    return out
  }
}

const taggedDecoder = (node: AST.TaggedNode, self: (n: AST.AST) => Decoder): Decoder => {
  const label = node.annotations.label
  const tag = node.tag
  const values = node.members.map((m) => m.value)
  const listed = list(values)
  const members = new Map<string, AST.AST>(node.members.map((m) => [m.value, m.type]))
  return (u, st) => {
    if (st.path.length >= MAX_DEPTH) return tooDeep(st)
    if (!isObject(u)) {
      report(st, 'invalid_type', expectedShape(node, 'an object', u))
      return HOLE
    }
    if (!present(u, tag)) {
      report(
        st,
        'missing_key',
        `${label} is missing its discriminant "${tag}" (one of ${listed})`,
        tag,
      )
      return HOLE
    }
    const v = u[tag]
    const member = typeof v === 'string' && members.has(v) ? members.get(v) : undefined
    if (member === undefined) {
      const aliases = node.annotations.aliases
      const meant =
        typeof v === 'string' && aliases !== undefined && Object.hasOwn(aliases, v)
          ? aliases[v]
          : undefined
      if (meant !== undefined) {
        report(
          st,
          'invalid_tag',
          `${label} has unknown ${tag} ${describe(v)}: ${describe(v)} is written ${JSON.stringify(meant)} in JSON`,
          tag,
        )
        return HOLE
      }
      const near = typeof v === 'string' ? nearest(v, values, st.budget) : undefined
      report(
        st,
        'invalid_tag',
        `${label} has unknown ${tag} ${describe(v)}; expected one of ${listed}${didYouMean(near)}`,
        tag,
      )
      return HOLE
    }
    return self(member)(u, st)
  }
}

const WORDS: Readonly<
  Record<AST.Condition['_tag'] | 'string' | 'number' | 'boolean' | 'object', string>
> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  TypeOf: '',
  Has: 'an object',
  Otherwise: 'a value',
}

const unionDecoder = (node: AST.UnionNode, self: (n: AST.AST) => Decoder): Decoder => {
  const alternatives = node.alternatives
  const words = [
    ...new Set(
      alternatives.map((a) => (a.when._tag === 'TypeOf' ? WORDS[a.when.type] : WORDS[a.when._tag])),
    ),
  ].join(' or ')
  // a value that picks a literal alternative by its type and is not that literal fails
  // every alternative: say them all ("unknown" or an integer), not the literal alone
  const shown = alternatives.map((a) => alternativeWords(a.type)).join(' or ')
  return (u, st) => {
    for (const a of alternatives)
      if (holds(a.when, u)) {
        const chosen = underlying(a.type)
        if (chosen._tag === 'Literal' && u !== chosen.value && alternatives.length > 1) {
          report(
            st,
            'invalid_value',
            `expected ${node.annotations.label} (${shown}), got ${describe(u)}${numberHint(u)}`,
          )
          return HOLE
        }
        return self(a.type)(u, st)
      }
    report(st, 'invalid_type', expectedShape(node, words, u))
    return HOLE
  }
}

const holds = (when: AST.Condition, u: unknown): boolean => {
  switch (when._tag) {
    case 'TypeOf':
      return when.type === 'object' ? isObject(u) : typeof u === when.type
    case 'Has':
      return isObject(u) && present(u, when.key)
    case 'Otherwise':
      return true
  }
}

const refineDecoder = (node: AST.RefineNode, from: Decoder): Decoder => {
  const check = node.check
  const label = node.annotations.label
  const explain = explainOf(check)
  const fail = (a: unknown, st: State): typeof HOLE => {
    if (check.issues !== undefined) reportAll(st, check.issues(a, false), { value: a })
    else {
      const p = explain(a, label)
      report(st, p.code ?? check.code ?? 'invalid_value', p.message)
    }
    return HOLE
  }
  if (node.stage === 'input') return (u, st) => (check.test(u) ? from(u, st) : fail(u, st))
  return (u, st) => {
    const before = st.issues.length
    const r = from(u, st)
    if (st.issues.length > before || st.full) {
      // what decoded may still be checked, when the check knows how to read a partial value
      if (check.issues !== undefined && r !== HOLE && !st.full)
        reportAll(st, check.issues(r, true), { value: r })
      return r
    }
    return check.test(r) ? r : fail(r, st)
  }
}

const jsonDecoder = (node: AST.JsonNode): Decoder => {
  const name = node.annotations.label
  const text = (s: string, st: State, key?: Segment): boolean => {
    if (s.length > MAX_STRING_LENGTH) {
      report(
        st,
        'too_long',
        `string must have at most ${MAX_STRING_LENGTH} characters, got ${s.length}`,
        key,
      )
      return false
    }
    if (!isWellFormed(s)) {
      report(
        st,
        'invalid_string',
        `string contains a control character or an unpaired surrogate`,
        key,
      )
      return false
    }
    return true
  }
  const go: Decoder = (u, st) => {
    if (st.path.length >= MAX_DEPTH) return tooDeep(st)
    if (u === null || typeof u === 'boolean') return u
    if (typeof u === 'number') {
      if (Number.isFinite(u)) return u
      report(st, 'invalid_number', `${name} must hold finite numbers, got ${describe(u)}`)
      return HOLE
    }
    if (typeof u === 'string') return text(u, st) ? u : HOLE
    if (typeof u !== 'object') {
      report(st, 'invalid_type', `${name} must hold JSON values, got ${describe(u)}`)
      return HOLE
    }
    const path = st.path
    if (Array.isArray(u)) {
      const n = u.length
      const out: unknown[] = new Array(n)
      for (let i = 0; i < n; i++) {
        if (st.full) break
        path.push(i)
        out[i] = go(u[i], st)
        path.pop()
      }
      return out
    }
    const proto: unknown = Object.getPrototypeOf(u)
    if (proto !== Object.prototype && proto !== null) {
      report(st, 'invalid_type', `${name} must hold plain objects, got ${describe(u)}`)
      return HOLE
    }
    const o = u as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(o)) {
      if (st.full) break
      if (k === '__proto__') {
        report(st, 'invalid_string', `${name} cannot have the key "__proto__"`, k)
        continue
      }
      path.push(k)
      if (text(k, st)) out[k] = go(o[k], st)
      path.pop()
    }
    return out
  }
  return go
}

const declareDecoder = (node: AST.DeclareNode): Decoder => {
  const type = node.type
  return (u, st) => {
    const r = type.validate(u, [{ key: '', type, actual: u }])
    if (r._tag === 'Right') return r.right
    reportAll(st, DecodeError.fromValidationErrors(r.left).issues)
    return HOLE
  }
}

const interpreter = memoize<Decoder>((node, self) => {
  switch (node._tag) {
    case 'String':
      return stringDecoder(node)
    case 'Number':
      return numberDecoder(node)
    case 'Boolean':
      return (u, st) => {
        if (typeof u === 'boolean') return u
        report(
          st,
          'invalid_type',
          `expected ${node.annotations.label === 'boolean' ? 'a boolean' : `${node.annotations.label} (a boolean)`}, got ${describe(u)}`,
        )
        return HOLE
      }
    case 'Literal': {
      const value = node.value
      return (u, st) => {
        if (u === value) return u
        report(st, 'invalid_value', `expected ${JSON.stringify(value)}, got ${describe(u)}`)
        return HOLE
      }
    }
    case 'Enum':
      return enumDecoder(node)
    case 'Array':
      return arrayDecoder(node, self(node.item))
    case 'Struct':
      return structDecoder(
        node,
        node.fields.map((f) => self(f.type)),
      )
    case 'Tagged':
      return taggedDecoder(node, self)
    case 'Union':
      return unionDecoder(node, self)
    case 'Ref':
      return self(node.id)
    case 'Refine':
      return refineDecoder(node, self(node.from))
    case 'Suspend': {
      let memo: Decoder | undefined
      return (u, st) => (memo ??= self(node.get()))(u, st)
    }
    case 'Json':
      return jsonDecoder(node)
    case 'Declare':
      return declareDecoder(node)
  }
})

/** The decoder of a node (memoised per node). */
export const decoderOf: (node: AST.AST) => Decoder = interpreter

/** The result of a detailed decode: the value (with holes where the input failed) and the issues. */
export interface Result {
  readonly value: unknown
  readonly issues: ReadonlyArray<DecodeError.DecodeIssue>
}

/**
 * Decodes `u` with a node, finding every issue (up to the cap). Issues are in document
 * order: a struct's in the order of the input's keys (missing keys last), an array's by
 * index, and those a check of the whole value found merged in at their place.
 */
export const decode = (node: AST.AST, u: unknown, options: Options = {}): Result => {
  const st: State = {
    issues: [],
    path: [...(options.prefix ?? [])],
    reject: options.unknownKeys !== 'strip',
    nullsAbsent: options.nullsAbsent === true,
    full: false,
    late: -1,
    lateRoot: undefined,
    lateDepth: 0,
    budget: freshBudget(),
  }
  const value = interpreter(node)(u, st)
  let issues: DecodeError.DecodeIssue[] = st.issues
  if (st.late >= 0 && st.late < issues.length)
    issues = inDocumentOrder(
      st.lateRoot,
      issues.slice(0, st.late),
      issues.slice(st.late),
      st.lateDepth,
    )
  if (st.full)
    issues.push(
      DecodeError.issue(
        options.prefix ?? [],
        'too_many_issues',
        `decoding stopped after ${DecodeError.MAX_ISSUES} issues; fix these and decode again to see the rest`,
      ),
    )
  return { value, issues }
}

/**
 * Compares issues by their place in the document below `root` (at path length `skip`):
 * array items by index, properties in the order the decoded value holds them (which is
 * the input's order). Places the value does not hold (unknown keys, parts that failed)
 * compare equal, so a stable sort keeps the order they were found in.
 */
const byPlace = (
  root: unknown,
  skip: number,
): ((a: DecodeError.DecodeIssue, b: DecodeError.DecodeIssue) => number) => {
  const ranks = new Map<object, Map<string, number>>()
  const rank = (o: unknown, k: string): number => {
    if (typeof o !== 'object' || o === null) return Number.POSITIVE_INFINITY
    let r = ranks.get(o)
    if (r === undefined) {
      r = new Map(Object.keys(o).map((key, i) => [key, i]))
      ranks.set(o, r)
    }
    return r.get(k) ?? Number.POSITIVE_INFINITY
  }
  return (a, b) => {
    const n = Math.min(a.path.length, b.path.length)
    for (let i = 0; i < skip && i < n; i++) if (a.path[i] !== b.path[i]) return 0
    let v: unknown = root
    for (let i = skip; i < n; i++) {
      const x = a.path[i]!
      const y = b.path[i]!
      if (x !== y) {
        if (typeof x === 'number' && typeof y === 'number') return x - y
        const rx = rank(v, String(x))
        const ry = rank(v, String(y))
        return rx === ry ? 0 : rx < ry ? -1 : 1
      }
      v =
        typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[String(x)] : undefined
    }
    return a.path.length - b.path.length
  }
}

/** Issues sorted by their place in a decoded value (stable). n·log n in the number of issues. */
export const documentOrder = (
  root: unknown,
  issues: ReadonlyArray<DecodeError.DecodeIssue>,
): DecodeError.DecodeIssue[] => [...issues].sort(byPlace(root, 0))

/** Issues found by checks of a whole value, merged in place among the structural ones. */
const inDocumentOrder = (
  root: unknown,
  first: ReadonlyArray<DecodeError.DecodeIssue>,
  late: ReadonlyArray<DecodeError.DecodeIssue>,
  skip: number,
): DecodeError.DecodeIssue[] => {
  const compare = byPlace(root, skip)
  const sorted = [...late].sort(compare)
  const out: DecodeError.DecodeIssue[] = []
  let i = 0
  let j = 0
  while (i < first.length || j < sorted.length) {
    if (j >= sorted.length || (i < first.length && compare(first[i]!, sorted[j]!) <= 0))
      out.push(first[i++]!)
    else out.push(sorted[j++]!)
  }
  return out
}
