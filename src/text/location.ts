/**
 * Offset → line/column conversion over one input.
 *
 * Lines break at `\r\n`, `\n` and `\r` (as vfile-location does); columns
 * count UTF-16 code units, 1-based; offsets are 0-based.
 */

import type {Point, Position} from 'unist'

/** Converts offsets of one input into unist points. */
export interface Locator {
  /** Point at `offset` (clamped to the input). */
  point(offset: number): Point
  /** Position from `start` to `end` offsets. */
  position(start: number, end: number): Position
}

/**
 * Build a locator over `value`.
 *
 * @param value Input text.
 * @returns Locator for offsets into `value`.
 */
export function createLocator(value: string): Locator {
  // Line starts in a typed array (a page of line breaks is a million lines; `push` on a large array is slow).
  let starts = new Int32Array(16)
  let count = 1
  let index = 0
  const length = value.length

  while (index < length) {
    const code = value.charCodeAt(index)
    if (code === 13 /* \r */ || code === 10 /* \n */) {
      index += code === 13 && value.charCodeAt(index + 1) === 10 ? 2 : 1
      if (count === starts.length) {
        const grown = new Int32Array(count * 2)
        grown.set(starts)
        starts = grown
      }
      starts[count++] = index
    } else {
      index++
    }
  }

  // Points are requested in mostly ascending order: remember the last line.
  let lastLine = 0

  function point(offset: number): Point {
    const at = offset < 0 ? 0 : offset > length ? length : offset
    let line = lastLine
    if (starts[line] > at || (line + 1 < count && starts[line + 1] <= at)) {
      if (starts[line] <= at && (line + 2 >= count || starts[line + 2] > at)) {
        // The line after the last one asked for (a page of one-line paragraphs asks for each line in turn).
        line++
      } else {
        // Binary search for the last line start <= at.
        let low = 0
        let high = count - 1
        while (low < high) {
          const middle = (low + high + 1) >> 1
          if (starts[middle] <= at) low = middle
          else high = middle - 1
        }
        line = low
      }
      lastLine = line
    }
    return {line: line + 1, column: at - starts[line] + 1, offset: at}
  }

  return {
    point,
    position(start: number, end: number): Position {
      return {start: point(start), end: point(end)}
    }
  }
}
