import {describe, expect, it} from 'vitest'
import {defaultLexicon} from '../../src/speakers/lexicon.js'
import {
  familyName,
  givenNamesBefore,
  honorificOf,
  keyOf,
  nameText,
  oneLine,
  parseName,
  placeTail,
  splitTitle,
  withoutArticle
} from '../../src/speakers/names.js'
import {tokensOf} from './helpers.js'

describe('parseName', () => {
  it('takes a name with an Arabic article apart', () => {
    expect(parseName('Naseer al-Ani', 'Iraqi Foreign Minister')).toEqual({
      text: 'Naseer al-Ani',
      key: 'naseer al ani',
      title: 'Iraqi Foreign Minister',
      words: ['Naseer', 'al-Ani'],
      given: ['Naseer'],
      particles: ['al'],
      family: 'al-ani',
      bareFamily: 'ani',
      first: 'naseer',
      suffix: null
    })
  })

  it('keeps particles and a generational suffix out of the given names', () => {
    const king = parseName('Martin Luther King Jr.')
    expect([king.given, king.family, king.suffix]).toEqual([['Martin', 'Luther'], 'king', 'Jr.'])
    const beethoven = parseName('Ludwig van Beethoven')
    expect([beethoven.given, beethoven.particles, beethoven.family]).toEqual([['Ludwig'], ['van'], 'beethoven'])
  })

  it('keeps a hyphenated family name whole and reads a name of one word', () => {
    expect(parseName('Carlos Lopez-Cantera').family).toBe('lopez-cantera')
    expect(parseName('Carlos Lopez-Cantera').key).toBe('carlos lopez cantera')
    const one = parseName('Madonna')
    expect([one.given, one.family, one.first, one.suffix]).toEqual([[], 'madonna', 'madonna', null])
  })

  it('reads a suffix only after two words (`Smith Jr.` is a family name `jr.`)', () => {
    expect(parseName('Smith Jr.').family).toBe('jr.')
    expect(parseName('Smith Jr.').suffix).toBe(null)
  })

  it('gives the first word, the family name when written first (`Zhang Quanjing`)', () => {
    expect(parseName('Zhang Quanjing').first).toBe('zhang')
  })
})

describe('familyName, withoutArticle', () => {
  it('strip suffixes and commas before them, and Arabic articles', () => {
    expect(familyName('Martin Luther King, Jr.')).toBe('king')
    expect(familyName('John Smith III')).toBe('smith')
    expect(withoutArticle('el-khatib')).toBe('khatib')
    expect(withoutArticle('ad-din')).toBe('din')
    expect(withoutArticle('al-x')).toBe(undefined)
    expect(withoutArticle('alani')).toBe(undefined)
  })
})

describe('keyOf, oneLine, nameText', () => {
  it('key two spellings of one name alike', () => {
    expect(keyOf('Ben-Shalom')).toBe(keyOf('Ben Shalom'))
    expect(keyOf('Howard\n  Baker')).toBe('howard baker')
  })

  it('write a name broken over lines on one line', () => {
    expect(oneLine('Howard\nBaker')).toBe('Howard Baker')
    expect(oneLine('Howard\u00a0Baker')).toBe('Howard Baker')
    expect(oneLine('Howard Baker')).toBe('Howard Baker')
    const text = 'Senator Howard\nBaker said'
    expect(nameText(text, tokensOf(text), 1, 3)).toBe('Howard Baker')
  })
})

describe('splitTitle', () => {
  /** The name part of the whole text read as one run. */
  function nameOf(text: string, lead?: number): string {
    const tokens = tokensOf(text)
    const from = splitTitle(tokens, {from: 0, to: tokens.length}, defaultLexicon, lead)
    return text.slice(tokens.start[from])
  }

  it('splits titles and roles off', () => {
    expect(nameOf('Serbian Deputy Prime Minister Aleksandar Vulin')).toBe('Aleksandar Vulin')
    expect(nameOf('Mrs. Clinton')).toBe('Clinton')
    expect(nameOf('South Korean-born Monte Haines')).toBe('Monte Haines')
  })

  it('keeps the last two words after a title with a complement, three with an initial', () => {
    expect(nameOf('Minister of Internal Trade Milovan Daric')).toBe('Milovan Daric')
    expect(nameOf('Secretary of State John F. Kerry')).toBe('John F. Kerry')
  })

  it('drops a nationality, a place or a body before a name', () => {
    expect(nameOf('Croatian Ivan Ljubicic')).toBe('Ivan Ljubicic')
    expect(nameOf('New Hampshire Sanders')).toBe('Sanders')
    expect(nameOf('Presidential Palace Siamak Herawi')).toBe('Siamak Herawi')
  })

  it('keeps a name it has no reason to split, and a nationality before one word', () => {
    expect(nameOf('Aleksandar Vulin')).toBe('Aleksandar Vulin')
    expect(nameOf('Croatian Ljubicic')).toBe('Croatian Ljubicic')
  })
})

describe('honorificOf', () => {
  it('gives the gender of the first gendered honorific', () => {
    const tokens = tokensOf('Mrs. Berg and Sir Anton')
    expect(honorificOf(tokens, 0, 1)).toBe('female')
    expect(honorificOf(tokens, 1, 4)).toBe('male')
    expect(honorificOf(tokens, 1, 3)).toBe(undefined)
  })
})

describe('placeTail', () => {
  it('finds the `of` of a person at a place, not of a title or body', () => {
    const text = 'James Clyburn of South Carolina'
    expect(placeTail(tokensOf(text), 0, 5, defaultLexicon.titles)).toBe(2)
    expect(placeTail(tokensOf('Minister of Internal Trade'), 0, 4, defaultLexicon.titles)).toBe(-1)
    expect(placeTail(tokensOf('Council of Europe Ada'), 0, 4, defaultLexicon.titles)).toBe(-1)
  })
})

describe('givenNamesBefore', () => {
  it('takes the words a fuller name adds for given names unless they are a club, a place or an acronym', () => {
    expect(givenNamesBefore('Michel Ladi Luya', 'ladi luya')).toBe(true)
    expect(givenNamesBefore('FC Marcelinho', 'marcelinho')).toBe(false)
    expect(givenNamesBefore('Texas Smith', 'smith')).toBe(false)
    expect(givenNamesBefore('Ministry Smith', 'smith')).toBe(false)
  })
})
