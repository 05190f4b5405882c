import {describe, expect, it} from 'vitest'
import {isMixedCase, lowerWords} from '../../src/speakers/case-words.js'
import {tokensOf} from './helpers.js'

describe('lowerWords, isMixedCase', () => {
  it('counts words written in lower case, not handles, hashtags or addresses', () => {
    const text = 'Pence spoke. @pence #pence site.com/pence pence_fan'
    const tokens = tokensOf(text)
    const seen = lowerWords(tokens)
    expect(seen[tokens.word[0]]).toBe(0)
    const prose = tokensOf('Pence spoke, and pence fell.')
    expect(lowerWords(prose)[prose.word[0]]).toBe(1)
  })

  it('reads a story of more than 50 lower-case words as mixed case', () => {
    const many = Array.from(
      {length: 60},
      (_, i) => 'w' + String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26))
    ).join(' ')
    expect(isMixedCase(lowerWords(tokensOf(many)))).toBe(true)
    expect(isMixedCase(lowerWords(tokensOf('ALL IN CAPITALS but a few')))).toBe(false)
  })
})
