/** The pure parts of the command line: line splitting, raw ids, streamed JSON, UTF-8 checks, sanitising. */

import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

import {describe, expect, it} from 'vitest'

import {parseArticle} from '../../src/parse.js'
import {readSize} from '../../src/cli/args.js'
import {jsonChunks} from '../../src/cli/json-stream.js'
import {readLine} from '../../src/cli/job.js'
import {LineSplitter, type Line, type LongLine} from '../../src/cli/lines.js'
import {rawMember} from '../../src/cli/raw-id.js'
import {sanitize} from '../../src/cli/sanitize.js'
import {binaryAt, decodeUtf8, firstInvalidByte} from '../../src/cli/utf8.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

function split(chunks: Array<string | Uint8Array>, max = 1 << 20): Array<Line | LongLine> {
  const splitter = new LineSplitter(max)
  const out: Array<Line | LongLine> = []
  for (const chunk of chunks) out.push(...splitter.push(typeof chunk === 'string' ? bytes(chunk) : chunk))
  out.push(...splitter.end())
  return out
}
const texts = (lines: Array<Line | LongLine>) =>
  lines.map((line) => (line.bytes ? new TextDecoder().decode(line.bytes) : {tooLong: line.tooLong}))

describe('LineSplitter', () => {
  it('cuts lines across chunk boundaries, drops \\r\\n, numbers blank lines', () => {
    const lines = split(['ab', 'c\r', '\n\nde', 'f\ng', 'h'])
    expect(texts(lines)).toEqual(['abc', '', 'def', 'gh'])
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3, 4])
  })

  it('gives nothing for an empty input and no empty last line after a final \\n', () => {
    expect(split([])).toEqual([])
    expect(texts(split(['a\n']))).toEqual(['a'])
  })

  it('keeps a multi-byte character cut between chunks whole', () => {
    const encoded = bytes('é€😀\n')
    const lines = split([encoded.subarray(0, 1), encoded.subarray(1, 4), encoded.subarray(4)])
    expect(texts(lines)).toEqual(['é€😀'])
  })

  it('reports a line over the cap by its length and goes on with the next line', () => {
    const lines = split(['x'.repeat(6), 'y'.repeat(6), '\nok\n', 'z'.repeat(20)], 10)
    expect(texts(lines)).toEqual([{tooLong: 12}, 'ok', {tooLong: 20}])
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3])
  })

  it('keeps nothing of a stream without line feeds past the cap', () => {
    const splitter = new LineSplitter(1024)
    const zeros = new Uint8Array(1 << 16)
    for (let index = 0; index < 64; index++) expect([...splitter.push(zeros)]).toEqual([])
    expect((splitter as unknown as {parts: unknown[]}).parts).toEqual([])
    expect([...splitter.end()]).toEqual([{number: 1, tooLong: 64 << 16}])
  })
})

describe('rawMember', () => {
  it('returns the top-level member as written', () => {
    expect(rawMember('{"id":12345678901234567890,"text":"a"}', 'id')).toBe('12345678901234567890')
    expect(rawMember(' { "text" : "x\\"id\\":1" , "id" : 1.50e3 } ', 'id')).toBe('1.50e3')
    expect(rawMember('{"a":{"id":1},"b":["id",{"id":2}],"id":-0}', 'id')).toBe('-0')
    expect(rawMember('{"\\u0069d":7}', 'id')).toBe('7')
    expect(rawMember('{"id":1,"id":2}', 'id')).toBe('2')
    expect(rawMember('{"text":"\\\\","id":3}', 'id')).toBe('3')
    expect(rawMember('{"text":"a"}', 'id')).toBeUndefined()
  })

  it('lets readLine keep numeric ids exactly', () => {
    expect(readLine('{"id": 12345678901234567890, "text": "x"}').id).toBe('12345678901234567890')
    expect(readLine('{"id": 1e400, "text": "x"}').id).toBe('1e400')
    expect(readLine('{"id": "doc\\u002d1", "text": "x"}').id).toBe('"doc-1"')
    expect(readLine('{"text": "x"}').id).toBeUndefined()
  })
})

