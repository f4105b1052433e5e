// The corpus benchmark: Corpus.align on synthetic corpora of 1,000 and 10,000 reports,
// cost per report. `node bench/corpus.mjs` (after `npm run build`) runs it alone;
// `npm run bench` runs it with the others. Not part of the test run.
import { Corpus } from '../dist/index.cjs'

/** A small deterministic random number generator (mulberry32). */
const random = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const code = (i) =>
  LETTERS[i % 26] + LETTERS[Math.floor(i / 26) % 26] + LETTERS[Math.floor(i / 676) % 26]
const SYLLABLES = ['ka', 'lo', 'mer', 'va', 'tin', 'sor', 'del', 'ru', 'an', 'bel', 'ost', 'ira']
const word = (i) =>
  SYLLABLES[i % 12] + SYLLABLES[Math.floor(i / 12) % 12] + SYLLABLES[Math.floor(i / 144) % 12]
const cap = (s) => s[0].toUpperCase() + s.slice(1)
const pad = (n) => String(n).padStart(2, '0')

/**
 * A synthetic corpus of `n` reports: stories of five versions each, in the way real
 * stories vary — two states from a pool of 120, a named official from a pool of 1,728
 * surnames, an anonymous source, an outlet from a pool of 200, a strike with a date that
 * differs by a day now and then, a withdrawal from a named place that the threat demands, a
 * claim, and a conditional threat. Popular states and
 * outlets make large blocks, as they do in real corpora.
 */
export const syntheticCorpus = (n) => {
  const rnd = random(42)
  const reports = []
  const stories = Math.ceil(n / 5)
  for (let s = 0; s < stories; s++) {
    // skewed choices: a few states appear in many stories
    const a = Math.floor(120 * rnd() ** 2)
    let b = Math.floor(120 * rnd() ** 2)
    if (b === a) b = (a + 1) % 120
    const surname = cap(word(Math.floor(1728 * rnd())))
    const given = cap(word(Math.floor(144 * rnd())))
    const month = 1 + Math.floor(12 * rnd())
    const dayOf = 1 + Math.floor(26 * rnd())
    for (let v = 0; v < 5 && reports.length < n; v++) {
      const outlet = Math.floor(200 * rnd() ** 1.5)
      const day = dayOf + (rnd() < 0.2 ? 1 : 0)
      const A = `s${a}`
      const B = `s${b}`
      reports.push({
        key: `r${reports.length}`,
        report: {
          format: 'claimgraph/2',
          headline: `${cap(word(a))} strikes ${cap(word(b))}`,
          author: 'report',
          outlet: 'outlet',
          published: `2030-${pad(month)}-${pad(day + 1)}`,
          actors: [
            { kind: 'author', id: 'report' },
            { kind: 'outlet', id: 'outlet', name: `The ${cap(word(outlet + 500))} Post` },
            { kind: 'state', id: A, name: cap(word(a)), country: code(a) },
            { kind: 'state', id: B, name: cap(word(b)), country: code(b) },
            {
              kind: 'person',
              id: 'minister',
              name: rnd() < 0.3 ? `${given[0]}. ${surname}` : `${given} ${surname}`,
              offices: [{ title: 'Defence Minister', in: A }],
            },
            {
              kind: 'anonymous',
              id: 'source',
              description: rnd() < 0.5 ? 'a senior official' : 'an official',
              count: 1,
              affiliation: A,
            },
          ],
          events: [
            {
              id: 'strike',
              type: rnd() < 0.3 ? 'drone strike' : 'strike',
              description: 'a strike',
              status: 'occurred',
              agents: [A],
              targets: [B],
              places: [
                { name: `${cap(word(b + 300))} station`, role: 'location', country: code(b) },
              ],
              time: `2030-${pad(month)}-${pad(day)}`,
            },
            {
              id: 'retreat',
              type: 'withdrawal',
              description: 'a withdrawal',
              status: 'hypothetical',
              agents: [B],
              places: [{ name: `${cap(word(s % 1728))} valley`, role: 'origin', country: code(b) }],
            },
          ],
          statements: [
            {
              id: 'claim',
              speakers: ['source'],
              act: 'assert',
              content: { kind: 'proposition', proposition: { kind: 'occurs', event: 'strike' } },
              attribution: { chain: [{ source: 'source', cue: 'said' }] },
            },
            {
              id: 'warned',
              speakers: ['minister'],
              act: rnd() < 0.5 ? 'warn' : 'threaten',
              content: { kind: 'threat', threat: 'warning' },
              quote: `We will not wait, ${word(s % 1000)}`,
              attribution: { chain: [{ source: 'minister', cue: 'said' }] },
            },
          ],
          threats: [
            {
              id: 'warning',
              issuer: ['minister'],
              addressee: [B],
              enforcer: [A],
              condition: { kind: 'not', operand: { kind: 'occurs', event: 'retreat' } },
              consequence: { kind: 'occurs', event: 'strike' },
              valence: 'negative',
            },
          ],
        },
      })
    }
  }
  return { format: Corpus.FORMAT, reports, links: [] }
}

/**
 * Milliseconds of CPU time this process has used (user and system, every thread), not
 * wall time: on a shared machine, time spent waiting for a core is not the code's cost,
 * and a long run waits more often than a short one.
 */
const now = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/** The best of `runs` timings of `f`, in milliseconds of CPU time. */
const best = (f, runs) => {
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const start = now()
    f()
    min = Math.min(min, now() - start)
  }
  return min
}

/** Measures Corpus.align (and, as context, Corpus.decode) per report at 1k and 10k reports. */
export const measureCorpus = ({ quick = false } = {}) => {
  const out = []
  for (const n of [1_000, 10_000]) {
    const data = syntheticCorpus(n)
    const decoded = Corpus.decode(data)
    if (decoded._tag !== 'Right') throw new Error(`the synthetic corpus of ${n} does not decode`)
    const corpus = decoded.right
    const proposals = Corpus.align()(corpus).length
    const runs = quick ? 2 : n >= 10_000 ? 5 : 15
    // interleaved, so that drift in the machine's speed hits both alike
    let align = Infinity
    let decode = Infinity
    for (let round = 0; round < runs; round++) {
      align = Math.min(
        align,
        best(() => Corpus.align()(corpus), 1),
      )
      decode = Math.min(
        decode,
        best(() => Corpus.decode(data), 1),
      )
    }
    out.push({
      reports: n,
      proposals,
      alignMs: align,
      alignUsPerReport: (align * 1000) / n,
      decodeUsPerReport: (decode * 1000) / n,
    })
  }
  const [small, large] = out
  return {
    rows: out,
    alignRatio: large.alignUsPerReport / small.alignUsPerReport,
    decodeRatio: large.decodeUsPerReport / small.decodeUsPerReport,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = measureCorpus({ quick: process.argv.includes('--quick') })
  for (const x of r.rows)
    console.log(
      `${x.reports} reports: Corpus.align ${x.alignUsPerReport.toFixed(1)} µs/report (${x.alignMs.toFixed(0)} ms, ${x.proposals} proposals); Corpus.decode ${x.decodeUsPerReport.toFixed(1)} µs/report`,
    )
  console.log(
    `per-report cost, 10k vs 1k: align ${r.alignRatio.toFixed(2)}× (target ≤ 2×), decode ${r.decodeRatio.toFixed(2)}×`,
  )
}
