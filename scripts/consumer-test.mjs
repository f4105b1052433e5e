// Packs claimgraph, installs the tarball into a fresh project outside the repository, and
// there imports it from ESM, requires it from CJS, and type-checks a TypeScript consumer
// under moduleResolution node16 and bundler, for `claimgraph` and `claimgraph/fixtures`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const repo = resolve(new URL('..', import.meta.url).pathname)
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'))
const dev = pkg.devDependencies

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-consumer-'))
let failed = 0
const check = (name, f) => {
  try {
    f()
    console.log(`ok   ${name}`)
  } catch (e) {
    failed++
    console.log(`FAIL ${name}\n${e.stdout ?? ''}${e.message}`)
  }
}

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], repo))
  const tarball = join(dir, packed[0].filename)
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
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
    ],
    dir,
  )

  writeFileSync(
    join(dir, 'esm.mjs'),
    `import assert from 'node:assert'
import { Codec, Id } from 'claimgraph'
assert.equal(Codec.decode(Id.ActorId)('iraq')._tag, 'Right')
import * as fixtures from 'claimgraph/fixtures'
assert.equal(typeof Id.actor, 'function')
assert.ok(fixtures.source.startsWith('U.S. Warns Iraq'))
// a deep import is the same module instance as the namespace: one copy of every codec
import * as Time from 'claimgraph/Time'
import { Time as TimeNs, Report } from 'claimgraph'
assert.equal(Time.Time, TimeNs.Time)
assert.equal(Time.compare(Time.time('2024-10-25'), Time.time('2024-11')), 'before')
assert.ok(Report.Report.is(fixtures.report))
console.log('esm ok')
`,
  )
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `const { Id } = require('claimgraph')
const fixtures = require('claimgraph/fixtures')
const assert = require('node:assert')
assert.equal(Id.actor('iraq'), 'iraq')
assert.ok(fixtures.source.startsWith('U.S. Warns Iraq'))
const Threat = require('claimgraph/Threat')
assert.equal(Threat.Threat, require('claimgraph').Threat.Threat)
assert.equal(Threat.classify(fixtures.report)(fixtures.threats.warning), 'warning')
console.log('cjs ok')
`,
  )
  writeFileSync(
    join(dir, 'consumer.ts'),
    `import assert from 'node:assert'
import { Codec, Id } from 'claimgraph'
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
  const tsconfig = (moduleResolution, module) =>
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module,
        moduleResolution,
        target: 'ES2022',
        types: ['node'],
        skipLibCheck: false,
      },
      files: ['consumer.ts'],
    })

  check('import from ESM', () => run('node', ['esm.mjs'], dir))
  check('require from CJS', () => run('node', ['cjs.cjs'], dir))
  check('tsc, moduleResolution node16', () => {
    writeFileSync(join(dir, 'tsconfig.json'), tsconfig('node16', 'node16'))
    run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.'], dir)
  })
  check('tsc, moduleResolution bundler', () => {
    writeFileSync(join(dir, 'tsconfig.json'), tsconfig('bundler', 'esnext'))
    run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.'], dir)
  })
  check('bin: claimgraph inspect', () =>
    run(join(dir, 'node_modules/.bin/claimgraph'), ['inspect'], dir),
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
if (failed > 0) {
  console.log(`consumer test: ${failed} failed`)
  process.exit(1)
}
console.log('consumer test: all passed')