describe('jsonChunks', () => {
  const trees = readdirSync(path.join(root, 'fixtures'), {recursive: true})
    .map(String)
    .filter((file) => file.endsWith('.txt'))
    .slice(0, 6)

  it.each(trees)('writes the same text as JSON.stringify for the tree of %s', (file) => {
    const article = parseArticle(readFileSync(path.join(root, 'fixtures', file), 'utf8'))
    expect([...jsonChunks(article, '  ')].join('')).toBe(JSON.stringify(article, null, 2))
    expect([...jsonChunks(article)].join('')).toBe(JSON.stringify(article))
  })

  it('follows JSON.stringify on toJSON, undefined, functions, non-finite numbers and empty containers', () => {
    const value = {
      a: undefined,
      b: () => 1,
      c: [undefined, () => 1, Number.NaN, -0, Infinity],
      d: new Date(0),
      e: {},
      f: [],
      g: {toJSON: (key: string) => ({key})},
      h: Object.assign(Object.create(null), {x: 'é\u2028"'}),
      i: new String('boxed')
    }
    for (const space of ['', '  '])
      expect([...jsonChunks(value, space)].join('')).toBe(JSON.stringify(value, null, space))
    expect([...jsonChunks(undefined)]).toEqual([])
  })

  it('yields pieces of bounded size, so no single string holds the whole output', () => {
    const big = {items: Array.from({length: 5000}, (_, index) => ({index, text: 'word '.repeat(20)}))}
    const pieces = [...jsonChunks(big, '', 4096)]
    expect(pieces.length).toBeGreaterThan(100)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(4096 + 200)
    expect(pieces.join('')).toBe(JSON.stringify(big))
  })

  it('throws on a cycle, as JSON.stringify does', () => {
    const cycle: {self?: unknown} = {}
    cycle.self = cycle
    expect(() => [...jsonChunks(cycle)]).toThrow(TypeError)
  })
})

describe('UTF-8', () => {
  it('decodes strictly and says where the first bad byte is', () => {
    expect(decodeUtf8(bytes('\uFEFFabc'), true)).toEqual({text: 'abc'})
    expect(decodeUtf8(bytes('\uFEFFabc'), false)).toEqual({text: '\uFEFFabc'})
    expect(decodeUtf8(Uint8Array.from([0x61, 0x62, 0xff, 0x63]), false)).toEqual({invalidAt: 2})
    expect(firstInvalidByte(Uint8Array.from([0xc3, 0xa9, 0xe2, 0x82]))).toBe(2) // a cut 3-byte sequence
    expect(firstInvalidByte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0) // an encoded surrogate
    expect(firstInvalidByte(Uint8Array.from([0xc0, 0xaf]))).toBe(0) // overlong
    expect(firstInvalidByte(bytes('plain é 😀'))).toBe(bytes('plain é 😀').length)
  })

  it('finds NUL bytes', () => {
    expect(binaryAt(Uint8Array.from([0x61, 0, 0x62, 0]))).toBe(1)
    expect(binaryAt(bytes('text'))).toBe(-1)
  })
})

describe('sanitize', () => {
  it('escapes what a terminal acts on and caps the length', () => {
    expect(sanitize('a\u001B[31mred\u0007\u202Eb\u2028')).toBe('a\\u{1B}[31mred\\u{7}\\u{202E}b\\u{2028}')
    expect(sanitize('\uD800x')).toBe('\\u{D800}x')
    expect(sanitize('x'.repeat(250), 200)).toBe('x'.repeat(200) + '… (50 more characters)')
    expect(sanitize('😀'.repeat(3), 3)).toBe('😀… (4 more characters)')
    expect(sanitize('fine, “quoted” é')).toBe('fine, “quoted” é')
  })
})

describe('readSize', () => {
  it('reads bytes with binary units', () => {
    expect(readSize('1000')).toBe(1000)
    expect(readSize('512K')).toBe(512 * 1024)
    expect(readSize('16M')).toBe(16 * 1024 * 1024)
    expect(readSize('1GiB')).toBe(1024 ** 3)
    expect(() => readSize('0')).toThrow(/--max-size/)
    expect(() => readSize('lots')).toThrow(/--max-size/)
  })
})
