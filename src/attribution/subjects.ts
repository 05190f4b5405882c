/**
 * Who a sentence or clause is about: the subject of the sentence (after an
 * opening adverbial), of a clause that opens inside it, of a clause reported by
 * a verb of saying; and the small tests on a cue's neighbourhood that the rules
 * share (an inverted cue, a relative clause, a new conjunct).
 *
 * @module
 */

import {beForms, innerClauseOpeners, leadAdverbs, sentenceOpeners} from '../lexicon/clause-words.js'
import {timeNouns} from '../lexicon/time-words.js'
import type {QuotedRun} from '../quotes/pair.js'
import {isPlace} from '../speakers/index.js'
import {capitalAt, lowerAt, tokenAt, type Tokens} from '../text/tokens.js'
import {hasComma} from '../text/gaps.js'
import {resolve, type SieveContext, type Window} from './context.js'
import {cueAt, phraseEndingAt, subjectAfter, type CueMatch, type Phrase} from './cues.js'
import type {SpeakerMention} from '../speakers/index.js'
import type {Finding} from './rule.js'
import {tellLemmas} from './windows.js'

/** Nouns of time that make `The day before,` an adverbial. */
const timeNounSet = new Set(timeNouns)
/** Words that open a sentence without being its subject. */
export const openers: ReadonlySet<string> = new Set(sentenceOpeners)
const leadAdverbSet = new Set(leadAdverbs)
/** The auxiliaries of a passive clause (`was greeted`). */
const passiveAuxiliaries = new Set(beForms.filter((word) => word !== 'be'))

/**
 * The subject of the sentence that starts at token `from` (before token `to`): its first noun phrase,
 * after an opening adverbial ending with a comma (`On Monday, Trump …`, `Speaking in Salem, Trump …`).
 * Only resolved entities count.
 */
export function sentenceSubjectMention(context: SieveContext, from: number, to: number): SpeakerMention | null {
  const {tokens, text} = context
  if (to - from < 1) return null
  let start = from
  // An opening participle (`Reached by phone, Bennett …`, `Asked about it, …`): a word in -ed before a
  // lower-case word.
  const first = lowerAt(tokens, from)
  const participle =
    first.length >= 6 &&
    first.endsWith('ed') &&
    from + 1 < to &&
    !capitalAt(tokens, from + 1) &&
    !context.registry.surnames.has(first)
  // A sentence adverb set off by a comma (`First, Trump …`, `Ironically, …`).
  // (Not a name in -ly: `Kelly, 54, referred …`, `Italy, the largest backer, …`.)
  const adverb =
    first.length >= 7 &&
    first.endsWith('ly') &&
    from + 1 < to &&
    /^,/.test(text.slice(tokens.end[from], tokens.start[from + 1])) &&
    !context.registry.surnames.has(first) &&
    !isPlace(tokens, from, from + 1)
  // A time phrase set off by a comma (`The day before, …`, `The next morning, …`): `the`, a time noun among
  // the next two words, a comma within four.
  let time = false
  if (first === 'the' && to - from > 3) {
    const noun = timeNounSet.has(lowerAt(tokens, from + 1)) || timeNounSet.has(lowerAt(tokens, from + 2))
    for (let k = from + 1; noun && k < to - 1 && k - from <= 3; k++) {
      if (capitalAt(tokens, k)) break
      if (/^,/.test(text.slice(tokens.end[k], tokens.start[k + 1]))) time = true
    }
  }
  if (openers.has(first) || participle || adverb || time) {
    // Skip to the first comma (bounded): `On Monday, …`.
    let k = from + 1
    while (k < to && k - from < 16 && !hasComma(text, tokens.end[k - 1], tokens.start[k])) k++
    if (k >= to || k - from >= 16) {
      if (leadAdverbSet.has(lowerAt(tokens, from))) start = from + 1
      else return null
    } else start = k
  }
  // The adverbial may run over more commas (`Speaking in Salem, New Hampshire, Trump …`, `…, which is set
  // to host the contest, Bush referred …`): the first segment that ends in no comma and names someone.
  for (let round = 0; round < 4 && start < to; round++) {
    const phrase = subjectAfter(text, tokens, start, Math.min(to, start + 10), context.lexicon, true)
    const comma = phrase && phrase.to < to && hasComma(text, tokens.end[phrase.to - 1], tokens.start[phrase.to])
    if (phrase && !(start > from && comma)) {
      const mention = resolve(context, phrase)
      return mention && mention.entity ? mention : null
    }
    // `In the call, Wisconsin Rep. Reid Ribble, who was elected …, casts Trump …`: a name set off by a comma
    // is the subject; a place so set off is the rest of the adverbial (`Salem, New Hampshire,`).
    // (`Concord, N.H.,`: an abbreviation that ends the phrase is a state.)
    if (
      phrase &&
      start > from &&
      !isPlace(tokens, phrase.from, phrase.to) &&
      capitalAt(tokens, phrase.to - 1) &&
      !/\.[\s]*$/.test(text.slice(tokens.start[phrase.to - 1], tokens.end[phrase.to - 1] + 1).replace(/,$/, ''))
    ) {
      const mention = resolve(context, phrase)
      if (mention && mention.entity && mention.kind !== 'nominal') return mention
    }
    if (start === from) return null
    // Next segment.
    let k = start + 1
    while (k < to && k - start < 16 && !hasComma(text, tokens.end[k - 1], tokens.start[k])) k++
    if (k >= to || k - start >= 16) return null
    start = k
  }
  return null
}

