// Marks the library's module-level constructions pure for bundlers, at build time: every call
// and `new` evaluated while a module of src/ loads (in the initialisers of its top-level
// declarations, outside any function) gets a `/* @__PURE__ */` annotation, so that a bundler
// drops the codecs, tables and rules a program does not use. No module of src/ has an effect
// when it loads (package.json says `"sideEffects": false`); a test holds the build to this
// and runs tree-shaken bundles.
//
// `annotate(text)` is the transform; `pure()` is the esbuild plugin tsup.config.ts uses.
import { readFile } from 'node:fs/promises'
import ts from 'typescript'

const PURE = '/* @__PURE__ */ '

const isFunctionLike = (n) =>
  ts.isArrowFunction(n) ||
  ts.isFunctionExpression(n) ||
  ts.isFunctionDeclaration(n) ||
  ts.isMethodDeclaration(n) ||
  ts.isGetAccessorDeclaration(n) ||
  ts.isSetAccessorDeclaration(n) ||
  ts.isClassExpression(n) ||
  ts.isClassDeclaration(n)

/** The positions, in `text`, of the calls and `new`s a module evaluates as it loads. */
export const loadTimeCalls = (text, fileName = 'module.ts') => {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const at = []
  const visit = (n) => {
    if (isFunctionLike(n)) return
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) at.push(n.getStart(source))
    ts.forEachChild(n, visit)
  }
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const d of statement.declarationList.declarations) if (d.initializer) visit(d.initializer)
  }
  return at
}

/** `text` with every load-time call marked pure. */
export const annotate = (text, fileName) => {
  const at = loadTimeCalls(text, fileName).sort((a, b) => b - a)
  let out = text
  for (const i of at) out = `${out.slice(0, i)}${PURE}${out.slice(i)}`
  return out
}

/** The esbuild plugin: annotates the TypeScript modules under `root` as esbuild loads them. */
export const pure = (root) => ({
  name: 'pure-load-time-calls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      if (!path.startsWith(root)) return undefined
      return { contents: annotate(await readFile(path, 'utf8'), path), loader: 'ts' }
    })
  },
})
