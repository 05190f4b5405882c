/**
 * The sieve rule `sentence-cue-after`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {creditAfter} from '../credit-after.js'
import {defineRule} from '../rule.js'
import {wire} from './wire.js'

/** Rule `sentence-cue-after`. */
export const sentenceCueAfter = defineRule({
  name: 'sentence-cue-after',
  pass: 1,
  reads: ['after'],
  confidence: 0.8,
  local: true,
  passesOn: true,
  scan: 'after',
  doc: `A cue clause that closes the quotation's sentence further on (\`"exotic" rights, but …, he said.\`), also with its circumstances after the cue (at most ten words opened by a preposition or a word of time, no clause: \`…, the Vatican said in a statement on Saturday.\`); the credit may be a name with its own article after a common noun (\`…, local newspaper The Himalayan Times reported Thursday.\`). Read in the same scan as \`cue-after\`.`,
  examples: [
    {
      text: wire(
        `The boats were "simply too small" for the storm, but the larger ferries would sail again by Friday, Mayor Ingrid Solberg said.`
      ),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `The boats were "simply too small" for the storm, Mayor Ingrid Solberg said in a letter that Lars Berg read to the crews.`
      ),
      speaker: 'Lars Berg'
    }
  ],
  find(sieve, index) {
    const found = sieve.shared(creditAfter, index)
    return found && found.kind === 'sentence' ? found.finding : null
  }
})
