/**
 * Matching cues of the lexicon on tokens, and reading the speaker's noun
 * phrase on either side of a cue.
 *
 * @module
 */

import {subjectPronouns} from '../lexicon/pronouns.js'
import {compileCues, defaultLexicon, type CueIndex, type SpeechLexicon} from '../speakers/lexicon.js'
import {lookup} from '../speakers/lookup.js'
import {capitalAt, lowerAt, possessiveAt, valueEnd, type Tokens} from '../speakers/tokens.js'

/** A cue found in the text: tokens `[from, to)`. */
export interface CueMatch {
  from: number
  to: number
  lemma: string
  strength: number
}

export {compileCues, type CueIndex}

/** The cue starting at token `i`, if any. */
const nounDeterminers = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'such', 'whose', 'no', 'any', 'some', 'recent', 'earlier', 'latest', 'new', 'own', 'past', 'previous', 'public', 'written', 'similar', 'same', 'other', 'those'])

export function cueAt(index: CueIndex, tokens: Tokens, i: number): CueMatch | null {
  const lower = lowerAt(tokens, i)
  const list = index.get(lower)
  if (!list) return null
  if (i > 0) {
    const previous = i - 1
    // A noun, not a verb: `Ginsburg's comments`, `the claims`, `his remarks`.
    if (lower.endsWith('s') && (possessiveAt(tokens, previous) || nounDeterminers.has(lowerAt(tokens, previous)))) return null
    // `the United States`: part of a name.
    if (capitalAt(tokens, i) && capitalAt(tokens, previous) && !possessiveAt(tokens, previous)) return null
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

const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other', 'both'])
const indefinite = new Set(['a', 'an', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other', 'both', 'most', 'few'])
const adverbs = new Set([
  'also', 'later', 'then', 'previously', 'again', 'once', 'further', 'repeatedly', 'recently', 'earlier', 'quickly',
  'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'do', 'reportedly', 'simply',
  'flatly', 'bluntly', 'publicly', 'privately', 'often', 'frequently', 'finally', 'just', 'only', 'already',
  'subsequently', 'separately', 'similarly', 'sharply', 'angrily', 'calmly', 'confidently', 'firmly', 'openly',
  'specifically', 'told', 'not', 'never', 'still', 'yet', 'is', 'was', 'were', 'are', 'be', 'been', 'being'
])
const npStops = new Set([
  'that', 'and', 'but', 'which', 'who', 'whom', 'when', 'while', 'as', 'because', 'if', 'so', 'to', 'in', 'on', 'at',
  'after', 'before', 'since', 'with', 'without', 'than', 'where', 'though', 'although', 'or', 'nor', 'by', 'from',
  'into', 'about', 'what', 'how', 'why', 'said', 'says', 'told', 'there', 'here', 'it', 'is', 'was', 'be', 'not'
])

/** Gap text between two tokens. */
function gapText(text: string, tokens: Tokens, a: number, b: number): string {
  if (a < 0 || b < 0 || a >= tokens.length || b >= tokens.length) return ''
  return text.slice(tokens.end[a], tokens.start[b])
}

/** Whether token `i` is a plain lower-case word (`/^[a-z][a-z-]+$/`: `press`, `vice-president`). */
function plainLowerWord(text: string, tokens: Tokens, i: number): boolean {
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

/** Whether token `i` starts with a digit (`/^\d/`). */
function digitFirst(text: string, tokens: Tokens, i: number): boolean {
  const code = text.charCodeAt(tokens.start[i])
  return code >= 48 && code <= 57
}

/** Whether a gap between tokens keeps them in one noun phrase. */
function softGap(gap: string): boolean {
  return /^[\s]*(?:[-‐–][\s]*)?$/.test(gap) || /^['’]s?[\s]*$/.test(gap) || gap === '. '
}

/** A noun phrase: tokens `[from, to)`. */
export interface Phrase {
  from: number
  to: number
}

/**
 * The subject before the token `cue` (`Serbian Deputy Prime Minister Aleksandar Vulin said`,
 * `Hugh Hill, a doctor, said`, `he also said`).
 *
 * @param floor Lowest token index that may be part of it.
 */
export function subjectBefore(text: string, tokens: Tokens, cue: number, floor: number, lexicon: SpeechLexicon = defaultLexicon): Phrase | null {
  const nominalWords = lexicon.nominalWords
  const titleSet = lexicon.titles
  let end = cue
  // Skip adverbs and auxiliaries between subject and verb.
  while (end - 1 >= floor && adverbs.has(lowerAt(tokens, end - 1)) && softGap(gapText(text, tokens, end - 1, end))) end--
  if (end - 1 < floor) return null
  let gap = gapText(text, tokens, end - 1, end)
  if (/,/.test(gap)) {
    // Appositive or age: `Hugh Hill, a doctor, said` / `Vulin, 51, said`.
    let k = end - 1
    const stop = Math.max(floor, end - 12)
    while (k > stop && !/,/.test(gapText(text, tokens, k - 1, k))) k--
    if (k > stop && k - 1 >= floor) {
      const first = lowerAt(tokens, k)
      let nominal = false
      for (let n = k; n < end; n++) if (!capitalAt(tokens, n) && (titleSet.has(lowerAt(tokens, n)) || nominalWords.has(lowerAt(tokens, n)))) nominal = true
      if (determiners.has(first) || digitFirst(text, tokens, k) || !capitalAt(tokens, k) || titleSet.has(first) || nominal || possessiveAt(tokens, k - 1)) {
        end = k
        gap = gapText(text, tokens, end - 1, end)
        if (!/^,[\s]*$/.test(gap)) return null
        return phraseEndingAt(text, tokens, end - 1, floor, lexicon)
      }
    }
    return null
  }
  if (!softGap(gap)) return null
  return phraseEndingAt(text, tokens, end - 1, floor, lexicon)
}

/** The noun phrase whose last token is `last`. */
export function phraseEndingAt(text: string, tokens: Tokens, last: number, floor: number, lexicon: SpeechLexicon): Phrase | null {
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
      break
    }
    if (capitalAt(tokens, from - 1)) {
      if (npStops.has(previous) && !capitalAt(tokens, from)) break
      if (npStops.has(previous) || previous === 'i') break
      from--
      continue
    }
    if (npStops.has(previous) || lookup(subjectPronouns, previous)) break
    if (nominalWords.has(previous) || titleSet.has(previous) || plainLowerWord(text, tokens, from - 1)) {
      // Lower-case modifiers of a head (`press office`, `campaign spokesman`); verbs end it.
      if ((previous.endsWith('ed') || previous.endsWith('ing')) && !nominalWords.has(previous) && !titleSet.has(previous) && previous !== 'gambling') break
      from--
      continue
    }
    break
  }
  return {from, to: last + 1}
}

/**
 * The subject after a cue (`said Vulin`, `said the official`, `said Hugh Hill, a doctor`).
 *
 * @param ceiling Token index after the last one that may be part of it.
 */
export function subjectAfter(text: string, tokens: Tokens, after: number, ceiling: number, lexicon: SpeechLexicon = defaultLexicon, opening = false): Phrase | null {
  const nominalWords = lexicon.nominalWords
  const titleSet = lexicon.titles
  if (after >= ceiling) return null
  if (!opening && !softGap(gapText(text, tokens, after - 1, after))) return null
  const first = lowerAt(tokens, after)
  if (lookup(subjectPronouns, first)) return {from: after, to: after + 1}
  if (npStops.has(first) && !capitalAt(tokens, after)) return null
  let to = after + 1
  const limit = Math.min(ceiling, after + 9)
  while (to < limit) {
    if (!softGap(gapText(text, tokens, to - 1, to))) break
    const lower = lowerAt(tokens, to)
    if (npStops.has(lower) || lower === 'of' || lower === 'for') break
    if (!capitalAt(tokens, to) && !nominalWords.has(lower) && !titleSet.has(lower)) {
      if (!(plainLowerWord(text, tokens, to) && determiners.has(lowerAt(tokens, to - 1)))) break
    }
    to++
  }
  // `the official` / `Vulin`; a bare determiner is no subject.
  if (to - after === 1 && determiners.has(first)) return null
  return {from: after, to}
}

/** Whether a phrase starts indefinite (`a spokesman`, `two officials`). */
export function isIndefinite(tokens: Tokens, phrase: Phrase): boolean {
  return indefinite.has(lowerAt(tokens, phrase.from))
}
