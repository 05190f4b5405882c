/**
 * The sieve rule `paragraph-previous`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {ownSubject} from '../paragraph.js'
import {defineRule, takeOver} from '../rule.js'
import {wire} from './wire.js'

/** Rule `paragraph-previous`. */
export const paragraphPrevious = defineRule({
  name: 'paragraph-previous',
  pass: 2,
  reads: ['attributions', 'before'],
  confidence: 0.9,
  local: false,
  passesOn: false,
  doc: `The quotation before it in the same paragraph is attributed: its speaker. Not for a quotation inside a writer's sentence whose own subject names someone (\`On Monday, Trump groused that CNN "…"\`), which goes to that subject (\`sentence-subject\`).`,
  examples: [
    {
      text: wire(`"The boats are old," Mayor Ingrid Solberg said on Monday. "The storm is the worst in years."`),
      quotation: 'The storm is the worst in years.',
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Mayor Ingrid Solberg called the storm "the worst in years" and union leader Lars Berg dismissed her warning as "panic".`
      ),
      quotation: 'panic',
      speaker: 'Ingrid Solberg'
    }
  ],
  find(sieve, index) {
    if (ownSubject(sieve, index)) return null
    const previous = index > sieve.first ? sieve.attributions[index - 1] : null
    return previous ? takeOver(previous) : null
  }
})
