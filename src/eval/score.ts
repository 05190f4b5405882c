/**
 * Scoring of parser output against the gold corpora (their format and the scoring rules: `docs/record.md`).
 *
 * Pure functions only: no I/O. `scripts/eval.mjs` reads the corpora, runs the parser and prints what these
 * functions compute. Every figure is micro-averaged over a corpus.
 */

import type {
  Accuracy,
  CorpusScore,
  DatelineRecord,
  DatelineScore,
  GoldParaphrase,
  GoldQuote,
  GoldRecord,
  Miss,
  PRF,
  ParaphraseRecord,
  ParaphraseScore,
  QuoteRecord,
  QuoteScore,
  RecordLike,
  ScoredPair
} from './score/types.js'
import {foldField, foldQuoteText, isSpeakerJudged, speakerMatches, speakerMatchesLenient} from './score/normalise.js'
import {type Span, isOverlapMatch, isParaphraseMatch, pairQuotes} from './score/pairing.js'

export type {
  Accuracy,
  CorpusScore,
  DatelineRecord,
  DatelineScore,
  GoldParaphrase,
  GoldQuote,
  GoldRecord,
  Miss,
  PRF,
  ParaphraseRecord,
  ParaphraseScore,
  QuoteRecord,
  QuoteScore,
  RecordLike,
  ScoredPair
} from './score/types.js'
export {
  HONORIFICS,
  JUDGED_SPEAKER_BASES,
  LEADING_ARTICLES,
  NAME_SUFFIXES,
  foldField,
  foldQuoteText,
  isSpeakerJudged,
  normalizeSpeaker,
  speakerMatches,
  speakerMatchesLenient
} from './score/normalise.js'
export type {QuotePair, Span} from './score/pairing.js'
export {isOverlapMatch, isParaphraseMatch, pairQuotes} from './score/pairing.js'
export type {FormatOptions} from './score/format.js'
export {METRIC_NAMES, formatMisses, formatScore, limitMisses, metricValues} from './score/format.js'

// ---------------------------------------------------------------------------------------------------------------
// Scoring

class Counter {
  correct = 0
  n = 0
  add(ok: boolean): void {
    this.n++
    if (ok) this.correct++
  }
  result(): Accuracy {
    return accuracy(this.correct, this.n)
  }
}

class PRFCounter {
  tp = 0
  predicted = 0
  gold = 0
  result(): PRF {
    return prf(this.tp, this.predicted, this.gold)
  }
}

/** An `Accuracy` from counts. */
export function accuracy(correct: number, n: number): Accuracy {
  return {correct, n, value: n === 0 ? null : correct / n}
}

/** A `PRF` from counts. */
export function prf(tp: number, predicted: number, gold: number): PRF {
  return {
    tp,
    predicted,
    gold,
    precision: predicted === 0 ? null : tp / predicted,
    recall: gold === 0 ? null : tp / gold,
    f1: predicted + gold === 0 ? null : (2 * tp) / (predicted + gold)
  }
}

function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key)
}

function sameField(gold: string | null, predicted: string | null | undefined): boolean {
  const g = gold === null ? '' : foldField(gold)
  const p = predicted === null || predicted === undefined ? '' : foldField(predicted)
  return g === p
}

function abbreviate(value: string, max: number): string {
  const folded = value.replace(/\s+/gu, ' ').trim()
  if (folded.length <= max) return folded
  const half = Math.floor((max - 1) / 2)
  return `${folded.slice(0, half)}…${folded.slice(folded.length - half)}`
}

/** A short stretch of `text` around `[start, end)`, whitespace folded, the span (when not empty) marked with ⟦ ⟧. */
export function snippet(text: string, start: number, end: number, before = 30, after = 40): string {
  const s = Math.max(0, Math.min(start, text.length))
  const e = Math.max(s, Math.min(end, text.length))
  const from = Math.max(0, s - before)
  const to = Math.min(text.length, e + after)
  const fold = (part: string): string => part.replace(/\s+/gu, ' ')
  const marked = s === e ? '' : `⟦${abbreviate(text.slice(s, e), 70)}⟧`
  return (
    (from > 0 ? '…' : '') + fold(text.slice(from, s)) + marked + fold(text.slice(e, to)) + (to < text.length ? '…' : '')
  )
}

