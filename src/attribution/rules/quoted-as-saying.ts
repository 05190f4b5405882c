/**
 * The sieve rule `quoted-as-saying`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {beForms} from '../../lexicon/clause-words.js'
import {asSayingForms, auxiliaryTimeWords, quotingVerbs} from '../../lexicon/credit-words.js'
import {objectPronouns} from '../../lexicon/pronouns.js'
import {resolvePronoun} from '../../speakers/index.js'
import {lowerAt} from '../../text/tokens.js'
import {resolve, type SieveContext, type Window} from '../context.js'
import {subjectAfter, subjectBefore} from '../cues.js'
import {defineRule, type Finding} from '../rule.js'
import {wire} from './wire.js'

/** Object pronouns and the subject pronouns they stand for. */
const objectPronounMap = new Map(Object.entries(objectPronouns))
/** Words of time between an auxiliary and its participle (`was Saturday quoted`). */
const timeWords = new Set(auxiliaryTimeWords)
/** Verbs of `X quoted Y as saying`, and the participles after `as`. */
const quotingVerbSet = new Set(quotingVerbs)
const asSayingSet = new Set(asSayingForms)
/** The auxiliaries of a passive clause (`was quoted`). */
const passiveAuxiliaries = new Set(beForms.filter((word) => word !== 'be'))

/** `X quoted Y as saying` in `window`: Y; passive `Y was quoted … as saying`: the subject. */
function findQuotedAsSaying(context: SieveContext, window: Window): Finding | null {
  const {tokens, text} = context
  for (let i = window.from; i < window.to; i++) {
    const lower = lowerAt(tokens, i)
    if (!quotingVerbSet.has(lower)) continue
    // (The object may carry an appositive: `Vietnam News Agency quoted Hoang Van Dung, Deputy Chairman of the …
    // ( VCCI), as saying`.)
    for (let k = i + 1; k < Math.min(window.to, i + 24); k++) {
      if (lowerAt(tokens, k) === 'as' && k + 1 < tokens.length && asSayingSet.has(lowerAt(tokens, k + 1))) {
        // Passive: `Liu was quoted by the People's Daily as saying`, `Kiet was Saturday quoted as saying`.
        let auxiliary = i - 1
        if (
          auxiliary - 1 >= window.from &&
          (timeWords.has(lowerAt(tokens, auxiliary)) || /ly$/.test(lowerAt(tokens, auxiliary)))
        )
          auxiliary--
        const passive = auxiliary >= window.from && passiveAuxiliaries.has(lowerAt(tokens, auxiliary))
        // `the agency quoted him as saying`: the object pronoun stands for the subject one.
        const object = passive ? null : objectPronounMap.get(lowerAt(tokens, i + 1))
        if (object && i + 2 === k) {
          const entity = resolvePronoun(context.registry, context.history, object, tokens.start[i + 1])
          if (entity)
            return {
              mention: {entity, kind: 'pronoun', start: tokens.start[i + 1], end: tokens.end[i + 1]},
              cue: {from: i, to: k + 2, lemma: 'quote', strength: 1},
              clauseEnd: k + 2,
              basis: 'pronoun'
            }
        }
        const phrase = passive
          ? subjectBefore(text, tokens, auxiliary, window.from, context.lexicon)
          : subjectAfter(text, tokens, i + 1, k, context.lexicon)
        const mention = resolve(context, phrase)
        if (mention) {
          return {mention, cue: {from: i, to: k + 2, lemma: 'quote', strength: 1}, clauseEnd: k + 2, basis: 'named'}
        }
      }
    }
  }
  return null
}

/** Rule `quoted-as-saying`. */
export const quotedAsSaying = defineRule({
  name: 'quoted-as-saying',
  pass: 1,
  reads: ['after', 'before'],
  confidence: {named: 0.95, pronoun: 0.9},
  local: true,
  passesOn: true,
  doc: `\`Vulin's press office quoted the official as saying\`: the object is the speaker; passive \`Liu was quoted by … as saying\` (also \`Kiet was Saturday quoted as saying\`: a word of time or an adverb between the auxiliary and \`quoted\`): the subject. An object pronoun stands for its subject form (\`the agency quoted him as saying\` → he), and the object may carry an appositive (\`as saying\` looked for over 24 words: \`Vietnam News Agency quoted Hoang Van Dung, Deputy Chairman of the … (VCCI), as saying\`). Read after the closing mark, then before the opening mark.`,
  examples: [
    {
      text: wire(
        `The Brevik Gazette quoted Mayor Ingrid Solberg as saying: "We will not let a single boat leave in this storm."`
      ),
      speaker: 'Ingrid Solberg'
    },
    {
      text: wire(
        `Mayor Ingrid Solberg was quoted by the Brevik Gazette as saying the boats were "far too old to sail".`
      ),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Mayor Ingrid Solberg was quoted by the Brevik Gazette as saying the boats were "far too old to sail".`
      ),
      speaker: 'Brevik Gazette'
    }
  ],
  find(sieve, index) {
    const windows = sieve.windows(index)
    return findQuotedAsSaying(sieve.context, windows.after) ?? findQuotedAsSaying(sieve.context, windows.before)
  }
})
