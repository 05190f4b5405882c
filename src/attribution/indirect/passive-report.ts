/**
 * `The bank is expected to raise rates`, `He is said to favour a deal`, `She is widely seen as the favourite`:
 * a passive of reporting whose source is left unsaid. The content is the whole clause, its subject included
 * (from where the clause opens to the sentence end); the paraphrase has no mention.
 *
 * @module
 */

import {passiveReports} from '../../lexicon/indirect-sources.js'
import {lowerAt} from '../../text/tokens.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {beForms, verbIn} from './verbs.js'
import {clauseOpensAt, contentSpan, type SentenceView} from './sentence.js'
import type {Construction} from './unit.js'
import {passiveAdverbs} from '../../lexicon/indirect-clauses.js'

/** Adverbs between the auxiliary and the participle (`is widely expected`, `was not expected`). */
const adverbs = new Set(passiveAdverbs)
/** Longest subject, in words, between where the clause opens and the auxiliary. */
const SUBJECT_WINDOW = 16

/** Relative pronouns that open the clause as its subject. */
const relatives = new Set(['who', 'which'])

const follows = new Map(passiveReports.map((entry) => [entry.participle, entry.then]))

export const passiveReport: Construction = {
  name: 'passive-report',
  doc: '`S is expected to C`, `S is said to C`, `S is widely seen as C`: a passive of reporting (participles of src/lexicon/indirect-sources.ts, each with the word after it) whose source is unsaid. The content is the clause with its subject, from where the clause opens (the sentence start, a comma, a linking word or a relative `who`/`which`, at most 16 words before the auxiliary) to the sentence end; no mention.',
  examples: [
    {
      text: 'The central bank is expected to raise its main rate on Thursday.',
      content: 'The central bank is expected to raise its main rate on Thursday',
      speaker: null
    },
    {
      text: 'But the mayor is not expected to seek a third term.',
      content: 'the mayor is not expected to seek a third term',
      speaker: null
    },
    {
      text: 'In the north, the ferry line is widely seen as a lifeline for the islands.',
      content: 'the ferry line is widely seen as a lifeline for the islands',
      speaker: null
    },
    {
      text: 'Voters may prefer a mayor who is expected to keep the ferry running.',
      content: 'who is expected to keep the ferry running',
      speaker: null
    }
  ],
  counterExamples: [
    'The bank said it expected to raise rates.',
    'The company said the sale is expected to close by the end of April.',
    'Results are expected on Monday.',
    'The ferry was seen in the harbour on Monday.'
  ],
  readsAt: [...beForms],
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens} = view.context
    if (!beForms.has(lowerAt(tokens, i)) || i === view.from) return null
    let k = i + 1
    while (k < view.to && adverbs.has(lowerAt(tokens, k))) k++
    const then = follows.get(lowerAt(tokens, k))
    if (then === undefined || k + 1 >= view.to || lowerAt(tokens, k + 1) !== then) return null
    // The subject: back from the auxiliary to where the clause opens.
    // (A relative clause opens at its pronoun: `a nominee who is expected to be moderate`.)
    let from = i - 1
    while (
      from > view.from &&
      i - from < SUBJECT_WINDOW &&
      !clauseOpensAt(view, from) &&
      !relatives.has(lowerAt(tokens, from))
    )
      from--
    if (!clauseOpensAt(view, from) && !relatives.has(lowerAt(tokens, from))) return null
    // Inside what a credit reports (`The company said the sale is expected to close …`): that credit's content.
    for (let k = view.from; k < i; k++) if (verbIn(view, k)) return null
    const content = contentSpan(view, tokens.start[from], view.end)
    if (!content) return null
    return {
      start: content.start,
      end: content.end,
      mention: null,
      cue: {from: i, to: k + 1, lemma: lowerAt(tokens, k), strength: 0.7},
      rule: 'passive-report',
      confidence: 0.65
    }
  }
}
