/**
 * What a claim asserts, as a small logic over events: an event occurs; `not`, `and`,
 * `or`; and three modalities — epistemic likelihood ("may launch"), ability ("may not be
 * able to prevent") and obligation ("must meet its obligations").
 *
 * @example
 * ```ts
 * import { Id, Proposition as P } from 'claimgraph'
 * import assert from 'node:assert/strict'
 *
 * // "if Iraq fails to prevent the attack": not (Iraq prevents the attack)
 * const condition = P.not(P.occurs(Id.event('iraq-prevents-attack')))
 *
 * // the demand is the negation of the condition, simplified
 * assert.deepEqual(P.simplify(P.not(condition)), P.occurs(Id.event('iraq-prevents-attack')))
 * ```
 *
 * @since 0.1.0
 */
import type * as Eq_ from 'fp-ts/lib/Eq.js'
import * as C from './Codec.js'
import * as Id from './Id.js'
import * as Likelihood from './Likelihood.js'
import { MAX_DEPTH as DEPTH, tooDeep } from './internal/depth.js'
import { table } from './generated/Proposition.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A proposition.
 *
 * @category model
 * @since 0.1.0
 */
export type Proposition = Occurs | Not | And | Or | Epistemic | Ability | Obligation

/**
 * The event occurs (occurred, or will occur).
 *
 * @category model
 * @since 0.1.0
 */
export interface Occurs {
  readonly kind: 'occurs'
  readonly event: Id.EventId
}

/**
 * Negation.
 *
 * @category model
 * @since 0.1.0
 */
export interface Not {
  readonly kind: 'not'
  readonly operand: Proposition
}

/**
 * Conjunction of two or more propositions.
 *
 * @category model
 * @since 0.1.0
 */
export interface And {
  readonly kind: 'and'
  readonly operands: readonly [Proposition, Proposition, ...Proposition[]]
}

/**
 * Disjunction of two or more propositions.
 *
 * @category model
 * @since 0.1.0
 */
export interface Or {
  readonly kind: 'or'
  readonly operands: readonly [Proposition, Proposition, ...Proposition[]]
}

/**
 * The operand holds with some likelihood ("may", "could", "likely").
 *
 * @category model
 * @since 0.1.0
 */
export interface Epistemic {
  readonly kind: 'epistemic'
  readonly likelihood: Likelihood.Likelihood
  readonly operand: Proposition
}

/**
 * The agents are able to bring the operand about ("able to prevent").
 *
 * @category model
 * @since 0.1.0
 */
export interface Ability {
  readonly kind: 'ability'
  readonly agents: readonly [Id.ActorId, ...Id.ActorId[]]
  readonly operand: Proposition
}

/**
 * The agents are obliged to bring the operand about ("must meet its obligations").
 *
 * @category model
 * @since 0.1.0
 */
export interface Obligation {
  readonly kind: 'obligation'
  readonly agents: readonly [Id.ActorId, ...Id.ActorId[]]
  readonly operand: Proposition
}

/**
 * The deepest proposition the functions of this library follow: 256 levels. Decoding never
 * gets near it (a decoded value is nested at most `Codec.MAX_DEPTH` levels of JSON, and
 * each level of a proposition takes at least two). Deeper values — or cyclic ones, which
 * only code can build — are refused with a `RangeError` that says so, instead of
 * overflowing the stack or exhausting the heap.
 *
 * @category model
 * @since 0.2.0
 */
export const MAX_DEPTH: number = DEPTH

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const operands = (name: string) =>
  C.array(
    C.lazy('Proposition', () => Proposition),
    { min: 2, max: 1000, name },
  ) as unknown as C.Codec<readonly [Proposition, Proposition, ...Proposition[]]>

/**
 * The codec of {@link Proposition}, told apart by `kind`.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Proposition: C.Codec<Proposition> = fast(
  C.lazy(
    'Proposition',
    () =>
      C.tagged('Proposition', 'kind', {
        occurs: C.struct('Occurs', { kind: C.literal('occurs'), event: Id.EventRef }),
        not: C.struct('Not', { kind: C.literal('not'), operand: Proposition }),
        and: C.struct('And', { kind: C.literal('and'), operands: operands('And.operands') }),
        or: C.struct('Or', { kind: C.literal('or'), operands: operands('Or.operands') }),
        epistemic: C.struct('Epistemic', {
          kind: C.literal('epistemic'),
          likelihood: Likelihood.Likelihood,
          operand: Proposition,
        }),
        ability: C.struct('Ability', {
          kind: C.literal('ability'),
          agents: C.nonEmptyArray(Id.ActorRef),
          operand: Proposition,
        }),
        obligation: C.struct('Obligation', {
          kind: C.literal('obligation'),
          agents: C.nonEmptyArray(Id.ActorRef),
          operand: Proposition,
        }),
      }) as C.Codec<Proposition>,
  ),
)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The event occurs.
 * Constant time.
 *
 * @category constructors
 * @since 0.1.0
 */
