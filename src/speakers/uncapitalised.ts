/**
 * Names in copy that does not capitalise them: some wire stories write proper names in lower case
 * (`quito, march 9 - … president leon febres cordero said`, `energy minister arturo hernandez grisanti said`),
 * where the capital-led scan of `mentions.ts` sees no name at all. Such copy gives itself away by months and
 * well-known names in lower case (`march 9`, `opec`); in it, a title word followed by a given name of the data
 * opens a person's name, which runs over the next lower-case words up to a cue, a title, a word never in names
 * or a break.
 *
 * Linear: the story is measured once; a name is read at most {@link MAX_WORDS} words long.
 *
 * @module
 */

import {nonNameWords} from '../lexicon/function-words.js'
import {isGivenName} from '../lexicon/given-names.js'
import {englishMonths} from '../lexicon/months.js'
import {organisationNames} from '../lexicon/organisations.js'
import {nationalityAdjectives} from '../lexicon/places.js'
import {commonPlaces} from '../lexicon/function-words.js'
import {capitalAt, lowerAt, valueAt, type Tokens} from '../text/tokens.js'
import {calendarWords, orgHeads} from './kinds.js'
import type {SpeechLexicon} from './lexicon.js'

/** Longest name read in lower case, in words (`leon febres cordero`, `arturo hernandez grisanti`). */
export const MAX_WORDS = 4

const months = new Set(englishMonths)
/** Names every story capitalises: a place, a people or a body written in lower case marks such copy. */
const properWords = new Set(
  [...commonPlaces, ...nationalityAdjectives, ...organisationNames.map((name) => name.toLowerCase())].filter(
    (word) => !word.includes(' ') && word.length > 3
  )
)
const nonName = new Set(nonNameWords)

/**
 * Whether the story writes proper names in lower case: at least two signs among a month before a number
 * (`march 9`) and distinct well-known names (`opec`, `moscow`, `brazilian`) in lower case.
 */
export function uncapitalisedCopy(text: string, tokens: Tokens): boolean {
  const seen = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    if (capitalAt(tokens, i)) continue
    const lower = lowerAt(tokens, i)
    if (months.has(lower) && i + 1 < tokens.length && /^\d/.test(valueAt(tokens, i + 1))) seen.add('month')
    else if (properWords.has(lower)) seen.add(lower)
    if (seen.size >= 2) return true
  }
  return false
}

/**
 * The person's name a lower-case title word at token `i` opens (`minister | jorge brancho`): `[from, to)` of two
 * to {@link MAX_WORDS} lower-case words, the first a given name of the data, each one space (or a wrapped line)
 * from the one before, none a cue, a title, a body's head, a weekday or a word never in names; else `null`.
 */
export function nameAfterTitle(
  text: string,
  tokens: Tokens,
  i: number,
  lexicon: SpeechLexicon
): {from: number; to: number} | null {
  if (capitalAt(tokens, i) || !lexicon.titles.has(lowerAt(tokens, i))) return null
  const from = i + 1
  if (
    from >= tokens.length ||
    capitalAt(tokens, from) ||
    !isGivenName(valueAt(tokens, from)) ||
    !spaced(text, tokens, i)
  )
    return null
  let to = from + 1
  while (to < tokens.length && to - from < MAX_WORDS && spaced(text, tokens, to - 1) && nameWord(tokens, to, lexicon))
    to++
  return to - from >= 2 ? {from, to} : null
}

/** Whether token `k` can go on with a name in lower case. */
function nameWord(tokens: Tokens, k: number, lexicon: SpeechLexicon): boolean {
  if (capitalAt(tokens, k)) return false
  const lower = lowerAt(tokens, k)
  if (!/^\p{Ll}[\p{Ll}'-]*$/u.test(lower)) return false
  return (
    !lexicon.cues.has(lower) &&
    !lexicon.titles.has(lower) &&
    !nonName.has(lower) &&
    !orgHeads.has(lower) &&
    !calendarWords.has(lower) &&
    !lexicon.nominalWords.has(lower)
  )
}

/** Whether tokens `k` and `k + 1` are one space apart (or one wrapped line break). */
function spaced(text: string, tokens: Tokens, k: number): boolean {
  const gap = text.slice(tokens.end[k], tokens.start[k + 1])
  return gap === ' ' || gap === '\n'
}
