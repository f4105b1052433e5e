import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain JavaScript module without declarations
import { synthetic } from '../../bench/synthetic.mjs'
import { runIn } from '../support/cli.js'

// The built command, as users run it (`npm test` builds first): workers need the build.
const cli = new URL('../../dist/cli.js', import.meta.url).pathname
const run = (args: ReadonlyArray<string>) => {
  const r = spawnSync('node', [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-jobs-'))
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const good = JSON.stringify(synthetic(10))
const dangling = (() => {
  const r = synthetic(10)
  r.statements[3].speakers = ['nobody']
  return JSON.stringify(r)
})()
const misspelled = good.replace('"headline"', '"headlin"')

/** A stream of several batches, with every kind of line at irregular places. */
const stream = (n: number): Buffer => {
  const parts: Buffer[] = []
  for (let i = 0; i < n; i++) {
    const line =
      i % 97 === 5
        ? dangling
        : i % 211 === 7
          ? misspelled
          : i % 331 === 9
            ? '{"not": "json"'
            : i % 401 === 11
              ? ''
              : good
    parts.push(Buffer.from(`${line}${i % 5 === 0 ? '\r\n' : '\n'}`))
    if (i === 1234) parts.push(Buffer.from([0xff, 0xfe, 0x0a])) // not UTF-8
  }
  return Buffer.concat(parts)
}

describe('cli', () => {
  describe('check --jobs', () => {
    const big = file('big.ndjson', stream(3000))

    for (const format of ['text', 'json'])
      it(`--jobs 2 says exactly what --jobs 1 says, in the same order (--format ${format})`, () => {
        const one = run(['check', '--format', format, '--jobs', '1', big])
        const two = run(['check', '--format', format, '--jobs', '2', big])
        expect(one.code).toBe(4)
        expect(two.code).toBe(one.code)
        expect(two.stdout).toBe(one.stdout)
        expect(two.stderr).toBe(one.stderr)
        expect(one.stdout).toMatch(
          /big\.ndjson:1236\W+(?:valid\W+false\W+stage\W+parse\W+message\W+)?not valid UTF-8/,
        )
        expect(one.stdout).toContain('dangling_reference')
        expect(one.stdout).toContain('unknown_key')
      })

    it('a line over the maximum size stops the stream at the same place', () => {
      const lines = stream(1500).toString('utf8').split('\n')
      lines.splice(1200, 0, `{"pad":"${'x'.repeat(20_000)}"}`)
      const f = file('long.ndjson', lines.join('\n'))
      const one = run(['check', '--jobs', '1', '--max-size', '16K', f])
      const two = run(['check', '--jobs', '2', '--max-size', '16K', f])
      expect(two).toEqual(one)
      expect(one.stdout).toContain('larger than the maximum document size')
    })

    it('several files, standard input and whole documents keep their order', () => {
      const a = file('a.ndjson', stream(800))
      const doc = file('doc.json', good)
      const one = run(['check', '--jobs', '1', a, doc, a])
      const two = run(['check', '--jobs', '3', a, doc, a])
      expect(two).toEqual(one)
    })

    it('--nulls absent reaches the worker threads', () => {
      const r = synthetic(10)
      r.statements[0].channel = null
      const f = file('nulls.ndjson', `${JSON.stringify(r)}\n`.repeat(300))
      const one = run(['check', '--nulls', 'absent', '--jobs', '1', f])
      const two = run(['check', '--nulls', 'absent', '--jobs', '2', f])
      expect(one.code).toBe(0)
      expect(two).toEqual(one)
      expect(run(['check', '--jobs', '2', f]).code).toBe(1)
    })

    it('rejects a number of jobs that is not one', async () => {
      for (const bad of ['0', 'two', '1000', '1.5', '']) {
        const r = await runIn(['check', `--jobs=${bad}`, 'x.ndjson'])
        expect(r.code, bad).toBe(2)
        expect(r.stderr).toContain('--jobs takes a number of threads from 1 to 256')
      }
      expect((await runIn(['check', '--jobs', '-1', 'x.ndjson'])).code).toBe(2)
    })
  })
})
