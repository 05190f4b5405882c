/**
 * Word tokens over the whole input, made once per parse (linear), so that
 * attribution windows and name scans work on token indices.
 *
 * @module
 */

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

const wordRe = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu
const upperRe = /^\p{Lu}/u

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

/**
 * Tokenize `text` into words.
 *
 * @param text The input.
 * @returns Tokens in order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  wordRe.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordRe.exec(text))) {
    let value = match[0]
    let end = match.index + value.length
    let possessive = false
    const length = value.length
    const apostrophe = length > 2 ? value.charCodeAt(length - 2) : 0
    const last = value.charCodeAt(length - 1)
    if ((apostrophe === 39 || apostrophe === 0x2019) && (last === 115 || last === 83)) {
      value = value.slice(0, -2)
      possessive = true
    } else if (text.charAt(end) === '.') {
      const lower = value.toLowerCase()
      if (abbreviations.has(lower) || (value.length === 1 && upperRe.test(value)) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(value)) {
        value += '.'
        end++
      }
    }
    tokens.push({
      start: match.index,
      end,
      value,
      lower: value.toLowerCase(),
      capital: isUpper(value.charCodeAt(0)) || (value.charCodeAt(0) > 127 && upperRe.test(value)),
      possessive
    })
    wordRe.lastIndex = end
  }
  return tokens
}

/**
 * Index of the first token whose start is at or after `offset` (binary search).
 */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle].start < offset) low = middle + 1
    else high = middle
  }
  return low
}
