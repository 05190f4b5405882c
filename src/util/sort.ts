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
