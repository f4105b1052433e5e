import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Report } from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'

// The built command in a process of its own, as users run it (`npm run test:hostile`
// builds first): pipes whose reader goes away, endless input, memory, large files.
const cli = new URL('../dist/cli.js', import.meta.url).pathname
const run = (args: ReadonlyArray<string>, input?: string | Buffer) => {
  const r = spawnSync('node', [cli, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-cli-'))
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const seedJson = JSON.stringify(Report.encode(fixtures.report))

describe('cli, as a process', () => {
  it('a 50 MB single line gets a clear message', () => {
    const big = `{"format":"claimgraph/1","headline":"${'x'.repeat(50 * 1024 * 1024)}"`
    const r = run(['check', file('big.ndjson', big)])
    expect(r.code).toBe(4)
    expect(r.stdout).toContain('big.ndjson:1: truncated line')
    expect(r.stdout.length).toBeLessThan(2000)
  })

  it('an endless line or document ends in bounded memory: check /dev/zero', () => {
    for (const args of ['check /dev/zero', 'check --ndjson - < /dev/zero', 'inspect /dev/zero']) {
      const r = spawnSync(
        'bash',
        ['-c', `/usr/bin/time -f "rss:%M" node ${JSON.stringify(cli)} ${args} --max-size 1M`],
        { encoding: 'utf8', timeout: 30_000 },
      )
      expect(r.status, args).toBe(4)
      // kilobytes: the command's own heap, not the 1 MiB limit times anything large
      expect(Number(/rss:(\d+)/.exec(r.stderr)?.[1]), args).toBeLessThan(200_000)
    }
    // with the default limit too (64 MiB)
    const r = spawnSync('node', [cli, 'check', '/dev/zero'], {
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect([r.status, r.stdout]).toEqual([
      4,
      expect.stringContaining('larger than the maximum document size of 64 MiB'),
    ])
  })

  it('-- ends the options: a file named like an option is read as a file', () => {
    const odd = join(dir, '--strict')
    writeFileSync(odd, seedJson)
    const r = spawnSync('node', [cli, 'check', '--', '--strict'], { cwd: dir, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('checked 1 report in 1 file: 1 valid')
    expect(run(['check', '--', '-missing']).stderr).toContain('-missing: no such file')
  })

  it('a reader that stops early (| head -1) ends the command quietly, exit 0', () => {
    // `true` reads nothing: the first write meets a closed pipe (EPIPE) every time
    for (const reader of ['head -1 >/dev/null', 'true'])
      for (const args of ['inspect', `check ${file('seed.json', seedJson)}`, '--help']) {
        const r = spawnSync(
          'bash',
          ['-c', `node ${JSON.stringify(cli)} ${args} | ${reader}; echo "exit:\${PIPESTATUS[0]}"`],
          { encoding: 'utf8' },
        )
        expect(r.stdout.trim()).toBe('exit:0')
        expect(r.stderr).toBe('')
      }
    // many reports: the command stops reading once its reader is gone
    const many = file('many-valid.ndjson', `${seedJson}\n`.repeat(300))
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node ${JSON.stringify(cli)} check --strict ${many} | head -1; echo "exit:\${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    )
    // the seed passes --strict (its findings are sourcing findings): exit 0
    expect(r.stdout.trim().split('\n').at(-1)).toBe('exit:0')
    expect(r.stderr).toBe('')
  })
})
