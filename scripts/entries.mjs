// The package's entry points, in one place: tsup.config.ts builds each one, and
// `node scripts/exports.mjs` writes package.json's "exports" and "typesVersions" from them
// (a test checks that package.json is up to date).
//
// Every capitalised module src/X.ts is an entry point of its own (`claimgraph/X`) without
// a line here. Anything else is one line in ENTRIES (a module) or FILES (a file copied as
// is), e.g.
//   { subpath: 'interop/plover', source: 'src/interop/plover.ts' },
//   { subpath: 'schema.json', file: 'dist/schema.json' },
import { readdirSync } from 'node:fs'

const root = new URL('..', import.meta.url)

/** Modules with a subpath of their own: `subpath` (no `./`), `source` under src/. */
export const ENTRIES = [
  { subpath: '.', source: 'src/index.ts' },
  { subpath: 'fixtures', source: 'src/fixtures/index.ts' },
  { subpath: 'arbitrary', source: 'src/arbitrary/index.ts' },
  { subpath: 'interop/cameo', source: 'src/interop/cameo.ts' },
  { subpath: 'interop/plover', source: 'src/interop/plover.ts' },
  { subpath: 'interop/prov', source: 'src/interop/prov.ts' },
  { subpath: 'interop/schema-org', source: 'src/interop/schema-org.ts' },
]

/** Files exported as they are: `subpath`, `file` (relative to the package root). */
export const FILES = [
  { subpath: 'schema.json', file: 'dist/schema.json' },
  { subpath: 'schema.strict.json', file: 'dist/schema.strict.json' },
  { subpath: 'package.json', file: 'package.json' },
]

/**
 * Every module entry point: its subpath, its source, the name of its CommonJS build
 * (`dist/NAME.cjs`, for Node), its ES module for bundlers (`dist/esm/…js`, one module per
 * source module) and its declarations (`dist/types/…d.cts`).
 */
export const entries = () => {
  const modules = readdirSync(new URL('src', root))
    .filter((f) => /^[A-Z]\w*\.ts$/.test(f))
    .map((f) => ({ subpath: f.slice(0, -3), source: `src/${f}` }))
  return [...ENTRIES, ...modules].map((e) => ({
    ...e,
    name: e.subpath === '.' ? 'index' : e.subpath,
    types: `dist/types/${e.source.slice('src/'.length, -'.ts'.length)}.d.cts`,
    module: `dist/esm/${e.source.slice('src/'.length, -'.ts'.length)}.js`,
  }))
}

/**
 * The "exports" field: for each module, its declarations (`types`), the ES module build
 * for bundlers (`module`, which imports fp-ts's and io-ts's ES modules), and the CommonJS
 * build for Node (`default`: `require` and `import` alike, so a program that does both
 * loads one copy, as fp-ts and io-ts themselves do).
 */
export const exportsField = () => ({
  ...Object.fromEntries(
    entries().map((e) => [
      e.subpath === '.' ? '.' : `./${e.subpath}`,
      { types: `./${e.types}`, module: `./${e.module}`, default: `./dist/${e.name}.cjs` },
    ]),
  ),
  ...Object.fromEntries(FILES.map((f) => [`./${f.subpath}`, `./${f.file}`])),
})

/** "typesVersions": deep imports' declarations for `moduleResolution: node10`. */
export const typesVersionsField = () => ({
  '*': Object.fromEntries(
    entries()
      .filter((e) => e.subpath !== '.')
      .map((e) => [e.subpath, [`./${e.types}`]]),
  ),
})
