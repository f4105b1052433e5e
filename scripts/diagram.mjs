// Regenerates the Mermaid diagram of the seed report in docs/modeling-an-article.md from the
// built library (run `npm run build` first). A test fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs'
import { Render } from '../dist/index.cjs'
import { report } from '../dist/fixtures.cjs'

const path = new URL('../docs/modeling-an-article.md', import.meta.url)
const doc = readFileSync(path, 'utf8')
const next = doc.replace(
  /(<!-- diagram: seed -->\n```mermaid\n)(?:(?!```)[\s\S])*```/,
  (_, open) => `${open}${Render.mermaid(report)}\n\`\`\``,
)
writeFileSync(path, next)
console.log(next === doc ? 'diagram up to date' : 'diagram updated')
