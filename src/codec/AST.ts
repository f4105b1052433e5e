/**
 * The description of claimgraph's wire format as data: every codec made with `Codec`
 * carries one of these nodes as its `ast`, and every reading of the format — the detailed
 * decoder, the fast walk, the encoder, the references, the arbitraries — is an
 * interpreter of it: one `switch` on `_tag`, memoised per node.
 *
 * Nodes are plain, frozen objects. Two hold functions: a {@link SuspendNode} (the thunk
 * that ties a recursive definition) and a {@link RefineNode}'s named check (its test). A
 * {@link DeclareNode} wraps a foreign io-ts type, which interpreters that need structure
 * refuse, naming the path.
 *
 * Reading one: `Codec.struct('Point', { x: Codec.number('x') }).ast` is a `Struct` node whose
 * one field holds a `Number` node; an interpreter switches on `_tag` and recurses into
 * `fields`, `item`, `members`, `alternatives`, `from`, `id` or `get()`.
 *
 * @since 0.2.0
 */
import type * as t from 'io-ts'
import type { DecodeCode } from '../DecodeError.js'
import type { AnyCheck } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What every node says about itself, for messages, docs and generated code.
 *
 * @category model
 * @since 0.2.0
 */
export interface Annotations {
  /** The word messages use for a value of this node: `expected Act, one of …`. */
  readonly label: string
  /** A stable name for a reusable definition (JSON Schema `$defs`, generated functions). */
  readonly identifier?: string
  /** One sentence on what the value means, for docs and schema descriptions. */
  readonly description?: string
  /** How an `invalid_type` message names the expected value ("an EDTF string"). */
  readonly expected?: string
}

/**
 * A string: length bounds in UTF-16 code units, then named checks in order. The failure
 * code of the bounds and of checks without their own code is `code`.
 *
 * @category model
 * @since 0.2.0
 */
export interface StringNode {
  readonly _tag: 'String'
  readonly annotations: Annotations
  readonly min: number
  readonly max: number
  readonly code: DecodeCode
  readonly checks: ReadonlyArray<AnyCheck>
}

/**
 * A finite number (never NaN, an infinity or -0), optionally an integer within bounds.
 *
 * @category model
 * @since 0.2.0
 */
export interface NumberNode {
  readonly _tag: 'Number'
  readonly annotations: Annotations
  readonly integer: boolean
  readonly min?: number
  readonly max?: number
}

/**
 * `true` or `false`.
 *
 * @category model
 * @since 0.2.0
 */
export interface BooleanNode {
  readonly _tag: 'Boolean'
  readonly annotations: Annotations
}

/**
 * One literal value.
 *
 * @category model
 * @since 0.2.0
 */
export interface LiteralNode {
  readonly _tag: 'Literal'
  readonly annotations: Annotations
  readonly value: string | number
}

/**
 * One of a fixed list of strings (what `Codec.keyof` makes).
 *
 * @category model
 * @since 0.2.0
 */
export interface EnumNode {
  readonly _tag: 'Enum'
  readonly annotations: Annotations
  readonly values: ReadonlyArray<string>
}

/**
 * A read-only array with length bounds; `min` ≥ 1 is a non-empty array.
 *
 * @category model
 * @since 0.2.0
 */
export interface ArrayNode {
  readonly _tag: 'Array'
  readonly annotations: Annotations
  readonly item: AST
  readonly min: number
  readonly max: number
}

/**
 * One property of a {@link StructNode}.
 *
 * @category model
 * @since 0.2.0
 */
export interface Field {
  readonly key: string
  readonly type: AST
  /** An optional property is absent, never `undefined` or `null`. */
  readonly optional: boolean
  readonly description?: string
}

/**
 * An object with declared properties, in declaration order (required ones first, as
 * `Codec.struct` writes them). Other keys are unknown keys.
 *
 * @category model
 * @since 0.2.0
 */
export interface StructNode {
  readonly _tag: 'Struct'
  readonly annotations: Annotations
  readonly fields: ReadonlyArray<Field>
}

/**
 * One member of a {@link TaggedNode}: the tag's value and the node it selects.
 *
 * @category model
 * @since 0.2.0
 */
export interface Member {
  readonly value: string
  readonly type: AST
}

/**
 * A union of objects told apart by the string property `tag`: the tag is read first and
 * only the member it selects decodes the value.
 *
 * @category model
 * @since 0.2.0
 */
