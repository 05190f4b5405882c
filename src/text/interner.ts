/**
 * Interning of lower-case words by their range in a text: a word met again
 * is found without making a string (open addressing over hashes of the
 * lower-cased code units: FNV-1a with the high half of the state folded into
 * the low half after each code unit, from a seed).
 *
 * Linear on any input. The hash starts from a seed drawn per interner (per
 * parse), so words cannot be crafted ahead to share their hash. (Plain FNV-1a
 * would not do with a seed: only its low 7 bits would matter, since a
 * difference in the high bits of the state passes through a letter's `^` and
 * the `*` unchanged but for the factor; the fold makes every bit of the seed
 * count.) Words made to share the low 21 bits of plain FNV-1a, 2,048 distinct
 * whole hashes among them, spread like any others. The seed only places words
 * in the table: ids, in order of first use, and so every output, do not depend
 * on it. A word's slot comes from all 32 bits of its hash (multiplied by the
 * golden ratio, the top bits kept). And a lookup looks at most
 * {@link maxProbe} slots: words that share their whole hash all the same fill
 * one window of slots and no more; the words that find their window full go to
 * an overflow `Map` keyed by the word itself (V8 seeds its string hashes per
 * process), and their hashes to a set, so that only a word of such a hash is
 * looked up there.
 *
 * @module
 */

/** Distinct lower-case words of one text. Made by {@link createInterner}, one per text. */
export interface Interner {
  /** Distinct words, in order of first use (ids are indices). */
  readonly words: string[]
  /**
   * Two entries a slot: the hash of its word, then the word's id + 1 (`0`: empty). The hash beside the id, so
   * that a probe reads the slot alone (one cache line), not the word's hash in a list elsewhere: on a story of
   * hundreds of thousands of distinct words the table is larger than the caches, and every look elsewhere is a
   * miss.
   */
  slots: Int32Array
  /** 32 less the number of bits of a slot index (the table holds `2 ** (32 - shift)` slots). */
  shift: number
  /** Where every word's hash starts (drawn per interner). */
  readonly seed: number
  /** Words whose window of slots was full when they were added (`null` until one is). */
  overflow: Map<string, number> | null
  /** The hashes of the words in `overflow`. */
  overflowHashes: Set<number> | null
}

/** Most slots one lookup looks at before it turns to the overflow map. */
export const maxProbe = 16

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
 * @param seed Where hashes start (default: drawn at random, so that input cannot be crafted to collide; tests
 *   pass a seed of their own to craft collisions on purpose).
 */
export function createInterner(expected = 32, seed: number = (Math.random() * 0x1_0000_0000) | 0): Interner {
  let shift = 26
  while (1 << (32 - shift) < expected * 2 && shift > 16) shift--
  const slots = new Int32Array(2 << (32 - shift))
  return {words: [], slots, shift, seed: seed | 0, overflow: null, overflowHashes: null}
}

/** The first slot of a word of hash `hash`: the top bits of the hash times 2^32 / φ (Fibonacci hashing). */
function slotOf(hash: number, shift: number): number {
  return Math.imul(hash, 0x9e3779b9) >>> shift
}

const PRIME = 0x01000193

/**
 * Id of the lower case of `text[start…end)`, added when new.
 * Ids are unique per distinct string of ASCII words; a word with other
 * characters may also get an id of its own (ids only ever name equal strings).
 */
export function internRange(interner: Interner, text: string, start: number, end: number): number {
  let hash = interner.seed
  for (let at = start; at < end; at++) {
    let code = text.charCodeAt(at)
    if (code >= 128) return internString(interner, text.slice(start, end).toLowerCase())
    if (code >= 65 && code <= 90) code += 32
    hash = Math.imul(hash ^ code, PRIME)
    hash ^= hash >>> 16
  }
  const {words, slots} = interner
  const mask = (slots.length >> 1) - 1
  const size = end - start
  let slot = slotOf(hash, interner.shift)
  for (let probe = 0; probe < maxProbe; probe++) {
    const entry = slots[2 * slot + 1]
    if (entry === 0) return missing(interner, text.slice(start, end).toLowerCase(), hash, slot)
    if (slots[2 * slot] === hash && sameLower(words[entry - 1], text, start, size)) return entry - 1
    slot = (slot + 1) & mask
  }
  return overflowed(interner, text.slice(start, end).toLowerCase(), hash)
}

/** Id of `word` (already lower case), added when new. */
function internString(interner: Interner, word: string): number {
  let hash = interner.seed
  for (let at = 0; at < word.length; at++) {
    hash = Math.imul(hash ^ word.charCodeAt(at), PRIME)
    hash ^= hash >>> 16
  }
  const {words, slots} = interner
  const mask = (slots.length >> 1) - 1
  let slot = slotOf(hash, interner.shift)
  for (let probe = 0; probe < maxProbe; probe++) {
    const entry = slots[2 * slot + 1]
    if (entry === 0) return missing(interner, word, hash, slot)
    if (slots[2 * slot] === hash && words[entry - 1] === word) return entry - 1
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
 * Id of a word not in its window of slots, which has room at `slot`: the word
 * is new, unless it went to the overflow map (its window was full then, the
 * table has grown since).
 */
function missing(interner: Interner, word: string, hash: number, slot: number): number {
  if (interner.overflowHashes !== null && interner.overflowHashes.has(hash)) {
    const known = interner.overflow!.get(word)
    if (known !== undefined) return known
  }
  const id = interner.words.length
  interner.words.push(word)
  interner.slots[2 * slot] = hash
  interner.slots[2 * slot + 1] = id + 1
  grow(interner)
  return id
}

/** Id of a word whose window of slots is full: looked up in (or added to) the overflow map. */
function overflowed(interner: Interner, word: string, hash: number): number {
  const interned = word.length <= maxOverflowWord
  if (interned && interner.overflowHashes !== null && interner.overflowHashes.has(hash)) {
    const known = interner.overflow!.get(word)
    if (known !== undefined) return known
  }
  const id = interner.words.length
  interner.words.push(word)
  if (interned) toOverflow(interner, word, hash, id)
  grow(interner)
  return id
}

function toOverflow(interner: Interner, word: string, hash: number, id: number): void {
  ;(interner.overflow ??= new Map()).set(word, id)
  ;(interner.overflowHashes ??= new Set()).add(hash)
}

/**
 * Keep the table at most half full (counting the words of the overflow map): when it is, place the words of the
 * table again in a table twice the size (one whose window is full then goes to the overflow map). The words of
 * the map stay there.
 */
function grow(interner: Interner): void {
  const old = interner.slots
  if (interner.words.length * 4 <= old.length) return
  const slots = new Int32Array(old.length * 2)
  const mask = (slots.length >> 1) - 1
  const shift = interner.shift - 1
  const {words} = interner
  for (let index = 1; index < old.length; index += 2) {
    const entry = old[index]
    if (entry === 0) continue
    const hash = old[index - 1]
    let at = slotOf(hash, shift)
    let probe = 0
    while (probe < maxProbe && slots[2 * at + 1] !== 0) {
      at = (at + 1) & mask
      probe++
    }
    if (probe < maxProbe) {
      slots[2 * at] = hash
      slots[2 * at + 1] = entry
    } else if (words[entry - 1].length <= maxOverflowWord) toOverflow(interner, words[entry - 1], hash, entry - 1)
  }
  interner.slots = slots
  interner.shift = shift
}
