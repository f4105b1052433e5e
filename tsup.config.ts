import { defineConfig, type Options } from 'tsup'
// @ts-expect-error a plain JavaScript build script, without declarations
import { entries } from './scripts/entries.mjs'
// @ts-expect-error a plain JavaScript build script, without declarations
import { pure } from './scripts/pure.mjs'

const entry: Record<string, string> = Object.fromEntries(
  (entries() as ReadonlyArray<{ name: string; source: string }>).map((e) => [e.name, e.source]),
)

/**
 * The source imports fp-ts's CommonJS modules (`fp-ts/lib/Either.js`), which plain Node
 * ESM can load. The build for bundlers imports its ES modules instead (`fp-ts/es6/…`), as
 * io-ts's own ES build does, so that a bundle holds one copy of fp-ts and can drop what it
 * does not use.
 */
const fpTsEs6 = {
  name: 'fp-ts-es6',
  renderChunk(code: string) {
    return { code: code.replace(/(from\s*["'])fp-ts\/lib\//g, '$1fp-ts/es6/') }
  },
}

// The library is built twice:
// - dist/NAME.cjs, CommonJS, for Node (`require` and `import` alike), importing fp-ts/lib:
//   every entry point, with code splitting so that entry points share chunks and there is
//   exactly one copy of every codec;
// - dist/esm/…js, ES modules for bundlers (the `module` condition), importing fp-ts/es6: one
//   module per source module, as fp-ts's and io-ts's own ES builds are, with module-level
//   constructions marked pure (scripts/pure.mjs), so that a bundler keeps only what a
//   program uses.
// No source maps: the output is plain, unminified JavaScript with the source's names, and
// maps would double the size of the package for every user.
// Declarations come from `tsc` (see tsconfig.build.json and scripts/build-types.mjs), one
// file per module, so that a name that is both a type and a codec keeps both meanings.
const library: Options = {
  entry,
  splitting: true,
  sourcemap: false,
  treeshake: true,
  external: ['io-ts', 'fp-ts', 'fast-check'],
}

export default defineConfig([
  { ...library, format: ['cjs'], target: 'node20', clean: true },
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    bundle: false,
    outDir: 'dist/esm',
    format: ['esm'],
    target: 'es2022',
    sourcemap: false,
    clean: false,
    plugins: [fpTsEs6],
    esbuildPlugins: [pure(new URL('src/', import.meta.url).pathname)],
  },
  // The command, and the worker thread of `check --jobs`: ESM for Node, never imported by users.
  {
    entry: { cli: 'src/cli/main.ts', 'check-worker': 'src/cli/checkWorker.ts' },
    format: ['esm'],
    splitting: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    external: ['io-ts', 'fp-ts'],
  },
])
