// claimgraph benchmarks: every comparison is a ratio measured in this process and run, on
// the same bytes. `npm run bench` (it builds, and writes the compiled baselines, first)
// prints a table with every target met or not and writes bench/results.json. Not part of
// the test run. `--quick` runs shorter measurements.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, createWriteStream, rmSync } from 'node:fs'
import { once } from 'node:events'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import * as v from 'valibot'
import { Exit, Schema } from 'effect'
import { Codec, Report, Rules } from '../dist/index.cjs'
import { report as seed } from '../dist/fixtures.cjs'
import { ioTsReport, zodReport, guardReport } from './shapes.mjs'
import { valibotReport, effectReport } from './baselines/schemas.mjs'
import { check as typeboxCheck } from './baselines/typebox.generated.mjs'
import ajvValidate from './baselines/ajv.generated.mjs'
import { synthetic } from './synthetic.mjs'
import { bundleSizes } from './bundle.mjs'
import { measureCorpus } from './corpus.mjs'

const quick = process.argv.includes('--quick')
/**
 * CPU time of this process in milliseconds. The machine is shared: wall-clock time counts
 * the time other processes hold the cores, CPU time counts only this one's work.
 */
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const wall = () => Number(process.hrtime.bigint()) / 1e6

/**
 * Times several functions against each other on a noisy machine: after a warm-up, it runs
 * `rounds` rounds, each timing every function in turn for `slice` milliseconds of CPU, and
 * keeps each function's best mean (milliseconds per call). Interleaving means drift in the
 * machine's speed hits every candidate alike; the best round is the least disturbed one.
 */
const compare = (fs, { rounds = quick ? 5 : 15, slice = quick ? 20 : 40 } = {}) => {
  const names = Object.keys(fs)
  for (const name of names) {
    const warm = cpu()
    while (cpu() - warm < slice) fs[name]()
  }
  const best = Object.fromEntries(names.map((n) => [n, Number.POSITIVE_INFINITY]))
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const f = fs[name]
      let n = 0
      const start = cpu()
      let elapsed = 0
      do {
        f()
        n++
        elapsed = cpu() - start
      } while (elapsed < slice)
      best[name] = Math.min(best[name], elapsed / n)
    }
  }
  return best
}

const rows = []
const targets = []
const results = {
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  date: new Date().toISOString(),
}
const row = (group, name, value) => rows.push({ group, name, value })
const fmt = (x, digits = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(digits))
/** A target: `ratio` against its `limit` (`max`: at most; `min`: at least). */
const target = (name, ratio, limit, kind) => {
  const met = kind === 'max' ? ratio <= limit : ratio >= limit
  const by = kind === 'max' ? ratio / limit : limit / ratio
  targets.push({ name, ratio, limit, kind, met, by })
}

const effectDecode = Schema.decodeUnknownExit(effectReport)
const baselines = {
  iots: (u) => ioTsReport.decode(u)._tag === 'Right',
  zod: (u) => zodReport.safeParse(u).success,
  // zod 4 compiles object schemas with `new Function`; this is zod where a content
  // security policy forbids that
  zodJitless: (u) => zodReport.safeParse(u, { jitless: true }).success,
  typebox: (u) => typeboxCheck(u),
  ajv: (u) => ajvValidate(u),
  valibot: (u) => v.safeParse(valibotReport, u).success,
  effect: (u) => Exit.isSuccess(effectDecode(u)),
  guard: (u) => guardReport(u),
}

