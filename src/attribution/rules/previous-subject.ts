/**
 * The sieve rule `previous-subject`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import type {QuotedRun} from '../../quotes/pair.js'
import {capitalAt, lowerAt, tokenAt} from '../../text/tokens.js'
import {resolve, type SieveContext} from '../context.js'
import {subjectAfter} from '../cues.js'
import {opensParagraph} from '../paragraph.js'
import {defineRule, type Finding} from '../rule.js'
import {openers, sentenceSubjectMention} from '../subjects.js'
import {wire} from './wire.js'

/** The subject that opens the paragraph before the quotation's. */
function findPreviousSubject(context: SieveContext, run: QuotedRun): Finding | null {
  const {tokens, text} = context
  const paragraph = context.paragraphs[run.paragraph - 1]
  if (!paragraph) return null
  const from = tokenAt(tokens, paragraph.start)
  if (from >= tokens.length || tokens.start[from] >= paragraph.end) return null
  if (/["“”«»]/.test(text.slice(paragraph.start, tokens.start[from] + 1))) return null
  let to = from
  // `At Brazille's direction, the DNC issued …`: an opening adverbial is no subject (the clause's subject is).
  const opened = openers.has(lowerAt(tokens, from))
  while (to < tokens.length && tokens.start[to] < paragraph.end && to - from < (opened ? 24 : 12)) to++
  if (opened) {
    const subject = sentenceSubjectMention(context, from, to)
    return subject && subject.kind !== 'nominal' ? {mention: subject, cue: null, clauseEnd: 0} : null
  }
  const phrase = subjectAfter(text, tokens, from, to, context.lexicon, true)
  // A lone capitalised word names someone only if the story names that person in full (`Rain fell …`).
  if (
    phrase &&
    phrase.to - phrase.from === 1 &&
    capitalAt(tokens, phrase.from) &&
    !context.registry.surnames.has(lowerAt(tokens, phrase.from))
  )
    return null
  const mention = resolve(context, phrase)
  if (!mention || !mention.entity || mention.kind === 'organisation') return null
  return {mention, cue: null, clauseEnd: 0}
}

/** Rule `previous-subject`. */
export const previousSubject = defineRule({
  name: 'previous-subject',
  pass: 2,
  reads: ['paragraph-before'],
  confidence: 0.5,
  local: false,
  passesOn: false,
  doc: `A paragraph that opens with a quotation, after a paragraph whose first words name a person (\`The UN representative also criticised …\`); after an opening adverbial, the clause's subject (\`At Brazile's direction, the DNC issued …\` → the DNC, an organisation too). A lone capitalised word counts only if the story names that person in full.`,
  examples: [
    {
      text: wire(`Ingrid Solberg walked along the empty quay on Monday.`, `"The storm is the worst in years."`),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [{text: wire(`Rain fell all week.`, `"The storm is the worst in years."`), speaker: 'Rain'}],
  find(sieve, index) {
    return opensParagraph(sieve, index) ? findPreviousSubject(sieve.context, sieve.context.runs[index]) : null
  }
})
