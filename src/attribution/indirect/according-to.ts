/**
 * `According to X, …` and `…, according to X.` (also without the comma: `… according to the poll`).
 *
 * @module
 */

import {capitalAt, lowerAt} from '../../text/tokens.js'
import {subjectAfter} from '../cues.js'
import {documentSources} from '../../lexicon/indirect-sources.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {commaGap, clauseOpensAt, contentSpan, gap, sourceMention, type SentenceView} from './sentence.js'
import type {Construction} from './unit.js'
import {creditInterruptEnders} from '../../lexicon/indirect-clauses.js'

const documents = new Set(documentSources)

/** Longest source phrase before the comma that ends a leading `According to …,`. */
const SOURCE_WINDOW = 16

export const accordingTo: Construction = {
  name: 'according-to',
  doc: '`According to X, C` (the content after the comma that ends the source; also after a colon), `C, according to X` (the content before it) and `A, according to X, B` (one span from A to B, the credit inside). The source is the noun phrase after `according to`; a leading source runs to its comma.',
  examples: [
    {
      text: 'According to Mayor Ana Ruiz, the bridge will reopen in May.',
      content: 'the bridge will reopen in May',
      speaker: 'Ana Ruiz'
    },
    {
      text: 'Turnout was the lowest since 1990, according to Karl Vos of the election board.',
      content: 'Turnout was the lowest since 1990',
      speaker: 'Karl Vos'
    },
    {
      text: 'Prices rose 3 percent in March according to the statistics office.',
      content: 'Prices rose 3 percent in March',
      speaker: null
    },
    {
      text: 'According to harbour records, the ferry sailed 300 times last year.',
      content: 'the ferry sailed 300 times last year',
      speaker: null
    },
    {
      text: 'Ticket sales, according to the ferry company, have doubled since May.',
      content: 'Ticket sales, according to the ferry company, have doubled since May',
      speaker: null
    },
    {
      text: 'The ferry line has added two boats, according to harbour planning documents.',
      content: 'The ferry line has added two boats',
      speaker: null
    },
    {
      text: 'Fares rose 4 percent, according to the fare tracker, which follows 30 ferry lines.',
      content: 'Fares rose 4 percent',
      speaker: null
    }
  ],
  counterExamples: ['The seats were arranged according to height.', 'The seats were arranged according to size.'],
  readsAt: ['according'],
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens, text, lexicon} = view.context
    if (lowerAt(tokens, i) !== 'according' || i + 2 >= view.to || lowerAt(tokens, i + 1) !== 'to') return null
    const leading = clauseOpensAt(view, i) && (i === view.from || /:/.test(gap(view, i - 1, i)))
    // The comma that closes the source (`According to a statement from the party, …`, `A, according to X, B`).
    let comma = i + 2
    while (comma < view.to && comma - i - 2 < SOURCE_WINDOW && !commaGap(view, comma - 1, comma)) comma++
    const closed = comma < view.to && comma - i - 2 < SOURCE_WINDOW
    let phrase = subjectAfter(text, tokens, i + 2, view.to, lexicon, true)
    // A leading source runs to its comma whatever its words (`According to exit polls,`, `According to a
    // complaint filed by the commission,`).
    if (leading && closed && (!phrase || phrase.to < comma)) phrase = {from: i + 2, to: comma}
    // `…, according to media buying sources.`, `…, according to state corporate records.`: a trailing source the
    // subject reader does not take runs to its comma or the sentence end.
    // (A name the reader took stays the source: `according to Karl Vos of the election board`.)
    if (
      !leading &&
      (closed || view.to - i - 2 <= SOURCE_WINDOW) &&
      (!phrase || (phrase.to < comma && !capitalAt(tokens, phrase.to - 1)))
    )
      phrase = {from: i + 2, to: comma}
    if (!phrase) return null
    // A source is a name, a person or a document, not a measure (`according to height`).
    if (
      phrase.to - phrase.from === 1 &&
      !capitalAt(tokens, phrase.from) &&
      !documents.has(lowerAt(tokens, phrase.from))
    )
      return null
    const mention = sourceMention(view, phrase)
    if (!mention) return null
    const cue = {from: i, to: i + 2, lemma: 'according to', strength: 0.9}
    let content: {start: number; end: number} | null
    if (leading) {
      if (!closed) return null
      content = contentSpan(view, tokens.start[comma], view.end)
    } else if (
      closed &&
      phrase.to === comma &&
      i > view.from &&
      commaGap(view, i - 1, i) &&
      view.to - comma >= 2 &&
      continues(view, comma)
    ) {
      // `Fundraising, according to the campaign, has surged`: the credit set inside its content (one span).
      content = contentSpan(view, view.start, view.end)
    } else {
      content = contentSpan(view, view.start, tokens.start[i])
    }
    if (!content) return null
    return {start: content.start, end: content.end, mention, cue, rule: 'according-to', confidence: 0.85}
  }
}

/** Words after the comma that closes a credit which start something other than the rest of its content (`…, according to the tracker, which follows 200 lenders`). */
const notContinuing = new Set(creditInterruptEnders)

/** Whether the words from token `k` carry on the content a credit interrupts (`Fundraising, according to X, has surged`). */
function continues(view: SentenceView, k: number): boolean {
  const word = lowerAt(view.context.tokens, k)
  return !notContinuing.has(word) && !word.endsWith('ing')
}
