// Writes the generated fast paths of the codecs (src/generated/*.ts) from the codecs' own
// descriptions: `npm run codegen`. With --check, writes nothing and fails when a file differs.
// The generator is TypeScript (src/codec/generate.ts); esbuild bundles it for Node first.
import { build } from 'esbuild'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = new URL('..', import.meta.url).pathname
const check = process.argv.includes('--check')
const out = join(root, 'node_modules/.cache', `claimgraph-codegen-${process.pid}.mjs`)
await build({
  entryPoints: [join(root, 'src/codec/generateAll.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: out,
  external: ['io-ts', 'fp-ts', 'io-ts/*', 'fp-ts/*'],
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'warning',
})
let generated
try {
  generated = (await import(pathToFileURL(out).href)).generatedFiles()
} finally {
  rmSync(out, { force: true })
}
const { files, refused } = generated
for (const r of refused) console.log(`refused (keeps the interpreted walk): ${r}`)
const dir = join(root, 'src/generated')
mkdirSync(dir, { recursive: true })
const stale = []
for (const [path, source] of Object.entries(files)) {
  const file = join(root, path)
  let before
  try {
    before = readFileSync(file, 'utf8')
  } catch {
    before = undefined
  }
  if (before === source) continue
  stale.push(path)
  if (!check) writeFileSync(file, source)
}
for (const f of readdirSync(dir)) {
  const path = `src/generated/${f}`
  if (files[path] !== undefined) continue
  stale.push(path)
  if (!check) rmSync(join(root, path))
}
if (check && stale.length > 0) {
  console.log(`stale: ${stale.join(', ')}; run \`npm run codegen\``)
  process.exitCode = 1
} else console.log(stale.length === 0 ? 'generated code is current' : `wrote ${stale.join(', ')}`)
