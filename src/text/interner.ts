/**
 * Interning of lower-case words by their range in a text: a word met again
 * is found without making a string (open addressing over FNV-1a hashes of
 * the lower-cased code units).
 *
 * @module
 */

/** Distinct lower-case words of one text. Made by {@link createInterner}, one per text. */
export interface Interner {
  /** Distinct words, in order of first use (ids are indices). */
  readonly words: string[]
  /** Hash of each word. */
  readonly hashes: number[]
  /** Slot → word id + 1 (`0`: empty). A plain array: small ones are cheaper to make than typed arrays. */
  slots: number[]
}

/**
 * An empty interner.
 *
 * @param expected How many distinct words to make room for (the table grows past it).
 */
export function createInterner(expected = 32): Interner {
  let size = 64
  while (size < expected * 2 && size < 1 << 16) size *= 2
  return {words: [], hashes: [], slots: new Array<number>(size).fill(0)}
}

const OFFSET = 0x811c9dc5 | 0
const PRIME = 0x01000193

/**
 * Id of the lower case of `text[start…end)`, added when new.
 * Ids are unique per distinct string of ASCII words; a word with other
 * characters may also get an id of its own (ids only ever name equal strings).
 */
export function internRange(interner: Interner, text: string, start: number, end: number): number {
  let hash = OFFSET
  for (let at = start; at < end; at++) {
    let code = text.charCodeAt(at)
    if (code >= 128) return internString(interner, text.slice(start, end).toLowerCase())
    if (code >= 65 && code <= 90) code += 32
    hash = Math.imul(hash ^ code, PRIME)
  }
  const {words, hashes, slots} = interner
  const mask = slots.length - 1
  const size = end - start
  let slot = hash & mask
  for (;;) {
    const entry = slots[slot]
    if (entry === 0) break
    const id = entry - 1
    if (hashes[id] === hash && sameLower(words[id], text, start, size)) return id
    slot = (slot + 1) & mask
  }
  return add(interner, text.slice(start, end).toLowerCase(), hash, slot)
}

/** Id of `word` (already lower case), added when new. */
function internString(interner: Interner, word: string): number {
  let hash = OFFSET
  for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), PRIME)
  const {words, hashes, slots} = interner
  const mask = slots.length - 1
  let slot = hash & mask
  for (;;) {
    const entry = slots[slot]
    if (entry === 0) break
    const id = entry - 1
    if (hashes[id] === hash && words[id] === word) return id
    slot = (slot + 1) & mask
  }
  return add(interner, word, hash, slot)
}

/** Whether `word` is the lower case of the ASCII `text[start…start + size)`. */
function sameLower(word: string, text: string, start: number, size: number): boolean {
  if (word.length !== size) return false
  for (let index = 0; index < size; index++) {
    let code = text.charCodeAt(start + index)
    if (code >= 65 && code <= 90) code += 32
    if (word.charCodeAt(index) !== code) return false
  }
  return true
}

function add(interner: Interner, word: string, hash: number, slot: number): number {
  const id = interner.words.length
  interner.words.push(word)
  interner.hashes.push(hash)
  interner.slots[slot] = id + 1
  // Keep the table at most half full.
  if ((id + 1) * 2 > interner.slots.length) {
    const slots = new Array<number>(interner.slots.length * 2).fill(0)
    const mask = slots.length - 1
    for (let other = 0; other <= id; other++) {
      let at = interner.hashes[other] & mask
      while (slots[at] !== 0) at = (at + 1) & mask
      slots[at] = other + 1
    }
    interner.slots = slots
  }
  return id
}
