/**
 * Propositions in a canonical form across reports: events and agents named by their
 * instance (a number from a union-find), operands of `and` / `or` sorted, negations
 * pushed inward (`Proposition.simplify`). The **base** leaves out hedges and a negation at
 * the top, so two contents can be told equal, hedged differently, negated, or different.
 *
 * @internal
 */
import * as Proposition from '../Proposition.js'

export interface Canonical {
  /** Without hedges, and without a negation at the top. */
  readonly base: string
  /** The hedges, at the top and inside. */
  readonly hedges: string
  /** True when the content says "not" at the top (through hedges). */
  readonly negated: boolean
}

/**
 * The canonical form of a proposition, given the instance of each event and actor. n·log n
 * in the size of the proposition (the sorting of operands).
 */
export const canonical = (
  p: Proposition.Proposition,
  event: (id: string) => number,
  actor: (id: string) => number,
): Canonical => {
  const ser = (q: Proposition.Proposition, hedges: boolean): string => {
    switch (q.kind) {
      case 'occurs':
        return `e${event(q.event)}`
      case 'not':
        return `!${ser(q.operand, hedges)}`
      case 'and':
      case 'or':
        return `${q.kind === 'and' ? '&' : '|'}(${q.operands
          .map((o) => ser(o, hedges))
          .sort()
          .join(',')})`
      case 'epistemic':
        return hedges
          ? `~${q.likelihood.band ?? q.likelihood.factuality}(${ser(q.operand, hedges)})`
          : ser(q.operand, hedges)
      case 'ability':
      case 'obligation':
        return `${q.kind === 'ability' ? 'can' : 'must'}[${[...new Set(q.agents.map(actor))]
          .sort((a, b) => a - b)
          .join(',')}](${ser(q.operand, hedges)})`
    }
  }
  let core = Proposition.simplify(p)
  let negated = false
  const top: string[] = []
  for (;;) {
    if (core.kind === 'not') {
      negated = !negated
      core = core.operand
    } else if (core.kind === 'epistemic') {
      top.push(`~${core.likelihood.band ?? core.likelihood.factuality}`)
      core = core.operand
    } else break
  }
  return { base: ser(core, false), hedges: `${top.join('')}${ser(core, true)}`, negated }
}

/** The same content with its polarity flipped (a denial of it). */
export const flip = (c: Canonical): Canonical => ({ ...c, negated: !c.negated })

/** A key equal for equal contents. */
export const keyOf = (c: Canonical): string => `${c.negated ? '!' : ''}${c.hedges}`

/** How two canonical contents relate. */
export type Relation = 'same' | 'hedged' | 'negation' | 'different'

export const relate = (a: Canonical, b: Canonical): Relation =>
  a.base !== b.base
    ? 'different'
    : a.negated !== b.negated
      ? 'negation'
      : a.hedges === b.hedges
        ? 'same'
        : 'hedged'
