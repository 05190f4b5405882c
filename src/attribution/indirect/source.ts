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
import {clauseOpensAt, gap, subjectBeforeIn, type SentenceView} from './sentence.js'

/** Longest appositive segment, in words, and how many are skipped. */
const SEGMENT_WORDS = 14
const MAX_SEGMENTS = 3

/** Words of quantity before a subject (`just 28 percent of voters`, `about half of them`). */
const quantityWords = new Set(['just', 'only', 'about', 'nearly', 'almost', 'roughly', 'some', 'many', 'most', 'all', 'both', 'half', 'more', 'fewer', 'than', 'percent', 'of', 'over', 'under', 'around'])

const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today'])
const dayParts = new Set(['night', 'morning', 'afternoon', 'evening'])
const periods = new Set(['week', 'month', 'year', 'weekend', 'summer', 'fall', 'spring', 'winter'])

/**
 * The first token of a time phrase between a subject and its verb (`Clinton on Tuesday said`, `Trump last
 * week told`, `Ryan earlier this month argued`), or `cue` itself when there is none.
 */
function pastTimePhrase(view: SentenceView, cue: number): number {
  const {tokens} = view.context
  let k = cue
  const word = (n: number): string => (n >= view.from ? lowerAt(tokens, n) : '')
  if (dayParts.has(word(k - 1)) && weekdays.has(word(k - 2))) k--
  if (weekdays.has(word(k - 1))) {
    k--
    if (word(k - 1) === 'on') k--
  } else if (periods.has(word(k - 1)) && /^(?:last|this|next)$/.test(word(k - 2))) {
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
  while (k > view.from && k - phrase.from > -6 && (quantityWords.has(lowerAt(tokens, k - 1)) || /^\d/.test(lowerAt(tokens, k - 1))) && !/[,;:]/.test(gap(view, k - 1, k))) k--
  return clauseOpensAt(view, k)
}

/**
 * The subject of the reporting verb at token `cue` (its first token), opening its clause, or `null`.
 */
export function sourceBefore(view: SentenceView, cue: number): Phrase | null {
  const {text, tokens, lexicon} = view.context
  cue = pastTimePhrase(view, cue)
  const phrase = subjectBeforeIn(view, cue)
  if (phrase) {
    if (!prepositionObject(text, tokens, phrase, view.from, cue)) return opens(view, phrase) ? phrase : null
    // `Developers and supporters in Congress say`: the head before the preposition.
    const head = phrase.from - 2 >= view.from ? phraseEndingAt(text, tokens, phrase.from - 2, view.from, lexicon) : null
    return head && !capitalAt(tokens, phrase.from - 1) && opens(view, head) ? {from: head.from, to: phrase.to} : null
  }
  // Appositives set off by commas: the first segment that opens the clause and is one noun phrase.
  if (cue - 1 < view.from || !/,/.test(gap(view, cue - 1, cue))) return null
  let end = cue
  for (let round = 0; round < MAX_SEGMENTS; round++) {
    let k = end - 1
    while (k > view.from && end - k < SEGMENT_WORDS && !/[,;:(]/.test(gap(view, k - 1, k))) k--
    if (end - k >= SEGMENT_WORDS) return null
    if (k === view.from || clauseOpensAt(view, k)) {
      const candidate = subjectAfter(text, tokens, k, end, lexicon, true)
      if (candidate && (k === view.from || /,/.test(gap(view, k - 1, k)) || clauseOpensAt(view, k)) && /,/.test(gap(view, candidate.to - 1, candidate.to)) && capitalAt(tokens, candidate.to - 1)) return candidate
    }
    if (k <= view.from) return null
    end = k
  }
  return null
}
