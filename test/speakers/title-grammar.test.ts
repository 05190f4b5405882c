import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord} from '../../src/index.js'
import {complementNameStart, complementTitle, isTitleWord, titleAnaphor, titleOnly} from '../../src/speakers/titles.js'
import {defaultLexicon} from '../../src/speakers/lexicon.js'
import {tokenize, valueAt} from '../../src/text/tokens.js'

const titles = defaultLexicon.titles

function at(text: string, word: string): number {
  const tokens = tokenize(text)
  for (let i = 0; i < tokens.length; i++) if (valueAt(tokens, i) === word) return i
  throw new Error(`no token ${word}`)
}

// Phrases and stories written for these tests.
describe('isTitleWord', () => {
  it('should read hyphenated ranks, plurals and descriptions as title words', () => {
    for (const word of [
      'minister',
      'major-general',
      'lieutenant-colonel',
      'vice-admiral',
      'princesses',
      'ministers',
      'archbishop',
      'paris-based',
      'iranian-born',
      'duchess'
    ]) {
      expect(isTitleWord(titles, word)).toBe(true)
    }
  })

  it('should not read given names, heads of bodies or plain words as title words', () => {
    for (const word of [
      'earl',
      'lance',
      'party',
      'committee',
      'ministry',
      'marek',
      'well-known',
      'tuesday',
      'news',
      'mess',
      'princes-street'
    ]) {
      expect(isTitleWord(titles, word)).toBe(false)
    }
  })
})

describe('complementNameStart', () => {
  it('should read a complement of portfolio words, bodies and acronyms up to the name', () => {
    const first = 'Minister of Mines and Energy Subroto'
    expect(complementNameStart(tokenize(first), titles, at(first, 'Mines'), at(first, 'Subroto') + 1)).toBe(
      at(first, 'Subroto')
    )
    const second = 'President of NWPP Narayan Man Bijukchhe'
    expect(complementNameStart(tokenize(second), titles, at(second, 'NWPP'), at(second, 'Bijukchhe') + 1)).toBe(
      at(second, 'Narayan')
    )
    const third = 'Secretary of State John F. Kerry'
    expect(complementNameStart(tokenize(third), titles, at(third, 'State'), at(third, 'Kerry') + 1)).toBe(
      at(third, 'John')
    )
  })

  it('should give -1 when the complement is no portfolio (a country) or leaves no name', () => {
    const first = 'President of Karvia Ivo Marek'
    expect(complementNameStart(tokenize(first), titles, at(first, 'Karvia'), at(first, 'Marek') + 1)).toBe(-1)
    const second = 'Minister of Foreign Affairs'
    expect(complementNameStart(tokenize(second), titles, at(second, 'Foreign'), at(second, 'Affairs') + 1)).toBe(-1)
  })
})

describe('complementTitle', () => {
  it('should read a title whose complement is portfolio words', () => {
    expect(complementTitle('Karvian Minister of Mines and Energy', 'Sutomo')).toBe(true)
    expect(complementTitle('Secretary for Home Affairs', 'Wirawan')).toBe(true)
  })

  it('should not read `of the`, a country, no complement or a body as the name', () => {
    expect(complementTitle('Under Secretary of the', 'Treasury')).toBe(false)
    expect(complementTitle('President of Karvia', 'Marek')).toBe(false)
    expect(complementTitle('Foreign Minister', 'Marek')).toBe(false)
    expect(complementTitle('Minister of Energy', 'Ministry')).toBe(false)
  })
})

describe('titleOnly and titleAnaphor', () => {
  it('should read `the President`, `The Health Minister` as title anaphors', () => {
    const first = 'said the President'
    expect(titleAnaphor(tokenize(first), titles, at(first, 'President'), at(first, 'President') + 1)).toEqual([
      'president'
    ])
    const second = 'The Health Minister said'
    expect(titleAnaphor(tokenize(second), titles, at(second, 'Health'), at(second, 'Minister') + 1)).toEqual([
      'health',
      'minister'
    ])
  })

  it('should not read a body, a name or a title without `the` as an anaphor', () => {
    const first = 'the Democratic National Committee said'
    expect(titleAnaphor(tokenize(first), titles, at(first, 'Democratic'), at(first, 'Committee') + 1)).toBeNull()
    const second = 'the Health Minister Karl Brandt'
    expect(titleOnly(tokenize(second), titles, at(second, 'Health'), at(second, 'Brandt') + 1)).toBe(false)
    const third = 'Health Minister said'
    expect(titleAnaphor(tokenize(third), titles, at(third, 'Health'), at(third, 'Minister') + 1)).toBeNull()
  })
})

describe('titles around names in stories', () => {
  const speakers = (text: string): Array<string | null> =>
    toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)

  it('should keep hyphenated and compound ranks out of the name', () => {
    const text =
      'The garrison will stay, Major-General Ivo Marek said on Tuesday.\n\n"We are not leaving," Marek said.\n\n' +
      'Staff Sergeant Lena Ortiz was on patrol. "It was quiet," Ortiz said.'
    expect(speakers(text)).toEqual(['Ivo Marek', 'Lena Ortiz'])
    expect(parseArticle(text).speakers.find((speaker) => speaker.name === 'Ivo Marek')?.title).toBe('Major-General')
  })

  it('should link `The Health Minister` and `the Major-General` to the person who holds the title', () => {
    const text =
      'KARVIA CITY, May 2 (Reuters) - Health Minister Karl Brandt opened the clinic on Monday.\n\n"We will act," The Health Minister said.\n\n' +
      'Major-General Ivo Marek inspected the troops.\n\n"The roads are open," the Major-General said.'
    const article = parseArticle(text)
    expect(toRecord(article).quotes.map((quote) => quote.speaker)).toEqual(['Karl Brandt', 'Ivo Marek'])
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('Health Minister')
  })

  it('should read a one-word name after a ministry complement', () => {
    const text =
      'JAKARTA, May 3 - Prices will hold, Karvian Minister of Mines and Energy Sutomo told reporters.\n\n"Supply is tight," Sutomo said.'
    expect(speakers(text)).toEqual(['Sutomo'])
  })
})
