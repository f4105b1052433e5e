import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('../src/', import.meta.url).pathname

/** Every module of src/, by its path relative to src/. */
const modules = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.split('\\').join('/'))

/** The modules of src/ a module imports (values and types, re-exports included). */
const importsOf = (file: string): ReadonlyArray<string> => {
  const text = readFileSync(join(root, file), 'utf8')
  const out = new Set<string>()
  for (const m of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g,
  )) {
    const target = normalize(join(dirname(file), m[1]!.replace(/\.js$/, '.ts')))
    out.add(relative('.', target).split('\\').join('/'))
  }
  return [...out]
}

/** The strongly connected components with more than one module, or a module importing itself (Tarjan). */
const circles = (graph: ReadonlyMap<string, ReadonlyArray<string>>): string[][] => {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  const visit = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter)
    counter++
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort())
    }
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return out
}

/** Circles that another change removes; listed here only until it reaches this branch. */
const KNOWN: ReadonlyArray<ReadonlyArray<string>> = []

describe('imports', () => {
  const graph = new Map(modules.map((m) => [m, importsOf(m)]))

  it('reads the imports of every module', () => {
    expect(graph.get('Report.ts')).toContain('Codec.ts')
    expect(graph.get('Codec.ts')).toContain('codec/AST.ts')
    expect(graph.get('codec/AST.ts')).toContain('codec/checks.ts')
    for (const targets of graph.values())
      for (const t of targets) expect(modules, `${t} is a module`).toContain(t)
  })

  it('the finder sees a circle, type imports included', () => {
    expect(
      circles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts']],
          ['d.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })

  it('no module imports, directly or not, a module that imports it', () => {
    const known = new Set(KNOWN.map((c) => c.join(' ↔ ')))
    expect(circles(graph).filter((c) => !known.has(c.join(' ↔ ')))).toEqual([])
  })

  it('each known circle still exists (remove it from the list once it is gone)', () => {
    const found = new Set(circles(graph).map((c) => c.join(' ↔ ')))
    for (const c of KNOWN) expect(found).toContain(c.join(' ↔ '))
  })

  it('DecodeError imports nothing from the codecs', () => {
    expect(graph.get('DecodeError.ts')).toEqual([])
  })
})
