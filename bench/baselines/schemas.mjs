// The baselines' schemas, interpreted from ./shape.mjs: TypeBox (whose JSON Schema ajv
// also reads), valibot and effect.
import { Type } from '@sinclair/typebox'
import * as v from 'valibot'
import { Schema } from 'effect'
import { interpret } from './shape.mjs'

export const typeboxReport = interpret({
  string: () => Type.String(),
  number: () => Type.Number(),
  boolean: () => Type.Boolean(),
  literal: (x) => Type.Literal(x),
  array: (x) => Type.Array(x),
  record: () => Type.Record(Type.String(), Type.Unknown()),
  object: (req, opt) =>
    Type.Object({
      ...req,
      ...Object.fromEntries(Object.entries(opt).map(([k, x]) => [k, Type.Optional(x)])),
    }),
  union: (xs) => Type.Union(xs),
  tagged: (xs) => Type.Union(xs),
  recursive: (f) => Type.Recursive((This) => f(This), { $id: 'Proposition' }),
})

export const valibotReport = interpret({
  string: () => v.string(),
  number: () => v.number(),
  boolean: () => v.boolean(),
  literal: (x) => v.literal(x),
  array: (x) => v.array(x),
  record: () => v.record(v.string(), v.unknown()),
  object: (req, opt) =>
    v.object({
      ...req,
      ...Object.fromEntries(Object.entries(opt).map(([k, x]) => [k, v.exactOptional(x)])),
    }),
  union: (xs) => v.union(xs),
  tagged: (xs) => v.variant('kind', xs),
  recursive: (f) => {
    const p = v.lazy(() => q)
    const q = f(p)
    return q
  },
})

export const effectReport = interpret({
  string: () => Schema.String,
  number: () => Schema.Number,
  boolean: () => Schema.Boolean,
  literal: (x) => Schema.Literal(x),
  array: (x) => Schema.Array(x),
  record: () => Schema.Record(Schema.String, Schema.Unknown),
  object: (req, opt) =>
    Schema.Struct({
      ...req,
      ...Object.fromEntries(Object.entries(opt).map(([k, x]) => [k, Schema.optionalKey(x)])),
    }),
  union: (xs) => Schema.Union(xs),
  tagged: (xs) => Schema.Union(xs),
  recursive: (f) => {
    const p = Schema.suspend(() => q)
    const q = f(p)
    return q
  },
})
