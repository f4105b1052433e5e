import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { Codec, DecodeError, Proposition, Report, Rules, Validator } from '../../src/index.js'
import { codes, pipeline, seedJson } from './support.js'

describe('hostile: huge inputs', () => {
  it('a million actors decode', () => {
    const json = seedJson()
    for (let i = 0; i < 1_000_000; i++)
      json.actors.push({
        kind: 'anonymous',
        id: `a${i}`,
        description: 'an official',
        count: 'unknown',
        affiliation: 'us',
      })
    const r = Report.decode(json)
    expect(E.isRight(r) && r.right.actors.length).toBe(1_000_028)
  })

  it('a million bad actors give at most MAX_ISSUES issues, then too_many_issues', () => {
    const json = seedJson()
    for (let i = 0; i < 1_000_000; i++) json.actors.push({ kind: 'robot', id: `a${i}` })
    const r = Report.decode(json)
    expect(E.isLeft(r) && r.left.issues.length).toBe(DecodeError.MAX_ISSUES + 1)
    expect(E.isLeft(r) && r.left.issues.at(-1)).toEqual({
      path: [],
      code: 'too_many_issues',
      message: 'decoding stopped after 1000 issues; fix these and decode again to see the rest',
    })
  })

  it('a 10 MB string field is too_long, and the message quotes none of it', () => {
    const json = seedJson()
    json.headline = 'x'.repeat(10 * 1024 * 1024)
    const r = pipeline(json)
    expect(codes(r)).toEqual(['/headline too_long'])
    expect(E.isLeft(r) && r.left.issues[0].message.length).toBeLessThan(120)
  })

  it('string limits: MAX_STRING_LENGTH characters of text decode, one more does not', () => {
    const json = seedJson()
    delete json.text // spans would no longer match
    json.text = 'y'.repeat(Codec.MAX_STRING_LENGTH)
    for (const s of json.statements) delete s.evidence
    for (const s of json.statements) for (const l of s.attribution?.chain ?? []) delete l.evidence
    for (const n of [...json.events, ...json.threats]) delete n.evidence
    expect(codes(pipeline(json))).toEqual([])
    json.text += 'y'
    expect(codes(pipeline(json))).toEqual(['/text too_long'])
  })

  it('messages quote at most a short prefix of a value', () => {
    const json = seedJson()
    json.events[0].time = 'z'.repeat(5_000_000)
    json.actors[1].kind = 'k'.repeat(5_000_000)
    json.statements[0].act = 'a'.repeat(5_000_000)
    json['q'.repeat(1_000_000)] = 1
    const r = pipeline(json)
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      expect(r.left.issues).toHaveLength(4)
      for (const i of r.left.issues) expect(i.message.length, i.code).toBeLessThan(400)
    }
  })

  it('id length: 128 characters decode, 129 do not', () => {
    const ok = seedJson()
    ok.actors.push({ kind: 'state', id: 'a'.repeat(128), name: 'x', country: 'XXX' })
    expect(codes(pipeline(ok))).toEqual([])
    const over = seedJson()
    over.actors.push({ kind: 'state', id: 'a'.repeat(129), name: 'x', country: 'XXX' })
    expect(codes(pipeline(over))).toEqual(['/actors/28/id too_long'])
  })

  it('half a million agents of one proposition: its queries answer, nothing overflows', () => {
    const agents = Array.from({ length: 500_000 }, (_, i) => `a${i}`)
    const r = Codec.decode(Proposition.Proposition)({
      kind: 'ability',
      agents,
      operand: { kind: 'occurs', event: 'e' },
    })
    if (E.isLeft(r)) throw new Error(DecodeError.toTree(r.left))
    expect(Proposition.agents(r.right)).toHaveLength(500_000)
    expect(Proposition.events(r.right)).toEqual(['e'])
    expect(Proposition.likelihoods(r.right)).toEqual([])
  })

  it('a validator may return half a million issues for one node', () => {
    const many: Validator.Validator<Validator.Focus<unknown>> = ({ path }) =>
      path[1] === 0
        ? Array.from({ length: 500_000 }, () => ({
            code: 'x',
            severity: 'info' as const,
            message: 'x',
            path,
          }))
        : []
    const json = seedJson()
    const report = Report.decode(json)
    if (E.isLeft(report)) throw new Error(DecodeError.toTree(report.left))
    const issues = Validator.concat(Rules.standard)(Validator.actors(many))(report.right)
    expect(issues.length).toBe(500_000 + 8)
  })
})
