/**
 * The sieve rule `sentence-subject`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {defineRule} from '../rule.js'
import {sentenceSubject as subjectOfSentence} from '../subjects.js'
import {wire} from './wire.js'

/** Rule `sentence-subject`. */
export const sentenceSubject = defineRule({
  name: 'sentence-subject',
  pass: 2,
  reads: ['before', 'after'],
  confidence: 0.6,
  local: false,
  passesOn: false,
  doc: `A quotation inside a sentence with no speech cue (\`Trump identified the judge as "…"\`, \`Bush referred to Rubio as "…"\`): the subject of the sentence, read at its start (after an opening adverbial that ends with a comma — over several commas if need be: \`Speaking in Salem, New Hampshire, Trump …\`, \`Hours later, Trump …\`, \`Reached by phone, Bennett …\`, \`First, Trump …\`, \`Ironically, …\` — a word in -ly of seven letters or more set off by a comma, not a surname or a place of the story (\`Kelly, 54, referred …\`); \`The day before, …\`, \`The next morning, …\` — \`the\` and a noun of time; a state abbreviation set off by commas is part of the place: \`at a rally in Concord, N.H., Aubrey Pelletier …\`), when it resolves to a named person or an organisation (not a nominal) — not a place: without a verb of saying a country or a city quotes no one (\`Iraq faces "a long winter"\`, \`Pakistan, a key ally in the "war on drugs", has …\`). A clause that opens inside the sentence before the quotation with a name for subject comes first — the nearest one (\`…, in which Clinton expressed confidence that … "…"\`, \`such as when Cruz knocked Rubio and called him a "…"\`, \`… while Trump refers to the governor as "…"\`, \`…, Ivanka Trump, who portrayed him as "…"\`; openers \`when\`, \`while\`, \`whereas\`, \`which\`, \`where\`, \`after\`, \`before\`, \`because\`, \`although\`, \`though\`, \`since\`, a relative \`who\` after a comma), unless a comma before a capitalised word starts another clause after it; places and passive clauses (\`who was greeted with\`) do not count. This also keeps \`paragraph-previous\` from taking such quotations. A quotation inside the opening adverbial itself (\`And in explaining why many of those "…" had not been passed already, Clinton described …\`) goes to the name after the adverbial's comma, before its verb (not after \`Asked …\`: the words of a question are the asker's). It runs last: before the sentence start was read correctly, it took objects and adverbials for subjects, which is why it once hurt the agency copy.`,
  examples: [
    {text: wire(`Mayor Ingrid Solberg dismissed the timetable as "a fantasy" on Monday.`), speaker: 'Ingrid Solberg'}
  ],
  counterExamples: [
    {
      text: wire(`Asked by Lars Berg if the boats "can sail at all", Mayor Ingrid Solberg shook her head.`),
      speaker: 'Lars Berg'
    },
    {text: wire(`Iraq faces "a long and hungry winter" after the failed harvest.`), speaker: 'Iraq'}
  ],
  find(sieve, index) {
    const windows = sieve.windows(index)
    return subjectOfSentence(sieve.context, sieve.context.runs[index], windows.before, windows.after)
  }
})
