import { defineConfig } from 'tsup'

// The library: `index` and `fixtures` are built together with code splitting, so both
// entry points import one shared chunk and there is exactly one copy of every codec.
// Declarations come from `tsc` (see tsconfig.build.json and scripts/build-types.mjs), one
// file per module, so that a name that is both a type and a codec keeps both meanings.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', fixtures: 'src/fixtures/index.ts' },
    format: ['esm', 'cjs'],
    splitting: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'node20',
    external: ['io-ts', 'fp-ts'],
  },
  // The command: ESM only, never imported by users.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    external: ['io-ts', 'fp-ts'],
  },
])
