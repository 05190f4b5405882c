/**
 * Scoring of parser output against the gold corpora (their format and the scoring rules: `docs/record.md`).
 *
 * Pure functions only: no I/O. `scripts/eval.mjs` reads the corpora, runs the parser and prints what these
 * functions compute. Every figure is micro-averaged over a corpus.
 */

// ---------------------------------------------------------------------------------------------------------------
// Record shapes

/** A dateline as `toRecord` gives it and as the gold has it. */
export interface DatelineRecord {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly location: string | null
  readonly date: string | null
  readonly isoDate: string | null
}

/** A quote as `toRecord` gives it. */
export interface QuoteRecord {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly speaker: string | null
  readonly speakerMention?: string | null | undefined
}

/** A gold quote: may say how its speaker was resolved (PolNeAR). */
export interface GoldQuote extends QuoteRecord {
  readonly speakerBasis?: string | undefined
}

/** Indirect speech as `toRecord` gives it: the reported content and who reported it. */
export interface ParaphraseRecord {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly speaker: string | null
  readonly speakerMention?: string | null | undefined
}

/** A gold paraphrase: may say how its speaker was resolved (PolNeAR). */
export interface GoldParaphrase extends ParaphraseRecord {
  readonly speakerBasis?: string | undefined
}

/** A predicted record (`toRecord(tree)`), or anything with the same fields. Absent fields count as `null`/none. */
export interface RecordLike {
  readonly id?: string | undefined
  readonly text?: string | undefined
  readonly dateline?: DatelineRecord | null | undefined
  readonly agency?: string | null | undefined
  readonly paragraphs?: number | undefined
  readonly quotes?: readonly QuoteRecord[] | undefined
  readonly paraphrases?: readonly ParaphraseRecord[] | undefined
}

/**
 * A gold record. A field that is absent (the key is missing) is not annotated and is not scored;
 * `dateline: null` and `agency: null` are annotations ("there is none").
 */
export interface GoldRecord extends RecordLike {
  readonly id: string
  readonly text: string
  readonly source?: string | undefined
  readonly referenceDate?: string | null | undefined
  /** `collection`: the agency is known from the collection, not visible in the text — agency is not scored. */
  readonly agencyEvidence?: string | undefined
  readonly quotes?: readonly GoldQuote[] | undefined
  readonly paraphrases?: readonly GoldParaphrase[] | undefined
}

export interface ScoredPair {
  readonly gold: GoldRecord
  readonly predicted: RecordLike
}

// ---------------------------------------------------------------------------------------------------------------
// Score shapes

/** `value` is `correct / n` (0–1), `null` when `n` is 0. */
export interface Accuracy {
  readonly correct: number
  readonly n: number
  readonly value: number | null
}

/** Precision, recall and F1 (0–1); a ratio with a zero denominator is `null`. */
export interface PRF {
  readonly tp: number
  readonly predicted: number
  readonly gold: number
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
}

export interface DatelineScore {
  /** Records annotated for dateline. */
  readonly documents: number
  /** Dateline presence. */
  readonly found: PRF
  /** Over gold datelines that are not null; a missing prediction counts wrong. */
  readonly location: Accuracy
  readonly date: Accuracy
  readonly isoDate: Accuracy
  readonly span: Accuracy
  /** Datelines predicted where the gold has `null`: `count` of `goldNull` such stories, `rate` = count / goldNull. */
  readonly falseDatelines: {readonly count: number; readonly goldNull: number; readonly rate: number | null}
}

export interface QuoteScore {
  /** Records annotated for quotes. */
  readonly documents: number
  readonly exact: PRF
  readonly overlap: PRF
  /** Over overlap-paired quotes whose gold speaker is judged (not null, and a hand-checked `speakerBasis`). */
  readonly speaker: Accuracy
  /** Same quotes; a surname match is accepted. */
  readonly speakerLenient: Accuracy
  /** A predicted quote counts when overlap-paired and its speaker is right (or not judged). */
  readonly endToEnd: PRF
}

