/**
 * The title grammar: the words of titles, ranks, offices and roles that stand around a name, read as a
 * structure rather than one closed word at a time. A title word is a word of the call's lexicon or of the
 * title lexicon by class (`src/lexicon/title-lexicon.ts`), a hyphenated compound of title words
 * (`Major-General`, `Vice-Admiral`), the plural of one (`Princesses`, `Ministers`) or a description
 * (`Paris-based`, `Iranian-born`). A title's complement (`Minister of Mines and Energy`) runs over portfolio
 * words, bodies and acronyms up to the name. A title alone after `the` (`the President`, `The Health
 * Minister`) refers to the person who holds it.
 *
 * @module
 */

import {isGivenName} from '../lexicon/given-names.js'
import {organisationHeads} from '../lexicon/organisations.js'
import {
  clergyTitles,
  corporateTitles,
  descriptiveSuffixes,
  honorificTitles,
  militaryTitles,
  nobilityTitles,
  officeTitles,
  partyTitles,
  portfolioLinks,
  portfolioWords,
  titleModifiers
} from '../lexicon/title-lexicon.js'
import {capitalAt, lowerAt, valueAt, type Tokens} from '../text/tokens.js'

/** Words linking the words of a portfolio (`Minister of Trade and Industry`). */
const linkWords = new Set(portfolioLinks)

/** Every title word of the lexicon's classes. */
const lexiconTitles: ReadonlySet<string> = new Set([
  ...honorificTitles,
  ...nobilityTitles,
  ...militaryTitles,
  ...clergyTitles,
  ...officeTitles,
  ...partyTitles,
  ...corporateTitles,
  ...titleModifiers
])
/** Heads of offices, ranks and roles: what a title anaphor ends in (`the President`, not `The Star`). */
const headTitles: ReadonlySet<string> = new Set([
  ...nobilityTitles,
  ...militaryTitles,
  ...clergyTitles,
  ...officeTitles,
  ...corporateTitles
])
const portfolios: ReadonlySet<string> = new Set(portfolioWords)
const orgHeads: ReadonlySet<string> = new Set(organisationHeads)

/**
 * A word of a title by itself: the call's lexicon, or the title lexicon unless it is a given name (`Dean`,
 * `Earl`) or heads names of bodies (`Party`, `Committee`).
 */
function plainTitle(titles: ReadonlySet<string>, lower: string): boolean {
  return titles.has(lower) || (lexiconTitles.has(lower) && !isGivenName(lower) && !orgHeads.has(lower))
}

/** The singular of a plural title word (`princesses` → `princess`, `ministers` → `minister`), else null. */
function singular(titles: ReadonlySet<string>, lower: string): string | null {
  if (lower.length < 5 || !lower.endsWith('s')) return null
  if (lower.endsWith('es') && plainTitle(titles, lower.slice(0, -2))) return lower.slice(0, -2)
  return plainTitle(titles, lower.slice(0, -1)) ? lower.slice(0, -1) : null
}

/**
 * Whether a lower-case word is a title word: `minister`, `major-general`, `staff-sergeant`, `princesses`,
 * `paris-based`. Not a given name that the lexicon also holds (`dean`, `earl`), unless the call's lexicon
 * names it.
 *
 * @param titles The call's title words (`SpeechLexicon.titles`).
 */
export function isTitleWord(titles: ReadonlySet<string>, lower: string): boolean {
  if (plainTitle(titles, lower)) return true
  if (singular(titles, lower) !== null) return true
  const dash = lower.indexOf('-')
  if (dash <= 0) return false
  if (descriptiveWord(lower)) return true
  // `major-general`, `vice-admiral`, `lieutenant-colonel`: every part a title word.
  for (const part of lower.split('-'))
    if (part === '' || !(plainTitle(titles, part) || singular(titles, part) !== null)) return false
  return true
}

/** Whether a lower-case word describes by place or origin, not names (`paris-based`, `iranian-born`, `state-run`). */
export function descriptiveWord(lower: string): boolean {
  for (const suffix of descriptiveSuffixes) if (lower.length > suffix.length + 1 && lower.endsWith(suffix)) return true
  return false
}

