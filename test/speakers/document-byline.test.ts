import {describe, expect, it} from 'vitest'
import {documentByline} from '../../src/speakers/descriptions.js'
import {parseArticle} from '../../src/index.js'
import {registryOf} from './helpers.js'

/** The author `documentByline` reads for the description at `description` in `text`. */
function byline(text: string, description: string): string | null {
  const registry = registryOf(text)
  return documentByline(registry, text.indexOf(description))?.name ?? null
}

describe('documentByline', () => {
  it('reads the name that ends the `by` phrase after a document', () => {
    const paper = '"Rates will fall," the paper, written by Harwick\nUniversity professor Marta Osei, said.'
    expect(byline(paper, 'the paper')).toBe('Marta Osei')
    const statement = '"Stop the violence," said a statement issued by UN spokesman Ana Lind.'
    expect(byline(statement, 'a statement')).toBe('Ana Lind')
  })

  it('takes no modifier of the by phrase, and no document without one', () => {
    expect(byline('"No," said a statement released by the Trump campaign on Monday.', 'a statement')).toBe(null)
    expect(byline('"No," the paper said. Marta Osei wrote it.', 'the paper')).toBe(null)
    expect(byline('"No," the paper by Marta Osei said.', 'the paper')).toBe(null)
  })

  it('credits the author in a story', () => {
    const text =
      'WASHINGTON, March 5 - The Lind Institute said options work.\n' +
      '    "Farmers can trade options," the paper, written by Harwick\nUniversity professor Marta Osei, said.\n'
    const article = parseArticle(text)
    const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
    expect(article.quotations.map((quotation) => names.get(quotation.speaker ?? ''))).toEqual(['Marta Osei'])
  })
})
