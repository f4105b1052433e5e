import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { Evidence, Report, Rules, Threat } from '../src/index.js'
import { report, text } from '../docs/examples/invented-article.js'

describe('the worked example: an invented article', () => {
  const r = E.getOrElseW(() => {
    throw new Error('the invented article does not decode')
  })(report)

  it('decodes from its own JSON', () => {
    expect(Report.decode(JSON.parse(JSON.stringify(Report.encode(r))))).toEqual(E.right(r))
  })
  it('has an ultimatum with a derived demand and an anonymous chain', () => {
    expect(Threat.classify(r)(r.threats[0]!)).toBe('ultimatum')
    expect(Report.isAnonymous(r)(r.statements[0]!.attribution!)).toBe(true)
    expect(r.statements[1]!.replyTo).toBe(r.statements[0]!.id)
  })
  it('covers every sentence, and the rules flag the single anonymous source', () => {
    expect(
      Evidence.uncovered(
        text,
        Report.spans(r).map(([, s]) => s),
      ),
    ).toEqual([])
    expect(Rules.standard(r).map((i) => i.code)).toEqual(['attribution/single-anonymous-source'])
  })
})
