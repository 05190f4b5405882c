/**
 * Rule `according-to` (see its `doc`).
 *
 * @module
 */

import {creditAfter} from '../credit-after.js'
import {defineRule} from '../rule.js'

/** Rule `according-to`. */
export const accordingTo = defineRule({
  name: 'according-to',
  pass: 1,
  reads: ['after'],
  confidence: 0.9,
  local: true,
  passesOn: true,
  scan: 'after',
  doc: `\`"…," according to X\` right after the closing mark. Read in the same scan as \`cue-after\`; the paraphrase rule of the same name reads \`According to X, …\` in sentences without quotation marks.`,
  examples: [],
  counterExamples: [],
  find(sieve, index) {
    const found = sieve.shared(creditAfter, index)
    return found && found.kind === 'according-to' ? found.finding : null
  }
})
