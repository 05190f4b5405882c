import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import {fixtures} from '../../fixtures/quotes/stories.js'

describe('quotation fixtures', () => {
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const article = parseArticle(fixture.text)
      const quotes = toRecord(article).quotes.map((quote) => [quote.text, quote.speaker])
      expect(quotes).toEqual(fixture.quotes)
      for (const quotation of article.quotations) {
        expect(fixture.text.slice(quotation.position.start.offset, quotation.position.end.offset)).toBe(quotation.value)
      }
    })
  }
})
