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
