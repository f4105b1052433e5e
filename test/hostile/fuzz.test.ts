import * as E from 'fp-ts/Either'
import { describe, expect } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import {
  Actor,
  Attribution,
  Codec,
  Event,
  Evidence,
  Id,
  Likelihood,
  Proposition,
  Report,
  Statement,
  Threat,
  Time,
  Timeline,
} from '../../src/index.js'
import { pipeline, seedJson } from './support.js'
import { expectAgreement } from '../support/laws.js'

// CI runs a fixed seed and a modest number of runs; `npm run fuzz` sets FUZZ_SEED=random and
// many more runs. fast-check prints the seed and the counterexample of any failure.
const runs = Number(process.env['FUZZ_RUNS'] ?? 200)
const seed =
  process.env['FUZZ_SEED'] === 'random'
    ? Date.now() ^ (Math.random() * 0x7fffffff)
    : Number(process.env['FUZZ_SEED'] ?? 20261125)
if (process.env['FUZZ_SEED'] === 'random')
  console.log(`fuzz: seed ${seed}, ${runs} runs per property`)
const params = { seed, numRuns: runs }

const decoders: ReadonlyArray<readonly [string, Codec.AnyCodec]> = [
  ['Id.ActorId', Id.ActorId],
  ['Time.Time', Time.Time],
  ['Time.TimeRef', Time.TimeRef],
  ['Likelihood', Likelihood.Likelihood],
  ['Actor', Actor.Actor],
  ['Event', Event.Event],
  ['Proposition', Proposition.Proposition],
  ['Attribution', Attribution.Attribution],
  ['Statement', Statement.Statement],
  ['Threat', Threat.Threat],
  ['Evidence.Span', Evidence.Span],
  ['Timeline', Timeline.Timeline],
  ['Report', Report.Report],
]

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Every path in a JSON value, to objects, arrays and leaves. */
const paths = (v: Json, path: Array<string | number> = []): Array<Array<string | number>> => {
  const here = [path]
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => paths(x, [...path, i]))]
  if (typeof v === 'object' && v !== null)
    return [...here, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...path, k]))]
  return here
}
const base = seedJson() as Json
const all = paths(base).filter((p) => p.length > 0)
const ids = [...JSON.stringify(base).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!)

type Mutation = {
  readonly op: 'drop' | 'duplicate' | 'retype' | 'rename' | 'swap-id' | 'truncate'
  readonly path: ReadonlyArray<string | number>
  readonly value: Json
  readonly id: string
}
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('drop', 'duplicate', 'retype', 'rename', 'swap-id', 'truncate'),
  path: fc.constantFrom(...all),
  value: fc.jsonValue() as fc.Arbitrary<Json>,
  id: fc.constantFrom(...ids),
})

const apply = (doc: any, m: Mutation): void => {
  const parent = m.path.slice(0, -1).reduce((o: any, k) => o[k], doc)
  const key = m.path[m.path.length - 1]!
  switch (m.op) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
      break
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]))
      else parent[`${String(key)}`] = structuredClone(parent[key])
      break
    case 'retype':
      parent[key] = m.value
      break
    case 'rename':
      if (!Array.isArray(parent)) {
        parent[`${String(key)}_`] = parent[key]
        delete parent[key]
      }
      break
    case 'swap-id':
      if (typeof parent[key] === 'string') parent[key] = m.id
      break
    case 'truncate':
      if (Array.isArray(parent[key])) parent[key].length = Math.floor(parent[key].length / 2)
      else if (typeof parent[key] === 'string')
        parent[key] = parent[key].slice(0, Math.floor(parent[key].length / 2))
      break
  }
}

describe('hostile: fuzzing', () => {
  for (const [name, codec] of decoders) {
    test.prop([fc.anything()], params)(
      `${name} on anything: never throws, agrees with its guard`,
      (u) => {
        expectAgreement(codec, u)
      },
    )
    test.prop([fc.jsonValue()], params)(
      `${name} on any JSON: never throws, agrees with its guard`,
      (u) => {
        expectAgreement(codec, u)
      },
    )
  }

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 4 })], params)(
    'mutations of the seed (near misses): never throw, the fast path agrees with the decoder',
    (ms) => {
      const doc = seedJson()
      for (const m of ms) {
        try {
          apply(doc, m)
        } catch {
          // a path emptied by an earlier mutation: skip it
        }
      }
      expectAgreement(Report.Report, doc)
      const r = pipeline(doc)
      if (E.isRight(r)) expect(Report.Report.is(r.right)).toBe(true)
      else expect(r.left.issues.length).toBeGreaterThan(0)
      const stripped = pipeline(doc, { unknownKeys: 'strip' })
      if (E.isRight(stripped)) expect(Report.Report.is(stripped.right)).toBe(true)
    },
  )
})
