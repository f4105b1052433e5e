/**
 * The depth guard of functions over propositions: decoding never produces a proposition
 * nested more than a few hundred levels, so anything deeper — a cyclic value built by code
 * among them — is refused at once with a clear error, instead of overflowing the stack or
 * the heap.
 *
 * @internal
 */

/** The deepest proposition the library follows (the public `Proposition.MAX_DEPTH`). */
export const MAX_DEPTH = 256

/** The error for a proposition past {@link MAX_DEPTH}, naming the function. */
export const tooDeep = (where: string): RangeError =>
  new RangeError(
    `${where}: the proposition is nested more than ${MAX_DEPTH} levels deep, or is cyclic; only acyclic values (as decoding produces) are supported`,
  )
