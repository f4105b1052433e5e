import { describe, expect, it } from 'vitest'
import { Report, Rules } from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'
// @ts-expect-error a plain JavaScript module, shared with the summary script
import { variants } from './defects/corpus.mjs'
// @ts-expect-error a plain JavaScript module
import { ceasefire, tariffs } from './defects/articles.mjs'

interface Variant {
  readonly name: string
  readonly defect: string
  readonly base: 'seed' | 'tariffs' | 'ceasefire'
  readonly expected: ReadonlyArray<string>
  readonly also?: ReadonlyArray<string>
  readonly pending?: string
  readonly skip?: string
  readonly options?: object
  readonly build: () => unknown
}

const seedJson = JSON.parse(JSON.stringify(Report.encode(fixtures.report)))
const corpus: ReadonlyArray<Variant> = variants(seedJson)

/** The codes of the data defects found in the first round: decoding and the strict rules together. */
const firstRound = (input: unknown, options: object = {}): ReadonlySet<string> => {
  const r = Rules.review({ rules: Rules.strict, ...options })(input)
  return new Set(Rules.repairs([...r.decode, ...r.issues]).map((x) => x.code))
}

describe('the defect corpus', () => {
  it('holds at least 60 defective variants, of the seed and of invented articles, each labelled', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60)
    expect(new Set(corpus.map((v) => v.name)).size).toBe(corpus.length)
    expect(new Set(corpus.map((v) => v.base))).toEqual(new Set(['seed', 'tariffs', 'ceasefire']))
    for (const v of corpus) expect(v.skip !== undefined || v.expected.length > 0, v.name).toBe(true)
  })

  it('its bases have no defect: the seed and both invented articles pass the strict rules', () => {
    for (const base of [seedJson, tariffs(Report.FORMAT), ceasefire(Report.FORMAT)])
      expect([...firstRound(base)]).toEqual([])
  })

  for (const v of corpus) {
    const test = v.skip !== undefined ? it.skip : v.pending !== undefined ? it.fails : it
    test(`${v.defect} — ${v.name}: caught by ${v.expected.join(', ')} in the first round`, () => {
      const found = firstRound(v.build(), v.options)
      for (const code of v.expected)
        expect(found, `${code} in ${[...found].join(', ')}`).toContain(code)
      // and nothing else: a planted defect draws its own codes, not false alarms
      const allowed = new Set([...v.expected, ...(v.also ?? [])])
      expect([...found].filter((c) => !allowed.has(c))).toEqual([])
    })
  }
})
