/**
 * A filter of words by shape (first code unit, last code unit, length), built once from a word list: a word
 * whose shape no word of the list has is surely not in it, and is passed over without hashing it (hashing a
 * string new to a parse reads all of it; most words of a story are new to it).
 *
 * @module
 */

/** Lengths kept apart; longer words share the last bit. */
const LENGTHS = 31

/** What a word list's shapes allow. */
export interface ShapeFilter {
  /** Whether `word` may be in the list (false: surely not). */
  has(word: string): boolean
}

/** Key of the first and last code units (their low 7 bits each). */
function pairOf(word: string): number {
  return ((word.charCodeAt(0) & 127) << 7) | (word.charCodeAt(word.length - 1) & 127)
}

/** The shape filter of `words` (non-empty words). */
export function createShapeFilter(words: Iterable<string>): ShapeFilter {
  const lengths = new Uint32Array(1 << 14)
  for (const word of words) if (word.length > 0) lengths[pairOf(word)] |= 1 << Math.min(word.length, LENGTHS)
  return {
    has(word: string): boolean {
      return word.length > 0 && (lengths[pairOf(word)] & (1 << Math.min(word.length, LENGTHS))) !== 0
    }
  }
}