function describeDateline(dateline: DatelineRecord | null | undefined): string | null {
  if (dateline === null || dateline === undefined) return null
  return `${JSON.stringify(dateline.text)} @${dateline.start}-${dateline.end}`
}

function describeQuote(quote: QuoteRecord | undefined): string | null {
  if (quote === undefined) return null
  return `${JSON.stringify(abbreviate(quote.text, 60))} @${quote.start}-${quote.end}`
}

function show(value: string | number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value)
}

/** Records a miss of the record being scored: the metric, the gold and predicted values, a snippet of the text. */
type Report = (field: string, gold: string | null, predicted: string | null, snip: string) => void

class DatelineCounters {
  documents = 0
  found = new PRFCounter()
  location = new Counter()
  date = new Counter()
  isoDate = new Counter()
  span = new Counter()
  falseCount = 0
  goldNull = 0
  result(): DatelineScore | null {
    if (this.documents === 0) return null
    return {
      documents: this.documents,
      found: this.found.result(),
      location: this.location.result(),
      date: this.date.result(),
      isoDate: this.isoDate.result(),
      span: this.span.result(),
      falseDatelines: {
        count: this.falseCount,
        goldNull: this.goldNull,
        rate: this.goldNull === 0 ? null : this.falseCount / this.goldNull
      }
    }
  }
}

class QuoteCounters {
  documents = 0
  exact = new PRFCounter()
  overlap = new PRFCounter()
  speaker = new Counter()
  speakerLenient = new Counter()
  endToEnd = new PRFCounter()
  result(): QuoteScore | null {
    if (this.documents === 0) return null
    return {
      documents: this.documents,
      exact: this.exact.result(),
      overlap: this.overlap.result(),
      speaker: this.speaker.result(),
      speakerLenient: this.speakerLenient.result(),
      endToEnd: this.endToEnd.result()
    }
  }
}

/** Scores one corpus: each gold record with the parser's record for the same text. */
export function scoreCorpus(pairs: readonly ScoredPair[]): CorpusScore {
  const misses: Miss[] = []
  const datelines = new DatelineCounters()
  const agency = new Counter()
  const paragraphs = new Counter()
  const quotes = new QuoteCounters()
  const paraphrases = new ParaphraseCounters()

  for (const {gold, predicted} of pairs) {
    const text = gold.text
    const id = gold.id
    const miss: Report = (field, goldValue, predictedValue, snip) => {
      misses.push({id, field, gold: goldValue, predicted: predictedValue, snippet: snip})
    }
    if (has(gold, 'dateline') && gold.dateline !== undefined) {
      scoreDateline(text, gold.dateline, predicted.dateline ?? null, datelines, miss)
    }
    if (has(gold, 'agency') && gold.agency !== undefined && gold.agencyEvidence !== 'collection') {
      scoreAgency(gold, predicted, agency, miss)
    }
    if (has(gold, 'paragraphs') && typeof gold.paragraphs === 'number') {
      const ok = predicted.paragraphs === gold.paragraphs
      paragraphs.add(ok)
      if (!ok) miss('paragraphs', show(gold.paragraphs), show(predicted.paragraphs), snippet(text, 0, 0, 0, 90))
    }
    if (has(gold, 'quotes') && gold.quotes !== undefined) {
      scoreQuotes(text, gold.quotes, predicted.quotes ?? [], quotes, miss)
    }
    if (has(gold, 'paraphrases') && gold.paraphrases !== undefined) {
      scoreParaphrases(gold.paraphrases, predicted.paraphrases ?? [], paraphrases, (field, g, p, at) =>
        miss(field, g, p, snippet(text, at.start, at.end, 50, 60))
      )
    }
  }

  return {
    documents: pairs.length,
    dateline: datelines.result(),
    agency: agency.n === 0 ? null : agency.result(),
    paragraphs: paragraphs.n === 0 ? null : paragraphs.result(),
    quotes: quotes.result(),
    paraphrases: paraphrases.documents === 0 ? null : paraphrases.result(),
    misses
  }
}

