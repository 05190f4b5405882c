/**
 * `In a CBS News poll, she led Sanders 56 percent to 32 percent`, `In the video, the man appears to shove
 * him`: a leading `In` + a document (src/lexicon/indirect-sources.ts `documentNouns`; not an interview or a
 * speech, whose speaker is the clause's subject) reports the
 * clause after its comma when no verb of saying does (`In a statement, Ruiz said …` is read by
 * `reported-clause`). The source is the document's phrase.
 *
 * @module
 */

import {documentNouns} from '../../lexicon/indirect-sources.js'
import {lowerAt} from '../../text/tokens.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {commaGap, contentSpan, gap, sourceMention, type SentenceView} from './sentence.js'
import {finite} from './reported-clause.js'
import type {Construction} from './unit.js'
import {verbIn} from './verbs.js'

/** Longest `In …,` phrase, in words. */
const PHRASE_WINDOW = 14
/** How far into the content a verb of saying is looked for (`In a statement, the mayor's office said …`). */
const VERB_WINDOW = 30

const documents = new Set(documentNouns)

export const inDocument: Construction = {
  name: 'in-document',
  doc: '`In a poll/survey/report/video …, C` at the start of a sentence: the clause after the comma, when no reporting verb follows in it (`In a statement, X said …` is `reported-clause`). The source is the phrase after `In` (`a CBS News poll`).',
  examples: [
    {
      text: 'In a harbour board survey last week, most ferry riders wanted later sailings.',
      content: 'most ferry riders wanted later sailings',
      speaker: null
    },
    {
      text: 'In the video, the captain appears to wave the boat away from the pier.',
      content: 'the captain appears to wave the boat away from the pier',
      speaker: null
    }
  ],
  counterExamples: [
    'In a statement, Mayor Ana Ruiz said the ferry would sail.',
    'In an interview with the Brevik Gazette, Mayor Ana Ruiz praised the ferry crews.',
    'In the harbour, the boats stayed tied up all week.',
    'In a poll released Monday'
  ],
  readsAt: ['in'],
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens} = view.context
    if (i !== view.from || lowerAt(tokens, i) !== 'in') return null
    // The phrase runs to the first comma; a document noun heads it.
    let comma = -1
    let head = -1
    for (let k = i + 1; k < view.to && k - i <= PHRASE_WINDOW; k++) {
      if (documents.has(lowerAt(tokens, k)) && head < 0) head = k
      if (/[;:]/.test(gap(view, k - 1, k))) return null
      if (commaGap(view, k, k + 1)) {
        comma = k + 1
        break
      }
    }
    if (head < 0 || comma < 0 || comma >= view.to) return null
    for (let k = comma; k < view.to && k - comma < VERB_WINDOW; k++) {
      const verb = verbIn(view, k)
      // (`In this poll, 67 percent say …`: a plain form after a plural subject too.)
      if (
        verb &&
        verb.verb.kind === 'speech' &&
        (verb.form === 'past' || verb.form === 'present' || (verb.form === 'plain' && finite(view, verb)))
      )
        return null
    }
    const mention = sourceMention(view, {from: i + 1, to: comma})
    const content = contentSpan(view, tokens.start[comma], view.end)
    if (!content) return null
    return {
      start: content.start,
      end: content.end,
      mention,
      cue: {from: i, to: i + 1, lemma: 'in', strength: 0.7},
      rule: 'in-document',
      confidence: 0.65
    }
  }
}
