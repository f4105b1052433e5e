import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain JavaScript build script, without declarations
import { annotate, loadTimeCalls } from '../scripts/pure.mjs'
import { MOCKING } from '../vitest.config.js'

const src = new URL('../src/', import.meta.url).pathname
const modules = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? d.name === 'cli'
        ? []
        : modules(join(dir, d.name))
      : d.name.endsWith('.ts')
        ? [join(dir, d.name)]
        : [],
  )

describe('build: module-level constructions marked pure for bundlers', () => {
  it('marks every call and new a module evaluates as it loads, arguments included', () => {
    expect(
      annotate(
        [
          `import * as C from './Codec.js'`,
          `export const A = C.struct('A', { b: C.string('b'), c: [new Set(['x'])] })`,
          `const D = { e: f(1) }`,
        ].join('\n'),
      ),
    ).toBe(
      [
        `import * as C from './Codec.js'`,
        `export const A = /* @__PURE__ */ C.struct('A', { b: /* @__PURE__ */ C.string('b'), c: [/* @__PURE__ */ new Set(['x'])] })`,
        `const D = { e: /* @__PURE__ */ f(1) }`,
      ].join('\n'),
    )
  })
  it('leaves calls inside functions and classes, which run when called, not at load', () => {
    const text = [
      `export const f = (x: number) => g(x)`,
      `export function h() { return g(1) }`,
      `export class K { m() { return g(2) } }`,
      `const lazy = C.lazy('L', () => C.struct('L', {}))`,
    ].join('\n')
    expect(loadTimeCalls(text)).toEqual([text.indexOf(`C.lazy(`)])
  })
  it('no module of the library does anything at load but declare: no statement there is an expression or a loop', () => {
    const effects = modules(src).flatMap((file) => {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
      return source.statements
        .filter(
          (s) =>
            !ts.isImportDeclaration(s) &&
            !ts.isExportDeclaration(s) &&
            !ts.isVariableStatement(s) &&
            !ts.isFunctionDeclaration(s) &&
            !ts.isClassDeclaration(s) &&
            !ts.isInterfaceDeclaration(s) &&
            !ts.isTypeAliasDeclaration(s) &&
            !ts.isModuleDeclaration(s) &&
            !ts.isEnumDeclaration(s),
        )
        .map((s) => `${file.slice(src.length)}: ${s.getText(source).slice(0, 60)}`)
    })
    expect(effects).toEqual([])
  })
})

describe('test set-up', () => {
  it('every test file that mocks a module runs isolated (MOCKING in vitest.config.ts)', () => {
    const root = new URL('../', import.meta.url).pathname
    const files = (dir: string): ReadonlyArray<string> =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory()
          ? files(join(dir, d.name))
          : d.name.endsWith('.ts')
            ? [join(dir, d.name)]
            : [],
      )
    const mocking = files(join(root, 'test'))
      .filter((f) => /\bvi\.(?:do)?mock\(/.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(root.length))
    expect([...mocking].sort()).toEqual([...MOCKING].sort())
  })
})
