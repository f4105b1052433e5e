import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { DecodeError } from '../../src/index.js'
import { at, codes, objectPaths, pipeline, seedJson, seedText } from './support.js'

const pointer = (path: ReadonlyArray<string | number>, key: string) =>
  DecodeError.pointer([...path, key])

describe('hostile: prototype pollution', () => {
  const paths = objectPaths(seedJson())

  it('covers every object of the seed', () => {
    expect(paths.length).toBeGreaterThan(250)
  })

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`"${key}" at every level is an unknown_key at its path, and nothing is polluted`, () => {
      for (const path of paths) {
        // JSON.parse makes "__proto__" an own property, as a network payload would.
        const json = JSON.parse(seedText)
        const target = at(json, path)
        Object.defineProperty(target, key, {
          value: JSON.parse('{"polluted": true, "isAdmin": true}'),
          enumerable: true,
          configurable: true,
          writable: true,
        })
        const strict = pipeline(json)
        expect(codes(strict), pointer(path, key)).toEqual([`${pointer(path, key)} unknown_key`])
        const stripped = pipeline(json, { unknownKeys: 'strip' })
        expect(E.isRight(stripped)).toBe(true)
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('isAdmin')
    })
  }

  it('a stripped result carries no foreign prototype anywhere', () => {
    const json = JSON.parse(
      seedText
        .replace('{"format"', '{"__proto__":{"polluted":1},"format"')
        .replace(/"kind":"state",/g, '"kind":"state","__proto__":{"x":1},'),
    )
    const r = pipeline(json, { unknownKeys: 'strip' })
    expect(E.isRight(r)).toBe(true)
    if (E.isLeft(r)) return
    const walk = (v: unknown): void => {
      if (typeof v !== 'object' || v === null) return
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(v))
      expect(Object.keys(v)).not.toContain('__proto__')
      Object.values(v).forEach(walk)
    }
    walk(r.right)
    expect((r.right as unknown as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
