/**
 * What a capitalised run names: an organisation (`Foreign Ministry`, `Council on Foreign Relations`, `NATO`),
 * a place (`New Hampshire`), a heading in capitals, a people or region (`Croatian`, `Western Europe`), or
 * possibly a person. Token-level tests over `[from, to)`, no state.
 *
 * @module
 */

import {commonPlaces, nonNameWords} from '../lexicon/function-words.js'
import {directionWords, nationalityEndings} from '../lexicon/geography.js'
import {organisationLinks} from '../lexicon/name-particles.js'
import {
  companySuffixes,
  organisationHeads,
  organisationNames,
  organisationOpeners,
  organisationPrefixes
} from '../lexicon/organisations.js'
import {weekdayNames} from '../lexicon/time-words.js'
import {nationalityAdjectives} from '../lexicon/places.js'
import {capitalAt, lowerAt, valueAt, valueEnd, type Tokens} from '../text/tokens.js'
import type {SpeechLexicon} from './lexicon.js'

/** Common places, lower case (`new hampshire`). */
export const places: ReadonlySet<string> = new Set(commonPlaces)
/** Adjectives of nationality, lower case. */
export const nationalities: ReadonlySet<string> = new Set(nationalityAdjectives)
/**
 * Words that end (make) an organisation's name, lower case: the heads of bodies and the legal endings of
 * companies (`Boeing Co`, `Hoechst AG`: a run so ended is a company, never a person).
 */
export const orgHeads: ReadonlySet<string> = new Set([...organisationHeads, ...companySuffixes])
/** Weekdays (`Monday`): they end no name. */
export const calendarWords: ReadonlySet<string> = new Set(weekdayNames)
const nonNames: ReadonlySet<string> = new Set(nonNameWords)

/** Whether a lower-case word can be no part of a person's name: a title, a word never in names, a place, a body, a weekday. */
export function blockedWord(lower: string, lexicon: SpeechLexicon): boolean {
  return (
    lexicon.titles.has(lower) ||
    nonNames.has(lower) ||
    places.has(lower) ||
    orgHeads.has(lower) ||
    calendarWords.has(lower)
  )
}
/** Lower-case links inside organisations' names. */
export const orgLinks: ReadonlySet<string> = new Set(organisationLinks)

/** Whether token `k` is a weekday or a lower-case link of names (`on` in `the Press Club on Monday`). */
export function weekdayOrLink(tokens: Tokens, k: number): boolean {
  const lower = lowerAt(tokens, k)
  return calendarWords.has(lower) || (!capitalAt(tokens, k) && orgLinks.has(lower))
}
const orgNames = new Set(organisationNames.map((name) => name.toLowerCase()))
const orgPrefixes = new Set(organisationPrefixes)
const orgOpeners = new Set(organisationOpeners)
const directions = new Set(directionWords)
const nationalityRe = new RegExp('^\\p{Lu}\\p{Ll}+(?:' + nationalityEndings.join('|') + ')$', 'u')

/** The lower-case words of `[from, to)` joined by spaces (`new hampshire`). */
export function placeKey(tokens: Tokens, from: number, to: number): string {
  let key = lowerAt(tokens, from)
  for (let k = from + 1; k < to; k++) key += ' ' + lowerAt(tokens, k)
  return key
}

/** Whether tokens `[from, to)` name a common place (`New Hampshire`, `America`). */
export function isPlace(tokens: Tokens, from: number, to: number): boolean {
  return to > from && places.has(placeKey(tokens, from, to))
}

/** Whether a run is written in capitals only (`RED STATES OUTNUMBER BLUE STATES`): a heading, not a name. */
export function isShouted(tokens: Tokens, from: number, to: number): boolean {
  let words = 0
  for (let k = from; k < to; k++) {
    const value = valueAt(tokens, k)
    if (value.length < 2 || value.endsWith('.')) continue
    if (value !== value.toUpperCase()) return false
    words++
  }
  return words >= 2
}

