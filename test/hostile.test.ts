/**
 * Property tests over the hostile shapes of `bench/shapes.mjs` (issues 11 and 14): each shape, grown to
 * random sizes, cut at a random place, after a dateline or not, parses without throwing into a lossless tree
 * whose positions are right (`helpers/check-tree.ts`), with a bounded number of messages, each placed in the
 * input with a known rule id. Behaviour only: what each shape costs per MB is measured by `npm run bench`.
 */

import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {shapes} from '../bench/shapes.mjs'
import {parseArticle} from '../src/index.js'
import {maxQuotationDepth} from '../src/quotes/pair.js'
import {check} from './helpers/check-tree.js'

const scale = Number(process.env.WIRESTORY_FUZZ_SCALE ?? '1') || 1

/** Rule ids a parse may report. */
const ruleIds = new Set([
  'empty-document',
  'missing-dateline',
  'missing-paragraphs',
  'control-character',
  'unresolved-date',
  'unclosed-quotation',
  'unopened-quotation',
  'dense-quotation-marks',
  'quotation-depth'
])

/**
 * Most messages one parse reports, whatever the input: 100 quotation-mark warnings one by one and one saying how
 * many more, one `dense-quotation-marks`, and one each of the five others.
 */
const maxMessages = 100 + 1 + 1 + 5

/** Parse `input` into a file, check the tree, and check the file's messages. */
function checkShape(input: string): VFile {
  const file = new VFile({value: input})
  check(input, undefined, file)
  expect(file.messages.length).toBeLessThanOrEqual(maxMessages)
  for (const message of file.messages) {
    expect(ruleIds.has(message.ruleId ?? '')).toBe(true)
    expect(message.source).toBe('wirestory')
    const place = message.place as {start: {offset?: number}; end: {offset?: number}}
    expect(place.start.offset).toBeGreaterThanOrEqual(0)
    expect(place.end.offset).toBeLessThanOrEqual(input.length)
  }
  return file
}

const hostile = shapes.filter((shape) => shape.kind !== 'ordinary')

describe('hostile shapes', () => {
  for (const shape of hostile) {
    it('keeps its invariants on `' + shape.name + '` grown from 1 to 15,000 characters', () => {
      for (const size of [1, 17, 300, 2_500, 15_000]) checkShape(shape.make(size))
    })
  }

  it('keeps its invariants on any shape, grown to any size, cut anywhere, after a dateline or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...hostile),
        fc.integer({min: 0, max: 12_000}),
        fc.nat(),
        fc.constantFrom(
          '',
          'MOSCOW, May 5. /TASS/. ',
          'WASHINGTON (Reuters) - ',
          'Headline\n\u00A0\nLONDON, March 3 - '
        ),
        (shape, size, from, head) => {
          const text = shape.make(size)
          const start = text.length === 0 ? 0 : from % text.length
          checkShape(head + text.slice(start))
        }
      ),
      {seed: 20260414, numRuns: Math.max(1, Math.round(40 * scale))}
    )
  })

  it('reports quotations nested deeper than the bound once a paragraph, and makes no node for them', () => {
    const file = new VFile({value: '「Jones’ a '.repeat(5000)})
    const article = parseArticle(file)
    expect(article.quotations).toHaveLength(maxQuotationDepth)
    expect(file.messages.filter((message) => message.ruleId === 'quotation-depth')).toHaveLength(1)
  })

  it('gives words crafted to share the low bits of their hash what it gives other words', () => {
    const shape = shapes.find((candidate) => candidate.name.includes('FNV'))!
    const crafted = shape.make(20_000)
    const article = parseArticle('MOSCOW, May 5. /TASS/. ' + crafted + '. "We are ready," Ivan Petrov said.')
    expect(article.quotations.map((quotation) => quotation.value)).toEqual(['We are ready,'])
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Ivan Petrov'])
  })
})
