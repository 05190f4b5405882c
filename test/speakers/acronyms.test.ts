import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord} from '../../src/index.js'
import {
  abbreviates,
  acronymKey,
  buildAcronymIndex,
  definitionsIn,
  expandAcronym,
  initialsVariants,
  isBodyAcronym
} from '../../src/speakers/acronyms.js'

// Names and stories written for these tests.
describe('acronymKey', () => {
  it('should fold periods and keep capitals and digits', () => {
    expect(acronymKey('U.N.')).toBe('UN')
    expect(acronymKey('UNDP')).toBe('UNDP')
    expect(acronymKey('G7')).toBe('G7')
  })

  it('should refuse words, lower case and single letters', () => {
    for (const value of ['USAir', 'Reuters', 'un', 'A', 'A.', '7G', 'U.N']) expect(acronymKey(value)).toBeNull()
  })
})

describe('relaxed initials', () => {
  it('should drop of/for/the/and and read words in capitals whole', () => {
    expect(abbreviates('UNDP', 'UN Development Programme')).toBe(true)
    expect(abbreviates('UNDP', 'United Nations Development Programme')).toBe(true)
    expect(abbreviates('OECD', 'Organisation for Economic Cooperation and Development')).toBe(true)
    expect(abbreviates('U.S.', 'United States')).toBe(true)
    expect(abbreviates('ASEAN', 'Association of Southeast Asian Nations')).toBe(true)
    expect(abbreviates('NWPP', "Nepal Workers' and Peasants' Party")).toBe(true)
  })

  it('should not match other initials, or names of one word', () => {
    expect(abbreviates('UNHCR', 'United Nations Development Programme')).toBe(false)
    expect(abbreviates('IRC', 'Red Cross')).toBe(false)
    expect(initialsVariants('Reuters')).toEqual([])
  })

  it('should keep the number of variants bounded however many optional words a name has', () => {
    expect(initialsVariants('Union of the and of the and of the and Makers').length).toBeLessThanOrEqual(16)
  })
})

describe('buildAcronymIndex', () => {
  it('should read `Full Name (ACR)` definitions before initials of other names', () => {
    const text = 'The Karvian Farmers and Herders Union (KFHU) met. The Kent Fishing Harbour Union also met.'
    const index = buildAcronymIndex(text, ['Kent Fishing Harbour Union'])
    expect(expandAcronym(index, 'KFHU')).toBe('Karvian Farmers and Herders Union')
  })

  it('should link an alias only when the story spells it out', () => {
    expect(expandAcronym(buildAcronymIndex('The Group of Seven met in Rome.', []), 'G7')).toBe('Group of Seven')
    expect(expandAcronym(buildAcronymIndex('The G7 met in Rome.', []), 'G7')).toBeNull()
  })
})

describe('definitionsIn', () => {
  it('should give the span of a defined name, possessives and `and` included', () => {
    const text = "KATHMANDU, May 2 - The Karvian Workers' and Farmers' Party (KWFP) met."
    const [definition] = definitionsIn(text)
    expect(definition.name).toBe("Karvian Workers' and Farmers' Party")
    expect(text.slice(definition.start, definition.end)).toBe(definition.name)
    expect(definition.acronym).toBe('KWFP')
  })

  it('should skip brackets that abbreviate nothing before them', () => {
    expect(definitionsIn('Shares of Karvia Mills (NYSE) rose. Prices (USD) fell.')).toEqual([])
  })
})

describe('isBodyAcronym', () => {
  it('should tell acronyms of bodies from titles', () => {
    expect(isBodyAcronym('un')).toBe(true)
    expect(isBodyAcronym('minister')).toBe(false)
  })
})

describe('acronyms in stories', () => {
  const speakers = (text: string): Array<string | null> =>
    toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)

  it('should name an acronym by the spelled-out name the story gives', () => {
    const text =
      'GENEVA, May 2 (AFP) - Floods hit the valley, according to the International Red Cross.\n\n' +
      'In its yearly report the IRC said the floods "hit the poorest hardest".\n\n' +
      'The Group of Seven met in Rome. The G7 statement said rates "should reflect fundamentals".'
    expect(speakers(text)).toEqual(['International Red Cross', 'Group of Seven'])
  })

  it('should keep `UN` in the name of a UN body', () => {
    const text =
      'NEW YORK, May 2 (AFP) - Aid will reach the camps soon.\n\nThe UN Population Fund said it was "ready to help".'
    expect(speakers(text)).toEqual(['UN Population Fund'])
  })

  it('should make a defined organisation one entity that `the party` refers to', () => {
    const text =
      "KATHMANDU, May 2 (Xinhua) - The Karvian Workers' and Farmers' Party (KWFP) will not join the cabinet.\n\n" +
      'In a statement, the party demanded "stern action" against the culprits.'
    const article = parseArticle(text)
    expect(toRecord(article).quotes.map((quote) => quote.speaker)).toEqual(["Karvian Workers' and Farmers' Party"])
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('Party')
  })

  it('should keep an acronym the story never spells out', () => {
    const text = 'NEW YORK, May 2 (AFP) - Aid will reach the camps soon.\n\n"We are ready," the KFHU said.'
    expect(speakers(text)).toEqual(['KFHU'])
  })
})