/** Words that open a clause inside a sentence, before its subject (`…, in which Clinton expressed …`). */
const clauseOpeners = new Set(innerClauseOpeners)

/**
 * The subject of the clause that holds the quotation, when a clause opens inside the sentence before it with a
 * name for subject (`…, in which Clinton expressed confidence that … "…"`, `such as when Cruz knocked Rubio
 * and called him a "…"`, `… while Trump refers to the governor as "…"`, `…, Ivanka Trump, who portrayed him as
 * "…"`): the nearest such clause, unless a new clause with its own subject starts after it (a comma before a
 * capitalised word).
 */
function clauseSubjectMention(context: SieveContext, from: number, to: number): SpeakerMention | null {
  const {tokens, text} = context
  const floor = Math.max(from, to - 40)
  for (let k = to - 1; k >= floor; k--) {
    if (k > from && hasComma(text, tokens.end[k - 1], tokens.start[k]) && capitalAt(tokens, k)) return null
    const lower = lowerAt(tokens, k)
    if (capitalAt(tokens, k) && k > from) continue
    let phrase: Phrase | null = null
    if (lower === 'who' && k > from && /^,[\s]*$/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) {
      phrase = phraseEndingAt(text, tokens, k - 1, from, context.lexicon)
      if (!phrase || !capitalAt(tokens, phrase.to - 1)) continue
    } else if (clauseOpeners.has(lower) && k + 1 < to && capitalAt(tokens, k + 1)) {
      phrase = subjectAfter(text, tokens, k + 1, Math.min(to, k + 11), context.lexicon, true)
      if (!phrase) continue
    } else continue
    // The clause's verb follows its subject (a lower-case word).
    const verb = lower === 'who' ? k + 1 : phrase.to
    if (
      verb >= to ||
      capitalAt(tokens, verb) ||
      !softGapAt(text, tokens, verb) ||
      isPlace(tokens, phrase.from, phrase.to)
    )
      continue
    // A passive clause (`…, who was greeted with chants of "…"`) names no speaker.
    if (passiveAuxiliaries.has(lowerAt(tokens, verb)) && verb + 1 < to && lowerAt(tokens, verb + 1).endsWith('ed'))
      continue
    const mention = resolve(context, phrase)
    if (mention && mention.entity && (mention.kind === 'name' || mention.kind === 'surname')) return mention
  }
  return null
}

/** Whether token `i` follows the token before it with white space only. */
export function softGapAt(text: string, tokens: Tokens, i: number): boolean {
  return i > 0 && /^[\s]+$/.test(text.slice(tokens.end[i - 1], tokens.start[i]))
}

/**
 * A quotation inside the opening adverbial of its sentence (`And in explaining why many of those "…" had not
 * been passed already, Clinton described …`): the name after the adverbial's comma, before its verb.
 */
