// Keeps every TypeScript code sample in the docs identical to a file in docs/examples,
// where the test suite compiles and runs it:
// - in src/**/*.ts, the first ```ts block of a module's header comment is the example of the
//   same name (src/Threat.ts ↔ docs/examples/Threat.ts; src/index.ts ↔ namespaces.ts;
//   src/fixtures/index.ts ↔ fixtures.ts; src/interop/plover.ts ↔ interop-plover.ts);
// - in README.md and docs/*.md, a ```ts block preceded by `<!-- example: NAME -->` is
//   docs/examples/NAME.ts.
// `node scripts/examples.mjs` rewrites the samples; `--check` only lists what is stale.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const example = (name) => readFileSync(join(root, 'docs/examples', `${name}.ts`), 'utf8').trimEnd()

const exampleFor = (file) => {
  if (file === 'src/index.ts') return 'namespaces'
  if (file === 'src/fixtures/index.ts') return 'fixtures'
  if (file === 'src/arbitrary/index.ts') return 'arbitrary'
  const i = /^src\/interop\/([a-z-]+)\.ts$/.exec(file)
  if (i !== null) return `interop-${i[1]}`
  const m = /^src\/([A-Za-z]+)\.ts$/.exec(file)
  return m && existsSync(join(root, 'docs/examples', `${m[1]}.ts`)) ? m[1] : undefined
}

const interop = () =>
  readdirSync(join(root, 'src/interop'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/interop/${f}`)

const syncSource = (text, name) =>
  text.replace(/( \* ```ts\n)([\s\S]*?)(\n \* ```)/, (_, open, _body, close) => {
    const body = example(name)
      .split('\n')
      .map((l) => (l === '' ? ' *' : ` * ${l}`))
      .join('\n')
    return `${open}${body}${close}`
  })

const syncMarkdown = (text) =>
  text.replace(
    /(<!-- example: ([\w-]+) -->\n```ts\n)(?:(?!```)[\s\S])*```/g,
    (_, open, name) => `${open}${example(name)}\n\`\`\``,
  )

/** The files whose samples differ from docs/examples; with `write`, rewrites them. */
export const sync = ({ write }) => {
  const stale = []
  const sources = [
    ...readdirSync(join(root, 'src'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/${f}`),
    'src/fixtures/index.ts',
    'src/arbitrary/index.ts',
    ...interop(),
  ]
  const docs = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ]
  for (const file of [...sources, ...docs]) {
    const path = join(root, file)
    const before = readFileSync(path, 'utf8')
    const name = file.endsWith('.md') ? undefined : exampleFor(file)
    const after = file.endsWith('.md')
      ? syncMarkdown(before)
      : name === undefined
        ? before
        : syncSource(before, name)
    if (after !== before) {
      stale.push(file)
      if (write) writeFileSync(path, after)
    }
  }
  return stale
}

/** Every ```ts block of the docs that is not tied to an example, as `file: first line`. */
export const untied = () => {
  const out = []
  const docs = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ]
  for (const file of docs) {
    const text = readFileSync(join(root, file), 'utf8')
    for (const m of text.matchAll(/(<!-- example: [\w-]+ -->\n)?```ts\n(.*)/g))
      if (m[1] === undefined) out.push(`${file}: ${m[2]}`)
  }
  for (const file of [
    ...readdirSync(join(root, 'src'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/${f}`),
    ...interop(),
  ]) {
    const text = readFileSync(join(root, file), 'utf8')
    const blocks = [...text.matchAll(/ \* ```ts\n/g)].length
    if (blocks > (exampleFor(file) === undefined ? 0 : 1)) out.push(`${file}: ${blocks} ts blocks`)
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check')
  const stale = sync({ write: !check })
  if (stale.length > 0) console.log(`${check ? 'stale' : 'updated'}: ${stale.join(', ')}`)
  process.exitCode = check && stale.length > 0 ? 1 : 0
}
