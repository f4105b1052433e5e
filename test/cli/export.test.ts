import { describe, expect, it } from 'vitest'
import { Report } from '../../src/index.js'
import * as fixtures from '../../src/fixtures/index.js'
import * as Cameo from '../../src/interop/cameo.js'
import * as Plover from '../../src/interop/plover.js'
import * as Prov from '../../src/interop/prov.js'
import * as SchemaOrg from '../../src/interop/schema-org.js'
import { runIn } from '../support/cli.js'

const seed = JSON.stringify(Report.encode(fixtures.report))
const lines = (s: string) => s.split('\n').filter((l) => l !== '')

describe('cli/export', () => {
  it('plover: one record per line, what was left out counted on standard error', async () => {
    const r = await runIn(['export', '--to', 'plover', '-'], { stdin: seed })
    expect(r.code).toBe(0)
    expect(lines(r.stdout).map((l) => JSON.parse(l))).toEqual(
      JSON.parse(JSON.stringify(Plover.fromReport(fixtures.report).records)),
    )
    expect(r.stderr).toBe('<stdin>: 11 PLOVER records; 30 left out (14 comment, 16 no_code)\n')
  })

  it('cameo: one coding per line; --explain lists what was left out', async () => {
    const r = await runIn(['export', '--to=cameo', '--explain', '-'], { stdin: seed })
    expect(r.code).toBe(0)
    expect(lines(r.stdout)).toHaveLength(Cameo.fromReport(fixtures.report).codings.length)
    expect(r.stderr).toContain('<stdin>: 25 CAMEO codings; 16 left out (16 no_code)\n')
    expect(r.stderr).toContain('<stdin>: irgc-moves-weapons: no_code: event of type "transfer"')
  })

  it('prov and schema-org: one JSON-LD document, with --base', async () => {
    const p = await runIn(['export', '--to', 'prov', '--base', 'https://example.org/a', '-'], {
      stdin: seed,
    })
    expect(JSON.parse(p.stdout)).toEqual(
      JSON.parse(
        JSON.stringify(Prov.fromReport(fixtures.report, { base: 'https://example.org/a' })),
      ),
    )
    const s = await runIn(['export', '--to', 'schema-org', '-'], { stdin: seed })
    expect(JSON.parse(s.stdout)).toEqual(
      JSON.parse(JSON.stringify(SchemaOrg.fromReport(fixtures.report))),
    )
    expect(s.stderr).toBe('')
  })

  it('usage errors: a missing or unknown format, a missing file', async () => {
    expect(await runIn(['export', '-'], { stdin: seed })).toMatchObject({ code: 2 })
    const unknown = await runIn(['export', '--to', 'gdelt', '-'], { stdin: seed })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(
      '--to takes plover or cameo or prov or schema-org, not "gdelt"',
    )
    expect(await runIn(['export', '--to', 'prov'])).toMatchObject({ code: 2 })
  })

  it('an invalid report exits 1; a file that is not JSON 4; a missing file 3', async () => {
    const bad = await runIn(['export', '--to', 'plover', '-'], {
      stdin: '{"format":"claimgraph/2"}',
    })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toContain('invalid report')
    expect((await runIn(['export', '--to', 'plover', '-'], { stdin: 'nope' })).code).toBe(4)
    expect((await runIn(['export', '--to', 'plover', '/no/such/file.json'])).code).toBe(3)
  })

  it('is listed with its help', async () => {
    expect((await runIn(['--help'])).stdout).toMatch(
      /\n {2}export +write a report as PLOVER, CAMEO, PROV-O or schema.org\n/,
    )
    expect((await runIn(['export', '--help'])).stdout).toContain(
      '--to plover|cameo|prov|schema-org',
    )
  })
})
