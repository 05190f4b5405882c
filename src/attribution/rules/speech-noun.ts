/**
 * The sieve rule `speech-noun`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {speechNouns} from '../../lexicon/cues.js'
import {speechNounLinks} from '../../lexicon/credit-words.js'
import {capitalAt, lowerAt, possessiveAt} from '../../text/tokens.js'
import {resolve, type SieveContext, type Window} from '../context.js'
import {phraseEndingAt} from '../cues.js'
import {defineRule, type Finding} from '../rule.js'
import {wire} from './wire.js'

const speechNounSet = new Set(speechNouns)
/** Words that may stand between a speech noun and the quotation (`claim Monday that "…"`). */
const speechNounLinkSet = new Set(speechNounLinks)

/** A possessive name and a noun of speech right before the opening mark. */
function findSpeechNoun(context: SieveContext, window: Window): Finding | null {
  const {tokens, text} = context
  let k = window.to - 1
  let links = 0
  while (k > window.from && speechNounLinkSet.has(lowerAt(tokens, k)) && links < 3) {
    k--
    links++
  }
  if (
    k <= window.from ||
    !speechNounSet.has(lowerAt(tokens, k)) ||
    !possessiveAt(tokens, k - 1) ||
    !capitalAt(tokens, k - 1)
  ) {
    // The noun's content clause may run on before the mark (`Comey's conclusion that her actions were "…"`).
    k = -1
    for (let n = window.to - 2; n > window.from + 1 && n >= window.to - 12; n--) {
      if (
        lowerAt(tokens, n) === 'that' &&
        speechNounSet.has(lowerAt(tokens, n - 1)) &&
        possessiveAt(tokens, n - 2) &&
        capitalAt(tokens, n - 2)
      ) {
        k = n - 1
        break
      }
      if (/[,;:.!?]/.test(text.slice(tokens.end[n - 1], tokens.start[n]))) break
    }
    if (k < 0) return null
  }
  const phrase = phraseEndingAt(text, tokens, k - 1, window.from, context.lexicon)
  const mention = resolve(context, phrase)
  if (!mention || !mention.entity || mention.kind === 'nominal') return null
  return {mention, cue: {from: k, to: k + 1, lemma: lowerAt(tokens, k), strength: 0.8}, clauseEnd: window.to}
}

/** Rule `speech-noun`. */
export const speechNoun = defineRule({
  name: 'speech-noun',
  pass: 1,
  reads: ['before'],
  confidence: 0.75,
  local: false,
  passesOn: true,
  doc: `A possessive name and a noun of speech right before the opening mark (\`top environmental official Oleg Mitvol's claim Monday that "…"\`; the nouns are data: \`speechNouns\` in \`src/lexicon/cues.ts\`), also when the noun's content clause runs on before the mark (\`Comey's conclusion that her actions were "…"\`). The noun is the cue (strength 0.8).`,
  examples: [
    {
      text: wire(`The union welcomed Mayor Ingrid Solberg's assertion Monday that "no boat leaves in this weather".`),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Union leader Lars Berg met the crews on Monday.`,
        `The union welcomed the mayor's assertion that "no boat leaves in this weather".`
      ),
      speaker: 'Lars Berg'
    }
  ],
  find(sieve, index) {
    return findSpeechNoun(sieve.context, sieve.windows(index).before)
  }
})
