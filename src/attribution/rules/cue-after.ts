/**
 * The sieve rule `cue-after`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {creditAfter} from '../credit-after.js'
import {defineRule, type Finding} from '../rule.js'
import {cueBefore} from './cue-before.js'
import {cueBeforeOuter} from './cue-before-outer.js'
import {wire} from './wire.js'

/** Rule `cue-after`. */
export const cueAfter = defineRule({
  name: 'cue-after',
  pass: 1,
  reads: ['after', 'before'],
  confidence: {cue: 0.95, 'leading subject': 0.8, 'bare verb': 0.7},
  local: true,
  passesOn: true,
  scan: 'after',
  doc: `Right after the closing mark: \`"…," Vulin said\`, \`"…," said Vulin\`, \`"…," he told reporters\`, \`"…," renown observer X pointed out\`, \`"…," Rep. X (D-Md.) said\` (a party label between name and cue); a participle right after the mark followed by a clause (a subject, then an auxiliary or modal) is a second verb of the sentence's subject, not a cue before its own subject (\`saying the governor was "…," suggesting Lund could be …\` → not Lund: \`cue-before\` gives the sentence's subject); a tell-type cue first takes a name after it only when the name closes the sentence (\`"…," warned Clinton.\`, not \`"…," told Smith …\`); a cue after a participial clause reads the name after it (\`"…," underpinned by solid profits, predicted economist Takehiro Sato, who …\`); a name right after the mark may carry a long appositive before its cue (\`"…," Fred Kagan, director of the Critical Threats Project at the … Institute, said\`: the cue is looked for over 24 words instead of 12, an appositive may run 16 words); with no cue, a short sentence of a name and one verb in -ed that ends there (\`"…," Hannity started.\`, \`"…," Pike interrupted.\`: basis \`bare verb\`). After an inverted cue, a description opened by a determiner, a comma and a person's full name that closes the sentence or is set off by a comma credit the name (\`"…," said a choked-up mourner, Janos Szalai.\`, \`"…," said the governor of the central bank, Josef Tosovsky.\`). When no cue of the window finds a subject of its own, a name right after the mark and its comma, set off by a comma and followed within 14 plain words (a parenthesis allowed, one more comma only right before the cue) by the cue, is the subject (basis \`leading subject\`: \`"…," Ramon Calderon, Real Madrid's President, said\`, \`"…," ADF, the soft loan arm of the African Development Bank (AfDB) said\`; not a title's complement, \`Minister for Information, …\`, nor \`"…" Clinton, and said\`). A title in quotation marks inside the credit (a few capitalised words: \`"…," Jeno Buzanszky, one of the members of the "Golden Team", told …\`) does not end the window after the quotation, as it does not end the one before. A subordinate clause right after the quotation is not its credit (\`"…," when Clinton blasted him …\`), though a credit that closes the sentence after it is (\`"…" if she lost, said David Wasserman\`), and \`and said\` right after it is a second verb of the sentence's subject, not a cue before its own subject (\`… saying his comment "…" and said Republican leaders will …\`); but a conjunct opened by \`and\`/\`but\` with a subject of its own right after the mark is a new clause, whose cue speaks on to what follows (\`… called the pact "insanity," and Sanders, who says it's "…"\` → not Sanders). A medium whose \`reported\`/\`quoted\` follows the quotation gives way to a named speaker of the sentence's own cue before it, written under \`cue-before\` or \`cue-before-outer\` (\`Velmar said that the verdict caused "…", the official Velmar Press Agency reported.\` → Velmar): who said it, not who passed it on. After a subordinator (\`"…" while noting it would …\`) the words after the cue are what was said, not its subject.`,
  examples: [
    {
      text: wire(`"The fjord is too rough for the small boats tonight," Mayor Ingrid Solberg said.`),
      speaker: 'Ingrid Solberg'
    },
    {text: wire(`"The fjord is too rough tonight," said Lars Berg, the union leader.`), speaker: 'Lars Berg'}
  ],
  counterExamples: [
    {
      text: wire(
        `Mayor Ingrid Solberg closed the quay on Monday.`,
        `She called the boats "a danger to everyone," when Lars Berg asked her about the timetable.`
      ),
      speaker: 'Lars Berg'
    }
  ],
  find(sieve, index) {
    const found = sieve.shared(creditAfter, index)
    if (!found) return null
    if (found.kind === 'adjacent') return found.finding
    if (found.kind !== 'inner' && found.kind !== 'outer') return null
    const {mention, cue, clauseEnd, strength} = found.finding
    const finding: Finding = {
      mention,
      cue,
      clauseEnd,
      strength,
      as: found.kind === 'inner' ? cueBefore : cueBeforeOuter
    }
    return finding
  }
})
