import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Render, type Report } from '../src/index.js'

// docs/modeling-patterns.md shows, for each pattern, what `claimgraph inspect` prints for
// the report its example builds. The blocks are generated from the examples; this test
// fails when they drift. UPDATE_PATTERNS=1 rewrites them.
const path = new URL('../docs/modeling-patterns.md', import.meta.url)
const BLOCK = /(<!-- inspect: ([\w-]+) -->\n```text\n)((?:(?!```)[\s\S])*)```/g

describe('docs/modeling-patterns.md', () => {
  const doc = readFileSync(path, 'utf8')
  const names = [...doc.matchAll(BLOCK)].map((m) => m[2]!)

  it('shows every pattern example, each with its code and what inspect shows', () => {
    const examples = readdirSync(new URL('../docs/examples', import.meta.url))
      .filter((f) => f.startsWith('pattern-'))
      .map((f) => f.slice(0, -3))
    expect(examples.length).toBeGreaterThanOrEqual(15)
    for (const name of examples) {
      expect(doc, name).toContain(`<!-- example: ${name} -->`)
      expect(names, name).toContain(name)
    }
  })

  it('what inspect shows is what Render.inspect prints for each example', async () => {
    const shown = new Map<string, string>()
    for (const name of names) {
      const m = (await import(`../docs/examples/${name}.ts`)) as { report: Report.Report }
      shown.set(name, `${Render.inspect(m.report)}\n`)
    }
    const next = doc.replace(
      BLOCK,
      (_, open: string, name: string) => `${open}${shown.get(name)}\`\`\``,
    )
    if (process.env['UPDATE_PATTERNS'] === '1') writeFileSync(path, next)
    else expect(doc).toBe(next)
  })
})
