// Writes the JSON Schemas of a report document into dist/, from the built library, so
// the published files are what the codecs describe: dist/schema.json (the standard
// profile, `claimgraph/schema.json`) and dist/schema.strict.json (the strict profile,
// `claimgraph/schema.strict.json`). The build runs it; a test compares the files with
// what the codecs give.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const JsonSchema = require('../dist/JsonSchema.cjs')

/** The files, by name under dist/, with their text. */
export const files = (lib) => ({
  'schema.json': `${JSON.stringify(lib.report('standard'), null, 2)}\n`,
  'schema.strict.json': `${JSON.stringify(lib.report('strict'), null, 2)}\n`,
})

if (import.meta.url === `file://${process.argv[1]}`)
  for (const [name, text] of Object.entries(files(JsonSchema)))
    writeFileSync(new URL(`../dist/${name}`, import.meta.url), text)
