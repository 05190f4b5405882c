/**
 * The sieve rule `continued`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {defineRule, takeOver} from '../rule.js'
import {wire} from './wire.js'

/** Rule `continued`. */
export const continued = defineRule({
  name: 'continued',
  pass: 2,
  reads: ['attributions'],
  confidence: {previous: 1, later: 0.9, carried: 0.8},
  local: false,
  passesOn: true,
  joinsGroup: true,
  doc: `A multi-paragraph quotation takes the speaker of its previous part (basis \`previous\`, its confidence). After all paragraphs, the earlier parts of a multi-paragraph quotation whose later part is attributed in its own sentence take that speaker too (basis \`later\`: \`"The school is old. ¶ "It needs a roof," Lind said.\`); a part that opens its paragraph with no speaker of its own takes the last speaker of the paragraph before as \`carry-over\` does (basis \`carried\`).`,
  examples: [
    {
      text: wire(
        `"The boats are older than the harbour itself.`,
        `"They need a new engine every winter," Mayor Ingrid Solberg said.`
      ),
      quotation: 'The boats are older than the harbour itself.',
      speaker: 'Ingrid Solberg'
    },
    {
      text: wire(
        `"The boats are safe," a ferry company spokesman said. "We check them every week.`,
        `"Nobody has been hurt on them."`
      ),
      quotation: 'Nobody has been hurt on them.',
      speaker: null
    }
  ],
  counterExamples: [
    {
      text: wire(
        `"The boats are old," Mayor Ingrid Solberg said.`,
        `Union leader Lars Berg disagreed. "The boats are fine," he said.`
      ),
      quotation: 'The boats are fine,',
      speaker: 'Ingrid Solberg'
    }
  ],
  find(sieve, index) {
    const {runs} = sieve.context
    const previous = sieve.attributions[index - 1]
    if (!runs[index].continued || index === 0 || !runs[index - 1].continues || !previous) return null
    return takeOver(previous, 'previous')
  }
})
