/**
 * The encoder: an interpreter of the AST into functions from decoded values to plain JSON
 * data. Structs keep their declared, present properties in declaration order; unions
 * encode with the member their value selects. Checks play no part in encoding.
 *
 * @internal
 */
import type * as AST from './AST.js'
import { holds, memoize } from './AST.js'

/** Encodes a decoded value. */
export type Encoder = (a: unknown) => unknown

const identity: Encoder = (a) => a

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

/** The encoder of a node (memoised per node). */
export const encoderOf: (node: AST.AST) => Encoder = memoize<Encoder>((node, self) => {
  switch (node._tag) {
    case 'String':
    case 'Number':
    case 'Boolean':
    case 'Literal':
    case 'Enum':
    case 'Json':
      return identity
    case 'Array': {
      const item = self(node.item)
      return (as) => (as as ReadonlyArray<unknown>).map((a) => item(a))
    }
    case 'Struct': {
      const fields = node.fields.map((f) => [f.key, self(f.type)] as const)
      return (a) => {
        const o = a as Record<string, unknown>
        const out: Record<string, unknown> = {}
        for (const [k, encode] of fields)
          if (hasOwn(o, k) && o[k] !== undefined) out[k] = encode(o[k])
        return out
      }
    }
    case 'Tagged': {
      const tag = node.tag
      const members = new Map(node.members.map((m) => [m.value, m.type]))
      return (a) => self(members.get((a as Record<string, string>)[tag]!)!)(a)
    }
    case 'Union': {
      const alternatives = node.alternatives
      return (a) => {
        for (const alt of alternatives) if (holds(alt.when, a)) return self(alt.type)(a)
        return a
      }
    }
    case 'Ref':
      return self(node.id)
    case 'Refine':
      return self(node.from)
    case 'Suspend': {
      let memo: Encoder | undefined
      return (a) => (memo ??= self(node.get()))(a)
    }
    case 'Declare': {
      const type = node.type
      return (a) => type.encode(a)
    }
  }
})
