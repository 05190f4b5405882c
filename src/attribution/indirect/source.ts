/**
 * The source before a reporting verb: the clause's subject as `subjectBefore` reads it, and where that reader
 * gives up, three shapes of news copy it does not take — a subject set off by appositives it does not know
 * (`Dianne Feinstein, Democrat of California, said`, `Mr. Sperling, then 38, said`), a subject with a
 * prepositional phrase (`Developers and supporters in Congress say`) and a quantified one (`28 percent of
 * voters said`).
 *
 * @module
 */

import {capitalAt, lowerAt} from '../../text/tokens.js'
import {phraseEndingAt, prepositionObject, subjectAfter, type Phrase} from '../cues.js'
import {
  countWords,
  headPrepositions,
  irregularPasts,
  nounLikeForms,
  nounPhraseBreakers,
  parentheticalAdverbs,
  partyLetters,
  proportionDenominators,
  proportionPrefixes,
  subjectQuantityWords
} from '../../lexicon/indirect-sources.js'
import {nonContentOpeners} from '../../lexicon/reporting.js'
import {verbDeterminers} from '../../lexicon/verb-context.js'
import {calendarPeriods, dayParts, dayWords, periodDeictics} from '../../lexicon/time-words.js'
import {commaGap, clauseOpensAt, gap, subjectBeforeIn, type SentenceView} from './sentence.js'
import {verbOf} from './verbs.js'

/** Longest appositive segment, in words, and how many are skipped. */
const SEGMENT_WORDS = 14
const MAX_SEGMENTS = 3

/** Words of quantity before a subject (`just 28 percent of voters`, `about half of them`). */
const quantityWords = new Set(subjectQuantityWords)

const denominators = new Set(proportionDenominators)
const days = new Set(dayWords)
const parts = new Set(dayParts)
const periods = new Set(calendarPeriods)
const deictics = new Set(periodDeictics)

/**
 * The first token of a time phrase between a subject and its verb (`Clinton on Tuesday said`, `Trump last
 * week told`, `Ryan earlier this month argued`), or `cue` itself when there is none.
 */
function pastTimePhrase(view: SentenceView, cue: number): number {
  const {tokens} = view.context
  let k = cue
  const word = (n: number): string => (n >= view.from ? lowerAt(tokens, n) : '')
  if (parts.has(word(k - 1)) && days.has(word(k - 2))) k--
  if (days.has(word(k - 1))) {
    k--
    if (word(k - 1) === 'on') k--
  } else if (periods.has(word(k - 1)) && deictics.has(word(k - 2))) {
    k -= 2
    if (/^(?:earlier|later)$/.test(word(k - 1))) k--
  } else return cue
  // The time phrase sits between two words, not after a comma (`On Monday, …` opens the sentence).
  return k > view.from && !/[,;:]/.test(gap(view, k - 1, k)) ? k : cue
}

/** Whether the phrase opens its clause, past words of quantity before it (`Just 28 percent of voters`). */
function opens(view: SentenceView, phrase: Phrase): boolean {
  const {tokens} = view.context
  let k = phrase.from
  while (
    k > view.from &&
    k - phrase.from > -6 &&
    (quantityWords.has(lowerAt(tokens, k - 1)) || /^\d/.test(lowerAt(tokens, k - 1))) &&
    !/[,;:]/.test(gap(view, k - 1, k))
  )
    k--
  return clauseOpensAt(view, k)
}

/**
 * The subject of the reporting verb at token `cue` (its first token), opening its clause, or `null`.
 */
export function sourceBefore(view: SentenceView, cue: number): Phrase | null {
  return (
    subjectOf(view, cue) ??
    proportionBefore(view, cue) ??
    pastParenthetical(view, cue) ??
    pastLongAppositives(view, cue) ??
    openingNounPhrase(view, cue)
  )
}

