/**
 * Property tests (fast-check): for any text, `parseArticle` does not throw,
 * the tree follows the content model of `docs/ast.md`, is lossless, every position slices the input to its node's text,
 * points agree with offsets, `toRecord` offsets slice to their text, and
 * parsing is deterministic.
 *
 * Every `fc.assert` has a fixed `seed`, so a failure reproduces; fast-check
 * prints the shrunk counterexample.
 *
 * `npm run fuzz` runs the same properties longer: `WIRESTORY_FUZZ_SCALE`
 * multiplies every `numRuns` (25 gives over 100,000 cases) and
 * `WIRESTORY_FUZZ_SEED` replaces the fixed seeds (the run prints the seed it
 * used, so a failure found there reproduces too).
 */

import fc from 'fast-check'
import type {Point} from 'unist'
import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord} from '../src/index.js'

const scale = Number(process.env.WIRESTORY_FUZZ_SCALE ?? '1') || 1
const fuzzSeed = process.env.WIRESTORY_FUZZ_SEED === undefined ? undefined : Number(process.env.WIRESTORY_FUZZ_SEED)
if (fuzzSeed !== undefined || scale !== 1) {
  console.log('properties: scale ' + scale + (fuzzSeed === undefined ? ', fixed seeds' : ', seed base ' + fuzzSeed))
}

/** Settings of one `fc.assert`: its fixed seed and number of runs, scaled for `npm run fuzz`. */
function runs(seed: number, numRuns: number): {seed: number; numRuns: number} {
  return {seed: fuzzSeed === undefined ? seed : fuzzSeed + (seed % 100), numRuns: Math.max(1, Math.round(numRuns * scale))}
}

interface AnyNode {
  type: string
  value?: unknown
  children?: AnyNode[]
  position?: {start: Point; end: Point}
}

/** Line starts of `value`, breaking at `\r\n`, `\n` and `\r`, computed here, independently of the parser. */
function lineStarts(value: string): number[] {
  const starts = [0]
  for (let index = 0; index < value.length; index++) {
    const character = value[index]
    if (character === '\r') {
      if (value[index + 1] === '\n') index++
      starts.push(index + 1)
    } else if (character === '\n') {
      starts.push(index + 1)
    }
  }
  return starts
}

/** The 1-based line and column of a 0-based offset. */
function expectedPoint(starts: number[], offset: number): {line: number; column: number} {
  // Binary search: the last line start <= offset.
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - starts[low] + 1}
}

/** The content model of `docs/ast.md`: which child types each parent type may hold. */
const contentModel: Record<string, Set<string>> = {
  article: new Set(['header', 'headline', 'byline', 'noise', 'agency', 'dateline', 'paragraph', 'trailer', 'WhiteSpaceNode']),
  header: new Set(['headerField', 'WhiteSpaceNode']),
  dateline: new Set(['datelinePlace', 'datelineDate', 'agency', 'datelinePunctuation', 'WhiteSpaceNode']),
  paragraph: new Set(['SentenceNode', 'WhiteSpaceNode', 'SourceNode']),
  trailer: new Set(['signOff', 'credits', 'copyright', 'more', 'endMark', 'WhiteSpaceNode']),
  SentenceNode: new Set(['WordNode', 'SymbolNode', 'PunctuationNode', 'WhiteSpaceNode', 'SourceNode']),
  WordNode: new Set(['TextNode', 'SymbolNode', 'PunctuationNode'])
}

/** Throw when `ok` is false (plain checks: `expect` per node is too slow for thousands of runs). */
function assert(ok: boolean, message: () => string): asserts ok {
  if (!ok) throw new Error(message())
}