// 1. the seed report, valid --------------------------------------------------------------
{
  const text = JSON.stringify(Report.encode(seed))
  const value = JSON.parse(text)
  // every baseline accepts the seed and rejects near misses of it: an honest comparison
  const variants = {
    'a statement without speakers': (r) => delete r.statements[0].speakers,
    'actors as an object': (r) => (r.actors = {}),
    'an unknown kind of actor': (r) => (r.actors[1].kind = 'planet'),
    'a number for an event deep in a proposition': (r) => {
      const s = r.statements.find((x) => x.content.kind === 'proposition')
      let p = s.content.proposition
      while (p.operand !== undefined || p.operands !== undefined) p = p.operand ?? p.operands[0]
      p.event = 7
    },
    'a string for a span offset': (r) => (r.threats[0].evidence[0].start = '3'),
  }
  for (const [name, ok] of Object.entries(baselines)) {
    if (!ok(value)) throw new Error(`${name} rejects the seed report`)
    for (const [what, edit] of Object.entries(variants)) {
      const broken = JSON.parse(text)
      edit(broken)
      if (ok(broken)) throw new Error(`${name} accepts ${what}`)
      if (Report.decode(broken)._tag !== 'Left') throw new Error(`Report.decode accepts ${what}`)
    }
  }
  if (Report.decode(value)._tag !== 'Right') throw new Error('Report.decode rejects the seed')
  const broken = JSON.parse(text)
  broken.threats[0].condition.operand = { kind: 'occurs', event: 'no such event!' }
  // the interpreted walk, for comparison: a codec of the same description without generated code
  const interpreted = new Codec.Codec(Report.Structure.ast)
  const ms = compare({
    parse: () => JSON.parse(text),
    decode: () => Report.decode(value),
    shared: () => Report.decode(value, { share: true }),
    fromJson: () => Report.fromJson(text),
    ...Object.fromEntries(Object.entries(baselines).map(([k, f]) => [k, () => f(value)])),
    errors: () => Report.decode(broken),
    walk: () => Report.Structure.walk(value, 0, false),
    walkCopy: () => Report.Structure.walk(value, 0, true),
    interpretedWalk: () => interpreted.walk(value, 0, false),
    interpretedWalkCopy: () => interpreted.walk(value, 0, true),
    integrity: () => Report.integrity(value),
    // Report.fromJson, two ways it might get closer to JSON.parse (see bench/README.md)
    parseReviver: () => JSON.parse(text, (_k, x) => x),
    escapeScan: () => /\\(?:[bf]|u00[01]|u[dD][89abAB])|[\uD800-\uDFFF]/.test(text),
  })
  results.seed = { bytes: text.length, ms }
  const us = (x) => `${fmt(x * 1000)} µs`
  const g = 'seed report, valid'
  row(g, `JSON.parse of the text (${text.length} bytes)`, us(ms.parse))
  row(g, 'Report.decode (structure, contents, integrity; a copy)', us(ms.decode))
  row(g, 'Report.decode with { share: true }', us(ms.shared))
  row(g, 'Report.fromJson (JSON.parse, then decode with share)', us(ms.fromJson))
  row(g, '  generated code: structure and contents', us(ms.walk))
  row(g, '  generated code, copying', us(ms.walkCopy))
  row(g, '  interpreted walk (the same description)', us(ms.interpretedWalk))
  row(g, '  interpreted walk, copying', us(ms.interpretedWalkCopy))
  row(g, '  integrity (ids, references, cycles, spans)', us(ms.integrity))
  row(g, 'TypeBox TypeCompiler.Code, generated at build time', us(ms.typebox))
  row(g, 'ajv standalone, generated at build time', us(ms.ajv))
  row(g, 'zod 4 (compiles with new Function at run time)', us(ms.zod))
  row(g, 'zod 4 without code generation (jitless)', us(ms.zodJitless))
  row(g, 'valibot', us(ms.valibot))
  row(g, 'effect Schema', us(ms.effect))
  row(g, 'plain io-ts', us(ms.iots))
  row(g, 'hand-written guard', us(ms.guard))
  row(g, 'one error deep inside: the complete error list', us(ms.errors))
  row(g, 'JSON.parse with a reviver that returns each value', us(ms.parseReviver))
  row(g, 'scan of the text for control or surrogate escapes', us(ms.escapeScan))
  target('seed: Report.decode throughput vs zod 4', ms.zod / ms.decode, 2, 'min')
  target(
    'seed: Report.decode with share, time vs TypeBox build-time code',
    ms.shared / ms.typebox,
    3,
    'max',
  )
  target('seed: Report.fromJson time vs JSON.parse', ms.fromJson / ms.parse, 1.4, 'max')
}

