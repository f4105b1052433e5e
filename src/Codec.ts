/**
 * The codec toolkit every claimgraph module is built with, and that users can build their
 * own node types with: io-ts `Type`s whose failures carry a stable code, whose objects are
 * checked for unknown keys, whose unions dispatch on their tag first, and whose nesting is
 * bounded by {@link MAX_DEPTH}, so no input can overflow the stack.
 *
 * Every codec also describes itself: its `ast` is a plain, immutable {@link AST} node,
 * and the fast walk, the detailed decoder, the encoder, the references and the
 * arbitraries (`claimgraph/arbitrary`) are all derived from it. Plain io-ts users can read
 * a codec's structure ({@link props}, {@link members}) and compose claimgraph codecs with
 * their own.
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
import * as DecodeError from './DecodeError.js'
import * as AST from './codec/AST.js'
import * as checks from './codec/checks.js'
import * as Decoder from './codec/decoder.js'
import { describe as describeValue, reasonOf } from './codec/describe.js'
import { encoderOf } from './codec/encoder.js'
import * as limits from './codec/limits.js'
import { referencesOf } from './codec/references.js'
import * as W from './codec/walk.js'
import { bind, type Fast, type Table } from './codec/compiled.js'
import { table as generated } from './generated/Codec.js'

export type {
  AST,
  Alternative,
  Annotations,
  ArrayNode,
  BooleanNode,
  Condition,
  DeclareNode,
  EnumNode,
  Field,
  JsonNode,
  LiteralNode,
  Member,
  NumberNode,
  RefKind,
  RefNode,
  RefineNode,
  StringNode,
  StructNode,
  SuspendNode,
  Tag,
  TaggedNode,
  UnionNode,
} from './codec/AST.js'
export type { AnyCheck, Check, CheckId, Implied, Params, Problem } from './codec/checks.js'
export type { Factory, Fast, Kit, Table } from './codec/compiled.js'
/**
 * Named checks: each id with its declaration (`DEFINITIONS`), and the constructors of
 * the generic ones (`pattern`, `id`, `edtf`, `bcp47`, `countryCode`, `predicate`, and
 * `make` for a check declared in `Params`).
 */
export * as Checks from './codec/checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Deepest nesting of objects and arrays that any decoder accepts.
 *
 * @category model
 * @since 0.1.0
 */
export const MAX_DEPTH = limits.MAX_DEPTH

/**
 * Longest string any decoder accepts (in UTF-16 code units).
 *
 * @category model
 * @since 0.1.0
 */
export const MAX_STRING_LENGTH = limits.MAX_STRING_LENGTH

/**
 * An io-ts validation error that also carries a stable code (and, from claimgraph's own
 * codecs, its issue).
 *
 * @category model
 * @since 0.1.0
 */
export type CodedError = DecodeError.CodedError

/**
 * What to do with keys that a struct does not declare.
 *
 * @category model
 * @since 0.1.0
 */
export type UnknownKeys = 'reject' | 'strip'

/**
 * What a codec's {@link Codec.walk | walk} returns for input it rejects.
 *
 * @category model
 * @since 0.1.0
 */
export const INVALID: typeof W.INVALID = W.INVALID

/**
 * The fast path of a codec at a nesting depth: the accepted value — a fresh copy when `copy`
 * is true, otherwise the input itself — or {@link INVALID}. It collects no errors and
 * allocates nothing but the copy; only input it rejects goes on to the detailed decoder.
 *
 * @category model
 * @since 0.1.0
 */
export type Walk = (u: unknown, depth: number, copy: boolean) => unknown

interface RootEntry extends t.ContextEntry {
  readonly unknownKeys?: UnknownKeys
}

/**
 * True when `Object.prototype` has no enumerable property, so that `for…in` over a plain
 * object sees exactly its own enumerable keys. Walks rely on it; the entry points check it.
 */
const prototypeIsClean = (): boolean => {
  for (const _ in Object.prototype) return false
  return true
}

const policy = (c: t.Context): UnknownKeys =>
  (c[0] as RootEntry | undefined)?.unknownKeys ?? 'reject'

/** The path an io-ts context stands for (its root entry aside). */
const pathOf = (c: t.Context): Array<string | number> => {
  const path: Array<string | number> = []
  for (let i = 1; i < c.length; i++) {
    const key = c[i]!.key
    if (key === '') continue
    path.push(/^(0|[1-9]\d{0,9})$/.test(key) && Array.isArray(c[i - 1]!.actual) ? Number(key) : key)
  }
  return path
}

