// Packs claimgraph, installs the tarball into a fresh project outside the repository, and
// there checks every way users load it:
// - Node ESM and Node CommonJS load the CommonJS build, one copy for both, with fp-ts's
//   CommonJS modules (the ones a user's `fp-ts/lib/Either.js` loads);
// - a browser bundle (esbuild) takes the ES build, with fp-ts's and io-ts's ES modules and
//   no CommonJS copy of either, and runs;
// - every TypeScript sample of the docs (the README's first) runs as an `.mjs` file under
//   plain Node, and type-checks under `moduleResolution` node16, bundler and node10;
// - deep imports (`claimgraph/Threat`, `claimgraph/fixtures`) under each of these;
// - the `claimgraph` command.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdtempSync,
  writeFileSync,
  readFileSync,
  readdirSync,
  rmSync,
  mkdirSync,
  copyFileSync,
  cpSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, transform } from 'esbuild'

const repo = resolve(new URL('..', import.meta.url).pathname)
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'))
const dev = pkg.devDependencies

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-consumer-'))
let failed = 0
const check = async (name, f) => {
  try {
    await f()
    console.log(`ok   ${name}`)
  } catch (e) {
    failed++
    console.log(`FAIL ${name}\n${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`)
  }
}
const assert = (ok, message) => {
  if (!ok) throw new Error(message)
}
/** A browser bundle, minified, of a module written in the consumer project `dir`. */
const browserBundle = (contents, dir) =>
  build({
    stdin: { contents, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    write: false,
    logLevel: 'silent',
  })

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], repo))
  const tarball = join(dir, packed[0].filename)
  const files = packed[0].files.map((f) => f.path)
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0', type: 'module' }),
  )
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      tarball,
      `io-ts@${dev['io-ts']}`,
      `fp-ts@${dev['fp-ts']}`,
      `typescript@${dev.typescript}`,
      `@types/node@${dev['@types/node']}`,
      // the optional peers: claimgraph/interop/schema-org's types, claimgraph/arbitrary
      `schema-dts@${dev['schema-dts']}`,
      `fast-check@${dev['fast-check']}`,
    ],
    dir,
  )

  await check('the package ships its guides, and no source maps and no tests', () => {
    assert(
      !files.some((f) => f.endsWith('.map')),
      `source maps: ${files.filter((f) => f.endsWith('.map'))}`,
    )
    assert(
      !files.some((f) => f.startsWith('test/') || f.startsWith('src/')),
      'sources or tests shipped',
    )
    assert(files.includes('seeds/README.md'), 'the seed text has no stated source')
    // the guides, for reading offline and beside the declarations
    for (const guide of [
      'docs/getting-started.md',
      'docs/threat-semantics.md',
      'docs/validators.md',
    ])
      assert(files.includes(guide), `${guide} is not in the package`)
  })

  writeFileSync(
    join(dir, 'esm.mjs'),
    `import assert from 'node:assert'
import { createRequire } from 'node:module'
import { Codec, Id, Report, Time as TimeNs } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import * as Time from 'claimgraph/Time'
import * as E from 'fp-ts/lib/Either.js'
const require = createRequire(import.meta.url)
// Node ESM loads the CommonJS build: one copy, shared with require()
assert.match(import.meta.resolve('claimgraph'), /\\/dist\\/index\\.cjs$/)
assert.equal(require('claimgraph').Time, TimeNs)
assert.equal(require('claimgraph/Time').compare, Time.compare)
// with fp-ts's CommonJS modules, the ones a user's fp-ts/lib import loads
const loaded = Object.keys(require.cache)
assert.ok(loaded.some((p) => p.includes('/node_modules/fp-ts/lib/')))
assert.ok(loaded.some((p) => p.includes('/node_modules/io-ts/lib/')))
assert.ok(!loaded.some((p) => /\\/(fp|io)-ts\\/es6\\//.test(p)))
assert.ok(E.isRight(Codec.decode(Id.ActorId)('iraq')))
assert.ok(fixtures.source.startsWith('U.S. Warns Iraq'))
assert.equal(Time.compare(Time.time('2024-10-25'), Time.time('2024-11')), 'before')
assert.ok(Report.Report.is(fixtures.report))
`,
  )
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `const assert = require('node:assert')
const { Id } = require('claimgraph')
const fixtures = require('claimgraph/fixtures')
const Threat = require('claimgraph/Threat')
assert.match(require.resolve('claimgraph'), /\\/dist\\/index\\.cjs$/)
assert.equal(Id.actor('iraq'), 'iraq')
assert.ok(fixtures.source.startsWith('U.S. Warns Iraq'))
assert.equal(Threat.Threat, require('claimgraph').Threat.Threat)
assert.equal(Threat.classify(fixtures.report)(fixtures.threats.warning), 'warning')
// the JSON Schemas of a report, as files
assert.equal(require('claimgraph/schema.json').$schema, 'https://json-schema.org/draft/2020-12/schema')
assert.equal(require('claimgraph/schema.strict.json').additionalProperties, false)
`,
  )
  await check('Node ESM: the CommonJS build, one copy shared with require(), fp-ts/lib', () =>
    run('node', ['esm.mjs'], dir),
  )
  await check('Node CommonJS: require', () => run('node', ['cjs.cjs'], dir))

  await check(
    'browser bundle (esbuild): the ES build with fp-ts/es6 and io-ts/es6, and it runs',
    async () => {
      const r = await browserBundle(
        `import { Report, Rules, Validator } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import { classify } from 'claimgraph/Threat'
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import * as t from 'io-ts'
const decoded = Report.decode(Report.encode(fixtures.report))
if (!E.isRight(decoded)) throw new Error('the seed does not decode')
if (classify(fixtures.report)(fixtures.threats.warning) !== 'warning') throw new Error('classify')
if (!pipe(t.string.decode('x'), E.isRight)) throw new Error('io-ts')
globalThis.result = Validator.toText(Rules.standard(decoded.right)).split('\\n').at(-1)
`,
        dir,
      )
      const inputs = Object.keys(r.metafile.inputs)
      const of = (re) => inputs.filter((p) => re.test(p))
      assert(of(/node_modules\/(fp|io)-ts\/lib\//).length === 0, `CommonJS peers: ${of(/\/lib\//)}`)
      assert(of(/node_modules\/fp-ts\/es6\//).length > 0, 'no fp-ts/es6')
      assert(of(/node_modules\/io-ts\/es6\//).length === 1, 'io-ts/es6 not once')
      assert(
        of(/claimgraph\/dist\/.*\.cjs$/).length === 0,
        `CommonJS build in the bundle: ${of(/\.cjs$/)}`,
      )
      const out = join(dir, 'bundle.mjs')
      writeFileSync(out, `${r.outputFiles[0].text}\nconsole.log(globalThis.result)\n`)
      const printed = run('node', [out], dir).trim()
      assert(printed.startsWith('0 errors, '), `the bundle printed ${printed}`)
    },
  )

  // Every sample of the docs, as users copy it: the README's is docs/examples/readme.ts.
  const examples = readdirSync(join(repo, 'docs/examples')).filter((f) => f.endsWith('.ts'))
  mkdirSync(join(dir, 'samples'))
  for (const f of examples) {
    const source = readFileSync(join(repo, 'docs/examples', f), 'utf8')
    const js = (await transform(source, { loader: 'ts', format: 'esm' })).code
    writeFileSync(join(dir, 'samples', f.replace(/\.ts$/, '.mjs')), js)
    copyFileSync(join(repo, 'docs/examples', f), join(dir, 'samples', f.replace(/\.ts$/, '.mts')))
  }
  // the data files samples read beside them (a model's recorded answers)
  for (const d of readdirSync(join(repo, 'docs/examples'), { withFileTypes: true }))
    if (d.isDirectory())
      cpSync(join(repo, 'docs/examples', d.name), join(dir, 'samples', d.name), { recursive: true })
  await check('the README sample runs as an .mjs file under plain Node', () => {
    const r = spawnSync('node', ['samples/readme.mjs'], { cwd: dir, encoding: 'utf8' })
    assert(r.status === 0, r.stderr)
    assert(/\n0 errors, /.test(r.stdout), r.stdout)
  })
  await check(
    `every docs sample (${examples.length}) runs as an .mjs file under plain Node`,
    () => {
      const broken = examples
        .map((f) => f.replace(/\.ts$/, '.mjs'))
        .filter((f) => spawnSync('node', [join('samples', f)], { cwd: dir }).status !== 0)
      assert(broken.length === 0, `these fail: ${broken.join(', ')}`)
    },
  )

  // The ES build's module-level constructions are marked pure (scripts/pure.mjs): bundled and
  // minified, so that the bundler drops what each sample does not use, every sample prints
  // what it prints under Node, and a sample that only decodes leaves the rules out.
  await check(
    `every docs sample (${examples.length}) bundled from the ES build, tree-shaken and minified, prints the same`,
    async () => {
      const differ = []
      for (const f of examples) {
        const js = join('samples', f.replace(/\.ts$/, '.mjs'))
        const r = await build({
          entryPoints: [join(dir, js)],
          bundle: true,
          minify: true,
          format: 'esm',
          platform: 'node',
          mainFields: ['module', 'main'],
          conditions: ['module'],
          metafile: true,
          write: false,
          logLevel: 'silent',
        })
        const inputs = Object.keys(r.metafile.inputs)
        assert(
          inputs.some((p) => p.includes('claimgraph/dist/esm/')) &&
            !inputs.some((p) => /claimgraph\/dist\/.*\.cjs$/.test(p)),
          `${f}: not bundled from the ES build`,
        )
        const out = join(dir, 'samples', `bundled-${f.replace(/\.ts$/, '.mjs')}`)
        writeFileSync(out, r.outputFiles[0].text)
        const plain = spawnSync('node', [js], { cwd: dir, encoding: 'utf8' })
        const bundled = spawnSync('node', [out], { cwd: dir, encoding: 'utf8' })
        if (bundled.status !== plain.status || bundled.stdout !== plain.stdout) differ.push(f)
      }
      assert(differ.length === 0, `these print differently bundled: ${differ.join(', ')}`)
    },
  )
  await check(
    'tree-shaking: a bundle that only decodes reports leaves out the rules and the corpus',
    async () => {
      const r = await browserBundle(
        `import { decode } from 'claimgraph/Report'\nconsole.log(decode({}))`,
        dir,
      )
      const inputs = Object.keys(r.metafile.inputs)
      const kept = Object.values(r.metafile.outputs)[0].inputs
      const bytes = (re) =>
        Object.entries(kept)
          .filter(([p]) => re.test(p))
          .reduce((n, [, x]) => n + x.bytesInOutput, 0)
      assert(
        inputs.some((p) => p.includes('dist/esm/Report.js')),
        'Report is not in the bundle',
      )
      assert(
        bytes(/dist\/esm\/(Rules|Corpus|JsonSchema|Render)\.js$/) === 0,
        'rules, corpus, schema or render kept',
      )
    },
  )

  writeFileSync(
    join(dir, 'consumer.ts'),
    `import { Codec, Id } from 'claimgraph'
import { report, source, threats } from 'claimgraph/fixtures'
import { classify, type Class } from 'claimgraph/Threat'
import * as E from 'fp-ts/lib/Either.js'
const a: Id.ActorId = Id.actor('iraq')
const r = Codec.decode(Id.ActorId)('iraq')
const ok: boolean = E.isRight(r) && r.right === a
// @ts-expect-error a statement id is not an actor id
const wrong: Id.ActorId = Id.statement('s1')
const kind: Class = classify(report)(threats.warning)
export const out = [ok, wrong, source.length, kind] as const
`,
  )
  const tsconfig = (moduleResolution, module, files) =>
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module,
        moduleResolution,
        target: 'ES2022',
        lib: ['ES2022'],
        types: ['node'],
        skipLibCheck: false,
      },
      files,
    })
  const tsc = (moduleResolution, module, files) => {
    writeFileSync(join(dir, 'tsconfig.json'), tsconfig(moduleResolution, module, files))
    run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.'], dir)
  }
  const samples = examples.map((f) => `samples/${f.replace(/\.ts$/, '.mts')}`)
  await check('tsc, moduleResolution node16: a consumer and every docs sample', () =>
    tsc('node16', 'node16', ['consumer.ts', ...samples]),
  )
  await check('tsc, moduleResolution bundler: a consumer and every docs sample', () =>
    tsc('bundler', 'esnext', ['consumer.ts', ...samples]),
  )
  await check('tsc, moduleResolution node10: deep imports through typesVersions', () => {
    writeFileSync(join(dir, 'consumer.cts'), readFileSync(join(dir, 'consumer.ts'), 'utf8'))
    tsc('node10', 'commonjs', ['consumer.cts'])
  })
  await check('bin: claimgraph inspect | head -1 exits 0, quietly', () => {
    const r = spawnSync(
      'bash',
      ['-c', `node_modules/.bin/claimgraph inspect | head -1; exit \${PIPESTATUS[0]}`],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    )
    assert(r.status === 0 && r.stderr === '', `exit ${r.status}: ${r.stderr}`)
    assert(r.stdout.startsWith('U.S. Warns Iraq'), r.stdout)
  })
} finally {
  rmSync(dir, { recursive: true, force: true })
}
if (failed > 0) {
  console.log(`consumer test: ${failed} failed`)
  process.exit(1)
}
console.log('consumer test: all passed')
