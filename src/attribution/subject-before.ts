/**
 * The subject before a cue (`Serbian Deputy Prime Minister Aleksandar Vulin said`, `Hugh Hill, a doctor, said`,
 * `he also said`): appositives between commas, a person before the body they belong to, the first of two names,
 * and whether a phrase is the object of a preposition rather than a subject.
 *
 * @module
 */

import {creditBefore} from './credit-phrases.js'
import {
  adverbs,
  commaBetween,
  determiners,
  gapText,
  indefinite,
  phraseEndingAt,
  softGap,
  type Phrase
} from './noun-phrase.js'
import {appositiveBreakers, holderLinks as holderLinkWords, objectPrepositions} from '../lexicon/clause-words.js'
import {isPlace} from '../speakers/index.js'
import {defaultLexicon, type SpeechLexicon} from '../speakers/lexicon.js'
import {capitalAt, lowerAt, possessiveAt, type Tokens} from '../text/tokens.js'
import {placeLinks as placeLinkWords} from '../lexicon/places.js'

/** Words that open a clause, not an appositive, after a comma. */
const clauseOpeners = new Set(appositiveBreakers)
const placeLinks = new Set(placeLinkWords)

/**
 * The subject before the token `cue` (`Serbian Deputy Prime Minister Aleksandar Vulin said`,
 * `Hugh Hill, a doctor, said`, `he also said`).
 *
 * @param floor Lowest token index that may be part of it.
 */
