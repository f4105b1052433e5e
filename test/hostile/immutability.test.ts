import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { Render, Report, Rules, Threat, Timeline, Time } from '../../src/index.js'
import * as fixtures from '../../src/fixtures/index.js'
import { deepFreeze, seedJson, seedText } from './support.js'

describe('hostile: immutability', () => {
  it('decoders, validators and renderers accept deep-frozen input and leave it as it was', () => {
    const input = deepFreeze(seedJson())
    const r = Report.decode(input)
    expect(E.isRight(r)).toBe(true)
    if (E.isLeft(r)) return
    const frozen = deepFreeze(r.right)
    Rules.strict(frozen)
    Render.inspect(frozen)
    Threat.history(fixtures.threats.warning.id)(frozen)
    Threat.status({ timeline: deepFreeze(Timeline.empty), asOf: Time.time('2025') })(
      frozen.threats[0]!,
    )
    expect(JSON.stringify(input)).toBe(seedText)
  })

  it('results share no mutable structure with the input or with each other', () => {
    const input = seedJson()
    const a = Report.decode(input)
    const b = Report.decode(input)
    if (E.isLeft(a) || E.isLeft(b)) throw new Error('decode')
    expect(a.right).toEqual(b.right)
    expect(a.right).not.toBe(b.right)
    expect(a.right.actors).not.toBe(input.actors)
    expect(a.right.actors[0]).not.toBe(b.right.actors[0])
    expect(a.right.threats[0]!.condition).not.toBe(input.threats[0].condition)
    ;(input.actors[1] as any).name = 'changed'
    expect((a.right.actors[1] as any).name).toBe('United States')
  })

  it('the fixture is frozen-safe: validating it twice gives the same answer', () => {
    expect(Rules.standard(fixtures.report)).toEqual(Rules.standard(fixtures.report))
  })
})
