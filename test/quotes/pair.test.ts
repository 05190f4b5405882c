import {describe, expect, it} from 'vitest'
import {pairQuotes} from '../../src/quotes/pair.js'

function runs(text: string) {
  const paragraphs = []
  let at = 0
  for (const line of text.split('\n')) {
    paragraphs.push({start: at, end: at + line.length})
    at += line.length + 1
  }
  return pairQuotes(text, paragraphs)
}

describe('pairQuotes', () => {
  it('pairs straight and curly marks', () => {
    const text = '"One," he said. “Two.”'
    const result = runs(text)
    expect(result.runs.map((run) => text.slice(run.start, run.end))).toEqual(['One,', 'Two.'])
    expect(result.warnings).toEqual([])
  })

  it('carries a quotation across paragraphs', () => {
    const text = '“First part.\n“Second part,” she said.'
    const result = runs(text)
    expect(result.runs.map((run) => [text.slice(run.start, run.end), run.continues, run.continued])).toEqual([
      ['First part.', true, false],
      ['Second part,', false, true]
    ])
    expect(result.warnings).toEqual([])
  })

  it('warns on an unclosed quotation', () => {
    const text = '“Never closed, he said.\nNext paragraph.'
    const result = runs(text)
    expect(result.runs).toHaveLength(1)
    expect(result.warnings.map((warning) => warning.ruleId)).toEqual(['unclosed-quotation'])
  })
})
