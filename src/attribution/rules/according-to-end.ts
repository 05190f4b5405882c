/**
 * The sieve rule `according-to-end`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {resolve, type SieveContext, type Window} from '../context.js'
import {cueAt, subjectAfter} from '../cues.js'
import {defineRule, type Finding} from '../rule.js'
import {wire} from './wire.js'

/** An `according to X` that closes the quotation's sentence further on. */
function findAccordingToEnd(context: SieveContext, window: Window): Finding | null {
  const {tokens, text, cues} = context
  for (let i = window.from + 1; i < window.to; i++) {
    const cue = cueAt(cues, tokens, i)
    if (!cue) continue
    if (cue.lemma !== 'according to' || !/,[\s]*$/.test(text.slice(tokens.end[i - 1], tokens.start[i]))) return null
    const phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
    const mention = phrase && phrase.to >= window.to ? resolve(context, phrase) : null
    return mention ? {mention, cue, clauseEnd: window.to} : null
  }
  return null
}

/** Rule `according-to-end`. */
export const accordingToEnd = defineRule({
  name: 'according-to-end',
  pass: 1,
  reads: ['after'],
  confidence: 0.75,
  local: false,
  passesOn: true,
  doc: `An \`according to X\` that closes the quotation's sentence further on, for a quotation no cue of its own sentence attributed (\`Mayor Ada Lind was greeted with chants of "Ada!" at a rally last month, according to union leader Tom Rell.\` → Tom Rell). An inner speaker of the sentence comes first (\`official Oleg Mitvol's claim that "…", according to Interfax\` → Mitvol, by \`speech-noun\`).`,
  examples: [
    {
      text: wire(
        `The crews were greeted with chants of "Stay home!" at the quay on Monday, according to union leader Lars Berg.`
      ),
      speaker: 'Lars Berg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Union leader Lars Berg's assertion that the fleet was "beyond repair" spread quickly on Monday, according to the Brevik Gazette.`
      ),
      speaker: 'Brevik Gazette'
    }
  ],
  find(sieve, index) {
    return findAccordingToEnd(sieve.context, sieve.windows(index).after)
  }
})
