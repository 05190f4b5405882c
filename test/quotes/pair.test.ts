import {describe, expect, it} from 'vitest'
import {maxQuotationDepth, pairQuotes} from '../../src/quotes/pair.js'

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

  it('keeps a quotation of hard-wrapped copy open over a line that ends a sentence', () => {
    const text = '    "Demand is firm.\nWe expect prices to rise in May," the trader said.'
    const result = pairQuotes(text, [{start: 0, end: text.length}])
    expect(result.runs.map((run) => text.slice(run.start, run.end))).toEqual([
      'Demand is firm.\nWe expect prices to rise in May,'
    ])
  })

  it('reads on over wrapped lines with no mark to the one that closes', () => {
    const text = '"Output fell in March.\nIt will rise again.\nWe are sure of it," he said.'
    const result = pairQuotes(text, [{start: 0, end: text.length}])
    expect(result.runs.map((run) => text.slice(run.start, run.end))).toEqual([
      'Output fell in March.\nIt will rise again.\nWe are sure of it,'
    ])
  })

  it('still ends an open quotation at a sentence end when the next line opens a new one', () => {
    const text = '"Output fell in March.\n"Prices rose," he said.'
    const result = pairQuotes(text, [{start: 0, end: text.length}])
    expect(result.runs.map((run) => text.slice(run.start, run.end))).toEqual(['Output fell in March.', 'Prices rose,'])
  })

  it('still ends it at a sentence end on long lines, which are no wrapped copy', () => {
    const long =
      '"Everybody here believes in the convention until they start losing and then it is fine, let us take out the bomb.'
    const text = long + '\nAnna Berg."'
    const result = pairQuotes(text, [{start: 0, end: text.length}])
    expect(result.runs.map((run) => text.slice(run.start, run.end))).toEqual([long.slice(1)])
  })
})

describe('pairQuotes on many open marks', () => {
  it('closes the innermost open mark of the family, past open marks of other families', () => {
    const text = '“a 「b ” c」 d'
    const result = runs(text)
    expect(result.runs.map((run) => [text.slice(run.start, run.end), run.depth, run.close !== null])).toEqual([
      ['a 「b', 0, true],
      ['b', 1, false]
    ])
    expect(result.warnings.map((warning) => warning.ruleId)).toEqual(['unclosed-quotation', 'unopened-quotation'])
  })

  it('leaves corners that no white-corner mark closes open to the paragraph end, nested, to a bounded depth', () => {
    const text = '「 abcdefg』abcdefg'.repeat(3000)
    const result = runs(text)
    // The first `maxQuotationDepth` corners open; the ones after them are text, reported once.
    expect(result.runs.map((run) => run.depth)).toEqual([...Array(maxQuotationDepth).keys()])
    expect(result.runs.every((run) => run.end === text.length && run.close === null)).toBe(true)
    const depth = result.warnings.filter((warning) => warning.ruleId === 'quotation-depth')
    expect(depth).toHaveLength(1)
    expect(depth[0].start).toBe(text.indexOf('「', 17 * maxQuotationDepth))
    // Every white corner unopened, every open corner unclosed, and the depth.
    expect(result.warningCount).toBe(3000 + maxQuotationDepth + 1)
    expect(result.warnings).toHaveLength(1000)
  })

  it('pairs marks as before once the depth is back under the bound', () => {
    const text = '“a ' + '「b '.repeat(maxQuotationDepth + 5) + '” then “c”'
    const result = runs(text)
    expect(result.runs.filter((run) => run.depth === 0).map((run) => text.slice(run.start, run.end))).toEqual([
      text.slice(1, text.indexOf('”')).trim(),
      'c'
    ])
  })

  it('trims the white space before a closing mark once for every frame it ends', () => {
    const text = '“x «a ‹b ' + ' '.repeat(50) + '” after'
    const result = runs(text)
    expect(result.runs.map((run) => text.slice(run.start, run.end))).toEqual(['x «a ‹b', 'a ‹b', 'b'])
  })
})
