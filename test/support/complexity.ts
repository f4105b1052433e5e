import { expect } from 'vitest'

/**
 * Counting work, not time: a function's input is wrapped in proxies that count every
 * read (property reads, key listings, `in` checks, prototype lookups), lazily and deeply,
 * so the count is exactly how often the function touched its input. The count is
 * deterministic, whatever else the machine is doing.
 *
 * An algorithm that re-reads its input per element (a quadratic scan) reads it n² times;
 * one that builds an index first reads it a constant number of times per element. Work on
 * private copies (strings, locally built arrays of strings) is not counted, so worst-case
 * inputs are built so that the suspect work goes through objects of the input.
 */
export interface Counted<A> {
  readonly value: A
  readonly reads: () => number
}

export const counting = <A>(input: A): Counted<A> => {
  let reads = 0
  const proxies = new WeakMap<object, object>()
  const wrap = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v
    const seen = proxies.get(v)
    if (seen !== undefined) return seen
    const p = new Proxy(v, {
      get(target, key, receiver) {
        reads++
        return wrap(Reflect.get(target, key, receiver))
      },
      has(target, key) {
        reads++
        return Reflect.has(target, key)
      },
      ownKeys(target) {
        reads++
        return Reflect.ownKeys(target)
      },
      getOwnPropertyDescriptor(target, key) {
        reads++
        const d = Reflect.getOwnPropertyDescriptor(target, key)
        return d !== undefined && 'value' in d ? { ...d, value: wrap(d.value) } : d
      },
      getPrototypeOf(target) {
        reads++
        return Reflect.getPrototypeOf(target)
      },
    })
    proxies.set(v, p)
    return p
  }
  // a private deep copy: nothing frozen, so a proxy may hand out proxies of its children
  return { value: wrap(structuredClone(input)) as A, reads: () => reads }
}

/** How many times `run` reads an input of size `n` built by `build`. */
export const readsAt = <A>(build: (n: number) => A, run: (a: A) => unknown, n: number): number => {
  const c = counting(build(n))
  run(c.value)
  return c.reads()
}

export type Bound = 'linear' | 'nlogn'

/**
 * The largest ratio of reads at `8n` to reads at `n` that a bound allows: 8 for linear
 * work, 8 · log(8n) / log(n) for n·log n, each with 50% slack for constant overheads. A
 * quadratic algorithm gives 64.
 */
export const allowedRatio = (bound: Bound, n: number): number =>
  1.5 * (bound === 'linear' ? 8 : (8 * Math.log2(8 * n)) / Math.log2(n))

/**
 * Asserts that `run` does linear (or n·log n) work on inputs built by `build` at sizes `n`
 * and `8n`, by counting reads of its input. Returns both counts and their ratio, so a
 * test can print or pin them.
 */
export const expectScaling = <A>(
  build: (n: number) => A,
  run: (a: A) => unknown,
  options: { readonly n: number; readonly bound?: Bound },
): { readonly small: number; readonly large: number; readonly ratio: number } => {
  const { n, bound = 'linear' } = options
  const small = readsAt(build, run, n)
  const large = readsAt(build, run, 8 * n)
  const ratio = large / Math.max(1, small)
  expect(small, 'the function reads its input at all').toBeGreaterThan(0)
  expect(
    ratio,
    `reads grew ${ratio.toFixed(1)}× from n = ${n} to 8n (${small} → ${large})`,
  ).toBeLessThanOrEqual(allowedRatio(bound, n))
  return { small, large, ratio }
}
