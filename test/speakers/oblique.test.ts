import {describe, expect, it} from 'vitest'
import {isOblique} from '../../src/speakers/oblique.js'
import {tokenIndex, tokensOf} from './helpers.js'

describe('isOblique', () => {
  /** Whether the mention of `word` (to the end of its capitalised run) is oblique. */
  function oblique(text: string, word: string, words = 2): boolean {
    const tokens = tokensOf(text)
    const from = tokenIndex(tokens, word)
    return isOblique(text, tokens, from, from + words)
  }

  it('reads objects of prepositions and verbs, over modifiers', () => {
    expect(oblique('He spoke to Marco Rubio on Monday.', 'Marco')).toBe(true)
    expect(oblique('He told the French financial newspaper Les Echos that it was over.', 'Les')).toBe(true)
    expect(oblique('He praised Ted Cruz.', 'Ted')).toBe(true)
    expect(oblique('adviser to West\nGerman Chancellor Helmut Kohl, agreed', 'German', 4)).toBe(true)
  })

  it('reads subjects, subjects of clauses, and objects across a comma as no obliques', () => {
    expect(oblique('Marco Rubio spoke.', 'Marco')).toBe(false)
    expect(oblique('He said that Marco Rubio spoke.', 'Marco')).toBe(false)
    expect(oblique('He spoke to the crowd, Marco Rubio said.', 'Marco')).toBe(false)
    expect(oblique('He spoke to the crowd.\n\nMarco Rubio said so.', 'Marco')).toBe(false)
    expect(oblique('Talks were moved to\n\nMarco Rubio said so.', 'Marco')).toBe(false)
  })

  it('reads a possessive as oblique, unless it opens the sentence', () => {
    expect(oblique("He saw Jon Lind's dog.", 'Jon')).toBe(true)
    expect(oblique("Jon Lind's secret is out.", 'Jon')).toBe(false)
  })
})
