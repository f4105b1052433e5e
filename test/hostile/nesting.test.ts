import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { Codec, Proposition, Report, Rules, Threat, Timeline, Time, Id } from '../../src/index.js'
import { codes, pipeline, seedJson } from './support.js'

const notNot = (depth: number): unknown => {
  let p: unknown = { kind: 'occurs', event: 'iraq-prevents-attack' }
  for (let i = 0; i < depth; i++) p = { kind: 'not', operand: p }
  return p
}

describe('hostile: deep nesting', () => {
  it('a proposition nested 100,000 levels deep is too_deep, at the path where the limit is crossed', () => {
    const json = seedJson()
    json.threats[0].condition = notNot(100_000)
    const found = codes(pipeline(json))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^\/threats\/0\/condition(\/operand)+ too_deep$/)
    // the limit counts from the root: /threats/0/condition is at depth 3
    expect(found[0]!.split('/').length - 1).toBe(Codec.MAX_DEPTH)
  })

  it('the nesting limit: MAX_DEPTH levels decode, one more does not', () => {
    const fits = Codec.MAX_DEPTH - 4 // the report, threats, 0 and condition come first
    const ok = seedJson()
    ok.threats[0].condition = notNot(fits)
    expect(codes(pipeline(ok))).toEqual([])
    const over = seedJson()
    over.threats[0].condition = notNot(fits + 1)
    expect(codes(pipeline(over)).map((c) => c.split(' ')[1])).toEqual(['too_deep'])
  })

  it('an attribution chain of 100,000 links is too_long (the limit is 1,000 links)', () => {
    const json = seedJson()
    json.statements[0].attribution.chain = Array.from({ length: 100_000 }, (_, i) => ({
      cue: `hop ${i}`,
    }))
    expect(codes(pipeline(json))).toEqual(['/statements/0/attribution/chain too_long'])
    json.statements[0].attribution.chain = Array.from({ length: 1000 }, (_, i) => ({
      cue: `hop ${i}`,
    }))
    expect(codes(pipeline(json))).toEqual([])
    json.statements[0].attribution.chain.push({ cue: 'one more' })
    expect(codes(pipeline(json))).toEqual(['/statements/0/attribution/chain too_long'])
  })

  it('a reply chain 100,000 long decodes (integrity checks are iterative), and a 100,000-long reply cycle is one cycle error', () => {
    const json = seedJson()
    const n = 100_000
    json.statements = Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      speakers: ['the-report'],
      act: 'assert',
      content: { kind: 'unstated' },
      ...(i > 0 ? { replyTo: `s${i - 1}` } : {}),
    }))
    const r = Report.decode(json)
    expect(E.isRight(r)).toBe(true)
    // the rules follow the chain too; they find only the seed's actors and threat that no
    // statement names now
    if (E.isRight(r)) {
      const issues = Rules.standard(r.right)
      expect(issues.length).toBeGreaterThan(0)
      expect([...new Set(issues.map((i) => i.code))].sort()).toEqual([
        'actor/unused',
        'threat/unused',
      ])
    }
    json.statements[0].replyTo = `s${n - 1}`
    expect(codes(Report.decode(json))).toEqual(['/statements/1/replyTo cycle'])
  })

  it('a threat revised 100,000 times has a history of 100,000 versions', () => {
    const json = seedJson()
    const base = json.threats[0]
    const id = (i: number) => (i === 0 ? base.id : `v${i}`)
    json.threats = Array.from({ length: 100_000 }, (_, i) => ({
      ...base,
      id: id(i),
      ...(i > 0 ? { revises: id(i - 1) } : {}),
    }))
    const r = Report.decode(json)
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) expect(Threat.history(Id.threat('v500'))(r.right)).toHaveLength(100_000)
  })

  it('cyclic JavaScript objects handed to decode are too_deep, not a stack overflow', () => {
    const json = seedJson()
    json.threats[0].condition = { kind: 'not', operand: null }
    json.threats[0].condition.operand = json.threats[0].condition
    expect(codes(pipeline(json)).map((c) => c.split(' ')[1])).toEqual(['too_deep'])
    const self: any = { format: 'claimgraph/1' }
    self.actors = [self]
    expect(E.isLeft(Report.decode(self))).toBe(true)
    const arr: any[] = []
    arr.push(arr)
    expect(
      codes(Codec.decode(Timeline.Timeline)({ entries: arr })).every((c) =>
        / (too_deep|invalid_type)$/.test(c),
      ),
    ).toBe(true)
    expect(Report.Report.is(self)).toBe(false)
  })

  it('functions on values built in code stay within the stack for decodable depths', () => {
    let p: Proposition.Proposition = Proposition.occurs(Id.event('e'))
    for (let i = 0; i < Codec.MAX_DEPTH; i++) p = Proposition.not(p)
    expect(Proposition.simplify(p)).toEqual(Proposition.occurs(Id.event('e')))
    expect(Timeline.evaluate({ timeline: Timeline.empty, asOf: Time.time('2024') })(p).value).toBe(
      'unknown',
    )
  })

  it('a value whose getters throw gets unreadable_input', () => {
    const json = seedJson()
    Object.defineProperty(json.actors[0], 'id', {
      get: () => {
        throw new Error('boom')
      },
      enumerable: true,
    })
    expect(codes(Report.decode(json))).toEqual([' unreadable_input'])
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap')
        },
      },
    )
    expect(codes(Report.decode(proxy))).toEqual([' unreadable_input'])
  })
})
