import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Codec, Report } from '../../src/index.js'
import { exportedCodecs } from '../../src/codec/generateAll.js'
import * as Decoder from '../../src/codec/decoder.js'
import { walkOf } from '../../src/codec/walk.js'
import { expectAgreement } from '../support/laws.js'
import { seedJson } from '../hostile/support.js'

// The heavy part of the agreement suite (`npm run test:hostile`): every exported codec on
// arbitrary values, and hostile objects made from every object of the seed.
describe('codec/generate', () => {
  describe('agreement on every exported codec', () => {
    for (const [module, codecs] of exportedCodecs())
      for (const [name, codec] of codecs) {
        test.prop([fc.anything()], { numRuns: 60 })(`${module}.${name} on anything`, (u) =>
          expectAgreement(codec, u),
        )
        test.prop([fc.jsonValue()], { numRuns: 60 })(`${module}.${name} on JSON`, (u) =>
          expectAgreement(codec, u),
        )
      }
  })

  describe('hostile objects: the generated code agrees with the decoder', () => {
    /**
     * Copying, the generated code accepts exactly what the decoder accepts, and returns the
     * same value. Sharing, whole-value checks see the input itself (a hidden or inherited
     * property included), as the interpreted walk does: the two must give the same answer.
     */
    const exotic = (u: unknown) => {
      const fast = Report.Report.fast!
      const slow = Decoder.decode(Report.Report.ast, u)
      const copy = fast(u, 0, true, false)
      expect(copy !== Codec.INVALID).toBe(slow.issues.length === 0)
      if (slow.issues.length === 0) expect(copy).toEqual(slow.value)
      expect(fast(u, 0, false, false) !== Codec.INVALID).toBe(
        walkOf(Report.Report.ast)(u, 0, false) !== Codec.INVALID,
      )
      expect(E.isRight(Report.decode(u))).toBe(slow.issues.length === 0)
    }
    type Edit = (o: Record<string, unknown>, path: ReadonlyArray<string | number>) => object
    /** Applies `edit` to every object of the seed, one object at a time, checking each result. */
    const everywhere = (
      edit: Edit,
      check: (u: unknown) => void = (u) => expectAgreement(Report.Report, u),
    ) => {
      const paths: Array<ReadonlyArray<string | number>> = []
      const collect = (v: unknown, path: ReadonlyArray<string | number>) => {
        if (Array.isArray(v)) v.forEach((x, i) => collect(x, [...path, i]))
        else if (typeof v === 'object' && v !== null) {
          paths.push(path)
          for (const [k, x] of Object.entries(v)) collect(x, [...path, k])
        }
      }
      collect(seedJson(), [])
      for (const path of paths) {
        const doc = seedJson()
        if (path.length === 0) check(edit(doc, path))
        else {
          const parent = path.slice(0, -1).reduce((o: any, k) => o[k], doc)
          const key = path[path.length - 1]!
          parent[key] = edit(parent[key], path)
          check(doc)
        }
      }
    }

    it('getters (read once each)', () => {
      everywhere((o) => {
        const out: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(o))
          Object.defineProperty(out, k, { get: () => v, enumerable: true, configurable: true })
        return out
      })
    })

    it('a getter that answers differently the second time cannot slip a value into the result', () => {
      const doc = seedJson()
      let reads = 0
      Object.defineProperty(doc, 'headline', {
        get: () => (reads++ === 0 ? 'A headline' : 42),
        enumerable: true,
      })
      const r = Report.decode(doc)
      if (E.isRight(r)) expect(r.right.headline).toBe('A headline')
    })

    it('proxies', () => {
      everywhere((o) => new Proxy(o, {}))
      const doc = seedJson()
      expectAgreement(Report.Report, new Proxy(doc, { ownKeys: () => ['format'] }))
    })

    it('non-enumerable own keys (a declared one is absent; an unknown one is ignored)', () => {
      everywhere((o) => {
        const [first] = Object.keys(o)
        if (first !== undefined)
          Object.defineProperty(o, first, { value: o[first], enumerable: false })
        return o
      }, exotic)
      everywhere((o) => Object.defineProperty(o, 'nonsense', { value: 1, enumerable: false }))
    })

    it('inherited keys (a prototype that holds declared keys)', () => {
      everywhere((o) => {
        const keys = Object.keys(o)
        const proto: Record<string, unknown> = {}
        const own: Record<string, unknown> = Object.create(proto)
        keys.forEach((k, i) => ((i % 2 === 0 ? proto : own)[k] = o[k]))
        return own
      }, exotic)
    })

    it('null prototypes', () => {
      everywhere((o) => Object.assign(Object.create(null), o))
    })

    it('a polluted Object.prototype', () => {
      const proto = Object.prototype as Record<string, unknown>
      try {
        proto['polluted'] = 1
        // the entry points see the pollution and take the detailed decoder
        expect(Report.decode(seedJson())).toEqual(
          E.right(Decoder.decode(Report.Report.ast, seedJson()).value),
        )
        expect(Report.Report.is(seedJson())).toBe(true)
        const broken = seedJson()
        broken.actors[0].id = 'not an id!'
        expect(E.isLeft(Report.decode(broken))).toBe(true)
        expect(Report.Report.is(broken)).toBe(false)
      } finally {
        delete proto['polluted']
      }
    })
  })
})
