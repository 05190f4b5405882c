/**
 * The sieve rule `colon-paragraph`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import type {QuotedRun} from '../../quotes/pair.js'
import {endsSentenceBefore as endsSentence} from '../../text/sentences.js'
import {tokenAt} from '../../text/tokens.js'
import type {SieveContext} from '../context.js'
import {lastCue} from '../credit-before.js'
import {opensParagraph} from '../paragraph.js'
import {defineRule, type Finding} from '../rule.js'
import {sentenceSubjectMention} from '../subjects.js'
import {wire} from './wire.js'

/** The last sentence of the paragraph before, when it ends with a colon: its cue and subject, else its subject. */
function findColonParagraph(context: SieveContext, run: QuotedRun): Finding | null {
  const {tokens, text} = context
  const paragraph = context.paragraphs[run.paragraph - 1]
  if (!paragraph) return null
  let end = paragraph.end
  while (end > paragraph.start && /\s/.test(text.charAt(end - 1))) end--
  if (text.charAt(end - 1) !== ':') return null
  const to = tokenAt(tokens, end)
  let from = to
  while (from > 0 && tokens.start[from - 1] >= paragraph.start && to - from < 40) {
    if (from < to && endsSentence(text, text.slice(tokens.end[from - 1], tokens.start[from]), tokens, from)) break
    from--
  }
  const window = {from, to}
  const found = lastCue(context, window)
  // (Found by a cue, the speaker passes on to the next part of a split quotation, as a local one does.)
  if (found)
    return {
      mention: found.mention,
      cue: found.cue,
      clauseEnd: found.clauseEnd,
      strength: found.strength,
      basis: 'cue',
      passesOn: true
    }
  const mention = sentenceSubjectMention(context, from, to)
  if (!mention) return null
  return {mention, cue: null, clauseEnd: 0, basis: 'subject'}
}

/** Rule `colon-paragraph`. */
export const colonParagraph = defineRule({
  name: 'colon-paragraph',
  pass: 2,
  reads: ['paragraph-before'],
  confidence: {cue: 0.85, subject: 0.7},
  local: false,
  passesOn: false,
  doc: `A quotation that opens its paragraph, after a paragraph that ends with a colon (\`Cruz continued:\`, \`The New York Times reports:\`, \`… released the following statement:\`): that sentence's cue and subject (basis \`cue\`), else its subject (basis \`subject\`).`,
  examples: [
    {
      text: wire(`Mayor Ingrid Solberg said in a statement:`, `"The boats stay in port until the wind drops."`),
      speaker: 'Ingrid Solberg'
    },
    {
      text: wire(`Union leader Lars Berg had a message for the company:`, `"Fix the boats or sell them."`),
      speaker: 'Lars Berg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Union leader Lars Berg had a message for the company.`,
        `Mayor Ingrid Solberg closed the quay:`,
        `"Nobody sails tonight."`
      ),
      speaker: 'Lars Berg'
    }
  ],
  find(sieve, index) {
    return opensParagraph(sieve, index) ? findColonParagraph(sieve.context, sieve.context.runs[index]) : null
  }
})
