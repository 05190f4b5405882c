/**
 * Sorting that skips lists already in order.
 */

/**
 * Sort `list` in place with `compare`, as `list.sort(compare)` does (stable), but without sorting (nor the
 * copy V8's sort makes) when the list is in order already: the common case for items gathered left to right.
 *
 * @returns `list`.
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let index = 1; index < list.length; index++) {
    if (compare(list[index - 1], list[index]) > 0) return list.sort(compare)
  }
  return list
}

/** Merge two lists in ascending order of `start` (stable: `a` first on ties). */
export function mergeSorted<T extends {start: number}>(a: readonly T[], b: readonly T[]): T[] {
  if (b.length === 0) return a as T[]
  const out: T[] = []
  let i = 0
  let k = 0
  while (i < a.length || k < b.length) {
    if (k >= b.length || (i < a.length && a[i].start <= b[k].start)) out.push(a[i++])
    else out.push(b[k++])
  }
  return out
}