export interface ParaphraseScore {
  /** Records annotated for paraphrases. */
  readonly documents: number
  /**
   * Paired one to one, largest intersection first; a pair counts when the intersection covers at least half of the
   * gold span and half of the predicted one.
   */
  readonly found: PRF
  /** Over counted pairs whose gold speaker is judged (as for quotes). */
  readonly speaker: Accuracy
  /** Same pairs; a surname match is accepted. */
  readonly speakerLenient: Accuracy
  /** A predicted paraphrase counts when it pairs and its speaker is right (or not judged). */
  readonly endToEnd: PRF
}

export interface Miss {
  readonly id: string
  /** The metric the miss counts against, as in `metricValues` (`dateline.location`, `quotes.speaker`, …). */
  readonly field: string
  readonly gold: string | null
  readonly predicted: string | null
  /** A short stretch of the text around the place in question, whitespace folded, the span in ⟦ ⟧. */
  readonly snippet: string
}

export interface CorpusScore {
  readonly documents: number
  /** `null` when no record of the corpus is annotated for it. */
  readonly dateline: DatelineScore | null
  readonly agency: Accuracy | null
  readonly paragraphs: Accuracy | null
  readonly quotes: QuoteScore | null
  readonly paraphrases: ParaphraseScore | null
  readonly misses: readonly Miss[]
}

// ---------------------------------------------------------------------------------------------------------------
// Data

/**
 * Leading titles removed from speaker names before they are compared (applied repeatedly, longest first, to the
 * normalised name: lower case, no diacritics, periods and apostrophes dropped, other punctuation as spaces).
 */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'herr', 'frau', 'senor', 'senora',
  'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'honorable', 'honourable',
  'president', 'president elect', 'vice president', 'vice president elect', 'vp', 'former president',
  'senator', 'sen', 'sens', 'senator elect', 'rep', 'reps', 'representative', 'congressman', 'congresswoman',
  'gov', 'governor', 'governor elect', 'lt gov', 'lieutenant governor', 'mayor', 'councilman', 'councilwoman',
  'prime minister', 'deputy prime minister', 'pm', 'premier', 'minister', 'deputy minister', 'foreign minister',
  'defence minister', 'defense minister', 'finance minister', 'interior minister',
  'secretary', 'secretary of state', 'secretary general', 'undersecretary', 'under secretary',
  'attorney general', 'chancellor', 'vice chancellor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'speaker', 'chairman', 'chairwoman', 'chair', 'director', 'chief executive', 'ceo',
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emir', 'sultan', 'sheikh', 'sheik', 'shaikh',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'reverend', 'father', 'fr', 'rabbi', 'imam', 'ayatollah',
  'gen', 'general', 'lt gen', 'lieutenant general', 'maj gen', 'major general', 'brig gen', 'brigadier general',
  'col', 'colonel', 'lt col', 'lieutenant colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'lieutenant',
  'adm', 'admiral', 'rear adm', 'vice adm', 'cmdr', 'commander', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt',
  'marshal', 'field marshal', 'judge', 'justice', 'chief justice'
]

/** Leading articles removed with the honorifics (`the White House` = `White House`). */
export const LEADING_ARTICLES: readonly string[] = ['the']

/** Trailing name suffixes ignored by the lenient (surname) speaker match. */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv']

/**
 * `speakerBasis` values whose speakers are judged: `source-name`, where the gold source span itself holds the name.
 * The others were resolved from the span by machine (coreference, NER), often wrongly.
 */
export const JUDGED_SPEAKER_BASES: readonly string[] = ['source-name']

// ---------------------------------------------------------------------------------------------------------------
// Normalisation

/** Unicode NFKC and whitespace folding (runs of white space to one space, trimmed); case kept. */
export function foldField(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, ' ').trim()
}

/**
 * Quote text as compared for an *exact* match: NFKC, quote-mark styles folded (all double marks, TeX ``/'' pairs
 * included, to `"`, single marks to `'`), whitespace folded, punctuation trimmed at both ends.
 */