/** The subject before token `cue`, as `subjectBefore` and the shapes of news copy above read it. */
function subjectOf(view: SentenceView, cue: number): Phrase | null {
  const {text, tokens, lexicon} = view.context
  cue = pastTimePhrase(view, cue)
  const phrase = subjectBeforeIn(view, cue)
  // `Sen. Lindsey Graham, R-S.C., a candidate, said`: the designation is an appositive (the long ones are read below).
  if (phrase && partyDesignation(view, phrase)) return null
  // `said Ann Weaver, who said …`: the antecedent of a relative `who` is the source wherever it stands.
  if (phrase && phrase.to < cue && lowerAt(tokens, phrase.to) === 'who') return phrase
  if (phrase) {
    if (!prepositionObject(text, tokens, phrase, view.from, cue)) return opens(view, phrase) ? phrase : null
    // `Developers and supporters in Congress say`: the head before the preposition.
    const head = phrase.from - 2 >= view.from ? phraseEndingAt(text, tokens, phrase.from - 2, view.from, lexicon) : null
    return head && !capitalAt(tokens, phrase.from - 1) && opens(view, head) ? {from: head.from, to: phrase.to} : null
  }
  // Appositives set off by commas: the first segment that opens the clause and is one noun phrase.
  if (cue - 1 < view.from || !commaGap(view, cue - 1, cue)) return null
  let end = cue
  for (let round = 0; round < MAX_SEGMENTS; round++) {
    let k = end - 1
    while (k > view.from && end - k < SEGMENT_WORDS && !/[,;:(]/.test(gap(view, k - 1, k))) k--
    if (end - k >= SEGMENT_WORDS) return null
    if (k === view.from || clauseOpensAt(view, k)) {
      const candidate = subjectAfter(text, tokens, k, end, lexicon, true)
      if (
        candidate &&
        (k === view.from || commaGap(view, k - 1, k) || clauseOpensAt(view, k)) &&
        commaGap(view, candidate.to - 1, candidate.to) &&
        capitalAt(tokens, candidate.to - 1) &&
        !partyDesignation(view, candidate)
      )
        return candidate
    }
    if (k <= view.from) return null
    end = k
  }
  return null
}

/** `R-S.C.`, `D-Md.`, `I-Vt.`: a party-and-state designation (one token), no speaker. */
const partyDesignationRe = new RegExp('^(?:' + partyLetters.join('|') + ')-[A-Z][A-Za-z.]*$')

/** Whether `phrase` is one party-and-state designation (`Sen. Lindsey Graham, R-S.C., a candidate, said`). */
function partyDesignation(view: SentenceView, phrase: Phrase): boolean {
  const {text, tokens} = view.context
  return (
    phrase.to - phrase.from === 1 &&
    partyDesignationRe.test(text.slice(tokens.start[phrase.from], tokens.end[phrase.from]))
  )
}

/** Multi-word entries by their words, longest first. */
function phrases(list: readonly string[]): ReadonlyArray<readonly string[]> {
  return list.map((entry) => entry.split(' ')).sort((a, b) => b.length - a.length)
}
const adverbPhrases = phrases(parentheticalAdverbs)
const countPhrases = phrases(countWords)
const prefixPhrases = phrases(proportionPrefixes)

/** The entry of `list` whose words end right before token `end` (after `floor`), as its first token, or -1. */
function entryEndingAt(view: SentenceView, list: ReadonlyArray<readonly string[]>, end: number): number {
  const {tokens} = view.context
  for (const words of list) {
    const from = end - words.length
    if (from < view.from) continue
    let ok = true
    for (let n = 0; ok && n < words.length; n++)
      ok = lowerAt(tokens, from + n) === words[n] && (n === 0 || !/[,;:]/.test(gap(view, from + n - 1, from + n)))
    if (ok) return from
  }
  return -1
}

/**
 * `Others, however, say …`, `She, too, said …`: the subject before an adverb set off by commas (a list of
 * the lexicon, `parentheticalAdverbs`).
 */
function pastParenthetical(view: SentenceView, cue: number): Phrase | null {
  const from = parentheticalStart(view, cue)
  if (from === cue) return null
  const phrase = subjectOf(view, from)
  return phrase && phrase.to === from ? phrase : null
}

/** The first token of an adverb set off by commas right before token `cue` (`Others, however, say`), or `cue`. */
export function parentheticalStart(view: SentenceView, cue: number): number {
  if (cue - 1 <= view.from || !commaGap(view, cue - 1, cue)) return cue
  const from = entryEndingAt(view, adverbPhrases, cue)
  return from > view.from && commaGap(view, from - 1, from) ? from : cue
}

/**
 * `six in 10 said …`, `About three in 10 said …`: a proportion standing as the subject (poll copy), opening
 * its clause; the words of the lexicon (`countWords`, `proportionPrefixes`) or digits.
 */
function proportionBefore(view: SentenceView, cue: number): Phrase | null {
  const {tokens} = view.context
  const k = cue - 1
  if (
    k - 2 < view.from ||
    lowerAt(tokens, k - 1) !== 'in' ||
    !(/^\d+$/.test(lowerAt(tokens, k)) || denominators.has(lowerAt(tokens, k)))
  )
    return null
  let from = /^\d+$/.test(lowerAt(tokens, k - 2)) ? k - 2 : entryEndingAt(view, countPhrases, k - 1)
  if (from < view.from) return null
  const prefix = entryEndingAt(view, prefixPhrases, from)
  if (prefix >= view.from) from = prefix
  return clauseOpensAt(view, from) ? {from, to: cue} : null
}

const adverbialOpeners = new Set(nonContentOpeners)

/** Longest stretch of appositives, relative clauses and parentheses between a subject and its verb, in words. */
const APPOSITIVE_WORDS = 40

/**
 * `Sen. Rand Paul (R-Ky.) said`, `Sen. Lindsey Graham, R-S.C., a long-shot candidate, said`, `Humphrey, who
 * calls Trump a "sociopath," said`, `Speaking on the show, Sen. Claire McCaskill (D-Mo.), who has endorsed
 * Clinton, said`: a verb right after a comma or a closing parenthesis whose subject is set off by long or
 * punctuated appositives. The subject is the first segment not opening with a preposition or a participle (from the sentence start or after a comma, up to 40
 * words back) that is a noun phrase ending in a capitalised word right before a comma or an opening parenthesis.
 */
function pastLongAppositives(view: SentenceView, cue: number): Phrase | null {
  const {text, tokens, lexicon} = view.context
  if (cue - 1 <= view.from || !/[,)]/.test(gap(view, cue - 1, cue))) return null
  const floor = Math.max(view.from, cue - APPOSITIVE_WORDS)
  // Segment starts, left to right: the sentence start and every token after a comma.
  for (let k = floor; k < cue - 1; k++) {
    if (k !== view.from && !commaGap(view, k - 1, k)) continue
    // Not an adverbial (`On Monday,`, `Speaking on the radio,`).
    const first = lowerAt(tokens, k)
    if (adverbialOpeners.has(first) || first.endsWith('ing')) continue
    const phrase = subjectAfter(text, tokens, k, cue, lexicon, true)
    if (!phrase || phrase.to >= cue || !capitalAt(tokens, phrase.to - 1) || partyDesignation(view, phrase)) continue
    if (!/^\s*[,(]/.test(gap(view, phrase.to - 1, phrase.to))) continue
    return phrase
  }
  return null
}

const breakers = new Set(nounPhraseBreakers)
const nounLike = new Set(nounLikeForms)
const pasts = new Set(irregularPasts)
const determiners = new Set(verbDeterminers)
const articles = new Set(['the', 'a', 'an'])
const headWords = new Set(headPrepositions)

/** Longest noun phrase read as a subject by {@link openingNounPhrase}, in words. */
const NOUN_PHRASE_WORDS = 12

/**
 * `The latest Reuters/Ipsos poll showed …`, `A 2009 report by the Center for Economic Research found …`,
 * `Republican activists clamoring to block him say …`: a stretch of up to twelve words that opens its clause
 * (sentence start, a comma, a linking word) right before the verb, with no punctuation of a clause inside, no
 * auxiliary, pronoun or subordinator (`nounPhraseBreakers`) and no other reporting verb, not opening with a
 * preposition or subordinator (`In 2010 the group said` is left to the subject reader). The source is its head:
 * the words before the first lower-case preposition, relative `who` or participle (`Developers and supporters`).
 */
export function openingNounPhrase(view: SentenceView, cue: number): Phrase | null {
  const {tokens} = view.context
  if (cue - 1 < view.from || nounLike.has(lowerAt(tokens, cue))) return null
  // `a group of 67 alleged mercenaries`, `led by wanted militants`: a number or a preposition before the form.
  const last = lowerAt(tokens, cue - 1)
  if (/^\d/.test(last) || adverbialOpeners.has(last) || determiners.has(last)) return null
  let from = cue
  while (from > view.from && cue - from < NOUN_PHRASE_WORDS && !opensPhrase(view, from)) {
    const between = gap(view, from - 1, from)
    // `Reuters/Ipsos`, `CNN/ORC`: a slash between names only.
    if (!/^\s*$/.test(between) && !(between === '/' && capitalAt(tokens, from - 1) && capitalAt(tokens, from)))
      return null
    if (!nounPhraseWord(view, from - 1)) return null
    from--
  }
  const first = lowerAt(tokens, from)
  // Not an adverbial or a verb (`In 2010 the group said`, `… and deleted an archive using a program called …`).
  if (from === cue || !opensPhrase(view, from) || adverbialOpeners.has(first)) return null
  if (!capitalAt(tokens, from) && /(?:ed|ing)$/.test(first)) return null
  let to = from + 1
  while (to < cue && !headEnds(view, to)) {
    // `The purchases complete the program …`: a second article inside the head is a clause, not a noun phrase.
    if (articles.has(lowerAt(tokens, to))) return null
    to++
  }
  return {from, to}
}

/**
 * Whether token `k` may stand inside a subject read by {@link openingNounPhrase}: no auxiliary, pronoun or
 * subordinator, no adverb in -ly, no reporting verb and no verb in the past (a lower-case word in -ed not
 * after a determiner, or an irregular past: `Egypt took a step back from plans …`).
 */
function nounPhraseWord(view: SentenceView, k: number): boolean {
  const {tokens} = view.context
  const lower = lowerAt(tokens, k)
  if (breakers.has(lower) || lower.endsWith('ly') || pasts.has(lower) || verbOf(view, k)) return false
  return capitalAt(tokens, k) || !lower.endsWith('ed') || (k > view.from && articles.has(lowerAt(tokens, k - 1)))
}

/** A sentence start, optionally past one linking word (`But a store owner said …`), not after a comma. */
function opensPhrase(view: SentenceView, k: number): boolean {
  return k === view.from || (k === view.from + 1 && clauseOpensAt(view, k) && /^\s+$/.test(gap(view, k - 1, k)))
}

/** Whether the head of a subject ends before token `k` (`Developers [in Congress]`, `activists [clamoring …]`). */
function headEnds(view: SentenceView, k: number): boolean {
  const {tokens} = view.context
  if (capitalAt(tokens, k)) return false
  const lower = lowerAt(tokens, k)
  if (adverbialOpeners.has(lower) || headWords.has(lower) || lower === 'who') return true
  // `Scientists studying the effects`, `activists clamoring to block`; not `The rating agency`, `the acting US envoy`.
  if (!lower.endsWith('ing') || lower.length <= 4 || k + 1 >= view.to) return false
  const next = lowerAt(tokens, k + 1)
  return !capitalAt(tokens, k + 1) && (determiners.has(next) || adverbialOpeners.has(next) || /^\d/.test(next))
}
