/**
 * Where the reported content starts after a reporting verb, and where it ends: past the person told
 * (`told reporters`, `assured them`), circumstances (`on Tuesday`, `in a statement to CNN`) and the
 * complementizer `that`; to the end of the sentence (a clause) or of the noun phrase's clause (an object).
 *
 * @module
 */

import {
  circumstanceWords,
  contentEnders,
  infinitiveVerbs,
  nonContentOpeners,
  tellObjects,
  tellVerbs,
  timeWords
} from '../../lexicon/reporting.js'
import {capitalAt, lowerAt} from '../../text/tokens.js'
import {commaGap, gap, MAX_CONTENT_TOKENS, type SentenceView} from './sentence.js'
import {titleCaseAround, verbOf, type VerbMatch} from './verbs.js'
import {complementOpeners, finiteAuxiliaries, objectClauseEnders} from '../../lexicon/indirect-clauses.js'

const tellers = new Set(tellVerbs)
const objects = new Set(tellObjects)
const circumstances = new Set(circumstanceWords)
const times = new Set(timeWords)
const nonOpeners = new Set(nonContentOpeners)
const infinitives = new Set(infinitiveVerbs)
const enders = new Set(contentEnders)

/** Words after a comma that open a new clause after an object (`praised the plan, but …`). */
const objectEnders = new Set(objectClauseEnders)

/** Longest stretch between a verb and its `that` (`said in an interview with the Post on Sunday that …`). */
const THAT_WINDOW = 14

/**
 * The token where the content of `verb` starts, or `-1` when nothing follows it in the sentence.
 * `that` is left out (docs/record.md: the clause reported, without `that`).
 */
export function complementStart(view: SentenceView, verb: VerbMatch): number {
  const {tokens} = view.context
  let k = verb.to
  if (k >= view.to) return -1
  // `said that …`
  if (lowerAt(tokens, k) === 'that' && !capitalAt(tokens, k)) return k + 1 < view.to ? k + 1 : -1
  // `said on Tuesday in a statement that …`, `told reporters that …`, `said, in a statement, that …`: a `that`
  // after circumstances only (a preposition, a time word, the person told opening the stretch).
  const first = lowerAt(tokens, k)
  const opener =
    circumstances.has(first) ||
    times.has(first) ||
    commaGap(view, k - 1, k) ||
    (tellers.has(verb.verb.lemma) && (objects.has(first) || capitalAt(tokens, k)))
  if (opener) {
    for (let t = k + 1; t < view.to && t - k <= THAT_WINDOW; t++) {
      const lower = lowerAt(tokens, t)
      if (lower === 'that' && !capitalAt(tokens, t)) return t + 1 < view.to ? t + 1 : -1
      // Another verb of saying or a sentence-like break: the `that` further on is not this verb's.
      if (verbOf(view, t) || /[;:]/.test(gap(view, t - 1, t))) break
    }
  }
  // `said Tuesday the plan …`: time words; `told reporters the plan …`, `told Interfax the plan …`: the person told.
  while (k < view.to && k - verb.to < 4 && times.has(lowerAt(tokens, k))) k++
  if (tellers.has(verb.verb.lemma) && k < view.to && objects.has(lowerAt(tokens, k))) k++
  // (Not in a headline in title case, where every word is capitalised: `Trump Warns Clinton Policy Would Fail`.)
  else if (tellers.has(verb.verb.lemma) && !(capitalAt(tokens, verb.from) && titleCaseAround(view, verb.from)))
    k = pastName(view, k)
  while (k < view.to && k - verb.to < 8 && times.has(lowerAt(tokens, k))) k++
  if (k >= view.to) return -1
  // Circumstances (`said in a statement`, `said as she left`) and a participle (`said, drawing cheers`) are
  // not what was said; an infinitive is, after a verb that takes one (`wants to run`).
  const lower = lowerAt(tokens, k)
  if (nonOpeners.has(lower) && !(lower === 'to' && infinitives.has(verb.verb.lemma))) return -1
  if (lower.endsWith('ing') && lower.length > 5 && !capitalAt(tokens, k) && commaGap(view, k - 1, k)) return -1
  return k
}

/**
 * Where the content of `verb` starting at token `from` ends (an offset): the sentence end for a clause; for a
 * noun phrase object (`praised the plan, but …`) the first comma, semicolon or dash after it.
 */
