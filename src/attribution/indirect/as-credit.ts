/**
 * `As X put it, …`, `as X said`, `…, as X noted.`: a credit in a clause of manner.
 *
 * @module
 */

import {capitalAt, lowerAt} from '../../text/tokens.js'
import {subjectAfter} from '../cues.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {commaGap, contentSpan, sourceMention, type SentenceView} from './sentence.js'
import type {Construction} from './unit.js'
import {verbIn} from './verbs.js'

export const asCredit: Construction = {
  name: 'as-credit',
  doc: '`As X put it, C` / `As X said, C` (the content after the comma) and `C, as X noted.` (the content before the credit). The verb is `put it` or a past or present reporting verb of speech, with nothing after it but the comma or the sentence end.',
  examples: [
    {
      text: "As Mayor Ana Ruiz put it, the bridge is the town's lifeline.",
      content: "the bridge is the town's lifeline",
      speaker: 'Ana Ruiz'
    },
    {
      text: 'The plan has no money behind it, as Karl Vos noted.',
      content: 'The plan has no money behind it',
      speaker: 'Karl Vos'
    }
  ],
  counterExamples: ['As Ana Ruiz left the hall, the crowd cheered.'],
  readsAt: ['as'],
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens, text, lexicon} = view.context
    if (lowerAt(tokens, i) !== 'as' || i + 2 >= view.to) return null
    const leading = i === view.from
    if (!leading && !commaGap(view, i - 1, i)) return null
    const phrase = subjectAfter(text, tokens, i + 1, view.to, lexicon, true)
    if (!phrase || phrase.to >= view.to) return null
    const k = phrase.to
    let cueEnd: number
    let lemma: string
    if (lowerAt(tokens, k) === 'put' && k + 1 < view.to && lowerAt(tokens, k + 1) === 'it') {
      cueEnd = k + 2
      lemma = 'put it'
    } else {
      const verb = verbIn(view, k)
      if (!verb || verb.verb.kind !== 'speech' || (verb.form !== 'past' && verb.form !== 'present')) return null
      cueEnd = verb.to
      lemma = verb.verb.lemma
    }
    // Nothing but a comma (leading) or the sentence end (trailing) after the credit.
    if (leading ? cueEnd >= view.to || !commaGap(view, cueEnd - 1, cueEnd) : cueEnd < view.to) return null
    if (!capitalAt(tokens, phrase.from) && phrase.to - phrase.from > 1 && lowerAt(tokens, phrase.from) === 'a')
      return null
    const mention = sourceMention(view, phrase)
    if (!mention) return null
    const content = leading
      ? contentSpan(view, tokens.start[cueEnd], view.end)
      : contentSpan(view, view.start, tokens.start[i])
    if (!content) return null
    return {
      start: content.start,
      end: content.end,
      mention,
      cue: {from: k, to: cueEnd, lemma, strength: 0.85},
      rule: 'as-credit',
      confidence: 0.8
    }
  }
}
