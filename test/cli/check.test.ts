import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Report } from '../../src/index.js'
import * as fixtures from '../../src/fixtures/index.js'
import { runIn } from '../support/cli.js'

const seed = () => JSON.parse(JSON.stringify(Report.encode(fixtures.report)))
const line = (r: unknown) => JSON.stringify(r)
/** The seed, with a data defect of warning severity: "threaten" for a warning a third party carries out. */
const threatened = () => {
  const r = seed()
  r.statements[0].act = 'threaten'
  return r
}
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-check-'))
const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** The seed as a model writes it under strict structured output: null for what it leaves out. */
const withNulls = () => {
  const r = seed()
  r.actors[1].relations = null
  r.statements[0].channel = null
  r.statements[1].hedges = null
  return r
}

describe('cli: check', () => {
  it('--nulls absent reads a null for an optional property as absent; by default each null is an issue with its path', async () => {
    const stdin = line(withNulls())
    const strict = await runIn(['check', '--format', 'json', '-'], { stdin })
    expect(strict.code).toBe(1)
    const issues = JSON.parse(strict.stdout.split('\n')[0]!).issues.map(
      (i: { path: string }) => i.path,
    )
    expect(issues).toEqual(['/actors/1/relations', '/statements/0/channel', '/statements/1/hedges'])
    const absent = await runIn(['check', '--nulls', 'absent', '-'], { stdin })
    expect(absent.code).toBe(0)
    expect(absent.stdout).toContain('1 valid, 0 invalid')
    const lines = await runIn(['check', '--nulls', 'absent', '--jobs', '1', '--ndjson', '-'], {
      stdin: `${stdin}\n${stdin}\n`,
    })
    expect(lines.stdout).toContain('checked 2 reports in 1 file: 2 valid')
    expect((await runIn(['check', '--nulls', 'maybe', '-'], { stdin })).code).toBe(2)
  })

  it('counts a line that is not JSON as a malformed report: "checked 4 reports: 3 valid, 1 malformed"', async () => {
    const stdin = [line(seed()), '{"format": "claimgraph/2", ', line(seed()), line(seed())].join(
      '\n',
    )
    const r = await runIn(['check', '--ndjson', '-'], { stdin: `${stdin}\n` })
    expect(r.code).toBe(4)
    expect(r.stdout).toContain('<stdin>:2: not valid JSON')
    expect(r.stdout).toContain(
      'checked 4 reports in 1 file: 3 valid, 0 invalid, 1 malformed; 0 warnings, 24 sourcing findings',
    )
    const json = await runIn(['check', '--ndjson', '--format', 'json', '-'], {
      stdin: `${stdin}\n`,
    })
    expect(JSON.parse(json.stdout.trim().split('\n').at(-1)!)).toEqual({
      summary: {
        reports: 4,
        valid: 3,
        invalid: 0,
        malformed: 1,
        warnings: 0,
        sourcing: 24,
        exit: 4,
      },
    })
  })

  it('--fail-on warning fails a report with a data defect of warning severity; sourcing findings never fail', async () => {
    const defect = line(threatened())
    expect((await runIn(['check', '-'], { stdin: defect })).code).toBe(0)
    const failing = await runIn(['check', '--fail-on', 'warning', '-'], { stdin: defect })
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('<stdin>: invalid report')
    expect(failing.stdout).toContain('threat/act-mismatch')
    expect(
      (await runIn(['check', '--fail-on', 'warning', '-'], { stdin: line(seed()) })).code,
    ).toBe(0)
    expect((await runIn(['check', '--fail-on', 'error', '-'], { stdin: defect })).code).toBe(0)
    expect((await runIn(['check', '--strict', '-'], { stdin: defect })).code).toBe(1)
    const bad = await runIn(['check', '--fail-on', 'info', '-'], { stdin: defect })
    expect(bad.code).toBe(2)
  })

  it('--text FILE checks every span against an article text kept outside the report', async () => {
    const bare = seed()
    delete bare.text
    const right = file('article.txt', fixtures.source)
    const wrong = file('other.txt', fixtures.source.replace('Biden', 'Obama'))
    expect((await runIn(['check', '--text', right, '-'], { stdin: line(bare) })).code).toBe(0)
    const r = await runIn(['check', '--text', wrong, '--format', 'json', '-'], {
      stdin: line(bare),
    })
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout.split('\n')[0]!)
    expect(report.valid).toBe(false)
    expect(report.issues.map((i: { code: string }) => i.code)).toContain('evidence/span-mismatch')
    expect(report.issues[0].message).toContain('the words')
    const missing = await runIn(['check', '--text', join(dir, 'nope.txt'), '-'], {
      stdin: line(bare),
    })
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain('nope.txt: cannot be read')
  })

  it('--format json: data defects as issues, sourcing findings as the article’s assessment', async () => {
    const r = await runIn(['check', '--format', 'json', '-'], { stdin: line(threatened()) })
    const report = JSON.parse(r.stdout.split('\n')[0]!)
    expect(report).toMatchObject({ location: '<stdin>', valid: true, stage: 'validate' })
    expect(report.issues.map((i: { code: string; kind: string }) => [i.code, i.kind])).toEqual([
      ['threat/act-mismatch', 'defect'],
    ])
    expect(report.assessment).toHaveLength(8)
    expect(report.assessment.every((i: { kind: string }) => i.kind === 'sourcing')).toBe(true)
  })

  it('one round: integrity problems and rule defects of a report that fails to decode, together', async () => {
    const r = threatened()
    r.statements[1].speakers = ['nobody']
    const out = await runIn(['check', '--format', 'json', '-'], { stdin: line(r) })
    const report = JSON.parse(out.stdout.split('\n')[0]!)
    expect(report).toMatchObject({ valid: false, stage: 'decode' })
    expect(report.issues.map((i: { code: string }) => i.code)).toEqual([
      'dangling_reference',
      'threat/act-mismatch',
    ])
    const text = await runIn(['check', '-'], { stdin: line(r) })
    expect(text.stdout).toContain('dangling_reference')
    expect(text.stdout).toContain('threat/act-mismatch')
  })

  it('inspect reports the sourcing findings as the article’s assessment', async () => {
    const r = await runIn(['inspect'])
    expect(r.stdout).toContain(
      "\nValidation (standard rules)\n  sourcing (the article's assessment",
    )
    expect(r.stdout).toContain('0 errors, 0 warnings, 0 info; 8 sourcing findings')
  })
})
