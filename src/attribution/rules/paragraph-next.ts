/**
 * The sieve rule `paragraph-next`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {tokenAt} from '../../text/tokens.js'
import {gapEndsSentenceOrLine} from '../../text/sentences.js'
import {ownSubject} from '../paragraph.js'
import {defineRule, takeOver, type SieveView} from '../rule.js'
import {cueAfter} from './cue-after.js'
import {sentenceCueAfter} from './sentence-cue-after.js'
import {wire} from './wire.js'

/**
 * `Pope Benedict XVI learned with "deep distress" of the "unlawful" ordination …, the Vatican said.`: the next
 * quotation of the same sentence is credited after it, by a cue that closes the sentence — the credit is the
 * source of the whole sentence, not its subject.
 */
function creditClosesSentence(sieve: SieveView, index: number): boolean {
  const {text, tokens, runs} = sieve.context
  const next = runs[index + 1]
  const found = index + 1 < sieve.last ? sieve.attributions[index + 1] : null
  const run = runs[index]
  if (
    !next ||
    !found ||
    !found.cue ||
    (found.rule !== sentenceCueAfter.name && found.rule !== cueAfter.name) ||
    next.paragraph !== run.paragraph ||
    !run.close ||
    !next.open
  )
    return false
  if (found.cue.from < tokenAt(tokens, next.close ? next.close.end : next.end)) return false
  const gap = text.slice(run.close.end, next.open.start)
  return gap.length < 200 && !gapEndsSentenceOrLine(gap)
}

/** Rule `paragraph-next`. */
export const paragraphNext = defineRule({
  name: 'paragraph-next',
  pass: 2,
  reads: ['attributions', 'before'],
  confidence: 0.85,
  local: false,
  passesOn: false,
  doc: `A quotation after it in the same paragraph is attributed: the speaker of the nearest one. Not for a quotation inside a writer's sentence whose own subject names someone, which goes to that subject (\`sentence-subject\`) — unless the next quotation is of the same sentence and credited by a cue after it that closes the sentence (\`Pope Benedict XVI learned with "deep distress" of the "unlawful" ordination …, the Vatican said.\` → the Vatican for both): the credit is the source of the whole sentence.`,
  examples: [
    {
      text: wire(
        `"The storm is the worst in years." Then came the answer: "The boats stay in port," Mayor Ingrid Solberg said.`
      ),
      quotation: 'The storm is the worst in years.',
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Union leader Lars Berg dismissed the warning as "panic" on Monday. "The boats stay in port," Mayor Ingrid Solberg said.`
      ),
      quotation: 'panic',
      speaker: 'Ingrid Solberg'
    }
  ],
  find(sieve, index) {
    if (ownSubject(sieve, index) && !creditClosesSentence(sieve, index)) return null
    const next = sieve.nextAttributed(index)
    return next ? takeOver(next) : null
  }
})
