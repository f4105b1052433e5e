// Writes src/fixtures/source.ts from seeds/000_87b2d1bdb5359199.txt, so that the fixture
// carries the seed's text without a file system. A test checks the two stay identical.
import { readFileSync, writeFileSync } from 'node:fs'

const text = readFileSync(new URL('../seeds/000_87b2d1bdb5359199.txt', import.meta.url), 'utf8')
const body = `/**
 * The seed document, verbatim (generated from \`seeds/000_87b2d1bdb5359199.txt\` by
 * \`scripts/embed-seed.mjs\`; a test checks that the two are identical).
 *
 * @since 0.1.0
 */

/**
 * The full text of the seed report.
 *
 * @category model
 * @since 0.1.0
 */
export const source: string = ${JSON.stringify(text)}
`
writeFileSync(new URL('../src/fixtures/source.ts', import.meta.url), body)
