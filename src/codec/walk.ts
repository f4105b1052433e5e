/**
 * The fast walk: an interpreter of the AST into closures that check valid input and copy
 * it in one pass, collecting nothing. It accepts exactly what the detailed decoder accepts
 * without issues (property tests hold the two to it); only input it rejects goes on to the
 * detailed decoder.
 *
 * @internal
 */
import type * as AST from './AST.js'
import { memoize } from './AST.js'
import { isWellFormed, type AnyCheck, type Check, type CheckId } from './checks.js'
import { MAX_DEPTH, MAX_STRING_LENGTH } from './limits.js'

/**
 * What a codec's walk returns for input it rejects.
 *
 * @category model
 * @since 0.1.0
 */
export const INVALID: unique symbol = Symbol('claimgraph/invalid')

/**
 * The fast path of a node at a nesting depth: the accepted value — a fresh copy when `copy`
 * is true, otherwise the input itself — or {@link INVALID}.
 */
export type Walk = (u: unknown, depth: number, copy: boolean) => unknown

/** How the walk runs each check: every check is implemented (the walk must agree with the decoder). */
export const CHECKS: {
  readonly [K in CheckId]: (check: Check<never, K>) => (a: unknown) => boolean
} = {
  'not-blank': (c) => c.test as (a: unknown) => boolean,
  'well-formed': (c) => c.test as (a: unknown) => boolean,
  pattern: (c) => {
    const r = c.params.regex
    return (a) => r.test(a as string)
  },
  id: (c) => c.test as (a: unknown) => boolean,
  edtf: (c) => c.test as (a: unknown) => boolean,
  duration: (c) => c.test as (a: unknown) => boolean,
  bcp47: (c) => c.test as (a: unknown) => boolean,
  'country-code': (c) => c.test as (a: unknown) => boolean,
  predicate: (c) => c.test as (a: unknown) => boolean,
  'span-length': (c) => c.test as (a: unknown) => boolean,
  'some-key': (c) => c.test as (a: unknown) => boolean,
  'time-order': (c) => c.test as (a: unknown) => boolean,
  'band-factuality': (c) => c.test as (a: unknown) => boolean,
  'format-version': (c) => c.test as (a: unknown) => boolean,
  'report-integrity': (c) => c.test as (a: unknown) => boolean,
}

const testOf = (check: AnyCheck): ((a: unknown) => boolean) =>
  (CHECKS[check.id] as (c: AnyCheck) => (a: unknown) => boolean)(check)

/** The checks a walk must run: implied ones are skipped (they hold whenever the others do). */
export const effectiveChecks = (checks: ReadonlyArray<AnyCheck>): ReadonlyArray<AnyCheck> => {
  const implied = new Set(checks.flatMap((c) => c.implies))
  return checks.filter((c) => !implied.has(c.id as never))
}

const stringWalk = (node: AST.StringNode): Walk => {
  const min = node.min
  const max = Math.min(node.max, MAX_STRING_LENGTH)
  const tests = effectiveChecks(node.checks).map(testOf)
  switch (tests.length) {
    case 0:
      return (u) => (typeof u === 'string' && u.length >= min && u.length <= max ? u : INVALID)
    case 1: {
      const a = tests[0]!
      return (u) =>
        typeof u === 'string' && u.length >= min && u.length <= max && a(u) ? u : INVALID
    }
    case 2: {
      const a = tests[0]!
      const b = tests[1]!
      return (u) =>
        typeof u === 'string' && u.length >= min && u.length <= max && a(u) && b(u) ? u : INVALID
    }
    default:
      return (u) => {
        if (typeof u !== 'string' || u.length < min || u.length > max) return INVALID
        for (const test of tests) if (!test(u)) return INVALID
        return u
      }
  }
}

const numberWalk = (node: AST.NumberNode): Walk => {
  const integer = node.integer
  const min = node.min ?? Number.NEGATIVE_INFINITY
  const max = node.max ?? Number.POSITIVE_INFINITY
  return (u) =>
    typeof u === 'number' &&
    Number.isFinite(u) &&
    (!integer || Number.isSafeInteger(u)) &&
    !Object.is(u, -0) &&
    u >= min &&
    u <= max
      ? u
      : INVALID
}

