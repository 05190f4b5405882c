import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord} from '../../src/index.js'
import {givenNameFirst, givenNameStart, roleNounBeforeName, wrappedBreak} from '../../src/speakers/name-boundary.js'
import {tokenize, valueAt} from '../../src/text/tokens.js'

/** Index of the token whose value is `word`. */
function at(text: string, word: string): number {
  const tokens = tokenize(text)
  for (let i = 0; i < tokens.length; i++) if (valueAt(tokens, i) === word) return i
  throw new Error(`no token ${word}`)
}

// Stories and phrases written for these tests.
describe('wrappedBreak', () => {
  const line = 'The talks went on late into the night, according to Karl'
  it('should join two words over a line break that wraps a long line', () => {
    const text = line + '\nMerten, the chairman.'
    expect(wrappedBreak(text, line.length, line.length + 1)).toBe(true)
    expect(wrappedBreak(line + '\r\nMerten', line.length, line.length + 2)).toBe(true)
  })

  it('should not join over a short line (a headline), a blank line or a space', () => {
    expect(wrappedBreak('Defiant Karl\nMerten', 12, 13)).toBe(false)
    expect(wrappedBreak(line + '\n\nMerten', line.length, line.length + 2)).toBe(false)
    expect(wrappedBreak(line + ' Merten', line.length, line.length + 1)).toBe(false)
  })
})

describe('givenNameStart', () => {
  it('should start a name at its first given name after a place glued to it', () => {
    const text = 'the envoy in Abidjan John Marques Kakumba said'
    const tokens = tokenize(text)
    expect(givenNameStart(tokens, at(text, 'Abidjan'), at(text, 'said'))).toBe(at(text, 'John'))
  })

  it('should keep the run whole when it opens with a given name or no preposition of place precedes it', () => {
    const first = 'the envoy in John Marques Kakumba said'
    expect(givenNameStart(tokenize(first), at(first, 'John'), at(first, 'said'))).toBe(at(first, 'John'))
    const second = 'the envoy Abidjan John Marques Kakumba said'
    expect(givenNameStart(tokenize(second), at(second, 'Abidjan'), at(second, 'said'))).toBe(at(second, 'Abidjan'))
    const third = 'an office in Abidjan Plateau said'
    expect(givenNameStart(tokenize(third), at(third, 'Abidjan'), at(third, 'said'))).toBe(at(third, 'Abidjan'))
  })
})

describe('givenNameFirst', () => {
  const blocked = (lower: string): boolean =>
    ['congress', 'minister', 'bank', 'will', 'sergeant', 'jan'].includes(lower)
  it('should read a given name that is also a common word before one more name word as a first name', () => {
    for (const text of ['Will Hurd said', 'Dean Brekke said', 'May Ortiz said']) {
      expect(givenNameFirst(tokenize(text), 0, 2, blocked)).toBe(true)
    }
  })

  it('should not read a month after `in`, a body, a style of nobility or a longer run as a first name', () => {
    const month = 'rain in May Ortiz said'
    expect(givenNameFirst(tokenize(month), at(month, 'May'), at(month, 'said'), blocked)).toBe(false)
    expect(givenNameFirst(tokenize('Will Congress act'), 0, 2, blocked)).toBe(false)
    expect(givenNameFirst(tokenize('Prince Alwaleed said'), 0, 2, blocked)).toBe(false)
    expect(givenNameFirst(tokenize('Will John Hurd said'), 0, 3, blocked)).toBe(false)
    expect(givenNameFirst(tokenize('Will John Peter Hurd said'), 0, 4, blocked)).toBe(false)
  })

  it('should read a first name that is also a common word before a second given name and a surname', () => {
    expect(givenNameFirst(tokenize('Jan Peter Brekke said'), 0, 3, blocked)).toBe(true)
    expect(givenNameFirst(tokenize('Laurens Jan Brekke said'), 0, 3, blocked)).toBe(true)
  })

  it('should not read a rank the data also has as a given name as the first of three', () => {
    expect(givenNameFirst(tokenize('Sergeant Frank Brekke said'), 0, 3, blocked)).toBe(false)
    expect(givenNameFirst(tokenize('Jan Peter Bank said'), 0, 3, blocked)).toBe(false)
  })
})

describe('a first name that is also a month inside a name of three words', () => {
  it('keeps the whole name, title aside', () => {
    const text = '"Rates must fall," said Economy Minister Jan Peter Brekke.\n\n"Now," said Laurens Jan Mertens.'
    expect(toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)).toEqual([
      'Jan Peter Brekke',
      'Laurens Jan Mertens'
    ])
  })
})

describe('names over wrapped lines and after places', () => {
  it('should keep a first name that is also a common word or a title', () => {
    const text =
      'AUSTIN, Texas (AP) - Will Hurd said the wall was a waste of money.\n\n"It is the most expensive way," Hurd said.\n\n' +
      'Dean Brekke, an economist, said: "Growth is slow."'
    expect(toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)).toEqual(['Will Hurd', 'Dean Brekke'])
  })

  it('should read a full name wrapped over a line break and expand its surname to it', () => {
    const text =
      'OSLO, March 4 - Demand for small tankers may be dwindling, according to Karl\n' +
      'Merten, president of the Nordic Shipowners Association.\n' +
      '    "We are going to see fewer orders this year," Merten told Reuters.\n'
    expect(toRecord(parseArticle(text, {referenceDate: '1987-03-04'})).quotes.map((quote) => quote.speaker)).toEqual([
      'Karl Merten'
    ])
  })

  it('should not read a place after `in` into the name that follows it', () => {
    const text =
      "The rebels will not attend the ceremony.\n\nThe movement's envoy in Bamako Peter Olu Adeyemi said the leader would stay away.\n\n" +
      '"He will not come," Adeyemi said.'
    expect(toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)).toEqual(['Peter Olu Adeyemi'])
  })
})

describe('roleNounBeforeName', () => {
  it('splits a capitalised noun of a role off a given name and a surname', () => {
    for (const text of ['Skier Tomas Ferrand', 'Novelist Ana Lind', 'Historian Karl Merten']) {
      expect(roleNounBeforeName(tokenize(text), 0, 3), text).toBe(true)
    }
  })

  it('keeps given names, two-word names and words that are no role before the name', () => {
    const cases: Array<[string, number]> = [
      ['Tyler Tomas Ferrand', 3],
      ['Skier Ferrand', 2],
      ['Velmar Tomas Ferrand', 3],
      ['Skier Velmar Ferrand', 3]
    ]
    for (const [text, to] of cases) expect(roleNounBeforeName(tokenize(text), 0, to), text).toBe(false)
  })

  it('gives the quotation to the name without the role', () => {
    const story = 'Skier Tomas Ferrand pulled out of the race on Monday.\n\n"My knee is sore," Ferrand said.\n'
    expect(toRecord(parseArticle(story)).quotes.map((quote) => quote.speaker)).toEqual(['Tomas Ferrand'])
  })
})
