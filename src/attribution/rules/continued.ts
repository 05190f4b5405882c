/**
 * Rule `continued` (see its `doc`).
 *
 * @module
 */

import {defineRule, takeOver} from '../rule.js'

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
  examples: [],
  counterExamples: [],
  find(sieve, index) {
    const {runs} = sieve.context
    const previous = sieve.attributions[index - 1]
    if (!runs[index].continued || index === 0 || !runs[index - 1].continues || !previous) return null
    return takeOver(previous, 'previous')
  }
})
