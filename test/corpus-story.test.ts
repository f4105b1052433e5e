import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Corpus, Report, Rules } from '../src/index.js'
import {
  aligned,
  claims,
  corpus,
  disagreements,
  round1,
  round2,
  threats,
  threatsNow,
  warnings,
} from '../docs/examples/across-reports-story.js'
import { runIn } from './support/cli.js'

// The story's reports as JSON files, for the command line. `WRITE_STORY=1 npx vitest run
// test/corpus-story.test.ts` rewrites them after a change to the story (then `npx prettier
// --write docs/examples/across-reports`).
const file = (key: string) =>
  new URL(`../docs/examples/across-reports/${key}.json`, import.meta.url)
const json = (r: Report.Report) => `${JSON.stringify(Report.encode(r), null, 2)}\n`
if (process.env['WRITE_STORY'] === '1')
  for (const e of corpus.reports) writeFileSync(file(e.key), json(e.report))

const line = (p: Corpus.Proposal) =>
  `${p.node} ${p.a.report}:${p.a.id} = ${p.b.report}:${p.b.id} ${p.link} ${p.score}`

describe('the guide "Across reports": one story told five ways', () => {
  it('each version is a report of its own, and a file of its own', () => {
    expect(corpus.reports.map((e) => e.key)).toEqual([
      'gazette',
      'courier',
      'ledger',
      'ardesh-today',
      'gazette-2',
    ])
    for (const e of corpus.reports) {
      expect(JSON.parse(readFileSync(file(e.key), 'utf8'))).toEqual(JSON.parse(json(e.report)))
      expect(Rules.standard(e.report).filter((i) => i.severity === 'error')).toEqual([])
    }
  })

  it('round 1 proposes by blocking keys, with scores and reasons', () => {
    expect(round1.map(line)).toEqual([
      'actor gazette:gazette = ledger:harbor-gazette same_as 0.8',
      'actor gazette:gazette = gazette-2:gazette same_as 0.8',
      'actor gazette:velmora = courier:velmora same_as 1',
      'actor gazette:velmora = ledger:velmora same_as 1',
      'actor gazette:velmora = ardesh-today:velmora same_as 1',
      'actor gazette:velmora = gazette-2:velmora same_as 1',
      'actor gazette:ardesh = courier:ardesh same_as 1',
      'actor gazette:ardesh = ledger:ardesh same_as 1',
      'actor gazette:ardesh = ardesh-today:ardesh same_as 1',
      'actor gazette:ardesh = gazette-2:ardesh same_as 1',
      'actor gazette:diplomat = courier:official possibly_same_as 0.6',
      'actor gazette:diplomat = ledger:diplomat possibly_same_as 0.8',
      'actor gazette:varga = courier:varga same_as 0.9',
      'actor gazette:varga = ledger:varga same_as 0.9',
      'actor gazette:varga = gazette-2:varga same_as 0.9',
      'actor gazette:embassy = courier:embassy same_as 0.9',
      'actor gazette:embassy = ardesh-today:embassy possibly_same_as 0.6',
      'actor courier:official = ledger:diplomat possibly_same_as 0.6',
      'actor courier:embassy = ardesh-today:embassy possibly_same_as 0.6',
      'event gazette:strike = courier:drone-strike same_as 0.8',
      'event gazette:strike = courier:depot-strike possibly_same_as 0.6',
      'event gazette:strike = ledger:strike same_as 1',
      'event gazette:strike = ledger:depots possibly_same_as 0.6',
      'event gazette:strike = ardesh-today:bombing possibly_same_as 0.6',
      'event gazette:strike = gazette-2:shelling same_as 0.8',
      'event gazette:troops = courier:troops possibly_same_as 0.7',
      'event gazette:troops = ardesh-today:troops possibly_same_as 0.7',
      'event gazette:withdrawal = courier:pull-out possibly_same_as 0.6',
      'event gazette:withdrawal = ledger:withdrawal possibly_same_as 0.6',
      'event gazette:withdrawal = gazette-2:withdrawal possibly_same_as 0.6',
      'event gazette:depots = courier:drone-strike possibly_same_as 0.5',
      'event gazette:depots = courier:depot-strike same_as 0.9',
      'event gazette:depots = ledger:strike possibly_same_as 0.6',
      'event gazette:depots = ledger:depots same_as 0.9',
      'event gazette:depots = gazette-2:depot-strike possibly_same_as 0.6',
      'event courier:drone-strike = ledger:depots possibly_same_as 0.5',
      'event courier:drone-strike = ardesh-today:bombing same_as 0.8',
      'event courier:troops = ardesh-today:troops possibly_same_as 0.7',
      'event courier:pull-out = ledger:withdrawal possibly_same_as 0.6',
      'event courier:pull-out = gazette-2:withdrawal possibly_same_as 0.6',
      'event courier:depot-strike = ledger:strike possibly_same_as 0.6',
      'event courier:depot-strike = gazette-2:depot-strike possibly_same_as 0.6',
      'event ledger:strike = gazette-2:depot-strike possibly_same_as 0.7',
      'event ledger:withdrawal = gazette-2:withdrawal possibly_same_as 0.6',
      'event ledger:depots = gazette-2:depot-strike possibly_same_as 0.6',
      'statement gazette:strike-claim = courier:strike-claim same_as 0.8',
      'statement gazette:strike-claim = ledger:strike-claim same_as 1',
      'statement gazette:strike-claim = ardesh-today:accusation possibly_same_as 0.7',
      'statement gazette:strike-claim = gazette-2:residents-claim same_as 0.8',
      'statement gazette:warned = courier:threatened same_as 1',
      'statement gazette:warned = courier:spokesman-quote same_as 1',
      'statement gazette:warned = ledger:warned same_as 1',
      'statement gazette:no-comment = courier:no-response same_as 0.9',
      'statement courier:strike-claim = ardesh-today:accusation possibly_same_as 0.7',
      'statement ledger:strike-claim = ardesh-today:accusation possibly_same_as 0.7',
      'statement ardesh-today:accusation = gazette-2:residents-claim possibly_same_as 0.7',
      'threat gazette:warning = courier:threat same_as 0.9',
      'threat gazette:warning = ledger:warning same_as 0.9',
      'threat gazette:warning = gazette-2:demand possibly_same_as 0.7',
      'threat courier:threat = gazette-2:demand possibly_same_as 0.7',
      'threat ledger:warning = gazette-2:demand possibly_same_as 0.7',
    ])
    // two anonymous sources told alike are very likely one, but never proposed as the same
    expect(
      Corpus.between(
        Corpus.mention('gazette', 'diplomat'),
        Corpus.mention('ledger', 'diplomat'),
      )(round1)[0],
    ).toMatchObject({
      link: 'possibly_same_as',
      score: 0.8,
      likelihood: { band: 'very_likely' },
      reasons: [
        { code: 'actor/same-name', weight: 0.4 },
        { code: 'actor/same-affiliation', weight: 0.3 },
        { code: 'actor/same-count', weight: 0.1 },
      ].map((r) => expect.objectContaining(r)),
    })
  })

  it('round 2 matches the claims about what round 1 joined', () => {
    expect(round2.map(line)).toEqual([
      'statement gazette:troops-claim = courier:troops-claim same_as 0.8',
      'statement gazette:troops-claim = ardesh-today:denial possibly_same_as 0.7',
      'statement gazette:warned = gazette-2:demanded same_as 0.9',
      'statement gazette:no-comment = ardesh-today:no-comment same_as 1',
      'statement courier:troops-claim = ardesh-today:denial possibly_same_as 0.7',
    ])
  })

  it('the instances', () => {
    const list = Corpus.instances(aligned).list.filter((i) => i.mentions.length > 1)
    expect(list.map((i) => `${i.name} ${i.mentions.map((m) => m.report).join(',')}`)).toEqual([
      'gazette:gazette gazette,ledger,gazette-2',
      'gazette:velmora gazette,courier,ledger,ardesh-today,gazette-2',
      'gazette:ardesh gazette,courier,ledger,ardesh-today,gazette-2',
      'gazette:varga gazette,courier,ledger,gazette-2',
      'gazette:embassy gazette,courier,ardesh-today',
      'gazette:strike gazette,courier,ledger,ardesh-today,gazette-2',
      'gazette:troops gazette,courier,ardesh-today',
      'gazette:withdrawal gazette,courier,ledger,gazette-2',
      'gazette:depots gazette,courier,ledger,gazette-2',
      'gazette:strike-claim gazette,courier,ledger,ardesh-today,gazette-2',
      'gazette:troops-claim gazette,courier,ardesh-today',
      'gazette:warned gazette,courier,courier,ledger,gazette-2',
      'gazette:no-comment gazette,courier,ardesh-today',
      'gazette:warning gazette,courier,ledger,gazette-2',
    ])
  })

  it('corroboration: independence as a range, with its reasons', () => {
    const row = (name: string) => {
      const c = claims.find((x) => x.instance.name === name)!
      return {
        independent: c.independent,
        contradicting: c.contradicting,
        counts: [c.onRecord, c.anonymous, c.unattributed],
        credibility: `${c.credibility.credibility} ${c.credibility.row}`,
        reasons: c.dependencies.map(
          (d) => `${d.reason}: ${d.sources.map((i) => c.sources[i]!.mention.report).join(', ')}`,
        ),
      }
    }
    // the strike: four anonymous accounts that may come down to one, and Ardesh on the record
    expect(row('gazette:strike-claim')).toEqual({
      independent: { min: 2, max: 5 },
      contradicting: { min: 0, max: 0 },
      counts: [1, 4, 0],
      credibility: '1 credibility/confirmed',
      reasons: [
        'shared_chain_step: gazette, ledger, gazette-2',
        'derived_from: gazette, ledger',
        'possibly_same_as: gazette, courier, ledger',
        'same_outlet: gazette, gazette-2',
      ],
    })
    // the troops: two anonymous Velmorans who may be one, denied on the record by Ardesh
    expect(row('gazette:troops-claim')).toEqual({
      independent: { min: 1, max: 2 },
      contradicting: { min: 1, max: 1 },
      counts: [0, 2, 0],
      credibility: '3 credibility/uncertain',
      reasons: ['possibly_same_as: gazette, courier'],
    })
    // the warning: Varga, and a spokesman who uses her words word for word
    expect(row('gazette:warning')).toEqual({
      independent: { min: 1, max: 2 },
      contradicting: { min: 0, max: 0 },
      counts: [1, 1, 0],
      credibility: '2 credibility/probable',
      reasons: [
        'same_source: gazette, courier, ledger, gazette-2',
        'identical_quote: gazette, courier',
      ],
    })
    expect(row('gazette:no-comment').credibility).toBe('3 credibility/single')
  })

  it('the single anonymous source, per claim', () => {
    expect(warnings.map((w) => [w.code, w.node])).toEqual([
      ['corpus/single-anonymous-source', 'gazette:troops-claim'],
    ])
  })

  it('discrepancies, field by field: conflict or refinement', () => {
    expect(
      disagreements.map(
        (d) =>
          `${d.instance} ${d.field} ${d.nature} ${d.relation}: ${d.reference.mentions.map((m) => m.report).join(',')} | ${d.other.mentions.map((m) => m.report).join(',')}`,
      ),
    ).toEqual([
      'gazette:strike time conflict time/conflict: gazette | courier,ardesh-today',
      'gazette:strike time undetermined time/unknown: gazette | ledger',
      'gazette:strike time refinement time/more-specific: gazette | gazette-2',
      'gazette:strike type refinement type/within: gazette,ledger | courier',
      'gazette:strike type conflict type/differ: gazette,ledger | ardesh-today',
      'gazette:strike type conflict type/differ: gazette,ledger | gazette-2',
      'gazette:strike agents refinement set/within: ardesh-today | gazette,courier,ledger,gazette-2',
      'gazette:strike places refinement places/within: gazette,ledger | courier',
      'gazette:strike places refinement places/within: gazette,ledger | ardesh-today',
      'gazette:strike places conflict places/differ: gazette,ledger | gazette-2',
      'gazette:troops-claim content conflict content/negation: gazette,courier | ardesh-today',
      'gazette:warned quote refinement quote/within: ledger | gazette,courier',
      'gazette:warned quote conflict quote/differ: ledger | gazette-2',
      'gazette:warned act refinement act/same-code: gazette,ledger | courier',
      'gazette:warned act conflict act/different-code: gazette,ledger | gazette-2',
      'gazette:warned speakers conflict set/differ: gazette | courier',
      'gazette:no-comment non-answer conflict non-answer/differ: gazette | courier',
      'gazette:no-comment non-answer conflict non-answer/differ: gazette | ardesh-today',
      'gazette:warning consequence refinement content/hedged: gazette,ledger,gazette-2 | courier',
      'gazette:warning deadline conflict time/conflict: gazette,gazette-2 | courier',
      'gazette:warning deadline refinement time/more-specific: gazette,gazette-2 | ledger',
    ])
    const date = disagreements[0]!
    expect([date.reference.value, date.other.value]).toEqual([
      'XXXX-10-25 (2030-10-25)',
      'XXXX-10-26 (2030-10-26)',
    ])
  })

  it('a later report moves the threat from pending to triggered, then to carried out', () => {
    // the day after the deadline: the follow-up says the troops had not left by it
    expect(threats.map((t) => [t.instance.name, t.status.kind])).toEqual([
      ['gazette:warning', 'triggered'],
    ])
    expect(
      threats[0]!.mentions.map((x) => `${x.mention.report}: ${x.alone.kind} → ${x.corpus.kind}`),
    ).toEqual([
      'gazette: pending → triggered',
      'courier: pending → pending', // its deadline, November 3, has not passed
      'ledger: unknown → unknown', // an undated report: its deadline has no year
      'gazette-2: carried_out → triggered', // the strike on the depots came on November 3
    ])
    // as of the latest report, the strike on the depots has come
    expect(threatsNow.map((t) => [t.instance.name, t.status.kind, t.asOf])).toEqual([
      ['gazette:warning', 'carried_out', '2030-11-04'],
    ])
    expect(
      threatsNow[0]!.mentions.map((x) => `${x.mention.report}: ${x.alone.kind} → ${x.corpus.kind}`),
    ).toEqual([
      'gazette: pending → carried_out',
      'courier: pending → unknown',
      'ledger: unknown → unknown',
      'gazette-2: carried_out → carried_out',
    ])
  })

  it('claimgraph compare on the five files', async () => {
    const files = corpus.reports.map((e) => `docs/examples/across-reports/${e.key}.json`)
    const r = await runIn(['compare', ...files, '--as-of', '2030-11-02'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('5 reports (gazette, courier, ledger, ardesh-today, gazette-2)')
    expect(r.stdout).toContain(
      '  gazette:warning (threat, 3 reports): 1–2 independent; 1 on the record, 1 anonymous, 0 unattributed; credibility 2 (credibility/probable)',
    )
    expect(r.stdout).toContain('    identical_quote: the same words: "we won t wait forever"')
    expect(r.stdout).toContain(
      '  conflict     gazette:strike time: gazette:strike "XXXX-10-25 (2030-10-25)" | courier:drone-strike, ardesh-today:bombing "XXXX-10-26 (2030-10-26)"',
    )
    const j = await runIn(['compare', '--format', 'json', ...files])
    const out = JSON.parse(j.stdout)
    expect(out.reports).toEqual(['gazette', 'courier', 'ledger', 'ardesh-today', 'gazette-2'])
    expect(out.discrepancies.length).toBeGreaterThan(10)
  })
})

describe('the guide shows what claimgraph compare prints', () => {
  it('every line of its sample is a line of the output', async () => {
    const doc = readFileSync(new URL('../docs/across-reports.md', import.meta.url), 'utf8')
    const sample = /<!-- output: compare -->\n```text\n([\s\S]*?)\n```/.exec(doc)?.[1]
    expect(sample).toBeDefined()
    const files = ['ardesh-today', 'courier', 'gazette-2', 'gazette', 'ledger'].map(
      (k) => `docs/examples/across-reports/${k}.json`,
    )
    const r = await runIn(['compare', ...files, '--as-of', '2030-11-02'])
    const lines = new Set(r.stdout.split('\n'))
    for (const l of sample!.split('\n')) if (l !== '…') expect(lines.has(l), l).toBe(true)
  })
})
