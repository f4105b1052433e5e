import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Report } from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'

// The built library and command (`npm test` builds first), run by a Node that refuses to
// generate code from strings, as a content security policy without 'unsafe-eval' does.
const dist = new URL('../dist/', import.meta.url)
const node = (args: ReadonlyArray<string>, input?: string) =>
  spawnSync('node', ['--disallow-code-generation-from-strings', ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 1 << 26,
  })

const script = `
import * as L from ${JSON.stringify(new URL('index.cjs', dist).href)}
import * as fixtures from ${JSON.stringify(new URL('fixtures.cjs', dist).href)}
const { Report, Codec, Actor, Statement } = L
const text = JSON.stringify(Report.encode(fixtures.report))
const ok = (r) => { if (r._tag !== 'Right') throw new Error(JSON.stringify(r.left.issues.slice(0, 3))) }
ok(Report.decode(JSON.parse(text)))
ok(Report.decode(JSON.parse(text), { share: true }))
ok(Report.decode(JSON.parse(text), { nulls: 'absent' }))
ok(Report.fromJson(text))
const bad = JSON.parse(text); bad.actors[0].id = 'not an id!'
if (Report.decode(bad)._tag !== 'Left') throw new Error('an invalid report decoded')
if (!Report.Report.is(JSON.parse(text))) throw new Error('is')
for (const [name, ns] of Object.entries(L))
  for (const [k, v] of Object.entries(ns))
    if (v instanceof Codec.Codec) Codec.decode(v)(null)
let refused = false
try { new Function('return 1') } catch { refused = true }
console.log(refused ? 'code generation refused; decoded' : 'code generation allowed')
`

describe('content security policy', () => {
  it('the whole decode path runs under --disallow-code-generation-from-strings', () => {
    const r = node(['--input-type=module', '-e', script])
    expect(r.stderr).toBe('')
    expect(r.stdout.trim()).toBe('code generation refused; decoded')
  })

  it('claimgraph check runs under it too, in this thread and in worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-csp-'))
    const line = JSON.stringify(Report.encode(fixtures.report))
    const f = join(dir, 'reports.ndjson')
    writeFileSync(f, `${line}\n`.repeat(600))
    for (const jobs of ['1', '2']) {
      const r = node([new URL('cli.js', dist).pathname, 'check', '--jobs', jobs, f])
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      expect(r.stdout).toContain('checked 600 reports in 1 file: 600 valid')
    }
  })
})
