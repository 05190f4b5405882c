/**
 * Whether a mention is oblique: a possessive or the object of a preposition or a verb (`to Rubio`, `praised
 * Cruz`), which makes it a poorer antecedent and no subject of its clause.
 *
 * @module
 */

import {compassPoints, modifierNationalityEndings} from '../lexicon/geography.js'
import {clauseOpeners, mentionPrepositions, objectVerbs} from '../lexicon/mention-roles.js'
import {capitalAt, lowerAt, possessiveAt, valueAt, type Tokens} from '../text/tokens.js'
import {sentenceInitial} from './sentence-start.js'

const prepositions = new Set(mentionPrepositions)
const verbsOfObjects = new Set(objectVerbs)
const openers = new Set(clauseOpeners)
const compass = new Set(compassPoints)
const modifierRe = new RegExp('^\\p{Lu}\\p{Ll}+(?:' + modifierNationalityEndings.join('|') + ')$', 'u')

/** Space between two words of one clause: blanks, at most one line break (a wrapped line, not a blank line). */
const clauseGapRe = /^(?=\s)[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/

/**
 * Whether the mention `[from, to)` is oblique: a possessive (unless it opens its sentence: `Jon's secret is …`,
 * the topic), or the object of a preposition or verb over a few modifiers (`to Rubio`, `told the French
 * financial newspaper Les Echos`, `praised Cruz`).
 */
export function isOblique(text: string, tokens: Tokens, from: number, to: number): boolean {
  if (possessiveAt(tokens, to - 1)) return !sentenceInitial(text, tokens, from)
  for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
    // Within the clause: only spaces between the words, or a wrapped line (`adviser to West German⏎Chancellor`).
    if (!clauseGapRe.test(text.slice(tokens.end[k], tokens.start[k + 1]))) return false
    // Capitalised: only an adjective of nationality (`the French financial newspaper`).
    if (capitalAt(tokens, k)) {
      if (modifierRe.test(valueAt(tokens, k)) || compass.has(lowerAt(tokens, k))) continue
      return false
    }
    const lower = lowerAt(tokens, k)
    if (prepositions.has(lower) || verbsOfObjects.has(lower)) return true
    if (openers.has(lower)) return false
  }
  return false
}
