import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {denseParagraphs, isMarkDense} from '../../src/quotes/density.js'

function parse(text: string) {
  const file = new VFile({value: text})
  const article = parseArticle(file)
  const dense = file.messages.filter((message) => message.ruleId === 'dense-quotation-marks')
  return {article, dense}
}

describe('paragraphs dense with quotation marks', () => {
  it('needs 2,000 characters and more than one mark per 8 characters', () => {
    expect(isMarkDense(1999, 1999)).toBe(false)
    expect(isMarkDense(2000, 250)).toBe(false)
    expect(isMarkDense(2000, 251)).toBe(true)
  })

  it('does not count apostrophes', () => {
    const text = "it's ".repeat(1000)
    expect(denseParagraphs(text, [{start: 0, end: text.length}])).toEqual([false])
    const marks = '«‹“‘'.repeat(1000)
    expect(denseParagraphs(marks, [{start: 0, end: marks.length}])).toEqual([true])
  })

  it('leaves the marks of a dense paragraph as text, with one message', () => {
    for (const text of ['a "b '.repeat(1000), '«‹“‘'.repeat(1000)]) {
      const {article, dense} = parse(text)
      expect(article.quotations).toEqual([])
      expect(dense).toHaveLength(1)
      // Lossless all the same.
      const paragraph = article.children.find((child) => child.type === 'paragraph')
      expect(paragraph?.position.end.offset).toBeGreaterThan(text.length - 10)
    }
  })

  it('reads the other paragraphs as usual', () => {
    const quote = '"We are ready," Foreign Minister Sergei Lavrov said.'
    const {article, dense} = parse(quote + '\n\n' + 'a "b '.repeat(1000) + '\n\n' + quote)
    expect(dense).toHaveLength(1)
    expect(article.quotations.map((quotation) => quotation.value)).toEqual(['We are ready,', 'We are ready,'])
    expect(article.quotations.every((quotation) => quotation.speaker !== null)).toBe(true)
  })

  it('leaves ordinary paragraphs alone', () => {
    const paragraph =
      '"We are ready," Foreign Minister Sergei Lavrov said. "It is a “good” deal," Lavrov told reporters. '.repeat(30)
    const {article, dense} = parse(paragraph)
    expect(dense).toHaveLength(0)
    expect(article.quotations.some((quotation) => quotation.speaker !== null)).toBe(true)
  })
})
