import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/cli/commands.js'
import { keyOf } from '../../src/cli/compare.js'
import { runIn } from '../support/cli.js'

const STORY = ['gazette', 'courier', 'ledger', 'ardesh-today', 'gazette-2'] as const
const path = (key: string) => `docs/examples/across-reports/${key}.json`
const story = (key: string) => JSON.parse(readFileSync(path(key), 'utf8'))
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-compare-'))
const file = (name: string, content: string) => {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}
const lines = (s: string) =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l))

/** The courier's and the gazette's versions, as a corpus document with the given links. */
const twoVersions = (links: ReadonlyArray<unknown> = []) => ({
  format: 'claimgraph-corpus/1',
  reports: [
    { key: 'gazette', report: story('gazette') },
    { key: 'courier', report: story('courier') },
  ],
  links,
})

describe('cli: compare', () => {
  it('is a command of the table, with its options in its help', async () => {
    expect(COMMANDS.map((c) => c.name)).toContain('compare')
    const help = await runIn(['compare', '--help'])
    expect(help.code).toBe(0)
    for (const option of ['--format', '--accept', '--window', '--as-of', '--keys', '--ndjson'])
      expect(help.stdout).toContain(option)
  })

  it('report files: each gets the key of its file name; text for people', async () => {
    const r = await runIn(['compare', path('gazette'), path('courier')])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain(
      `${path('gazette')}, ${path('courier')}: 2 reports (gazette, courier)`,
    )
    expect(r.stdout).toMatch(/Alignment: \d+ proposals \(\d+ same_as, \d+ possibly_same_as\)/)
    expect(r.stdout).toContain('actor     gazette:velmora = courier:velmora')
    expect(r.stdout).toContain('Corroboration:')
    expect(r.stdout).toContain('Discrepancies:')
    // a pair proposed again in a later round is listed once, with its latest score
    const listed = r.stdout.split('\n').filter((l) => / = /.test(l))
    expect(new Set(listed).size).toBe(listed.length)
    expect(listed.filter((l) => l.includes('gazette:troops = courier:troops'))).toHaveLength(1)
    expect(r.stdout).toContain(
      'conflict     gazette:warning deadline: gazette:warning "XXXX-11-01 (2030-11-01)" | courier:threat "XXXX-11-03 (2030-11-03)"',
    )
  })

  it('--format json: one object with proposals, links, corroboration, discrepancies, threats and findings', async () => {
    const r = await runIn(['compare', '--format', 'json', path('gazette'), path('courier')])
    expect(r.code).toBe(0)
    const [out, ...rest] = lines(r.stdout)
    expect(rest).toEqual([])
    expect(out.valid).toBe(true)
    expect(out.reports).toEqual(['gazette', 'courier'])
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'proposals',
        'links',
        'corroboration',
        'discrepancies',
        'threats',
        'findings',
      ]),
    )
    // the same_as proposals were accepted: each is a link of the corpus
    const same = out.proposals.filter((p: { link: string }) => p.link === 'same_as')
    expect(same.length).toBe(out.accepted)
    expect(same.length).toBeGreaterThan(0)
    for (const p of same)
      expect(out.links).toContainEqual(expect.objectContaining({ kind: 'same_as', a: p.a, b: p.b }))
    // every proposal carries its reasons
    for (const p of out.proposals) expect(p.reasons.length).toBeGreaterThan(0)
  })

  it('--accept none: proposals listed, nothing linked, no claim across reports', async () => {
    const r = await runIn([
      'compare',
      '--accept',
      'none',
      '--format',
      'json',
      path('gazette'),
      path('courier'),
    ])
    const [out] = lines(r.stdout)
    expect(out.proposals.length).toBeGreaterThan(0)
    expect(out.accepted).toBe(0)
    expect(out.links).toEqual([])
    expect(out.discrepancies).toEqual([])
    const text = await runIn(['compare', '--accept', 'none', path('gazette'), path('courier')])
    expect(text.stdout).toContain('none accepted (--accept none)')
    expect(text.stdout).toContain('Corroboration: 0 claims in two or more reports')
  })

  it('a corpus file: its own keys and links, which the command keeps', async () => {
    const link = {
      kind: 'same_as',
      node: 'event',
      a: { report: 'gazette', id: 'strike' },
      b: { report: 'courier', id: 'drone-strike' },
    }
    const corpusFile = file('two.json', JSON.stringify(twoVersions([link])))
    const r = await runIn(['compare', '--accept', 'none', '--format', 'json', corpusFile])
    expect(r.code).toBe(0)
    const [out] = lines(r.stdout)
    expect(out.links).toEqual([link])
    expect(out.discrepancies).toContainEqual(
      expect.objectContaining({ field: 'time', nature: 'conflict' }),
    )
  })

  it('--as-of: threats evaluated at that date', async () => {
    const files = STORY.map(path)
    const before = await runIn(['compare', '--format', 'json', '--as-of', '2030-10-20', ...files])
    const after = await runIn(['compare', '--format', 'json', '--as-of', '2030-11-02', ...files])
    const status = (s: string) => lines(s)[0].threats.map((t: { asOf: string }) => t.asOf)
    expect(status(before.stdout).every((a: string) => a === '2030-10-20')).toBe(true)
    expect(status(after.stdout).every((a: string) => a === '2030-11-02')).toBe(true)
    const text = await runIn(['compare', '--as-of', '2030-11-02', ...files])
    expect(text.stdout).toContain('Threats across reports (as of 2030-11-02)')
  })

  it('--window: a smaller window compares fewer neighbours, never more', async () => {
    const files = STORY.map(path)
    const count = async (w: string) =>
      lines(
        (await runIn(['compare', '--accept', 'none', '--format', 'json', '--window', w, ...files]))
          .stdout,
      )[0].proposals.length
    const narrow = await count('1')
    const wide = await count('8')
    expect(narrow).toBeGreaterThan(0)
    expect(narrow).toBeLessThanOrEqual(wide)
  })

  describe('exit codes as for check', () => {
    it('1: an invalid report, named by its file; the others are not compared', async () => {
      const bad = story('ledger')
      bad.statements[0].speakers = ['nobody']
      const f = file('ledger.json', JSON.stringify(bad))
      const r = await runIn(['compare', path('gazette'), f])
      expect(r.code).toBe(1)
      expect(r.stdout).toContain('ledger.json: invalid')
      expect(r.stdout).toContain('dangling_reference')
      expect(r.stdout).not.toContain('Alignment')
      const j = await runIn(['compare', '--format', 'json', path('gazette'), f])
      const [out] = lines(j.stdout)
      expect(out).toMatchObject({ valid: false, stage: 'decode' })
      expect(out.issues.map((i: { code: string }) => i.code)).toContain('dangling_reference')
    })

    it('1: a corpus whose link does not resolve', async () => {
      const link = {
        kind: 'same_as',
        node: 'event',
        a: { report: 'gazette', id: 'strike' },
        b: { report: 'courier', id: 'no-such-event' },
      }
      const f = file('dangling.json', JSON.stringify(twoVersions([link])))
      const r = await runIn(['compare', '--format', 'json', f])
      expect(r.code).toBe(1)
      const [out] = lines(r.stdout)
      expect(out.issues).toContainEqual(
        expect.objectContaining({ code: 'dangling_reference', path: '/links/0/b/id' }),
      )
    })

    it('2: a corpus with report files, a bad window, a bad date, no file', async () => {
      const corpusFile = file('one.json', JSON.stringify(twoVersions()))
      const both = await runIn(['compare', corpusFile, path('ledger')])
      expect(both.code).toBe(2)
      expect(both.stderr).toContain('one corpus file, or report files, not both')
      expect((await runIn(['compare', '--window', '0', path('ledger')])).code).toBe(2)
      expect((await runIn(['compare', '--window', 'many', path('ledger')])).code).toBe(2)
      const date = await runIn(['compare', '--as-of', 'next week', path('ledger')])
      expect(date.code).toBe(2)
      expect(date.stderr).toContain('--as-of takes an EDTF date')
      expect((await runIn(['compare'])).code).toBe(2)
      expect((await runIn(['compare', '--format', 'xml', path('ledger')])).code).toBe(2)
    })

    it('3: a file that cannot be read; 4: a file that is not JSON', async () => {
      expect((await runIn(['compare', join(dir, 'missing.json')])).code).toBe(3)
      const r = await runIn(['compare', file('broken.json', '{"format": ')])
      expect(r.code).toBe(4)
      expect(r.stdout).toContain('broken.json')
      const j = await runIn(['compare', '--format', 'json', file('broken2.json', '[')])
      expect(lines(j.stdout)[0]).toMatchObject({ valid: false, stage: 'parse' })
    })
  })

  describe('NDJSON: blocking keys out, blocks in', () => {
    it('--keys: one line per distinct block key of each report, keyed by its file', async () => {
      const r = await runIn(['compare', '--keys', path('gazette'), path('courier')])
      expect(r.code).toBe(0)
      const out = lines(r.stdout)
      expect(new Set(out.map((l: { report: string }) => l.report))).toEqual(
        new Set(['gazette', 'courier']),
      )
      const pairs = out.map((l: { block: string; report: string }) => `${l.report} ${l.block}`)
      expect(new Set(pairs).size).toBe(pairs.length)
      expect(out).toContainEqual({ block: 'actor:country:VLM', report: 'gazette' })
    })

    it('the flow of the guide: keys out, grouped by block, blocks in, proposals out', async () => {
      const reports = STORY.map((key) => JSON.stringify({ key, report: story(key) }))
      const input = file('reports.ndjson', `${reports.join('\n')}\n`)
      const keys = await runIn(['compare', '--keys', input])
      expect(keys.code).toBe(0)
      // the grouping a database would do
      const blocks = new Map<string, string[]>()
      for (const { block, report } of lines(keys.stdout))
        blocks.set(block, [...(blocks.get(block) ?? []), report])
      const shared = [...blocks].filter(([, rs]) => rs.length > 1)
      expect(shared.length).toBeGreaterThan(0)
      const blockLines = shared.map(([block, rs]) =>
        JSON.stringify({ block, reports: rs.map((key) => ({ key, report: story(key) })) }),
      )
      const r = await runIn(['compare', '--format', 'json', '--accept', 'none', '--ndjson', '-'], {
        stdin: `${blockLines.join('\n')}\n`,
      })
      expect(r.code).toBe(0)
      const results = lines(r.stdout)
      expect(results.map((x: { block: string }) => x.block)).toEqual(shared.map(([b]) => b))
      // every pair proposed per block is a pair of the whole corpus's alignment
      const whole = lines(
        (await runIn(['compare', '--format', 'json', '--accept', 'none', ...STORY.map(path)]))
          .stdout,
      )[0]
      const pair = (p: { a: { report: string; id: string }; b: { report: string; id: string } }) =>
        `${p.a.report}:${p.a.id} ${p.b.report}:${p.b.id}`
      const all = new Set(whole.proposals.map(pair))
      const perBlock = new Set(results.flatMap((x: { proposals: [] }) => x.proposals.map(pair)))
      expect(perBlock.size).toBeGreaterThan(0)
      for (const p of perBlock) expect(all.has(p)).toBe(true)
      // and each proposal of a block is between two reports of that block
      for (const x of results)
        for (const p of x.proposals as Array<{ a: { report: string }; b: { report: string } }>) {
          expect(blocks.get(x.block)).toContain(p.a.report)
          expect(blocks.get(x.block)).toContain(p.b.report)
        }
    })

    it('a block line in text names its block; a corpus document is a line too', async () => {
      const block = JSON.stringify({
        block: 'actor:country:VLM',
        reports: [
          { key: 'gazette', report: story('gazette') },
          { key: 'courier', report: story('courier') },
        ],
      })
      const input = file('blocks.jsonl', `${block}\n\n${JSON.stringify(twoVersions())}\n`)
      const r = await runIn(['compare', input])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`${input}:1 (block actor:country:VLM): 2 reports`)
      expect(r.stdout).toContain(`${input}:3: 2 reports`)
    })

    it('a bad line is reported with its line number; the others are compared', async () => {
      const good = JSON.stringify(twoVersions())
      const invalid = JSON.stringify({ block: 'x', reports: [{ key: 'bad key!', report: {} }] })
      const input = file('mixed.ndjson', `${good}\nnot json\n${invalid}\n`)
      const r = await runIn(['compare', '--format', 'json', input])
      expect(r.code).toBe(4)
      const out = lines(r.stdout)
      expect(out.map((o: { location: string }) => o.location)).toEqual([
        `${input}:1`,
        `${input}:2`,
        `${input}:3`,
      ])
      expect(out.map((o: { valid: boolean }) => o.valid)).toEqual([true, false, false])
      expect(out[1].stage).toBe('parse')
      expect(out[2].stage).toBe('decode')
    })

    it('--keys on NDJSON: a bad report key or report is invalid, an empty file malformed', async () => {
      const input = file(
        'keys.ndjson',
        [
          JSON.stringify({ key: 'bad key!', report: story('ledger') }),
          JSON.stringify({ key: 'ok', report: { format: 'claimgraph/2' } }),
          JSON.stringify({ key: 'ledger', report: story('ledger') }),
        ].join('\n'),
      )
      const r = await runIn(['compare', '--keys', '--format', 'json', input])
      expect(r.code).toBe(1)
      const out = lines(r.stdout)
      expect(out[0]).toMatchObject({ location: `${input}:1`, valid: false })
      expect(out[0].issues[0]).toMatchObject({ code: 'invalid_id', path: '/key' })
      expect(out[1]).toMatchObject({ location: `${input}:2`, valid: false })
      expect(out.slice(2).every((l: { report: string }) => l.report === 'ledger')).toBe(true)
      const empty = await runIn(['compare', file('empty.ndjson', '\n\n')])
      expect(empty.code).toBe(4)
      expect(empty.stdout).toContain('file is empty or holds only blank lines')
    })
  })

  describe('keyOf', () => {
    it('the stem of a file name, with other characters as "-", unique within a run', () => {
      const taken = new Set<string>()
      expect(keyOf('/a/b/gazette.json', taken)).toBe('gazette')
      expect(keyOf('/c/gazette.json', taken)).toBe('gazette-2')
      expect(keyOf('/c/gazette.ndjson', taken)).toBe('gazette-3')
      expect(keyOf('Le Monde (édition).json', taken)).toBe('Le-Monde-dition-')
      expect(keyOf('___.json', taken)).toBe('report')
      expect(keyOf('.json', taken)).toBe('report-2')
    })
  })
})
