/**
 * The codec toolkit every claimgraph module is built with, and that users can build their
 * own node types with: io-ts `Type`s whose failures carry a stable code, whose objects are
 * checked for unknown keys, whose unions dispatch on their tag first, and whose nesting is
 * bounded by {@link MAX_DEPTH}, so no input can overflow the stack.
 *
 * @example
 * ```ts
 * import { Codec, DecodeError, Id } from 'claimgraph'
 * import * as E from 'fp-ts/lib/Either.js'
 * import assert from 'node:assert/strict'
 *
 * const Mention = Codec.struct('Mention', { actor: Id.ActorId }, { note: Codec.string('note') })
 * const result = Codec.decode(Mention)({ actor: 'iraq', nite: 'a typo' })
 *
 * assert.ok(E.isLeft(result))
 * assert.deepEqual(DecodeError.toList(result.left), [
 *   {
 *     path: '/nite',
 *     code: 'unknown_key',
 *     message: 'Mention has no property "nite" (did you mean "note"?)',
 *   },
 * ])
 * ```
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import * as E from 'fp-ts/lib/Either.js'
import { fromValidationErrors, type DecodeError } from './DecodeError.js'

/**
 * Deepest nesting of objects and arrays that any decoder accepts.
 *
 * @category model
 * @since 0.1.0
 */
export const MAX_DEPTH = 256

/**
 * Longest string any decoder accepts (in UTF-16 code units).
 *
 * @category model
 * @since 0.1.0
 */
export const MAX_STRING_LENGTH = 1_000_000

/**
 * An io-ts validation error that also carries a stable code.
 *
 * @category model
 * @since 0.1.0
 */
export interface CodedError extends t.ValidationError {
  readonly code: string
  /** The path, when the error was found outside the codec tree (integrity checks). */
  readonly path?: ReadonlyArray<string | number>
}

/**
 * What to do with keys that a struct does not declare.
 *
 * @category model
 * @since 0.1.0
 */
export type UnknownKeys = 'reject' | 'strip'

interface RootEntry extends t.ContextEntry {
  readonly unknownKeys?: UnknownKeys
}

/**
 * A failed validation with a stable code.
 *
 * @category utils
 * @since 0.1.0
 */
export const fail = <A>(u: unknown, c: t.Context, code: string, message: string): t.Validation<A> =>
  t.failures([{ value: u, context: c, message, code } as CodedError])

const child = (
  c: t.Context,
  key: string,
  type: t.Decoder<unknown, unknown>,
  actual: unknown,
): t.Context => {
  const out = c.slice() as t.ContextEntry[]
  out.push({ key, type, actual })
  return out
}

const policy = (c: t.Context): UnknownKeys =>
  (c[0] as RootEntry | undefined)?.unknownKeys ?? 'reject'

/**
 * Runs `codec` on `u` with the given unknown-key policy.
 *
 * @category utils
 * @since 0.1.0
 */
export const validateWith = <A>(
  codec: t.Decoder<unknown, A>,
  u: unknown,
  unknownKeys: UnknownKeys,
): t.Validation<A> => {
  const root: RootEntry = { key: '', type: codec, actual: u, unknownKeys }
  return codec.validate(u, [root])
}

/**
 * A short, safe description of any value, for messages.
 *
 * @category utils
 * @since 0.1.0
 */
export const describe = (u: unknown): string => {
  if (u === null) return 'null'
  if (Array.isArray(u)) return 'an array'
  switch (typeof u) {
    case 'string':
      return u.length > 40
        ? `a string starting ${JSON.stringify(u.slice(0, 40))}…`
        : JSON.stringify(u)
    case 'number':
      return Number.isNaN(u) ? 'NaN' : Object.is(u, -0) ? '-0' : String(u)
    case 'object':
      return 'an object'
    case 'undefined':
      return 'nothing'
    default:
      return `a ${typeof u}`
  }
}

const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

/** A property is present when it is own and enumerable: the keys `for…in` and `Object.keys` see. */
const present = (o: object, k: string): boolean => Object.prototype.propertyIsEnumerable.call(o, k)

/**
 * What a codec's {@link Codec.walk | walk} returns for input it rejects.
 *
 * @category model
 * @since 0.1.0
 */
export const INVALID: unique symbol = Symbol('claimgraph/invalid')