export function subjectBefore(
  text: string,
  tokens: Tokens,
  cue: number,
  floor: number,
  lexicon: SpeechLexicon = defaultLexicon
): Phrase | null {
  // A credit read whole as noun phrases (credit-phrases.ts): its name, whatever the order of role and name.
  const credit = creditBefore(text, tokens, cue, floor, lexicon)
  if (credit) return credit
  let end = cue
  // Skip adverbs and auxiliaries between subject and verb.
  while (end - 1 >= floor && adverbs.has(lowerAt(tokens, end - 1)) && softGap(gapText(text, tokens, end - 1, end)))
    end--
  if (end - 1 < floor) return null
  // `Trump, who has called the pact "insanity"`: a relative pronoun stands for the name before its comma.
  if (
    end - 2 >= floor &&
    lowerAt(tokens, end - 1) === 'who' &&
    /^,[\s]*$/.test(gapText(text, tokens, end - 2, end - 1))
  ) {
    const antecedent = phraseEndingAt(text, tokens, end - 2, floor, lexicon)
    return antecedent && capitalAt(tokens, antecedent.to - 1) ? antecedent : null
  }
  // `it was Obama who pressed for …`: the focus of a cleft sentence.
  if (
    end - 3 >= floor &&
    lowerAt(tokens, end - 1) === 'who' &&
    capitalAt(tokens, end - 2) &&
    softGap(gapText(text, tokens, end - 2, end - 1))
  ) {
    const focus = phraseEndingAt(text, tokens, end - 2, floor, lexicon)
    if (
      focus &&
      focus.from - 2 >= floor &&
      /^(?:was|is)$/.test(lowerAt(tokens, focus.from - 1)) &&
      lowerAt(tokens, focus.from - 2) === 'it'
    )
      return focus
  }
  // `Rep. Elijah E. Cummings (D-Md.) said`: a party label between the name and the cue.
  let label = false
  if (/\)[\s]*$/.test(gapText(text, tokens, end - 1, end))) {
    let k = end - 1
    while (k > Math.max(floor, end - 5) && !/\(/.test(gapText(text, tokens, k - 1, k))) k--
    if (k > floor && /^[\s]*\($/.test(gapText(text, tokens, k - 1, k))) {
      end = k
      label = true
    }
  }
  const gap = label ? ' ' : gapText(text, tokens, end - 1, end)
  if (/,/.test(gap)) return subjectBeforeCommas(text, tokens, end, floor, lexicon)
  if (!softGap(gap)) return null
  const phrase = phraseEndingAt(text, tokens, end - 1, floor, lexicon)
  return phrase
    ? (unnamedMember(text, tokens, phrase, floor, lexicon) ??
        holderOf(text, tokens, phrase, floor, lexicon) ??
        namedBefore(text, tokens, phrase, floor, lexicon) ??
        firstConjunct(text, tokens, phrase, floor, lexicon))
    : null
}

/**
 * The subject before a comma that ends right before the cue (token `end`): a name set off after its role, or the
 * phrase before appositives, ages and places between commas (`Hugh Hill, a doctor, said`, `Vulin, 51, said`,
 * `Harry Bond, 30, of Raleigh, N.C., who was among those polled, said`).
 */
function subjectBeforeCommas(
  text: string,
  tokens: Tokens,
  end: number,
  floor: number,
  lexicon: SpeechLexicon
): Phrase | null {
  const nominalWords = lexicon.nominalWords
  const titleSet = lexicon.titles
  const stop = Math.max(floor, end - 30)
  /** Start of the comma-delimited segment that ends at `to`, or -1. */
  const segmentStart = (to: number): number => {
    let k = to - 1
    const limit = Math.max(stop, to - 16)
    while (k > limit && !commaBetween(text, tokens, k - 1, k)) k--
    return k > limit && k - 1 >= floor && /^[.)]?,[\s]*$/.test(gapText(text, tokens, k - 1, k)) ? k : -1
  }
  const appositive = (k: number, to: number): boolean => {
    const first = lowerAt(tokens, k)
    // `…, in what Bay Buchanan, national treasurer …, called`: a clause, not an appositive.
    if (!capitalAt(tokens, k) && (clauseOpeners.has(first) || (k + 1 < to && lowerAt(tokens, k + 1) === 'what')))
      return false
    if (
      determiners.has(first) ||
      /^\d/.test(first) ||
      !capitalAt(tokens, k) ||
      titleSet.has(first) ||
      possessiveAt(tokens, k - 1)
    )
      return true
    for (let n = k; n < to; n++)
      if (!capitalAt(tokens, n) && (titleSet.has(lowerAt(tokens, n)) || nominalWords.has(lowerAt(tokens, n))))
        return true
    return false
  }
  // `Santilli's attorney, Thomas Coan, argued`: a name set off by commas after the role it fills.
  const first = segmentStart(end)
  if (first >= 0 && end - first >= 2 && end - first <= 4) {
    let names = true
    for (let n = first; n < end; n++) if (!capitalAt(tokens, n)) names = false
    const role = lowerAt(tokens, first - 1)
    if (names && !capitalAt(tokens, first - 1) && (titleSet.has(role) || nominalWords.has(role)))
      return {from: first, to: end}
  }
  let segmentEnd = end
  let skipped = 0
  for (let round = 0; round < 6; round++) {
    const k = segmentStart(segmentEnd)
    if (k < 0) break
    // `of Raleigh, N.C.,`: the rest of a place after `of`/`in`/`from`.
    const before = skipped > 0 && capitalAt(tokens, k) ? segmentStart(k) : -1
    const placeRest = before >= 0 && !capitalAt(tokens, before) && placeLinks.has(lowerAt(tokens, before))
    if (!placeRest && !appositive(k, segmentEnd)) break
    segmentEnd = k
    skipped++
  }
  if (skipped === 0) return null
  // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`: a party label before the appositive.
  let last = segmentEnd - 1
  if (/^\),/.test(gapText(text, tokens, last, segmentEnd))) {
    let k = last
    while (k > Math.max(floor, last - 4) && !/\(/.test(gapText(text, tokens, k - 1, k))) k--
    if (k > floor && /^[\s]*\($/.test(gapText(text, tokens, k - 1, k))) last = k - 1
  }
  return phraseEndingAt(text, tokens, last, floor, lexicon)
}

/**
 * `Mark Blumenthal and Jon Cohen said`: of two people named as one subject, the first (the phrase itself
 * when it is no such pair).
 */
export function firstConjunct(
  text: string,
  tokens: Tokens,
  phrase: Phrase,
  floor: number,
  lexicon: SpeechLexicon
): Phrase {
  const link = phrase.from - 1
  if (link - 1 < floor || lowerAt(tokens, link) !== 'and' || capitalAt(tokens, link) || !personLike(tokens, phrase))
    return phrase
  if (
    !/^[ \t]+$/.test(gapText(text, tokens, link - 1, link)) ||
    !/^[ \t]+$/.test(gapText(text, tokens, link, link + 1))
  )
    return phrase
  const first = phraseEndingAt(text, tokens, link - 1, floor, lexicon)
  if (!first || first.to - first.from < 2 || !personLike(tokens, first)) return phrase
  // The pair opens its clause (not `a meeting with Ann Lee and Tom Rell`).
  const opens = first.from <= floor || /[,;:—–-][\s]*$/.test(gapText(text, tokens, first.from - 1, first.from))
  return opens ? first : phrase
}

/**
 * `Gary Byrne, a former Secret Service agent for President Bill Clinton has written`: a role after a name and
 * a comma, left open before the verb — the name is the subject.
 */
function namedBefore(
  text: string,
  tokens: Tokens,
  phrase: Phrase,
  floor: number,
  lexicon: SpeechLexicon
): Phrase | null {
  const first = phrase.from
  if (
    first - 1 <= floor ||
    !determiners.has(lowerAt(tokens, first)) ||
    !capitalAt(tokens, first - 1) ||
    !/^,[\s]*$/.test(gapText(text, tokens, first - 1, first))
  )
    return null
  let role = false
  for (let n = first; n < phrase.to; n++)
    if (
      !capitalAt(tokens, n) &&
      (lexicon.titles.has(lowerAt(tokens, n)) || lexicon.nominalWords.has(lowerAt(tokens, n)))
    )
      role = true
  if (!role) return null
  return personNameEndingAt(text, tokens, first - 1, floor, lexicon)
}

/**
 * The name of two to four words that ends at token `end` and opens its clause, when it is shaped like a
 * person's (`namedBefore` and `holderOf` read the name beside a role with it).
 */
function personNameEndingAt(
  text: string,
  tokens: Tokens,
  end: number,
  floor: number,
  lexicon: SpeechLexicon
): Phrase | null {
  const name = phraseEndingAt(text, tokens, end, floor, lexicon)
  return name &&
    name.to - name.from >= 2 &&
    name.to - name.from <= 4 &&
    personLike(tokens, name) &&
    opensClause(text, tokens, name, floor)
    ? name
    : null
}

/**
 * Whether a name opens its clause (the sentence start, or after a comma: `On Monday, Sam Lau, …`), not the
 * object of what comes before it (`After meeting Joe Biden, the spokesman said`).
 */
function opensClause(text: string, tokens: Tokens, name: Phrase, floor: number): boolean {
  return name.from <= floor || /,[\s]*$/.test(gapText(text, tokens, name.from - 1, name.from))
}

/**
 * Whether a phrase is the object of a preposition (`to Wired`, `with Fox News`), so no subject: a plain space
 * after a lower-case preposition; `with` before a participle cue excepted (`with McCain telling reporters`).
 */
export function prepositionObject(text: string, tokens: Tokens, phrase: Phrase, floor: number, cue: number): boolean {
  // `with Ada Lind and Kai Berg`: the pair is the object.
  if (
    phrase.from - 2 > floor &&
    lowerAt(tokens, phrase.from - 1) === 'and' &&
    !capitalAt(tokens, phrase.from - 1) &&
    capitalAt(tokens, phrase.from - 2)
  ) {
    let k = phrase.from - 2
    while (k - 1 > floor && capitalAt(tokens, k - 1) && phrase.from - k < 6) k--
    phrase = {from: k, to: phrase.to}
  }
  if (phrase.from <= floor) return false
  const link = lowerAt(tokens, phrase.from - 1)
  if (capitalAt(tokens, phrase.from - 1) || !prepositions.has(link)) return false
  if (!/^[ \t\u00a0]+$/.test(gapText(text, tokens, phrase.from - 1, phrase.from))) return false
  // `At a rally in Wisconsin Sanders said`: the object is the place; the name after it is the subject.
  for (let k = phrase.from + 1; k < phrase.to && k - phrase.from <= 3; k++)
    if (isPlace(tokens, phrase.from, k) && capitalAt(tokens, k)) return false
  return !(link === 'with' && lowerAt(tokens, cue).endsWith('ing'))
}

/** (Not `of`, `at`, `from`: `Officers of the Houston Police Department said`, `officials from the ministry said`.) */
const prepositions = new Set(objectPrepositions)

const holderLinks = new Set(holderLinkWords)

/**
 * The person an organisation phrase belongs to: `Jeffrey Lewis of the James Martin Center`,
 * `Sam Lau, the communications director for the Iowa Democratic Party` (no closing comma).
 *
 * @returns The person's phrase, or `null` when the phrase stands alone.
 */
function holderOf(text: string, tokens: Tokens, phrase: Phrase, floor: number, lexicon: SpeechLexicon): Phrase | null {
  let k = phrase.from - 1
  if (k - 1 < floor || !capitalAt(tokens, phrase.to - 1)) return null
  if (capitalAt(tokens, k) || !holderLinks.has(lowerAt(tokens, k)) || !softGap(gapText(text, tokens, k, k + 1)))
    return null
  // `Jeffrey Lewis of …`: a name right before the link.
  if (capitalAt(tokens, k - 1) && softGap(gapText(text, tokens, k - 1, k))) {
    const name = phraseEndingAt(text, tokens, k - 1, floor, lexicon)
    return name && name.to - name.from >= 2 && name.to - name.from <= 4 && personLike(tokens, name) ? name : null
  }
  // `Sam Lau, the communications director for …`, `Gary Byrne, a former Secret Service agent for …`: a role
  // after a comma, opened by an article or a lower-case word.
  k--
  const stop = Math.max(floor, k - 8)
  while (k > stop && !commaBetween(text, tokens, k - 1, k)) k--
  if (k <= floor || capitalAt(tokens, k) || !/^,[\s]*$/.test(gapText(text, tokens, k - 1, k))) return null
  let role = false
  for (let n = k; n < phrase.from - 1; n++)
    if (lexicon.titles.has(lowerAt(tokens, n)) || lexicon.nominalWords.has(lowerAt(tokens, n))) role = true
  if (!role || !capitalAt(tokens, k - 1)) return null
  return personNameEndingAt(text, tokens, k - 1, floor, lexicon)
}

/**
 * `an official with the Central Committee of the Communist Youth League said`, `a spokesman for the ministry said`:
 * an unnamed member of a body (an indefinite noun of a person and a link before the body's phrase) is the
 * subject, not the body. (Not an appositive after a name: `Vijay Malhotra, a leader of the party, told`.)
 */
function unnamedMember(
  text: string,
  tokens: Tokens,
  phrase: Phrase,
  floor: number,
  lexicon: SpeechLexicon
): Phrase | null {
  for (let k = phrase.from - 1; k - 2 >= floor && phrase.from - k <= 8; k--) {
    const lower = lowerAt(tokens, k)
    if (!softGap(gapText(text, tokens, k, k + 1))) return null
    if (!capitalAt(tokens, k) && holderLinks.has(lower)) {
      const noun = lowerAt(tokens, k - 1)
      if (
        capitalAt(tokens, k - 1) ||
        !lexicon.personNominals.has(noun) ||
        !indefinite.has(lowerAt(tokens, k - 2)) ||
        capitalAt(tokens, k - 2)
      ) {
        if (lower === 'of') continue
        return null
      }
      if (!softGap(gapText(text, tokens, k - 2, k - 1)) || !softGap(gapText(text, tokens, k - 1, k))) return null
      if (k - 3 >= floor && commaBetween(text, tokens, k - 3, k - 2)) return null
      return {from: k - 2, to: k}
    }
    if (!capitalAt(tokens, k) && !/^(?:the|and|&)$/.test(lower)) return null
  }
  return null
}

/** Capitalised words only (`Sam Lau`), not an organisation's determiner phrase. */
function personLike(tokens: Tokens, phrase: Phrase): boolean {
  for (let n = phrase.from; n < phrase.to; n++) if (!capitalAt(tokens, n)) return false
  return true
}
