/**
 * Disjoint sets over the integers 0 … n−1: union by size, path halving. Each operation
 * is amortised near-constant (inverse Ackermann), so n unions and finds are linear for
 * every practical n. Mutable, but local to the function that creates it.
 *
 * @internal
 */
export class UnionFind {
  private readonly parent: Int32Array
  private readonly size: Int32Array
  constructor(n: number) {
    this.parent = new Int32Array(n)
    this.size = new Int32Array(n).fill(1)
    for (let i = 0; i < n; i++) this.parent[i] = i
  }
  find(x: number): number {
    const p = this.parent
    while (p[x] !== x) {
      p[x] = p[p[x]!]!
      x = p[x]!
    }
    return x
  }
  /** Joins the sets of `a` and `b`; returns false when they were one already. */
  union(a: number, b: number): boolean {
    let x = this.find(a)
    let y = this.find(b)
    if (x === y) return false
    if (this.size[x]! < this.size[y]!) [x, y] = [y, x]
    this.parent[y] = x
    this.size[x] = this.size[x]! + this.size[y]!
    return true
  }
}
