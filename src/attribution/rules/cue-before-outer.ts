/**
 * The sieve rule `cue-before-outer`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {sharedCreditBefore} from '../credit-before.js'
import {defineRule} from '../rule.js'
import {wire} from './wire.js'

/** Rule `cue-before-outer`. */
export const cueBeforeOuter = defineRule({
  name: 'cue-before-outer',
  pass: 1,
  reads: ['before'],
  confidence: 0.8,
  local: false,
  passesOn: true,
  scan: 'before',
  doc: `When a named source's \`said\`/\`told\` comes earlier in the same sentence than the cue \`cue-before\` finds, the quotation is speech reported inside that source's report and goes to the outer source (\`Podesta told reporters the campaign says she is "…"\` → Podesta), as news corpora credit it — the nearest such report (\`Lind said, after Marr said the mayor had called her rival the "…"\` → Marr), and not one in a clause that opens the sentence with a subordinator (\`When Rowe said …, Lind responded, "…"\` → Lind) or one whose cue is followed by a comma (\`"…," Lind said, after …\`). Read in the same scan as \`cue-before\`.`,
  examples: [
    {
      text: wire(
        `Mayor Ingrid Solberg told reporters the ferry company says the boats are "in no shape to sail" this month.`
      ),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `When Lars Berg said the boats were old, Mayor Ingrid Solberg responded, "They are older than you think."`
      ),
      speaker: 'Lars Berg'
    }
  ],
  find(sieve, index) {
    const found = sieve.shared(sharedCreditBefore, index)
    return found && found.kind === 'outer' ? found.finding : null
  }
})
