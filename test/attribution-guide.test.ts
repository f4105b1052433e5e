import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Likelihood } from '../src/index.js'

// docs/attribution.md prints the hedge lexicon; this test keeps the table identical to
// Likelihood.LEXICON. UPDATE_LEXICON=1 rewrites it.
const path = new URL('../docs/attribution.md', import.meta.url)
const BLOCK = /(<!-- lexicon -->\n)[\s\S]*?(<!-- \/lexicon -->)/

const table = (): string =>
  [
    '| cue | FactBank | ICD 203 row | why |',
    '| --- | --- | --- | --- |',
    ...Likelihood.LEXICON.map(
      (e) =>
        `| ${e.cue} | ${e.factuality} | ${e.band === undefined ? '—' : e.band.replace(/_/g, ' ')} | ${e.note} |`,
    ),
  ].join('\n')

describe('docs/attribution.md', () => {
  it('prints the hedge lexicon exactly', () => {
    const doc = readFileSync(path, 'utf8')
    expect(doc).toMatch(BLOCK)
    const next = doc.replace(
      BLOCK,
      (_, open: string, close: string) => `${open}${table()}\n${close}`,
    )
    if (process.env['UPDATE_LEXICON'] === '1') writeFileSync(path, next)
    else expect(doc).toBe(next)
  })
})
