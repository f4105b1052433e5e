// claimgraph benchmarks: every comparison is a ratio measured in this process and run, on
// the same bytes. `npm run bench` (it builds first) prints a table and writes
// bench/results.json. Not part of the test run.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, createWriteStream, rmSync } from 'node:fs'
import { once } from 'node:events'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { Report, Rules } from '../dist/index.js'
import { report as seed } from '../dist/fixtures.js'
import { ioTsReport, zodReport, guardReport } from './shapes.mjs'
import { synthetic } from './synthetic.mjs'
import { bundleSizes } from './bundle.mjs'
import { measureCorpus } from './corpus.mjs'

const quick = process.argv.includes('--quick')
const now = () => Number(process.hrtime.bigint()) / 1e6

/**
 * Times several functions against each other on a noisy machine: after a warm-up, it runs
 * `rounds` rounds, each timing every function in turn for `slice` milliseconds, and keeps
 * each function's best mean (milliseconds per call). Interleaving means drift in the
 * machine's speed hits every candidate alike; the best round is the least disturbed one.
 */
const compare = (fs, { rounds = quick ? 5 : 15, slice = quick ? 20 : 40 } = {}) => {
  const names = Object.keys(fs)
  for (const name of names) {
    const warm = now()
    while (now() - warm < slice) fs[name]()
  }
  const best = Object.fromEntries(names.map((n) => [n, Number.POSITIVE_INFINITY]))
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const f = fs[name]
      let n = 0
      const start = now()
      let elapsed = 0
      do {
        f()
        n++
        elapsed = now() - start
      } while (elapsed < slice)
      best[name] = Math.min(best[name], elapsed / n)
    }
  }
  return best
}

const rows = []
const results = {
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  date: new Date().toISOString(),
}
const row = (group, name, value, target) => rows.push({ group, name, value, target })
const fmt = (x, digits = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(digits))