export const occurs = (event: Id.EventId): Proposition => ({ kind: 'occurs', event })

/**
 * Negation.
 * Constant time.
 *
 * @category constructors
 * @since 0.1.0
 */
export const not = (operand: Proposition): Proposition => ({ kind: 'not', operand })

/**
 * Conjunction.
 * Linear in the number of operands.
 *
 * @category constructors
 * @since 0.1.0
 */
export const and = (
  first: Proposition,
  second: Proposition,
  ...rest: ReadonlyArray<Proposition>
): Proposition => ({
  kind: 'and',
  operands: [first, second, ...rest],
})

/**
 * Disjunction.
 * Linear in the number of operands.
 *
 * @category constructors
 * @since 0.1.0
 */
export const or = (
  first: Proposition,
  second: Proposition,
  ...rest: ReadonlyArray<Proposition>
): Proposition => ({
  kind: 'or',
  operands: [first, second, ...rest],
})

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Hedges a proposition with a likelihood (data-last): `pipe(p, Proposition.hedge(may))`.
 * Constant time.
 *
 * @category combinators
 * @since 0.1.0
 */
export const hedge =
  (likelihood: Likelihood.Likelihood) =>
  (operand: Proposition): Proposition => ({ kind: 'epistemic', likelihood, operand })

/**
 * The agents are able to bring the proposition about (data-last).
 * Linear in the number of agents.
 *
 * @category combinators
 * @since 0.1.0
 */
export const able =
  (...agents: readonly [Id.ActorId, ...Id.ActorId[]]) =>
  (operand: Proposition): Proposition => ({ kind: 'ability', agents, operand })

/**
 * The agents are obliged to bring the proposition about (data-last).
 * Linear in the number of agents.
 *
 * @category combinators
 * @since 0.1.0
 */
export const must =
  (...agents: readonly [Id.ActorId, ...Id.ActorId[]]) =>
  (operand: Proposition): Proposition => ({ kind: 'obligation', agents, operand })

/**
 * Pushes negations inward and removes double negations (De Morgan), flattening nested
 * `and`s and `or`s. The result is equivalent to the input in Kleene's three-valued logic.
 * Modal operands are simplified; a negated modality stays negated (¬may p is not may ¬p).
 * Linear in the size of the proposition (a nested `and` or `or` moves its operands up once per level of nesting, at most `MAX_DEPTH`).
 *
 * @category combinators
 * @since 0.1.0
 */
export const simplify = (p: Proposition): Proposition => simplifyAt(p, 0)

const simplifyAt = (p: Proposition, depth: number): Proposition => {
  if (depth > DEPTH) throw tooDeep('Proposition.simplify')
  switch (p.kind) {
    case 'occurs':
      return p
    case 'not':
      return negate(p.operand, depth + 1)
    case 'and':
    case 'or':
      return flatten(
        p.kind,
        p.operands.map((o) => simplifyAt(o, depth + 1)),
      )
    case 'epistemic':
    case 'ability':
    case 'obligation':
      return { ...p, operand: simplifyAt(p.operand, depth + 1) }
  }
}

/** The simplified negation of `p`. */
const negate = (p: Proposition, depth: number): Proposition => {
  if (depth > DEPTH) throw tooDeep('Proposition.simplify')
  switch (p.kind) {
    case 'occurs':
      return not(p)
    case 'not':
      return simplifyAt(p.operand, depth + 1)
    case 'and':
      return flatten(
        'or',
        p.operands.map((o) => negate(o, depth + 1)),
      )
    case 'or':
      return flatten(
        'and',
        p.operands.map((o) => negate(o, depth + 1)),
      )
    case 'epistemic':
    case 'ability':
    case 'obligation':
      return not(simplifyAt(p, depth))
  }
}