export interface TaggedNode {
  readonly _tag: 'Tagged'
  readonly annotations: Annotations
  readonly tag: string
  readonly members: ReadonlyArray<Member>
}

/**
 * How a {@link UnionNode} picks its alternative: by the JavaScript type of the value
 * (`object` means a plain object, not an array or `null`), by the presence of an own
 * key, or as the last resort.
 *
 * @category model
 * @since 0.2.0
 */
export type Condition =
  | { readonly _tag: 'TypeOf'; readonly type: 'string' | 'number' | 'boolean' | 'object' }
  | { readonly _tag: 'Has'; readonly key: string }
  | { readonly _tag: 'Otherwise' }

/**
 * One alternative of a {@link UnionNode}.
 *
 * @category model
 * @since 0.2.0
 */
export interface Alternative {
  readonly when: Condition
  readonly type: AST
}

/**
 * A union decided by a test of the value, never by trial: the first alternative whose
 * condition holds decodes the value. No condition holding is `invalid_type`.
 *
 * @category model
 * @since 0.2.0
 */
export interface UnionNode {
  readonly _tag: 'Union'
  readonly annotations: Annotations
  readonly alternatives: ReadonlyArray<Alternative>
}

/**
 * The kinds of node a reference can point at.
 *
 * @category model
 * @since 0.2.0
 */
export type RefKind = 'actor' | 'event' | 'statement' | 'threat'

/**
 * A reference to another node of a report, by id: structurally the id node `id`, and for
 * integrity a promise that a node of kind `to` (and, for actors, of `actorKind` when
 * given) has that id. References marked `acyclic` must not form a cycle among nodes of
 * their kind (replies, nested statements, revisions, collective membership).
 *
 * @category model
 * @since 0.2.0
 */
export interface RefNode {
  readonly _tag: 'Ref'
  readonly annotations: Annotations
  readonly to: RefKind
  readonly actorKind?: string
  readonly acyclic: boolean
  readonly id: AST
}

/**
 * A node narrowed by a named check. At stage `value` the check sees the decoded value of
 * `from`; at stage `input` it sees the raw input first, and `from` decodes only what
 * passes (a format version, say).
 *
 * @category model
 * @since 0.2.0
 */
export interface RefineNode {
  readonly _tag: 'Refine'
  readonly annotations: Annotations
  readonly from: AST
  readonly check: AnyCheck
  readonly stage: 'value' | 'input'
}

/**
 * A recursive definition: `get` returns the node being defined. Interpreters call it
 * lazily, so a definition may refer to itself. Always has an identifier.
 *
 * @category model
 * @since 0.2.0
 */
export interface SuspendNode {
  readonly _tag: 'Suspend'
  readonly annotations: Annotations & { readonly identifier: string }
  /** The node being defined (the same node on every call). */
  readonly get: () => AST
}

/**
 * Any JSON value: `null`, a boolean, a finite number, a well-formed string, an array or a
 * plain object of JSON values, never the key `__proto__`.
 *
 * @category model
 * @since 0.2.0
 */
export interface JsonNode {
  readonly _tag: 'Json'
  readonly annotations: Annotations
}

/**
 * An escape hatch: a foreign io-ts type, decoded and encoded by the type itself.
 * Interpreters that need to see structure (arbitraries, JSON Schema, generated code)
 * refuse it, naming its path.
 *
 * @category model
 * @since 0.2.0
 */
export interface DeclareNode {
  readonly _tag: 'Declare'
  readonly annotations: Annotations
  readonly type: t.Type<unknown, unknown, unknown>
}

/**
 * A node of the description. The tags, one per kind of value: `String`, `Number`,
 * `Boolean`, `Literal`, `Enum`, `Array`, `Struct`, `Tagged`, `Union`, `Ref`, `Refine`,
 * `Suspend`, `Json`, `Declare`.
 *
 * @category model
 * @since 0.2.0
 */
export type AST =
  | StringNode
  | NumberNode
  | BooleanNode
  | LiteralNode
  | EnumNode
  | ArrayNode
  | StructNode
  | TaggedNode
  | UnionNode
  | RefNode
  | RefineNode
  | SuspendNode
  | JsonNode
  | DeclareNode

/**
 * The tag of each kind of node.
 *
 * @category model
 * @since 0.2.0
 */
