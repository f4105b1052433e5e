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
