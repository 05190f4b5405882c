/**
 * `toRecord`: the flat JSON record of an article, in the shape of the gold
 * corpora (`dateline`, `agency`, `paragraphs`, `quotes`). Every field is
 * documented in `docs/record.md`.
 */

import type {Article, Dateline, QuotationMarks} from './ast.js'
import {quotationMarks} from './quotes/refine.js'
import {own} from './options.js'
import {assertArticle, describeValue} from './tree/check.js'

/** The dateline of a {@link ArticleRecord}. */
export interface DatelineRecord {
  /** The dateline as it stands in the text, separator excluded. */
  text: string
  start: number
  end: number
  location: string | null
  date: string | null
  isoDate: string | null
}

/** A direct quotation of a {@link ArticleRecord}. */
export interface QuoteRecord {
  /** The words between the marks. */
  text: string
  start: number
  end: number
  /** Canonical full name of the speaker, `null` when the story does not say. */
  speaker: string | null
  /** The mention nearest the quote that names or refers to the speaker. */
  speakerMention?: string | undefined
}

/** Indirect speech of a {@link ArticleRecord}: `Vulin said relations were strong` → `relations were strong`. */
export interface ParaphraseRecord {
  /** The reported content as written (without `that` and the credit). */
  text: string
  start: number
  end: number
  /** Canonical full name of the speaker, `null` when the story does not say. */
  speaker: string | null
  /** The mention nearest the content that names or refers to the speaker. */
  speakerMention?: string | undefined
}

/** The flat record of an article. */
export interface ArticleRecord {
  dateline: DatelineRecord | null
  agency: string | null
  paragraphs: number
  quotes: QuoteRecord[]
  /** Indirect speech, in text order. */
  paraphrases: ParaphraseRecord[]
}

/** Options of {@link toRecord}. */
export interface RecordOptions {
  /**
   * Which mark systems' quotations are listed in `quotes`:
   *
   * - `'record'` (default): true quotation marks — the systems the gold corpora count
   *   (`straight`, `curly`, `guillemets`, `low-high`, `single`; see `docs/record.md`)
   *   and CJK `corner` brackets;
   * - `'all'`: every system, including the typewriter substitutes `apostrophes` (`''…''`),
   *   `tex` (`` ``…'' ``) and `primes` (`″…″`);
   * - a list of systems.
   *
   * The tree holds every quotation whatever this says.
   */
  quoteMarks?: 'record' | 'all' | readonly QuotationMarks[] | null | undefined
}

/** True quotation marks: the systems of the gold corpora, and CJK corner brackets. */
const recordMarks: ReadonlySet<QuotationMarks> = new Set<QuotationMarks>([
  'straight',
  'curly',
  'guillemets',
  'low-high',
  'single',
  'corner'
])

/** Every mark system (`QuotationMarks`). */
const allMarks: readonly QuotationMarks[] = [
  'straight',
  'curly',
  'low-high',
  'guillemets',
  'single',
  'corner',
  'apostrophes',
  'tex',
  'primes'
]

/**
 * Check `toRecord`'s options: the mark systems to list, or `null` for every one.
 *
 * @throws {TypeError} When options are not an object, an option is unknown, or `quoteMarks` has the wrong type.
 * @throws {RangeError} When `quoteMarks` is a string other than `'record'` and `'all'`, or names no mark system.
 */
