/**
 * Code generated at build time, at run time: what the generated modules of `src/generated/`
 * import, and how a codec finds its generated fast path.
 *
 * The generator (`generate.ts`) is one more interpreter of the AST: for each exported codec
 * it writes a factory of plain, straight-line functions that check valid input and copy it
 * in one pass, keyed by the *fingerprint* of the codec's description. Nothing is evaluated
 * from strings at run time: the generated modules are ordinary source, compiled with the
 * library.
 *
 * A codec is bound to its generated code lazily, on first use ({@link bind}): its AST is
 * planned again ({@link plan}), which gives the same fingerprint as at build time exactly
 * when the description has not changed since, and the list of run-time values the code
 * needs (the tests of checks it cannot write out, foreign io-ts types, open JSON, and the
 * fast paths of other exported codecs it calls). A description without generated code (a
 * stale generated module, a codec of the user's own) keeps the interpreted walk, so the
 * generated code is never wrong, at worst not used.
 *
 * @internal
 */
import * as AST from './AST.js'
import type { AnyCheck } from './checks.js'
import { INVALID, walkNullsAbsentOf, walkOf, type Walk } from './walk.js'

export { INVALID }
export { isNotBlank, isWellFormed } from './checks.js'

/**
 * A fast path with every mode as an argument: the value at a nesting depth, whether to
 * copy, and whether `null` for an optional property reads as absent. Returns the accepted
 * value (a copy when `copy`) or `Codec.INVALID`.
 *
 * @category model
 * @since 0.2.0
 */
export type Fast = (u: unknown, depth: number, copy: boolean, nullsAbsent: boolean) => unknown

/**
 * The run-time values a generated factory needs (the tests of checks it calls, walks of
 * foreign types, other codecs' fast paths), in the order the description's plan lists them.
 *
 * @category model
 * @since 0.2.0
 */
export type Kit = ReadonlyArray<unknown>

/**
 * What a generated module holds for each codec: its code, given its kit.
 *
 * @category model
 * @since 0.2.0
 */
export type Factory = (kit: Kit) => Fast

/**
 * The factories of a generated module, by the fingerprint of each codec's description.
 *
 * @category model
 * @since 0.2.0
 */
export type Table = Readonly<Record<string, Factory>>

// -------------------------------------------------------------------------------------
// planning: the fingerprint and the kit of a description
// -------------------------------------------------------------------------------------

/** Whether a value of a node is decided without descending into objects or arrays. */
export const isLeaf = (node: AST.AST): boolean => {
  switch (node._tag) {
    case 'String':
    case 'Number':
    case 'Boolean':
    case 'Literal':
    case 'Enum':
      return true
    case 'Ref':
      return isLeaf(node.id)
    case 'Refine':
      return isLeaf(node.from)
    default:
      return false
  }
}

/** Checks the generated code writes out from their parameters; the others are called through the kit. */
export const INLINE: ReadonlySet<string> = new Set([
  'not-blank',
  'well-formed',
  'pattern',
  'id',
  'bcp47',
  'country-code',
])

/** One value of a kit: the test of a check, a node walked by the interpreter, or another codec's fast path. */
export type Slot =
  | { readonly _tag: 'check'; readonly check: AnyCheck }
  | { readonly _tag: 'walk'; readonly node: AST.AST }
  | { readonly _tag: 'external'; readonly node: AST.AST }

/** A description, planned for generated code. */
export interface Plan {
  /** The description in one line: what the generated code depends on, and nothing else. */
  readonly text: string
  /** Its fingerprint: the key of its factory in a generated module. */
  readonly fingerprint: string
  readonly slots: ReadonlyArray<Slot>
  /** Slot index of a check, a walked node or an external node. */
  readonly slotOf: ReadonlyMap<object, number>
}

const regexText = (r: RegExp): string => `/${r.source}/${r.flags}`