/**
 * The fast path of a codec at a nesting depth: the accepted value — a fresh copy when `copy`
 * is true, otherwise the input itself — or {@link INVALID}. It collects no errors and
 * allocates nothing but the copy; only input it rejects goes on to the detailed decoder.
 *
 * @category model
 * @since 0.1.0
 */
export type Walk = (u: unknown, depth: number, copy: boolean) => unknown

/**
 * True when `Object.prototype` has no enumerable property, so that `for…in` over a plain
 * object sees exactly its own enumerable keys. Walks rely on it; the entry points check it.
 */
const prototypeIsClean = (): boolean => {
  for (const _ in Object.prototype) return false
  return true
}

/**
 * A codec with a fast path: besides io-ts's `validate` (every issue, with paths) it has a
 * {@link Walk} that checks and copies valid input in one pass. The two agree: the walk
 * accepts exactly the input `validate` accepts without issues.
 *
 * @category model
 * @since 0.1.0
 */
export class Codec<A, O = A> extends t.Type<A, O, unknown> {
  constructor(
    name: string,
    /** The fast path; see {@link Walk}. Nested codecs call each other's walks directly. */
    readonly walk: Walk,
    validate: t.Validate<unknown, A>,
    encode: t.Encode<A, O>,
  ) {
    super(
      name,
      (u): u is A =>
        prototypeIsClean()
          ? walk(u, 0, false) !== INVALID
          : E.isRight(validate(u, [{ key: '', type: this, actual: u }])),
      validate,
      encode,
    )
  }
}

/**
 * Any codec of this toolkit.
 *
 * @category model
 * @since 0.1.0
 */
export type AnyCodec = Codec<any, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- codecs are invariant

const identity = <A>(a: A): A => a

/**
 * A primitive codec from a per-value check returning a failure, if any, and optionally a
 * faster boolean `test` that must agree with it (the check then runs only on failure).
 *
 * @category combinators
 * @since 0.1.0
 */
export const primitive = <A>(
  name: string,
  check: (u: unknown) => { readonly code: string; readonly message: string } | undefined,
  test: (u: unknown) => boolean = (u) => check(u) === undefined,
): Codec<A> =>
  new Codec<A>(
    name,
    (u) => (test(u) ? u : INVALID),
    (u, c) => {
      const problem = check(u)
      return problem === undefined ? t.success(u as A) : fail(u, c, problem.code, problem.message)
    },
    identity,
  )

/**
 * Options for {@link string}.
 *
 * @category model
 * @since 0.1.0
 */
export interface StringOptions {
  readonly min?: number
  readonly max?: number
  readonly pattern?: RegExp
  readonly patternMessage?: string
  /**
   * The pattern admits only printable ASCII and at least one non-space character, so a
   * string that matches it needs no further scan for control characters or blankness.
   */
  readonly asciiPattern?: boolean
  readonly code?: string
}

/**
 * True when a string is well-formed UTF-16 (no unpaired surrogate) without NUL or other C0
 * controls (tab, line feed and carriage return aside). One pass, no allocation.
 */
const wellFormed = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x20 ? c < 0xd800 || c >= 0xe000 : c === 9 || c === 10 || c === 13) continue
    if (c >= 0x20 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++
        continue
      }
    }
    return false
  }
  return true
}

const NOT_BLANK = /\S/
/** A quick scan for anything {@link wellFormed} must look at closely (the common case finds nothing). */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/

/**
 * A string codec: well-formed UTF-16, no control characters, length bounds, an optional pattern.
 *
 * @category combinators
 * @since 0.1.0
 */
export const string = <A extends string = string>(
  name: string,
  options: StringOptions = {},
): Codec<A> => {
  const min = options.min ?? 0
  const max = Math.min(options.max ?? MAX_STRING_LENGTH, MAX_STRING_LENGTH)
  const code = options.code ?? 'invalid_string'
  const pattern = options.pattern
  const quick = options.asciiPattern === true && pattern !== undefined
  const check = (u: unknown) => {
    if (typeof u !== 'string')
      return { code: 'invalid_type', message: `expected ${name} (a string), got ${describe(u)}` }
    if (u.length < min)
      return {
        code,
        message:
          min === 1 ? `${name} must not be empty` : `${name} must have at least ${min} characters`,
      }
    if (u.length > max)
      return {
        code: 'too_long',
        message: `${name} must have at most ${max} characters, got ${u.length}`,
      }
    if (min > 0 && !notBlank(u)) return { code, message: `${name} must not be blank` }
    if (!clean(u))
      return { code, message: `${name} contains a control character or an unpaired surrogate` }
    if (pattern !== undefined && !pattern.test(u))
      return {
        code,
        message: `${name} ${options.patternMessage ?? `must match ${String(pattern)}`}, got ${describe(u)}`,
      }
    return undefined
  }
  const test = quick
    ? (u: unknown) => typeof u === 'string' && u.length >= min && u.length <= max && pattern.test(u)
    : (u: unknown) =>
        typeof u === 'string' &&
        u.length >= min &&
        u.length <= max &&
        (min === 0 || notBlank(u)) &&
        clean(u) &&
        (pattern === undefined || pattern.test(u))
  return primitive<A>(name, check, test)
}