const pathEntry = new t.Type<unknown, unknown, unknown>(
  'path',
  (_u): _u is unknown => true,
  t.success,
  (a) => a,
)

/** An issue as an io-ts error: its message names the path, for io-ts's `PathReporter`. */
const toValidationError = (
  i: DecodeError.DecodeIssue,
  c: t.Context,
  skip: number,
): DecodeError.CodedError => ({
  value: undefined,
  context: [
    ...c,
    ...i.path.slice(skip).map((k) => ({ key: String(k), type: pathEntry, actual: undefined })),
  ],
  message: `${i.path.length === 0 ? '(root)' : DecodeError.pointer(i.path)}: [${i.code}] ${i.message}`,
  code: i.code,
  path: i.path,
  issue: i,
})

const validateAst =
  (ast: AST.AST) =>
  (u: unknown, c: t.Context): t.Validation<unknown> => {
    const prefix = pathOf(c)
    const r = Decoder.decode(ast, u, { unknownKeys: policy(c), prefix })
    return r.issues.length === 0
      ? t.success(r.value)
      : t.failures(r.issues.map((i) => toValidationError(i, c, prefix.length)))
  }

/** One codec per node: the codec a node was first made for, so structure reads back as the same codecs. */
const byNode = new WeakMap<AST.AST, AnyCodec>()

/**
 * A codec: an io-ts `Type` made from its {@link AST}, with a fast path. Besides io-ts's
 * `validate` (every issue, with paths) it has a {@link Walk} that checks and copies valid
 * input in one pass. The two agree: the walk accepts exactly the input `validate`
 * accepts without issues. Both, and `encode` and `is`, are interpretations of `ast`.
 *
 * @category model
 * @since 0.1.0
 */
export class Codec<A, O = A> extends t.Type<A, O, unknown> {
  /** The description this codec is made from. */
  readonly ast: AST.AST
  readonly #paths: Paths

  constructor(ast: AST.AST) {
    const paths: Paths = { walk: W.walkOf(ast), fast: undefined }
    const validate = validateAst(ast)
    let encode: ((a: unknown) => unknown) | undefined
    super(
      ast.annotations.label,
      (u): u is A =>
        prototypeIsClean()
          ? paths.walk(u, 0, false) !== W.INVALID
          : Decoder.decode(ast, u).issues.length === 0,
      validate as t.Validate<unknown, A>,
      (a) => (encode ??= encoderOf(ast))(a) as O,
    )
    this.#paths = paths
    this.ast = ast
    if (!byNode.has(ast)) byNode.set(ast, this)
  }

  /** The fast path; see {@link Walk}. Generated code when the codec has it, else the interpreted walk. */
  get walk(): Walk {
    return this.#paths.walk
  }

  /**
   * The generated fast path, with every mode as an argument, when the codec has one.
   *
   * @internal
   */
  get fast(): Fast | undefined {
    return this.#paths.fast
  }

  /**
   * Binds generated code to this codec: used once, by {@link compiled}, on a codec nobody
   * holds yet.
   *
   * @internal
   */
  bindFast(fast: Fast): void {
    this.#paths.fast = fast
    this.#paths.walk = (u, depth, copy) => fast(u, depth, copy, false)
  }
}

/** A codec's two fast paths: the walk, and the generated code with every mode as an argument. */
interface Paths {
  walk: Walk
  fast: Fast | undefined
}

/**
 * Any codec of this toolkit.
 *
 * @category model
 * @since 0.1.0
 */
export type AnyCodec = Codec<any, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- codecs are invariant

/**
 * A struct codec, with its properties readable as io-ts users expect (`props`), and split
 * into `required` and `optional`.
 *
 * @category model
 * @since 0.2.0
 */
export class StructCodec<P extends Props, Q extends Props> extends Codec<
  StructOf<P, Q>,
  StructOutputOf<P, Q>
> {
  /** Every property, required and optional. */
  readonly props: P & Q
  constructor(
    ast: AST.StructNode,
    readonly required: P,
    readonly optional: Q,
  ) {
    super(ast)
    this.props = { ...required, ...optional }
  }
}

/**
 * A tagged-union codec, with its members by tag value (and as a list, `types`, as io-ts
 * unions have).
 *
 * @category model
 * @since 0.2.0
 */
export class TaggedCodec<
  Tag extends string,
  M extends Readonly<Record<string, AnyCodec>>,
