// Keeps the seed report's exports shown in docs/interop.md identical to what the exporters
// write: each block after `<!-- interop-seed: NAME -->` is the seed in that format, one
// record, coding or JSON-LD node per line. `node scripts/interop-seed.mjs` rewrites the
// blocks from the built library (run `npm run build` first); a test compares them with
// the sources.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const path = new URL('../docs/interop.md', import.meta.url)

const jsonLd = (doc) =>
  [
    JSON.stringify({ '@context': doc['@context'] }),
    ...doc['@graph'].map((n) => JSON.stringify(n)),
  ].join('\n')

/** The blocks, by name, from the exporter modules and the seed report. */
export const blocks = ({ Cameo, Plover, Prov, SchemaOrg }, report) => ({
  cameo: Cameo.toJsonl(Cameo.fromReport(report).codings).trimEnd(),
  plover: Plover.toJsonl(Plover.fromReport(report).records).trimEnd(),
  prov: jsonLd(Prov.fromReport(report)),
  'schema-org': jsonLd(SchemaOrg.fromReport(report)),
})

/** The guide with each block replaced. */
export const sync = (text, given) =>
  text.replace(
    /(<!-- interop-seed: ([\w-]+) -->\n```jsonl\n)(?:(?!```)[\s\S])*```/g,
    (_, open, name) => `${open}${given[name]}\n\`\`\``,
  )

/** The guide's blocks as they are, by name. */
export const embedded = (text) =>
  Object.fromEntries(
    [...text.matchAll(/<!-- interop-seed: ([\w-]+) -->\n```jsonl\n((?:(?!```)[\s\S])*)```/g)].map(
      ([, name, body]) => [name, body.trimEnd()],
    ),
  )

if (import.meta.url === `file://${process.argv[1]}`) {
  // the CommonJS build is the one plain Node loads (the .js build is for bundlers)
  const require = createRequire(import.meta.url)
  const Cameo = require('../dist/interop/cameo.cjs')
  const Plover = require('../dist/interop/plover.cjs')
  const Prov = require('../dist/interop/prov.cjs')
  const SchemaOrg = require('../dist/interop/schema-org.cjs')
  const { report } = require('../dist/fixtures.cjs')
  const doc = readFileSync(path, 'utf8')
  const next = sync(doc, blocks({ Cameo, Plover, Prov, SchemaOrg }, report))
  writeFileSync(path, next)
  console.log(next === doc ? 'interop guide up to date' : 'interop guide updated')
}
