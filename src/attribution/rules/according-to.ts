/**
 * The sieve rule `according-to`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {creditAfter} from '../credit-after.js'
import {defineRule} from '../rule.js'
import {wire} from './wire.js'

/** Rule `according-to`. */
export const accordingTo = defineRule({
  name: 'according-to',
  pass: 1,
  reads: ['after'],
  confidence: 0.9,
  local: true,
  passesOn: true,
  scan: 'after',
  doc: `\`"…," according to X\` right after the closing mark. Read in the same scan as \`cue-after\`; indirect speech of the same name (\`indirect/according-to.ts\`) reads \`According to X, …\` and \`…, according to X.\` outside quotation marks.`,
  examples: [
    {
      text: wire(`"Three boats were damaged in the storm," according to Mayor Ingrid Solberg.`),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Union leader Lars Berg spoke first.`,
        `"Three boats were damaged in the storm," according to the timetable on the quay.`
      ),
      speaker: 'Lars Berg'
    }
  ],
  find(sieve, index) {
    const found = sieve.shared(creditAfter, index)
    return found && found.kind === 'according-to' ? found.finding : null
  }
})
