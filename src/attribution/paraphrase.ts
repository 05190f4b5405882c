/**
 * Indirect speech: the paraphrases of a sentence, found by the constructions of `./indirect/` (`X said (that)
 * …`, `…, X said.`, `according to X`, `as X put it`, `…, saying …`, `X's claim that …`).
 *
 * @module
 */

import type {Range} from '../quotes/pair.js'
import type {CueMatch} from './cues.js'
import {findIndirect} from './indirect/index.js'
import type {SpeakerMention} from './resolve.js'
import type {SieveContext} from './sieve.js'

/** Indirect speech found in a sentence. */
export interface FoundParaphrase {
  start: number
  end: number
  mention: SpeakerMention
  cue: CueMatch
  rule: string
  confidence: number
}

/**
 * Find indirect speech in the sentence `[start, end)`.
 *
 * @param quoted Quotation runs (marks included) overlapping the sentence, in order.
 */
export function findParaphrases(context: SieveContext, start: number, end: number, quoted: readonly Range[]): FoundParaphrase[] {
  return findIndirect(context, start, end, quoted)
}
