// Bundle sizes of the published build, as users' bundlers see it: esbuild resolves
// `claimgraph` through the package's "exports" (its `module` condition: the ES build that
// imports fp-ts's and io-ts's ES modules), from a project where the package is installed.
//
// - 'browser bundle, whole library with io-ts and fp-ts': everything, peers included,
//   minified (and gzipped), for the browser: what a page that uses all of claimgraph ships.
// - '… of which io-ts and fp-ts': the peers' share of that bundle.
// - 'a page that decodes …': what two typical programs ship, peers included: the ES build's
//   module-level constructions are marked pure, so a bundler leaves out what they do not use.
// - the others: min+gzip with the peers left out, for one entry, one module, one namespace.
import { build } from 'esbuild'
import { mkdtempSync, mkdirSync, symlinkSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const repo = new URL('..', import.meta.url).pathname

/** Runs `f` with a directory whose node_modules holds claimgraph (this repository). */
const withProject = async (f) => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bundle-'))
  try {
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(repo, join(dir, 'node_modules', 'claimgraph'), 'dir')
    return await f(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Bundles `contents` as a user's module in `dir`; the output and esbuild's metafile. */
export const bundle = (dir, contents, options = {}) =>
  build({
    stdin: { contents, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
    // the package's own node_modules hold io-ts and fp-ts (the symlink resolves there)
    nodePaths: [join(repo, 'node_modules')],
    ...options,
  })

const gzip = (r) => gzipSync(r.outputFiles[0].contents).length
const peersExternal = { external: ['io-ts', 'fp-ts', 'fp-ts/*', 'io-ts/*'] }

/** The bytes each input contributes to the output, summed for inputs matching `test`. */
const share = (r, test) =>
  Object.values(r.metafile.outputs)
    .flatMap((o) => Object.entries(o.inputs))
    .filter(([path]) => test(path))
    .reduce((n, [, x]) => n + x.bytesInOutput, 0)

export const bundleSizes = () =>
  withProject(async (dir) => {
    const whole = await bundle(dir, `export * from 'claimgraph'`)
    const min = whole.outputFiles[0].contents.length
    return {
      'browser bundle, whole library with io-ts and fp-ts (min)': min,
      'browser bundle, whole library with io-ts and fp-ts (min+gzip)': gzip(whole),
      '… of which io-ts and fp-ts (min)': share(whole, (p) => /node_modules\/(io|fp)-ts\//.test(p)),
      'browser bundle, a page that decodes reports (claimgraph/Report), peers included (min)': (
        await bundle(dir, `import { decode } from 'claimgraph/Report'; console.log(decode({}))`)
      ).outputFiles[0].contents.length,
      'browser bundle, a page that decodes and checks reports (Report, Rules, Validator), peers included (min)':
        (
          await bundle(
            dir,
            `import { decode } from 'claimgraph/Report'
import { standard } from 'claimgraph/Rules'
import { toText } from 'claimgraph/Validator'
const r = decode({})
console.log(r._tag === 'Right' && toText(standard(r.right)))`,
          )
        ).outputFiles[0].contents.length,
      'main entry, everything (min+gzip, peers left out)': gzip(
        await bundle(dir, `export * from 'claimgraph'`, peersExternal),
      ),
      'one module, deep import: claimgraph/Time (min+gzip, peers left out)': gzip(
        await bundle(
          dir,
          `import { compare } from 'claimgraph/Time'; console.log(compare)`,
          peersExternal,
        ),
      ),
      'one module, deep import: claimgraph/Report (min+gzip, peers left out)': gzip(
        await bundle(
          dir,
          `import { decode } from 'claimgraph/Report'; console.log(decode)`,
          peersExternal,
        ),
      ),
      'one namespace of the main entry: { Time } (min+gzip, peers left out)': gzip(
        await bundle(
          dir,
          `import { Time } from 'claimgraph'; console.log(Time.compare)`,
          peersExternal,
        ),
      ),
      'fixtures entry (min+gzip, peers left out)': gzip(
        await bundle(dir, `export * from 'claimgraph/fixtures'`, peersExternal),
      ),
    }
  })

export { withProject }
