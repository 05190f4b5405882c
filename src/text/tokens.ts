/**
 * Word tokens over the whole input, made once per parse (linear), so that
 * attribution windows and name scans work on token indices.
 *
 * The tokens are a table (one typed array per field, not one object per
 * word): a long story holds hundreds of thousands of words, and objects that
 * live as long as the parse fill the old generation and cost major garbage
 * collections. Lower-case words are interned per parse (`words`, indexed by
 * `word`); the words as written are sliced from the input on demand.
 *
 * @module
 */

import {firstAtOrAfter} from '../util/bisect.js'
import {createInterner, internRange} from './interner.js'
import {periodAbbreviations} from '../lexicon/abbreviations.js'

/** Flag: starts with an upper-case letter. */
export const CAPITAL = 1
/** Flag: followed by a possessive `'s` / `’s` (included in `end`). */
export const POSSESSIVE = 2

/** The words of an input. Token `i` is at `start[i]`–`end[i]`; `length` tokens in all. */
export interface Tokens {
  /** The input. */
  readonly text: string
  /** Number of tokens. */
  readonly length: number
  /** Start offsets, ascending. */
  readonly start: Int32Array
  /** End offsets (a possessive `'s` and an abbreviation's period included). */
  readonly end: Int32Array
  /** {@link CAPITAL} and {@link POSSESSIVE} bits. */
  readonly flags: Uint8Array
  /** Index into `words` of each token's lower case. */
  readonly word: Int32Array
  /** Distinct lower-case words (possessive `'s` excluded), in order of first use. */
  readonly words: readonly string[]
}

/** Lower case of token `i` (possessive `'s` excluded). */
export function lowerAt(tokens: Tokens, i: number): string {
  return tokens.words[tokens.word[i]]
}

/** Whether token `i` starts with an upper-case letter. */
export function capitalAt(tokens: Tokens, i: number): boolean {
  return (tokens.flags[i] & CAPITAL) !== 0
}

/** Whether token `i` is followed by a possessive `'s`. */
export function possessiveAt(tokens: Tokens, i: number): boolean {
  return (tokens.flags[i] & POSSESSIVE) !== 0
}

/** End of token `i`'s word as written (before a possessive `'s`). */
export function valueEnd(tokens: Tokens, i: number): number {
  return (tokens.flags[i] & POSSESSIVE) !== 0 ? tokens.end[i] - 2 : tokens.end[i]
}

/** Token `i` as written, possessive `'s` excluded. */
export function valueAt(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.start[i], valueEnd(tokens, i))
}

/** Abbreviations that keep their period (lower case, no period). */
const abbreviations = new Set(periodAbbreviations)

const upperRe = /^\p{Lu}/u
const initialismRe = /^(?:\p{Lu}\.)+\p{Lu}$/u

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

/** The columns of a token table, in one buffer (one allocation a story). */
interface Columns {
  start: Int32Array
  end: Int32Array
  word: Int32Array
  flags: Uint8Array
}

/** Columns for `count` tokens (13 bytes each), holding the rows of `from` (a smaller table) when given. */
function columns(count: number, from?: Columns): Columns {
  const buffer = new ArrayBuffer(count * 13)
  const to: Columns = {
    start: new Int32Array(buffer, 0, count),
    end: new Int32Array(buffer, count * 4, count),
    word: new Int32Array(buffer, count * 8, count),
    flags: new Uint8Array(buffer, count * 12, count)
  }
  if (from) {
    to.start.set(from.start)
    to.end.set(from.end)
    to.word.set(from.word)
    to.flags.set(from.flags)
  }
  return to
}

/**
 * Tokenize `text` into words.
 *
 * @param text The input.
 * @param skip Ranges to leave out, in order and disjoint (a word is not cut: one that starts before a range ends
 *   where it ends).
 * @returns The token table.
 */
