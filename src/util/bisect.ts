/**
 * Binary search over items sorted by `start`.
 */

/**
 * Index of the first item whose `start` is at or after `offset`
 * (`list.length` when there is none).
 *
 * @param list Items in ascending order of `start`.
 * @param offset The offset to look for.
 */
export function firstStartingAt(list: ReadonlyArray<{readonly start: number}>, offset: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle].start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Index of the first value at or after `offset` in ascending numbers (`length` when there is none).
 *
 * @param values Ascending numbers (an array or a typed array).
 * @param offset The offset to look for.
 * @param length How many of `values` to search (a typed array may hold spare room).
 */
export function firstAtOrAfter(values: ArrayLike<number>, offset: number, length = values.length): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle] < offset) low = middle + 1
    else high = middle
  }
  return low
}