export function complementEnd(view: SentenceView, verb: VerbMatch, from: number): number {
  const {tokens} = view.context
  // `Ada Lind, who proposed the plan, said …`: the content of a relative clause ends before the main verb.
  const last = Math.min(view.to, from + MAX_CONTENT_TOKENS)
  const coordinated = coordinatedCredit(view, from, last)
  if (coordinated >= 0) return coordinated
  for (let k = from + 1; k < last; k++) {
    if (!commaGap(view, k - 1, k)) continue
    // `said she cannot be trusted, according to the poll`: the credit after a comma is not what was said.
    if (k + 1 < last && enders.has(lowerAt(tokens, k) + ' ' + lowerAt(tokens, k + 1))) return tokens.end[k - 1]
    const next = verbOf(view, k)
    if (next && (next.form === 'past' || next.form === 'present') && !capitalAt(tokens, k)) return tokens.end[k - 1]
  }
  if (verb.verb.takes !== 'object') return view.end
  // `favored Clinton, 72 percent to 8 percent`, `backed Trump 57 percent to 22 percent`: a name as the object
  // ends with the name, before a comma or a figure.
  const name = pastName(view, from)
  if (name > from && name < last && (commaGap(view, name - 1, name) || /^\d/.test(lowerAt(tokens, name))))
    return tokens.end[name - 1]
  for (let k = from + 1; k < last; k++) {
    const between = gap(view, k - 1, k)
    if (/[;:—–]|\s-\s/.test(between)) return tokens.end[k - 1]
    // A comma before a new clause ends the object; one inside a list (`cited A, B and C`) does not.
    if (
      /,/.test(between) &&
      (objectEnders.has(lowerAt(tokens, k)) || (lowerAt(tokens, k).endsWith('ing') && !capitalAt(tokens, k)))
    )
      return tokens.end[k - 1]
  }
  return view.end
}

/**
 * `X said A and said, "B"`, `X say A but noted that B`: a second reporting verb coordinated with the first
 * (`and`/`but` right before a past or present form, in lower case) reports content of its own; the first
 * content ends before the link (an offset, or -1 when there is none in `[from, last)`).
 */
function coordinatedCredit(view: SentenceView, from: number, last: number): number {
  const {tokens} = view.context
  for (let k = from + 2; k < last; k++) {
    if (!/^(?:and|but)$/.test(lowerAt(tokens, k - 1)) || capitalAt(tokens, k)) continue
    const next = verbOf(view, k)
    if (next && (next.form === 'past' || next.form === 'present') && next.verb.kind === 'speech')
      return tokens.end[k - 2]
  }
  return -1
}

/** Whether `that` opens the content of `verb` (right after it, or after circumstances). */
export function thatFollows(view: SentenceView, verb: VerbMatch): boolean {
  const start = complementStart(view, verb)
  return start > verb.to && lowerAt(view.context.tokens, start - 1) === 'that'
}

/** Words that open a clause as its subject or complementizer (`… believes he …`, `… found what …`). */
const clauseOpeners = new Set(complementOpeners)
/** Auxiliaries, modals and copulas: the finite verb of a clause within a few words marks it as one. */
const finiteWords = new Set(finiteAuxiliaries)

/**
 * Whether the content starting at token `k` of a verb of thought or evidence is a clause (`believes the plan
 * will fail`, `found that …`, `wants to run`), not a noun phrase object (`found sanctuary`, `finds its way`):
 * after `that`, a clause opener, an infinitive, or a finite auxiliary within six words with no comma.
 */
export function clauseLike(view: SentenceView, verb: VerbMatch, k: number): boolean {
  const {tokens} = view.context
  if (k > verb.to && lowerAt(tokens, k - 1) === 'that') return true
  const first = lowerAt(tokens, k)
  if (clauseOpeners.has(first)) return true
  if (first === 'to') return infinitives.has(verb.verb.lemma)
  for (let t = k + 1; t < view.to && t - k <= 6; t++) {
    if (/[,;:]/.test(gap(view, t - 1, t))) return false
    if (finiteWords.has(lowerAt(tokens, t))) return true
  }
  return false
}

/** The token after a capitalised name starting at `k` (the person or outlet told: `told Interfax`), or `k`. */
export function pastName(view: SentenceView, k: number): number {
  const {tokens} = view.context
  let n = k
  while (n < view.to && n - k < 5 && capitalAt(tokens, n) && (n === k || /^[ \t\u00a0]+$/.test(gap(view, n - 1, n))))
    n++
  return n
}
