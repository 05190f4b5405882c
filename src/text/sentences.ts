/**
 * Where sentences end, for every stage: the one place that decides it.
 *
 * A sentence of wire copy ends at `.`, `!` or `?` before white space; closing
 * quotation marks and brackets may stand between (`…ready.” He`). Abbreviations
 * keep their period inside their word token (`Sen.`, `U.S.`: see `tokens.ts`),
 * so between two word tokens a stop is a sentence end. Stages ask the question
 * in slightly different ways, and each way is a function here, named for what
 * it tests:
 *
 * - between two words (the gap between two tokens): {@link stopThenSpace} (a stop,
 *   then white space anywhere after it: how paragraphs are cut into sentences),
 *   {@link gapEndsSentence} (a stop, closers only, then white space; a blank line; a
 *   stop ending the gap: how attribution windows stop), {@link endsSentenceBefore}
 *   (the same, not before a lower-case word), {@link gapEndsSentenceOrLine} (a stop,
 *   closers, white space; or any line break);
 * - at a quotation's marks: {@link periodCloses} (a period inside the closing mark),
 *   {@link stopGap} (a stop right after it), {@link endsWithStop};
 * - character scans without tokens (after the tree is built): {@link sentenceStartBefore},
 *   {@link sentenceEndAfter} (short capitalised words before a period are
 *   abbreviations);
 * - cutting long paragraphs for the nlcst tokenizer: {@link lastSentenceBreak} (a stop
 *   before a capital);
 * - whether a word opens a sentence: {@link opensSentence}.
 *
 * A line break alone ends no sentence where the question is about words
 * (hard-wrapped wire copy breaks lines inside sentences); a blank line does.
 *
 * @module
 */

import {isSpaceAt} from './space.js'
import type {TextRange} from './range.js'
import {capitalAt, type Tokens} from './tokens.js'

/** Whether `code` is a sentence stop: `.`, `!` or `?`. */
export function isStopCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63
}

/**
 * Whether the gap `[from, to)` between two words holds a stop followed, anywhere after it in the gap, by white
 * space (space, tab, line break, no-break space): `. `, `." `, `.) `, `.-- `.
 */
export function stopThenSpace(text: string, from: number, to: number): boolean {
  let sawStop = false
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (isStopCode(code)) sawStop = true
    else if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0) {
      if (sawStop) return true
    }
  }
  return false
}

/**
 * The sentences of a story's paragraphs, flat: sentence `n` runs from `starts[n]` to `ends[n]`, and paragraph
 * `p`'s sentences are `first[p]` to `first[p + 1]` (exclusive). Three lists of numbers, not an object a sentence
 * and a list a paragraph: they live through the whole speech stage, and on a page of tiny paragraphs those held
 * some 150 bytes a paragraph and cost the garbage collector as much again ({@link sentencesOf} makes the
 * ranges of one paragraph when they are read). Typed arrays, sized once for the most sentences there can be: the
 * garbage collector neither scans nor copies them (plain lists that large are made in the large-object space
 * and scanned at each full collection), and their unused tail costs memory the system has not handed out yet.
 */
export interface Sentences {
  starts: Int32Array
  ends: Int32Array
  /** One more than there are paragraphs: the last is the number of sentences. */
  first: Int32Array
}

/**
 * The sentences of each paragraph, read from the word tokens: a sentence ends where the gap after a word holds
 * {@link stopThenSpace}; it runs to the next word (the gap is its own). The last sentence of a paragraph runs to
 * the paragraph's end.
 *
 * @param paragraphs In order and disjoint.
 */