export type Tag = AST['_tag']

/**
 * Every tag, in a fixed order (for tests that each interpreter covers each node).
 *
 * @category model
 * @since 0.2.0
 */
export const TAGS: ReadonlyArray<Tag> = [
  'String',
  'Number',
  'Boolean',
  'Literal',
  'Enum',
  'Array',
  'Struct',
  'Tagged',
  'Union',
  'Ref',
  'Refine',
  'Suspend',
  'Json',
  'Declare',
]

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const freeze = <A extends object>(a: A): A => Object.freeze(a)

/**
 * A {@link StringNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const string = (
  annotations: Annotations,
  options: {
    readonly min: number
    readonly max: number
    readonly code: DecodeCode
    readonly checks: ReadonlyArray<AnyCheck>
  },
): StringNode =>
  freeze({
    _tag: 'String',
    annotations: freeze({ ...annotations }),
    min: options.min,
    max: options.max,
    code: options.code,
    checks: freeze([...options.checks]),
  })

/**
 * A {@link NumberNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const number = (
  annotations: Annotations,
  options: { readonly integer: boolean; readonly min?: number; readonly max?: number },
): NumberNode =>
  freeze({
    _tag: 'Number',
    annotations: freeze({ ...annotations }),
    integer: options.integer,
    ...(options.min === undefined ? {} : { min: options.min }),
    ...(options.max === undefined ? {} : { max: options.max }),
  })

/**
 * A {@link BooleanNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const boolean = (annotations: Annotations): BooleanNode =>
  freeze({ _tag: 'Boolean', annotations: freeze({ ...annotations }) })

/**
 * A {@link LiteralNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const literal = (annotations: Annotations, value: string | number): LiteralNode =>
  freeze({ _tag: 'Literal', annotations: freeze({ ...annotations }), value })

/**
 * An {@link EnumNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const enums = (annotations: Annotations, values: ReadonlyArray<string>): EnumNode =>
  freeze({ _tag: 'Enum', annotations: freeze({ ...annotations }), values: freeze([...values]) })

/**
 * An {@link ArrayNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const array = (
  annotations: Annotations,
  item: AST,
  options: { readonly min: number; readonly max: number },
): ArrayNode =>
  freeze({
    _tag: 'Array',
    annotations: freeze({ ...annotations }),
    item,
    min: options.min,
    max: options.max,
  })

/**
 * A {@link StructNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const struct = (annotations: Annotations, fields: ReadonlyArray<Field>): StructNode =>
  freeze({
    _tag: 'Struct',
    annotations: freeze({ ...annotations }),
    fields: freeze(fields.map((f) => freeze({ ...f }))),
  })

/**
 * A {@link TaggedNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const tagged = (
  annotations: Annotations,
  tag: string,
  members: ReadonlyArray<Member>,
): TaggedNode =>
  freeze({
    _tag: 'Tagged',
    annotations: freeze({ ...annotations }),
    tag,
    members: freeze(members.map((m) => freeze({ ...m }))),
  })

/**
 * A {@link UnionNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const union = (
  annotations: Annotations,
  alternatives: ReadonlyArray<Alternative>,
): UnionNode =>
  freeze({
    _tag: 'Union',
    annotations: freeze({ ...annotations }),
    alternatives: freeze(
      alternatives.map((a) => freeze({ when: freeze({ ...a.when }), type: a.type })),
    ),
  })

/**
 * A {@link RefNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const ref = (
  annotations: Annotations,
  id: AST,
  options: { readonly to: RefKind; readonly actorKind?: string; readonly acyclic?: boolean },
): RefNode =>
  freeze({
    _tag: 'Ref',
    annotations: freeze({ ...annotations }),
    to: options.to,
    ...(options.actorKind === undefined ? {} : { actorKind: options.actorKind }),
    acyclic: options.acyclic === true,
    id,
  })

/**
 * A {@link RefineNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const refine = (
  annotations: Annotations,
  from: AST,
  check: AnyCheck,
  stage: 'value' | 'input' = 'value',
): RefineNode =>
  freeze({ _tag: 'Refine', annotations: freeze({ ...annotations }), from, check, stage })

/**
 * A {@link SuspendNode}; `get` is called at most once, when an interpreter first needs it.
 *
 * @category constructors
 * @since 0.2.0
 */
