/**
 * `toRecord`: the flat JSON record of an article, in the shape of the gold
 * corpora (`dateline`, `agency`, `paragraphs`, `quotes`). Every field is
 * documented in `docs/record.md`.
 */

import type {Article, Dateline, QuotationMarks} from './ast.js'
import {quotationMarks} from './quotes/refine.js'

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
const recordMarks: ReadonlySet<QuotationMarks> = new Set<QuotationMarks>(['straight', 'curly', 'guillemets', 'low-high', 'single', 'corner'])

/**
 * Flatten an article into plain JSON.
 *
 * @param article A tree from `parseArticle`.
 * @param options Which quotations to list (`quoteMarks`).
 * @returns The record.
 *
 * @example
 * ```ts
 * toRecord(article).quotes // straight, curly, guillemet, low-high and single-curly runs
 * toRecord(article, {quoteMarks: 'all'}).quotes // also ''…'', ``…'' and ″…″ runs
 * ```
 */
export function toRecord(article: Article, options?: RecordOptions | null): ArticleRecord {
  const wanted = options?.quoteMarks ?? 'record'
  const marks: ReadonlySet<QuotationMarks> | null =
    wanted === 'all' ? null : wanted === 'record' ? recordMarks : new Set<QuotationMarks>(wanted)
  const dateline = article.children.find((child): child is Dateline => child.type === 'dateline')
  let datelineRecord: DatelineRecord | null = null
  if (dateline) {
    let text = ''
    for (const child of dateline.children) {
      const start = child.position.start.offset ?? 0
      const end = child.position.end.offset ?? 0
      if (end <= dateline.text.start || start >= dateline.text.end) continue
      text += child.value.slice(Math.max(0, dateline.text.start - start), child.value.length - Math.max(0, end - dateline.text.end))
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
