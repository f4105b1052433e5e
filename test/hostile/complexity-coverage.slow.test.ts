/// <reference types="vite/client" />
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module of the build scripts, without declarations.
import { entries } from '../../scripts/entries.mjs'
import type { Case } from './complexity/case.js'

/**
 * The complexity suite must cover every exported function that takes a report, a
 * proposition, a timeline, a threat history or a corpus: this test lists those functions
 * from the sources' types (with the type checker, through data-last functions that return
 * functions) and compares them with the `covers` lists of the cases in
 * test/hostile/complexity/.
 */
const modules = import.meta.glob<{ default: ReadonlyArray<Case> }>(
  ['./complexity/*.ts', '!./complexity/case.ts'],
  { eager: true },
)

// A threat history is a list of `Version`s.
const BIG = /\b(Report|ReportData|Proposition|Timeline|History|Version|Corpus)\b/

const show = (checker: ts.TypeChecker, type: ts.Type): string =>
  checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation)

/** The type names it, or one of its properties does (a context holding a timeline). */
const isBig = (checker: ts.TypeChecker, type: ts.Type, node: ts.Node): boolean =>
  BIG.test(show(checker, type)) ||
  (type.getCallSignatures().length === 0 &&
    checker
      .getPropertiesOfType(type)
      .some((p) => BIG.test(show(checker, checker.getTypeOfSymbolAtLocation(p, node)))))

/** `interop/schema-org` → `SchemaOrg`, `Threat` → `Threat`. */
const moduleName = (subpath: string): string =>
  (subpath.split('/').pop() ?? subpath)
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')

const takesBigInput = (
  checker: ts.TypeChecker,
  type: ts.Type,
  node: ts.Node,
  depth: number,
): boolean =>
  depth > 0 &&
  type
    .getCallSignatures()
    .some(
      (sig) =>
        sig
          .getParameters()
          .some((p) => isBig(checker, checker.getTypeOfSymbolAtLocation(p, node), node)) ||
        takesBigInput(checker, sig.getReturnType(), node, depth - 1),
    )

const exportedFunctionsTakingBigInput = (): ReadonlyArray<string> => {
  const list = (entries() as ReadonlyArray<{ subpath: string; source: string }>).filter(
    (e) => e.subpath !== '.' && e.subpath !== 'fixtures',
  )
  const program = ts.createProgram(
    list.map((e) => e.source),
    {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
      skipLibCheck: true,
    },
  )
  const checker = program.getTypeChecker()
  const found: Array<string> = []
  for (const e of list) {
    const file = program.getSourceFile(e.source)
    const symbol = file && checker.getSymbolAtLocation(file)
    if (!file || !symbol) throw new Error(`cannot read ${e.source}`)
    for (const exported of checker.getExportsOfModule(symbol)) {
      const type = checker.getTypeOfSymbolAtLocation(exported, file)
      if (takesBigInput(checker, type, file, 3))
        found.push(`${moduleName(e.subpath)}.${exported.getName()}`)
    }
  }
  return found.sort()
}

describe('complexity suite coverage', () => {
  it('every exported function that takes a report, proposition, timeline, history or corpus has a case', () => {
    const covered = new Set(
      Object.values(modules).flatMap((m) => m.default.flatMap((c) => c.covers)),
    )
    const required = exportedFunctionsTakingBigInput()
    // A sanity check that the listing sees the functions at all.
    expect(required).toContain('Rules.standard')
    expect(required).toContain('Threat.status')
    expect(required.filter((name) => !covered.has(name))).toEqual([])
  }, 120_000)
})
