/**
 * A stretch of the input.
 *
 * @module
 */

/** A stretch of the input: offsets, end exclusive. */
export interface TextRange {
  start: number
  end: number
}
