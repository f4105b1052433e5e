// Prints what the first round of checking (decoding and the strict rules together) catches
// of the defect corpus, by defect class: run `npm run defects` (it builds first).
import { createRequire } from 'node:module'
import { variants } from './corpus.mjs'

// the Node build (the ES module build is for bundlers)
const require = createRequire(import.meta.url)
const { Report, Rules } = require('../../dist/index.cjs')
const { report } = require('../../dist/fixtures.cjs')

const corpus = variants(JSON.parse(JSON.stringify(Report.encode(report))))
const byClass = new Map()
let caught = 0
let missed = 0
let skipped = 0
for (const v of corpus) {
  if (v.skip !== undefined) {
    skipped++
    continue
  }
  const r = Rules.review({ rules: Rules.strict, ...(v.options ?? {}) })(v.build())
  const found = new Set(Rules.repairs([...r.decode, ...r.issues]).map((x) => x.code))
  const ok = v.expected.every((c) => found.has(c))
  const row = byClass.get(v.defect) ?? { caught: 0, missed: 0, names: [] }
  if (ok) row.caught++
  else {
    row.missed++
    row.names.push(
      `${v.name} (wanted ${v.expected.filter((c) => !found.has(c)).join(', ')}${v.pending ? `; pending: ${v.pending}` : ''})`,
    )
  }
  byClass.set(v.defect, row)
  if (ok) caught++
  else missed++
}
const width = Math.max(...[...byClass.keys()].map((k) => k.length))
console.log(`${'defect class'.padEnd(width)}  caught  missed`)
for (const [k, row] of byClass) {
  console.log(
    `${k.padEnd(width)}  ${String(row.caught).padStart(6)}  ${String(row.missed).padStart(6)}`,
  )
  for (const n of row.names) console.log(`${' '.repeat(width)}    missed: ${n}`)
}
console.log(
  `\n${corpus.length} variants: ${caught} caught in the first round, ${missed} missed, ${skipped} skipped`,
)