export function sentenceRanges(text: string, tokens: Tokens, paragraphs: readonly TextRange[]): Sentences {
  // Sized up front (at most a sentence a word and one more a paragraph), cut to length at the end: on a page of
  // tiny paragraphs, growing three lists of hundreds of thousands of numbers a push at a time cost twice the
  // rest of the work.
  const most = tokens.length + paragraphs.length
  const starts = new Int32Array(most)
  const ends = new Int32Array(most)
  const first = new Int32Array(paragraphs.length + 1)
  let count = 0
  let i = 0
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]
    first[p] = count
    while (i < tokens.length && tokens.start[i] < paragraph.start) i++
    let start = paragraph.start
    while (i < tokens.length && tokens.end[i] <= paragraph.end) {
      const next = i + 1 < tokens.length ? tokens.start[i + 1] : paragraph.end
      const gapEnd = next < paragraph.end ? next : paragraph.end
      if (stopThenSpace(text, tokens.end[i], gapEnd) && !lowerCaseGoesOn(text, tokens, i + 1, gapEnd)) {
        starts[count] = start
        ends[count++] = gapEnd
        start = gapEnd
      }
      i++
    }
    if (start < paragraph.end) {
      starts[count] = start
      ends[count++] = paragraph.end
    }
  }
  first[paragraphs.length] = count
  return {starts: starts.subarray(0, count), ends: ends.subarray(0, count), first}
}

/**
 * Whether the word at token `next` (starting at `at`, the end of the gap before it) goes on with the sentence
 * after a stop: it opens with a lower-case ASCII letter and no line breaks before it, so the stop closed an
 * abbreviation (`Sen. Rand Paul (R-Ky.) said`, `the U.S. government`), not the sentence.
 */