const flatten = (kind: 'and' | 'or', ps: ReadonlyArray<Proposition>): Proposition => {
  const out: Proposition[] = []
  for (const q of ps) {
    if (q.kind === kind) for (const r of q.operands) out.push(r)
    else out.push(q)
  }
  return { kind, operands: out as unknown as readonly [Proposition, Proposition, ...Proposition[]] }
}

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * Folds a proposition bottom-up.
 * Linear in the size of the proposition, plus what the cases do.
 *
 * @category queries
 * @since 0.1.0
 */
export const fold =
  <R>(cases: {
    readonly occurs: (event: Id.EventId) => R
    readonly not: (r: R) => R
    readonly and: (rs: ReadonlyArray<R>) => R
    readonly or: (rs: ReadonlyArray<R>) => R
    readonly epistemic: (likelihood: Likelihood.Likelihood, r: R) => R
    readonly ability: (agents: ReadonlyArray<Id.ActorId>, r: R) => R
    readonly obligation: (agents: ReadonlyArray<Id.ActorId>, r: R) => R
  }) =>
  (p: Proposition): R => {
    const go = (q: Proposition, depth: number): R => {
      if (depth > DEPTH) throw tooDeep('Proposition.fold')
      const next = (o: Proposition) => go(o, depth + 1)
      switch (q.kind) {
        case 'occurs':
          return cases.occurs(q.event)
        case 'not':
          return cases.not(next(q.operand))
        case 'and':
          return cases.and(q.operands.map(next))
        case 'or':
          return cases.or(q.operands.map(next))
        case 'epistemic':
          return cases.epistemic(q.likelihood, next(q.operand))
        case 'ability':
          return cases.ability(q.agents, next(q.operand))
        case 'obligation':
          return cases.obligation(q.agents, next(q.operand))
      }
    }
    return go(p, 0)
  }

/**
 * The events a proposition mentions, in order of first mention.
 * Linear in the size of the proposition.
 *
 * @category queries
 * @since 0.1.0
 */
export const events = (p: Proposition): ReadonlyArray<Id.EventId> => [
  ...new Set(refs(p, 'Proposition.events').events),
]

/**
 * The actors a proposition's modalities name.
 * Linear in the size of the proposition.
 *
 * @category queries
 * @since 0.1.0
 */
export const agents = (p: Proposition): ReadonlyArray<Id.ActorId> => [
  ...new Set(refs(p, 'Proposition.agents').agents),
]

/**
 * Every likelihood that hedges part of a proposition.
 * Linear in the size of the proposition.
 *
 * @category queries
 * @since 0.1.0
 */
export const likelihoods = (p: Proposition): ReadonlyArray<Likelihood.Likelihood> =>
  refs(p, 'Proposition.likelihoods').likelihoods

/**
 * Every id a proposition refers to, with its path inside the proposition.
 * Linear in the size of the proposition and the paths it returns (each as long as its depth).
 *
 * @category queries
 * @since 0.1.0
 */
export const references = (
  p: Proposition,
): {
  readonly events: ReadonlyArray<readonly [ReadonlyArray<string | number>, Id.EventId]>
  readonly agents: ReadonlyArray<readonly [ReadonlyArray<string | number>, Id.ActorId]>
} => {
  const events: Array<readonly [ReadonlyArray<string | number>, Id.EventId]> = []
  const agents: Array<readonly [ReadonlyArray<string | number>, Id.ActorId]> = []
  // each entry with its depth: a cyclic value is caught at the limit, not in the heap
  const stack: Array<[Proposition, ReadonlyArray<string | number>, number]> = [[p, [], 0]]
  while (stack.length > 0) {
    const [q, path, depth] = stack.pop()!
    if (depth > DEPTH) throw tooDeep('Proposition.references')
    switch (q.kind) {
      case 'occurs':
        events.push([[...path, 'event'], q.event])
        break
      case 'and':
      case 'or':
        for (let i = q.operands.length - 1; i >= 0; i--)
          stack.push([q.operands[i]!, [...path, 'operands', i], depth + 1])
        break
      case 'ability':
      case 'obligation':
        q.agents.forEach((a, i) => agents.push([[...path, 'agents', i], a]))
        stack.push([q.operand, [...path, 'operand'], depth + 1])
        break
      default:
        stack.push([q.operand, [...path, 'operand'], depth + 1])
    }
  }
  return { events, agents }
}

