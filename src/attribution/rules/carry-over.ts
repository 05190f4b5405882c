/**
 * The sieve rule `carry-over`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {opensParagraph} from '../paragraph.js'
import {defineRule, takeOver, type Finding} from '../rule.js'
import {continued} from './continued.js'
import {wire} from './wire.js'

/** Rule `carry-over`. */
export const carryOver = defineRule({
  name: 'carry-over',
  pass: 2,
  reads: ['attributions', 'paragraph-before'],
  confidence: 0.8,
  local: false,
  passesOn: false,
  doc: `A paragraph that opens with a quotation takes the last speaker of the paragraph before (a quotation's or a paraphrase's): the news convention for runs of quotation paragraphs. A part of a multi-paragraph quotation so attributed is written under \`continued\` (basis \`carried\`) and joins its group.`,
  examples: [
    {
      text: wire(`"The boats are old," Mayor Ingrid Solberg said.`, `"The storm is the worst in years."`),
      quotation: 'The storm is the worst in years.',
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `"The boats are old," Mayor Ingrid Solberg said.`,
        `"They are safe," a ferry company spokesman said.`,
        `"We check them every week."`
      ),
      quotation: 'We check them every week.',
      speaker: 'Ingrid Solberg'
    }
  ],
  find(sieve, index) {
    const carried = sieve.carried
    if (!opensParagraph(sieve, index) || !carried || carried.paragraph !== sieve.paragraph - 1) return null
    const finding: Finding = takeOver(carried.attribution)
    if (!sieve.context.runs[index].continued) return finding
    finding.basis = 'carried'
    finding.passesOn = false
    finding.as = continued
    return finding
  }
})
