import {describe, expect, it} from 'vitest'
import {subjectAfter} from '../../src/attribution/subject-after.js'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import {lowerAt, tokenize} from '../../src/text/tokens.js'

// Sentences written for these tests.

/** The subject read after the first `said` of `text`. */
function afterSaid(text: string): string | null {
  const tokens = tokenize(text)
  let at = 0
  while (lowerAt(tokens, at) !== 'said') at++
  const phrase = subjectAfter(text, tokens, at + 1, tokens.length)
  return phrase ? text.slice(tokens.start[phrase.from], tokens.end[phrase.to - 1]) : null
}

function speakers(text: string): Array<string | null> {
  return toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)
}

describe('subjectAfter: links inside a name', () => {
  it('reads over `of`/`for` after the name of a body', () => {
    expect(afterSaid('"Rates stay," said the Bank of Velmaria on Friday.')).toBe('the Bank of Velmaria')
    expect(afterSaid('"Rates stay," said the Institute for Coastal Studies.')).toBe('the Institute for Coastal Studies')
    expect(afterSaid('"Rates stay," said Bank of Velmaria Governor Ana Lind.')).toBe(
      'Bank of Velmaria Governor Ana Lind'
    )
  })

  it('reads over `and` when the words up to a head name a body, or two portfolios share an office', () => {
    expect(afterSaid('"Rates stay," said the Harbour and Canal Authority.')).toBe('the Harbour and Canal Authority')
    expect(afterSaid('"Rates stay," said Trade and Industry Minister Karel Smit.')).toBe(
      'Trade and Industry Minister Karel Smit'
    )
  })

  it('stops at the link after a person or before a second person', () => {
    expect(afterSaid('"Rates stay," said Ana Lind of Velmar Bank.')).toBe('Ana Lind')
    expect(afterSaid('"Rates stay," said Lind and Finance Minister Karel Smit.')).toBe('Lind')
    expect(afterSaid('"Rates stay," said Lind and Smit.')).toBe('Lind')
  })

  it('gives the quotation to the body or to the office holder, not to the first word of the name', () => {
    expect(speakers('"Rates will stay where they are," said the Bank of Velmaria.')).toEqual(['Bank of Velmaria'])
    expect(speakers('"Exports will grow," said Economy and Finance Minister Karel Smit.')).toEqual(['Karel Smit'])
    expect(speakers('"Exports will grow," according to Harbour and Canal Authority chairman Ana Lind.')).toEqual([
      'Ana Lind'
    ])
  })
})

describe('subjectBefore: `and` inside a body named with `for`', () => {
  it('keeps the whole name (`the Organisation for … and …`)', () => {
    expect(speakers('"Growth will slow," the Institute for Trade and Development said.')).toEqual([
      'Institute for Trade and Development'
    ])
  })
})
