import { existsSync, readdirSync, readFileSync } from 'node:fs'
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

  it('samples import fp-ts as fp-ts/lib/X.js, which plain Node ESM can load (never fp-ts/X)', () => {
    const wrong: string[] = []
    for (const file of examples) {
      const text = readFileSync(new URL(`../docs/examples/${file}`, import.meta.url), 'utf8')
      for (const m of text.matchAll(/from '(fp-ts[^']*)'/g))
        if (!/^fp-ts\/lib\/\w+\.js$/.test(m[1]!)) wrong.push(`${file}: ${m[1]}`)
    }
    expect(wrong).toEqual([])
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
    expect(drawn).toContain('t_us__warning__to__iraq{{"warning (us-warning-to-iraq)"}}')
    expect(drawn).toContain('a_two__us__officials -- "told" --> a_axios')
    expect(drawn).toContain('a_axios --> a_the__report')
    expect(drawn).toContain('t_us__warning__to__iraq -- "carried out by" --> a_israel')
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

describe('docs: the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  it('links are absolute, so they work on the registry page too', () => {
    const relative = [...readme.matchAll(/\]\(([^)]+)\)/g)]
      .map((m) => m[1]!)
      .filter((href) => !/^https:\/\//.test(href))
    expect(relative).toEqual([])
    for (const m of readme.matchAll(
      /https:\/\/github\.com\/claimgraph\/claimgraph\/blob\/main\/([^)#\s]+)/g,
    ))
      expect(existsSync(new URL(`../${m[1]}`, import.meta.url)), m[1]).toBe(true)
  })
  it('keeps exactly its two set-up commands', () => {
    const setup = /## On a fresh machine[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(
      setup
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.split('#')[0]!.trim()),
    ).toEqual(['npm ci && npm start', 'npm ci && npm test'])
  })
})
