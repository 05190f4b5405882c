/**
 * The noun phrase a cue's subject is read from: its shape (`phraseEndingAt`), and the gaps and words that keep
 * tokens in one phrase.
 *
 * @module
 */

import {
  determiners as determinerWords,
  indefiniteDeterminers,
  modifierParticiples,
  phraseStops,
  subjectCueFillers
} from '../lexicon/clause-words.js'
import {subjectPronouns} from '../lexicon/pronouns.js'
import {isOrganisation} from '../speakers/index.js'
import type {SpeechLexicon} from '../speakers/lexicon.js'
import {lookup} from '../speakers/lookup.js'
import {capitalAt, lowerAt, valueEnd, type Tokens} from '../text/tokens.js'
import {hasComma} from '../text/gaps.js'

export const determiners = new Set(determinerWords)
export const indefinite = new Set(indefiniteDeterminers)
/** Adverbs and auxiliaries between a subject and its cue. */
export const adverbs = new Set(subjectCueFillers)
export const npStops = new Set(phraseStops)
const modifierParticipleSet = new Set(modifierParticiples)
/** Links inside an organisation's name before its `and` (`Organisation for Economic Co-operation and Development`). */
const nameLinks = new Set(['of', 'for'])

/** Gap text between two tokens. */
export function gapText(text: string, tokens: Tokens, a: number, b: number): string {
  if (a < 0 || b < 0 || a >= tokens.length || b >= tokens.length) return ''
  return text.slice(tokens.end[a], tokens.start[b])
}

/** Whether the gap between two tokens holds a comma (as {@link gapText} reads it, without making the string). */
export function commaBetween(text: string, tokens: Tokens, a: number, b: number): boolean {
  if (a < 0 || b < 0 || a >= tokens.length || b >= tokens.length) return false
  return hasComma(text, tokens.end[a], tokens.start[b])
}

/** Whether token `i` is a plain lower-case word (`/^[a-z][a-z-]+$/`: `press`, `vice-president`). */
export function plainLowerWord(text: string, tokens: Tokens, i: number): boolean {
  const start = tokens.start[i]
  const end = valueEnd(tokens, i)
  if (end - start < 2) return false
  const first = text.charCodeAt(start)
  if (first < 97 || first > 122) return false
  for (let at = start + 1; at < end; at++) {
    const code = text.charCodeAt(at)
    if (!((code >= 97 && code <= 122) || code === 45)) return false
  }
  return true
}

/** Whether a gap between tokens keeps them in one noun phrase. */
export function softGap(gap: string): boolean {
  // A dash joins only when it touches the word before (`Ben- Shalom`), not between spaces (`STATES - Michael`).
  return /^(?:[\s]*|[-‐–][\s]*)$/.test(gap) || /^['’]s?[\s]*$/.test(gap) || gap === '. '
}

/** A noun phrase: tokens `[from, to)`. */
export interface Phrase {
  from: number
  to: number
}

/** The noun phrase whose last token is `last`. */
export function phraseEndingAt(
  text: string,
  tokens: Tokens,
  last: number,
  floor: number,
  lexicon: SpeechLexicon
): Phrase | null {
  const nominalWords = lexicon.nominalWords
  const titleSet = lexicon.titles
  const lower = lowerAt(tokens, last)
  if (lookup(subjectPronouns, lower)) return {from: last, to: last + 1}
  if (npStops.has(lower) && !capitalAt(tokens, last)) return null
  let from = last
  const limit = Math.max(floor, last - 9)
  while (from - 1 >= limit) {
    const previous = lowerAt(tokens, from - 1)
    if (!softGap(gapText(text, tokens, from - 1, from))) break
    if (determiners.has(previous)) {
      from--
      // `local newspaper The Himalayan Times`: a name's own article after a common noun that describes it.
      if (
        previous === 'the' &&
        capitalAt(tokens, from) &&
        from - 1 >= limit &&
        !capitalAt(tokens, from - 1) &&
        nominalWords.has(lowerAt(tokens, from - 1)) &&
        /^[ \t\u00a0]+$/.test(gapText(text, tokens, from - 1, from))
      )
        continue
      break
    }
    if (capitalAt(tokens, from - 1)) {
      if (npStops.has(previous) && !capitalAt(tokens, from)) break
      if (npStops.has(previous) || previous === 'i') break
      from--
      continue
    }
    // `the Ministry of Labor and Social Security said`: `and` inside an organisation's name.
    if (previous === 'and' && capitalAt(tokens, from) && from - 2 >= limit && capitalAt(tokens, from - 2)) {
      let k = from - 2
      while (
        k - 1 >= limit &&
        (capitalAt(tokens, k - 1) ||
          (nameLinks.has(lowerAt(tokens, k - 1)) && k - 2 >= limit && capitalAt(tokens, k - 2)))
      )
        k--
      if (isOrganisation(tokens, k, last + 1)) {
        from = k
        continue
      }
    }
    if (npStops.has(previous) || lookup(subjectPronouns, previous)) break
    if (nominalWords.has(previous) || titleSet.has(previous) || plainLowerWord(text, tokens, from - 1)) {
      // Lower-case modifiers of a head (`press office`, `campaign spokesman`); verbs end it.
      if (
        (previous.endsWith('ed') || previous.endsWith('ing')) &&
        !nominalWords.has(previous) &&
        !titleSet.has(previous) &&
        !modifierParticipleSet.has(previous)
      )
        break
      from--
      continue
    }
    break
  }
  return {from, to: last + 1}
}

/** Whether a phrase starts indefinite (`a spokesman`, `two officials`). */
export function isIndefinite(tokens: Tokens, phrase: Phrase): boolean {
  return indefinite.has(lowerAt(tokens, phrase.from))
}