/** Whether a capitalised word is an adjective of nationality (`Brazilian`, `Argentine`, `Thai`): the lexicon, or its endings. */
export function isNationality(value: string): boolean {
  return nationalityRe.test(value) || nationalities.has(value.toLowerCase())
}

/**
 * `North Korean leader`, `Brazilian midfielder`: a run that ends in an adjective of nationality before a
 * role is no person's name.
 */
export function nationalityBeforeRole(tokens: Tokens, to: number, lexicon: SpeechLexicon): boolean {
  if (to >= tokens.length || capitalAt(tokens, to) || tokens.start[to] - tokens.end[to - 1] !== 1) return false
  const next = lowerAt(tokens, to)
  if (!lexicon.titles.has(next) && !lexicon.nominalWords.has(next)) return false
  return isNationality(valueAt(tokens, to - 1))
}

/**
 * `Western Europe`, `West Germany`, `South Korean`, `Budget Day`, `Public Utility`: a capitalised run each of
 * whose words is a place, an adjective of nationality, a word of direction, or a word the story also writes in
 * lower case names no person.
 */
export function commonWordsOnly(tokens: Tokens, from: number, to: number, lowerSeen: Uint8Array): boolean {
  for (let k = from; k < to; k++) {
    const lower = lowerAt(tokens, k)
    if (lowerSeen[tokens.word[k]] !== 1 && !places.has(lower) && !nationalities.has(lower) && !directions.has(lower))
      return false
  }
  return true
}

/** Whether a run (title excluded) names an organisation. */
export function isOrganisation(tokens: Tokens, from: number, to: number): boolean {
  if (to < 1 || to > tokens.length) return false
  const lastLower = lowerAt(tokens, to - 1)
  if (orgHeads.has(lastLower)) return true
  // `FC Marcelinho`, `SV Hamburg`: a club's prefix in capitals.
  if (to - from >= 2 && orgPrefixes.has(lowerAt(tokens, from)) && /^[A-Z]{2,4}$/.test(valueAt(tokens, from)))
    return true
  if (to - from === 1 && orgNames.has(lastLower)) return true
  // `Banco Santander`, `Groupe Bull`: a head that opens the name (lexicon/organisations.ts).
  if (to - from >= 2 && orgOpeners.has(lowerAt(tokens, from))) return true
  if (companyMarkup(tokens, from, to)) return true
  // `Council on Foreign Relations`, `Ministry of Labor`: a head before `of`/`on`/`for`.
  for (let i = from + 1; i < to - 1; i++) {
    const lower = lowerAt(tokens, i)
    if (orgLinks.has(lower) && lower !== 'and' && orgHeads.has(lowerAt(tokens, i - 1))) return true
  }
  if (to - from === 1 && isAcronym(tokens, to - 1)) return true
  return false
}

/**
 * Whether a run of two words or more stands alone in angle brackets (`<Banco Santander>`, `<Bankhaus Centrale
 * Credit AG>`): Reuters marks the companies of a story so (a ticker after a name, `<BAC>`, is one word).
 */
export function companyMarkup(tokens: Tokens, from: number, to: number): boolean {
  if (to - from < 2) return false
  const start = tokens.start[from]
  return (
    start > 0 && tokens.text.charCodeAt(start - 1) === 60 && tokens.text.charCodeAt(valueEnd(tokens, to - 1)) === 62
  )
}

/** Whether token `i` is two to six capital letters (`/^[A-Z]{2,6}$/`: `NATO`). */
export function isAcronym(tokens: Tokens, i: number): boolean {
  const start = tokens.start[i]
  const end = valueEnd(tokens, i)
  if (end - start < 2 || end - start > 6) return false
  for (let at = start; at < end; at++) {
    const code = tokens.text.charCodeAt(at)
    if (code < 65 || code > 90) return false
  }
  return true
}

/** Whether a run holds lower-case links that no person's name has (`Part of Poland`). */
export function hasOrgLink(tokens: Tokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (orgLinks.has(lowerAt(tokens, i)) && !capitalAt(tokens, i)) return true
  return false
}
