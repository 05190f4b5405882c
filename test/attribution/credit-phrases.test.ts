import {describe, expect, it} from 'vitest'
import {creditAfter, creditBefore, segmentsBefore} from '../../src/attribution/credit-phrases.js'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import {defaultLexicon} from '../../src/speakers/lexicon.js'
import {lowerAt, tokenize} from '../../src/text/tokens.js'

// Credits written for these tests.

/** Index of the first token whose lower case is `word`. */
function indexOf(text: string, word: string): number {
  const tokens = tokenize(text)
  for (let i = 0; i < tokens.length; i++) if (lowerAt(tokens, i) === word) return i
  throw new Error('no ' + word)
}

function before(text: string, cue = 'said'): string | null {
  const tokens = tokenize(text)
  const phrase = creditBefore(text, tokens, indexOf(text, cue), 0, defaultLexicon)
  return phrase ? text.slice(tokens.start[phrase.from], tokens.end[phrase.to - 1]) : null
}

function after(text: string, cue = 'said'): string | null {
  const tokens = tokenize(text)
  const phrase = creditAfter(text, tokens, indexOf(text, cue) + 1, tokens.length, defaultLexicon)
  return phrase ? text.slice(tokens.start[phrase.from], tokens.end[phrase.to - 1]) : null
}

function speakers(text: string): Array<string | null> {
  return toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)
}

describe('segmentsBefore', () => {
  it('splits a credit at commas into a name, a role and the rest of a firm', () => {
    const text = 'Lena Sorg, oil analyst with Velmar Barney, Osland Harris and Co said'
    const tokens = tokenize(text)
    expect(
      segmentsBefore(text, tokens, indexOf(text, 'said'), 0, defaultLexicon).map((segment) => segment.kind)
    ).toEqual(['name', 'role', 'firm'])
  })

  it('reads no segments from a clause longer than a credit', () => {
    const text = 'the board of the company that runs the harbour and the airport at Velmar and the ferry said'
    const tokens = tokenize(text)
    expect(segmentsBefore(text, tokens, indexOf(text, 'said'), 0, defaultLexicon)).toEqual([])
  })
})

describe('creditBefore', () => {
  it('finds the name whatever the order of role and name', () => {
    expect(before('Osman Tarik, deputy general-manager of Velmar Kredi Bank told', 'told')).toBe('Osman Tarik')
    expect(before('another Dutch visitor, Karel Smit, said')).toBe('Karel Smit')
    expect(before('Lena Sorg, oil analyst with Velmar Barney, Osland Harris and Co said')).toBe('Lena Sorg')
  })

  it('reads a capitalised title with its complement as a role before the name', () => {
    expect(before('the Velmar Secretary of State for Finance, Karel Smit, said')).toBe('Karel Smit')
    expect(before("Velmar's Minister of Fisheries, Lena Sorg, said")).toBe('Lena Sorg')
    expect(before('the Deputy Minister for Ports, Lena Sorg, said')).toBe('Lena Sorg')
  })

  it('takes no capitalised word that is no title for a role', () => {
    expect(before('the Velmar Harbour of Ostend, Karel Smit, said')).toBeNull()
    expect(before('the Velmar Shipping Council, Karel Smit, said')).toBeNull()
  })

  it('reads a role, a name and the firm after it as one phrase', () => {
    expect(before('analyst Piet Kornel of Velmar Peabody and Co told', 'told')).toBe('analyst Piet Kornel')
  })

  it('takes the age of a person as part of the credit', () => {
    expect(before('Karel Smit, 41, a farmer, said')).toBe('Karel Smit')
  })

  it('leaves a bare name, a clause and two names to the patterns of cues.ts', () => {
    expect(before('Karel Smit said')).toBeNull()
    expect(before('asking the board to reopen the case, spokesman Karel Smit said')).toBeNull()
    expect(before('Karel Smit, Lena Sorg, said')).toBeNull()
    expect(before('sources close to Karel Smit, a farmer, said')).toBeNull()
  })
})

describe('creditAfter', () => {
  it('takes the name after a role set off by a comma', () => {
    expect(after("said the WHO's Velmar representative, Ana Quispe")).toBe('Ana Quispe')
    expect(after('said another Dutch visitor, Karel Smit')).toBe('Karel Smit')
  })

  it('leaves a name first, or a role alone, to subjectAfter', () => {
    expect(after('said Karel Smit, a Dutch visitor')).toBeNull()
    expect(after('said a Dutch visitor')).toBeNull()
  })
})

describe('credits in stories', () => {
  it('gives the quotation to the name, not to the firm or the role beside it', () => {
    expect(
      speakers(
        'VELMAR, March 4 - Grain prices rose on Tuesday.\n' +
          '    "Supplies are tight," Osman Tarik, deputy general-manager of\nVelmar Kredi Bankasi told Reuters.\n' +
          '    "The big number is the debt," analyst Piet Kornel of Osland Peabody and Co told Reuters.\n' +
          '    "We saw it coming," said another Dutch visitor, Karel Smit.\n'
      )
    ).toEqual(['Osman Tarik', 'Piet Kornel', 'Karel Smit'])
  })

  it('gives the quotation to the name after a title with its complement, not to the complement', () => {
    expect(
      speakers(
        'VELMAR, March 4 - Grain prices rose on Tuesday.\n' +
          '    The Velmar Secretary of State for Finance, Karel Smit, said the country "expects more aid."\n' +
          '    "Exports will recover," Lena Sorg, Minister of Fisheries, Ports and Trade, said.\n'
      )
    ).toEqual(['Karel Smit', 'Lena Sorg'])
  })
})
