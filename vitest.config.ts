import { defineConfig } from 'vitest/config'

const src = (path: string) => new URL(`./src/${path}`, import.meta.url).pathname

/**
 * The heavy suites: the hostile-input suites that build large or many inputs (sizes,
 * nesting, fuzzing, Mermaid injection read by mermaid's parser) and slow end-to-end checks
 * (`*.slow.test.ts`: the command in a process of its own, building the API reference).
 * They run with `npm run test:hostile` (vitest.hostile.config.ts), and in CI; `npm test`
 * runs the rest, fast, including the quick hostile suites (values, pollution, regular
 * expressions, immutability, complexity, threats).
 */
export const HEAVY = [
  'test/hostile/sizes.test.ts',
  'test/hostile/nesting.test.ts',
  'test/hostile/fuzz.test.ts',
  'test/hostile/mermaid.test.ts',
  'test/**/*.slow.test.ts',
]

/**
 * Test files that replace a module with `vi.mock`: they run in a project of their own with
 * every file isolated, because a mock cannot replace a module other files already loaded.
 */
export const MOCKING = ['test/cli/faults.test.ts']

export default defineConfig({
  // Examples in docs/examples import the package by name, as users do.
  resolve: {
    alias: [
      { find: /^claimgraph\/fixtures$/, replacement: src('fixtures/index.ts') },
      { find: /^claimgraph\/arbitrary$/, replacement: src('arbitrary/index.ts') },
      { find: /^claimgraph\/interop\/([a-z-]+)$/, replacement: src('interop/$1.ts') },
      { find: /^claimgraph$/, replacement: src('index.ts') },
    ],
  },
  test: {
    testTimeout: 60_000,
    // Test files share the modules they import, in each worker: importing src once per
    // worker rather than once per file is most of the suite's time. Nothing in src keeps
    // state between calls, and files that mock a module run isolated (MOCKING).
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...HEAVY, ...MOCKING],
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING, exclude: [] } },
    ],
    // The JSON report is what .ci/run counts for its summary line.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // generated code is held to the walk and the decoder by the agreement suites instead
      exclude: ['src/cli/**', 'src/generated/**'],
      thresholds: { lines: 90, branches: 90, functions: 90, statements: 90 },
    },
  },
})
