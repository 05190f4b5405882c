/** Pairing of gold and predicted quotation spans by overlap. */

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
    (a, b) => b.intersection - a.intersection || ratio(b) - ratio(a) || a.gold - b.gold || a.predicted - b.predicted
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
