/**
 * A participle clause of reporting after a clause with a subject: `X spoke on Monday, saying …`, `…, adding
 * that …`, `…, citing …`, `…, arguing …`. Its source is the subject of the clause it hangs on.
 *
 * @module
 */

import {lowerAt} from '../../text/tokens.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {sentenceSubjectMention} from '../subjects.js'
import {complementEnd, complementStart} from './complement.js'
import {confidenceOf} from './reported-clause.js'
import {contentSpan, punctuatedBefore, type SentenceView} from './sentence.js'
import type {Construction} from './unit.js'
import {verbIn} from './verbs.js'
import {participleOpeners} from '../../lexicon/indirect-clauses.js'

/** Words that open an adverbial participle clause (`before saying`, `while insisting`). */
const openers = new Set(participleOpeners)

export const participleClause: Construction = {
  name: 'participle',
  doc: "A reporting verb in `-ing` after a comma (or `while`, `and`) reports for the subject of the clause it follows: the source of the last credit in the sentence, else the sentence's subject when it names someone: `Ana Ruiz spoke in Oslo, saying …`, `…, Ana Ruiz said, adding that …`, `…, citing …`.",
  examples: [
    {
      text: 'Mayor Ana Ruiz opened the bridge on Tuesday, saying the repairs had come in under budget.',
      content: 'the repairs had come in under budget',
      speaker: 'Ana Ruiz'
    },
    {
      text: 'Exports will fall, Karl Vos said, adding that the currency was too strong.',
      content: 'the currency was too strong',
      speaker: 'Karl Vos'
    },
    {
      text: 'Senator Mia Holt voted against the bill, citing its cost to rural hospitals.',
      content: 'its cost to rural hospitals',
      speaker: 'Mia Holt'
    }
  ],
  counterExamples: [
    'Saying goodbye is hard for everyone in the village.',
    'The building, housing a school and a clinic, was damaged.',
    'Ana Ruiz won the vote by promising lower taxes.'
  ],
  readsAt: 'verb',
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens} = view.context
    const verb = verbIn(view, i)
    if (!verb || verb.form !== 'gerund' || i <= view.from + 1) return null
    const previous = lowerAt(tokens, i - 1)
    if (!punctuatedBefore(view, i) && !openers.has(previous)) return null
    let mention = null
    for (let n = view.found.length - 1; n >= 0 && !mention; n--) {
      const found = view.found[n]
      if (found.cue.from < i && found.mention?.entity) mention = found.mention
    }
    mention ??= sentenceSubjectMention(view.context, view.from, i)
    if (!mention) return null
    const start = complementStart(view, verb)
    if (start < 0) return null
    const content = contentSpan(view, tokens.start[start], complementEnd(view, verb, start))
    if (!content) return null
    const confidence = confidenceOf(verb) * 0.95
    return {
      start: content.start,
      end: content.end,
      mention,
      cue: {from: verb.from, to: verb.to, lemma: verb.verb.lemma, strength: confidence},
      rule: 'participle',
      confidence
    }
  }
}
