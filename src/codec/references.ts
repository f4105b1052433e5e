/**
 * Visiting the values of some kinds of node: an interpreter of the AST into walks over a
 * decoded value that call back at every value a chosen node describes, with its path.
 * References are the values of {@link AST.RefNode}s; evidence spans the values of nodes
 * refined by the `span-length` check. A reference field added anywhere in the format is
 * therefore visited, and checked by integrity, without further work.
 *
 * The walks read only what the AST declares, skip subtrees that cannot hold a chosen node,
 * allocate nothing, and tolerate values that are not what the AST says (parts that failed
 * to decode): they visit only what has the declared shape.
 *
 * @internal
 */
import type * as AST from './AST.js'
import { contains, holds, memoize } from './AST.js'

type Segment = string | number

/**
 * Called at each chosen value with its node and its path: the first `depth` segments of
 * `path`, a shared array (copy them to keep them).
 */
export type OnValue = (
  node: AST.AST,
  value: unknown,
  path: ReadonlyArray<Segment>,
  depth: number,
) => void

/** A walk over a value at a depth of `path` that calls `on` at every chosen value inside it. */
export type Visitor = (value: unknown, path: Segment[], depth: number, on: OnValue) => void

const noop: Visitor = () => undefined

const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * The visitors of the nodes that `match` chooses (memoised per node). A chosen node's
 * value is visited, not descended into.
 */
export const visitorOf = (match: (node: AST.AST) => boolean): ((node: AST.AST) => Visitor) => {
  const has = contains(match)
  return memoize<Visitor>((node, self) => {
    if (match(node)) return (v, path, depth, on) => on(node, v, path, depth)
    if (!has(node)) return noop
    switch (node._tag) {
      case 'Array': {
        const item = node.item
        if (match(item))
          // a list of chosen values (references, spans): no call per item but `on`
          return (v, path, depth, on) => {
            if (!Array.isArray(v)) return
            const n = v.length
            for (let i = 0; i < n; i++) {
              path[depth] = i
              on(item, v[i], path, depth + 1)
            }
          }
        const visit = self(item)
        return (v, path, depth, on) => {
          if (!Array.isArray(v)) return
          const n = v.length
          for (let i = 0; i < n; i++) {
            path[depth] = i
            visit(v[i], path, depth + 1, on)
          }
        }
      }
      case 'Struct': {
        const chosen = node.fields.filter((f) => has(f.type))
        const keys = chosen.map((f) => f.key)
        const types = chosen.map((f) => f.type)
        // a chosen property (a reference) is passed to `on` directly
        const visits = chosen.map((f) => (match(f.type) ? undefined : self(f.type)))
        const n = keys.length
        return (v, path, depth, on) => {
          if (!isObject(v)) return
          for (let i = 0; i < n; i++) {
            const k = keys[i]!
            const x = v[k]
            if (x === undefined) continue
            path[depth] = k
            const visit = visits[i]
            if (visit === undefined) on(types[i]!, x, path, depth + 1)
            else visit(x, path, depth + 1, on)
          }
        }
      }
      case 'Tagged': {
        const tag = node.tag
        const members = new Map<unknown, Visitor>(node.members.map((m) => [m.value, self(m.type)]))
        return (v, path, depth, on) => {
          if (isObject(v)) members.get(v[tag])?.(v, path, depth, on)
        }
      }
      case 'Union': {
        const conditions = node.alternatives.map((a) => a.when)
        const visits = node.alternatives.map((a) => self(a.type))
        return (v, path, depth, on) => {
          for (let i = 0; i < conditions.length; i++)
            if (holds(conditions[i]!, v)) return visits[i]!(v, path, depth, on)
        }
      }
      case 'Ref':
        return self(node.id)
      case 'Refine':
        return self(node.from)
      case 'Suspend': {
        let memo: Visitor | undefined
        return (v, path, depth, on) => (memo ??= self(node.get()))(v, path, depth, on)
      }
      case 'String':
      case 'Number':
      case 'Boolean':
      case 'Literal':
      case 'Enum':
      case 'Json':
      case 'Declare':
        return noop
    }
  })
}

/** Whether a node is a reference. */
export const isRef = (node: AST.AST): node is AST.RefNode => node._tag === 'Ref'

/** Whether a node is an evidence span (a node refined by the `span-length` check). */
export const isSpan = (node: AST.AST): boolean =>
  node._tag === 'Refine' && node.check.id === 'span-length'

/** The visitor of the references inside values of a node. */
export const referencesOf: (node: AST.AST) => Visitor = visitorOf(isRef)

/** The visitor of the evidence spans inside values of a node. */
export const spansOf: (node: AST.AST) => Visitor = visitorOf(isSpan)

/** Whether a node is a reference or an evidence span: what the integrity passes visit. */
export const isReferenceOrSpan = (node: AST.AST): boolean => isRef(node) || isSpan(node)
/** The visitor of the references and the evidence spans inside values of a node (for one walk that checks both). */
export const referencesAndSpansOf: (node: AST.AST) => Visitor = visitorOf(isReferenceOrSpan)