export function foldQuoteText(value: string): string {
  const folded = value
    .normalize('NFKC')
    .replace(/``|''/gu, '"')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u301D\u301E\u301F\uFF02\u2033\u2036]/gu, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u2035`\u00B4\uFF07]/gu, "'")
    .replace(/\s+/gu, ' ')
  return trimPunctuation(folded)
}

const edgeRe = /[\s\p{P}]/u

/** `value` without white space and punctuation at both ends (a linear scan). */
function trimPunctuation(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && edgeRe.test(value.charAt(start))) start++
  while (end > start && edgeRe.test(value.charAt(end - 1))) end--
  return value.slice(start, end)
}

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o', đ: 'd', ð: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ħ: 'h'
}

function nameTokens(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øđðłßæœıþħ]/gu, (c) => LETTER_FOLDS[c] ?? c)
    .replace(/['\u2018\u2019\u02BC`\u00B4.]/gu, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .trim()
  return folded === '' ? [] : folded.split(/\s+/u)
}

function tokenLists(list: readonly string[]): string[][] {
  return list
    .map((entry) => nameTokens(entry))
    .filter((tokens) => tokens.length > 0)
    .sort((a, b) => b.length - a.length)
}

const PREFIX_TOKENS = tokenLists([...HONORIFICS, ...LEADING_ARTICLES])
const SUFFIX_SET = new Set(NAME_SUFFIXES)

function startsWith(tokens: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length >= tokens.length) return false // never strip the whole name
  return prefix.every((token, index) => tokens[index] === token)
}

function stripPrefixes(tokens: readonly string[]): string[] {
  let rest = [...tokens]
  for (;;) {
    const prefix = PREFIX_TOKENS.find((candidate) => startsWith(rest, candidate))
    if (prefix === undefined) return rest
    rest = rest.slice(prefix.length)
  }
}

/**
 * A speaker name as compared: diacritics, case and punctuation removed, leading honorifics and articles dropped.
 * `Sen. José Martí` → `jose marti`.
 */
export function normalizeSpeaker(name: string): string {
  return stripPrefixes(nameTokens(name)).join(' ')
}

/** Strict speaker match (after `normalizeSpeaker`). A `null` prediction never matches. */
export function speakerMatches(gold: string, predicted: string | null | undefined): boolean {
  if (predicted === null || predicted === undefined) return false
  const g = normalizeSpeaker(gold)
  return g !== '' && g === normalizeSpeaker(predicted)
}

function surname(tokens: readonly string[]): string | undefined {
  let end = tokens.length
  while (end > 1 && SUFFIX_SET.has(tokens[end - 1] ?? '')) end--
  return tokens[end - 1]
}

/**
 * Lenient speaker match: the strict match, or the last token of the gold name equals the predicted name's last
 * token (name suffixes such as `Jr` ignored) — `Vulin` matches `Aleksandar Vulin`.
 */
export function speakerMatchesLenient(gold: string, predicted: string | null | undefined): boolean {
  if (predicted === null || predicted === undefined) return false
  if (speakerMatches(gold, predicted)) return true
  const g = surname(stripPrefixes(nameTokens(gold)))
  const p = surname(stripPrefixes(nameTokens(predicted)))
  return g !== undefined && g === p
}

/** Whether a gold quote's (or paraphrase's) speaker is judged: not null, and (when recorded) a judged `speakerBasis`. */
export function isSpeakerJudged(quote: GoldQuote | GoldParaphrase): boolean {
  if (quote.speaker === null || normalizeSpeaker(quote.speaker) === '') return false
  return quote.speakerBasis === undefined || JUDGED_SPEAKER_BASES.includes(quote.speakerBasis)
}

// ---------------------------------------------------------------------------------------------------------------
// Quote pairing

export interface Span {
  readonly start: number
  readonly end: number
}

export interface QuotePair {
  /** Index into the gold quotes. */
  readonly gold: number
  /** Index into the predicted quotes. */
  readonly predicted: number
  /** Length of the spans' intersection (code units). */
  readonly intersection: number
  /** Length of the spans' union (from the first start to the last end). */
  readonly union: number
}

