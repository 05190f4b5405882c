/**
 * The sieve rule `split`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {defineRule, takeOver} from '../rule.js'
import {wire} from './wire.js'

/** What may stand between the cue clause and the next part: punctuation and white space. */
const splitGapRe = /^[\s,.;:—–-]*$/

/** Rule `split`. */
export const split = defineRule({
  name: 'split',
  pass: 2,
  reads: ['attributions', 'before'],
  confidence: 1,
  local: true,
  passesOn: true,
  joinsGroup: true,
  doc: `The previous quotation of the paragraph was attributed by a cue clause that ends right before this one (\`"A," he said, "B."\`): same speaker, same \`group\`, the same confidence.`,
  examples: [
    {
      text: wire(`"The boats are old," Mayor Ingrid Solberg said. "The storm is the worst in years."`),
      quotation: 'The storm is the worst in years.',
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `"The boats are old," Mayor Ingrid Solberg said. Union leader Lars Berg answered that "the storm is no excuse".`
      ),
      quotation: 'the storm is no excuse',
      speaker: 'Ingrid Solberg'
    }
  ],
  find(sieve, index) {
    const {text, tokens, runs} = sieve.context
    const previous = index > sieve.first ? sieve.attributions[index - 1] : null
    const run = runs[index]
    if (!previous || !previous.passesOn || !previous.cue) return null
    const clauseEnd = previous.clauseEnd - 1
    if (
      clauseEnd < 0 ||
      clauseEnd >= tokens.length ||
      !run.open ||
      !splitGapRe.test(text.slice(tokens.end[clauseEnd], run.open.start))
    )
      return null
    return takeOver(previous)
  }
})
