import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain JavaScript build script, without declarations
import { sync, untied } from '../scripts/examples.mjs'

const examples = readdirSync(new URL('../docs/examples', import.meta.url)).filter((f) =>
  f.endsWith('.ts'),
)

describe('docs', () => {
  it('every TypeScript sample in the README, the guides and the API docs is tied to an example', () => {
    expect(untied()).toEqual([])
  })

  it('every sample is identical to its example (run `node scripts/examples.mjs` to update)', () => {
    expect(sync({ write: false })).toEqual([])
  })

  for (const file of examples) {
    it(`example ${file} runs`, async () => {
      await expect(import(`../docs/examples/${file}`)).resolves.toBeDefined()
    })
  }
})

describe('docs: the diagram of the seed report', () => {
  it('docs/modeling-an-article.md embeds exactly what Render.mermaid draws from the fixture (run `npm run docs:diagram`)', async () => {
    const { readFileSync } = await import('node:fs')
    const { Render } = await import('../src/index.js')
    const fixtures = await import('../src/fixtures/index.js')
    const doc = readFileSync(new URL('../docs/modeling-an-article.md', import.meta.url), 'utf8')
    const embedded = /<!-- diagram: seed -->\n```mermaid\n([\s\S]*?)\n```/.exec(doc)?.[1]
    const drawn = Render.mermaid(fixtures.report)
    expect(embedded).toBe(drawn)
    expect(drawn).toContain('t_us_warning_to_iraq{{"warning: us-warning-to-iraq"}}')
    expect(drawn).toContain('a_two_us_officials -- "told" --> a_axios')
    expect(drawn).toContain('a_axios --> a_the_report')
    expect(drawn).toContain('t_us_warning_to_iraq -- "carried out by" --> a_israel')
  })
})

describe('docs: the API reference', () => {
  it('every export of every module has JSDoc with a @category from the vocabulary and a @since', async () => {
    const { readFileSync, readdirSync } = await import('node:fs')
    const vocabulary = new Set([
      'model',
      'constructors',
      'codecs',
      'guards',
      'combinators',
      'queries',
      'errors',
      'utils',
    ])
    const missing: string[] = []
    const dir = new URL('../src/', import.meta.url)
    const files = [
      ...readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts'),
      ...readdirSync(new URL('interop/', dir))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `interop/${f}`),
    ]
    expect(files).toContain('interop/plover.ts')
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), 'utf8')
      for (const m of text.matchAll(
        /(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\n)?export (?:declare )?(?:const|function|type|interface|class) (\w+)/g,
      )) {
        const doc = m[1] ?? ''
        const category = /@category (\w+)/.exec(doc)?.[1]
        if (
          category === undefined ||
          !vocabulary.has(category) ||
          !/@since \d+\.\d+\.\d+/.test(doc)
        )
          missing.push(`${file}: ${m[2]}`)
      }
    }
    expect(missing).toEqual([])
  })
})
