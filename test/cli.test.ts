import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Report } from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'
import { VERSION } from '../src/cli/version.js'

// The suite runs the built command, as users do (`npm test` builds first).
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
const broken = JSON.stringify({
  ...JSON.parse(seedJson),
  statements: [{ id: 's', speakers: [], act: 'shout', content: { kind: 'none' } }],
})

describe('cli', () => {
  describe('inspect', () => {
    it('shows the seed report: actors by kind, statements, chains, hedges, the threat, a summary', () => {
      const r = run(['inspect'])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(
        'U.S. Warns Iraq of Possible Israeli Retaliation Over Planned Iranian Attack',
      )
      expect(r.stdout).toContain(
        'anonymous: U.S. officials (2); U.S. officials; U.S. official (1); a Shia militia official (1)',
      )
      expect(r.stdout).toContain("the Biden administration → warn → Iraq's government")
      expect(r.stdout).toContain('via: U.S. officials (2) —told→ Axios → the report')
      expect(r.stdout).toContain(
        'via: a Shia militia official (1) —noted→ (unattributed) —reportedly→ the report',
      )
      expect(r.stdout).toContain('hedges: reportedly (Uu)')
      expect(r.stdout).toContain('us-warning-to-iraq: warning from United States to Iraq')
      expect(r.stdout).toContain('demand: Iraq prevents the Iranian attack from its territory')
      expect(r.stdout).toContain('carried out by: Israel')
      expect(r.stdout).toContain('likelihood: could (PS+)')
      expect(r.stdout).toContain(
        '28 actors, 23 events, 18 statements (4 from anonymous sources), 1 threat',
      )
      expect(r.stdout).toContain('0 errors, 8 warnings, 0 info')
    })
    it('inspects a file, and fails clearly on bad ones', () => {
      expect(run(['inspect', file('seed.json', seedJson)]).code).toBe(0)
      const missing = run(['inspect', join(dir, 'nope.json')])
      expect([missing.code, missing.stderr.trim()]).toEqual([
        3,
        `${join(dir, 'nope.json')}: no such file`,
      ])
      expect(run(['inspect', file('bad.json', '{"format":')]).code).toBe(4)
      const invalid = run(['inspect', file('invalid.json', broken)])
      expect(invalid.code).toBe(1)
      expect(invalid.stderr).toContain('speakers: [too_short]')
      expect(invalid.stderr).not.toMatch(/at .*\.js:\d+/)
      expect(run(['inspect', file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d]))]).code).toBe(4)
      expect(run(['inspect', file('empty.json', '')]).stderr).toContain('file is empty')
      expect(run(['inspect', 'a', 'b']).code).toBe(2)
    })
  })

  it('shows bidirectional controls instead of obeying them', () => {
    const json = JSON.parse(seedJson)
    json.actors[1].name = 'United \u202Estates'
    const r = run(['inspect', file('bidi.json', JSON.stringify(json))])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('United <U+202E>states')
    expect(r.stdout).not.toContain('\u202E')
  })

  describe('check', () => {
    it('a valid report passes, with the standard findings shown', () => {
      const r = run(['check', file('seed.json', seedJson)])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('valid, with findings')
      expect(r.stdout.trim().split('\n').at(-1)).toBe(
        'checked 1 report in 1 file: 1 valid, 0 invalid, 8 warnings',
      )
    })
    it('--strict turns the findings into errors', () => {
      expect(run(['check', '--strict', file('seed.json', seedJson)]).code).toBe(1)
    })
    it('--format json prints one JSON object per line', () => {
      const r = run([
        'check',
        '--format',
        'json',
        file('seed.json', seedJson),
        file('invalid.json', broken),
      ])
      expect(r.code).toBe(1)
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      expect(lines[1]).toMatchObject({
        valid: false,
        stage: 'decode',
        issues: expect.arrayContaining([
          { path: '/statements/0/act', code: 'invalid_value', message: expect.any(String) },
        ]),
      })
      expect(lines.at(-1)).toEqual({
        summary: { reports: 2, valid: 1, invalid: 1, warnings: 8, exit: 1 },
      })
    })
    it('streams NDJSON, naming the line of each problem and still checking every valid report', () => {
      const ndjson = [seedJson, broken, '{"format":', '', seedJson].join('\n') + '\n'
      const r = run(['check', file('many.ndjson', ndjson)])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain('many.ndjson:2: invalid report')
      expect(r.stdout).toContain('many.ndjson:3: not valid JSON')
      expect(r.stdout).toContain('checked 3 reports in 1 file: 2 valid, 1 invalid, 16 warnings')
    })
    it('handles a BOM, CRLF line ends and a truncated last line', () => {
      const bom = run(['check', file('bom.ndjson', `\uFEFF${seedJson}\r\n${seedJson}\r\n`)])
      expect([bom.code, bom.stdout.trim().split('\n').at(-1)]).toEqual([
        0,
        'checked 2 reports in 1 file: 2 valid, 0 invalid, 16 warnings',
      ])
      const truncated = run(['check', file('cut.ndjson', `${seedJson}\n${seedJson.slice(0, 100)}`)])
      expect(truncated.code).toBe(4)
      expect(truncated.stdout).toContain('cut.ndjson:2: truncated line: no newline at the end')
      expect(truncated.stdout).toContain('1 valid')
      expect(run(['check', file('bom.json', `\uFEFF${seedJson}`)]).code).toBe(0)
    })
    it('gives distinct exit codes for missing files, directories, empty files, invalid UTF-8', () => {
      mkdirSync(join(dir, 'sub'), { recursive: true })
      const d = run(['check', join(dir, 'sub')])
      expect([d.code, d.stderr.trim()]).toEqual([3, `${join(dir, 'sub')}: is a directory`])
      expect(run(['check', join(dir, 'nope.ndjson')]).code).toBe(3)
      const empty = run(['check', file('empty.ndjson', '')])
      expect([empty.code, empty.stdout]).toEqual([
        4,
        expect.stringContaining('empty.ndjson: file is empty'),
      ])
      expect(run(['check', file('empty.json', '')]).code).toBe(4)
      expect(run(['check', file('blank.json', '  \n')]).stdout).toContain('only white space')
      const latin = run([
        'check',
        file(
          'latin1.ndjson',
          Buffer.concat([Buffer.from(seedJson + '\n'), Buffer.from([0x7b, 0xe9, 0x7d, 0x0a])]),
        ),
      ])
      expect(latin.code).toBe(4)
      expect(latin.stdout).toContain('latin1.ndjson:2: not valid UTF-8')
      expect(latin.stdout).toContain('1 valid')
    })
    it('reads standard input', () => {
      expect(run(['check', '-'], seedJson).code).toBe(0)
      expect(run(['check', '--ndjson', '-'], `${seedJson}\n${seedJson}\n`).stdout).toContain(
        'checked 2 reports',
      )
      expect(run(['inspect', '-'], seedJson).code).toBe(0)
    })
    it('a 50 MB single line gets a clear message', () => {
      const big = `{"format":"claimgraph/1","headline":"${'x'.repeat(50 * 1024 * 1024)}"`
      const r = run(['check', file('big.ndjson', big)])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain('big.ndjson:1: truncated line')
      expect(r.stdout.length).toBeLessThan(2000)
    })
  })

  describe('the command under faults', () => {
    it('a line longer than --max-size is malformed, with its line number; the lines before it are checked', () => {
      const long = `{"headline":"${'x'.repeat(40_000)}"}`
      const r = run([
        'check',
        '--max-size',
        '32K',
        file('long.ndjson', `${seedJson}\n${long}\n${seedJson}\n`),
      ])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain(
        'long.ndjson:2: the line is larger than the maximum document size of 32 KiB (see --max-size); the rest of the file is not checked',
      )
      expect(r.stdout).toContain('checked 1 report in 1 file: 1 valid')
    })
    it('a document larger than --max-size is malformed, for check and inspect', () => {
      const path = file('big.json', seedJson)
      const r = run(['check', '--max-size=4k', path])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain(
        'big.json: the file is larger than the maximum document size of 4 KiB',
      )
      expect(run(['inspect', '--max-size', '4096', path]).code).toBe(4)
      expect(run(['check', `--max-size=${Buffer.byteLength(seedJson)}`, path]).code).toBe(0)
      expect(run(['check', `--max-size=${Buffer.byteLength(seedJson) - 1}`, path]).code).toBe(4)
    })
    it('--max-size takes a size within bounds', () => {
      for (const bad of ['0', 'lots', '1T', '-1', '257M', '1.5M'])
        expect(run(['check', `--max-size=${bad}`, 'x']).code).toBe(2)
      expect(run(['check', '--max-size=256MiB', file('seed.json', seedJson)]).code).toBe(0)
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
    it('an NDJSON file of only blank lines holds no report: malformed (exit 4)', () => {
      const r = run(['check', file('blank.ndjson', '\n\n  \n')])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain('blank.ndjson: holds no report: all 3 lines are blank')
      expect(run(['check', file('one-blank.ndjson', '\n')]).stdout).toContain(
        'its one line is blank',
      )
      expect(run(['check', '--ndjson', '-'], '').stdout).toContain('<stdin>: file is empty')
    })
  })

  describe('usage', () => {
    it('help, version and usage errors', () => {
      expect(run(['--help']).stdout).toContain('Usage:')
      expect(run(['--version']).stdout.trim()).toBe(VERSION)
      expect(VERSION).toBe(
        JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version,
      )
      expect(run([]).code).toBe(2)
      expect(run(['frobnicate']).code).toBe(2)
      expect(run(['check']).code).toBe(2)
      expect(run(['check', '--format', 'xml', 'x']).code).toBe(2)
      expect(run(['check', '--format=yaml', 'x']).code).toBe(2)
      expect(run(['check', '--bogus', 'x']).code).toBe(2)
      expect(run(['check', '--format=json', file('seed.json', seedJson)]).code).toBe(0)
    })
    it("inspect --help and check --help show the command's own help, exit 0", () => {
      for (const c of ['inspect', 'check']) {
        const r = run([c, '--help'])
        expect([r.code, r.stderr]).toEqual([0, ''])
        expect(r.stdout).toContain(`Usage: claimgraph ${c} [options]`)
        expect(r.stdout).toContain('--max-size SIZE')
        expect(run([c, '-h']).stdout).toBe(r.stdout)
      }
    })
    it('inspect --bogus is a usage error (exit 2), not a missing file', () => {
      const r = run(['inspect', '--bogus'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('unknown option --bogus')
      expect(r.stderr).not.toContain('no such file')
    })
    it('check -s x is an unknown option with a suggestion, not a file named -s', () => {
      const r = run(['check', '-s', 'x'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('unknown option -s (did you mean --strict?)')
    })
    it('-- ends the options: a file named like an option is read as a file', () => {
      const odd = join(dir, '--strict')
      writeFileSync(odd, seedJson)
      const r = spawnSync('node', [cli, 'check', '--', '--strict'], { cwd: dir, encoding: 'utf8' })
      expect(r.status).toBe(0)
      expect(r.stdout).toContain('checked 1 report in 1 file: 1 valid')
      expect(run(['check', '--', '-missing']).stderr).toContain('-missing: no such file')
    })
    it('an unknown command gets a suggestion', () => {
      const r = run(['chekc', 'x'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('unknown command "chekc" (did you mean "check"?)')
    })
    it('a reader that stops early (| head -1) ends the command quietly, exit 0', () => {
      // `true` reads nothing: the first write meets a closed pipe (EPIPE) every time
      for (const reader of ['head -1 >/dev/null', 'true'])
        for (const args of ['inspect', `check ${file('seed.json', seedJson)}`, '--help']) {
          const r = spawnSync(
            'bash',
            [
              '-c',
              `node ${JSON.stringify(cli)} ${args} | ${reader}; echo "exit:\${PIPESTATUS[0]}"`,
            ],
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
      expect(r.stdout.trim().split('\n').at(-1)).toBe('exit:1')
      expect(r.stderr).toBe('')
    })
  })
})
