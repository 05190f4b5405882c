/**
 * The sieve rule `cue-before`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {sharedCreditBefore} from '../credit-before.js'
import {defineRule} from '../rule.js'
import {wire} from './wire.js'

/** Rule `cue-before`. */
export const cueBefore = defineRule({
  name: 'cue-before',
  pass: 1,
  reads: ['before'],
  confidence: 0.9,
  local: true,
  passesOn: true,
  scan: 'before',
  doc: `The last cue before the opening mark in the quotation's sentence: \`Trump added, "…"\`, \`he called it "a provocation"\`, \`according to X, "…"\`. A participle cue after a comma (\`Trump went after Bush, calling him "…"\`) or after a preposition (\`… drew boos upon saying, "…"\`, \`after calling him\`) and a cue with no subject of its own (\`… and said: "…"\`) take the sentence's subject — for a participle, the subject of the nearest clause, so after \`said that\` the reported clause's named subject (\`The statement said that Yeo had written to Downer, stressing that "…"\` → Yeo); the object of a preposition is no subject, unless a relative clause on it holds the cue (\`Contrast that with Trump, who has called the pact "…"\` → Trump); a participle cue after a thing, no one of the story, tells what the sentence's subject said (\`Teneo issued a statement saying that "…"\`, \`Silverman incurred a wave of boos upon saying, "…"\`); a passive cue with a named agent credits the agent (\`Sanders was asked by host Bill Maher, who …, "…"\` → Bill Maher); a verb of saying in the infinitive (\`to call\`, \`to describe\`, \`to label\` …) takes the named subject of the verb in -ing or -ed that governs it (\`…, with Lewandowski taking to Twitter to call Fields "…"\` → Lewandowski), else the sentence's subject; a sentence-initial cue reads its subject after it (\`Said Dorothy Poynter, "…"\`, \`Continued Stone: "…"\`), and so does a \`say\`-type cue after a comma whose name is followed by a comma or ends the sentence (\`The paradox of Nancy, says Carl Anthony, historian at …, is that she was "…"\`; not \`…, said Sanders has pushed …\`). Plural forms after a determiner or possessive are nouns, not cues (\`Ginsburg's comments "…"\`), and a capitalised form after a capitalised word is a name (\`the United States\`) — within a sentence, not across punctuation (\`… in New York. According to …\` is a cue). The window before the opening mark stops at an earlier quotation of the paragraph, but not at a title (a few capitalised words, no punctuation: \`Podesta told NBC's "Meet the Press" that … she "…"\` → Podesta).`,
  examples: [
    {text: wire(`Mayor Ingrid Solberg added, "Three boats were damaged in the storm."`), speaker: 'Ingrid Solberg'},
    {
      text: wire(`Union leader Lars Berg went after the company, calling its fleet "a floating museum".`),
      speaker: 'Lars Berg'
    }
  ],
  counterExamples: [
    {
      text: wire(`Mayor Ingrid Solberg wrote in a letter to Lars Berg explaining that "the boats are unsafe".`),
      speaker: 'Lars Berg'
    }
  ],
  find(sieve, index) {
    const found = sieve.shared(sharedCreditBefore, index)
    return found && found.kind === 'inner' ? found.finding : null
  }
})