const checkText = (c: AnyCheck): string => {
  switch (c.id) {
    case 'pattern':
    case 'id':
    case 'bcp47':
    case 'country-code':
      return `${c.id}${regexText((c.params as { readonly regex: RegExp }).regex)}`
    default:
      return c.id
  }
}

const num = (n: number | undefined): string =>
  n === undefined ? '' : Number.isFinite(n) ? String(n) : n > 0 ? 'inf' : '-inf'

/**
 * Plans a description: one depth-first walk over its nodes (each distinct node once, later
 * visits as a back-reference, so sharing is part of the fingerprint) that writes the text
 * the fingerprint hashes and lists the kit's slots in order of first use. `external` says
 * which nodes (other than the root) are the fast paths of other codecs: the plan does not
 * descend into them.
 */
export const plan = (root: AST.AST, external: (node: AST.AST) => boolean): Plan => {
  const parts: string[] = []
  const seen = new Map<AST.AST, number>()
  const slots: Slot[] = []
  const slotOf = new Map<object, number>()
  const slot = (key: object, s: Slot): number => {
    let i = slotOf.get(key)
    if (i === undefined) {
      i = slots.length
      slots.push(s)
      slotOf.set(key, i)
    }
    return i
  }
  const check = (c: AnyCheck): string =>
    INLINE.has(c.id) ? checkText(c) : `${c.id}#${slot(c, { _tag: 'check', check: c })}`
  const go = (node: AST.AST): void => {
    const before = seen.get(node)
    if (before !== undefined) {
      parts.push(`@${before}`)
      return
    }
    seen.set(node, seen.size)
    if (node !== root && external(node)) {
      parts.push(`X#${slot(node, { _tag: 'external', node })}`)
      return
    }
    switch (node._tag) {
      case 'String':
        parts.push(`S(${node.min},${num(node.max)},${node.checks.map(check).join(',')})`)
        return
      case 'Number':
        parts.push(`N(${node.integer ? 'i' : ''},${num(node.min)},${num(node.max)})`)
        return
      case 'Boolean':
        parts.push('B')
        return
      case 'Literal':
        parts.push(`L${JSON.stringify(node.value)}`)
        return
      case 'Enum':
        parts.push(`E${JSON.stringify(node.values)}`)
        return
      case 'Array':
        parts.push(`A(${node.min},${num(node.max)})`)
        go(node.item)
        return
      case 'Struct':
        parts.push(`T${node.fields.length}`)
        for (const f of node.fields) {
          parts.push(`${JSON.stringify(f.key)}${f.optional ? '?' : ''}`)
          go(f.type)
        }
        return
      case 'Tagged':
        parts.push(`G${JSON.stringify(node.tag)}${node.members.length}`)
        for (const m of node.members) {
          parts.push(JSON.stringify(m.value))
          go(m.type)
        }
        return
      case 'Union':
        parts.push(`U${node.alternatives.length}`)
        for (const a of node.alternatives) {
          const w = a.when
          parts.push(
            w._tag === 'TypeOf' ? w.type : w._tag === 'Has' ? `has${JSON.stringify(w.key)}` : '*',
          )
          go(a.type)
        }
        return
      case 'Ref':
        parts.push('R')
        go(node.id)
        return
      case 'Refine':
        parts.push(`F${node.stage === 'input' ? 'i' : 'v'}(${check(node.check)})`)
        go(node.from)
        return
      case 'Suspend':
        parts.push('P')
        go(node.get())
        return
      case 'Json':
      case 'Declare':
        parts.push(`${node._tag[0]}#${slot(node, { _tag: 'walk', node })}`)
        return
    }
  }
  go(root)
  const text = parts.join(' ')
  return { text, fingerprint: fingerprint(text), slots, slotOf }
}

