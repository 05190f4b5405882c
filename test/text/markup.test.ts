import {describe, expect, it} from 'vitest'
import {findMarkup, inRanges} from '../../src/text/markup.js'

describe('findMarkup', () => {
  it('runs an element from its opening tag to the end of its closing tag', () => {
    const text = 'Before <tweet id="1">“Hi”</tweet> after.'
    const ranges = findMarkup(text, [{start: 0, end: text.length}])
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['<tweet id="1">“Hi”</tweet>'])
  })

  it('ends an unclosed element with its paragraph, and does not take a later paragraph’s closing tag', () => {
    const text = 'A <tweet “x”\n\nB “y” </tweet> <tweet>z</tweet>'
    const paragraphs = [
      {start: 0, end: 12},
      {start: 14, end: text.length}
    ]
    const ranges = findMarkup(text, paragraphs)
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['<tweet “x”', '<tweet>z</tweet>'])
    expect(inRanges(ranges, text.indexOf('“x”'))).toBe(true)
    expect(inRanges(ranges, text.indexOf('“y”'))).toBe(false)
  })

  it('covers a tag outside every paragraph by the tag alone', () => {
    const text = '<tweet> header\n\nBody.'
    expect(findMarkup(text, [{start: 16, end: text.length}])).toEqual([{start: 0, end: 6}])
  })

  it('finds one element a paragraph when many paragraphs open tags they never close', () => {
    const paragraph = 'He wrote <tweet “a” and <tweet “b”'
    const text = Array.from({length: 200}, () => paragraph).join('\n\n')
    const paragraphs = Array.from({length: 200}, (_, n) => ({
      start: n * (paragraph.length + 2),
      end: n * (paragraph.length + 2) + paragraph.length
    }))
    const ranges = findMarkup(text, paragraphs)
    expect(ranges).toHaveLength(200)
    expect(ranges.every((range, n) => range.end === paragraphs[n].end)).toBe(true)
  })
})

describe('inRanges', () => {
  it('is a binary search over sorted disjoint ranges (ends exclusive)', () => {
    const ranges = [
      {start: 2, end: 4},
      {start: 10, end: 12}
    ]
    expect([1, 2, 3, 4, 9, 10, 11, 12].map((offset) => inRanges(ranges, offset))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false
    ])
    expect(inRanges([], 0)).toBe(false)
  })
})