function intersectionOf(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

/**
 * Pairs gold and predicted quotes one to one, largest overlap first (intersection length, then intersection over
 * union, then document order). Only overlapping spans (or identical empty ones) are paired.
 */
export function pairQuotes(gold: readonly Span[], predicted: readonly Span[]): QuotePair[] {
  const candidates: QuotePair[] = []
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const intersection = intersectionOf(g, p)
      const identical = g.start === p.start && g.end === p.end
      if (intersection > 0 || identical) {
        const union = Math.max(g.end, p.end) - Math.min(g.start, p.start)
        candidates.push({gold: gi, predicted: pi, intersection, union})
      }
    })
  })
  const ratio = (pair: QuotePair): number => (pair.union === 0 ? 1 : pair.intersection / pair.union)
  candidates.sort(
    (a, b) =>
      b.intersection - a.intersection || ratio(b) - ratio(a) || a.gold - b.gold || a.predicted - b.predicted
  )
  const usedGold = new Set<number>()
  const usedPredicted = new Set<number>()
  const pairs: QuotePair[] = []
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedPredicted.has(candidate.predicted)) continue
    usedGold.add(candidate.gold)
    usedPredicted.add(candidate.predicted)
    pairs.push(candidate)
  }
  return pairs.sort((a, b) => a.gold - b.gold)
}

/** The paraphrase criterion: the intersection covers at least half of each span. */
export function isParaphraseMatch(pair: QuotePair, gold: Span, predicted: Span): boolean {
  return pair.intersection * 2 >= gold.end - gold.start && pair.intersection * 2 >= predicted.end - predicted.start
}

/** The *overlap* criterion: the intersection is at least half the union. */
export function isOverlapMatch(pair: QuotePair): boolean {
  return pair.intersection * 2 >= pair.union
}

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

// ---------------------------------------------------------------------------------------------------------------
// Flat metrics (for thresholds and JSON)

/**
 * Every metric name `metricValues` can give. A PRF metric's bare name is its F1 (`quotes.exact`), with
 * `.precision` and `.recall` beside it. `dateline.false` is the false-dateline rate (lower is better).
 */
export const METRIC_NAMES: readonly string[] = [
  'dateline.found',
  'dateline.found.precision',
  'dateline.found.recall',
  'dateline.location',
  'dateline.date',
  'dateline.isoDate',
  'dateline.span',
  'dateline.false',
  'agency',
  'paragraphs',
  'quotes.exact',
  'quotes.exact.precision',
  'quotes.exact.recall',
  'quotes.overlap',
  'quotes.overlap.precision',
  'quotes.overlap.recall',
  'quotes.speaker',
  'quotes.speakerLenient',
  'quotes.endToEnd',
  'quotes.endToEnd.precision',
  'quotes.endToEnd.recall',
  'paraphrases',
  'paraphrases.precision',
  'paraphrases.recall',
  'paraphrases.speaker',
  'paraphrases.speakerLenient',
  'paraphrases.endToEnd',
  'paraphrases.endToEnd.precision',
  'paraphrases.endToEnd.recall'
]

const percent = (value: number | null): number | null => (value === null ? null : value * 100)

/**
 * The corpus's figures as percentages (0–100) by metric name; only metrics of annotated fields are present, and a
 * figure with nothing to measure (0/0) is `null`.
 */
