import {describe, expect, it} from 'vitest'
import {createInterner, internRange, maxProbe} from '../../src/text/interner.js'

const PRIME = 0x01000193
const OFFSET = 0x811c9dc5 | 0

/** FNV-1a of a lower-case ASCII word, as the interner computes it. */
function fnv(word: string): number {
  let hash = OFFSET
  for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), PRIME)
  return hash
}

/**
 * `count` distinct lower-case words whose FNV-1a hashes share their low `bits` bits (a prefix, then a 3-letter
 * suffix found by walking the hash backwards from the target).
 */
function collidingWords(count: number, bits: number): string[] {
  const mask = (1 << bits) - 1
  let inverse = 1
  for (let step = 0; step < 5; step++) inverse = Math.imul(inverse, 2 - Math.imul(PRIME, inverse))
  const target = 0x2aaaa & mask
  const before = new Map<number, string>()
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  for (const a of letters) for (const b of letters) for (const c of letters) {
    let hash = target
    for (const char of c + b + a) hash = (Math.imul(hash, inverse) ^ char.charCodeAt(0)) & mask
    before.set(hash, a + b + c)
  }
  const words: string[] = []
  for (let n = 0; words.length < count; n++) {
    const prefix = 'w' + n.toString(36)
    const suffix = before.get(fnv(prefix) & mask)
    if (suffix !== undefined) words.push(prefix + suffix)
  }
  return words
}

describe('internRange', () => {
  it('gives equal words one id, whatever their case', () => {
    const text = 'Said said SAID told'
    const interner = createInterner()
    const ids = [internRange(interner, text, 0, 4), internRange(interner, text, 5, 9), internRange(interner, text, 10, 14), internRange(interner, text, 15, 19)]
    expect(ids).toEqual([0, 0, 0, 1])
    expect(interner.words).toEqual(['said', 'told'])
  })

  it('keeps ids right for words crafted to share the low bits of their hash (overflow past the probe window)', () => {
    const words = collidingWords(maxProbe * 40, 16)
    expect(new Set(words.map((word) => fnv(word) & 0xffff)).size).toBe(1)
    const text = words.join(' ') + ' ' + words.map((word) => word.toUpperCase()).join(' ')
    const interner = createInterner()
    const ids: number[] = []
    let at = 0
    for (const word of text.split(' ')) {
      ids.push(internRange(interner, text, at, at + word.length))
      at += word.length + 1
    }
    // Every distinct word one id, in order of first use, and the same id when met again (after the table grew).
    expect(ids).toEqual([...words.keys(), ...words.keys()])
    expect(interner.words).toEqual(words)
    expect(interner.overflow?.size).toBeGreaterThan(0)
  })

  it('interns words with other characters by their lower case', () => {
    const text = 'Émile ÉMILE émile'
    const interner = createInterner()
    expect([internRange(interner, text, 0, 5), internRange(interner, text, 6, 11), internRange(interner, text, 12, 17)]).toEqual([0, 0, 0])
  })
})
