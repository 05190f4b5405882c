import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord, type Article} from '../src/index.js'

const article = parseArticle('MOSCOW, May 5. /TASS/. "We are ready," the minister said. He called it ``a start.\'\'')

function thrown(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a throw')
}

describe('toRecord checks its arguments', () => {
  it('throws a TypeError saying what it got for something that is not an article', () => {
    for (const [value, said] of [
      [null, 'not `null`'],
      [undefined, 'not `undefined`'],
      ['MOSCOW, May 5.', 'not `string`'],
      [[], 'not an array'],
      [{type: 'root', children: []}, 'not a `root` node'],
      [{children: []}, 'not an object whose `type` is `undefined`'],
      [{type: 'article', children: [], quotations: null, speakers: []}, 'its `quotations` is `null`, not an array']
    ] as const) {
      const error = thrown(() => toRecord(value as unknown as Article))
      expect(error).toBeInstanceOf(TypeError)
      expect(error.message).toContain('the `article` of `toRecord` to be an article tree from `parseArticle`')
      expect(error.message).toContain(said)
    }
  })

  it('throws a RangeError for `quoteMarks` given one system as a string, not a list', () => {
    const error = thrown(() => toRecord(article, {quoteMarks: 'straight' as never}))
    expect(error).toBeInstanceOf(RangeError)
    expect(error.message).toContain("not `'straight'`")
    expect(error.message).toContain("`['straight']`")
  })

  it('throws for a list naming no mark system, or holding something else', () => {
    expect(thrown(() => toRecord(article, {quoteMarks: ['straight', 'smart' as never]}))).toBeInstanceOf(RangeError)
    expect(thrown(() => toRecord(article, {quoteMarks: [1 as never]}))).toBeInstanceOf(TypeError)
    expect(thrown(() => toRecord(article, {quoteMarks: 5 as never}))).toBeInstanceOf(TypeError)
  })

  it('throws a TypeError for options that are not an object, or unknown', () => {
    expect(thrown(() => toRecord(article, 'all' as never)).message).toContain('`options` of `toRecord` to be an object')
    expect(thrown(() => toRecord(article, {quoteMark: 'all'} as never)).message).toContain('unknown option `quoteMark`')
  })

  it('accepts every documented form', () => {
    expect(toRecord(article).quotes.map((quote) => quote.text)).toEqual(['We are ready,'])
    expect(toRecord(article, null).quotes).toHaveLength(1)
    expect(toRecord(article, {}).quotes).toHaveLength(1)
    expect(toRecord(article, {quoteMarks: 'record'}).quotes).toHaveLength(1)
    expect(toRecord(article, {quoteMarks: 'all'}).quotes.map((quote) => quote.text)).toEqual([
      'We are ready,',
      'a start.'
    ])
    expect(toRecord(article, {quoteMarks: ['tex']}).quotes.map((quote) => quote.text)).toEqual(['a start.'])
    expect(toRecord(article, {quoteMarks: []}).quotes).toEqual([])
  })
})
