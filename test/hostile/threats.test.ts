import { describe, expect, it } from 'vitest'
import { expectScaling } from '../support/complexity.js'
import { Id, Proposition as P, Statement, Threat, Time, Timeline as TL } from '../../src/index.js'

describe('hostile: threats, timelines and propositions', () => {
  it('Timeline.evaluate: a condition naming one event 2,000 times against 200,000 entries of it lists each entry once, without copying the list per mention', () => {
    const e = Id.event('e')
    const times = Array.from({ length: 20 }, (_, i) => Time.time(`${2010 + i}-01-01`))
    const entries = Array.from({ length: 200_000 }, (_, i) => ({
      kind: 'occurred' as const,
      event: e,
      time: times[i % 20]!,
    }))
    const mentions = Array.from({ length: 2_000 }, () => P.occurs(e))
    const p = P.and(mentions[0]!, mentions[1]!, ...mentions.slice(2))
    // (concatenating every mention's reasons before removing repeats needed 400 million
    // elements here: `RangeError: Invalid array length`)
    const r = TL.evaluate({ timeline: { entries }, asOf: Time.time('2031') })(p)
    expect(r.value).toBe('true')
    expect(r.because).toHaveLength(200_000)
    expect(r.because[199_999]).toBe(199_999)
  })

  it('Threat.history is linear: it groups the statements once, not once per version', () => {
    // n versions, each stated by three statements: a filter per version reads n² statements
    const build = (n: number) => {
      const threats: Threat.Threat[] = [
        Threat.make('v0', {
          issuer: [Id.actor('y')],
          addressee: [Id.actor('x')],
          consequence: P.occurs(Id.event('e')),
        }),
      ]
      for (let i = 1; i < n; i++) threats.push(Threat.revise(`v${i}`, {})(threats[i - 1]!))
      const statements = threats.flatMap((t, i) =>
        [0, 1, 2].map((j) =>
          Statement.make(`s${i}-${j}`, [Id.actor('y')], 'threaten', Statement.threat(t.id)),
        ),
      )
      return { threats, statements }
    }
    expectScaling(build, (r) => Threat.history(Id.threat('v0'))(r), { n: 200 })
  })
})

describe('hostile: propositions built by code, cyclic or nested deeper than decoding allows', () => {
  const e = P.occurs(Id.event('e'))
  /** `and(e, and(e, …))` with the innermost `and` pointing back at the outermost. */
  const cyclicAnd = (): P.Proposition => {
    const inner = { kind: 'and', operands: [e, e] } as { kind: 'and'; operands: P.Proposition[] }
    const outer = { kind: 'and', operands: [e, inner] } as unknown as P.Proposition
    inner.operands[1] = outer
    return outer
  }
  const cyclicNot = (): P.Proposition => {
    const n = { kind: 'not', operand: e } as { kind: 'not'; operand: P.Proposition }
    n.operand = n
    return n
  }
  const deep = (levels: number): P.Proposition => {
    let p = e
    for (let i = 0; i < levels; i++) p = P.not(p)
    return p
  }
  const refused = /nested more than 256 levels deep, or is cyclic/
  const threatOf = (condition: P.Proposition): Threat.Threat =>
    Threat.make('t', {
      issuer: [Id.actor('y')],
      addressee: [Id.actor('x')],
      condition,
      consequence: e,
    })

  it('every function over propositions refuses a cyclic value with a RangeError that says so', () => {
    for (const cyclic of [cyclicAnd(), cyclicNot()]) {
      expect(() => P.simplify(cyclic)).toThrow(refused)
      expect(() => P.events(cyclic)).toThrow(refused)
      expect(() => P.agents(cyclic)).toThrow(refused)
      expect(() => P.likelihoods(cyclic)).toThrow(refused)
      expect(() => P.references(cyclic)).toThrow(refused)
      expect(() => P.render(cyclic, { event: String, actor: String })).toThrow(refused)
      expect(() => P.Eq.equals(cyclic, cyclic)).toThrow(refused)
      expect(() =>
        P.fold({
          occurs: () => 1,
          not: (r: number) => r,
          and: (rs: ReadonlyArray<number>) => rs.length,
          or: (rs: ReadonlyArray<number>) => rs.length,
          epistemic: (_: unknown, r: number) => r,
          ability: (_: unknown, r: number) => r,
          obligation: (_: unknown, r: number) => r,
        })(cyclic),
      ).toThrow(refused)
      expect(() => TL.evaluate({ timeline: TL.empty, asOf: Time.time('2031') })(cyclic)).toThrow(
        refused,
      )
      expect(() =>
        Threat.status({ timeline: TL.empty, asOf: Time.time('2031') })(threatOf(cyclic)),
      ).toThrow(refused)
      expect(() => Threat.demand(threatOf(cyclic))).toThrow(refused)
      expect(() => Threat.classifyByIds({ ...threatOf(cyclic), valence: 'positive' })).toThrow(
        refused,
      )
    }
  })
  it('a proposition 100,000 levels deep is refused at once; 200 levels are followed', () => {
    const far = deep(100_000)
    expect(() => P.simplify(far)).toThrow(refused)
    expect(() => P.events(far)).toThrow(refused)
    expect(() => TL.evaluate({ timeline: TL.empty, asOf: Time.time('2031') })(far)).toThrow(refused)
    const near = deep(200)
    expect(P.simplify(near)).toEqual(e)
    expect(P.events(near)).toEqual(['e'])
    expect(
      Threat.status({ timeline: TL.empty, asOf: Time.time('2031') })(threatOf(near)).kind,
    ).toBe('pending')
  })
})
