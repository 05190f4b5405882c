/**
 * Scoring of parser output against the gold corpora (their format and the scoring rules: `docs/record.md`).
 *
 * Pure functions only: no I/O. `scripts/eval.mjs` reads the corpora, runs the parser and prints what these
 * functions compute. Every figure is micro-averaged over a corpus.
 */

import type {Accuracy, CorpusScore, DatelineRecord, GoldParaphrase, Miss, PRF, ParaphraseRecord, ParaphraseScore, QuoteRecord, ScoredPair} from './score/types.js'
import {foldField, foldQuoteText, isSpeakerJudged, speakerMatches, speakerMatchesLenient} from './score/normalise.js'
import {type Span, isOverlapMatch, isParaphraseMatch, pairQuotes} from './score/pairing.js'

export type {Accuracy, CorpusScore, DatelineRecord, DatelineScore, GoldParaphrase, GoldQuote, GoldRecord, Miss, PRF, ParaphraseRecord, ParaphraseScore, QuoteRecord, QuoteScore, RecordLike, ScoredPair} from './score/types.js'
export {HONORIFICS, JUDGED_SPEAKER_BASES, LEADING_ARTICLES, NAME_SUFFIXES, foldField, foldQuoteText, isSpeakerJudged, normalizeSpeaker, speakerMatches, speakerMatchesLenient} from './score/normalise.js'
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
  return (from > 0 ? '…' : '') + fold(text.slice(from, s)) + marked + fold(text.slice(e, to)) + (to < text.length ? '…' : '')
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