/** FNV-1a over UTF-16 code units from a basis. */
const fnv = (s: string, basis: number): number => {
  let h = basis
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** A 64-bit fingerprint of a text, as 16 hex digits (two FNV-1a hashes from different bases). */
export const fingerprint = (text: string): string =>
  fnv(text, 0x811c9dc5).toString(16).padStart(8, '0') +
  fnv(text, 0x050c5d1f).toString(16).padStart(8, '0')

// -------------------------------------------------------------------------------------
// binding: a codec and its generated code
// -------------------------------------------------------------------------------------

/** The interpreted walk in the form of a {@link Fast}. */
export const interpreted = (node: AST.AST): Fast => {
  const strict = walkOf(node)
  let lenient: Walk | undefined
  return (u, depth, copy, nullsAbsent) =>
    nullsAbsent ? (lenient ??= walkNullsAbsentOf(node))(u, depth, copy) : strict(u, depth, copy)
}

interface Binding {
  readonly node: AST.AST
  readonly table: Table
  /** 0 not yet resolved, 1 resolving (a cycle of codecs calling each other), 2 resolved */
  state: 0 | 1 | 2
  fast: Fast | undefined
  /** Whether `fast` is generated code (not the interpreter). */
  generated: boolean
  trampoline: Fast | undefined
}

/** The nodes of codecs bound to generated code (module-level, like the interpreters' memo tables). */
const bindings = new WeakMap<AST.AST, Binding>()

/** Whether a node, met inside another codec's description, is called as a codec of its own. */
export const isExternal = (node: AST.AST): boolean => bindings.has(node) && !isLeaf(node)

const resolve = (b: Binding): Fast => {
  if (b.state === 2) return b.fast!
  if (b.state === 1) return (b.trampoline ??= (u, d, c, n) => b.fast!(u, d, c, n))
  b.state = 1
  const p = plan(b.node, isExternal)
  const factory = Object.prototype.hasOwnProperty.call(b.table, p.fingerprint)
    ? b.table[p.fingerprint]
    : undefined
  b.fast = factory === undefined ? interpreted(b.node) : factory(kitOf(p))
  b.generated = factory !== undefined
  b.state = 2
  return b.fast
}

/** The kit of a plan: the run-time value of each slot. */
export const kitOf = (p: Plan): Kit => p.slots.map(valueOf)

const valueOf = (s: Slot): unknown => {
  switch (s._tag) {
    case 'check':
      return s.check.test
    case 'walk':
      return walkOf(s.node)
    case 'external': {
      const b = bindings.get(s.node)
      return b === undefined ? interpreted(s.node) : resolve(b)
    }
  }
}

/**
 * Binds a node to the generated code of a table: returns its fast path, which finds the
 * code (or falls back to the interpreter) on first use. A node bound twice keeps its
 * first binding.
 */
export const bind = (node: AST.AST, table: Table): Fast => {
  let b = bindings.get(node)
  if (b === undefined) {
    b = { node, table, state: 0, fast: undefined, generated: false, trampoline: undefined }
    bindings.set(node, b)
  }
  const binding = b
  let fast: Fast | undefined
  return (u, d, c, n) => (fast ??= resolve(binding))(u, d, c, n)
}

/** Whether a node runs generated code (resolving its binding if needed): for tests. */
export const isGenerated = (node: AST.AST): boolean => {
  const b = bindings.get(node)
  if (b === undefined) return false
  resolve(b)
  return b.generated
}

// -------------------------------------------------------------------------------------
// helpers of the generated code
// -------------------------------------------------------------------------------------

/**
 * The own enumerable properties of an object, on an object without a prototype: what a
 * generated struct reads when the input has a prototype other than `Object.prototype`
 * (which may have enumerable keys of its own).
 */
export const own = (u: object): Record<string, unknown> => {
  const o = Object.create(null) as Record<string, unknown>
  for (const k of Object.keys(u)) o[k] = (u as Record<string, unknown>)[k]
  return o
}

/** Whether `u` is a plain object (not an array, not `null`) with the own enumerable key `k`. */
export const has = (u: unknown, k: string): boolean =>
  typeof u === 'object' &&
  u !== null &&
  !Array.isArray(u) &&
  Object.prototype.propertyIsEnumerable.call(u, k)

/** Characters an id may hold after its first: bit 1; its first: bit 2. */
const ID_TABLE: Uint8Array = (() => {
  const t = new Uint8Array(128)
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c)
    if (/[A-Za-z0-9]/.test(ch)) t[c] = 3
    else if (/[._:-]/.test(ch)) t[c] = 1
  }
  return t
})()

