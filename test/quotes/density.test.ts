import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {isMarkDense} from '../../src/quotes/density.js'

describe('paragraphs dense with quotation marks', () => {
  it('needs 2,000 characters and more than one mark per 8 characters', () => {
    expect(isMarkDense(1999, 1999)).toBe(false)
    expect(isMarkDense(2000, 250)).toBe(false)
    expect(isMarkDense(2000, 251)).toBe(true)
  })

  it('keeps the runs of a dense paragraph, unattributed, with one message', () => {
    const file = new VFile({value: 'a "b '.repeat(1000)})
    const article = parseArticle(file)
    expect(article.quotations.length).toBeGreaterThan(400)
    for (const quotation of article.quotations) {
      expect(quotation.kind).toBe('direct')
      expect(quotation.speaker).toBeNull()
      expect(quotation.rule).toBeNull()
    }
    const dense = file.messages.filter((message) => message.ruleId === 'dense-quotation-marks')
    expect(dense).toHaveLength(1)
  })

  it('leaves ordinary paragraphs alone', () => {
    const paragraph = '"We are ready," Foreign Minister Sergei Lavrov said. "It is a “good” deal," Lavrov told reporters. '.repeat(30)
    const file = new VFile({value: paragraph})
    const article = parseArticle(file)
    expect(file.messages.some((message) => message.ruleId === 'dense-quotation-marks')).toBe(false)
    expect(article.quotations.some((quotation) => quotation.speaker !== null)).toBe(true)
  })
})