/** Check one parse of `input`; throws on the first broken invariant. */
function check(input: string, options?: {referenceDate?: string}): void {
  const article = parseArticle(input, options)
  const starts = lineStarts(input)
  const leaves: string[] = []

  function checkPoint(point: Point, where: string): void {
    const offset = point.offset
    assert(typeof offset === 'number' && offset >= 0 && offset <= input.length, () => where + ': offset out of range: ' + offset)
    const expected = expectedPoint(starts, offset!)
    assert(
      point.line === expected.line && point.column === expected.column,
      () => where + ': offset ' + offset + ' is ' + expected.line + ':' + expected.column + ', not ' + point.line + ':' + point.column
    )
  }

  /** Walk `node`, returning the text of its leaves. */
  function walk(node: AnyNode, path: string): string {
    const where = path + '(' + node.type + ')'
    let text: string
    if (Array.isArray(node.children)) {
      const allowed = contentModel[node.type]
      assert(allowed !== undefined, () => where + ': unknown parent type')
      text = ''
      for (let index = 0; index < node.children.length; index++) {
        const type = node.children[index].type
        assert(allowed.has(type), () => where + ': a `' + type + '` cannot be a child of `' + node.type + '`')
        text += walk(node.children[index], where + '.' + index)
      }
    } else {
      assert(typeof node.value === 'string', () => where + ': a leaf has no string value')
      text = node.value as string
      // An empty leaf carries no text: it is a sign of a bad cut.
      assert(text.length > 0, () => where + ': empty leaf')
      leaves.push(text)
    }
    assert(node.position !== undefined, () => where + ': no position')
    const {start, end} = node.position!
    checkPoint(start, where + ' start')
    checkPoint(end, where + ' end')
    const slice = input.slice(start.offset, end.offset)
    assert(slice === text, () => where + ': position slices to ' + JSON.stringify(slice) + ', not ' + JSON.stringify(text))
    return text
  }

  const text = walk(article as unknown as AnyNode, '')
  assert(text === input, () => 'leaves concatenate to ' + JSON.stringify(text) + ', not the input')
  assert(leaves.join('') === input, () => 'leaves do not concatenate to the input')

  // The record's offsets slice to its text.
  const record = toRecord(article)
  if (record.dateline) {
    const {start, end, text} = record.dateline
    assert(input.slice(start, end) === text, () => 'dateline ' + start + '-' + end + ' does not slice to ' + JSON.stringify(text))
  }
  for (const quote of record.quotes) {
    assert(input.slice(quote.start, quote.end) === quote.text, () => 'quote ' + quote.start + '-' + quote.end + ' does not slice to its text')
  }
  assert(
    record.paragraphs === article.children.filter((child) => child.type === 'paragraph').length,
    () => 'record.paragraphs differs from the tree'
  )

  // Stand-off nodes point into the same input: quotations, paraphrases, and
  // the marks, cues and mentions they and the speakers hold.
  function checkStandOff(node: {type: string; value: string; position: {start: Point; end: Point}} | null, where: string): void {
    if (!node) return
    checkPoint(node.position.start, where + ' start')
    checkPoint(node.position.end, where + ' end')
    const slice = input.slice(node.position.start.offset, node.position.end.offset)
    assert(slice === node.value, () => where + ': position slices to ' + JSON.stringify(slice) + ', not ' + JSON.stringify(node.value))
  }
  for (const quotation of article.quotations) {
    const where = 'quotation ' + quotation.id
    checkStandOff(quotation, where)
    checkStandOff(quotation.open, where + ' open')
    checkStandOff(quotation.close, where + ' close')
    checkStandOff(quotation.cue, where + ' cue')
    checkStandOff(quotation.mention, where + ' mention')
  }
  for (const paraphrase of article.paraphrases) {
    const where = 'paraphrase ' + paraphrase.id
    checkStandOff(paraphrase, where)
    checkStandOff(paraphrase.cue, where + ' cue')
    checkStandOff(paraphrase.mention, where + ' mention')
  }
  const speakerIds = new Set(article.speakers.map((speaker) => speaker.id))
  for (const speaker of article.speakers) {
    speaker.mentions.forEach((mention, index) => checkStandOff(mention, 'speaker ' + speaker.id + ' mention ' + index))
  }
  for (const quotation of article.quotations) {
    assert(quotation.speaker === null || speakerIds.has(quotation.speaker), () => 'quotation ' + quotation.id + ': unknown speaker id')
  }

  // Deterministic.
  assert(JSON.stringify(parseArticle(input, options)) === JSON.stringify(article), () => 'two parses differ')
}

/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc
  .array(fc.integer({min: 0, max: 0xffff}), {maxLength: 200})
  .map((units) => String.fromCharCode(...units))

