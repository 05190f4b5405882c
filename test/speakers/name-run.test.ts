import {describe, expect, it} from 'vitest'
import {MAX_RUN, readRun} from '../../src/speakers/name-run.js'
import {tokenIndex, tokensOf} from './helpers.js'

describe('readRun', () => {
  it('reads capitalised words with particles, and organisation links when asked', () => {
    const text = 'Terre des Hommes and Friends of the Valley met'
    const tokens = tokensOf(text)
    expect(readRun(text, tokens, 0, tokens.length)).toEqual({from: 0, to: 3})
    const friends = tokenIndex(tokens, 'Friends')
    expect(readRun(text, tokens, friends, tokens.length)).toEqual({from: friends, to: friends + 1})
    expect(readRun(text, tokens, friends, tokens.length, true)).toEqual({from: friends, to: friends + 4})
    expect(readRun(text, tokens, 0, tokens.length, true)?.to).toBe(tokens.length - 1)
  })

  it('ends at a possessive, a comma, a line break after a word, and a lower-case word', () => {
    for (const text of ["Ada Lind's dog", 'Ada Lind, a doctor', 'Ada Lind\n\nKai', 'Ada Lind spoke']) {
      const tokens = tokensOf(text)
      expect(readRun(text, tokens, 0, tokens.length), text).toEqual({from: 0, to: 2})
    }
  })

  it('returns null on a lower-case word or past the limit', () => {
    const text = 'the Ada'
    const tokens = tokensOf(text)
    expect(readRun(text, tokens, 0, tokens.length)).toBe(null)
    expect(readRun(text, tokens, 1, 1)).toBe(null)
  })

  it('reads at most MAX_RUN words of a long run of names', () => {
    const text = Array.from({length: 40}, (_, i) => 'Ada' + String.fromCharCode(97 + (i % 26))).join(' ')
    const tokens = tokensOf(text)
    expect(readRun(text, tokens, 0, tokens.length)?.to).toBe(MAX_RUN)
  })
})
