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

/** Verbs of saying whose credit names the speaker later quotations may refer back to. */
const sayingLemmas = new Set(['say', 'tell', 'add', 'according to'])

/**
 * Whether a paraphrase's source stands as the paragraph's speaker for the quotations after it: a person's
 * credit of saying (`X said`, `…, X told reporters`, `according to X`), not of thought or evidence, nor a
 * participle.
 */
export function creditsSpeaker(found: FoundParaphrase): boolean {
  // (An organisation's credit — `…, the UN said.` — does not: `the group` in a later quotation is the group
  // the story is about, not the last body that reported.)
  const entity = found.mention.entity
  return found.rule !== 'participle' && found.rule !== 'reporting-noun' && sayingLemmas.has(found.cue.lemma) && (!entity || entity.kind === 'person')
}