/** Characters that stress a wire parser: breaks, controls, BOM, marks, RTL, astral. */
const awkward = fc.constantFrom(
  '\n', '\r', '\r\n', '\n\n', '\r\n\r\n', '\t', '    ', '\u00A0', '\u2028', '\u2029', '\uFEFF', '\u0000',
  '\u0007', '\u001B', '\u007F', '\u0085', '\u0301', 'e\u0301', '\u200D', '\u200F', '\u202E', 'שלום', 'مرحبا',
  '😀', '👍🏽', '👨‍👩‍👧', '𝐀', '\uD800', '\uDC00', '\uDBFF\uDFFF', '"', '“', '”', '‘', '’', '«', '»', "'", '-',
  ' - ', ' -- ', ' — ', ' – ', '. /TASS/. ', '(Reuters)', '(AP)', 'Reuter', '.', ',', '/'
)

/** A string of random text mixed with awkward pieces. */
const mixed = fc
  .array(fc.oneof(fc.string({unit: 'binary', maxLength: 12}), awkward), {maxLength: 40})
  .map((parts) => parts.join(''))

// --- Wire-like stories built from pieces -----------------------------------

const places = fc.constantFrom(
  'MOSCOW', 'BELGRADE', 'NEW YORK', 'FULLERTON, Calif.', 'KYIV, Ukraine', 'Paris', 'DALLAS/FORT WORTH',
  'HEMPSTEAD, N.Y.', 'LONDON, England', 'São Paulo', 'ROME', 'beijing', 'Zürich'
)
const dates = fc.constantFrom(
  'September 6', 'Sept. 6', 'Sept 6', 'SEP 6', 'March 3', 'Jan 5', 'Decmber 31', 'December 31', '6 September',
  'Tuesday', 'May 5, 2024', 'Feb 30', 'March 99'
)
const datelines = fc.oneof(
  fc.tuple(places, dates).map(([place, date]) => place + ', ' + date + '. /TASS/. '),
  fc.tuple(places, dates).map(([place, date]) => place + ', ' + date + ' - '),
  fc.tuple(places, dates).map(([place, date]) => place + ', ' + date + ' (Reuters) - '),
  places.map((place) => place + ' (Reuters) - '),
  places.map((place) => place + ' (AP) — '),
  places.map((place) => place + ' (AFP) - '),
  fc.tuple(places, dates).map(([place, date]) => place + ', ' + date + ' (Xinhua) -- '),
  fc.tuple(places, dates).map(([place, date]) => place + '. ' + date + ' (Interfax) - '),
  fc.tuple(places, dates).map(([place, date]) => '(ANSA) - ' + place + ', ' + date + ' - '),
  places.map((place) => 'Canadian Press - ' + place + ' (CP) - '),
  fc.constant('AFP - '),
  fc.constant('')
)
const heads = fc.constantFrom(
  '', 'date 2024-09-06\n', ' date 2024-09-06 ', 'date 2024-01-01\r\n', 'Slug: test story\n', '****\n', 'RPT -- ',
  'A headline about nothing\n', 'By Jane Roe\n', '\uFEFF'
)
const words = fc.constantFrom(
  'the', 'minister', 'said', 'on', 'Friday', 'Mr.', 'U.S.', '5%', '1.4', 'pct', 'dlrs', 'Vulin', 'Smith', 'it',
  'was', 'not', 'a', 'deal', '[Aleksandar]', 'e.g.', '(AP)', 'St.', 'don’t', "won't", 'co-operation', '😀',
  'naïve', 'Москва', 'said:', '--'
)
const sentence = fc
  .tuple(fc.array(words, {minLength: 1, maxLength: 12}), fc.constantFrom('.', '?', '!', '', '...'))
  .map(([list, end]) => list.join(' ') + end)
const quoted = fc
  .tuple(sentence, fc.constantFrom(['"', '"'], ['“', '”'], ['«', '»'], ['‘', '’'], ['"', ''], ['', '”']), sentence)
  .map(([said, [open, close], tail]) => open + said + ',' + close + ' ' + tail)