> extends Codec<M[keyof M]['_A'], M[keyof M]['_O']> {
  readonly types: ReadonlyArray<M[keyof M]>
  constructor(
    ast: AST.TaggedNode,
    readonly tag: Tag,
    readonly members: M,
  ) {
    super(ast)
    this.types = Object.values(members) as unknown as ReadonlyArray<M[keyof M]>
  }
}

/**
 * An array codec, with its item codec.
 *
 * @category model
 * @since 0.2.0
 */
export class ArrayCodec<A, O> extends Codec<ReadonlyArray<A>, ReadonlyArray<O>> {
  constructor(
    ast: AST.ArrayNode,
    readonly item: Codec<A, O>,
  ) {
    super(ast)
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The codec of a node: the codec the node was made for, or a new one.
 *
 * @category constructors
 * @since 0.2.0
 */
export const fromAST = <A = unknown, O = A>(ast: AST.AST): Codec<A, O> =>
  (byNode.get(ast) as Codec<A, O> | undefined) ?? new Codec<A, O>(ast)

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The boolean codec.
 *
 * @category codecs
 * @since 0.1.0
 */
export const boolean: Codec<boolean> = (() => {
  const codec = new Codec<boolean>(AST.boolean({ label: 'boolean' }))
  codec.bindFast(bind(codec.ast, generated))
  return codec
})()

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Options for {@link string}.
 *
 * @category model
 * @since 0.1.0
 */
export interface StringOptions {
  readonly min?: number
  readonly max?: number
  /** A pattern the whole string must match (a `pattern` check). */
  readonly pattern?: RegExp
  /** Completes "‹name› …" when the pattern fails: "must be a Wikidata item id (Q123)". */
  readonly patternMessage?: string
  /** Named checks, after the built-in ones (not blank, well-formed) and the pattern. */
  readonly checks?: ReadonlyArray<checks.Check<string>>
  /** How a message names the expected value: "an EDTF string" (default "a string"). */
  readonly expected?: string
  /**
   * @deprecated Has no effect: a named check states what it implies (an `id` check implies
   * a well-formed, non-blank string), so no caller needs to promise it.
   */
  readonly asciiPattern?: boolean
  /** The code of length, blankness, control-character and pattern failures (`invalid_string`). */
  readonly code?: string
}

/**
 * A string codec: well-formed UTF-16, no control characters, length bounds, an optional
 * pattern and named checks. With `min` ≥ 1 it must not be blank either.
 *
 * @category combinators
 * @since 0.1.0
 */
export const string = <A extends string = string>(
  name: string,
  options: StringOptions = {},
): Codec<A> => {
  const min = options.min ?? 0
  const list: Array<checks.Check<string>> = []
  if (min > 0) list.push(checks.notBlank)
  list.push(checks.wellFormed)
  if (options.pattern !== undefined)
    list.push(checks.pattern(options.pattern, options.patternMessage))
  if (options.checks !== undefined) list.push(...options.checks)
  return new Codec<A>(
    AST.string(
      { label: name, ...(options.expected === undefined ? {} : { expected: options.expected }) },
      {
        min,
        max: Math.min(options.max ?? MAX_STRING_LENGTH, MAX_STRING_LENGTH),
        code: (options.code ?? 'invalid_string') as DecodeError.DecodeCode,
        checks: list,
      },
    ),
  )
}

/**
 * A finite number codec with optional integer and range constraints.
 *
 * @category combinators
 * @since 0.1.0
 */
export const number = (
  name: string,
  options: { readonly integer?: boolean; readonly min?: number; readonly max?: number } = {},
): Codec<number> =>
  new Codec<number>(
    AST.number(
      { label: name },
      {
        integer: options.integer === true,
        ...(options.min === undefined ? {} : { min: options.min }),
        ...(options.max === undefined ? {} : { max: options.max }),
      },
    ),
  )

/**
 * One of a fixed set of string literals.
 *
 * @category combinators
 * @since 0.1.0
 */
export const keyof = <const L extends string>(name: string, values: ReadonlyArray<L>): Codec<L> =>
  new Codec<L>(AST.enums({ label: name }, values))

/**
 * A single literal value.
 *
 * @category combinators
 * @since 0.1.0
 */
export const literal = <const L extends string | number>(value: L): Codec<L> =>
  new Codec<L>(AST.literal({ label: JSON.stringify(value) }, value))

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
): ArrayCodec<A, O> =>
  new ArrayCodec<A, O>(
    AST.array({ label: options.name ?? `Array<${item.name}>` }, item.ast, {
      min: options.min ?? 0,
      max: options.max ?? Number.POSITIVE_INFINITY,
    }),
    item,
  )

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
 * code `unknown_key` (or dropped when decoded with the `strip` policy); optional
 * properties are absent, never `undefined` or `null` (unless decoded with
 * `nulls: 'absent'`, which reads a `null` as absent).
 *
 * @category combinators
 * @since 0.1.0
 */
export const struct = <P extends Props, Q extends Props = Record<never, never>>(
  name: string,
  required: P,
  optional: Q = {} as Q,
): StructCodec<P, Q> => {
  const fields: AST.Field[] = [
    ...Object.keys(required).map((key) => ({ key, type: required[key]!.ast, optional: false })),
    ...Object.keys(optional).map((key) => ({ key, type: optional[key]!.ast, optional: true })),
  ]
  const keys = new Set<string>()
  for (const f of fields) {
    if (f.key === '__proto__') throw new TypeError(`${name}: "__proto__" cannot be a property`)
    if (keys.has(f.key)) throw new TypeError(`${name}: "${f.key}" is declared twice`)
    keys.add(f.key)
  }
  return new StructCodec<P, Q>(AST.struct({ label: name }, fields), required, optional)
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
): TaggedCodec<Tag, M> =>
  new TaggedCodec<Tag, M>(
    AST.tagged(
      { label: name },
      tag,
      Object.keys(members).map((value) => ({ value, type: members[value]!.ast })),
    ),
    tag,
    members,
  )

/**
 * When an alternative of a {@link union} applies.
 *
 * @category constructors
 * @since 0.2.0
 */
export const when = {
  /** The value's JavaScript type (`object`: a plain object, not an array or `null`). */
  typeOf: (type: 'string' | 'number' | 'boolean' | 'object'): AST.Condition => ({
    _tag: 'TypeOf',
    type,
  }),
  /** The value is an object with this own key. */
  has: (key: string): AST.Condition => ({ _tag: 'Has', key }),
  /** Always (the last alternative). */
  otherwise: { _tag: 'Otherwise' } as AST.Condition,
} as const

/**
 * A union decided by a test of the value, never by trial: the first alternative whose
 * condition holds decodes it (`when.typeOf('string')`, `when.has('weekday')`,
 * `when.otherwise`).
 *
 * @category combinators
 * @since 0.2.0
 */
export const union = <const Cs extends ReadonlyArray<readonly [AST.Condition, AnyCodec]>>(
  name: string,
  alternatives: Cs,
): Codec<Cs[number][1]['_A'], Cs[number][1]['_O']> =>
  new Codec(
    AST.union(
      { label: name },
      alternatives.map(([w, codec]) => ({ when: w, type: codec.ast })),
    ),
  )

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
  union(name, [
    [when.typeOf('string'), s],
    [when.typeOf('object'), o],
  ]) as Codec<A | B, OA | OB>

/**
 * A recursive codec; `f` receives the codec being defined.
 *
 * @category combinators
 * @since 0.1.0
 */
export const lazy = <A, O>(name: string, f: () => Codec<A, O>): Codec<A, O> =>
  new Codec<A, O>(AST.suspend({ label: name, identifier: name }, () => f().ast))

/**
 * Narrows a codec with a further check on the decoded value, written as a function
 * returning a problem with its own code: an opaque `predicate` check, which interpreters
 * such as the arbitraries can only filter by. Prefer a named check.
 *
 * @category combinators
 * @since 0.1.0
 */
export function refine<A, O, B extends A>(
  codec: Codec<A, O>,
  name: string,
  check: (a: A) => { readonly code: string; readonly message: string } | undefined,
): Codec<B, O>
/**
 * Narrows a codec with a named check on the decoded value (see {@link Checks}).
 *
 * @category combinators
 * @since 0.2.0
 */
export function refine<A, O, B extends A>(codec: Codec<A, O>, check: checks.Check<A>): Codec<B, O>
/**
 * The implementation of both signatures.
 *
 * @category combinators
 * @since 0.1.0
 */
export function refine<A, O, B extends A>(
  codec: Codec<A, O>,
  nameOrCheck: string | checks.Check<A>,
  f?: (a: A) => { readonly code: string; readonly message: string } | undefined,
): Codec<B, O> {
  const check = typeof nameOrCheck === 'string' ? checks.predicate(nameOrCheck, f!) : nameOrCheck
  const label = typeof nameOrCheck === 'string' ? nameOrCheck : codec.name
  return new Codec<B, O>(AST.refine({ label }, codec.ast, check))
}

/**
 * Checks the raw input with a named check before `codec` decodes it (a document's format
 * version, say): input that fails gets only the check's issues.
 *
 * @category combinators
 * @since 0.2.0
 */
export const guardInput = <A, O>(codec: Codec<A, O>, check: checks.Check<unknown>): Codec<A, O> =>
  new Codec<A, O>(AST.refine({ label: codec.name }, codec.ast, check, 'input'))

/**
 * A reference to a node of a report: structurally the id codec `id`, and for
 * `Report.decode` a promise that a node of kind `to` (for actors, of `actorKind` when
 * given) has that id. With `acyclic`, the references of this kind must not form a cycle.
 * Prefer the reference codecs of `Id` (`Id.ActorRef` …).
 *
 * @category combinators
 * @since 0.2.0
 */
export const ref = <A extends string>(
  id: Codec<A>,
  to: AST.RefKind,
  options: { readonly actorKind?: string; readonly acyclic?: boolean } = {},
): Codec<A> =>
  new Codec<A>(
    AST.ref(
      {
        label: id.name,
        ...(id.ast.annotations.identifier === undefined
          ? {}
          : { identifier: id.ast.annotations.identifier }),
      },
      id.ast,
      { to, ...options },
    ),
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
export const json = (name: string): Codec<Json> => new Codec<Json>(AST.json({ label: name }))

/**
 * A codec from a plain io-ts type (an escape hatch): it decodes and encodes through the
 * type. Interpreters that need structure (arbitraries, JSON Schema) refuse it, naming its
 * path; prefer the combinators.
 *
 * @category combinators
 * @since 0.2.0
 */
export const declare = <A, O>(type: t.Type<A, O, unknown>): Codec<A, O> =>
  new Codec<A, O>(
    AST.declare({ label: type.name }, type as unknown as t.Type<unknown, unknown, unknown>),
  )

/**
 * A primitive codec from a per-value check returning a failure, if any.
 *
 * @deprecated An opaque check cannot be read by the interpreters: use {@link string} with
 * a named check, {@link refine}, or {@link union}. Kept as a {@link declare}d codec.
 * @category combinators
 * @since 0.1.0
 */
export const primitive = <A>(
  name: string,
  check: (u: unknown) => { readonly code: string; readonly message: string } | undefined,
  test: (u: unknown) => boolean = (u) => check(u) === undefined,
): Codec<A> =>
  declare(
    new t.Type<A, A, unknown>(
      name,
      (u): u is A => test(u),
      (u, c) => {
        const problem = check(u)
        return problem === undefined
          ? t.success(u as A)
          : t.failures([
              {
                value: u,
                context: c,
                message: problem.message,
                code: problem.code,
              } as DecodeError.CodedError,
            ])
      },
      (a) => a,
    ),
  )

/**
 * The same codec with more annotations on its node (a description, an identifier for
 * generated code, how messages name the expected value).
 *
 * @category combinators
 * @since 0.2.0
 */
export const annotate =
  (annotations: Partial<AST.Annotations>) =>
  <A, O>(codec: Codec<A, O>): Codec<A, O> =>
    new Codec<A, O>(AST.annotate(annotations)(codec.ast))

/**
 * Gives codecs the fast paths generated for them at build time: `compiled(table)(codec)`
 * returns `codec`, whose walk (and `decode`, `is`) then runs the code that `table` (a
 * module of `src/generated/`, written by `npm run codegen`) holds for the codec's
 * description. The code is found on first use, by the fingerprint of the description; a
 * description that has changed since the code was generated keeps the interpreted walk.
 *
 * @category combinators
 * @since 0.2.0
 */
export const compiled =
  (table: Table) =>
  <C extends AnyCodec>(codec: C): C => {
    codec.bindFast(bind(codec.ast, table))
    return codec
  }

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * The properties of a struct codec (looking through refinements and recursion), as
 * codecs: `undefined` for a codec that is not a struct.
 *
 * @category queries
 * @since 0.2.0
 */
export const props = (
  codec: AnyCodec,
): { readonly required: Props; readonly optional: Props } | undefined => {
  const node = AST.underlying(codec.ast)
  if (node._tag !== 'Struct') return undefined
  const pick = (optional: boolean): Props =>
    Object.fromEntries(
      node.fields.filter((f) => f.optional === optional).map((f) => [f.key, fromAST(f.type)]),
    )
  return { required: pick(false), optional: pick(true) }
}

/**
 * The members of a union codec (tagged or not, looking through refinements and
 * recursion), as codecs: by tag value for a tagged union, in order otherwise;
 * `undefined` for a codec that is not a union.
 *
 * @category queries
 * @since 0.2.0
 */
export const members = (
  codec: AnyCodec,
): Readonly<Record<string, AnyCodec>> | ReadonlyArray<AnyCodec> | undefined => {
  const node = AST.underlying(codec.ast)
  if (node._tag === 'Tagged')
    return Object.fromEntries(node.members.map((m) => [m.value, fromAST(m.type)]))
  if (node._tag === 'Union') return node.alternatives.map((a) => fromAST(a.type))
  return undefined
}

/**
 * Every reference inside a value of a codec: its path in the value, the id, and the
 * kind of node it points at. Derived from the codec's description, so a reference field
 * added to a codec is found without further work. Linear in the size of the value.
 *
 * @category queries
 * @since 0.2.0
 */
export const references =
  <A>(codec: Codec<A, unknown>) =>
  (
    a: A,
  ): ReadonlyArray<{
    readonly path: DecodeError.Path
    readonly id: string
    readonly to: AST.RefKind
  }> => {
    const out: Array<{ path: DecodeError.Path; id: string; to: AST.RefKind }> = []
    referencesOf(codec.ast)(a, [], 0, (node, v, path, depth) => {
      if (node._tag === 'Ref' && typeof v === 'string')
        out.push({ path: path.slice(0, depth), id: v, to: node.to })
    })
    return out
  }

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * A failed validation with a stable code, for io-ts types written by hand.
 *
 * @category utils
 * @since 0.1.0
 */
export const fail = <A>(u: unknown, c: t.Context, code: string, message: string): t.Validation<A> =>
  t.failures([{ value: u, context: c, message, code } as DecodeError.CodedError])

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
export const describe: (u: unknown) => string = describeValue

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
  /**
   * `absent` reads `null` for an optional property as if the property were absent (it is
   * left out of the result): what strict structured output of language models sends for
   * a field it has no value for. `null` for a required property, or inside a JSON value,
   * is unaffected. Default `strict` (`null` is an `invalid_type`).
   */
  readonly nulls?: 'strict' | 'absent'
}

/**
 * Decodes with any codec, returning a `DecodeError` (paths, stable codes, messages) on
 * failure. Never throws, whatever the input: an object whose getters or proxy traps throw
 * gets the code `unreadable_input`.
 *
 * Valid input takes a fast path: the codec's {@link Walk} checks it and copies it in one
 * pass (with `share`, it returns the input itself). Only invalid input pays for the
 * detailed decoder that collects every issue. The two agree; property tests hold them to
 * it. Linear in the size of the input; the detailed decoder stops once it has found
 * `DecodeError.MAX_ISSUES` issues.
 *
 * @category utils
 * @since 0.1.0
 */
export const decode =
  <A>(codec: t.Decoder<unknown, A>, options: DecodeOptions = {}) =>
  (u: unknown): E.Either<DecodeError.DecodeError, A> => {
    try {
      if (codec instanceof Codec) {
        const nullsAbsent = options.nulls === 'absent'
        if (prototypeIsClean()) {
          const copy = nullsAbsent || options.share !== true
          const fast = codec.fast
          const r =
            fast !== undefined
              ? fast(u, 0, copy, nullsAbsent)
              : (nullsAbsent ? W.walkNullsAbsentOf(codec.ast) : codec.walk)(u, 0, copy)
          if (r !== W.INVALID) return E.right(r as A)
        }
        const r = Decoder.decode(codec.ast, u, {
          unknownKeys: options.unknownKeys ?? 'reject',
          nullsAbsent,
        })
        return r.issues.length === 0
          ? E.right(r.value as A)
          : E.left(DecodeError.fromIssues(r.issues))
      }
      const r = validateWith(codec, u, options.unknownKeys ?? 'reject')
      return E.isLeft(r) ? E.left(DecodeError.fromValidationErrors(r.left)) : r
    } catch (e) {
      return E.left(
        DecodeError.make(
          DecodeError.issue([], 'unreadable_input', `the input could not be read: ${reasonOf(e)}`),
        ),
      )
    }
  }
