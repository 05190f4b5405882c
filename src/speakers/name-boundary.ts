/**
 * Where a personal name starts and ends, beyond the capitals: a name wrapped over a line break in hard-wrapped
 * copy (`according to John⏎Rau`), and a place glued before a name after a preposition of place (`representative
 * in Abidjan John Kakumba`), told apart by given-name data (`src/lexicon/given-names.ts`).
 *
 * @module
 */

import {isGivenName} from '../lexicon/given-names.js'
import {geographicHeads, placePrepositionWords} from '../lexicon/places.js'
import {monthWords} from '../lexicon/months.js'
import {honorificTitles, nobilityTitles} from '../lexicon/title-lexicon.js'
import {capitalAt, lowerAt, valueAt, type Tokens} from '../text/tokens.js'
import {roleNounEndings} from '../lexicon/descriptions.js'
import {dateLeadWords} from '../lexicon/time-words.js'

/** Shortest line (code units) taken for a hard-wrapped line of a paragraph rather than a line of its own. */
const WRAPPED_LINE = 40

/**
 * Whether the gap `[from, to)` between two words is one line break that wraps a paragraph's line (`John⏎Rau`):
 * a single `\n` (or `\r\n`) with no indentation after it, ending a line of at least 40 code units. A short line
 * (a headline, a byline) or a break before indentation or a blank line (a new paragraph) ends the name.
 */
export function wrappedBreak(text: string, from: number, to: number): boolean {
  const gap = to - from
  if (
    gap === 1
      ? text.charCodeAt(from) !== 10
      : gap !== 2 || text.charCodeAt(from) !== 13 || text.charCodeAt(from + 1) !== 10
  )
    return false
  const lineStart = text.lastIndexOf('\n', from - 1) + 1
  return from - lineStart >= WRAPPED_LINE
}

/** Prepositions of place: a capitalised word right after them is a place before the name (`in Abidjan John …`). */
const placePrepositions = new Set(placePrepositionWords)

/**
 * Where a personal name starts inside a capitalised run `[from, to)` that follows a preposition of place: at
 * the first given name (`in Abidjan John Marques Kakumba` → `John Marques Kakumba`) when the words before it
 * are no given names and at least two words are left. Otherwise `from`.
 */
export function givenNameStart(tokens: Tokens, from: number, to: number): number {
  if (from === 0 || to - from < 3 || !placePrepositions.has(lowerAt(tokens, from - 1)) || capitalAt(tokens, from - 1))
    return from
  for (let k = from; k <= to - 2; k++) {
    const value = valueAt(tokens, k)
    if (isGivenName(value)) return k === from ? from : k
    // (Only capitalised words before the given name: a connector or initial ends the search.)
    if (value.length < 3 || !capitalAt(tokens, k)) return from
  }
  return from
}

const geographic: ReadonlySet<string> = new Set(geographicHeads)

/**
 * Whether tokens `[from, to)` name a geographic feature rather than a person: the last word is a head of place
 * names (`North Sea`, `Ivory Coast`, `Rift Valley`) and the first is no given name (`Jordan River` is a place,
 * `Helen Lake` may be a person).
 */
export function geographicName(tokens: Tokens, from: number, to: number): boolean {
  return to - from >= 2 && geographic.has(lowerAt(tokens, to - 1)) && !isGivenName(valueAt(tokens, from))
}

/** Styles of address, royalty and nobility: titles even when the data has them as given names (`Prince`). */
const styles: ReadonlySet<string> = new Set([...honorificTitles, ...nobilityTitles])

/** Names and abbreviations of months (`Jan`, `May`): given names too, never blocked as the first of three. */
const months: ReadonlySet<string> = new Set(Object.values(monthWords).flat())

/** Words before a capitalised word that make it a date or a common word rather than a first name (`in May`). */
const dateLead = new Set(dateLeadWords)

/**
 * Whether token `k` is a first name that is also a common word or a title (`Will Hurd`, `Dean Baker`, `May
 * Ortiz`, `Jan Peter Balkenende`): a given name of the data, followed by one more capitalised word (or a second
 * given name and one more) that ends the run `[k, to)` and is no given name itself, no title, nor a word that is
 * never a name; not after a word that makes it a date (`in May Ortiz`).
 *
 * @param blocked Whether a lower-case word can be no part of a name (titles, function words, places, bodies).
 */
export function givenNameFirst(tokens: Tokens, k: number, to: number, blocked: (lower: string) => boolean): boolean {
  if ((to - k !== 2 && to - k !== 3) || !capitalAt(tokens, k) || !capitalAt(tokens, k + 1)) return false
  const last = to - 1
  if (!isGivenName(valueAt(tokens, k)) || isGivenName(valueAt(tokens, last)) || blocked(lowerAt(tokens, last)))
    return false
  // (Three words: a second given name between, even one that is a common word: `Jan Peter Balkenende`, `Laurens
  // Jan Brinkhorst`.)
  // (Not a word that is never a name but a month's: `Staff Sergeant Frank Wuterich`, `Skipper Ola Dahl`, `Will John
  // Hurd run?`.)
  const first = lowerAt(tokens, k)
  if (
    to - k === 3 &&
    !(capitalAt(tokens, last) && isGivenName(valueAt(tokens, k + 1)) && (!blocked(first) || months.has(first)))
  )
    return false
  // (Not a style of royalty or nobility that is also a given name: `Prince Alwaleed`, `Earl Grey`.)
  if (styles.has(lowerAt(tokens, k))) return false
  return k === 0 || !dateLead.has(lowerAt(tokens, k - 1))
}

/** Endings of nouns of roles and agents (`Skier`, `Striker`, `Novelist`, `Historian`, `Goalkeeper`). */
const roleNounRe = new RegExp(String.raw`^[a-z]{3,}(?:${roleNounEndings.join('|')})$`)

/**
 * `Skier Tomas Ferrand`, `Novelist Ana Lind`: a capitalised noun of a role (shaped like one and no given name)
 * right before a given name and at least one more word is no part of the name: the name starts at the given name.
 */
export function roleNounBeforeName(tokens: Tokens, k: number, to: number): boolean {
  if (to - k < 3 || !capitalAt(tokens, k) || !capitalAt(tokens, k + 1)) return false
  const value = valueAt(tokens, k)
  if (!/^\p{Lu}\p{Ll}+$/u.test(value) || !roleNounRe.test(value.toLowerCase()) || isGivenName(value)) return false
  return isGivenName(valueAt(tokens, k + 1))
}
