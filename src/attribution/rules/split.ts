/**
 * Rule `split` (see its `doc`).
 *
 * @module
 */

import {defineRule, takeOver} from '../rule.js'

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
  examples: [],
  counterExamples: [],
  find(sieve, index) {
    const {text, tokens, runs} = sieve.context
    const previous = index > sieve.first ? sieve.attributions[index - 1] : null
    const run = runs[index]
    if (!previous || !previous.passesOn || !previous.cue) return null
    const clauseEnd = previous.clauseEnd - 1
    if (clauseEnd < 0 || clauseEnd >= tokens.length || !run.open || !splitGapRe.test(text.slice(tokens.end[clauseEnd], run.open.start))) return null
    return takeOver(previous)
  }
})
