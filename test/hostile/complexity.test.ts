/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import { allowedRatio, expectScaling, readsAt } from '../support/complexity.js'
import type { Case } from './complexity/case.js'

// Every module of test/hostile/complexity/ (but case.ts) exports its cases as default.
const modules = import.meta.glob<{ default: ReadonlyArray<Case> }>(
  ['./complexity/*.ts', '!./complexity/case.ts'],
  { eager: true },
)

describe('complexity: work grows linearly (or n·log n) with the input, counted in reads', () => {
  it('the counter tells linear work from quadratic work', () => {
    const build = (n: number) => ({ items: Array.from({ length: n }, (_, i) => ({ id: i })) })
    const linear = (a: ReturnType<typeof build>) => a.items.reduce((s, x) => s + x.id, 0)
    const quadratic = (a: ReturnType<typeof build>) =>
      a.items.filter((x) => a.items.some((y) => y.id === x.id)).length
    expectScaling(build, linear, { n: 100 })
    const ratio = readsAt(build, quadratic, 800) / readsAt(build, quadratic, 100)
    expect(ratio).toBeGreaterThan(allowedRatio('nlogn', 100))
  })

  for (const [file, module] of Object.entries(modules)) {
    describe(file.replace('./complexity/', ''), () => {
      for (const c of module.default) {
        it(`${c.name} (${c.bound ?? 'linear'}, n = ${c.n} and ${8 * c.n})`, () => {
          expectScaling(c.build, c.run, { n: c.n, ...(c.bound ? { bound: c.bound } : {}) })
        })
      }
    })
  }
})
