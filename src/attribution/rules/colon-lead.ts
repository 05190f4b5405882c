/**
 * The sieve rule `colon-lead`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {speechNouns} from '../../lexicon/cues.js'
import {documentNouns} from '../../lexicon/credit-words.js'
import type {QuotedRun} from '../../quotes/pair.js'
import {capitalAt, lowerAt, possessiveAt} from '../../text/tokens.js'
import {resolve, type SieveContext, type Window} from '../context.js'
import {lastCue} from '../credit-before.js'
import {firstConjunct, phraseEndingAt, prepositionObject, subjectBefore} from '../cues.js'
import {defineRule, type Finding} from '../rule.js'
import {sentenceSubjectMention} from '../subjects.js'
import {wire} from './wire.js'

const speechNounSet = new Set(speechNouns)
const documentNounSet = new Set(documentNouns)

/** `Vulin said: "…"`, `Mark Blumenthal:` before the opening mark. */
function findColonLead(context: SieveContext, run: QuotedRun, window: Window): Finding | null {
  const {tokens, text} = context
  if (window.to <= window.from || !run.open) return null
  const gap = text.slice(tokens.end[window.to - 1], run.open.start)
  if (!/^[\s]*[:—–-][\s]*$/.test(gap) || /^[\s]*[—–-]/.test(gap)) return null
  const found = lastCue(context, window)
  if (found)
    return {mention: found.mention, cue: found.cue, clauseEnd: found.clauseEnd, strength: found.strength, basis: 'cue'}
  // `pollster Daron Shaw: "…"`: the noun phrase right before the colon; after a preposition
  // (`… broke it down to the Dutch newspaper NRC Handelsblad: "…"`) the sentence's subject.
  const ending = phraseEndingAt(text, tokens, window.to - 1, window.from, context.lexicon)
  const phrase = ending ? firstConjunct(text, tokens, ending, window.from, context.lexicon) : null
  if (phrase && prepositionObject(text, tokens, phrase, window.from, window.to - 1)) {
    const subject = sentenceSubjectMention(context, window.from, phrase.from)
    return subject && (subject.kind === 'name' || subject.kind === 'surname')
      ? {mention: subject, cue: null, clauseEnd: window.to, basis: 'sentence subject'}
      : null
  }
  const mention = resolve(context, phrase)
  if (mention && mention.entity && (mention.kind === 'name' || mention.kind === 'surname')) {
    return {mention, cue: null, clauseEnd: window.to, basis: 'name'}
  }
  const last = window.to - 1
  // `From Bush's Facebook post: "…"`: a possessive name before a noun of speech or a document.
  if (phrase && (speechNounSet.has(lowerAt(tokens, last)) || documentNounSet.has(lowerAt(tokens, last)))) {
    for (let k = last - 1; k >= phrase.from; k--) {
      if (!possessiveAt(tokens, k) || !capitalAt(tokens, k)) continue
      const owner = resolve(context, phraseEndingAt(text, tokens, k, phrase.from, context.lexicon))
      if (owner && owner.entity && owner.kind !== 'nominal')
        return {mention: owner, cue: null, clauseEnd: window.to, basis: 'name'}
      break
    }
  }
  // `Kasich resisted: "…"`: a verb that is no cue, right after its subject.
  if (last > window.from && !capitalAt(tokens, last) && lowerAt(tokens, last).endsWith('ed')) {
    const subject = resolve(context, subjectBefore(text, tokens, last, window.from, context.lexicon))
    if (subject && subject.entity && (subject.kind === 'name' || subject.kind === 'surname')) {
      return {mention: subject, cue: null, clauseEnd: window.to, basis: 'name'}
    }
  }
  return null
}

/** Rule `colon-lead`. */
export const colonLead = defineRule({
  name: 'colon-lead',
  pass: 1,
  reads: ['before'],
  confidence: {cue: 0.95, name: 0.7, 'sentence subject': 0.6},
  local: true,
  passesOn: true,
  doc: `\`Vulin said: "…"\`, \`Mark Blumenthal:\` "…" (basis \`cue\`: the last cue before the colon and its subject); with no cue before the colon, the name right before it (\`… did not surprise pollster Daron Shaw: "…"\`: basis \`name\`), unless that name is the object of a preposition (\`Bush broke down what was wrong to the Dutch newspaper NRC Handelsblad: "…"\`): then the sentence's subject (basis \`sentence subject\`). A possessive name before a noun of speech or a document (\`From Bush's Facebook post: "…"\`) is the speaker, and so is the named subject of a verb in -ed that is no cue (\`Kasich resisted: "…"\`). Of two coordinated names before the colon, the first (\`Mark Blumenthal and Jon Cohen: "…"\` → Blumenthal).`,
  examples: [
    {
      text: wire(`Mayor Ingrid Solberg said: "Three boats were damaged in the storm and will not sail."`),
      speaker: 'Ingrid Solberg'
    },
    {
      text: wire(`The closure did not surprise union leader Lars Berg: "We warned them about those boats for years."`),
      speaker: 'Lars Berg'
    }
  ],
  counterExamples: [
    {
      text: wire(`Mayor Ingrid Solberg explained the delay to the Brevik Gazette: "The engines failed in the cold."`),
      speaker: 'Brevik Gazette'
    }
  ],
  find(sieve, index) {
    return findColonLead(sieve.context, sieve.context.runs[index], sieve.windows(index).before)
  }
})
