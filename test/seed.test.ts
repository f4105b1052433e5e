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

  it('seeds/README.md states the source, size and hash of the seed text', () => {
    const readme = readFileSync(new URL('../seeds/README.md', import.meta.url), 'utf8')
    const bytes = readFileSync(local)
    expect(readme).toContain(sha(bytes))
    expect(readme).toContain(`${bytes.length.toLocaleString('en-US')} bytes`)
    expect(readme).toMatch(/\*\*Source\.\*\*/)
  })

  it('the fixture embeds the seed text exactly', () => {
    expect(source).toBe(readFileSync(local, 'utf8'))
  })
})

describe('package', () => {
  it('package.json "exports" and "typesVersions" are derived from scripts/entries.mjs (run `node scripts/exports.mjs`)', async () => {
    // @ts-expect-error a plain JavaScript build script, without declarations
    const { expected } = await import('../scripts/exports.mjs')
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    const want = expected()
    expect(pkg.exports).toEqual(want.exports)
    expect(pkg.typesVersions).toEqual(want.typesVersions)
  })

  it('every module is a deep import; each entry has types first, a bundler build and a Node build', async () => {
    const { readdirSync } = await import('node:fs')
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    const modules = readdirSync(new URL('../src', import.meta.url))
      .filter((f) => /^[A-Z]\w*\.ts$/.test(f))
      .map((f) => f.slice(0, -3))
    const interop = readdirSync(new URL('../src/interop', import.meta.url))
      .filter((f) => /^[a-z][\w-]*\.ts$/.test(f))
      .map((f) => `./interop/${f.slice(0, -3)}`)
    expect(interop).toContain('./interop/plover')
    for (const m of [
      '.',
      './fixtures',
      './arbitrary',
      ...modules.map((x) => `./${x}`),
      ...interop,
    ]) {
      const entry = pkg.exports[m]
      expect(Object.keys(entry), m).toEqual(['types', 'module', 'default'])
      expect(entry.types, m).toMatch(/^\.\/dist\/types\/.+\.d\.cts$/)
      // the ES module of the source module, for bundlers; the CommonJS build of the entry
      expect(entry.module, m).toMatch(/^\.\/dist\/esm\/.+\.js$/)
      expect(entry.default, m).toMatch(/^\.\/dist\/[^/]+(?:\/[^/]+)?\.cjs$/)
      expect(entry.module.replace(/^\.\/dist\/esm\/|(?:\/index)?\.js$/g, ''), m).toBe(
        m === '.' ? 'index' : m.slice(2),
      )
      expect(entry.default.replace(/^\.\/dist\/|\.cjs$/g, ''), m).toBe(
        m === '.' ? 'index' : m.slice(2),
      )
      if (m !== '.') expect(pkg.typesVersions['*'][m.slice(2)], m).toEqual([entry.types])
    }
    expect(pkg.exports['./package.json']).toBe('./package.json')
    for (const key of ['repository', 'homepage', 'bugs'])
      expect(JSON.stringify(pkg[key])).toContain('github.com/claimgraph/claimgraph')
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