/** Not blank: the first character settles the common case without a regular expression. */
const notBlank = (s: string): boolean => {
  const c = s.charCodeAt(0)
  return (c > 0x20 && c < 0x7f) || NOT_BLANK.test(s)
}

/** Well-formed UTF-16 without C0 controls; the quick scan finds nothing in the common case. */
const clean = (s: string): boolean => !SUSPECT.test(s) || wellFormed(s)

/**
 * A finite number codec with optional integer and range constraints.
 *
 * @category combinators
 * @since 0.1.0
 */
export const number = (
  name: string,
  options: { readonly integer?: boolean; readonly min?: number; readonly max?: number } = {},
): Codec<number> => {
  const integer = options.integer === true
  const min = options.min ?? Number.NEGATIVE_INFINITY
  const max = options.max ?? Number.POSITIVE_INFINITY
  return primitive<number>(
    name,
    (u) => {
      if (typeof u !== 'number')
        return { code: 'invalid_type', message: `expected ${name} (a number), got ${describe(u)}` }
      if (!Number.isFinite(u))
        return {
          code: 'invalid_number',
          message: `${name} must be a finite number, got ${describe(u)}`,
        }
      if (options.integer === true && !Number.isSafeInteger(u))
        return { code: 'invalid_number', message: `${name} must be an integer, got ${describe(u)}` }
      if (Object.is(u, -0)) return { code: 'invalid_number', message: `${name} must not be -0` }
      if (options.min !== undefined && u < options.min)
        return {
          code: 'invalid_number',
          message: `${name} must be at least ${options.min}, got ${u}`,
        }
      if (options.max !== undefined && u > options.max)
        return {
          code: 'invalid_number',
          message: `${name} must be at most ${options.max}, got ${u}`,
        }
      return undefined
    },
    (u) =>
      typeof u === 'number' &&
      Number.isFinite(u) &&
      (!integer || Number.isSafeInteger(u)) &&
      !Object.is(u, -0) &&
      u >= min &&
      u <= max,
  )
}

/**
 * The boolean codec.
 *
 * @category codecs
 * @since 0.1.0
 */
export const boolean: Codec<boolean> = primitive<boolean>('boolean', (u) =>
  typeof u === 'boolean'
    ? undefined
    : { code: 'invalid_type', message: `expected a boolean, got ${describe(u)}` },
)

/**
 * One of a fixed set of string literals.
 *
 * @category combinators
 * @since 0.1.0
 */
export const keyof = <const L extends string>(name: string, values: ReadonlyArray<L>): Codec<L> => {
  const set = new Set<string>(values)
  const list = values.map((v) => JSON.stringify(v)).join(', ')
  return primitive<L>(
    name,
    (u) => {
      if (typeof u !== 'string')
        return { code: 'invalid_type', message: `expected ${name} (a string), got ${describe(u)}` }
      return set.has(u)
        ? undefined
        : { code: 'invalid_value', message: `expected ${name}, one of ${list}; got ${describe(u)}` }
    },
    (u) => typeof u === 'string' && set.has(u),
  )
}

/**
 * A single literal value.
 *
 * @category combinators
 * @since 0.1.0
 */
export const literal = <const L extends string | number>(value: L): Codec<L> =>
  primitive<L>(
    JSON.stringify(value),
    (u) =>
      u === value
        ? undefined
        : {
            code: 'invalid_value',
            message: `expected ${JSON.stringify(value)}, got ${describe(u)}`,
          },
    (u) => u === value,
  )

