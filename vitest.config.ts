import { defineConfig } from 'vitest/config'

const src = (path: string) => new URL(`./src/${path}`, import.meta.url).pathname

export default defineConfig({
  // Examples in docs/examples import the package by name, as users do.
  resolve: {
    alias: [
      { find: /^claimgraph\/fixtures$/, replacement: src('fixtures/index.ts') },
      { find: /^claimgraph\/arbitrary$/, replacement: src('arbitrary/index.ts') },
      { find: /^claimgraph$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // The JSON report is what .ci/run counts for its summary line.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**'],
      thresholds: { lines: 90, branches: 90, functions: 90, statements: 90 },
    },
  },
})
