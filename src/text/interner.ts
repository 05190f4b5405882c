/**
 * Interning of lower-case words by their range in a text: a word met again
 * is found without making a string (open addressing over FNV-1a hashes of
 * the lower-cased code units).
 *
 * Linear on any input: a lookup looks at most {@link maxProbe} slots of the
 * table. Words crafted to share the low bits of their hash (the table's index)
 * fill one window of slots and no more; the words that find their window full
 * go to an overflow `Map` keyed by the word itself (V8 seeds its string hashes
 * per process, so crafted input cannot flood it).
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
  /** Words whose window of slots was full when they were added (`null` until one is). */
  overflow: Map<string, number> | null
}

/** Most slots one lookup looks at before it turns to the overflow map. */
export const maxProbe = 32

/**
 * Longest word the overflow map interns. V8 hashes a longer string by its
 * length alone, so such words would collide with each other in the map: each
 * gets an id of its own instead (ids only ever name equal strings).
 */
const maxOverflowWord = 16383

/**
 * An empty interner.
 *
 * @param expected How many distinct words to make room for (the table grows past it).
 */
export function createInterner(expected = 32): Interner {
  let size = 64
  while (size < expected * 2 && size < 1 << 16) size *= 2
  return {words: [], hashes: [], slots: new Array<number>(size).fill(0), overflow: null}
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
  for (let probe = 0; probe < maxProbe; probe++) {
    const entry = slots[slot]
    if (entry === 0) return add(interner, text.slice(start, end).toLowerCase(), hash, slot)
    const id = entry - 1
    if (hashes[id] === hash && sameLower(words[id], text, start, size)) return id
    slot = (slot + 1) & mask
  }
  return overflowed(interner, text.slice(start, end).toLowerCase(), hash)
}

/** Id of `word` (already lower case), added when new. */
function internString(interner: Interner, word: string): number {
  let hash = OFFSET
  for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), PRIME)
  const {words, hashes, slots} = interner
  const mask = slots.length - 1
  let slot = hash & mask
  for (let probe = 0; probe < maxProbe; probe++) {
    const entry = slots[slot]
    if (entry === 0) return add(interner, word, hash, slot)
    const id = entry - 1
    if (hashes[id] === hash && words[id] === word) return id
    slot = (slot + 1) & mask
  }
  return overflowed(interner, word, hash)
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

/**
 * Id of a word whose window of slots is full: looked up in (or added to) the
 * overflow map. The window of a word in the map stays full until the table
 * grows (slots are never emptied), so a lookup that finds an empty slot in
 * its window need not look in the map.
 */
function overflowed(interner: Interner, word: string, hash: number): number {
  const overflow = (interner.overflow ??= new Map())
  const known = word.length <= maxOverflowWord ? overflow.get(word) : undefined
  if (known !== undefined) return known
  const id = interner.words.length
  interner.words.push(word)
  interner.hashes.push(hash)
  if (word.length <= maxOverflowWord) overflow.set(word, id)
  grow(interner)
  return id
}

function add(interner: Interner, word: string, hash: number, slot: number): number {
  const id = interner.words.length
  interner.words.push(word)
  interner.hashes.push(hash)
  interner.slots[slot] = id + 1
  grow(interner)
  return id
}

/**
 * Keep the table at most half full: when it is, place every word again in a
 * table twice the size, in order of id (a word whose window is full then goes
 * to a new overflow map, which keeps the rule of {@link overflowed}).
 */
function grow(interner: Interner): void {
  const count = interner.words.length
  if (count * 2 <= interner.slots.length) return
  const slots = new Array<number>(interner.slots.length * 2).fill(0)
  const mask = slots.length - 1
  const {words, hashes} = interner
  let overflow: Map<string, number> | null = null
  for (let id = 0; id < count; id++) {
    let at = hashes[id] & mask
    let probe = 0
    while (probe < maxProbe && slots[at] !== 0) {
      at = (at + 1) & mask
      probe++
    }
    if (probe < maxProbe) slots[at] = id + 1
    else if (words[id].length <= maxOverflowWord) (overflow ??= new Map()).set(words[id], id)
  }
  interner.slots = slots
  interner.overflow = overflow
}
