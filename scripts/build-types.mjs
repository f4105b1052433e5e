// After `tsc -p tsconfig.build.json` has written ESM declarations to dist/types, writes a
// CommonJS twin of each (`.d.cts`, with `./x.js` specifiers rewritten to `./x.cjs`) so
// that `require` consumers get declarations of the right module format.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../dist/types', import.meta.url).pathname
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8').replace(
        /(from\s+|import\()(['"])(\.{1,2}\/[^'"]*?)\.js\2/g,
        '$1$2$3.cjs$2',
      )
      writeFileSync(path.replace(/\.d\.ts$/, '.d.cts'), text)
    }
  }
}
walk(root)
