/** The record shapes the scorer reads (gold and predicted) and the score shapes it gives (`docs/record.md`). */

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
