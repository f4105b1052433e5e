import { readdirSync } from 'node:fs'
import { defineConfig } from 'tsup'

const MODULES = readdirSync('src')
  .filter((f) => /^[A-Z]\w*\.ts$/.test(f))
  .map((f) => f.slice(0, -3))

// The library: `index` and `fixtures` are built together with code splitting, so both
// entry points import one shared chunk and there is exactly one copy of every codec.
// Declarations come from `tsc` (see tsconfig.build.json and scripts/build-types.mjs), one
// file per module, so that a name that is both a type and a codec keeps both meanings.
export default defineConfig([
  {
    // every module is also an entry point, for deep imports (`claimgraph/Threat`)
    entry: {
      index: 'src/index.ts',
      fixtures: 'src/fixtures/index.ts',
      ...Object.fromEntries(MODULES.map((m) => [m, `src/${m}.ts`])),
    },
    format: ['esm', 'cjs'],
    splitting: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'node20',
    external: ['io-ts', 'fp-ts'],
  },
  // The command, and the worker thread of `check --jobs`: ESM only, never imported by users.
  {
    entry: { cli: 'src/cli/main.ts', 'check-worker': 'src/cli/checkWorker.ts' },
    format: ['esm'],
    splitting: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    external: ['io-ts', 'fp-ts'],
  },
])