/**
 * The `id` check's test without a regular expression: a letter or digit, then letters,
 * digits, ".", "_", ":" or "-" (the length is the node's bound).
 */
export const idCharacters = (s: string): boolean => {
  const n = s.length
  if (n === 0) return false
  let c = s.charCodeAt(0)
  if (c >= 128 || (ID_TABLE[c]! & 2) === 0) return false
  for (let i = 1; i < n; i++) {
    c = s.charCodeAt(i)
    if (c >= 128 || ID_TABLE[c] === 0) return false
  }
  return true
}

// -------------------------------------------------------------------------------------
// visitors: generated walks over decoded values that call back at chosen nodes
// -------------------------------------------------------------------------------------

/**
 * A visit of a decoded value: calls the callback of each chosen node at each of its values,
 * and stops (answering `false`) at the first callback that answers `false`. `state` is
 * handed to every callback; `at` says where the value lies (see {@link VisitFactory}).
 */
export type Visit<S> = (value: unknown, state: S) => boolean

/**
 * The callback of a chosen node: the value, where it lies — `i * fields + f` for a value
 * inside item `i` of the array in field `f` of the root struct, else -1 — and the state.
 */
export type OnValue<S> = (value: unknown, at: number, state: S) => boolean

/**
 * What a generated module holds for a visitor: its code, given the callbacks of the
 * chosen nodes in plan order.
 *
 * @category model
 * @since 0.2.0
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the state is the caller's
export type VisitFactory = (kit: Kit) => Visit<any>

/**
 * Plans a visitor of the nodes `match` chooses: the same text as {@link plan} (no external
 * codecs) with the chosen nodes marked, each a slot of its own.
 */
export const planVisit = (root: AST.AST, match: (node: AST.AST) => boolean): Plan => {
  const base = plan(root, () => false)
  const slots: Slot[] = []
  const slotOf = new Map<object, number>()
  const seen = new Set<AST.AST>()
  const marks: number[] = []
  let order = 0
  const go = (node: AST.AST): void => {
    if (seen.has(node)) return
    seen.add(node)
    const i = order++
    if (match(node)) {
      slotOf.set(node, slots.length)
      slots.push({ _tag: 'walk', node })
      marks.push(i)
      return
    }
    for (const child of AST.children(node)) go(child)
  }
  go(root)
  const text = `V ${base.text} M${marks.join(',')}`
  return { text, fingerprint: fingerprint(text), slots, slotOf }
}

/**
 * The visitor of the nodes `match` chooses inside values of `root`, from the generated
 * code of `table` when it has the plan's fingerprint, else `fallback` (an interpreter).
 * `callback` gives each chosen node's callback. Resolved on first use.
 */
export const bindVisit = <S>(
  root: AST.AST,
  match: (node: AST.AST) => boolean,
  table: Readonly<Record<string, unknown>>,
  callback: (node: AST.AST) => OnValue<S>,
  fallback: () => Visit<S>,
): { readonly visit: Visit<S>; readonly generated: () => boolean } => {
  let visit: Visit<S> | undefined
  let generated = false
  const resolve = (): Visit<S> => {
    const p = planVisit(root, match)
    const factory = Object.prototype.hasOwnProperty.call(table, p.fingerprint)
      ? (table[p.fingerprint] as VisitFactory)
      : undefined
    generated = factory !== undefined
    return factory === undefined
      ? fallback()
      : factory(p.slots.map((s) => callback((s as { readonly node: AST.AST }).node)))
  }
  return {
    visit: (value, state) => (visit ??= resolve())(value, state),
    generated: () => {
      visit ??= resolve()
      return generated
    },
  }
}
