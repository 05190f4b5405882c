/**
 * Indirect speech: the paraphrases of a sentence, found by the constructions of `./indirect/` (`X said (that)
 * …`, `…, X said.`, `according to X`, `as X put it`, `…, saying …`, `X's claim that …`).
 *
 * @module
 */

import type {Range} from '../quotes/pair.js'
import type {CueMatch} from './cues.js'
import {findIndirect} from './indirect/index.js'
import type {SpeakerMention} from '../speakers/index.js'
import type {SieveContext} from './context.js'
import {referableCueLemmas} from '../lexicon/credit-words.js'

/** Indirect speech found in a sentence. */
export interface FoundParaphrase {
  start: number
  end: number
  /** The source's mention; `null` for a construction that names no source (`Asked whether …,`). */
  mention: SpeakerMention | null
  cue: CueMatch
  rule: string
  confidence: number
}

/**
 * Find indirect speech in the sentence `[start, end)`.
 *
 * @param quoted Quotation runs (marks included) overlapping the sentence, in order.
 */
export function findParaphrases(
  context: SieveContext,
  start: number,
  end: number,
  quoted: readonly Range[]
): FoundParaphrase[] {
  return findIndirect(context, start, end, quoted)
}

/** Verbs of saying whose credit names a speaker later quotations may refer back to. */
const sayingLemmas = new Set(referableCueLemmas)

/**
 * What a paraphrase's source is to the quotations after it: a credit of saying (`X said`, `…, X told
 * reporters`, `according to X`) enters the speakers' history (`speaker`: a person's, who also stands as the
 * paragraph's speaker; `history`: an organisation's, which does not — `the group` in a later quotation is the
 * group the story is about, not the last body that reported); thought, evidence, participles and reporting
 * nouns are `none`.
 */
export function creditsSpeaker(found: FoundParaphrase): 'speaker' | 'history' | 'none' {
  if (
    !found.mention ||
    found.rule === 'participle' ||
    found.rule === 'reporting-noun' ||
    !sayingLemmas.has(found.cue.lemma)
  )
    return 'none'
  const entity = found.mention.entity
  return !entity || entity.kind === 'person' ? 'speaker' : 'history'
}
