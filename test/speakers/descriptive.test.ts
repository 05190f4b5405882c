import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord} from '../../src/index.js'
import {descriptiveWord} from '../../src/speakers/titles.js'

// Stories written for these tests.

function speakers(text: string): Array<string | null> {
  return toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)
}

describe('descriptiveWord', () => {
  it('knows words that say where a body is based or a person was born', () => {
    expect(['paris-based', 'new york-based', 'iranian-born', 'state-run'].map(descriptiveWord)).toEqual([
      true,
      true,
      true,
      true
    ])
  })

  it('does not take a hyphenated name or a bare suffix for one', () => {
    expect(['lind-berg', '-based', 'based'].map(descriptiveWord)).toEqual([false, false, false])
  })
})

describe('where a body is based is no part of its name', () => {
  it('names the body without its base, the same entity in every mention', () => {
    const story = [
      '"Ports must reopen," said the Oslo-based Velmar Shipping Council on Monday.',
      '',
      '"Freight is waiting," the council said.'
    ].join('\n')
    const article = parseArticle(story)
    expect(toRecord(article).quotes.map((quote) => quote.speaker)).toEqual([
      'Velmar Shipping Council',
      'Velmar Shipping Council'
    ])
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('Oslo-based Velmar Shipping Council')
  })

  it('does not make the base the speaker of a description (`the London-based group`)', () => {
    const story = 'Crops failed again this year. "Aid must come now," the London-based group said.'
    expect(speakers(story)).not.toContain('London-based')
    expect(speakers('"Aid must come now," said the New York-based rights group.')).not.toContain('York-based')
  })

  it('keeps a hyphenated name whole', () => {
    expect(speakers('"Aid must come now," said Ana Lind-Berg.')).toEqual(['Ana Lind-Berg'])
  })
})