// 2. scaling -------------------------------------------------------------------------------
{
  // one report of 100k statements against 100 separate reports of 1k: the same memory
  // footprint, so a per-node cost above the control's is growth beyond footprint
  const big = JSON.parse(JSON.stringify(synthetic(100_000)))
  const text1k = JSON.stringify(synthetic(1_000))
  const small = Array.from({ length: 100 }, () => JSON.parse(text1k))
  const textBig = JSON.stringify(big)
  const nodes = (r) => r.actors.length + r.events.length + r.statements.length + r.threats.length
  const nBig = nodes(big)
  const nSmall = 100 * nodes(small[0])
  if (Report.decode(big)._tag !== 'Right') throw new Error('synthetic 100k does not decode')
  const each = (f) => () => {
    for (const r of small) f(r)
  }
  const rounds = { rounds: quick ? 2 : 5, slice: 1 }
  const ms = compare(
    {
      sharedBig: () => Report.decode(big, { share: true }),
      sharedSmall: each((r) => Report.decode(r, { share: true })),
      decodeBig: () => Report.decode(big),
      decodeSmall: each((r) => Report.decode(r)),
      integrityBig: () => Report.integrity(big),
      integritySmall: each((r) => Report.integrity(r)),
      parseBig: () => JSON.parse(textBig),
      parseSmall: () => {
        for (let i = 0; i < 100; i++) JSON.parse(text1k)
      },
      typeboxBig: () => typeboxCheck(big),
      typeboxSmall: each((r) => typeboxCheck(r)),
    },
    rounds,
  )
  const per = (k, n) => (ms[k] * 1e6) / n
  const r = {}
  for (const k of ['shared', 'decode', 'integrity', 'parse', 'typebox']) {
    r[k] = { big: per(`${k}Big`, nBig), small: per(`${k}Small`, nSmall) }
    r[k].ratio = r[k].big / r[k].small
    row(
      'scaling: 100k statements vs 100 × 1k (ns per node)',
      k,
      `${fmt(r[k].big, 0)} vs ${fmt(r[k].small, 0)}: ${fmt(r[k].ratio)}×`,
    )
  }
  results.scaling = { nodesBig: nBig, nodesSmall: nSmall, nsPerNode: r }
  target('scaling: decode with share, 100k vs 100 × 1k', r.shared.ratio, 1.2, 'max')
  target('scaling: integrity, 100k vs 100 × 1k', r.integrity.ratio, 1.2, 'max')
  target(
    "scaling: decode with a copy, 100k vs 100 × 1k, vs JSON.parse's own ratio",
    r.decode.ratio / r.parse.ratio,
    1,
    'max',
  )
}