export function tokenize(text: string, skip: ReadonlyArray<{start: number; end: number}> = []): Tokens {
  const length = text.length
  // The characters read: ranges left out hold no word.
  let read = length
  for (const range of skip) read -= range.end - range.start
  // About one word per 5–6 characters of prose: rarely grown.
  let capacity = (read >> 2) + 16
  let table = columns(capacity)
  // About one new word per ten characters of a short story.
  const interner = createInterner(read >> 3)
  const words = interner.words
  let count = 0
  let at = 0
  let k = 0
  while (at < length) {
    // Ranges left out (paragraphs dense with quotation marks): jump over them.
    while (k < skip.length && skip[k].end <= at) k++
    if (k < skip.length && skip[k].start <= at) {
      at = skip[k].end
      continue
    }
    // Find the start of a word.
    const code = text.charCodeAt(at)
    if (!startsWord(text, at, code)) {
      at += code >= 0xd800 && code <= 0xdbff ? 2 : 1
      continue
    }
    const start = at
    at = joinedWordEnd(text, at)
    let end = at
    let flag = 0
    const size = at - start
    const apostrophe = size > 2 ? text.charCodeAt(at - 2) : 0
    const last = text.charCodeAt(at - 1)
    let id: number
    if ((apostrophe === 39 || apostrophe === 0x2019) && (last === 115 || last === 83)) {
      flag = POSSESSIVE
      id = internRange(interner, text, start, at - 2)
    } else {
      id = internRange(interner, text, start, at)
      if (text.charCodeAt(end) === 46 && keepsPeriod(text, start, at, words[id])) {
        // The period is part of the word (`Mr.`, `U.S.`).
        end++
        id = internRange(interner, text, start, end)
      }
    }
    if (capitalWord(text, start, end)) flag |= CAPITAL
    if (count === capacity) {
      capacity *= 2
      table = columns(capacity, table)
    }
    table.start[count] = start
    table.end[count] = end
    table.word[count] = id
    table.flags[count] = flag
    count++
    at = end
  }
  return {
    text,
    length: count,
    start: table.start.subarray(0, count),
    end: table.end.subarray(0, count),
    flags: table.flags.subarray(0, count),
    word: table.word.subarray(0, count),
    words
  }
}

/** Whether the character at `at` (code unit `code`) starts a word: a letter or a digit. */
function startsWord(text: string, at: number, code: number): boolean {
  return code < 128 ? asciiWord(code) : startRe.test(charAt(text, at))
}

/** End of the word from `at` (a word character), over joiners inside it: `U.S`, `O'Neil`, `Ben-Shalom`, `AT&T`. */
function joinedWordEnd(text: string, at: number): number {
  const length = text.length
  at = wordEnd(text, at)
  while (at + 1 < length) {
    const joiner = text.charCodeAt(at)
    if (!(joiner === 46 || joiner === 39 || joiner === 0x2019 || joiner === 45 || joiner === 38)) break
    if (!startsWord(text, at + 1, text.charCodeAt(at + 1))) break
    at = wordEnd(text, at + 1)
  }
  return at
}

/**
 * Whether the word `[start, at)` (lower case `lower`) keeps the period after it: an abbreviation (`Mr.`), one
 * capital letter (an initial), an initialism (`U.S.`).
 */
function keepsPeriod(text: string, start: number, at: number, lower: string): boolean {
  // An initialism (`U.S`) holds a period already; one letter is one code unit.
  return (
    abbreviations.has(lower) ||
    (at - start === 1 && upperRe.test(text.charAt(start))) ||
    (lower.includes('.') && initialismRe.test(text.slice(start, at)))
  )
}

/** Whether the word `[start, end)` counts as capitalised: an upper-case first letter, or `al-Samani`. */
function capitalWord(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  return isUpper(first) || (first > 127 && upperRe.test(charAt(text, start))) || particleName(text, start, end)
}

/**
 * `al-Samani`, `el-Khatib`, `ad-Din`: an Arabic article joined to a capitalised name is a name word, written in
 * lower case by house style.
 */
function particleName(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start)
  if (a !== 97 && a !== 101) return false
  let at = start + 1
  const l = text.charCodeAt(at)
  if (a === 97 ? l !== 108 && l !== 100 && l !== 115 && l !== 116 && l !== 122 && l !== 114 && l !== 110 : l !== 108)
    return false
  at++
  if (text.charCodeAt(at) !== 45 || at + 2 >= end) return false
  return isUpper(text.charCodeAt(at + 1))
}

const startRe = /^[\p{L}\p{N}]/u
const innerRe = /^[\p{L}\p{M}\p{N}]/u

function asciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** The character (code point) at `at`. */
function charAt(text: string, at: number): string {
  const code = text.charCodeAt(at)
  return code >= 0xd800 && code <= 0xdbff ? text.slice(at, at + 2) : text.charAt(at)
}

/** End of the letters, marks and digits from `at` (a word character). */
function wordEnd(text: string, at: number): number {
  const length = text.length
  at += charAt(text, at).length
  while (at < length) {
    const code = text.charCodeAt(at)
    if (code < 128) {
      if (!asciiWord(code)) break
      at++
      continue
    }
    // Invisible characters inside a word: C1 controls left by mis-decoded text (`JesÃ\u0083Âºs`), the soft
    // hyphen, zero-width joiners.
    if (code <= 0x9f || code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060) {
      if (at + 1 < length && innerRe.test(charAt(text, at + 1))) {
        at++
        continue
      }
      break
    }
    const char = charAt(text, at)
    if (!innerRe.test(char)) break
    at += char.length
  }
  return at
}

/**
 * Index of the first token whose start is at or after `offset` (binary search;
 * `tokens.length` when there is none).
 */
export function tokenAt(tokens: Tokens, offset: number): number {
  return firstAtOrAfter(tokens.start, offset, tokens.length)
}