// 1. the seed report, valid --------------------------------------------------------------
{
  const text = JSON.stringify(Report.encode(seed))
  const value = JSON.parse(text)
  const check = (name, ok) => {
    if (!ok) throw new Error(`${name} rejected the seed report`)
  }
  check('Report.decode', Report.decode(value)._tag === 'Right')
  check('io-ts', ioTsReport.decode(value)._tag === 'Right')
  check('zod', zodReport.safeParse(value).success)
  check('guard', guardReport(value))
  // 2. (measured with them) the same report with one error deep inside
  const broken = JSON.parse(text)
  broken.threats[0].condition.operand = { kind: 'occurs', event: 'no such event!' }
  const ms = compare({
    parse: () => JSON.parse(text),
    decode: () => Report.decode(value),
    shared: () => Report.decode(value, { share: true }),
    iots: () => ioTsReport.decode(value),
    zod: () => zodReport.safeParse(value),
    // zod 4 compiles object schemas with `new Function`; this is zod where a content
    // security policy forbids that (claimgraph never generates code)
    zodJitless: () => zodReport.safeParse(value, { jitless: true }),
    guard: () => guardReport(value),
    fromJson: () => Report.fromJson(text),
    errors: () => Report.decode(broken),
    // where the time of Report.decode goes
    walk: () => Report.Structure.walk(value, 0, false),
    walkCopy: () => Report.Structure.walk(value, 0, true),
    integrity: () => Report.integrity(value),
  })
  const {
    parse,
    decode,
    shared,
    iots,
    zod,
    zodJitless,
    guard,
    fromJson,
    errors,
    walk,
    walkCopy,
    integrity,
  } = ms
  results.seed = { bytes: text.length, ms }
  row('seed, valid', `JSON.parse of the text (${text.length} bytes)`, `${fmt(parse * 1000)} µs`)
  row(
    'seed, valid',
    'Report.decode (structure, brands, integrity; a copy)',
    `${fmt(decode * 1000)} µs`,
  )
  row('seed, valid', 'Report.decode with { share: true } (no copy)', `${fmt(shared * 1000)} µs`)
  row('seed, valid', '  of which: structure, brands and contents', `${fmt(walk * 1000)} µs`)
  row('seed, valid', '  of which: the copy', `${fmt((walkCopy - walk) * 1000)} µs`)
  row(
    'seed, valid',
    '  of which: integrity (ids, references, cycles, spans)',
    `${fmt(integrity * 1000)} µs`,
  )
  row('seed, valid', 'plain io-ts codec, same shape', `${fmt(iots * 1000)} µs`)
  row('seed, valid', 'zod 4 schema, same shape', `${fmt(zod * 1000)} µs`)
  row('seed, valid', 'zod 4 schema, no code generation (jitless)', `${fmt(zodJitless * 1000)} µs`)
  row('seed, valid', 'hand-written guard, same shape', `${fmt(guard * 1000)} µs`)
  row('seed, valid', 'throughput vs zod 4', `${fmt(zod / decode)}×`, '≥ 2×')
  row('seed, valid', 'time vs hand-written guard', `${fmt(decode / guard)}×`, '≤ 2×')
  row('seed, valid', 'time vs JSON.parse', `${fmt((100 * decode) / parse, 0)}%`, '≤ 25%')
  row('seed, valid', 'time vs plain io-ts', `${fmt(decode / iots)}×`)
  row('seed, valid', 'throughput vs zod 4 without code generation', `${fmt(zodJitless / decode)}×`)
  row('seed, valid', 'with share: throughput vs zod 4', `${fmt(zod / shared)}×`, '≥ 2×')
  row(
    'seed, valid',
    'with share: throughput vs zod 4 without code generation',
    `${fmt(zodJitless / shared)}×`,
  )
  row('seed, valid', 'with share: time vs hand-written guard', `${fmt(shared / guard)}×`, '≤ 2×')
  row(
    'seed, valid',
    'with share: time vs JSON.parse',
    `${fmt((100 * shared) / parse, 0)}%`,
    '≤ 25%',
  )
  row(
    'seed, valid',
    'Report.fromJson (JSON.parse, then decode with share)',
    `${fmt(fromJson * 1000)} µs, ${fmt(fromJson / parse)}× JSON.parse alone`,
  )
  results.seed.ratios = {
    vsZodThroughput: zod / decode,
    vsGuardTime: decode / guard,
    vsParse: decode / parse,
    vsIoTs: decode / iots,
    vsZodJitlessThroughput: zodJitless / decode,
    sharedVsZodThroughput: zod / shared,
    sharedVsZodJitlessThroughput: zodJitless / shared,
    sharedVsGuardTime: shared / guard,
    sharedVsParse: shared / parse,
    fromJsonVsParse: fromJson / parse,
  }

  // 2. one error deep inside ---------------------------------------------------------------
  results.error = { ms: errors, vsValid: errors / decode }
  row('seed, one deep error', 'complete error list', `${fmt(errors * 1000)} µs`)
  row('seed, one deep error', 'time vs the valid case', `${fmt(errors / decode)}×`)
}

