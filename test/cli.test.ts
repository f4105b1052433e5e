/* eslint-disable no-control-regex -- these tests look for control characters */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Report } from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'
import { VERSION } from '../src/cli/version.js'
import { runIn } from './support/cli.js'

// The command runs in this process, with its output captured; cli.slow.test.ts runs the
// built command as users do, for what needs a process of its own (pipes, signals, memory).
const run = (args: ReadonlyArray<string>, input?: string | Buffer) =>
  runIn(args, input === undefined ? {} : { stdin: input })
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
    it('shows the seed report: actors by kind, statements, chains, hedges, the threat, a summary', async () => {
      const r = await run(['inspect'])
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
      expect(r.stdout).toContain('0 errors, 0 warnings, 0 info; 8 sourcing findings')
      // statement ids beside statements, times of events, no unknown publication details
      expect(r.stdout).toContain(
        "\n  administration-warned-iraq: the Biden administration → warn → Iraq's government\n",
      )
      expect(r.stdout).toContain('(occurred, XXXX-10-25)')
      expect(r.stdout.split('\n')[1]).toBe('language: en')
      expect(r.stdout).not.toContain('reports statement')
      expect(r.stdout).toContain(
        "\n\nValidation (standard rules)\n  sourcing (the article's assessment, not a defect of the data):\n  warning attribution/missing  /statements/6 (sullivan-blinken-pressed-al-sudani)\n",
      )
    })
    it('wraps to --width, or to COLUMNS', async () => {
      const lines = (s: string) => s.split('\n').map((l) => Array.from(l).length)
      const narrow = await run(['inspect', '--width', '60'])
      expect(Math.max(...lines(narrow.stdout.split('\nValidation')[0]!))).toBeLessThanOrEqual(60)
      const r = await runIn(['inspect'], { env: { COLUMNS: '60' } })
      expect(r.stdout).toBe(narrow.stdout)
      expect(Math.max(...lines((await run(['inspect'])).stdout))).toBeGreaterThan(100)
      expect((await run(['inspect', '--width', 'wide'])).code).toBe(2)
    })
    it('inspects a file, and fails clearly on bad ones', async () => {
      expect((await run(['inspect', file('seed.json', seedJson)])).code).toBe(0)
      const missing = await run(['inspect', join(dir, 'nope.json')])
      expect([missing.code, missing.stderr.trim()]).toEqual([
        3,
        `${join(dir, 'nope.json')}: no such file`,
      ])
      expect((await run(['inspect', file('bad.json', '{"format":')])).code).toBe(4)
      const invalid = await run(['inspect', file('invalid.json', broken)])
      expect(invalid.code).toBe(1)
      expect(invalid.stderr).toContain('speakers: [too_short]')
      expect(invalid.stderr).not.toMatch(/at .*\.js:\d+/)
      expect(
        (await run(['inspect', file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d]))])).code,
      ).toBe(4)
      expect((await run(['inspect', file('empty.json', '')])).stderr).toContain('file is empty')
      expect((await run(['inspect', 'a', 'b'])).code).toBe(2)
    })
  })

  describe('terminal output', () => {
    const hostile = (name: string) => {
      const json = JSON.parse(seedJson)
      // an anonymous source's name appears in rule messages too (single-anonymous-source)
      const official = json.actors.find((a: any) => a.kind === 'anonymous' && a.count === 1)
      official.description = name
      return file(`hostile-${name.length}.json`, JSON.stringify(json))
    }
    const unsafe =
      /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
    it('shows bidirectional controls instead of obeying them', async () => {
      const json = JSON.parse(seedJson)
      json.actors[1].name = 'United \u202Estates'
      const r = await run(['inspect', file('bidi.json', JSON.stringify(json))])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('United <U+202E>states')
      expect(r.stdout).not.toContain('\u202E')
    })
    it('a line feed in a name cannot forge a line of output, in inspect or check', async () => {
      const path = hostile('U.S. official\nValidation (standard rules)\n  no issues')
      const plain = hostile('U.S. official')
      for (const args of [['inspect'], ['check'], ['check', '--strict']]) {
        const forged = await run([...args, path])
        const honest = await run([...args, plain])
        expect(forged.stdout.split('\n').length).toBe(honest.stdout.split('\n').length)
        expect(forged.stdout.split('\n').filter((l) => l.trim() === 'no issues')).toEqual([])
        expect(forged.stdout).toContain(
          'U.S. official<U+000A>Validation (standard rules)<U+000A>  no issues',
        )
      }
    })
    it('C1 controls (CSI, OSC, NEL) are shown, not obeyed', async () => {
      const path = hostile('U.S. \u009B2J\u009D0;title\u009Cofficial\u0085')
      for (const args of [['inspect'], ['check', '--strict']]) {
        const r = await run([...args, path])
        expect(r.stdout).not.toMatch(unsafe)
        expect(r.stdout).toContain('U.S. <U+009B>2J<U+009D>0;title<U+009C>official<U+0085>')
      }
    })
    it('--format json is JSON, not filtered: U+200F stays U+200F', async () => {
      const name = 'U.S. \u200Fofficial\u009B\u0085'
      const r = await run(['check', '--strict', '--format', 'json', hostile(name)])
      const [first] = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      expect(JSON.stringify(first)).toContain(name)
      expect(r.stdout).toContain('\u200F')
      expect(r.stdout).not.toContain('<U+')
    })
  })

  describe('check', () => {
    it('a valid report passes, with the standard findings shown', async () => {
      const r = await run(['check', file('seed.json', seedJson)])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('valid, with findings')
      expect(r.stdout.trim().split('\n').at(-1)).toBe(
        'checked 1 report in 1 file: 1 valid, 0 invalid, 0 malformed; 0 warnings, 8 sourcing findings',
      )
    })
    it('--strict gates on data defects: the seed passes, its sourcing findings reported', async () => {
      const r = await run(['check', '--strict', file('seed.json', seedJson)])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('8 sourcing findings')
    })
    it('--format json prints one JSON object per line', async () => {
      const r = await run([
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
        summary: {
          reports: 2,
          valid: 1,
          invalid: 1,
          malformed: 0,
          warnings: 0,
          sourcing: 8,
          exit: 1,
        },
      })
    })
    it('streams NDJSON, naming the line of each problem and still checking every valid report', async () => {
      const ndjson = [seedJson, broken, '{"format":', '', seedJson].join('\n') + '\n'
      const r = await run(['check', file('many.ndjson', ndjson)])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain('many.ndjson:2: invalid report')
      expect(r.stdout).toContain('many.ndjson:3: not valid JSON')
      expect(r.stdout).toContain(
        'checked 4 reports in 1 file: 2 valid, 1 invalid, 1 malformed; 0 warnings, 16 sourcing findings',
      )
    })
    it('handles a BOM, CRLF line ends and a truncated last line', async () => {
      const bom = await run(['check', file('bom.ndjson', `\uFEFF${seedJson}\r\n${seedJson}\r\n`)])
      expect([bom.code, bom.stdout.trim().split('\n').at(-1)]).toEqual([
        0,
        'checked 2 reports in 1 file: 2 valid, 0 invalid, 0 malformed; 0 warnings, 16 sourcing findings',
      ])
      const truncated = await run([
        'check',
        file('cut.ndjson', `${seedJson}\n${seedJson.slice(0, 100)}`),
      ])
      expect(truncated.code).toBe(4)
      expect(truncated.stdout).toContain('cut.ndjson:2: truncated line: no newline at the end')
      expect(truncated.stdout).toContain('1 valid')
      expect((await run(['check', file('bom.json', `\uFEFF${seedJson}`)])).code).toBe(0)
    })
    it('gives distinct exit codes for missing files, directories, empty files, invalid UTF-8', async () => {
      mkdirSync(join(dir, 'sub'), { recursive: true })
      const d = await run(['check', join(dir, 'sub')])
      expect([d.code, d.stderr.trim()]).toEqual([3, `${join(dir, 'sub')}: is a directory`])
      expect((await run(['check', join(dir, 'nope.ndjson')])).code).toBe(3)
      const empty = await run(['check', file('empty.ndjson', '')])
      expect([empty.code, empty.stdout]).toEqual([
        4,
        expect.stringContaining('empty.ndjson: file is empty'),
      ])
      expect((await run(['check', file('empty.json', '')])).code).toBe(4)
      expect((await run(['check', file('blank.json', '  \n')])).stdout).toContain(
        'only white space',
      )
      const latin = await run([
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
    it('reads standard input', async () => {
      expect((await run(['check', '-'], seedJson)).code).toBe(0)
      expect(
        (await run(['check', '--ndjson', '-'], `${seedJson}\n${seedJson}\n`)).stdout,
      ).toContain('checked 2 reports')
      expect((await run(['inspect', '-'], seedJson)).code).toBe(0)
    })
  })

  describe('the command under faults', () => {
    it('a line longer than --max-size is malformed, with its line number; the lines before it are checked', async () => {
      const long = `{"headline":"${'x'.repeat(40_000)}"}`
      const r = await run([
        'check',
        '--max-size',
        '32K',
        file('long.ndjson', `${seedJson}\n${long}\n${seedJson}\n`),
      ])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain(
        'long.ndjson:2: the line is larger than the maximum document size of 32 KiB (see --max-size); the rest of the file is not checked',
      )
      expect(r.stdout).toContain('checked 2 reports in 1 file: 1 valid, 0 invalid, 1 malformed')
    })
    it('a document larger than --max-size is malformed, for check and inspect', async () => {
      const path = file('big.json', seedJson)
      const r = await run(['check', '--max-size=4k', path])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain(
        'big.json: the file is larger than the maximum document size of 4 KiB',
      )
      expect((await run(['inspect', '--max-size', '4096', path])).code).toBe(4)
      expect((await run(['check', `--max-size=${Buffer.byteLength(seedJson)}`, path])).code).toBe(0)
      expect(
        (await run(['check', `--max-size=${Buffer.byteLength(seedJson) - 1}`, path])).code,
      ).toBe(4)
    })
    it('--max-size takes a size within bounds', async () => {
      for (const bad of ['0', 'lots', '1T', '-1', '257M', '1.5M'])
        expect((await run(['check', `--max-size=${bad}`, 'x'])).code).toBe(2)
      expect((await run(['check', '--max-size=256MiB', file('seed.json', seedJson)])).code).toBe(0)
    })
    it('an NDJSON file of only blank lines holds no report: malformed (exit 4)', async () => {
      const r = await run(['check', file('blank.ndjson', '\n\n  \n')])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain('blank.ndjson: holds no report: all 3 lines are blank')
      expect((await run(['check', file('one-blank.ndjson', '\n')])).stdout).toContain(
        'its one line is blank',
      )
      expect((await run(['check', '--ndjson', '-'], '')).stdout).toContain('<stdin>: file is empty')
    })
  })

  describe('usage', () => {
    it('help, version and usage errors', async () => {
      expect((await run(['--help'])).stdout).toContain('Usage:')
      expect((await run(['--version'])).stdout.trim()).toBe(VERSION)
      expect(VERSION).toBe(
        JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version,
      )
      expect((await run([])).code).toBe(2)
      expect((await run(['frobnicate'])).code).toBe(2)
      expect((await run(['check'])).code).toBe(2)
      expect((await run(['check', '--format', 'xml', 'x'])).code).toBe(2)
      expect((await run(['check', '--format=yaml', 'x'])).code).toBe(2)
      expect((await run(['check', '--bogus', 'x'])).code).toBe(2)
      expect((await run(['check', '--format=json', file('seed.json', seedJson)])).code).toBe(0)
    })
    it("inspect --help and check --help show the command's own help, exit 0", async () => {
      for (const c of ['inspect', 'check']) {
        const r = await run([c, '--help'])
        expect([r.code, r.stderr]).toEqual([0, ''])
        expect(r.stdout).toContain(`Usage: claimgraph ${c} [options]`)
        expect(r.stdout).toContain('--max-size SIZE')
        expect((await run([c, '-h'])).stdout).toBe(r.stdout)
      }
    })
    it('inspect --bogus is a usage error (exit 2), not a missing file', async () => {
      const r = await run(['inspect', '--bogus'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('unknown option --bogus')
      expect(r.stderr).not.toContain('no such file')
    })
    it('check -s x is an unknown option with a suggestion, not a file named -s', async () => {
      const r = await run(['check', '-s', 'x'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('unknown option -s (did you mean --strict?)')
    })
    it('an unknown command gets a suggestion', async () => {
      const r = await run(['chekc', 'x'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('unknown command "chekc" (did you mean "check"?)')
    })
  })
})
