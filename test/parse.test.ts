import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as wirestory from '../src/index.js'
import {parseArticle, toRecord} from '../src/index.js'

describe('wirestory', () => {
  it('should expose the public API', () => {
    expect(Object.keys(wirestory).sort()).toEqual([
      'agencies',
      'nlcstUnder',
      'parseArticle',
      'parseArticleAsync',
      'renderHtml',
      'toNlcst',
      'toRecord',
      'wirestoryHtml',
      'wirestoryParse'
    ])
  })

  it('should expose the agency registry as data', () => {
    expect(Array.isArray(wirestory.agencies)).toBe(true)
    const names = wirestory.agencies.map((agency) => agency.name)
    for (const name of ['TASS', 'Reuters', 'AP', 'AFP', 'Xinhua', 'UPI', 'Interfax', 'ANSA', 'CP', 'CNN']) {
      expect(names).toContain(name)
    }
  })
})

describe('parseArticle(value, options?)', () => {
  it('should throw a TypeError on a value that is neither a string nor a VFile', () => {
    for (const value of [null, undefined, 42, {}, [], true, Symbol('x'), () => 'x', new Uint8Array(2)]) {
      expect(() => parseArticle(value as unknown as string), String(typeof value)).toThrow(TypeError)
    }
  })

  it('should say what was wrong with the value', () => {
    expect(() => parseArticle(null as unknown as string)).toThrow(/`value`.*string or a VFile/)
    expect(() => parseArticle(42 as unknown as string)).toThrow(/number/)
  })

  it('should throw a TypeError on a VFile holding bytes', () => {
    const file = new VFile({value: new Uint8Array([65, 66])})
    expect(() => parseArticle(file)).toThrow(TypeError)
  })

  it('should throw a RangeError on a bad `referenceDate`', () => {
    for (const referenceDate of ['yesterday', '2024-13-01', '2024-02-30', '06/09/2024', '', new Date(Number.NaN)]) {
      expect(() => parseArticle('x', {referenceDate}), String(referenceDate)).toThrow(RangeError)
    }
  })

  it('should throw a TypeError on a `referenceDate` of the wrong type', () => {
    expect(() => parseArticle('x', {referenceDate: 20240906 as unknown as string})).toThrow(TypeError)
  })

  it('should throw a TypeError on an unknown option', () => {
    expect(() => parseArticle('x', {referenceData: '2024-09-06'} as never)).toThrow(TypeError)
    expect(() => parseArticle('x', {referenceData: '2024-09-06'} as never)).toThrow(/referenceData/)
  })

  it('should throw a TypeError on options that are not an object', () => {
    for (const options of [42, 'x', [], true]) {
      expect(() => parseArticle('x', options as never), String(options)).toThrow(TypeError)
    }
  })

  it('should accept no options, `null` and `undefined` options', () => {
    expect(parseArticle('x').type).toBe('article')
    expect(parseArticle('x', null).type).toBe('article')
    expect(parseArticle('x', undefined).type).toBe('article')
    expect(parseArticle('x', {referenceDate: undefined}).type).toBe('article')
  })

  it('should accept a `referenceDate` as a Date or an ISO date with a time', () => {
    const text = 'BEIJING, Sept. 6 (Xinhua) -- Trains ran late.'
    expect(toRecord(parseArticle(text, {referenceDate: new Date(Date.UTC(2024, 8, 6))})).dateline?.isoDate).toBe(
      '2024-09-06'
    )
    expect(toRecord(parseArticle(text, {referenceDate: '2024-09-06T12:00:00Z'})).dateline?.isoDate).toBe('2024-09-06')
    expect(toRecord(parseArticle(text)).dateline?.isoDate).toBe(null)
  })

  it('should not let `__proto__` from JSON options pollute `Object.prototype`', () => {
    const options = JSON.parse('{"__proto__": {"polluted": "yes"}, "referenceDate": "2024-09-06"}') as object
    try {
      parseArticle('BEIJING, Sept. 6 (Xinhua) -- Trains ran late.', options as never)
    } catch (error) {
      // Rejecting the unknown key is fine too.
      expect(error).toBeInstanceOf(TypeError)
    }
    expect(({} as Record<string, unknown>).polluted).toBe(undefined)
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('should not let `__proto__` in an agency definition pollute `Object.prototype`', () => {
    const agencies = JSON.parse('[{"name": "Wire", "__proto__": {"polluted": "yes"}}]') as never
    parseArticle('LONDON (Wire) - It rained.', {agencies})
    expect(({} as Record<string, unknown>).polluted).toBe(undefined)
  })

  it('should resolve a date from a header field before `referenceDate`', () => {
    const article = parseArticle('date 2024-09-06\nBELGRADE, September 6. /TASS/. It rained.', {
      referenceDate: '2020-01-01'
    })
    expect(toRecord(article).dateline?.isoDate).toBe('2024-09-06')
  })

  it('should take agencies from the `agencies` option', () => {
    const article = parseArticle('LONDON (Wirestory Wire) - It rained.', {
      agencies: [{name: 'WW', aliases: ['Wirestory Wire']}]
    })
    expect(article.agency).toBe('WW')
  })

  it('should never throw on odd text', () => {
    for (const text of ['', ' ', '\uFEFF', '\r\n', '\u0000', '\uD800', '"', '(Reuters)', ' - ', 'Reuter', '-0-']) {
      expect(() => parseArticle(text), JSON.stringify(text)).not.toThrow()
    }
  })
})

describe('messages', () => {
  function messages(text: string) {
    const file = new VFile({value: text})
    const article = parseArticle(file)
    return {file, article}
  }

  it('should put messages with a rule id, source and place on a VFile', () => {
    const text = 'Officials said the festival would move.\u0007\n\nTickets will be refunded.'
    const {file} = messages(text)
    const ruleIds = file.messages.map((message) => message.ruleId)
    expect(ruleIds).toContain('missing-dateline')
    expect(ruleIds).toContain('control-character')
    for (const message of file.messages) {
      expect(message.source).toBe('wirestory')
      expect(typeof message.ruleId).toBe('string')
      expect(message.place).toBeDefined()
      expect(message.fatal).not.toBe(true)
    }
    const control = file.messages.find((message) => message.ruleId === 'control-character')!
    const place = control.place as {start: {offset: number}; end: {offset: number}}
    expect(text.slice(place.start.offset, place.end.offset)).toBe('\u0007')
  })

  it('should warn on an empty document', () => {
    const {file, article} = messages('')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['empty-document'])
    expect(article.children).toEqual([])
  })

  it('should warn when a date cannot be resolved', () => {
    const text = 'BEIJING, Sept. 6 (Xinhua) -- Trains ran late.'
    const {file} = messages(text)
    const message = file.messages.find((item) => item.ruleId === 'unresolved-date')
    expect(message).toBeDefined()
    const place = message!.place as {start: {offset: number}; end: {offset: number}}
    expect(text.slice(place.start.offset, place.end.offset)).toBe('BEIJING, Sept. 6 (Xinhua)')
  })

  it('should warn when there are no paragraphs', () => {
    const {file} = messages('LONDON (Reuters) - ')
    expect(file.messages.map((message) => message.ruleId)).toContain('missing-paragraphs')
  })

  it('should not warn about a clean story', () => {
    const {file} = messages('date 2024-09-06\nBELGRADE, September 6. /TASS/. It rained all day.\n')
    expect(file.messages).toEqual([])
  })

  it('should keep the place of every message inside the input', () => {
    const text = '\uFEFF\r\nA\u0000B'
    const {file} = messages(text)
    for (const message of file.messages) {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      expect(place.start.offset).toBeGreaterThanOrEqual(0)
      expect(place.end.offset).toBeLessThanOrEqual(text.length)
    }
  })
})

describe('header date fields', () => {
  it('should resolve the dateline with any header date field, over referenceDate', () => {
    for (const field of ['date', 'filed', 'published']) {
      const article = parseArticle(field + ' 2024-01-04\nLONDON, Jan 5 (Reuters) - Rates rose.', {
        referenceDate: '2020-06-01'
      })
      expect(article.filed).toBe('2024-01-04')
      expect(toRecord(article).dateline?.isoDate).toBe('2024-01-05')
    }
  })
})
