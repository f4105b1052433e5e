// After `tsc -p tsconfig.build.json` has written declarations to dist/types, turns each
// into the declarations of the CommonJS build (`.d.cts`, with `./x.js` specifiers rewritten
// to `./x.cjs`): Node, ESM and CommonJS alike, loads that build, and TypeScript reads these
// declarations for it. The `.d.ts` originals are removed. fast-check's types are read as
// its ES module's (see below).
import { readdirSync, readFileSync, writeFileSync, statSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../dist/types', import.meta.url).pathname
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8')
        .replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*?)\.js\2/g, '$1$2$3.cjs$2')
        // fast-check ships different declarations for import and require, whose classes do
        // not match each other: the arbitraries are typed with the ES module's, which the
        // property tests users write (ES modules, vitest) import
        .replace(
          /^import \* as fc from 'fast-check';$/m,
          "import type * as fc from 'fast-check' with { 'resolution-mode': 'import' };",
        )
      writeFileSync(path.replace(/\.d\.ts$/, '.d.cts'), text)
      rmSync(path)
    }
  }
}
walk(root)