const refs = (p: Proposition, where: string) => {
  const events: Id.EventId[] = []
  const agents: Id.ActorId[] = []
  const likelihoods: Likelihood.Likelihood[] = []
  // each entry with its depth: a cyclic value is caught at the limit, not in the heap
  const stack: Proposition[] = [p]
  const depths: number[] = [0]
  while (stack.length > 0) {
    const q = stack.pop()!
    const depth = depths.pop()!
    if (depth > DEPTH) throw tooDeep(where)
    switch (q.kind) {
      case 'occurs':
        events.push(q.event)
        break
      case 'and':
      case 'or':
        for (let i = q.operands.length - 1; i >= 0; i--) {
          stack.push(q.operands[i]!)
          depths.push(depth + 1)
        }
        break
      case 'epistemic':
        likelihoods.push(q.likelihood)
        stack.push(q.operand)
        depths.push(depth + 1)
        break
      case 'ability':
      case 'obligation':
        for (const a of q.agents) agents.push(a)
        stack.push(q.operand)
        depths.push(depth + 1)
        break
      case 'not':
        stack.push(q.operand)
        depths.push(depth + 1)
    }
  }
  return { events, agents, likelihoods }
}

/**
 * Renders a proposition in words, given how to name an event and an actor.
 * Linear in the size of the proposition and the words it returns.
 *
 * @category queries
 * @since 0.1.0
 */
export const render = (
  p: Proposition,
  names: { readonly event: (id: Id.EventId) => string; readonly actor: (id: Id.ActorId) => string },
): string => {
  const list = (ids: ReadonlyArray<Id.ActorId>) => ids.map(names.actor).join(' and ')
  const go = (q: Proposition, nested: boolean, depth: number): string => {
    if (depth > DEPTH) throw tooDeep('Proposition.render')
    const wrap = (s: string) => (nested ? `(${s})` : s)
    switch (q.kind) {
      case 'occurs':
        return names.event(q.event)
      case 'not':
        return q.operand.kind === 'occurs'
          ? `not: ${names.event(q.operand.event)}`
          : `not ${go(q.operand, true, depth + 1)}`
      case 'and':
        return wrap(q.operands.map((o) => go(o, true, depth + 1)).join(' and '))
      case 'or':
        return wrap(q.operands.map((o) => go(o, true, depth + 1)).join(' or '))
      case 'epistemic':
        return wrap(
          `${q.likelihood.cue ?? q.likelihood.band?.replace(/_/g, ' ') ?? q.likelihood.factuality}: ${go(q.operand, true, depth + 1)}`,
        )
      case 'ability':
        return wrap(`${list(q.agents)} able to bring about: ${go(q.operand, true, depth + 1)}`)
      case 'obligation':
        return wrap(`${list(q.agents)} obliged to bring about: ${go(q.operand, true, depth + 1)}`)
    }
  }
  return go(p, false, 0)
}

const sameList = <A>(
  xs: ReadonlyArray<A>,
  ys: ReadonlyArray<A>,
  eq: (x: A, y: A) => boolean,
): boolean => xs.length === ys.length && xs.every((x, i) => eq(x, ys[i]!))

const sameLikelihood = (a: Likelihood.Likelihood, b: Likelihood.Likelihood): boolean =>
  a.factuality === b.factuality && a.band === b.band && a.cue === b.cue

const equals = (a: Proposition, b: Proposition): boolean => equalAt(a, b, 0)

const equalAt = (a: Proposition, b: Proposition, depth: number): boolean => {
  if (depth > DEPTH) throw tooDeep('Proposition.Eq')
  const equals = (x: Proposition, y: Proposition) => equalAt(x, y, depth + 1)
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'occurs':
      return a.event === (b as Occurs).event
    case 'not':
      return equals(a.operand, (b as Not).operand)
    case 'and':
    case 'or':
      return sameList(a.operands, (b as And | Or).operands, equals)
    case 'epistemic':
      return (
        sameLikelihood(a.likelihood, (b as Epistemic).likelihood) &&
        equals(a.operand, (b as Epistemic).operand)
      )
    case 'ability':
    case 'obligation':
      return (
        sameList(a.agents, (b as Ability | Obligation).agents, (x, y) => x === y) &&
        equals(a.operand, (b as Ability | Obligation).operand)
      )
  }
}

/**
 * Structural equality of propositions (key order does not matter).
 * Linear in the size of the smaller proposition.
 *
 * @category queries
 * @since 0.1.0
 */
export const Eq: Eq_.Eq<Proposition> = { equals }
