import { Codec, Statement } from 'claimgraph'
import assert from 'node:assert/strict'

// An interpreter: one switch on the node's tag. This one writes the shape of a value as a
// line of text, the way a table in the docs would.
const shape = (node: Codec.AST, depth = 0): string => {
  if (depth > 2) return '…'
  switch (node._tag) {
    case 'String':
      return node.checks.some((c) => c.id === 'id') ? 'id' : 'string'
    case 'Number':
      return node.integer ? 'integer' : 'number'
    case 'Boolean':
      return 'boolean'
    case 'Literal':
      return JSON.stringify(node.value)
    case 'Enum':
      return node.values.map((v) => JSON.stringify(v)).join(' | ')
    case 'Array':
      return `${shape(node.item, depth)}[]`
    case 'Struct':
      return `{ ${node.fields.map((f) => `${f.key}${f.optional ? '?' : ''}: ${shape(f.type, depth + 1)}`).join(', ')} }`
    case 'Tagged':
      return node.members.map((m) => m.value).join(' | ')
    case 'Union':
      return node.alternatives.map((a) => shape(a.type, depth + 1)).join(' | ')
    case 'Ref':
      return `→ ${node.to}`
    case 'Refine':
      return shape(node.from, depth)
    case 'Suspend':
      return node.annotations.identifier
    case 'Json':
      return 'JSON'
    case 'Declare':
      return node.annotations.label
  }
}

const line = shape(Statement.Statement.ast)
assert.ok(line.startsWith('{ id: id, speakers: → actor[], act: "assert" | "state"'))
assert.ok(line.includes('replyTo?: → statement'))
