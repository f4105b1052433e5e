import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Builds the API reference as `npm run docs` does (warnings are errors), into a directory
// of its own, and reads the generated HTML.
const out = mkdtempSync(join(tmpdir(), 'claimgraph-site-'))
const page = (path: string) => readFileSync(join(out, path), 'utf8')
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
/** The comment that opens a page: the first comment panel. */
const opening = (html: string) =>
  /<section class="tsd-panel tsd-comment">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''

beforeAll(() => {
  const r = spawnSync('node', ['node_modules/typedoc/bin/typedoc', '--out', out], {
    cwd: new URL('..', import.meta.url).pathname,
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`typedoc failed:\n${r.stdout}\n${r.stderr}`)
}, 300_000)
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('docs: the generated API reference', () => {
  const modules = readdirSync(new URL('../src', import.meta.url))
    .filter((f) => /^[A-Z]\w*\.ts$/.test(f))
    .map((f) => f.slice(0, -3))

  it('the Threat and Report pages open with the module header and its example', () => {
    const threat = opening(page('modules/index.Threat.html'))
    expect(text(threat)).toContain('Conditional threats as a structure of their own')
    expect(threat).toContain('Example')
    expect(text(threat)).toContain("assert.equal(Threat.classify({ actors })(warning), 'warning')")
    const report = opening(page('modules/index.Report.html'))
    expect(text(report)).toContain('A news report as a graph')
    expect(report).toContain('Example')
  })

  it('every module page opens with its header: its first sentence, and its example when it has one', () => {
    const missing: string[] = []
    for (const m of modules) {
      const source = readFileSync(new URL(`../src/${m}.ts`, import.meta.url), 'utf8')
      const header = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? ''
      const first =
        header
          .split('\n')
          .map((l) => l.replace(/^\s*\*\s?/, ''))
          .find((l) => l.trim() !== '') ?? ''
      const html = opening(page(`modules/index.${m}.html`))
      if (
        !text(html)
          .replace(/\s+/g, ' ')
          .includes(
            first
              .replace(/\{@link (\w+)\}/g, '$1')
              .replace(/`/g, '')
              .trim(),
          )
      )
        missing.push(`${m}: header`)
      if (header.includes('@example') && !html.includes('Example')) missing.push(`${m}: example`)
    }
    expect(missing).toEqual([])
  })

  it('the Mermaid diagram is drawn by mermaid, from a copy of its script in the site', () => {
    const html = page('documents/Modeling_an_article.html')
    expect(html).toContain('<pre class="mermaid">flowchart LR')
    expect(html).not.toContain('<code class="mermaid">')
    expect(html).toMatch(/<script src="(\.\.\/)?assets\/mermaid\.min\.js"><\/script>/)
    expect(existsSync(join(out, 'assets/mermaid.min.js'))).toBe(true)
  })

  it('SECURITY and CHANGELOG are pages of the site', () => {
    expect(text(page('documents/SECURITY.html'))).toContain('Guarantees')
    expect(existsSync(join(out, 'documents/CHANGELOG.html'))).toBe(true)
  })

  it("the README's links to guides lead to the guides' pages", () => {
    const index = page('index.html')
    expect(index).toContain('href="documents/Getting_started.html"')
    expect(index).not.toMatch(
      /href="https:\/\/github\.com\/claimgraph\/claimgraph\/blob\/main\/docs\//,
    )
  })
})
