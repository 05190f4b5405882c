/**
 * One sentence as the constructions of indirect speech see it, and the helpers they share: gaps between
 * words, where a clause opens, the content span (trimmed, bounded, mostly outside quotation marks) and the
 * source's mention.
 *
 * @module
 */

import {subjectPronouns} from '../../lexicon/pronouns.js'
import type {Range} from '../../quotes/pair.js'
import {lookup} from '../../speakers/lookup.js'
import {lowerAt, valueEnd} from '../../text/tokens.js'
import {hasComma} from '../../text/gaps.js'
import {subjectBefore, type Phrase} from '../cues.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {resolvePhrase, type SpeakerMention} from '../../speakers/index.js'
import type {SieveContext} from '../context.js'
import {noSourceWords, subjectClauseLinks} from '../../lexicon/indirect-clauses.js'

/** A sentence: tokens `[from, to)`, offsets `[start, end)`. */
export interface SentenceView {
  context: SieveContext
  from: number
  to: number
  start: number
  end: number
  /** Quotation runs in or across the sentence, marks included, in order. */
  quoted: readonly Range[]
  /** Paraphrases found so far in the sentence (in the order of their cues). */
  found: FoundParaphrase[]
  /** The last cue token whose subject {@link subjectBeforeIn} read, and that subject. */
  subject?: {cue: number; phrase: Phrase | null}
}

/**
 * The subject before token `cue` of the sentence (`subjectBefore` from the sentence start), read once while
 * the constructions tried at one verb ask for it in turn. Only the last cue's is kept (`subjectBefore` is pure,
 * so asking again only costs time): a map of every cue grew with the sentence (a sentence of tens of thousands
 * of `said`s rehashed a map of as many entries).
 */
export function subjectBeforeIn(view: SentenceView, cue: number): Phrase | null {
  if (view.subject?.cue === cue) return view.subject.phrase
  const {text, tokens, lexicon} = view.context
  const phrase = subjectBefore(text, tokens, cue, view.from, lexicon)
  view.subject = {cue, phrase}
  return phrase
}

/** Longest content, in words after its first: a sentence without an end is not read to the end of the story. */
export const MAX_CONTENT_TOKENS = 150

/** The text between tokens `a` and `b` (white space and punctuation). */
export function gap(view: SentenceView, a: number, b: number): string {
  const {tokens, text} = view.context
  return text.slice(tokens.end[a], tokens.start[b])
}

/** Whether a comma stands between tokens `a` and `b` (as `/,/.test(gap(view, a, b))`, without making the string). */
export function commaGap(view: SentenceView, a: number, b: number): boolean {
  const {tokens, text} = view.context
  return hasComma(text, tokens.end[a], tokens.start[b])
}

/** Whether a comma (or other clause punctuation) stands right before token `k`. */
export function punctuatedBefore(view: SentenceView, k: number): boolean {
  return k > view.from && /[,;:(—–]|\s-\s/.test(gap(view, k - 1, k))
}

/** Whether a comma stands right after token `k` (`…, X said, …`). */
export function commaAfter(view: SentenceView, k: number): boolean {
  return k + 1 < view.to && /^[)]?,/.test(gap(view, k, k + 1))
}

/** Words that open a clause before its subject. */
const clauseLinks = new Set(subjectClauseLinks)

/** Whether a clause can open at token `k`: the sentence start, after punctuation or after a linking word. */
export function clauseOpensAt(view: SentenceView, k: number): boolean {
  if (k <= view.from) return true
  if (punctuatedBefore(view, k)) return true
  return clauseLinks.has(lowerAt(view.context.tokens, k - 1))
}

/** Share of `[start, end)` inside quotation runs (marks included). */
export function quotedShare(view: SentenceView, start: number, end: number): number {
  if (end <= start) return 0
  let inside = 0
  for (const run of view.quoted) {
    const from = Math.max(start, run.start)
    const to = Math.min(end, run.end)
    if (to > from) inside += to - from
  }
  return inside / (end - start)
}

/**
 * The content `[start, end)` trimmed of white space, commas, end punctuation and quotation marks at either
 * end, and cut after {@link MAX_CONTENT_TOKENS} words; `null` when fewer than `minWords` words (two) remain or when most of
 * it lies inside quotation marks (then it is a quotation, not indirect speech).
 */
export function contentSpan(
  view: SentenceView,
  start: number,
  end: number,
  minWords = 2
): {start: number; end: number} | null {
  const {text, tokens} = view.context
  let from = Math.max(start, view.start)
  let to = Math.min(end, view.end)
  while (from < to && /[\s,;:—–\-"“”'‘’«»(]/.test(text.charAt(from))) from++
  while (to > from && /[\s,.;:!?—–\-"“”'‘’«»)]/.test(text.charAt(to - 1))) to--
  if (to <= from) return null
  // Bounded: at most MAX_CONTENT_TOKENS words (tokens are in order; a linear scan from the first word).
  let words = 0
  let k = firstToken(view, from)
  while (k < view.to && tokens.start[k] < to) {
    words++
    if (words > MAX_CONTENT_TOKENS) {
      to = tokens.end[k - 1]
      break
    }
    k++
  }
  if (words < minWords) return null
  if (quotedShare(view, from, to) >= 0.5) return null
  return {start: from, end: to}
}

/** The first token of the sentence at or after `offset`. */
export function firstToken(view: SentenceView, offset: number): number {
  const {tokens} = view.context
  let low = view.from
  let high = view.to
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens.end[middle] <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether token `k` lies inside a quotation run (a cue inside quotation marks is the quoted speaker's word). */
export function insideQuotation(view: SentenceView, k: number): boolean {
  const at = view.context.tokens.start[k]
  for (const run of view.quoted) if (run.start <= at && at < run.end) return true
  return false
}

/** Words that stand for no source (`it said`, `this shows`, `there is`). */
const noSources = new Set(noSourceWords)

/**
 * The source's mention for the noun phrase `phrase`, resolved as quotations' speakers are (`resolvePhrase`);
 * an unnamed source that names nobody (`the poll`, `critics`) keeps its words with no speaker.
 */
export function sourceMention(view: SentenceView, phrase: Phrase): SpeakerMention | null {
  const {context} = view
  const {tokens} = context
  const last = lowerAt(tokens, phrase.to - 1)
  const mention = resolvePhrase(context.registry, context.history, phrase)
  if (mention) {
    if (mention.kind === 'pronoun' && !mention.entity && last === 'it') return null
    return mention
  }
  if (phrase.to - phrase.from === 1 && (noSources.has(last) || lookup(subjectPronouns, last))) return null
  if (noSources.has(last)) return null
  return {entity: null, kind: 'nominal', start: tokens.start[phrase.from], end: valueEnd(tokens, phrase.to - 1)}
}