function readRecordOptions(options: unknown): ReadonlySet<QuotationMarks> | null {
  if (options === undefined || options === null) return recordMarks
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('wirestory: expected `options` of `toRecord` to be an object, not ' + describeValue(options))
  }
  for (const key of Object.keys(options)) {
    if (key !== 'quoteMarks')
      throw new TypeError('wirestory: unknown option `' + key + '` of `toRecord` (expected: quoteMarks)')
  }
  const wanted = own(options, 'quoteMarks')
  if (wanted === undefined || wanted === null || wanted === 'record') return recordMarks
  if (wanted === 'all') return null
  const expected = "`'record'`, `'all'` or a list of mark systems (" + allMarks.join(', ') + ')'
  if (typeof wanted === 'string') {
    const name = wanted.slice(0, 40)
    throw new RangeError(
      'wirestory: expected `quoteMarks` to be ' +
        expected +
        ", not `'" +
        name +
        "'` (one system is a list too: `['" +
        name +
        "']`)"
    )
  }
  if (!Array.isArray(wanted))
    throw new TypeError('wirestory: expected `quoteMarks` to be ' + expected + ', not ' + describeValue(wanted))
  const marks = new Set<QuotationMarks>()
  wanted.forEach((item: unknown, index: number) => {
    if (typeof item !== 'string') {
      throw new TypeError(
        'wirestory: expected `quoteMarks[' + index + ']` to be a mark system name, not ' + describeValue(item)
      )
    }
    if (!(allMarks as readonly string[]).includes(item)) {
      throw new RangeError(
        'wirestory: expected `quoteMarks[' +
          index +
          ']` to be one of ' +
          allMarks.join(', ') +
          ', not `' +
          item.slice(0, 40) +
          '`'
      )
    }
    marks.add(item as QuotationMarks)
  })
  return marks
}

/**
 * Flatten an article into plain JSON.
 *
 * @param article A tree from `parseArticle`.
 * @param options Which quotations to list (`quoteMarks`).
 * @returns The record.
 * @throws {TypeError} When `article` is not an article tree, options are not an object, an option is unknown or
 *   `quoteMarks` has the wrong type.
 * @throws {RangeError} When `quoteMarks` is a string other than `'record'` or `'all'` (a list is written
 *   `['straight']`), or a list holding a name that is no mark system.
 *
 * @example
 * ```ts
 * toRecord(article).quotes // straight, curly, guillemet, low-high and single-curly runs
 * toRecord(article, {quoteMarks: 'all'}).quotes // also ''…'', ``…'' and ″…″ runs
 * ```
 */
export function toRecord(article: Article, options?: RecordOptions | null): ArticleRecord {
  assertArticle(article, 'toRecord', ['children', 'quotations', 'speakers'])
  const marks = readRecordOptions(options)
  const dateline = article.children.find((child): child is Dateline => child.type === 'dateline')
  let datelineRecord: DatelineRecord | null = null
  if (dateline) {
    let text = ''
    for (const child of dateline.children) {
      const start = child.position.start.offset ?? 0
      const end = child.position.end.offset ?? 0
      if (end <= dateline.text.start || start >= dateline.text.end) continue
      text += child.value.slice(
        Math.max(0, dateline.text.start - start),
        child.value.length - Math.max(0, end - dateline.text.end)
      )
    }
    datelineRecord = {
      text,
      start: dateline.text.start,
      end: dateline.text.end,
      location: dateline.location,
      date: dateline.date,
      isoDate: dateline.isoDate
    }
  }

  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  const quotes: QuoteRecord[] = []
  for (const quotation of article.quotations) {
    if (quotation.kind !== 'direct' && quotation.kind !== 'partial') continue
    if (marks && !marks.has(quotation.marks ?? quotationMarks(quotation))) continue
    const speaker = quotation.speaker ? speakers.get(quotation.speaker) : undefined
    const record: QuoteRecord = {
      text: quotation.value,
      start: quotation.position.start.offset ?? 0,
      end: quotation.position.end.offset ?? 0,
      speaker: speaker ? speaker.name : null
    }
    if (quotation.mention) record.speakerMention = quotation.mention.value
    quotes.push(record)
  }

  const paraphrases: ParaphraseRecord[] = []
  for (const paraphrase of article.paraphrases) {
    const speaker = paraphrase.speaker ? speakers.get(paraphrase.speaker) : undefined
    const record: ParaphraseRecord = {
      text: paraphrase.value,
      start: paraphrase.position.start.offset ?? 0,
      end: paraphrase.position.end.offset ?? 0,
      speaker: speaker ? speaker.name : null
    }
    if (paraphrase.mention) record.speakerMention = paraphrase.mention.value
    paraphrases.push(record)
  }

  return {
    dateline: datelineRecord,
    agency: article.agency,
    paragraphs: article.children.filter((child) => child.type === 'paragraph').length,
    quotes,
    paraphrases
  }
}
