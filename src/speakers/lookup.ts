/**
 * Safe lookup in a lexicon record (no inherited keys such as `constructor`).
 *
 * @module
 */

/** `record[key]` when `key` is the record's own, else `undefined`. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}
