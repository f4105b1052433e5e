import { defineConfig } from 'vitest/config'
import base, { HEAVY } from './vitest.config.js'

// The heavy suites (see vitest.config.ts): `npm run test:hostile`, and CI. The same
// settings as the default suite, with the heavy files only, each isolated, and a report of
// their own.
const { projects: _, ...test } = base.test ?? {}

export default defineConfig({
  ...base,
  test: {
    ...test,
    include: HEAVY,
    exclude: ['**/node_modules/**'],
    testTimeout: 300_000,
    reporters: ['default', ['json', { outputFile: '.vitest-results-hostile.json' }]],
  },
})