const tooDeep = <A>(u: unknown, c: t.Context): t.Validation<A> =>
  fail(u, c, 'too_deep', `input is nested more than ${MAX_DEPTH} levels deep`)

/**
 * Options for {@link array}.
 *
 * @category model
 * @since 0.1.0
 */
export interface ArrayOptions {
  readonly min?: number
  readonly max?: number
}

/**
 * A read-only array codec.
 *
 * @category combinators
 * @since 0.1.0
 */
export const array = <A, O>(
  item: Codec<A, O>,
  options: ArrayOptions & { readonly name?: string } = {},
): Codec<ReadonlyArray<A>, ReadonlyArray<O>> => {
  const name = options.name ?? `Array<${item.name}>`
  const min = options.min ?? 0
  const max = options.max ?? Number.POSITIVE_INFINITY
  const walk = item.walk
  return new Codec<ReadonlyArray<A>, ReadonlyArray<O>>(
    name,
    (u, depth, copy) => {
      if (depth >= MAX_DEPTH || !Array.isArray(u) || u.length < min || u.length > max)
        return INVALID
      const n = u.length
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
    },
    (u, c) => {
      if (c.length > MAX_DEPTH) return tooDeep(u, c)
      if (!Array.isArray(u))
        return fail(u, c, 'invalid_type', `expected ${name} (an array), got ${describe(u)}`)
      if (u.length < min)
        return fail(
          u,
          c,
          'too_short',
          `${name} must have at least ${min} item${min === 1 ? '' : 's'}, got ${u.length}`,
        )
      if (u.length > max)
        return fail(u, c, 'too_long', `${name} must have at most ${max} items, got ${u.length}`)
      const errors: t.ValidationError[] = []
      const out: A[] = new Array(u.length)
      for (let i = 0; i < u.length; i++) {
        const r = item.validate(u[i], child(c, String(i), item, u[i]))
        if (E.isLeft(r)) pushAll(errors, r.left)
        else out[i] = r.right
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out)
    },
    (as) => as.map((a) => item.encode(a)) as ReadonlyArray<O>,
  )
}

/**
 * A non-empty read-only array.
 *
 * @category model
 * @since 0.1.0
 */
export type NonEmpty<A> = readonly [A, ...A[]]

/**
 * A read-only array with at least one item.
 *
 * @category combinators
 * @since 0.1.0
 */
export const nonEmptyArray = <A, O>(
  item: Codec<A, O>,
  name?: string,
): Codec<NonEmpty<A>, NonEmpty<O>> =>
  array(item, { min: 1, name: name ?? `NonEmptyArray<${item.name}>` }) as unknown as Codec<
    NonEmpty<A>,
    NonEmpty<O>
  >

const pushAll = (into: t.ValidationError[], from: t.Errors): void => {
  for (const e of from) into.push(e)
}

/**
 * Properties of a struct.
 *
 * @category model
 * @since 0.1.0
 */
export type Props = Readonly<Record<string, AnyCodec>>

/**
 * The type a struct of `P` required and `Q` optional properties decodes to.
 *
 * @category model
 * @since 0.1.0
 */
export type StructOf<P extends Props, Q extends Props> = {
  readonly [K in keyof P]: P[K]['_A']
} & { readonly [K in keyof Q]?: Q[K]['_A'] }
/**
 * The type a struct of `P` required and `Q` optional properties encodes to.
 *
 * @category model
 * @since 0.1.0
 */
export type StructOutputOf<P extends Props, Q extends Props> = {
  readonly [K in keyof P]: P[K]['_O']
} & { readonly [K in keyof Q]?: Q[K]['_O'] }

