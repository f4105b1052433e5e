import type { Bound } from '../../support/complexity.js'

/**
 * One entry of the complexity suite: the exported functions it covers (as
 * `Module.name`), an input builder that is worst-case for them at size `n`, and the call.
 */
export interface Case<A = any> {
  readonly name: string
  readonly covers: ReadonlyArray<string>
  readonly n: number
  readonly bound?: Bound
  readonly build: (n: number) => A
  readonly run: (a: A) => unknown
}

export const cases = <A>(...list: ReadonlyArray<Case<A>>): ReadonlyArray<Case<A>> => list
