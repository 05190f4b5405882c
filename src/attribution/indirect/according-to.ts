/**
 * `According to X, …` and `…, according to X.` (also without the comma: `… according to the poll`).
 *
 * @module
 */

import {capitalAt, lowerAt} from '../../text/tokens.js'
import {subjectAfter} from '../cues.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {clauseOpensAt, contentSpan, gap, sourceMention, type SentenceView} from './sentence.js'
import type {Construction} from './unit.js'

/** Longest source phrase before the comma that ends a leading `According to …,`. */
const SOURCE_WINDOW = 16

export const accordingTo: Construction = {
  name: 'according-to',
  doc: '`According to X, C` (the content after the comma that ends the source) and `C, according to X` (the content before it). The source is the noun phrase after `according to`.',
  examples: [
    {text: 'According to Mayor Ana Ruiz, the bridge will reopen in May.', content: 'the bridge will reopen in May', speaker: 'Ana Ruiz'},
    {text: 'Turnout was the lowest since 1990, according to Karl Vos of the election board.', content: 'Turnout was the lowest since 1990', speaker: 'Karl Vos'},
    {text: 'Prices rose 3 percent in March according to the statistics office.', content: 'Prices rose 3 percent in March', speaker: null}
  ],
  counterExamples: ['The seats were arranged according to height.'],
  readsAt: ['according'],
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens, text, lexicon} = view.context
    if (lowerAt(tokens, i) !== 'according' || i + 2 >= view.to || lowerAt(tokens, i + 1) !== 'to') return null
    const phrase = subjectAfter(text, tokens, i + 2, view.to, lexicon, true)
    if (!phrase) return null
    // A source is a name, a person or a document, not a measure (`according to height`).
    if (phrase.to - phrase.from === 1 && !capitalAt(tokens, phrase.from)) return null
    const mention = sourceMention(view, phrase)
    if (!mention) return null
    const cue = {from: i, to: i + 2, lemma: 'according to', strength: 0.9}
    let content: {start: number; end: number} | null
    if (clauseOpensAt(view, i) && i === view.from) {
      // The content starts after the comma that closes the source (`According to a statement from the party, …`).
      let k = phrase.to
      while (k < view.to && k - phrase.to < SOURCE_WINDOW && !/,/.test(gap(view, k - 1, k))) k++
      if (k >= view.to || k - phrase.to >= SOURCE_WINDOW) return null
      content = contentSpan(view, tokens.start[k], view.end)
    } else {
      content = contentSpan(view, view.start, tokens.start[i])
    }
    if (!content) return null
    return {start: content.start, end: content.end, mention, cue, rule: 'according-to', confidence: 0.85}
  }
}