const arrayWalk = (node: AST.ArrayNode, walk: Walk): Walk => {
  const min = node.min
  const max = node.max
  return (u, depth, copy) => {
    if (depth >= MAX_DEPTH || !Array.isArray(u)) return INVALID
    const n = u.length // read once: a proxy cannot answer differently later
    if (n < min || n > max) return INVALID
    if (!copy) {
      for (let i = 0; i < n; i++) if (walk(u[i], depth + 1, false) === INVALID) return INVALID
      return u
    }
    const out: unknown[] = new Array(n)
    for (let i = 0; i < n; i++) {
      const r = walk(u[i], depth + 1, true)
      if (r === INVALID) return INVALID
      out[i] = r
    }
    return out
  }
}

// The struct walk runs on every valid object. It visits the input's own keys (`for…in`
// over a plain object, with Object.prototype checked clean by the entry point) and expects
// them in declaration order, the order the encoder writes, so each key is found by one
// comparison.
const structWalk = (
  node: AST.StructNode,
  walks: ReadonlyArray<Walk>,
  nullsAbsent: boolean,
): Walk => {
  const keys = node.fields.map((f) => f.key)
  const optional = node.fields.map((f) => f.optional)
  const position = new Map(keys.map((k, i) => [k, i]))
  const requiredCount = optional.filter((o) => !o).length
  const walk: Walk = (u, depth, copy) => {
    if (depth >= MAX_DEPTH || typeof u !== 'object' || u === null || Array.isArray(u))
      return INVALID
    const proto: unknown = Object.getPrototypeOf(u)
    if (proto !== Object.prototype && proto !== null) {
      // another prototype may have enumerable keys of its own: walk the own ones only
      const own = Object.create(null) as Record<string, unknown>
      for (const k of Object.keys(u)) own[k] = (u as Record<string, unknown>)[k]
      const r = walk(own, depth, copy)
      return r === INVALID || copy ? r : u
    }
    const o = u as Record<string, unknown>
    const out: Record<string, unknown> = copy ? {} : o
    let next = 0
    let required = 0
    for (const k in o) {
      const i = keys[next] === k ? next : (position.get(k) ?? -1)
      if (i < 0) return INVALID
      next = i + 1
      const v = o[k]
      if (nullsAbsent && v === null && optional[i]) continue
      const r = walks[i]!(v, depth + 1, copy)
      if (r === INVALID) return INVALID
      if (!optional[i]) required++
      if (copy) out[k] = r
    }
    return required === requiredCount ? out : INVALID
  }
  return walk
}

const jsonWalk = (): Walk => {
  const text = (s: string) => s.length <= MAX_STRING_LENGTH && isWellFormed(s)
  const walk: Walk = (u, depth, copy) => {
    if (depth >= MAX_DEPTH) return INVALID
    if (u === null || typeof u === 'boolean') return u
    if (typeof u === 'number') return Number.isFinite(u) ? u : INVALID
    if (typeof u === 'string') return text(u) ? u : INVALID
    if (typeof u !== 'object') return INVALID
    if (Array.isArray(u)) {
      const n = u.length
      const out: unknown[] = copy ? new Array(n) : u
      for (let i = 0; i < n; i++) {
        const r = walk(u[i], depth + 1, copy)
        if (r === INVALID) return INVALID
        if (copy) out[i] = r
      }
      return out
    }
    const proto: unknown = Object.getPrototypeOf(u)
    if (proto !== Object.prototype && proto !== null) return INVALID
    const o = u as Record<string, unknown>
    const out: Record<string, unknown> = copy ? {} : o
    for (const k of Object.keys(o)) {
      if (k === '__proto__' || !text(k)) return INVALID
      const r = walk(o[k], depth + 1, copy)
      if (r === INVALID) return INVALID
      if (copy) out[k] = r
    }
    return out
  }
  return walk
}

