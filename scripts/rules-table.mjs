// Writes the rules table — `Rules.toMarkdown(Rules.RULES)` of the built library (run
// `npm run build` first) — into the header of src/Rules.ts and into docs/validators.md,
// after `<!-- rules-table -->`. A test fails when either differs from the rules.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The source with its table replaced by `table` (placeholder `RULES-TABLE` or the old table). */
export const inSource = (source, table) => {
  const lines = table.split('\n').map((l) => ` * ${l}`)
  const all = source.split('\n')
  let start = all.findIndex((l) => l === ' * RULES-TABLE' || l.startsWith(' * | code | kind |'))
  if (start < 0) throw new Error('src/Rules.ts: no rules table in the header')
  let end = start + 1
  while (end < all.length && all[end].startsWith(' * |')) end++
  if (all[start] === ' * RULES-TABLE') end = start + 1
  return [...all.slice(0, start), ...lines, ...all.slice(end)].join('\n')
}

/** The guide with the table after its marker replaced by `table`. */
export const inGuide = (guide, table) =>
  guide.replace(/(<!-- rules-table -->\n)(?:\|.*\n)*/, (_, open) => `${open}${table}\n`)

if (import.meta.url === `file://${process.argv[1]}`) {
  // the Node build (the ES module build is for bundlers)
  const { Rules } = createRequire(import.meta.url)('../dist/index.cjs')
  const table = Rules.toMarkdown(Rules.RULES)
  for (const [file, f] of [
    ['../src/Rules.ts', inSource],
    ['../docs/validators.md', inGuide],
  ]) {
    const path = new URL(file, import.meta.url)
    const before = readFileSync(path, 'utf8')
    const after = f(before, table)
    if (after !== before) writeFileSync(path, after)
    console.log(`${file.slice(3)}: ${after === before ? 'up to date' : 'updated'}`)
  }
}
