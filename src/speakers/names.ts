/**
 * Parsing a name: the title or role before it (`Serbian Deputy Prime Minister | Aleksandar Vulin`), its given
 * names, its family name (with an Arabic article: `al-Ani`; before a suffix: `King` in `Martin Luther King
 * Jr.`), its particles (`van`, `de`), and the key that tells two spellings of one name apart from two names.
 *
 * `splitTitle` works on tokens (where in a run the name starts); `parseName` on the name's text (the record
 * the grouping reads).
 *
 * @module
 */

import {arabicArticles, generationalSuffixes, nameParticles} from '../lexicon/name-particles.js'
import {nonNameWords} from '../lexicon/function-words.js'
import {genderedHonorifics} from '../lexicon/titles.js'
import {capitalAt, lowerAt, possessiveAt, valueEnd, type Tokens} from '../text/tokens.js'
import {blockedWord, nationalities, orgHeads, placeKey, places} from './kinds.js'
import {givenNameFirst, roleNounBeforeName} from './name-boundary.js'
import {complementNameStart, isTitleWord} from './titles.js'
import {defaultLexicon, type SpeechLexicon} from './lexicon.js'
import {lookup} from './lookup.js'

/** A capitalised run of tokens: `[from, to)`. */
export interface NameRun {
  from: number
  to: number
}

/** A name taken apart (see {@link parseName}). */
export interface ParsedName {
  /** The name as one line (`Naseer al-Ani`). */
  text: string
  /** Lower case, white space and hyphens as one space: two spellings of one name share it (`naseer al ani`). */
  key: string
  /** Title or role the story writes before the name (`Iraqi Foreign Minister`), else `null`. */
  title: string | null
  /** Words, as written (split at white space; a hyphenated name is one word: `Lopez-Cantera`). */
  words: string[]
  /** Given names: the words before the family name, particles aside (`Naseer`). */
  given: string[]
  /** Particles of the name, lower case (`van`, `de`; `al` of `al-Ani`). */
  particles: string[]
  /** Family name, lower case: the last word, or the one before a generational suffix (`al-ani`, `king`). */
  family: string
  /** The family name without its Arabic article (`ani` for `al-ani`), else `null`. */
  bareFamily: string | null
  /** First word, lower case: the family name of a name written family name first (`zhang` in `Zhang Quanjing`). */
  first: string
  /** Generational suffix as written (`Jr.`), else `null`. */
  suffix: string | null
}

const nonName = new Set(nonNameWords)
const particles = new Set(nameParticles)
const suffixes = new Set(generationalSuffixes)
/** A family name opened by an Arabic article (`al-ani` → `ani`). */
const articleRe = new RegExp('^(?:' + arabicArticles.join('|') + ')-(.{2,})$')

/** Lower case, white space and hyphens as one space (`Lopez-Cantera` → `lopez cantera`). */
export function keyOf(value: string): string {
  const lower = value.toLowerCase()
  // (Most names hold single spaces only: nothing to replace, no new string.)
  return keyChangeRe.test(lower) ? lower.replace(/[\s\-‐]+/g, ' ') : lower
}

/** What {@link keyOf} changes: white space other than a space, a hyphen, two spaces. */
const keyChangeRe = /[^\S ]|[-‐]| {2}/

/** A name as one line: a line break or run of spaces inside it (`Howard\nBaker` in wrapped copy) is one space. */
export function oneLine(value: string): string {
  return /\s\s|[\t\n\r\f\v\u00a0]/.test(value) ? value.replace(/\s+/g, ' ') : value
}

/** The text of tokens `[from, to)`, on one line. */
export function nameText(text: string, tokens: Tokens, from: number, to: number): string {
  return oneLine(text.slice(tokens.start[from], valueEnd(tokens, to - 1)))
}

/** Family name of a name, lower case: its last word, or the one before a generational suffix (`Jr.`). */
export function familyName(name: string): string {
  return familyOf(name.split(/\s+/))
}

/** Family name of a name's words (see {@link familyName}). */
function familyOf(parts: readonly string[]): string {
  let last = parts[parts.length - 1].toLowerCase()
  if (suffixes.has(last) && parts.length > 2) last = parts[parts.length - 2].toLowerCase().replace(/,$/, '')
  return last
}

/** A family name without its Arabic article (`al-ani` → `ani`), else `undefined`. */
export function withoutArticle(family: string): string | undefined {
  return articleRe.exec(family)?.[1]
}

/** Whether a family name opens with an Arabic article (`al-ani`). */
export function hasArticle(family: string): boolean {
  return articleRe.test(family)
}

/**
 * Take a name apart (see {@link ParsedName}).
 *
 * @param value The name as the story writes it (titles excluded).
 * @param title The title before it, if any.
 *
 * @example
 *   parseName('Naseer al-Ani', 'Iraqi Foreign Minister')
 *   // {family: 'al-ani', bareFamily: 'ani', given: ['Naseer'], particles: ['al'], …}
 */
export function parseName(value: string, title: string | null = null): ParsedName {
  const text = oneLine(value)
  const words = text.split(/\s+/)
  const family = familyOf(words)
  const bareFamily = withoutArticle(family) ?? null
  const last = words[words.length - 1]
  const suffix = suffixes.has(last.toLowerCase()) && words.length > 2 ? last : null
  const familyAt = words.length - (suffix ? 2 : 1)
  const given: string[] = []
  const found: string[] = []
  for (let k = 0; k < familyAt; k++) {
    const lower = words[k].toLowerCase()
    if (particles.has(lower)) found.push(lower)
    else given.push(words[k])
  }
  if (bareFamily !== null) found.push(family.slice(0, family.length - bareFamily.length - 1))
  return {
    text,
    key: keyOf(text),
    title,
    words,
    given,
    particles: found,
    family,
    bareFamily,
    first: words[0].toLowerCase(),
    suffix
  }
}