const declareWalk = (node: AST.DeclareNode): Walk => {
  const type = node.type
  return (u) => {
    const r = type.validate(u, [{ key: '', type, actual: u }])
    return r._tag === 'Right' ? r.right : INVALID
  }
}

const interpreter = (nullsAbsent: boolean): ((node: AST.AST) => Walk) =>
  memoize<Walk>((node, self) => {
    switch (node._tag) {
      case 'String':
        return stringWalk(node)
      case 'Number':
        return numberWalk(node)
      case 'Boolean':
        return (u) => (typeof u === 'boolean' ? u : INVALID)
      case 'Literal': {
        const value = node.value
        return (u) => (u === value ? u : INVALID)
      }
      case 'Enum': {
        const values = new Set<unknown>(node.values)
        return (u) => (typeof u === 'string' && values.has(u) ? u : INVALID)
      }
      case 'Array':
        return arrayWalk(node, self(node.item))
      case 'Struct':
        return structWalk(
          node,
          node.fields.map((f) => self(f.type)),
          nullsAbsent,
        )
      case 'Tagged': {
        const tag = node.tag
        const walks = new Map<unknown, Walk>(node.members.map((m) => [m.value, self(m.type)]))
        return (u, depth, copy) => {
          if (typeof u !== 'object' || u === null) return INVALID
          // an inherited tag finds a member whose own walk then rejects the object
          const walk = walks.get((u as Record<string, unknown>)[tag])
          return walk === undefined ? INVALID : walk(u, depth, copy)
        }
      }
      case 'Union':
        return unionWalk(node, self)
      case 'Ref':
        return self(node.id)
      case 'Refine': {
        const from = self(node.from)
        const test = testOf(node.check)
        return node.stage === 'input'
          ? (u, depth, copy) => (test(u) ? from(u, depth, copy) : INVALID)
          : (u, depth, copy) => {
              const r = from(u, depth, copy)
              return r !== INVALID && test(r) ? r : INVALID
            }
      }
      case 'Suspend': {
        let memo: Walk | undefined
        return (u, depth, copy) => (memo ??= self(node.get()))(u, depth, copy)
      }
      case 'Json':
        return jsonWalk()
      case 'Declare':
        return declareWalk(node)
    }
  })

const isObject = (u: unknown): boolean => typeof u === 'object' && u !== null && !Array.isArray(u)

const unionWalk = (node: AST.UnionNode, self: (node: AST.AST) => Walk): Walk => {
  const alternatives = node.alternatives.map((a) => [a.when, self(a.type)] as const)
  // the common case, a string or an object: two tests, no loop
  if (
    alternatives.length === 2 &&
    alternatives[0]![0]._tag === 'TypeOf' &&
    alternatives[0]![0].type === 'string' &&
    alternatives[1]![0]._tag === 'TypeOf' &&
    alternatives[1]![0].type === 'object'
  ) {
    const s = alternatives[0]![1]
    const o = alternatives[1]![1]
    return (u, depth, copy) =>
      typeof u === 'string' ? s(u, depth, copy) : isObject(u) ? o(u, depth, copy) : INVALID
  }
  return (u, depth, copy) => {
    for (const [when, walk] of alternatives) {
      if (holdsFast(when, u)) return walk(u, depth, copy)
    }
    return INVALID
  }
}

const holdsFast = (when: AST.Condition, u: unknown): boolean => {
  switch (when._tag) {
    case 'TypeOf':
      return when.type === 'object' ? isObject(u) : typeof u === when.type
    case 'Has':
      return isObject(u) && Object.prototype.propertyIsEnumerable.call(u, when.key)
    case 'Otherwise':
      return true
  }
}

/** The walk of a node (memoised per node). */
export const walkOf: (node: AST.AST) => Walk = interpreter(false)

/** The walk of a node that treats `null` for an optional property as absent (memoised per node). */
export const walkNullsAbsentOf: (node: AST.AST) => Walk = interpreter(true)
