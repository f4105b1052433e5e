/**
 * Small collection helpers shared by the modules.
 *
 * @internal
 */
import { IdTable } from './IdTable.js'

/** Appends `value` to the list under `key`, creating the list on first use. */
export const append = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** Appends without spreading, so that no number of items can overflow the stack. */
export const pushAll = <A>(out: A[], found: ReadonlyArray<A>): void => {
  for (let i = 0; i < found.length; i++) out.push(found[i]!)
}

/** A map of nodes by their id (a later duplicate wins; decoded reports have none). */
export const byId = <N extends { readonly id: string }>(
  nodes: ReadonlyArray<N>,
): ReadonlyMap<N['id'], N> => {
  const m = new Map<N['id'], N>()
  for (const n of nodes) m.set(n.id, n)
  return m
}

/** A read-only lookup by id. */
export interface Lookup<K extends string, N> {
  readonly get: (id: K) => N | undefined
}

/**
 * A lookup of nodes by their id over an {@link IdTable}: for passes over a whole report,
 * where building a `Map` of a large report costs more than the pass itself. The first of
 * duplicate ids wins; decoded reports have none.
 */
export const lookupById = <N extends { readonly id: string }>(
  nodes: ReadonlyArray<N>,
): Lookup<N['id'], N> => {
  const table = new IdTable(nodes.length)
  for (let i = 0; i < nodes.length; i++) table.add(nodes[i]!.id, i)
  return {
    get: (id) => {
      const i = table.get(id)
      return i < 0 ? undefined : nodes[i]
    },
  }
}