/**
 * The first token after the last descriptive word of tokens `[from, to - 1)` (`Washington-based Atlantic
 * Council` → `Atlantic`), else `from`: where a body is based or a person was born is no part of the name.
 */
export function pastDescriptive(tokens: Tokens, from: number, to: number): number {
  for (let k = to - 2; k >= from; k--) if (descriptiveWord(lowerAt(tokens, k))) return k + 1
  return from
}

/** Whether token `k` is an acronym in capitals (`NWPP`, `UN`). */
function acronymAt(tokens: Tokens, k: number): boolean {
  const value = valueAt(tokens, k)
  return value.length >= 2 && value.length <= 8 && /^[A-Z][A-Z0-9&.]+$/.test(value)
}

/**
 * Where the name starts after a title's complement: tokens `[at, to)` follow `Minister of`, `President of`.
 * The complement runs over portfolio words (`Mines and Energy`, `Foreign and European Affairs`), heads of
 * bodies and acronyms (`NWPP`), and stops at the first given name with a word after it. Returns the index of
 * the name, or -1 when no name of one to four words is left after the complement.
 */
export function complementNameStart(tokens: Tokens, titles: ReadonlySet<string>, at: number, to: number): number {
  let k = at
  while (k < to - 1) {
    const lower = lowerAt(tokens, k)
    if (capitalAt(tokens, k) && isGivenName(lower) && !portfolios.has(lower)) break
    if (portfolios.has(lower) || orgHeads.has(lower) || acronymAt(tokens, k) || isTitleWord(titles, lower)) k++
    else break
  }
  // (At least one complement word, and a name of one to four words after it that opens with no word of titles.)
  if (k === at || to - k > 4 || !capitalAt(tokens, k)) return -1
  const first = lowerAt(tokens, k)
  return portfolios.has(first) || orgHeads.has(first) || isTitleWord(titles, first) ? -1 : k
}

/**
 * Whether tokens `[from, to)` are a title alone (`President`, `Health Minister`, `Deputy Prime Minister`): every
 * word a title word or a portfolio word, the last one a title word.
 */
export function titleOnly(tokens: Tokens, titles: ReadonlySet<string>, from: number, to: number): boolean {
  if (to <= from || !isTitleWord(titles, lowerAt(tokens, to - 1)) || orgHeads.has(lowerAt(tokens, to - 1))) return false
  for (let k = from; k < to - 1; k++) {
    const lower = lowerAt(tokens, k)
    if (!isTitleWord(titles, lower) && !portfolios.has(lower)) return false
  }
  return true
}

/**
 * The words of a title anaphor (`the President`, `The Health Minister`, `the Chancellor`), lower case, when
 * tokens `[from, to)` are a title alone right after `the`; else null. The resolver links them to the person
 * of the story whose title holds those words.
 */
export function titleAnaphor(tokens: Tokens, titles: ReadonlySet<string>, from: number, to: number): string[] | null {
  if (from < 1 || lowerAt(tokens, from - 1) !== 'the' || !capitalAt(tokens, to - 1)) return null
  const last = lowerAt(tokens, to - 1)
  // (A head of an office or rank: `the Chancellor`, `the Major-General`; not `The Star`, a newspaper.)
  const head =
    headTitles.has(last) ||
    headTitles.has(singular(titles, last) ?? '') ||
    (last.includes('-') && headTitles.has(last.slice(last.lastIndexOf('-') + 1)))
  if (!head || (!last.includes('-') && isGivenName(last)) || !titleOnly(tokens, titles, from, to)) return null
  const words: string[] = []
  for (let k = from; k < to; k++) words.push(lowerAt(tokens, k))
  return words
}

/**
 * Whether a title read before a name has a complement of portfolio words (`Minister of Mines and Energy`,
 * `Secretary for Home Affairs`): a one-word name after it is a person's (`… Energy Sutomo`).
 */
export function complementTitle(title: string, name: string): boolean {
  const lower = name.toLowerCase()
  if (portfolios.has(lower) || orgHeads.has(lower)) return false
  const words = title.toLowerCase().split(/\s+/)
  const at = words.findIndex((word, k) => k > 0 && (word === 'of' || word === 'for'))
  const complement = words.slice(at + 1)
  return at > 0 && complement.every((word) => portfolios.has(word)) && complement.some((word) => !linkWords.has(word))
}