function adverbialSubject(context: SieveContext, before: Window, after: Window): SpeakerMention | null {
  const {tokens, text} = context
  // (`Asked by Thrush if Clinton "gets" race, Sharpton …`: the words of a question are the asker's.)
  const first = lowerAt(tokens, before.from)
  if (after.to - after.from < 3 || !openers.has(first) || first === 'asked') return null
  for (let k = before.from + 1; k < before.to; k++) if (hasComma(text, tokens.end[k - 1], tokens.start[k])) return null
  for (let k = after.from + 1; k < after.to && k - after.from <= 12; k++) {
    if (!hasComma(text, tokens.end[k - 1], tokens.start[k])) continue
    const phrase = subjectAfter(text, tokens, k, Math.min(after.to, k + 10), context.lexicon, true)
    if (
      !phrase ||
      phrase.to >= after.to ||
      capitalAt(tokens, phrase.to) ||
      !softGapAt(text, tokens, phrase.to) ||
      isPlace(tokens, phrase.from, phrase.to)
    )
      return null
    const mention = resolve(context, phrase)
    return mention && mention.entity && (mention.kind === 'name' || mention.kind === 'surname') ? mention : null
  }
  return null
}

/**
 * The subject of a quotation's sentence, when the quotation stands inside the writer's sentence (words before
 * the opening mark) and the subject names someone: a clause's subject before it, else the sentence's, else
 * (given the window after) the name after an opening adverbial that holds the quotation.
 */
export function sentenceSubject(context: SieveContext, run: QuotedRun, window: Window, after?: Window): Finding | null {
  if (window.to - window.from < 2 || !run.open) return null
  const mention =
    clauseSubjectMention(context, window.from, window.to) ??
    sentenceSubjectMention(context, window.from, window.to) ??
    (after ? adverbialSubject(context, window, after) : null)
  if (!mention || mention.kind === 'nominal' || namesPlace(context, mention)) return null
  return {mention, cue: null, clauseEnd: 0}
}

/**
 * Whether a mention is the name of a place (`Velmaria faces "a long winter"`, `Velmaria, a key ally in the
 * "war on drugs", has …`): without a verb of saying a country or a city quotes no one.
 */
function namesPlace(context: SieveContext, mention: SpeakerMention): boolean {
  const {tokens} = context
  let from = tokenAt(tokens, mention.start)
  if (lowerAt(tokens, from) === 'the') from++
  return isPlace(tokens, from, tokenAt(tokens, mention.end))
}

/** Start of the last clause reported by a verb of saying in `[from, to)` (`said that |Yeo had written …`), else -1. */
export function reportedClause(context: SieveContext, from: number, to: number): number {
  const {tokens, cues} = context
  for (let k = to - 1; k > from; k--) {
    if (lowerAt(tokens, k) !== 'that' || capitalAt(tokens, k)) continue
    // The verb right before `that` (`said that`, not `repeated accusations that`).
    return cueAt(cues, tokens, k - 1) ? k + 1 : -1
  }
  return -1
}

/** The subject of the clause at `from` when it names someone (a name or a surname). */
export function namedSubject(context: SieveContext, from: number, to: number): SpeakerMention | null {
  const mention = sentenceSubjectMention(context, from, to)
  return mention && (mention.kind === 'name' || mention.kind === 'surname') ? mention : null
}

/** `The paradox of Nancy, says Carl Anthony, …`: a cue after a comma, followed by a name. */
export function invertedAt(context: SieveContext, i: number, cue: CueMatch, window: Window): boolean {
  const {tokens, text} = context
  if (
    i <= window.from ||
    cue.to >= window.to ||
    tellLemmas.has(cue.lemma) ||
    !capitalAt(tokens, cue.to) ||
    !/,[\s]*$/.test(text.slice(tokens.end[i - 1], tokens.start[i]))
  )
    return false
  // The name is followed by a comma or ends the sentence: `, says Carl Anthony, historian …`, not `, said Sanders has …`.
  const phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
  if (!phrase) return false
  return phrase.to >= window.to || /^[\s]*[,.;:]/.test(text.slice(tokens.end[phrase.to - 1], tokens.start[phrase.to]))
}

/** Whether `phrase` is followed by `, who` (it is the antecedent of a relative clause). */
export function relativeAntecedent(text: string, tokens: Tokens, phrase: Phrase): boolean {
  return (
    phrase.to < tokens.length &&
    lowerAt(tokens, phrase.to) === 'who' &&
    /^,[\s]*$/.test(text.slice(tokens.end[phrase.to - 1], tokens.start[phrase.to]))
  )
}

/** Whether token `i` is a lower-case `and`/`but` (a new conjunct). */
export function conjunctAt(context: SieveContext, i: number): boolean {
  return i < context.tokens.length && !capitalAt(context.tokens, i) && /^(?:and|but)$/.test(lowerAt(context.tokens, i))
}
