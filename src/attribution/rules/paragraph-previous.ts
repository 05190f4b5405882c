/**
 * Rule `paragraph-previous` (see its `doc`).
 *
 * @module
 */

import {ownSubject} from '../paragraph.js'
import {defineRule, takeOver} from '../rule.js'

/** Rule `paragraph-previous`. */
export const paragraphPrevious = defineRule({
  name: 'paragraph-previous',
  pass: 2,
  reads: ['attributions', 'before'],
  confidence: 0.9,
  local: false,
  passesOn: false,
  doc: `The quotation before it in the same paragraph is attributed: its speaker. Not for a quotation inside a writer's sentence whose own subject names someone (\`On Monday, Trump groused that CNN "…"\`), which goes to that subject (\`sentence-subject\`).`,
  examples: [],
  counterExamples: [],
  find(sieve, index) {
    if (ownSubject(sieve, index)) return null
    const previous = index > sieve.first ? sieve.attributions[index - 1] : null
    return previous ? takeOver(previous) : null
  }
})