export const suspend = (
  annotations: Annotations & { readonly identifier: string },
  get: () => AST,
): SuspendNode => {
  let memo: AST | undefined
  return freeze({
    _tag: 'Suspend',
    annotations: freeze({ ...annotations }),
    get: () => (memo ??= get()),
  })
}

/**
 * A {@link JsonNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const json = (annotations: Annotations): JsonNode =>
  freeze({ _tag: 'Json', annotations: freeze({ ...annotations }) })

/**
 * A {@link DeclareNode}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const declare = (
  annotations: Annotations,
  type: t.Type<unknown, unknown, unknown>,
): DeclareNode => freeze({ _tag: 'Declare', annotations: freeze({ ...annotations }), type })

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * The same node with more annotations.
 *
 * @category combinators
 * @since 0.2.0
 */
export const annotate =
  (annotations: Partial<Annotations>) =>
  <N extends AST>(node: N): N =>
    freeze({ ...node, annotations: freeze({ ...node.annotations, ...annotations }) })

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * An interpreter from a function of a node: each node is interpreted once, however often
 * it occurs, and later calls return the first answer. `go` receives the memoised
 * interpreter itself, to interpret child nodes. A {@link SuspendNode} must be interpreted
 * lazily (call `node.get()` only when the result is first used), since its definition
 * may still be under construction.
 *
 * @category utils
 * @since 0.2.0
 */
export const memoize = <B>(go: (node: AST, self: (node: AST) => B) => B): ((node: AST) => B) => {
  const memo = new WeakMap<AST, B>()
  const self = (node: AST): B => {
    const seen = memo.get(node)
    if (seen !== undefined) return seen
    const b = go(node, self)
    memo.set(node, b)
    return b
  }
  return self
}

/**
 * The node a value is described by once refinements and recursion are looked through:
 * the struct under a refined struct, the tagged union a recursive definition stands for.
 *
 * @category utils
 * @since 0.2.0
 */
export const underlying = (node: AST): AST => {
  let n = node
  for (let i = 0; i < 64; i++) {
    if (n._tag === 'Refine') n = n.from
    else if (n._tag === 'Suspend') n = n.get()
    else return n
  }
  return n
}

/**
 * Whether a node's values may contain a node that `match` selects (following recursion
 * once). Interpreters that visit a few kinds of node use it to skip whole subtrees.
 *
 * @category utils
 * @since 0.2.0
 */
export const contains = (match: (node: AST) => boolean): ((node: AST) => boolean) => {
  const memo = new WeakMap<AST, boolean>()
  const go = (node: AST): boolean => {
    const seen = memo.get(node)
    if (seen !== undefined) return seen
    memo.set(node, false) // a cycle adds nothing it does not find elsewhere
    const answer = match(node) || children(node).some(go)
    memo.set(node, answer)
    return answer
  }
  return go
}

/**
 * The direct child nodes of a node (a recursive definition's body counts as its child).
 *
 * @category utils
 * @since 0.2.0
 */
export const children = (node: AST): ReadonlyArray<AST> => {
  switch (node._tag) {
    case 'Array':
      return [node.item]
    case 'Struct':
      return node.fields.map((f) => f.type)
    case 'Tagged':
      return node.members.map((m) => m.type)
    case 'Union':
      return node.alternatives.map((a) => a.type)
    case 'Ref':
      return [node.id]
    case 'Refine':
      return [node.from]
    case 'Suspend':
      return [node.get()]
    case 'String':
    case 'Number':
    case 'Boolean':
    case 'Literal':
    case 'Enum':
    case 'Json':
    case 'Declare':
      return []
  }
}

/**
 * Whether a condition of a {@link UnionNode} holds for a value. Reads at most one
 * property (for `Has`, whether it is own and enumerable).
 *
 * @category utils
 * @since 0.2.0
 */
export const holds = (when: Condition, u: unknown): boolean => {
  switch (when._tag) {
    case 'TypeOf':
      return when.type === 'object'
        ? typeof u === 'object' && u !== null && !Array.isArray(u)
        : typeof u === when.type
    case 'Has':
      return (
        typeof u === 'object' &&
        u !== null &&
        !Array.isArray(u) &&
        Object.prototype.propertyIsEnumerable.call(u, when.key)
      )
    case 'Otherwise':
      return true
  }
}
