/**
 * Safe lookup in a lexicon record (no inherited keys such as `constructor`).
 *
 * @module
 */

/** `record[key]` when `key` is the record's own, else `undefined`. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

const maps = new WeakMap<object, Map<string, unknown>>()

/** `record[key]` through a `Map` built once per record (faster than `Object.hasOwn` in hot loops). */
export function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  let map = maps.get(record) as Map<string, T> | undefined
  if (!map) {
    map = new Map(Object.entries(record))
    maps.set(record, map)
  }
  return map.get(key)
}
