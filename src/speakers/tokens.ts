/**
 * Word tokens over the whole input, made once per parse (linear), so that
 * attribution windows and name scans work on token indices.
 *
 * @module
 */

import {firstStartingAt} from '../util/bisect.js'

/** A word of the input. */
export interface Token {
  start: number
  end: number
  /** The word as written, possessive `'s` excluded. */
  value: string
  /** Lower case of `value`. */
  lower: string
  /** Starts with an upper-case letter. */
  capital: boolean
  /** Followed by a possessive `'s` / `’s` (included in `end`). */
  possessive: boolean
}

/** Abbreviations that keep their period (lower case, no period). */
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'maj', 'sgt', 'adm', 'cmdr',
  'rev', 'fr', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'atty', 'supt', 'det', 'hon', 'pres', 'sens', 'reps',
  'mt', 'ft', 'no', 'vs', 'messrs', 'mme', 'gens', 'insp', 'u.s', 'u.n', 'u.k', 'e.u', 'd.c', 'n.y', 'l.a'
])

const upperRe = /^\p{Lu}/u

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

/**
 * Tokenize `text` into words.
 *
 * @param text The input.
 * @param skip Ranges to leave out, in order and disjoint (a word is not cut: one that starts before a range ends
 *   where it ends).
 * @returns Tokens in order.
 */
export function tokenize(text: string, skip: ReadonlyArray<{start: number; end: number}> = []): Token[] {
  const tokens: Token[] = []
  const length = text.length
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
    if (!(code < 128 ? asciiWord(code) : startRe.test(charAt(text, at)))) {
      at += code >= 0xd800 && code <= 0xdbff ? 2 : 1
      continue
    }
    const start = at
    at = wordEnd(text, at)
    // Joiners inside a word: `U.S`, `O'Neil`, `Ben-Shalom`, `AT&T`.
    while (at + 1 < length) {
      const joiner = text.charCodeAt(at)
      if (!(joiner === 46 || joiner === 39 || joiner === 0x2019 || joiner === 45 || joiner === 38)) break
      const next = text.charCodeAt(at + 1)
      if (!(next < 128 ? asciiWord(next) : startRe.test(charAt(text, at + 1)))) break
      at = wordEnd(text, at + 1)
    }
    let value = text.slice(start, at)
    let end = at
    let possessive = false
    const size = value.length
    const apostrophe = size > 2 ? value.charCodeAt(size - 2) : 0
    const last = value.charCodeAt(size - 1)
    if ((apostrophe === 39 || apostrophe === 0x2019) && (last === 115 || last === 83)) {
      value = value.slice(0, -2)
      possessive = true
    } else if (text.charCodeAt(end) === 46) {
      const lower = value.toLowerCase()
      if (abbreviations.has(lower) || (value.length === 1 && upperRe.test(value)) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(value)) {
        value += '.'
        end++
      }
    }
    const first = value.charCodeAt(0)
    tokens.push({
      start,
      end,
      value,
      lower: value.toLowerCase(),
      capital: isUpper(first) || (first > 127 && upperRe.test(value)),
      possessive
    })
    at = end
  }
  return tokens
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
    const char = charAt(text, at)
    if (!innerRe.test(char)) break
    at += char.length
  }
  return at
}

/**
 * Index of the first token whose start is at or after `offset` (binary search).
 */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAt(tokens, offset)
}