export function metricValues(score: CorpusScore): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  const addPRF = (name: string, value: PRF): void => {
    out[name] = percent(value.f1)
    out[`${name}.precision`] = percent(value.precision)
    out[`${name}.recall`] = percent(value.recall)
  }
  if (score.dateline !== null) {
    addPRF('dateline.found', score.dateline.found)
    out['dateline.location'] = percent(score.dateline.location.value)
    out['dateline.date'] = percent(score.dateline.date.value)
    out['dateline.isoDate'] = percent(score.dateline.isoDate.value)
    out['dateline.span'] = percent(score.dateline.span.value)
    out['dateline.false'] = percent(score.dateline.falseDatelines.rate)
  }
  if (score.agency !== null) out['agency'] = percent(score.agency.value)
  if (score.paragraphs !== null) out['paragraphs'] = percent(score.paragraphs.value)
  if (score.quotes !== null) {
    addPRF('quotes.exact', score.quotes.exact)
    addPRF('quotes.overlap', score.quotes.overlap)
    out['quotes.speaker'] = percent(score.quotes.speaker.value)
    out['quotes.speakerLenient'] = percent(score.quotes.speakerLenient.value)
    addPRF('quotes.endToEnd', score.quotes.endToEnd)
  }
  if (score.paraphrases !== null) {
    addPRF('paraphrases', score.paraphrases.found)
    out['paraphrases.speaker'] = percent(score.paraphrases.speaker.value)
    out['paraphrases.speakerLenient'] = percent(score.paraphrases.speakerLenient.value)
    addPRF('paraphrases.endToEnd', score.paraphrases.endToEnd)
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

const pct = (value: number | null): string => (value === null ? '—' : (value * 100).toFixed(1))

export interface FormatOptions {
  /** Added to the heading after the document count (e.g. timing). */
  readonly note?: string | undefined
}

/** A compact table of one corpus's figures. */
export function formatScore(name: string, score: CorpusScore, options: FormatOptions = {}): string {
  const rows: Array<[string, string, string, string, string]> = []
  const prfRow = (metric: string, value: PRF): void => {
    rows.push([
      metric,
      pct(value.precision),
      pct(value.recall),
      pct(value.f1),
      `tp ${value.tp}, pred ${value.predicted}, gold ${value.gold}`
    ])
  }
  const accRow = (metric: string, value: Accuracy): void => {
    rows.push([metric, '', '', pct(value.value), `${value.correct}/${value.n}`])
  }
  if (score.dateline !== null) {
    const d = score.dateline
    prfRow('dateline.found', d.found)
    accRow('dateline.location', d.location)
    accRow('dateline.date', d.date)
    accRow('dateline.isoDate', d.isoDate)
    accRow('dateline.span', d.span)
    rows.push([
      'dateline.false',
      '',
      '',
      pct(d.falseDatelines.rate),
      `${d.falseDatelines.count} of ${d.falseDatelines.goldNull} gold-null`
    ])
  }
  if (score.agency !== null) accRow('agency', score.agency)
  if (score.paragraphs !== null) accRow('paragraphs', score.paragraphs)
  if (score.quotes !== null) {
    const q = score.quotes
    prfRow('quotes.exact', q.exact)
    prfRow('quotes.overlap', q.overlap)
    accRow('quotes.speaker', q.speaker)
    accRow('quotes.speakerLenient', q.speakerLenient)
    prfRow('quotes.endToEnd', q.endToEnd)
  }
  if (score.paraphrases !== null) {
    const p = score.paraphrases
    prfRow('paraphrases', p.found)
    accRow('paraphrases.speaker', p.speaker)
    accRow('paraphrases.speakerLenient', p.speakerLenient)
    prfRow('paraphrases.endToEnd', p.endToEnd)
  }
  const note = options.note === undefined || options.note === '' ? '' : `, ${options.note}`
  const heading = `${name} (${score.documents} docs${note})`
  if (rows.length === 0) return `${heading}\n  nothing annotated`
  const header: [string, string, string, string, string] = ['metric', 'P', 'R', 'F1/acc', 'counts']
  const width = Math.max(...[header, ...rows].map((row) => row[0].length))
  const line = (row: [string, string, string, string, string]): string =>
    `  ${row[0].padEnd(width)}  ${row[1].padStart(5)}  ${row[2].padStart(5)}  ${row[3].padStart(6)}  ${row[4]}`.trimEnd()
  return [heading, line(header), ...rows.map(line)].join('\n')
}

/** Up to `perField` misses of each field, grouped by field in metric order. */
export function formatMisses(misses: readonly Miss[], perField: number): string {
  if (perField <= 0 || misses.length === 0) return ''
  const byField = new Map<string, Miss[]>()
  for (const m of misses) {
    const list = byField.get(m.field) ?? []
    list.push(m)
    byField.set(m.field, list)
  }
  const order = (field: string): number => {
    const index = METRIC_NAMES.indexOf(field)
    return index === -1 ? METRIC_NAMES.length : index
  }
  const fields = [...byField.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b))
  const out: string[] = []
  for (const field of fields) {
    const list = byField.get(field) ?? []
    out.push(`  misses ${field} (${Math.min(perField, list.length)} of ${list.length}):`)
    for (const m of list.slice(0, perField)) {
      out.push(`    ${m.id}: gold ${m.gold ?? 'null'} | predicted ${m.predicted ?? 'null'}`)
      out.push(`      ${m.snippet}`)
    }
  }
  return out.join('\n')
}

/** Up to `perField` misses of each field, in their original order. */
export function limitMisses(misses: readonly Miss[], perField: number): Miss[] {
  const seen = new Map<string, number>()
  return misses.filter((m) => {
    const count = seen.get(m.field) ?? 0
    seen.set(m.field, count + 1)
    return count < perField
  })
}