/** Scores one corpus: each gold record with the parser's record for the same text. */
export function scoreCorpus(pairs: readonly ScoredPair[]): CorpusScore {
  const misses: Miss[] = []
  const miss = (id: string, field: string, gold: string | null, predicted: string | null, snip: string): void => {
    misses.push({id, field, gold, predicted, snippet: snip})
  }

  let datelineDocs = 0
  const found = new PRFCounter()
  const location = new Counter()
  const date = new Counter()
  const isoDate = new Counter()
  const span = new Counter()
  let falseCount = 0
  let goldNull = 0

  const agency = new Counter()
  const paragraphs = new Counter()

  let quoteDocs = 0
  const exact = new PRFCounter()
  const overlap = new PRFCounter()
  const speaker = new Counter()
  const speakerLenient = new Counter()
  const endToEnd = new PRFCounter()
  const paraphrases = new ParaphraseCounters()

  for (const {gold, predicted} of pairs) {
    const text = gold.text
    const id = gold.id

    // Dateline
    if (has(gold, 'dateline') && gold.dateline !== undefined) {
      datelineDocs++
      const g = gold.dateline
      const p = predicted.dateline ?? null
      if (p !== null) found.predicted++
      if (g === null) {
        goldNull++
        if (p !== null) {
          falseCount++
          miss(id, 'dateline.false', null, describeDateline(p), snippet(text, p.start, p.end))
        }
      } else {
        found.gold++
        if (p === null) {
          miss(id, 'dateline.found', describeDateline(g), null, snippet(text, g.start, g.end))
        } else {
          found.tp++
        }
        const checks: Array<[string, Counter, boolean, string | null, string | null]> = [
          ['dateline.location', location, sameField(g.location, p?.location), g.location, p?.location ?? null],
          ['dateline.date', date, sameField(g.date, p?.date), g.date, p?.date ?? null],
          ['dateline.isoDate', isoDate, (g.isoDate ?? null) === (p?.isoDate ?? null), g.isoDate, p?.isoDate ?? null],
          [
            'dateline.span',
            span,
            p !== null && g.start === p.start && g.end === p.end,
            describeDateline(g),
            describeDateline(p)
          ]
        ]
        for (const [field, counter, ok, goldValue, predictedValue] of checks) {
          counter.add(ok)
          // A dateline not found at all is reported once, under dateline.found.
          if (!ok && p !== null) miss(id, field, goldValue, predictedValue, snippet(text, g.start, g.end))
        }
      }
    }

    // Agency
    if (has(gold, 'agency') && gold.agency !== undefined && gold.agencyEvidence !== 'collection') {
      const g = gold.agency === null ? null : foldField(gold.agency).toLowerCase()
      const p = predicted.agency === null || predicted.agency === undefined ? null : foldField(predicted.agency).toLowerCase()
      const ok = g === p
      agency.add(ok)
      if (!ok) {
        const at = gold.dateline ?? predicted.dateline ?? null
        miss(id, 'agency', gold.agency, predicted.agency ?? null, at === null ? snippet(text, 0, 0, 0, 90) : snippet(text, at.start, at.end))
      }
    }

    // Paragraphs
    if (has(gold, 'paragraphs') && typeof gold.paragraphs === 'number') {
      const ok = predicted.paragraphs === gold.paragraphs
      paragraphs.add(ok)
      if (!ok) miss(id, 'paragraphs', show(gold.paragraphs), show(predicted.paragraphs), snippet(text, 0, 0, 0, 90))
    }

    // Quotes
    if (has(gold, 'quotes') && gold.quotes !== undefined) {
      quoteDocs++
      const goldQuotes = gold.quotes
      const predictedQuotes = predicted.quotes ?? []
      for (const counter of [exact, overlap, endToEnd]) {
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
        if (isExact) exact.tp++
        if (!isOverlap) {
          miss(id, 'quotes.overlap', describeQuote(g), describeQuote(p), snippet(text, g.start, g.end))
          continue
        }
        overlap.tp++
        if (!isExact) miss(id, 'quotes.exact', describeQuote(g), describeQuote(p), snippet(text, g.start, g.end))
        if (g.speaker !== null && isSpeakerJudged(g)) {
          const ok = speakerMatches(g.speaker, p.speaker)
          speaker.add(ok)
          speakerLenient.add(speakerMatchesLenient(g.speaker, p.speaker))
          if (ok) endToEnd.tp++
          else miss(id, 'quotes.speaker', g.speaker, p.speaker, snippet(text, g.start, g.end, 50, 60))
        } else {
          endToEnd.tp++
        }
      }
      goldQuotes.forEach((g, index) => {
        if (!pairedGold.has(index)) miss(id, 'quotes.overlap', describeQuote(g), null, snippet(text, g.start, g.end))
      })
      predictedQuotes.forEach((p, index) => {
        if (!pairedPredicted.has(index)) miss(id, 'quotes.overlap', null, describeQuote(p), snippet(text, p.start, p.end))
      })
    }

    if (has(gold, 'paraphrases') && gold.paraphrases !== undefined) {
      scoreParaphrases(gold.paraphrases, predicted.paraphrases ?? [], paraphrases, (field, g, p, at) =>
        miss(id, field, g, p, snippet(text, at.start, at.end, 50, 60))
      )
    }
  }

  return {
    documents: pairs.length,
    dateline:
      datelineDocs === 0
        ? null
        : {
            documents: datelineDocs,
            found: found.result(),
            location: location.result(),
            date: date.result(),
            isoDate: isoDate.result(),
            span: span.result(),
            falseDatelines: {count: falseCount, goldNull, rate: goldNull === 0 ? null : falseCount / goldNull}
          },
    agency: agency.n === 0 ? null : agency.result(),
    paragraphs: paragraphs.n === 0 ? null : paragraphs.result(),
    quotes:
      quoteDocs === 0
        ? null
        : {
            documents: quoteDocs,
            exact: exact.result(),
            overlap: overlap.result(),
            speaker: speaker.result(),
            speakerLenient: speakerLenient.result(),
            endToEnd: endToEnd.result()
          },
    paraphrases: paraphrases.documents === 0 ? null : paraphrases.result(),
    misses
  }
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
  for (const pair of pairQuotes(goldList, predictedList)) {
    const g = goldList[pair.gold]
    const p = predictedList[pair.predicted]
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
    if (!counted.has(index)) miss('paraphrases', describeParaphrase(g), null, g)
  })
  predictedList.forEach((p, index) => {
    if (!countedPredicted.has(index)) miss('paraphrases', null, describeParaphrase(p), p)
  })
}
