import {describe, expect, it} from 'vitest'
import {adverbLike, commonAtStart, sentenceInitial, titleCaseLine} from '../../src/speakers/sentence-start.js'
import {lowerWords} from '../../src/speakers/case-words.js'
import {tokenIndex, tokensOf} from './helpers.js'

describe('sentenceInitial', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Rival Omar Selby spoke.', 'Rival', true],
    ['He left. Rival Omar Selby spoke.', 'Rival', true],
    ['He left.  "Rival Omar Selby spoke."', 'Rival', true],
    ['He said: Rival Omar Selby spoke.', 'Rival', true],
    ['He left —Rival Omar Selby spoke.', 'Rival', true],
    ['Headline\nRival Omar Selby spoke.', 'Rival', true],
    ['He left. (Rival Omar Selby spoke.)', 'Rival', true],
    ['He left (Rival Omar Selby spoke).', 'Rival', false],
    ['The rival Omar Selby spoke.', 'Omar', false],
    ['He met Rival Omar Selby, spoke.', 'Rival', false],
    ['He left, Rival Omar Selby spoke.', 'Rival', false]
  ]
  for (const [text, word, expected] of cases) {
    it(`${JSON.stringify(text)}: ${word} ${expected ? 'opens' : 'does not open'} a sentence`, () => {
      const tokens = tokensOf(text)
      expect(sentenceInitial(text, tokens, tokenIndex(tokens, word))).toBe(expected)
    })
  }
})

describe('adverbLike', () => {
  it('takes long -ly and -ing words for adverbs and participles, not short first names', () => {
    expect(['hastily', 'celebrating', 'reportedly'].map(adverbLike)).toEqual([true, true, true])
    expect(['carly', 'irving', 'emily', 'sterling'].map(adverbLike)).toEqual([false, false, false, true])
  })
})

describe('commonAtStart', () => {
  it('drops a sentence-initial word the story also writes in lower case, before more capitals', () => {
    const text = 'Rival Omar Selby spoke. His rival answered.'
    const tokens = tokensOf(text)
    expect(commonAtStart(text, tokens, tokenIndex(tokens, 'Rival'), lowerWords(tokens))).toBe(true)
  })

  it('keeps a first name the story never writes in lower case', () => {
    const text = 'Omar Selby spoke. His rival answered.'
    const tokens = tokensOf(text)
    expect(commonAtStart(text, tokens, tokenIndex(tokens, 'Omar'), lowerWords(tokens))).toBe(false)
  })

  it('keeps a common word that is not at a sentence start or stands alone', () => {
    const text = 'They met Rival Omar Selby. Rival spoke. His rival answered.'
    const tokens = tokensOf(text)
    const seen = lowerWords(tokens)
    expect(commonAtStart(text, tokens, tokenIndex(tokens, 'Rival'), seen)).toBe(false)
    expect(commonAtStart(text, tokens, tokenIndex(tokens, 'Rival', 1), seen)).toBe(false)
  })
})

describe('titleCaseLine', () => {
  it('reads a headline in title case', () => {
    const text = 'Why Progressives Are Celebrating Hillary Clinton\nClinton spoke on Monday in the town of Ames.'
    const tokens = tokensOf(text)
    expect(titleCaseLine(text, tokens, tokenIndex(tokens, 'Hillary'))).toEqual({
      end: text.indexOf('\n'),
      titleCase: true
    })
    expect(titleCaseLine(text, tokens, tokenIndex(tokens, 'Clinton', 1)).titleCase).toBe(false)
  })

  it('does not take a line of names for a headline', () => {
    const text = 'Ada Lind, Kai Berg, Omar Selby\n'
    const tokens = tokensOf(text)
    expect(titleCaseLine(text, tokens, 0).titleCase).toBe(false)
  })

  it('reads the last line of a text without a final line break', () => {
    const text = 'Prices Are Up In The North'
    const tokens = tokensOf(text)
    expect(titleCaseLine(text, tokens, 2)).toEqual({end: text.length, titleCase: true})
  })
})