// 3. scaling -------------------------------------------------------------------------------
{
  results.scaling = []
  for (const n of [1_000, 10_000, 100_000]) {
    // decoded from parsed JSON, as users get it
    const text = JSON.stringify(synthetic(n))
    const value = JSON.parse(text)
    const nodes =
      value.actors.length + value.events.length + value.statements.length + value.threats.length
    const decoded = Report.decode(value)
    if (decoded._tag !== 'Right') throw new Error(`synthetic ${n} does not decode`)
    if (!guardReport(value)) throw new Error(`the guard rejects synthetic ${n}`)
    const big = n >= 100_000
    const ms = compare(
      {
        decode: () => Report.decode(value),
        shared: () => Report.decode(value, { share: true }),
        rules: () => Rules.standard(decoded.right),
        guard: () => guardReport(value),
        parse: () => JSON.parse(text),
      },
      big ? { rounds: quick ? 2 : 5, slice: 1 } : {},
    )
    const perNode = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, (v * 1e6) / nodes]))
    results.scaling.push({ statements: n, nodes, nsPerNode: perNode })
    const label = `${n} statements (${nodes} nodes)`
    row('scaling', `${label}: decode + integrity`, `${fmt(perNode.decode, 0)} ns/node`)
    row('scaling', `${label}: decode + integrity, shared`, `${fmt(perNode.shared, 0)} ns/node`)
    row('scaling', `${label}: standard rules`, `${fmt(perNode.rules, 0)} ns/node`)
    row('scaling', `${label}: baseline, hand-written guard`, `${fmt(perNode.guard, 0)} ns/node`)
    row('scaling', `${label}: baseline, JSON.parse`, `${fmt(perNode.parse, 0)} ns/node`)
  }
  const [small, , large] = results.scaling
  const growth = (k) => large.nsPerNode[k] / small.nsPerNode[k]
  results.scalingRatios = Object.fromEntries(
    ['decode', 'shared', 'rules', 'guard', 'parse'].map((k) => [k, growth(k)]),
  )
  const r = results.scalingRatios
  row('scaling', 'per-node cost, 100k vs 1k: decode', `${fmt(r.decode)}×`, '≤ 1.5×')
  row('scaling', 'per-node cost, 100k vs 1k: decode, shared', `${fmt(r.shared)}×`, '≤ 1.5×')
  row('scaling', 'per-node cost, 100k vs 1k: standard rules', `${fmt(r.rules)}×`, '≤ 1.5×')
  row('scaling', 'per-node cost, 100k vs 1k: baseline, hand-written guard', `${fmt(r.guard)}×`)
  row('scaling', 'per-node cost, 100k vs 1k: baseline, JSON.parse', `${fmt(r.parse)}×`)
}

// 4. streaming -----------------------------------------------------------------------------
{
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'))
  const line = JSON.stringify(synthetic(10))
  results.streaming = []
  for (const n of quick ? [1_000, 10_000] : [10_000, 100_000]) {
    const file = join(dir, `reports-${n}.ndjson`)
    const out = createWriteStream(file)
    for (let i = 0; i < n; i++) if (!out.write(`${line}\n`)) await once(out, 'drain')
    out.end()
    await once(out, 'finish')
    const start = now()
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        new URL('./maxrss.mjs', import.meta.url).pathname,
        new URL('../dist/cli.js', import.meta.url).pathname,
        'check',
        '--format',
        'json',
        file,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 30 },
    )
    const ms = now() - start
    const rss = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN)
    results.streaming.push({
      reports: n,
      seconds: ms / 1000,
      reportsPerSecond: n / (ms / 1000),
      maxRssMiB: rss / 1024,
    })
    row(
      'streaming',
      `claimgraph check, ${n} reports (${(((line.length + 1) * n) / 2 ** 20).toFixed(0)} MiB)`,
      `${fmt(n / (ms / 1000), 0)} reports/s, peak ${fmt(rss / 1024, 0)} MiB`,
    )
  }
  rmSync(dir, { recursive: true, force: true })
  const [a, b] = results.streaming
  results.streamingRatio = b.maxRssMiB / a.maxRssMiB
  row(
    'streaming',
    `peak memory, ${b.reports} vs ${a.reports} reports`,
    `${fmt(results.streamingRatio)}×`,
    '≤ 1.2×',
  )
}

// 5. bundle size ---------------------------------------------------------------------------
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

const width = Math.max(...rows.map((r) => r.name.length))
let group = ''
for (const r of rows) {
  if (r.group !== group) {
    group = r.group
    console.log(`\n${group}`)
  }
  console.log(
    `  ${r.name.padEnd(width)}  ${String(r.value).padStart(28)}${r.target === undefined ? '' : `   target ${r.target}`}`,
  )
}
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nwrote bench/results.json')
