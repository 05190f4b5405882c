/**
 * Matching cues of the lexicon on tokens. The speaker's noun phrase on either side of a cue is read by
 * `subject-before.ts`, `subject-after.ts` and `noun-phrase.ts` (re-exported here).
 *
 * @module
 */

import {nounDeterminers as nounDeterminerWords} from '../lexicon/clause-words.js'
import {compileCues, type CueIndex} from '../speakers/lexicon.js'
import {plainFormBlocked} from '../speakers/plain-verbs.js'
import {capitalAt, lowerAt, possessiveAt, type Tokens} from '../text/tokens.js'

/** A cue found in the text: tokens `[from, to)`. */
export interface CueMatch {
  from: number
  to: number
  lemma: string
  strength: number
}

export {compileCues, type CueIndex}
export {isIndefinite, phraseEndingAt, type Phrase} from './noun-phrase.js'
export {firstConjunct, prepositionObject, subjectBefore} from './subject-before.js'
export {subjectAfter} from './subject-after.js'

const nounDeterminers = new Set(nounDeterminerWords)

/** A gap inside a name: spaces only. */
const nameGapRe = /^[ \t\u00a0]*$/

/** The cue starting at token `i`, if any. */
export function cueAt(index: CueIndex, tokens: Tokens, i: number): CueMatch | null {
  const lower = lowerAt(tokens, i)
  const list = index.get(lower)
  if (!list) return null
  if (plainFormBlocked(tokens, i)) return null
  if (i > 0) {
    const previous = i - 1
    // A noun, not a verb: `Ginsburg's comments`, `the claims`, `his remarks`.
    if (lower.endsWith('s') && (possessiveAt(tokens, previous) || nounDeterminers.has(lowerAt(tokens, previous))))
      return null
    // `the United States`: part of a name.
    // (Not across punctuation: `… in New York. According to …`.)
    if (
      capitalAt(tokens, i) &&
      capitalAt(tokens, previous) &&
      !possessiveAt(tokens, previous) &&
      nameGapRe.test(tokens.text.slice(tokens.end[previous], tokens.start[i]))
    )
      return null
  }
  for (const entry of list) {
    let ok = true
    for (let k = 1; k < entry.words.length; k++) {
      if (i + k >= tokens.length || lowerAt(tokens, i + k) !== entry.words[k]) {
        ok = false
        break
      }
    }
    if (ok) return {from: i, to: i + entry.words.length, lemma: entry.lemma, strength: entry.strength}
  }
  return null
}
