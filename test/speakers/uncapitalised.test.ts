import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord} from '../../src/index.js'
import {defaultLexicon} from '../../src/speakers/lexicon.js'
import {nameAfterTitle, uncapitalisedCopy} from '../../src/speakers/uncapitalised.js'
import {tokenIndex, tokensOf} from './helpers.js'

// Stories written for these tests, in the style of copy that writes proper names in lower case.
const story =
  'Lima, april 4 - heavy rains cut the road to the coast, the energy ministry said.\n' +
  '    "the damage is very great," transport minister raul ortega pinto said after a visit to the valley.\n' +
  '    "we will need help from opec and from our neighbours," he said.\n'

describe('uncapitalisedCopy', () => {
  it('knows copy that writes months before numbers and well-known names in lower case', () => {
    expect(uncapitalisedCopy(story, tokensOf(story))).toBe(true)
    const words = 'officials in moscow and beijing met'
    expect(uncapitalisedCopy(words, tokensOf(words))).toBe(true)
  })

  it('does not take ordinary copy, or one sign alone, for it', () => {
    const capitalised =
      'LIMA, April 4 - Transport Minister Raul Ortega said the damage in Moscow was great. "We will rebuild," he said.'
    expect(uncapitalisedCopy(capitalised, tokensOf(capitalised))).toBe(false)
    const one = 'The talks begin on march 9 in the capital, the minister said.'
    expect(uncapitalisedCopy(one, tokensOf(one))).toBe(false)
  })
})

describe('nameAfterTitle', () => {
  it('reads a lower-case name that a title word and a given name open, up to the cue', () => {
    const tokens = tokensOf(story)
    const minister = tokenIndex(tokens, 'minister')
    expect(nameAfterTitle(story, tokens, minister, defaultLexicon)).toEqual({from: minister + 1, to: minister + 4})
  })

  it('reads none without a given name, after a word that is no title, or of one word', () => {
    for (const [text, word] of [
      ['the minister said on monday', 'minister'],
      ['the village raul ortega said', 'village'],
      ['the minister raul said', 'minister'],
      ['the minister raul, ortega said', 'minister']
    ]) {
      const tokens = tokensOf(text)
      expect(nameAfterTitle(text, tokens, tokenIndex(tokens, word), defaultLexicon), text).toBe(null)
    }
  })
})

describe('names in lower case in a story', () => {
  it('gives the speaker of a credit and of the pronoun after it', () => {
    const record = toRecord(parseArticle(story))
    expect(record.quotes.map((quote) => quote.speaker)).toEqual(['raul ortega pinto', 'raul ortega pinto'])
  })
})