/** One record's dateline (`g`: gold, `p`: predicted; `null` when there is none). */
function scoreDateline(
  text: string,
  g: DatelineRecord | null,
  p: DatelineRecord | null,
  counters: DatelineCounters,
  miss: Report
): void {
  counters.documents++
  if (p !== null) counters.found.predicted++
  if (g === null) {
    counters.goldNull++
    if (p !== null) {
      counters.falseCount++
      miss('dateline.false', null, describeDateline(p), snippet(text, p.start, p.end))
    }
    return
  }
  counters.found.gold++
  if (p === null) {
    miss('dateline.found', describeDateline(g), null, snippet(text, g.start, g.end))
  } else {
    counters.found.tp++
  }
  const checks: Array<[string, Counter, boolean, string | null, string | null]> = [
    ['dateline.location', counters.location, sameField(g.location, p?.location), g.location, p?.location ?? null],
    ['dateline.date', counters.date, sameField(g.date, p?.date), g.date, p?.date ?? null],
    ['dateline.isoDate', counters.isoDate, (g.isoDate ?? null) === (p?.isoDate ?? null), g.isoDate, p?.isoDate ?? null],
    [
      'dateline.span',
      counters.span,
      p !== null && g.start === p.start && g.end === p.end,
      describeDateline(g),
      describeDateline(p)
    ]
  ]
  for (const [field, counter, ok, goldValue, predictedValue] of checks) {
    counter.add(ok)
    // A dateline not found at all is reported once, under dateline.found.
    if (!ok && p !== null) miss(field, goldValue, predictedValue, snippet(text, g.start, g.end))
  }
}

/** One record's agency, compared folded and in lower case. */
function scoreAgency(gold: GoldRecord, predicted: RecordLike, agency: Counter, miss: Report): void {
  const text = gold.text
  const g = gold.agency === null || gold.agency === undefined ? null : foldField(gold.agency).toLowerCase()
  const p =
    predicted.agency === null || predicted.agency === undefined ? null : foldField(predicted.agency).toLowerCase()
  const ok = g === p
  agency.add(ok)
  if (!ok) {
    const at = gold.dateline ?? predicted.dateline ?? null
    miss(
      'agency',
      gold.agency ?? null,
      predicted.agency ?? null,
      at === null ? snippet(text, 0, 0, 0, 90) : snippet(text, at.start, at.end)
    )
  }
}

