import { readFileSync, existsSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { source } from '../src/fixtures/source.js'

const local = new URL('../seeds/000_87b2d1bdb5359199.txt', import.meta.url)
const shared = new URL('../../shared/seeds/000_87b2d1bdb5359199.txt', import.meta.url)
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')

describe('seeds', () => {
  it('seeds/ holds the seed document byte for byte', () => {
    // The shared copy sits beside the repository on development and CI machines.
    if (!existsSync(shared)) return expect(readFileSync(local).length).toBeGreaterThan(0)
    expect(sha(readFileSync(local))).toBe(sha(readFileSync(shared)))
  })

  it('the fixture embeds the seed text exactly', () => {
    expect(source).toBe(readFileSync(local, 'utf8'))
  })
})

describe('package', () => {
  it('exports every module as a deep import, with types first', async () => {
    const { readdirSync } = await import('node:fs')
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    const modules = readdirSync(new URL('../src', import.meta.url))
      .filter((f) => /^[A-Z]\w*\.ts$/.test(f))
      .map((f) => f.slice(0, -3))
    expect(Object.keys(pkg.exports).sort()).toEqual(
      ['.', './arbitrary', './fixtures', './package.json', ...modules.map((m) => `./${m}`)].sort(),
    )
    for (const m of modules) {
      expect(Object.keys(pkg.exports[`./${m}`].import)).toEqual(['types', 'default'])
      expect(pkg.exports[`./${m}`].require.default).toBe(`./dist/${m}.cjs`)
    }
  })
})

describe('runtime', () => {
  it('generates no code: no eval or new Function anywhere in the source', async () => {
    const { readdirSync } = await import('node:fs')
    const root = new URL('../src/', import.meta.url)
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    )
    expect(files.length).toBeGreaterThan(20)
    for (const f of files) {
      const text = readFileSync(new URL(f, root), 'utf8')
      expect(text, f).not.toMatch(/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/)
    }
  })
})
