// Bundle sizes of the published build, min+gzip, with the peer dependencies (io-ts, fp-ts)
// left out: the whole main entry, a deep import of a single module, and one namespace of
// the main entry.
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'

const dist = new URL('../dist/', import.meta.url).pathname
const size = async (contents) => {
  const r = await build({
    stdin: { contents, resolveDir: dist, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external: ['io-ts', 'fp-ts', 'fp-ts/*', 'io-ts/*'],
    logLevel: 'silent',
  })
  return gzipSync(r.outputFiles[0].contents).length
}

export const bundleSizes = async () => ({
  'main entry, everything': await size(`export * from './index.js'`),
  'one module, deep import: claimgraph/Time': await size(
    `import { compare } from './Time.js'; console.log(compare)`,
  ),
  'one module, deep import: claimgraph/Report': await size(
    `import { decode } from './Report.js'; console.log(decode)`,
  ),
  'one namespace of the main entry: { Time }': await size(
    `import { Time } from './index.js'; console.log(Time.compare)`,
  ),
  'fixtures entry': await size(`export * from './fixtures.js'`),
})