/**
 * Whether the words a fuller name adds before `key` can be given names (`Michel` in `Michel Ladi Luya`), not a
 * club, a place or an acronym (`FC Marcelinho`, a nickname).
 */
export function givenNamesBefore(fuller: string, key: string): boolean {
  const words = fuller.split(/\s+/)
  const extra = words.length - key.split(' ').length
  for (let k = 0; k < extra; k++) {
    const word = words[k]
    const lower = word.toLowerCase()
    if (orgHeads.has(lower) || places.has(lower) || (word.length >= 2 && /^[A-Z]+$/.test(word))) return false
  }
  return true
}

/** An initial: `F.`, `J`. */
function isInitial(tokens: Tokens, i: number): boolean {
  const length = valueEnd(tokens, i) - tokens.start[i]
  return length <= 2 && capitalAt(tokens, i) && (length === 1 || tokens.text.charCodeAt(valueEnd(tokens, i) - 1) === 46)
}

/**
 * Split a capitalised run into title and name (`Serbian Deputy Prime Minister | Aleksandar Vulin`).
 *
 * @param lead Where the run the title belongs to starts (a place before it: `Wisconsin | Trump`).
 * @returns Index where the name starts.
 */
export function splitTitle(
  tokens: Tokens,
  run: NameRun,
  lexicon: SpeechLexicon = defaultLexicon,
  lead = run.from
): number {
  let nameFrom = run.from
  for (let i = run.from; i < run.to - 1; i++) {
    const lower = lowerAt(tokens, i)
    // Hook (name-boundary.ts): `Dean Baker`, `Will Hurd`: a given name before the last word opens the name.
    if (i === nameFrom && givenNameFirst(tokens, i, run.to, (word) => blockedWord(word, lexicon))) break
    // `Minister of Internal Trade Milovan Daric`, `Secretary of Homeland Security Jeh Johnson`:
    // a title's complement after `of`/`for`; the name is the last two words (three with an
    // initial: `Secretary of State John F. Kerry`).
    const next = i + 1 < tokens.length ? lowerAt(tokens, i + 1) : ''
    // Hook (titles.ts): the title grammar reads the complement up to the name (`Minister of Mines and Energy Subroto`).
    const title = isTitleWord(lexicon.titles, lower)
    if (
      title &&
      next !== '' &&
      !capitalAt(tokens, i + 1) &&
      (next === 'of' || next === 'for') &&
      run.to - (i + 2) >= 2
    ) {
      const name = complementNameStart(tokens, lexicon.titles, i + 2, run.to)
      if (name >= 0) return name
    }
    if (
      lexicon.titles.has(lower) &&
      next !== '' &&
      !capitalAt(tokens, i + 1) &&
      (next === 'of' || next === 'for') &&
      run.to - (i + 2) >= 3
    ) {
      return run.to - (run.to - (i + 2) >= 4 && isInitial(tokens, run.to - 2) ? 3 : 2)
    }
    // Hook (titles.ts): title words by the grammar (`Major-General`, `Princesses`, `Paris-based`).
    if (title || lookup(genderedHonorifics, lower) !== undefined || nonName.has(lower)) nameFrom = i + 1
    // `Croatian Ivan Ljubicic`: an adjective of nationality right before a name of two words or more.
    else if (i === nameFrom && run.to - i >= 3 && nationalities.has(lower) && !possessiveAt(tokens, i)) nameFrom = i + 1
    // Hook (name-boundary.ts): `Skier Tomas Ferrand`: a noun of a role before a given name.
    else if (i === nameFrom && roleNounBeforeName(tokens, i, run.to)) nameFrom = i + 1
    // `Wisconsin Trump`, `New Hampshire Sanders`: a place before a name.
    // (Places have a few words: keys are built for short prefixes only, so a long run stays linear.)
    else if (
      i < run.to - 1 &&
      ((i + 1 - run.from <= 4 && places.has(placeKey(tokens, run.from, i + 1))) ||
        (lead < run.from && i + 1 - lead <= 4 && places.has(placeKey(tokens, lead, i + 1))))
    )
      nameFrom = i + 1
    // `Presidential Palace Siamak Herawi`: an organisation's name before a person's.
    else if (orgHeads.has(lower) && i > run.from && i < run.to - 2) nameFrom = i + 1
  }
  return nameFrom
}

/** Gender of the first gendered honorific among tokens `[from, to)` (`Mrs.` in `Mrs. Clinton`). */
export function honorificOf(tokens: Tokens, from: number, to: number): 'male' | 'female' | undefined {
  for (let k = from; k < to; k++) {
    const honorific = lookup(genderedHonorifics, lowerAt(tokens, k))
    if (honorific !== undefined) return honorific
  }
  return undefined
}

/**
 * Whether the name ends a person's name at a place (`James Clyburn of South Carolina`): index of `of`, else -1
 * (`Minister of Internal Trade Milovan Daric` is a title's complement).
 */
export function placeTail(tokens: Tokens, from: number, to: number, titles: ReadonlySet<string>): number {
  for (let i = from + 2; i < to - 1; i++) {
    if (lowerAt(tokens, i) !== 'of' || capitalAt(tokens, i)) continue
    const head = lowerAt(tokens, i - 1)
    if (orgHeads.has(head) || titles.has(head)) return -1
    return i
  }
  return -1
}
