import {describe, expect, it} from 'vitest'
import {
  commonWordsOnly,
  companyMarkup,
  hasOrgLink,
  isAcronym,
  isNationality,
  isOrganisation,
  isPlace,
  isShouted,
  nationalityBeforeRole
} from '../../src/speakers/kinds.js'
import {defaultLexicon} from '../../src/speakers/lexicon.js'
import {lowerWords} from '../../src/speakers/case-words.js'
import {tokensOf} from './helpers.js'

/** Whether the whole text, as one run, is what `test` says. */
function whole(
  test: (tokens: ReturnType<typeof tokensOf>, from: number, to: number) => boolean,
  text: string
): boolean {
  const tokens = tokensOf(text)
  return test(tokens, 0, tokens.length)
}

describe('isOrganisation', () => {
  it('reads a head, a head before a link, a club prefix, an acronym and a known name', () => {
    for (const name of [
      'Foreign Ministry',
      'Council on Foreign Relations',
      'Ministry of Labor',
      'FC Marcelinho',
      'NATO',
      'Reuters'
    ]) {
      expect(whole(isOrganisation, name), name).toBe(true)
    }
  })

  it('does not read people, places or a lone capitalised word as one', () => {
    for (const name of ['Aleksandar Vulin', 'New Hampshire', 'Vulin', 'Fc Marcelinho', 'NATOSTAFF']) {
      expect(whole(isOrganisation, name), name).toBe(false)
    }
  })

  it('reads the legal ending of a company as its head (`Velmar Tool Co`, `Hartwig Chemie AG`)', () => {
    for (const name of ['Velmar Tool Co', 'Hartwig Chemie AG', 'Osland Papir AB', 'Marnier Freres SA', 'Tolvik Cos']) {
      expect(whole(isOrganisation, name), name).toBe(true)
    }
    // Not where the word is no last word of the run, nor a person whose name holds the letters.
    for (const name of ['Co Velmar', 'Coby Velmar', 'Agnes Velmar'])
      expect(whole(isOrganisation, name), name).toBe(false)
  })

  it('reads a head that opens the name, in the languages that put it first', () => {
    for (const name of ['Banco Lusitano', 'Groupe Marnier', 'Compagnie Generale Velot', 'Istituto Moderno']) {
      expect(whole(isOrganisation, name), name).toBe(true)
    }
    // One word is no name, and the head must open it.
    expect(whole(isOrganisation, 'Banco')).toBe(false)
    expect(whole(isOrganisation, 'Paolo Banco')).toBe(false)
  })

  it('reads a run of two words or more alone in angle brackets as a company (Reuters markup)', () => {
    const tokens = tokensOf('<Velmar Hart> signed with Tom Velmar <TVM>.')
    expect(isOrganisation(tokens, 0, 2)).toBe(true)
    // No markup around `Tom Velmar`; a one-word ticker is not read as a name by the markup.
    expect(isOrganisation(tokens, 4, 6)).toBe(false)
    expect(companyMarkup(tokens, 6, 7)).toBe(false)
    // A bracket on one side only.
    expect(companyMarkup(tokensOf('<Velmar Hart signed'), 0, 2)).toBe(false)
  })

  it('returns false for a run past the end of the tokens', () => {
    const tokens = tokensOf('Foreign Ministry')
    expect(isOrganisation(tokens, 0, 5)).toBe(false)
    expect(isOrganisation(tokens, 0, 0)).toBe(false)
  })
})

describe('isAcronym', () => {
  it('takes two to six capital letters', () => {
    expect(
      ['UN', 'NATO', 'ABCDEF', 'ABCDEFG', 'A', 'Nato', 'U.N.'].map((value) => isAcronym(tokensOf(value), 0))
    ).toEqual([true, true, true, false, false, false, false])
  })
})

describe('isPlace', () => {
  it('reads common places of one or more words, in any case', () => {
    expect(whole(isPlace, 'New Hampshire')).toBe(true)
    expect(whole(isPlace, 'NEW HAMPSHIRE')).toBe(true)
    expect(whole(isPlace, 'America')).toBe(true)
    expect(whole(isPlace, 'Hampshire')).toBe(false)
    expect(isPlace(tokensOf('America'), 0, 0)).toBe(false)
  })
})

describe('isShouted', () => {
  it('reads two or more words in capitals as a heading', () => {
    expect(whole(isShouted, 'RED STATES OUTNUMBER BLUE STATES')).toBe(true)
    expect(whole(isShouted, 'NATO')).toBe(false)
    expect(whole(isShouted, 'Red States')).toBe(false)
    // Initials and one-letter words do not count.
    expect(whole(isShouted, 'G. K. BUTTERFIELD')).toBe(false)
  })
})

describe('isNationality', () => {
  it('reads the lexicon and the endings of adjectives of nationality', () => {
    expect(['Brazilian', 'Japanese', 'Danish', 'Thai', 'Argentine', 'Croatian'].map(isNationality)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true
    ])
    expect(['Vulin', 'Smith', 'Budget'].map(isNationality)).toEqual([false, false, false])
  })
})

describe('nationalityBeforeRole', () => {
  it('takes `North Korean leader` for no name', () => {
    const tokens = tokensOf('North Korean leader said')
    expect(nationalityBeforeRole(tokens, 2, defaultLexicon)).toBe(true)
  })

  it('needs a role right after, in lower case', () => {
    expect(nationalityBeforeRole(tokensOf('North Korean Kim said'), 2, defaultLexicon)).toBe(false)
    expect(nationalityBeforeRole(tokensOf('North Korean, leader'), 2, defaultLexicon)).toBe(false)
    expect(nationalityBeforeRole(tokensOf('North Korean'), 2, defaultLexicon)).toBe(false)
  })
})

describe('commonWordsOnly', () => {
  it('reads places, nationalities, directions and words the story writes in lower case', () => {
    const text = 'Western Europe and Budget Day. The budget is due on the day.'
    const tokens = tokensOf(text)
    const seen = lowerWords(tokens)
    expect(commonWordsOnly(tokens, 0, 2, seen)).toBe(true)
    expect(commonWordsOnly(tokens, 3, 5, seen)).toBe(true)
  })

  it('keeps a run with a word the story never writes in lower case', () => {
    const text = 'Western Selby spoke.'
    const tokens = tokensOf(text)
    expect(commonWordsOnly(tokens, 0, 2, lowerWords(tokens))).toBe(false)
  })
})

describe('hasOrgLink', () => {
  it('finds a lower-case link that no person name has', () => {
    expect(whole(hasOrgLink, 'Part of Poland')).toBe(true)
    expect(whole(hasOrgLink, 'Ludwig van Beethoven')).toBe(false)
    expect(whole(hasOrgLink, 'Of Mice')).toBe(false)
  })
})
