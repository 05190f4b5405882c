/**
 * The windows of a quotation: the words of its sentence after the closing mark
 * and before the opening mark, bounded by the neighbouring quotations of its
 * paragraph and by a few dozen tokens (so attribution stays linear).
 *
 * @module
 */

import {clauseStarters} from '../lexicon/clause-words.js'
import {addresseeCueLemmas, creditTailOpeners} from '../lexicon/credit-words.js'
import {creditTitleSmallWords} from '../lexicon/quote-context.js'
import type {QuotedRun} from '../quotes/pair.js'
import {endsSentenceBefore as endsSentence, periodCloses, stopEndsSentence, stopGap} from '../text/sentences.js'
import {capitalAt, lowerAt, tokenAt} from '../text/tokens.js'
import type {RunWindows, SieveContext, Window} from './context.js'
import {cueAt} from './cues.js'

/** Longest windows, in tokens. */
const AFTER_TOKENS = 30
const BEFORE_TOKENS = 45

/** Cue lemmas whose object is the person addressed, not the speaker (`told Smith`). */
export const tellLemmas: ReadonlySet<string> = new Set(addresseeCueLemmas)

/** The tokens after the closing mark, to the end of the sentence (or the next run). */
function afterWindow(context: SieveContext, run: QuotedRun, nextStart: number): Window {
  const {tokens, text} = context
  const end = run.close ? run.close.end : run.end
  const paragraph = context.paragraphs[run.paragraph]
  const from = tokenAt(tokens, end)
  // `Trump said Clinton "caused death." Bernie Sanders called …`: a quotation that ends its sentence with a
  // period inside the marks, followed by a capitalised word, leaves nothing of its sentence after it
  // (`"…?" asked Borger` and `"…," he said` go on).
  // (So does a sentence end right after the closing mark: `"…5'2". You know what they say …`.)
  const closed =
    run.close !== null &&
    from < tokens.length &&
    capitalAt(tokens, from) &&
    (periodCloses(text, Math.max(run.start, run.close.start - 4), run.close.start) ||
      stopGap(text.slice(run.close.end, tokens.start[from])))
  let to = from
  const limit = Math.min(tokens.length, from + AFTER_TOKENS)
  while (to < limit && tokens.start[to] < nextStart && tokens.start[to] < paragraph.end) {
    if (to > from && endsSentence(text, text.slice(tokens.end[to - 1], tokens.start[to]), tokens, to)) break
    to++
  }
  // (Unless what follows is a bare credit that ends there: `"…." Song said.`, `"…." said Song on Tuesday.`)
  // (Not when the words go on into another quotation: `"…liar." Carly Fiorina said Ted Cruz "…"`.)
  if (closed && (!bareCredit(context, from, to) || (to < tokens.length && tokens.start[to] >= nextStart)))
    return {from, to: from}
  return {from, to}
}

/** Whether tokens `[from, to)` are a short credit: a cue among the first words, and at most a few after it. */
function bareCredit(context: SieveContext, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 6; k++) {
    const cue = cueAt(context.cues, context.tokens, k)
    if (cue) return (to - cue.to <= 3 || creditTail(context, cue.to, to)) && !tellLemmas.has(cue.lemma)
  }
  return false
}

/** Words that open the circumstances of a credit (`in an interview with Xinhua`, `on Tuesday`). */
const tailOpeners = new Set(creditTailOpeners)
/** Words that open a clause, not circumstances. */
const tailStops = new Set(clauseStarters)

/**
 * Whether tokens `[from, to)` after a cue are only its circumstances (`in a statement on Saturday`, `in an
 * exclusive interview with Xinhua`, `at a news conference`): at most ten words opened by a preposition or a word of
 * time, with no clause in them.
 */
export function creditTail(context: SieveContext, from: number, to: number): boolean {
  const {tokens, text} = context
  if (to - from > 10 || from >= to || !tailOpeners.has(lowerAt(tokens, from)) || capitalAt(tokens, from)) return false
  for (let k = from; k < to; k++) {
    if (tailStops.has(lowerAt(tokens, k)) || cueAt(context.cues, tokens, k)) return false
    if (k > from && /[,;:"“”]/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) return false
  }
  return true
}

/** The tokens before the opening mark, from the start of the sentence (or the previous run). */
function beforeWindow(context: SieveContext, run: QuotedRun, previousEnd: number): Window {
  const {tokens, text} = context
  const start = run.open ? run.open.start : run.start
  const paragraph = context.paragraphs[run.paragraph]
  const to = tokenAt(tokens, start)
  let from = to
  const limit = Math.max(0, to - BEFORE_TOKENS)
  while (
    from > limit &&
    tokens.start[from - 1] >= paragraph.start &&
    tokens.end[from - 1] <= start &&
    tokens.start[from - 1] >= previousEnd
  ) {
    // The sentence before ends at the opening mark (`… interest. "It's …`): nothing of it is in the window.
    // (A line break alone before the mark does not: wire copy is often wrapped.)
    if (
      from < to
        ? endsSentence(text, text.slice(tokens.end[from - 1], tokens.start[from]), tokens, from)
        : stopEndsSentence(text.slice(tokens.end[from - 1], start))
    )
      break
    from--
  }
  return {from, to}
}

/** Windows of the run `index` (bounded by the neighbouring runs of its paragraph). */
export function runWindows(context: SieveContext, index: number): RunWindows {
  const run = context.runs[index]
  const next = context.runs[index + 1]
  const previous = context.runs[index - 1]
  let nextStart = next && next.paragraph === run.paragraph && next.open ? next.open.start : Number.POSITIVE_INFINITY
  // `"…," Jeno Buzanszky, one of the members of the "Golden Team", told …`: a title in quotation marks inside
  // the credit does not end the window either.
  if (next && nextStart !== Number.POSITIVE_INFINITY && titleLike(context.text, next)) {
    const after = context.runs[index + 2]
    nextStart = after && after.paragraph === run.paragraph && after.open ? after.open.start : Number.POSITIVE_INFINITY
  }
  let previousEnd =
    previous && previous.paragraph === run.paragraph ? (previous.close ? previous.close.end : previous.end) : 0
  // `Podesta told NBC's "Meet the Press" that the campaign believes she "…"`: a title in quotation marks
  // inside the sentence does not end the window.
  if (previous && previousEnd > 0 && titleLike(context.text, previous)) {
    const before = context.runs[index - 2]
    previousEnd = before && before.paragraph === run.paragraph ? (before.close ? before.close.end : before.end) : 0
  }
  return {after: afterWindow(context, run, nextStart), before: beforeWindow(context, run, previousEnd)}
}

const titleCapitalRe = /^(?:\p{Lu}[\p{L}\p{N}'’-]*|\d[\p{L}\p{N}'’-]*)$/u
const titleSmallWords = new Set(creditTitleSmallWords)

/** Whether a run reads as a title (`"Meet the Press"`): a few capitalised words, no punctuation. */
function titleLike(text: string, run: QuotedRun): boolean {
  if (!run.open || !run.close || run.end - run.start > 60 || run.end <= run.start) return false
  const words = text.slice(run.start, run.end).split(' ')
  if (words.length > 8 || !/^\p{Lu}/u.test(words[0])) return false
  for (const word of words) if (!titleCapitalRe.test(word) && !titleSmallWords.has(word)) return false
  return true
}