/** One record's quotations: paired by overlap, then exact text, overlap and speaker counted. */
function scoreQuotes(
  text: string,
  goldQuotes: readonly GoldQuote[],
  predictedQuotes: readonly QuoteRecord[],
  counters: QuoteCounters,
  miss: Report
): void {
  counters.documents++
  for (const counter of [counters.exact, counters.overlap, counters.endToEnd]) {
    counter.gold += goldQuotes.length
    counter.predicted += predictedQuotes.length
  }
  const pairs = pairQuotes(goldQuotes, predictedQuotes)
  const pairedGold = new Set<number>()
  const pairedPredicted = new Set<number>()
  for (const pair of pairs) {
    pairedGold.add(pair.gold)
    pairedPredicted.add(pair.predicted)
    const g = goldQuotes[pair.gold]
    const p = predictedQuotes[pair.predicted]
    if (g === undefined || p === undefined) continue
    const isExact = foldQuoteText(g.text) === foldQuoteText(p.text)
    const isOverlap = isOverlapMatch(pair)
    if (isExact) counters.exact.tp++
    if (!isOverlap) {
      miss('quotes.overlap', describeQuote(g), describeQuote(p), snippet(text, g.start, g.end))
      continue
    }
    counters.overlap.tp++
    if (!isExact) miss('quotes.exact', describeQuote(g), describeQuote(p), snippet(text, g.start, g.end))
    if (g.speaker !== null && isSpeakerJudged(g)) {
      const ok = speakerMatches(g.speaker, p.speaker)
      counters.speaker.add(ok)
      counters.speakerLenient.add(speakerMatchesLenient(g.speaker, p.speaker))
      if (ok) counters.endToEnd.tp++
      else miss('quotes.speaker', g.speaker, p.speaker, snippet(text, g.start, g.end, 50, 60))
    } else {
      counters.endToEnd.tp++
    }
  }
  goldQuotes.forEach((g, index) => {
    if (!pairedGold.has(index)) miss('quotes.overlap', describeQuote(g), null, snippet(text, g.start, g.end))
  })
  predictedQuotes.forEach((p, index) => {
    if (!pairedPredicted.has(index)) miss('quotes.overlap', null, describeQuote(p), snippet(text, p.start, p.end))
  })
}

class ParaphraseCounters {
  documents = 0
  found = new PRFCounter()
  speaker = new Counter()
  speakerLenient = new Counter()
  endToEnd = new PRFCounter()
  result(): ParaphraseScore {
    return {
      documents: this.documents,
      found: this.found.result(),
      speaker: this.speaker.result(),
      speakerLenient: this.speakerLenient.result(),
      endToEnd: this.endToEnd.result()
    }
  }
}

function describeParaphrase(value: ParaphraseRecord | undefined): string | null {
  if (value === undefined) return null
  return `${JSON.stringify(abbreviate(value.text, 60))} @${value.start}-${value.end}`
}

/** One record's paraphrases (docs/record.md, Gold records): pairs by largest intersection, counted when it covers half of each span. */
function scoreParaphrases(
  goldList: readonly GoldParaphrase[],
  predictedList: readonly ParaphraseRecord[],
  counters: ParaphraseCounters,
  miss: (field: string, gold: string | null, predicted: string | null, at: Span) => void
): void {
  counters.documents++
  for (const counter of [counters.found, counters.endToEnd]) {
    counter.gold += goldList.length
    counter.predicted += predictedList.length
  }
  const counted = new Set<number>()
  const countedPredicted = new Set<number>()
  // A gold span paired with a prediction that covers under half of either span: both shown on its miss line.
  const pairedWith = new Map<number, number>()
  for (const pair of pairQuotes(goldList, predictedList)) {
    const g = goldList[pair.gold]
    const p = predictedList[pair.predicted]
    pairedWith.set(pair.gold, pair.predicted)
    if (g === undefined || p === undefined || !isParaphraseMatch(pair, g, p)) continue
    counted.add(pair.gold)
    countedPredicted.add(pair.predicted)
    counters.found.tp++
    if (g.speaker !== null && isSpeakerJudged(g)) {
      const ok = speakerMatches(g.speaker, p.speaker)
      counters.speaker.add(ok)
      counters.speakerLenient.add(speakerMatchesLenient(g.speaker, p.speaker))
      if (ok) counters.endToEnd.tp++
      else miss('paraphrases.speaker', g.speaker, p.speaker, g)
    } else {
      counters.endToEnd.tp++
    }
  }
  goldList.forEach((g, index) => {
    if (counted.has(index)) return
    const paired = pairedWith.get(index)
    const overlapping = paired === undefined ? undefined : predictedList[paired]
    miss(
      'paraphrases',
      describeParaphrase(g),
      overlapping ? `${describeParaphrase(overlapping)} (under half)` : null,
      g
    )
  })
  predictedList.forEach((p, index) => {
    if (!countedPredicted.has(index)) miss('paraphrases', null, describeParaphrase(p), p)
  })
}
