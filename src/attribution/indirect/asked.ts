/**
 * `Asked whether he would run, X said …`, `When asked by a reporter about the plan, X …`: a participle clause
 * of asking that opens the sentence reports the question put to the subject of the main clause. The content is
 * the question, from the word that opens it (`about`, `whether`, `if`, a `wh`-word, `to`) to the comma that
 * closes the participle clause; the source is whoever asked (`by a reporter`), and no one when the clause does
 * not say (a paraphrase without a mention).
 *
 * @module
 */

import {askedLeads, questionOpeners} from '../../lexicon/indirect-sources.js'
import {capitalAt, lowerAt} from '../../text/tokens.js'
import {subjectAfter} from '../cues.js'
import type {FoundParaphrase} from '../paraphrase.js'
import type {SpeakerMention} from '../../speakers/index.js'
import {commaGap, contentSpan, gap, sourceMention, type SentenceView} from './sentence.js'
import type {Construction} from './unit.js'

/** Longest stretch of circumstances between `asked` and the question (`Asked at a briefing on Monday in Oslo about …`). */
const CIRCUMSTANCE_WINDOW = 10
/** Longest question, in words, before the comma that closes the participle clause. */
const QUESTION_WINDOW = 40

const openers = new Set(questionOpeners)
const leads = new Set(askedLeads)

export const askedOpener: Construction = {
  name: 'asked',
  doc: '`Asked whether C, X said …`, `When asked by Y about C, X …`: a participle clause of asking that opens the sentence (`Asked`, or `When`/`After`/`If asked`). The content is the question from the word that opens it (`about`, `whether`, `if`, a wh-word, `to`), past circumstances (`at a briefing on Monday`), to the comma that closes the clause; the source is the asker after `by`, or none.',
  examples: [
    {
      text: 'Asked whether the ferry would sail on Sunday, Mayor Ana Ruiz said it was too early to tell.',
      content: 'whether the ferry would sail on Sunday',
      speaker: null
    },
    {
      text: 'When asked by Lars Berg about the harbour fees, the mayor shrugged.',
      content: 'about the harbour fees',
      speaker: 'Lars Berg'
    },
    {
      text: 'Asked at a briefing on Monday about the new pier, the minister declined to comment.',
      content: 'about the new pier',
      speaker: null
    }
  ],
  readsAt: ['asked'],
  counterExamples: [
    'The mayor asked whether the ferry would sail on Sunday.',
    'Asked and answered, the question was dropped by the council on Monday.',
    'Asked about the plan'
  ],
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens, text, lexicon} = view.context
    if (lowerAt(tokens, i) !== 'asked') return null
    const opensSentence = i === view.from && capitalAt(tokens, i)
    const afterLead =
      i === view.from + 1 &&
      leads.has(lowerAt(tokens, view.from)) &&
      capitalAt(tokens, view.from) &&
      !capitalAt(tokens, i)
    if (!opensSentence && !afterLead) return null
    let k = i + 1
    let mention: SpeakerMention | null = null
    if (k < view.to && lowerAt(tokens, k) === 'by') {
      const phrase = subjectAfter(text, tokens, k + 1, view.to, lexicon, true)
      if (phrase) {
        mention = sourceMention(view, phrase)
        k = phrase.to
      }
    }
    // Circumstances up to the question's first word (no comma: the clause would end there).
    while (k < view.to && k - i <= CIRCUMSTANCE_WINDOW && !openers.has(lowerAt(tokens, k))) {
      if (/[,;:]/.test(gap(view, k - 1, k))) return null
      k++
    }
    if (k >= view.to || !openers.has(lowerAt(tokens, k)) || /[,;:]/.test(gap(view, k - 1, k))) return null
    let end = k + 1
    while (end < view.to && end - k <= QUESTION_WINDOW && !commaGap(view, end - 1, end)) end++
    if (end >= view.to || end - k > QUESTION_WINDOW) return null
    const content = contentSpan(view, tokens.start[k], tokens.end[end - 1])
    if (!content) return null
    return {
      start: content.start,
      end: content.end,
      mention,
      cue: {from: i, to: i + 1, lemma: 'ask', strength: 0.8},
      rule: 'asked',
      confidence: 0.75
    }
  }
}