/**
 * An object codec with required and optional properties. Unknown keys are rejected with
 * code `unknown_key` (or dropped when validated with the `strip` policy); optional
 * properties are absent, never `undefined` or `null`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const struct = <P extends Props, Q extends Props = Record<never, never>>(
  name: string,
  required: P,
  optional: Q = {} as Q,
): Codec<StructOf<P, Q>, StructOutputOf<P, Q>> => {
  const req = Object.keys(required)
  const opt = Object.keys(optional)
  const known = new Set([...req, ...opt])
  const fields: Array<[string, AnyCodec, boolean]> = [
    ...req.map((k): [string, AnyCodec, boolean] => [k, required[k]!, true]),
    ...opt.map((k): [string, AnyCodec, boolean] => [k, optional[k]!, false]),
  ]
  if (known.has('__proto__')) throw new TypeError(`${name}: "__proto__" cannot be a property`)
  // The walk runs on every valid input. It visits the input's own keys (`for…in` over a
  // plain object, with Object.prototype checked clean by the entry point) and expects them
  // in declaration order, the order `encode` writes, so each key is found by one comparison.
  const keys = fields.map((f) => f[0])
  const walks = fields.map((f) => f[1].walk)
  const position = new Map(keys.map((k, i) => [k, i]))
  const requiredCount = req.length
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
      const r = walks[i]!(o[k], depth + 1, copy)
      if (r === INVALID) return INVALID
      if (i < requiredCount) required++
      if (copy) out[k] = r
    }
    return required === requiredCount ? out : INVALID
  }
  return new Codec<StructOf<P, Q>, StructOutputOf<P, Q>>(
    name,
    walk,
    (u, c) => {
      if (c.length > MAX_DEPTH) return tooDeep(u, c)
      if (!isObject(u))
        return fail(u, c, 'invalid_type', `expected ${name} (an object), got ${describe(u)}`)
      const errors: t.ValidationError[] = []
      const out: Record<string, unknown> = {}
      for (const [k, codec, isRequired] of fields) {
        if (!present(u, k)) {
          if (isRequired) errors.push(missing(c, k, codec, name))
          continue
        }
        const v = u[k]
        const r = codec.validate(v, child(c, k, codec, v))
        if (E.isLeft(r)) pushAll(errors, r.left)
        else out[k] = r.right
      }
      if (policy(c) === 'reject') {
        for (const k of Object.keys(u)) {
          if (!known.has(k)) {
            const ctx = child(c, k, unknownKeyType, u[k])
            errors.push({
              value: u[k],
              context: ctx,
              message: unknownKeyMessage(name, k, known),
              code: 'unknown_key',
            } as CodedError)
          }
        }
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out as StructOf<P, Q>)
    },
    (a) => {
      const out: Record<string, unknown> = {}
      const o = a as Record<string, unknown>
      for (const [k, codec] of fields)
        if (hasOwn(o, k) && o[k] !== undefined) out[k] = codec.encode(o[k])
      return out as StructOutputOf<P, Q>
    },
  )
}

const unknownKeyType = new t.Type<never, never, unknown>(
  'unknown key',
  (_u): _u is never => false,
  (u, c) => t.failure(u, c),
  (a) => a,
)

const missing = (c: t.Context, k: string, codec: AnyCodec, name: string): CodedError => ({
  value: undefined,
  context: child(c, k, codec, undefined),
  message: `${name} is missing required property "${k}" (${codec.name})`,
  code: 'missing_key',
})

const unknownKeyMessage = (name: string, k: string, known: ReadonlySet<string>): string => {
  const shown = k.length > 40 ? `${k.slice(0, 40)}…` : k
  const near = [...known].find((candidate) => closeEnough(candidate, k))
  return `${name} has no property ${JSON.stringify(shown)}${near === undefined ? '' : ` (did you mean "${near}"?)`}`
}

/** True when two short words differ by at most two edits (for "did you mean" hints). */
const closeEnough = (a: string, b: string): boolean => {
  if (Math.abs(a.length - b.length) > 2 || b.length > 40) return false
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    prev = cur
  }
  return prev[b.length]! <= 2
}

/**
 * A union of structs told apart by the string property `tag`: the tag is read first and
 * only the matching member is tried, so errors speak of that member alone.
 *
 * @category combinators
 * @since 0.1.0
 */
