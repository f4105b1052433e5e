/**
 * Small collection helpers shared by the modules.
 *
 * @internal
 */

/** Appends `value` to the list under `key`, creating the list on first use. */
export const append = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** A lookup of nodes by their id (a later duplicate wins; decoded reports have none). */
export const byId = <N extends { readonly id: string }>(
  nodes: ReadonlyArray<N>,
): ReadonlyMap<N['id'], N> => {
  const m = new Map<N['id'], N>()
  for (const n of nodes) m.set(n.id, n)
  return m
}
