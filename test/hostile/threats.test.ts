import { describe, expect, it } from 'vitest'
import { Id, Proposition as P, Time, Timeline as TL } from '../../src/index.js'

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
})