export const tagged = <Tag extends string, M extends Readonly<Record<string, AnyCodec>>>(
  name: string,
  tag: Tag,
  members: M,
): Codec<M[keyof M]['_A'], M[keyof M]['_O']> => {
  const tags = Object.keys(members)
  const list = tags.map((k) => JSON.stringify(k)).join(', ')
  const lookup = (u: unknown): AnyCodec | undefined => {
    if (!isObject(u) || !present(u, tag)) return undefined
    const v = u[tag]
    return typeof v === 'string' && hasOwn(members, v) ? members[v] : undefined
  }
  const walks = new Map<unknown, Walk>(tags.map((k) => [k, members[k]!.walk]))
  return new Codec(
    name,
    (u, depth, copy) => {
      if (typeof u !== 'object' || u === null) return INVALID
      // an inherited tag finds a member whose own walk then rejects the object
      const walk = walks.get((u as Record<string, unknown>)[tag])
      return walk === undefined ? INVALID : walk(u, depth, copy)
    },
    (u, c) => {
      if (c.length > MAX_DEPTH) return tooDeep(u, c)
      if (!isObject(u))
        return fail(u, c, 'invalid_type', `expected ${name} (an object), got ${describe(u)}`)
      if (!present(u, tag)) {
        return t.failures([
          {
            value: undefined,
            context: child(c, tag, unknownKeyType, undefined),
            code: 'missing_key',
            message: `${name} is missing its discriminant "${tag}" (one of ${list})`,
          } as CodedError,
        ])
      }
      const m = lookup(u)
      if (m === undefined) {
        return t.failures([
          {
            value: u[tag],
            context: child(c, tag, unknownKeyType, u[tag]),
            code: 'invalid_tag',
            message: `${name} has unknown ${tag} ${describe(u[tag])}; expected one of ${list}`,
          } as CodedError,
        ])
      }
      return m.validate(u, c)
    },
    (a) => lookup(a)!.encode(a),
  )
}

/**
 * A union of a string codec and an object codec, told apart by `typeof`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const stringOrObject = <A extends string, OA extends string, B, OB>(
  name: string,
  s: Codec<A, OA>,
  o: Codec<B, OB>,
): Codec<A | B, OA | OB> =>
  new Codec<A | B, OA | OB>(
    name,
    (u, depth, copy) => (typeof u === 'string' ? s.walk(u, depth, copy) : o.walk(u, depth, copy)),
    (u, c) =>
      typeof u === 'string'
        ? s.validate(u, c)
        : isObject(u)
          ? o.validate(u, c)
          : fail(
              u,
              c,
              'invalid_type',
              `expected ${name} (a string or an object), got ${describe(u)}`,
            ),
    (a) => (typeof a === 'string' ? s.encode(a as A) : o.encode(a as B)),
  )

/**
 * A recursive codec; `f` receives the codec being defined.
 *
 * @category combinators
 * @since 0.1.0
 */
export const lazy = <A, O>(name: string, f: () => Codec<A, O>): Codec<A, O> => {
  let memo: Codec<A, O> | undefined
  const get = (): Codec<A, O> => (memo ??= f())
  return new Codec<A, O>(
    name,
    (u, depth, copy) => get().walk(u, depth, copy),
    (u, c) => get().validate(u, c),
    (a) => get().encode(a),
  )
}

/**
 * Narrows a codec with a further check on the decoded value.
 *
 * @category combinators
 * @since 0.1.0
 */
export const refine = <A, O, B extends A>(
  codec: Codec<A, O>,
  name: string,
  check: (a: A) => { readonly code: string; readonly message: string } | undefined,
): Codec<B, O> =>
  new Codec<B, O>(
    name,
    (u, depth, copy) => {
      const r = codec.walk(u, depth, copy)
      return r !== INVALID && check(r as A) === undefined ? r : INVALID
    },
    (u, c) => {
      const r = codec.validate(u, c)
      if (E.isLeft(r)) return r
      const problem = check(r.right)
      return problem === undefined
        ? t.success(r.right as B)
        : fail(u, c, problem.code, problem.message)
    },
    (b) => codec.encode(b),
  )

/**
 * Any JSON value: `null`, a boolean, a finite number, a string, an array or a plain object
 * of JSON values.
 *
 * @category model
 * @since 0.2.0
 */
export type Json =
  null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

/**
 * A codec of any JSON value, for open-ended data a model does not interpret (an
 * extractor's own fields, say). Strings follow the rules of {@link string}; numbers must be
 * finite; objects must be plain, and the key `__proto__` is refused, so that a decoded
 * value can be copied and read without surprises. Nesting counts toward {@link MAX_DEPTH}.
 * Decoded values are fresh copies, like every other decoded value.
 *
 * @category combinators
 * @since 0.2.0
 */
