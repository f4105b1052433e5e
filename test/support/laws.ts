import * as E from 'fp-ts/Either'
import { expect } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Codec } from '../../src/index.js'
import * as Decoder from '../../src/codec/decoder.js'
import { walkOf } from '../../src/codec/walk.js'

/**
 * The fast path and the detailed decoder agree on `u`: the walk accepts exactly what the
 * detailed decoder accepts without issues, its copy equals the decoder's value, and the
 * guard and `Codec.decode` give the same answer. (`Codec.decode` alone could not show this:
 * it returns whatever the walk accepts.)
 */
export const expectAgreement = (codec: Codec.AnyCodec, u: unknown): void => {
  const fast = codec.walk(u, 0, true)
  const slow = Codec.validateWith(codec, u, 'reject')
  expect(fast !== Codec.INVALID).toBe(E.isRight(slow))
  if (E.isRight(slow)) expect(fast).toEqual(slow.right)
  expect(codec.is(u)).toBe(E.isRight(slow))
  expect(E.isRight(Codec.decode(codec)(u))).toBe(E.isRight(slow))
  // the generated code (when the codec has it) and the interpreted walk, in every mode
  const interpreted = walkOf(codec.ast)
  expect(codec.walk(u, 0, false) !== Codec.INVALID).toBe(E.isRight(slow))
  expect(interpreted(u, 0, false) !== Codec.INVALID).toBe(E.isRight(slow))
  if (E.isRight(slow)) expect(interpreted(u, 0, true)).toEqual(slow.right)
  if (codec.fast !== undefined) {
    const lenient = Decoder.decode(codec.ast, u, { nullsAbsent: true })
    const generated = codec.fast(u, 0, true, true)
    expect(generated !== Codec.INVALID).toBe(lenient.issues.length === 0)
    if (lenient.issues.length === 0) expect(generated).toEqual(lenient.value)
  }
}

/** The codec laws: decode(encode(x)) = x, the guard accepts x, and on any input the decoder never throws and agrees with the fast path. */
export const codecLaws = <A>(
  codec: Codec.Codec<A, unknown>,
  arb: fc.Arbitrary<A>,
  numRuns = 100,
) => {
  test.prop([arb], { numRuns })(`${codec.name}: decode(encode(x)) equals x, and is(x)`, (x) => {
    expect(Codec.decode(codec)(JSON.parse(JSON.stringify(codec.encode(x))))).toEqual(E.right(x))
    expect(codec.is(x)).toBe(true)
  })
  test.prop([fc.anything()], { numRuns })(
    `${codec.name}: never throws on anything, and agrees with its guard`,
    (u) => {
      expectAgreement(codec, u)
    },
  )
  test.prop([fc.jsonValue()], { numRuns })(`${codec.name}: agrees with its guard on JSON`, (u) => {
    expectAgreement(codec, u)
  })
}

/** The codes of the issues a decoder reports for `u`, with their JSON Pointer paths. */
export const issuesOf = (
  codec: Codec.AnyCodec,
  u: unknown,
): ReadonlyArray<readonly [string, string]> => {
  const r = Codec.decode(codec)(u)
  return E.isLeft(r) ? r.left.issues.map((i) => ['/' + i.path.join('/'), i.code] as const) : []
}
