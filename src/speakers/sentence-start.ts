/**
 * Sentence starts as the speaker stage reads them, in one place: a capital at
 * the start of a sentence, a quotation or a line says nothing about names
 * (`Hastily`, `Rival Hillary Clinton`), and a line in title case is a
 * headline whose capitals say nothing at all.
 *
 * These are the only places `src/speakers/` decides where a sentence or line
 * starts: `sentenceInitial` looks back over spaces, quotation marks and
 * brackets to a sentence end, a colon, a dash or a line break; `titleCaseLine`
 * measures the line of a token. (The sentence splitter of `src/text/` is to
 * answer `sentenceInitial` when the two are joined.)
 *
 * @module
 */

import {titleCaseWords as titleCaseWordList} from '../lexicon/headline-words.js'
import {opensSentence} from '../text/sentences.js'
import {capitalAt, lowerAt, type Tokens} from '../text/tokens.js'

const titleCaseWords = new Set(titleCaseWordList)

/**
 * Whether the token `k` opens a sentence, a quotation or a line (the text layer's `opensSentence`): before it,
 * over spaces, quotation marks and an opening bracket, the text starts or holds a line break, `.`, `!`, `?`, `:`
 * or `—`.
 */
export const sentenceInitial: (text: string, tokens: Tokens, k: number) => boolean = opensSentence

/** `Hastily`, `Celebrating`: an adverb or participle, not a first name (`Carly`, `Irving`). */
export function adverbLike(lower: string): boolean {
  return (lower.length >= 7 && lower.endsWith('ly')) || (lower.length >= 8 && lower.endsWith('ing'))
}

/**
 * A capitalised common word at a sentence start, before more capitalised words (`Hastily`, `Rival`): a word the
 * story also writes in lower case, or shaped like an adverb.
 *
 * @param lowerSeen By word id: 1 for the words the text also writes in lower case.
 */
export function commonAtStart(text: string, tokens: Tokens, k: number, lowerSeen: Uint8Array): boolean {
  if (k + 1 >= tokens.length || !capitalAt(tokens, k + 1)) return false
  if (!(lowerSeen[tokens.word[k]] === 1 || adverbLike(lowerAt(tokens, k)))) return false
  return sentenceInitial(text, tokens, k)
}

/**
 * The line of token `i` (its end offset) and whether it is written in title case: at least four words, three
 * quarters of them capitalised, two or more of them small words that only title case capitalises (one, in a
 * line of six words or more all capitalised).
 */
export function titleCaseLine(text: string, tokens: Tokens, i: number): {end: number; titleCase: boolean} {
  let end = text.indexOf('\n', tokens.start[i])
  if (end < 0) end = text.length
  const lineStart = text.lastIndexOf('\n', tokens.start[i]) + 1
  let k = i
  while (k > 0 && tokens.start[k - 1] >= lineStart) k--
  let words = 0
  let capitals = 0
  let small = 0
  for (; k < tokens.length && tokens.start[k] < end; k++) {
    words++
    if (!capitalAt(tokens, k)) continue
    capitals++
    if (titleCaseWords.has(lowerAt(tokens, k)) && tokens.start[k] > lineStart) small++
  }
  return {
    end,
    titleCase:
      words >= 4 && capitals * 4 >= words * 3 && (small >= 2 || (small === 1 && words >= 6 && capitals === words))
  }
}