export const json = (name: string): Codec<Json> => {
  const key = string('key')
  const text = string('string')
  const walk: Walk = (u, depth, copy) => {
    if (depth >= MAX_DEPTH) return INVALID
    if (u === null || typeof u === 'boolean') return u
    if (typeof u === 'number') return Number.isFinite(u) ? u : INVALID
    if (typeof u === 'string') return text.walk(u, depth, copy)
    if (typeof u !== 'object') return INVALID
    if (Array.isArray(u)) {
      const out: unknown[] = copy ? new Array(u.length) : u
      for (let i = 0; i < u.length; i++) {
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
      if (k === '__proto__' || key.walk(k, depth, false) === INVALID) return INVALID
      const r = walk(o[k], depth + 1, copy)
      if (r === INVALID) return INVALID
      if (copy) out[k] = r
    }
    return out
  }
  const validate = (u: unknown, c: t.Context): t.Validation<Json> => {
    if (c.length > MAX_DEPTH) return tooDeep(u, c)
    if (u === null || typeof u === 'boolean') return t.success(u)
    if (typeof u === 'number')
      return Number.isFinite(u)
        ? t.success(u)
        : fail(u, c, 'invalid_number', `${name} must hold finite numbers, got ${describe(u)}`)
    if (typeof u === 'string') return text.validate(u, c)
    if (typeof u !== 'object')
      return fail(u, c, 'invalid_type', `${name} must hold JSON values, got ${describe(u)}`)
    const errors: t.ValidationError[] = []
    if (Array.isArray(u)) {
      const out: Json[] = new Array(u.length)
      for (let i = 0; i < u.length; i++) {
        const r = validate(u[i], child(c, String(i), self, u[i]))
        if (E.isLeft(r)) pushAll(errors, r.left)
        else out[i] = r.right
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out)
    }
    const proto: unknown = Object.getPrototypeOf(u)
    if (proto !== Object.prototype && proto !== null)
      return fail(u, c, 'invalid_type', `${name} must hold plain objects, got ${describe(u)}`)
    const o = u as Record<string, unknown>
    const out: Record<string, Json> = {}
    for (const k of Object.keys(o)) {
      const ctx = child(c, k, self, o[k])
      if (k === '__proto__') {
        errors.push({
          value: o[k],
          context: ctx,
          message: `${name} cannot have the key "__proto__"`,
          code: 'invalid_string',
        } as CodedError)
        continue
      }
      const kr = key.validate(k, ctx)
      if (E.isLeft(kr)) {
        pushAll(errors, kr.left)
        continue
      }
      const r = validate(o[k], ctx)
      if (E.isLeft(r)) pushAll(errors, r.left)
      else out[k] = r.right
    }
    return errors.length > 0 ? t.failures(errors) : t.success(out)
  }
  const self: Codec<Json> = new Codec<Json>(name, walk, validate, identity)
  return self
}

/**
 * Options every decoder accepts.
 *
 * @category model
 * @since 0.1.0
 */
export interface DecodeOptions {
  /** `reject` (the default) reports unknown keys as `unknown_key`; `strip` drops them. */
  readonly unknownKeys?: UnknownKeys
  /**
   * When the input is already valid, return it as it is rather than a copy. Faster; use it
   * only for a value nothing else holds or changes (a value fresh from `JSON.parse`), since
   * the result then shares its structure with the input. Default `false`.
   */
  readonly share?: boolean
}

/**
 * Decodes with any codec, returning a `DecodeError` (paths, stable codes, messages) on
 * failure. Never throws, whatever the input: an object whose getters or proxy traps throw
 * gets the code `unreadable_input`.
 *
 * Valid input takes a fast path: the codec's {@link Walk} checks it and copies it in one
 * pass (with `share`, it returns the input itself). Only invalid input pays for the
 * detailed decoder that collects every issue. The two agree; property tests hold them to it.
 *
 * @category utils
 * @since 0.1.0
 */
export const decode =
  <A>(codec: t.Decoder<unknown, A>, options: DecodeOptions = {}) =>
  (u: unknown): E.Either<DecodeError, A> => {
    try {
      if (codec instanceof Codec && prototypeIsClean()) {
        const r = codec.walk(u, 0, options.share !== true)
        if (r !== INVALID) return E.right(r as A)
      }
      const r = validateWith(codec, u, options.unknownKeys ?? 'reject')
      return E.isLeft(r) ? E.left(fromValidationErrors(r.left)) : r
    } catch (e) {
      const reason = e instanceof Error ? e.message : 'an exception'
      return E.left({
        _tag: 'DecodeError',
        issues: [
          {
            path: [],
            code: 'unreadable_input',
            message: `the input could not be read: ${reason.slice(0, 100)}`,
          },
        ],
      })
    }
  }
