import { spawnSync } from 'node:child_process'
import { fc } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { Actor, Id, Render, Report, Statement, Threat } from '../../src/index.js'
import * as fixtures from '../../src/fixtures/index.js'
import * as P from '../../src/Proposition.js'

// mermaid's own parser reads each diagram (test/support/mermaid-parse.mjs, in one child
// process for the whole batch) and says what it understood: configuration, vertices, edges.
interface Parsed {
  readonly error?: string
  readonly config?: unknown
  readonly vertices?: ReadonlyArray<{ readonly id: string; readonly text: string }>
  readonly edges?: ReadonlyArray<{
    readonly start: string
    readonly end: string
    readonly text: string
  }>
}
const parseAll = (diagrams: ReadonlyArray<string>): ReadonlyArray<Parsed> => {
  const r = spawnSync('node', [new URL('../support/mermaid-parse.mjs', import.meta.url).pathname], {
    input: JSON.stringify(diagrams),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout)
}
/** A label as mermaid will show it: its entity codes decoded. */
const decode = (s: string) =>
  s.replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n)))

// Names full of what Mermaid reads as syntax, and ids that an escape by replacement confuses.
const syntax = fc.constantFrom(
  '"',
  "'",
  '%%',
  '%%{init: {"theme": "dark"}}%%',
  '%%{init}',
  '\n',
  '\r\n',
  '-->',
  '---',
  '==>',
  '-.->',
  '--',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '{{',
  '}}',
  '<',
  '>',
  '<br>',
  '<script>',
  '&',
  '&amp;',
  '#',
  '#quot;',
  '#35;',
  ';',
  ':',
  ':::',
  '|',
  '`',
  '\\',
  'end',
  'style a fill:#f00;',
  'classDef',
  'click a call alert()',
  'subgraph',
  '\u2028',
  '\u0085',
  '\u009B',
  '\u202E',
  'é',
  '’',
  'ﬂ°°34¶ß',
  '😀',
  '\t',
  ' ',
)
const hostile = fc
  .array(fc.oneof(syntax, fc.string({ unit: 'binary', maxLength: 4 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim() !== '')
const id = fc
  .array(fc.constantFrom('a', 'b', '.', '_', '-', ':', '0'), { minLength: 0, maxLength: 4 })
  .map((cs) => `a${cs.join('')}`)

interface Case {
  readonly names: ReadonlyArray<string>
  readonly ids: ReadonlyArray<string>
  readonly cues: ReadonlyArray<string>
}
const cases = fc.record({
  ids: fc.uniqueArray(id, { minLength: 2, maxLength: 6 }),
  names: fc.array(hostile, { minLength: 6, maxLength: 6 }),
  cues: fc.array(hostile, { minLength: 6, maxLength: 6 }),
})

/** A report with the case's actors, a statement per actor attributed through the next one,
 * an unattributed hop, and a threat; built by hand, so any string may appear. */
const report = (
  c: Case,
  name: (i: number) => string,
  cue: (i: number) => string,
): Report.ReportData => {
  const actors = c.ids.map((x, i) => Actor.state(x, name(i), 'XXX'))
  const ids = actors.map((a) => a.id)
  const next = (i: number) => ids[(i + 1) % ids.length]!
  return {
    format: Report.FORMAT,
    headline: 'H',
    author: Id.actor('me'),
    actors: [Actor.author('me'), ...actors],
    events: [],
    statements: ids.map((x, i) =>
      Statement.make(`s${c.ids[i]}`, [x], 'warn', Statement.threat(Id.threat(`t${c.ids[0]}`)), {
        addressees: [next(i)],
        attribution: { chain: [{ source: next(i), cue: cue(i) }, { cue: cue(i + 1) }] },
      }),
    ),
    threats: [
      Threat.make(`t${c.ids[0]}`, {
        issuer: [ids[0]!],
        addressee: [next(0)],
        enforcer: [ids[ids.length - 1]!],
        consequence: P.occurs(Id.event('e')),
      }),
    ],
  }
}

describe('hostile: Render.mermaid, read by mermaid', () => {
  it('the seed diagram parses, with no configuration and one vertex per node', () => {
    const [seed] = parseAll([Render.mermaid(fixtures.report)])
    expect(seed!.error).toBeUndefined()
    expect(seed!.config).toEqual({})
    const r = fixtures.report
    expect(new Set(seed!.vertices!.map((v) => v.id)).size).toBe(seed!.vertices!.length)
    expect(seed!.vertices!.filter((v) => v.id.startsWith('s_')).length).toBe(r.statements.length)
  })

  it('no name can inject a directive, comment, node or edge, or merge two nodes: hostile names parse like plain ones', () => {
    const samples = fc.sample(cases, {
      numRuns: 60,
      seed: Number(process.env['FUZZ_SEED'] ?? 20261127),
    })
    const plain = samples.map((c) =>
      Render.mermaid(
        report(
          c,
          (i) => `n${i}`,
          (i) => `c${i % 6}`,
        ),
      ),
    )
    const evil = samples.map((c) =>
      Render.mermaid(
        report(
          c,
          (i) => c.names[i]!,
          (i) => c.cues[i % 6]!,
        ),
      ),
    )
    const parsed = parseAll([...plain, ...evil])
    samples.forEach((c, k) => {
      const p = parsed[k]!
      const e = parsed[samples.length + k]!
      const context = JSON.stringify(c)
      expect(p.error, context).toBeUndefined()
      expect(e.error, context).toBeUndefined()
      // no directive or front matter took effect
      expect(e.config, context).toEqual({})
      // the same vertices and edges as with plain names
      expect(
        e.vertices!.map((v) => v.id),
        context,
      ).toEqual(p.vertices!.map((v) => v.id))
      expect(
        e.edges!.map((x) => [x.start, x.end]),
        context,
      ).toEqual(p.edges!.map((x) => [x.start, x.end]))
      // each label reads as the name or cue it stands for
      p.vertices!.forEach((v, i) => {
        const m = /^n(\d+)$/.exec(v.text)
        if (m !== null)
          expect(decode(e.vertices![i]!.text).trim(), context).toBe(c.names[Number(m[1])]!.trim())
      })
      p.edges!.forEach((x, i) => {
        const m = /^c(\d+)$/.exec(x.text)
        if (m !== null)
          expect(decode(e.edges![i]!.text).trim(), context).toBe(c.cues[Number(m[1])]!.trim())
      })
      // distinct ids are distinct nodes: every actor, statement, threat and hop is drawn once
      const hops = c.ids.length
      expect(p.vertices!.length, context).toBe(1 + c.ids.length + c.ids.length + 1 + hops)
    })
  }, 120_000)
})
