import * as E from 'fp-ts/Either'
import { DecodeError, Report, Rules, Render } from '../../src/index.js'
import * as fixtures from '../../src/fixtures/index.js'

/** The seed report as JSON text, and as a fresh mutable value. */
export const seedText = JSON.stringify(Report.encode(fixtures.report))
export const seedJson = (): any => JSON.parse(seedText)

/** Decodes, and on success also validates and renders: the whole pipeline a user runs. */
export const pipeline = (u: unknown, options?: { unknownKeys?: 'reject' | 'strip' }) => {
  const r = Report.decode(u, options)
  if (E.isRight(r)) {
    Rules.strict(r.right)
    Render.inspect(r.right)
  }
  return r
}

/** `path code` of each issue. */
export const codes = (r: E.Either<DecodeError.DecodeError, unknown>): ReadonlyArray<string> =>
  E.isLeft(r) ? DecodeError.toList(r.left).map((i) => `${i.path} ${i.code}`) : []

/** Every path to an object inside a JSON value. */
export const objectPaths = (
  v: unknown,
  path: ReadonlyArray<string | number> = [],
): ReadonlyArray<ReadonlyArray<string | number>> => {
  if (Array.isArray(v)) return v.flatMap((x, i) => objectPaths(x, [...path, i]))
  if (typeof v === 'object' && v !== null)
    return [path, ...Object.entries(v).flatMap(([k, x]) => objectPaths(x, [...path, k]))]
  return []
}

export const at = (root: any, path: ReadonlyArray<string | number>): any =>
  path.reduce((o, k) => o[k], root)

export const deepFreeze = <A>(a: A): A => {
  if (typeof a === 'object' && a !== null && !Object.isFrozen(a)) {
    Object.freeze(a)
    for (const v of Object.values(a)) deepFreeze(v)
  }
  return a
}