const paragraph = fc
  .array(fc.oneof(sentence, quoted), {minLength: 1, maxLength: 6})
  .map((list) => list.join(' '))
const breaks = fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\r', '\n    ', '\n\t', '\n \n')
const trailers = fc.constantFrom(
  '', '\n Reuter\n', '\nREUTER', '\n(Reporting by Jane Roe; Editing by John Doe)', '\n-0-\n', '\nMORE',
  '\nCopyright 2024 The Wire. All rights reserved.\n', '\nENDS', '\n###', '\n(END)', ' (Reporting by A B)'
)
const story = fc
  .tuple(heads, datelines, fc.array(fc.tuple(paragraph, breaks), {maxLength: 6}), trailers)
  .map(([head, dateline, body, trailer]) => head + dateline + body.map(([text, gap]) => text + gap).join('') + trailer)
/** A story with random pieces spliced in at random places. */
const damaged = fc
  .tuple(story, fc.array(fc.tuple(fc.nat(), fc.oneof(awkward, fc.string({unit: 'binary', maxLength: 4}))), {maxLength: 4}))
  .map(([text, edits]) => {
    let result = text
    for (const [at, piece] of edits) {
      const index = result.length === 0 ? 0 : at % (result.length + 1)
      result = result.slice(0, index) + piece + result.slice(index)
    }
    return result
  })
/** Paragraphs longer than the tokenizer's piece size, cut into pieces. */
const long = fc
  .tuple(datelines, fc.array(fc.oneof(sentence, quoted), {minLength: 150, maxLength: 400}), fc.constantFrom(' ', '', '\u00A0'))
  .map(([dateline, list, join]) => dateline + list.join(join))

const referenceDates = fc.option(fc.constantFrom('2024-09-06', '1987-03-03', '2024-01-01', '2000-02-29'), {nil: undefined})

describe('properties', () => {
  it('should be lossless on any binary string', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (input) => check(input)),
      runs(20260101, 1000)
    )
  })

  it('should be lossless on grapheme strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 100}), (input) => check(input)),
      runs(20260102, 300)
    )
  })

  it('should be lossless on any UTF-16 code units (lone surrogates)', () => {
    fc.assert(fc.property(codeUnits, (input) => check(input)), runs(20260103, 400))
  })

  it('should be lossless on text mixed with breaks, controls, BOM, marks, RTL and astral characters', () => {
    fc.assert(fc.property(mixed, (input) => check(input)), runs(20260104, 600))
  })

  it('should be lossless on wire-like stories', () => {
    fc.assert(
      fc.property(story, referenceDates, (input, referenceDate) => check(input, {referenceDate})),
      runs(20260105, 1000)
    )
  })

  it('should be lossless on damaged wire-like stories', () => {
    fc.assert(
      fc.property(damaged, referenceDates, (input, referenceDate) => check(input, {referenceDate})),
      runs(20260106, 700)
    )
  })

  it('should be lossless on paragraphs longer than a tokenizer piece', () => {
    fc.assert(fc.property(long, (input) => check(input)), runs(20260107, 30))
  })

  it('should read the frame of a generated dateline story', () => {
    fc.assert(
      fc.property(fc.tuple(places, fc.array(fc.tuple(paragraph, breaks), {minLength: 1, maxLength: 5})), ([place, body]) => {
        fc.pre(place !== place.toLowerCase())
        const input = place + ' (Reuters) - ' + body.map(([text, gap]) => text + gap).join('')
        const record = toRecord(parseArticle(input))
        expect(record.agency).toBe('Reuters')
        expect(record.dateline?.location).toBe(place)
        expect(record.dateline?.start).toBe(0)
      }),
      runs(20260108, 200)
    )
  })

  // A lower-case place with an agency tag and no date (`beijing (Reuters) - …`).
  it('should read the frame of a generated dateline story with a lower-case place', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(paragraph, breaks), {minLength: 1, maxLength: 5}), (body) => {
        const input = 'beijing (Reuters) - ' + body.map(([text, gap]) => text + gap).join('')
        const record = toRecord(parseArticle(input))
        expect(record.agency).toBe('Reuters')
        expect(record.dateline?.location).toBe('beijing')
      }),
      runs(20260109, 50)
    )
  })
})