function lowerCaseGoesOn(text: string, tokens: Tokens, next: number, at: number): boolean {
  if (next >= tokens.length || tokens.start[next] !== at) return false
  const code = text.charCodeAt(at)
  if (code < 97 || code > 122) return false
  for (let k = tokens.end[next - 1]; k < at; k++)
    if (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return false
  return true
}

/** The sentences of paragraph `p` (an index of the paragraphs `sentences` was made from), as ranges. */
export function sentencesOf(sentences: Sentences, p: number): TextRange[] {
  const ranges: TextRange[] = []
  for (let n = sentences.first[p]; n < sentences.first[p + 1]; n++)
    ranges.push({start: sentences.starts[n], end: sentences.ends[n]})
  return ranges
}

// A stop, closing marks or brackets only, then white space; a blank line; a stop (and one closing quotation
// mark) that ends the gap. (A line break alone ends no sentence: inside a paragraph it wraps the line.)
const sentenceGapRe = /[.!?]["”’)\]]*[\s]|[\n\r][ \t]*[\n\r]|[.!?]["”’]?$/
// A stop, closing marks or brackets, then white space; or a line break.
const sentenceOrLineRe = /[.!?]["”’)\]]*[\s]|[\n\r]/
const lineBreakRe = /[\n\r]/

/**
 * Whether the text between two words ends a sentence: a stop, closing marks or brackets only, then white space
 * (`." `); a blank line; or a stop (one closing quotation mark may follow) that ends the gap.
 */
export function gapEndsSentence(gap: string): boolean {
  return sentenceGapRe.test(gap)
}

/**
 * {@link gapEndsSentence}, except that a period before a lower-case word ends no sentence (`(D-Md.) said`) unless
 * the gap breaks the line. Without `tokens` (or with `next < 0`), the gap alone decides.
 *
 * @param next Index of the token after the gap.
 */
export function endsSentenceBefore(text: string, gap: string, tokens?: Tokens, next = -1): boolean {
  if (!sentenceGapRe.test(gap)) return false
  if (!tokens || next < 0 || capitalAt(tokens, next) || lineBreakRe.test(gap)) return true
  const code = text.charCodeAt(tokens.start[next])
  return !(code >= 97 && code <= 122)
}

/** Whether the text between two words ends a sentence (a stop, closers, white space) or breaks the line. */
export function gapEndsSentenceOrLine(gap: string): boolean {
  return sentenceOrLineRe.test(gap)
}

/**
 * Whether `gap` ends a sentence at a stop: it holds one, and {@link gapEndsSentence} (a blank line alone does not
 * count).
 */
export function stopEndsSentence(gap: string): boolean {
  return /[.!?]/.test(gap) && sentenceGapRe.test(gap)
}

/** Whether `gap` breaks the line. */
export function breaksLine(gap: string): boolean {
  return lineBreakRe.test(gap)
}

/** Whether the character before `end` is a stop (`…today.` ends with one). */
export function endsWithStop(text: string, end: number): boolean {
  return end > 0 && isStopCode(text.charCodeAt(end - 1))
}

/**
 * Whether `text[from, to)` ends with a period and white space only after it: the words of a quotation that end
 * its sentence inside the closing mark (`"… caused death."`).
 */
export function periodCloses(text: string, from: number, to: number): boolean {
  return /\.[\s]*$/.test(text.slice(from, to))
}

/** Whether `gap` is a stop and white space only (`". You know …`: the sentence ends right after the mark). */
export function stopGap(gap: string): boolean {
  return /^[.!?][\s]+$/.test(gap)
}

/** Whether a sentence can start at `at` (white space skipped, at most four characters): a capital, a digit or a mark. */
function startsSentenceAt(text: string, at: number): boolean {
  let i = at
  while (i < text.length && isSpaceAt(text, i) && i < at + 4) i++
  const char = text.charAt(i)
  return /[\p{Lu}\p{N}"“‘'(«„]/u.test(char)
}

/** Whether the period at `at` ends a short capitalised word (`Sen.`, `Mr.`, `Fla.`, `D.`): an abbreviation. */
function abbreviationBefore(text: string, at: number): boolean {
  let start = at
  while (start > 0 && at - start < 5 && /\p{L}/u.test(text.charAt(start - 1))) start--
  const length = at - start
  return length > 0 && length <= 3 && /\p{Lu}/u.test(text.charAt(start)) && !/\p{L}/u.test(text.charAt(start - 1))
}

/**
 * Start of the sentence holding `at`, read back over characters (no tokens) at most `reach` characters and not
 * before `floor`: after a line break, or after white space that follows a stop (closing marks and brackets may
 * stand between; a period after a short capitalised word is an abbreviation) and precedes a capital, a digit or
 * a mark. Else the limit.
 */
export function sentenceStartBefore(text: string, floor: number, at: number, reach: number): number {
  const limit = Math.max(floor, at - reach)
  for (let i = at - 1; i > limit; i--) {
    const char = text.charAt(i)
    if (char === '\n') return i + 1
    if (isSpaceAt(text, i) && startsSentenceAt(text, i + 1)) {
      let j = i - 1
      while (j >= limit && /["”’)\]]/.test(text.charAt(j))) j--
      const stop = text.charAt(j)
      if (stop === '!' || stop === '?' || (stop === '.' && !abbreviationBefore(text, j))) return i + 1
    }
  }
  return limit
}

/**
 * End of the sentence holding `at`, read on over characters at most `reach` characters and not after
 * `ceiling`: at a line break, or after a stop followed by white space. Else the limit.
 */
export function sentenceEndAfter(text: string, at: number, ceiling: number, reach: number): number {
  const limit = Math.min(ceiling, at + reach)
  for (let i = at; i < limit; i++) {
    const char = text.charAt(i)
    if (char === '\n') return i
    if ((char === '.' || char === '!' || char === '?') && isSpaceAt(text, i + 1)) return i + 1
  }
  return limit
}

const breakBeforeCapitalRe = /[.!?]["”’)\]]*[ \t\r\n]+(?=["“‘(\[]?\p{Lu})/gu

/**
 * Offset right after the last sentence break in `text[from, to)` — a stop, closing marks, white space, then a
 * capital (an opening mark or bracket may come first), all within the stretch —, or `-1`.
 */
export function lastSentenceBreak(text: string, from: number, to: number): number {
  let best = -1
  // (`matchAll` works on a copy of the expression: no `lastIndex` is shared between calls.)
  for (const match of text.slice(from, to).matchAll(breakBeforeCapitalRe)) best = from + match.index + match[0].length
  return best
}

/**
 * Whether token `k` opens a sentence, a quotation or a line: only spaces, opening marks and brackets stand
 * between it and a line break, a stop, a colon, an em dash or the start of the text.
 */
export function opensSentence(text: string, tokens: Tokens, k: number): boolean {
  let at = tokens.start[k] - 1
  while (at >= 0) {
    const code = text.charCodeAt(at)
    if (
      code === 32 ||
      code === 0xa0 ||
      code === 34 ||
      code === 0x201c ||
      code === 0x2018 ||
      code === 39 ||
      code === 40 ||
      code === 9
    ) {
      at--
      continue
    }
    return code === 10 || code === 13 || code === 46 || code === 33 || code === 63 || code === 58 || code === 0x2014
  }
  return true
}
