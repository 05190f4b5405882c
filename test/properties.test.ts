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
import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord} from '../src/index.js'
import {check} from './helpers/check-tree.js'

const scale = Number(process.env.WIRESTORY_FUZZ_SCALE ?? '1') || 1
const fuzzSeed = process.env.WIRESTORY_FUZZ_SEED === undefined ? undefined : Number(process.env.WIRESTORY_FUZZ_SEED)
if (fuzzSeed !== undefined || scale !== 1) {
  console.log('properties: scale ' + scale + (fuzzSeed === undefined ? ', fixed seeds' : ', seed base ' + fuzzSeed))
}

/** Settings of one `fc.assert`: its fixed seed and number of runs, scaled for `npm run fuzz`. */
function runs(seed: number, numRuns: number): {seed: number; numRuns: number} {
  return {
    seed: fuzzSeed === undefined ? seed : fuzzSeed + (seed % 100),
    numRuns: Math.max(1, Math.round(numRuns * scale))
  }
}

/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc
  .array(fc.integer({min: 0, max: 0xffff}), {maxLength: 200})
  .map((units) => String.fromCharCode(...units))

/** Characters that stress a wire parser: breaks, controls, BOM, marks, RTL, astral. */
const awkward = fc.constantFrom(
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '\r\n\r\n',
  '\t',
  '    ',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u0301',
  'e\u0301',
  '\u200D',
  '\u200F',
  '\u202E',
  'שלום',
  'مرحبا',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '𝐀',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  '"',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  "'",
  '-',
  ' - ',
  ' -- ',
  ' — ',
  ' – ',
  '. /TASS/. ',
  '(Reuters)',
  '(AP)',
  'Reuter',
  '.',
  ',',
  '/'
)

/** A string of random text mixed with awkward pieces. */
const mixed = fc
  .array(fc.oneof(fc.string({unit: 'binary', maxLength: 12}), awkward), {maxLength: 40})
  .map((parts) => parts.join(''))

// --- Wire-like stories built from pieces -----------------------------------

const places = fc.constantFrom(
  'MOSCOW',
  'BELGRADE',
  'NEW YORK',
  'FULLERTON, Calif.',
  'KYIV, Ukraine',
  'Paris',
  'DALLAS/FORT WORTH',
  'HEMPSTEAD, N.Y.',
  'LONDON, England',
  'São Paulo',
  'ROME',
  'beijing',
  'Zürich'
)
const dates = fc.constantFrom(
  'September 6',
  'Sept. 6',
  'Sept 6',
  'SEP 6',
  'March 3',
  'Jan 5',
  'Decmber 31',
  'December 31',
  '6 September',
  'Tuesday',
  'May 5, 2024',
  'Feb 30',
  'March 99'
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
  '',
  'date 2024-09-06\n',
  ' date 2024-09-06 ',
  'date 2024-01-01\r\n',
  'Slug: test story\n',
  '****\n',
  'RPT -- ',
  'A headline about nothing\n',
  'By Jane Roe\n',
  '\uFEFF'
)
const words = fc.constantFrom(
  'the',
  'minister',
  'said',
  'on',
  'Friday',
  'Mr.',
  'U.S.',
  '5%',
  '1.4',
  'pct',
  'dlrs',
  'Vulin',
  'Smith',
  'it',
  'was',
  'not',
  'a',
  'deal',
  '[Aleksandar]',
  'e.g.',
  '(AP)',
  'St.',
  'don’t',
  "won't",
  'co-operation',
  '😀',
  'naïve',
  'Москва',
  'said:',
  '--'
)
const sentence = fc
  .tuple(fc.array(words, {minLength: 1, maxLength: 12}), fc.constantFrom('.', '?', '!', '', '...'))
  .map(([list, end]) => list.join(' ') + end)
const quoted = fc
  .tuple(sentence, fc.constantFrom(['"', '"'], ['“', '”'], ['«', '»'], ['‘', '’'], ['"', ''], ['', '”']), sentence)
  .map(([said, [open, close], tail]) => open + said + ',' + close + ' ' + tail)
const paragraph = fc.array(fc.oneof(sentence, quoted), {minLength: 1, maxLength: 6}).map((list) => list.join(' '))
const breaks = fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\r', '\n    ', '\n\t', '\n \n')
const trailers = fc.constantFrom(
  '',
  '\n Reuter\n',
  '\nREUTER',
  '\n(Reporting by Jane Roe; Editing by John Doe)',
  '\n-0-\n',
  '\nMORE',
  '\nCopyright 2024 The Wire. All rights reserved.\n',
  '\nENDS',
  '\n###',
  '\n(END)',
  ' (Reporting by A B)'
)
const story = fc
  .tuple(heads, datelines, fc.array(fc.tuple(paragraph, breaks), {maxLength: 6}), trailers)
  .map(([head, dateline, body, trailer]) => head + dateline + body.map(([text, gap]) => text + gap).join('') + trailer)
/** A story with random pieces spliced in at random places. */
const damaged = fc
  .tuple(
    story,
    fc.array(fc.tuple(fc.nat(), fc.oneof(awkward, fc.string({unit: 'binary', maxLength: 4}))), {maxLength: 4})
  )
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
  .tuple(
    datelines,
    fc.array(fc.oneof(sentence, quoted), {minLength: 150, maxLength: 400}),
    fc.constantFrom(' ', '', '\u00A0')
  )
  .map(([dateline, list, join]) => dateline + list.join(join))

const referenceDates = fc.option(fc.constantFrom('2024-09-06', '1987-03-03', '2024-01-01', '2000-02-29'), {
  nil: undefined
})

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
    fc.assert(
      fc.property(codeUnits, (input) => check(input)),
      runs(20260103, 400)
    )
  })

  it('should be lossless on text mixed with breaks, controls, BOM, marks, RTL and astral characters', () => {
    fc.assert(
      fc.property(mixed, (input) => check(input)),
      runs(20260104, 600)
    )
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
    fc.assert(
      fc.property(long, (input) => check(input)),
      runs(20260107, 30)
    )
  })

  it('should read the frame of a generated dateline story', () => {
    fc.assert(
      fc.property(
        fc.tuple(places, fc.array(fc.tuple(paragraph, breaks), {minLength: 1, maxLength: 5})),
        ([place, body]) => {
          fc.pre(place !== place.toLowerCase())
          const input = place + ' (Reuters) - ' + body.map(([text, gap]) => text + gap).join('')
          const record = toRecord(parseArticle(input))
          expect(record.agency).toBe('Reuters')
          expect(record.dateline?.location).toBe(place)
          expect(record.dateline?.start).toBe(0)
        }
      ),
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
