import {describe, expect, it} from 'vitest'
import {createInterner, internRange, maxProbe} from '../../src/text/interner.js'

const PRIME = 0x01000193
const OFFSET = 0x811c9dc5 | 0
/** The seed the interners of the crafting tests are given. */
const SEED = 0x5eed1234

/** Plain FNV-1a of a lower-case ASCII word (what the interner hashed before it was seeded and folded). */
function fnv(word: string): number {
  let hash = OFFSET
  for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), PRIME)
  return hash
}

/** The interner's hash of a lower-case ASCII word from `seed`: FNV-1a, the high half folded in after each unit. */
function folded(word: string, seed: number): number {
  let hash = seed
  for (let at = 0; at < word.length; at++) {
    hash = Math.imul(hash ^ word.charCodeAt(at), PRIME)
    hash ^= hash >>> 16
  }
  return hash
}

/**
 * `count` distinct lower-case words whose whole hashes are equal: a prefix, then a 4-letter suffix found by
 * walking the hash backwards from the target over every suffix (`seed` given: the folded hash; else plain FNV-1a,
 * whose low `bits` bits are shared).
 */
function collidingWords(count: number, options: {seed?: number; bits?: number} = {}): string[] {
  const {seed, bits = 32} = options
  const mask = bits === 32 ? -1 : (1 << bits) - 1
  let inverse = 1
  for (let step = 0; step < 5; step++) inverse = Math.imul(inverse, 2 - Math.imul(PRIME, inverse))
  const target = 0x2aaaaaaa & mask
  const before = new Map<number, string>()
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  for (const a of letters)
    for (const b of letters)
      for (const c of letters)
        for (const d of letters) {
          let hash = target
          for (const char of d + c + b + a) {
            // The fold (`x ^= x >>> 16`) is its own inverse.
            if (seed !== undefined) hash ^= hash >>> 16
            hash = (Math.imul(hash, inverse) ^ char.charCodeAt(0)) & mask
          }
          before.set(hash, a + b + c + d)
        }
  const words: string[] = []
  for (let n = 0; words.length < count; n++) {
    const prefix = 'w' + n.toString(36)
    const suffix = before.get((seed === undefined ? fnv(prefix) : folded(prefix, seed)) & mask)
    if (suffix !== undefined) words.push(prefix + suffix)
  }
  return words
}

/** Intern every word of `words`, then every word again in upper case; the ids. `seed`: the interner's. */
function internAll(
  words: readonly string[],
  seed?: number
): {ids: number[]; interner: ReturnType<typeof createInterner>} {
  const text = words.join(' ') + ' ' + words.map((word) => word.toUpperCase()).join(' ')
  const interner = createInterner(32, seed)
  const ids: number[] = []
  let at = 0
  for (const word of text.split(' ')) {
    ids.push(internRange(interner, text, at, at + word.length))
    at += word.length + 1
  }
  return {ids, interner}
}

describe('internRange', () => {
  it('gives equal words one id, whatever their case', () => {
    const text = 'Said said SAID told'
    const interner = createInterner()
    const ids = [
      internRange(interner, text, 0, 4),
      internRange(interner, text, 5, 9),
      internRange(interner, text, 10, 14),
      internRange(interner, text, 15, 19)
    ]
    expect(ids).toEqual([0, 0, 0, 1])
    expect(interner.words).toEqual(['said', 'told'])
  })

  it('spreads words crafted to share the low bits of their plain FNV-1a hash over the table', () => {
    const words = collidingWords(3000, {bits: 16})
    expect(new Set(words.map((word) => fnv(word) & 0xffff)).size).toBe(1)
    const {ids, interner} = internAll(words, SEED)
    expect(ids).toEqual([...words.keys(), ...words.keys()])
    expect(interner.words).toEqual(words)
    expect(interner.overflow?.size ?? 0).toBeLessThan(words.length / 100)
  })

  it('spreads words crafted to share their whole plain FNV-1a hash, whatever the seed', () => {
    const words = collidingWords(maxProbe * 10)
    expect(new Set(words.map((word) => fnv(word))).size).toBe(1)
    for (const seed of [undefined, OFFSET, SEED]) {
      const {ids, interner} = internAll(words, seed)
      expect(ids).toEqual([...words.keys(), ...words.keys()])
      // Sharing one hash they would fill one window and send 9 words in 10 to the overflow map.
      expect(interner.overflow?.size ?? 0).toBeLessThan(words.length / 10)
    }
  })

  it('keeps ids right for words crafted (knowing the seed) to share their whole hash (overflow past the window)', () => {
    const words = collidingWords(maxProbe * 3, {seed: SEED})
    expect(new Set(words.map((word) => folded(word, SEED))).size).toBe(1)
    const {ids, interner} = internAll(words, SEED)
    // Every distinct word one id, in order of first use, and the same id when met again (after the table grew).
    expect(ids).toEqual([...words.keys(), ...words.keys()])
    expect(interner.words).toEqual(words)
    // One window of the table holds some; the others are in the overflow map.
    expect(interner.overflow?.size).toBe(words.length - maxProbe)
    // Another seed spreads them.
    expect(internAll(words, SEED + 1).interner.overflow?.size ?? 0).toBeLessThan(words.length / 10)
  })

  it('interns words with other characters by their lower case', () => {
    const text = 'Émile ÉMILE émile'
    const interner = createInterner()
    expect([
      internRange(interner, text, 0, 5),
      internRange(interner, text, 6, 11),
      internRange(interner, text, 12, 17)
    ]).toEqual([0, 0, 0])
  })
})
