/**
 * A noun of saying or thinking and its `that` clause: `X's claim that …`, `the report that …`, `news that …`,
 * `his belief that …`. The source is the possessor when there is one, else the noun phrase itself.
 *
 * @module
 */

import {reportingNouns} from '../../lexicon/reporting.js'
import {capitalAt, lowerAt, possessiveAt} from '../../text/tokens.js'
import {lookup} from '../../speakers/lookup.js'
import {phraseEndingAt} from '../cues.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {resolvePronoun, type SpeakerMention} from '../../speakers/index.js'
import {contentSpan, gap, sourceMention, type SentenceView} from './sentence.js'
import type {Construction} from './unit.js'
import {relativeThatFollowers} from '../../lexicon/indirect-clauses.js'

const nouns = new Set(reportingNouns)
/** Words after `that` that make it a relative pronoun (`the report that was released`), not a complementizer. */
const relativeNext = new Set(relativeThatFollowers)
/** Possessive pronouns and the subject pronoun resolved for them. */
const possessivePronouns: Readonly<Record<string, string>> = {his: 'he', her: 'she', their: 'they'}

export const reportingNoun: Construction = {
  name: 'reporting-noun',
  doc: "A noun of saying, thinking or a document (`claim`, `report`, `news`, `belief`; `src/lexicon/reporting.ts`) followed by `that` and a clause (not a relative `that`: `the report that was released`). The source is the possessor (`X's claim`, `his belief`); without one the noun names no source and nothing is read.",
  examples: [
    {
      text: "Mayor Ana Ruiz rejected Karl Vos's claim that the bridge was unsafe.",
      content: 'the bridge was unsafe',
      speaker: 'Karl Vos'
    },
    {
      text: 'Karl Vos repeated his warning that the currency was too strong.',
      content: 'the currency was too strong',
      speaker: 'Karl Vos'
    }
  ],
  counterExamples: [
    'The report that was released on Monday runs to 40 pages.',
    'Markets rallied on news that the central bank would hold rates.'
  ],
  readsAt: reportingNouns,
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens, text, lexicon} = view.context
    const lower = lowerAt(tokens, i)
    if (!nouns.has(lower) || capitalAt(tokens, i) || i + 2 >= view.to) return null
    if (
      lowerAt(tokens, i + 1) !== 'that' ||
      !/^[ \t\u00a0]+$/.test(gap(view, i, i + 1)) ||
      relativeNext.has(lowerAt(tokens, i + 2))
    )
      return null
    // The source: the possessor (`Vos's claim`, `his belief`), else the noun phrase.
    const previous = i - 1
    let mention: SpeakerMention | null
    const pronoun = previous >= view.from ? lookup(possessivePronouns, lowerAt(tokens, previous)) : undefined
    if (previous >= view.from && possessiveAt(tokens, previous)) {
      const phrase = phraseEndingAt(text, tokens, previous, view.from, lexicon)
      mention = phrase ? sourceMention(view, phrase) : null
    } else if (pronoun) {
      const start = tokens.start[previous]
      const {registry, history} = view.context
      mention = {
        entity: resolvePronoun(registry, history, pronoun, start),
        kind: 'pronoun',
        start,
        end: tokens.end[previous]
      }
    } else {
      // Without a possessor the noun names no source (`the notion that …`, `news that …`).
      return null
    }
    if (!mention) return null
    const content = contentSpan(view, tokens.start[i + 2], view.end)
    if (!content) return null
    return {
      start: content.start,
      end: content.end,
      mention,
      cue: {from: i, to: i + 1, lemma: lower, strength: 0.7},
      rule: 'reporting-noun',
      confidence: 0.7
    }
  }
}