// 3. streaming -----------------------------------------------------------------------------
{
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'))
  const line = JSON.stringify(synthetic(10))
  const write = async (file, n) => {
    const out = createWriteStream(file)
    for (let i = 0; i < n; i++) if (!out.write(`${line}\n`)) await once(out, 'drain')
    out.end()
    await once(out, 'finish')
  }
  const node = (args) => {
    const start = wall()
    const r = spawnSync(
      process.execPath,
      ['--import', new URL('./maxrss.mjs', import.meta.url).pathname, ...args],
      { encoding: 'utf8', maxBuffer: 1 << 30 },
    )
    if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`)
    return {
      ms: wall() - start,
      rss: Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024,
      cpuMs: Number(/cpu (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000,
    }
  }
  const cli = new URL('../dist/cli.js', import.meta.url).pathname
  const baseline = new URL('./baselines/ndjson.mjs', import.meta.url).pathname
  results.streaming = {}
  const ns = quick ? [2_000, 20_000] : [10_000, 100_000]
  for (const n of ns) {
    const file = join(dir, `reports-${n}.ndjson`)
    await write(file, n)
    const runs = { jobs1: [], jobs2: [], baseline: [] }
    // interleaved, best of three: the machine is shared
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      runs.jobs1.push(node([cli, 'check', '--format', 'json', '--jobs', '1', file]))
      runs.jobs2.push(node([cli, 'check', '--format', 'json', '--jobs', '2', file]))
      runs.baseline.push(node([baseline, file]))
    }
    const best = (k) => runs[k].reduce((a, b) => (b.ms < a.ms ? b : a))
    const leastCpu = (k) => Math.min(...runs[k].map((x) => x.cpuMs))
    // perSecond: wall clock, what a user waits for; perCpuSecond: reports per second of CPU
    // time of all the process's threads, what one core does when no one else uses it
    const s = Object.fromEntries(
      Object.keys(runs).map((k) => [
        k,
        {
          perSecond: n / (best(k).ms / 1000),
          perCpuSecond: n / (leastCpu(k) / 1000),
          rss: best(k).rss,
        },
      ]),
    )
    results.streaming[n] = s
    const mib = (((line.length + 1) * n) / 2 ** 20).toFixed(0)
    const g = `streaming: ${n} reports (${mib} MiB of NDJSON), reports/s, peak memory`
    row(
      g,
      'claimgraph check --jobs 1',
      `${fmt(s.jobs1.perSecond, 0)}/s (${fmt(s.jobs1.perCpuSecond, 0)}/CPU s), ${fmt(s.jobs1.rss, 0)} MiB`,
    )
    row(
      g,
      'claimgraph check --jobs 2',
      `${fmt(s.jobs2.perSecond, 0)}/s (${fmt(s.jobs2.perCpuSecond, 0)}/CPU s), ${fmt(s.jobs2.rss, 0)} MiB`,
    )
    row(
      g,
      'JSON.parse + TypeBox build-time check, same stream',
      `${fmt(s.baseline.perSecond, 0)}/s (${fmt(s.baseline.perCpuSecond, 0)}/CPU s), ${fmt(s.baseline.rss, 0)} MiB`,
    )
  }
  rmSync(dir, { recursive: true, force: true })
  // where the command's time goes, one report of the stream in this process (CPU time)
  const one = compare({
    parse: () => JSON.parse(line),
    parseTypebox: () => typeboxCheck(JSON.parse(line)),
    fromJson: () => Report.fromJson(line),
    review: () => Rules.review({ rules: Rules.standard, share: true })(JSON.parse(line)),
  })
  results.streaming.perReport = one
  const g1 = `streaming: one report of the stream (${line.length} bytes), in this process`
  row(g1, 'JSON.parse', `${fmt(one.parse * 1000)} µs`)
  row(g1, 'JSON.parse + TypeBox build-time check', `${fmt(one.parseTypebox * 1000)} µs`)
  row(g1, 'Report.fromJson', `${fmt(one.fromJson * 1000)} µs`)
  row(g1, 'Rules.review, standard rules (parse, decode, rules)', `${fmt(one.review * 1000)} µs`)
  row(
    g1,
    'Report.fromJson throughput vs JSON.parse + TypeBox check',
    `${fmt(one.parseTypebox / one.fromJson)}×`,
  )
  const [a, b] = ns.map((n) => results.streaming[n])
  target(
    'streaming: check --jobs 1 throughput vs JSON.parse + TypeBox check',
    b.jobs1.perSecond / b.baseline.perSecond,
    0.75,
    'min',
  )
  target(
    'streaming: check --jobs 1 vs JSON.parse + TypeBox check, per CPU second',
    b.jobs1.perCpuSecond / b.baseline.perCpuSecond,
    0.75,
    'min',
  )
  target('streaming: check --jobs 2 vs --jobs 1', b.jobs2.perSecond / b.jobs1.perSecond, 1.7, 'min')
  target(
    `streaming: peak memory, ${ns[1]} vs ${ns[0]} reports, --jobs 1`,
    b.jobs1.rss / a.jobs1.rss,
    1.2,
    'max',
  )
  target(
    `streaming: peak memory, ${ns[1]} vs ${ns[0]} reports, --jobs 2`,
    b.jobs2.rss / a.jobs2.rss,
    1.2,
    'max',
  )
}

// 4. bundle size ---------------------------------------------------------------------------
{
  results.bundle = await bundleSizes()
  for (const [name, bytes] of Object.entries(results.bundle))
    row('bundle', name, `${(bytes / 1024).toFixed(1)} KiB`)
}

// 6. many reports: alignment ---------------------------------------------------------------
{
  const r = measureCorpus({ quick })
  results.corpus = r
  for (const x of r.rows)
    row(
      'corpus',
      `Corpus.align, ${x.reports} reports (${x.proposals} proposals)`,
      `${fmt(x.alignUsPerReport, 0)} µs/report`,
    )
  row(
    'corpus',
    'per-report cost of Corpus.align, 10k vs 1k reports',
    `${fmt(r.alignRatio)}×`,
    '≤ 2×',
  )
  row(
    'corpus',
    'per-report cost of Corpus.decode, 10k vs 1k reports (context)',
    `${fmt(r.decodeRatio)}×`,
  )
}

const width = Math.max(...rows.map((r) => r.name.length), ...targets.map((t) => t.name.length))
let group = ''
for (const r of rows) {
  if (r.group !== group) {
    group = r.group
    console.log(`\n${group}`)
  }
  console.log(`  ${r.name.padEnd(width)}  ${String(r.value).padStart(24)}`)
}
console.log('\ntargets (ratios in this run)')
for (const t of targets)
  console.log(
    `  ${t.name.padEnd(width)}  ${fmt(t.ratio).padStart(7)}×  ${t.kind === 'max' ? '≤' : '≥'} ${t.limit}×  ${
      t.met ? 'met' : `NOT MET (by ${fmt(t.by)}×)`
    }`,
  )
results.targets = targets
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nwrote bench/results.json')
