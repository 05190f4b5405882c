/**
 * Indirect speech in sentences without quotation marks:
 *
 * - rule `lead-said`: `<statement>, <speaker> said.` (the wire lead);
 * - rule `said-that`: `<speaker> <cue> (that) <statement>`;
 * - rule `according-to`: `According to <speaker>, <statement>`.
 *
 * @module
 */

import {leadConjunctions} from '../lexicon/clause-words.js'
import {creditComplementWords} from '../lexicon/credit-words.js'
import {lowerAt, tokenAt} from '../text/tokens.js'
import {cueAt, prepositionObject, subjectAfter, subjectBefore, type CueMatch} from './cues.js'
import {resolvePhrase, type SpeakerMention} from './resolve.js'
import type {SieveContext} from './context.js'

const leadConjunctionSet = new Set(leadConjunctions)
const complementWords = new Set(creditComplementWords)

/** Indirect speech found in a sentence. */
export interface FoundParaphrase {
  start: number
  end: number
  mention: SpeakerMention
  cue: CueMatch
  rule: string
  confidence: number
}

function span(text: string, start: number, end: number): {start: number; end: number} | null {
  let from = start
  let to = end
  while (from < to && /[\s,]/.test(text.charAt(from))) from++
  // Trailing white space and punctuation, and an opening mark of the quotation
  // that follows (`… against Moscow. "Serbia decides …`).
  while (to > from && /[\s,.;:"“«„‘]/.test(text.charAt(to - 1))) to--
  let words = 0
  let inWord = false
  for (let at = from; at < to && words < 3; at++) {
    const space = /\s/.test(text.charAt(at))
    if (!space && !inWord) words++
    inWord = !space
  }
  if (words < 3) return null
  return {start: from, end: to}
}

/**
 * Find indirect speech in the sentence `[start, end)` (which holds no quotation).
 */
export function findParaphrase(context: SieveContext, start: number, end: number): FoundParaphrase | null {
  const {tokens, text, cues} = context
  const from = tokenAt(tokens, start)
  let to = from
  while (to < tokens.length && tokens.start[to] < end) to++
  if (to - from < 4) return null

  // According to X, …
  const first = cueAt(cues, tokens, from)
  if (first && first.lemma === 'according to') {
    const phrase = subjectAfter(text, tokens, first.to, to, context.lexicon)
    const mention = phrase ? resolvePhrase(context.registry, context.history, phrase) : null
    if (mention && mention.entity && phrase) {
      const content = span(text, tokens.end[phrase.to - 1], end)
      if (content) return {start: content.start, end: content.end, mention, cue: first, rule: 'according-to', confidence: 0.85}
    }
  }

  // …, X said. — the cue in the last tokens of the sentence.
  for (let i = to - 1; i >= Math.max(from + 3, to - 6); i--) {
    const cue = cueAt(cues, tokens, i)
    if (!cue || cue.strength < 0.9 || cue.lemma === 'according to') continue
    let phrase = subjectBefore(text, tokens, i, from + 2, context.lexicon)
    // `…, a source close to Trump said.`: the object of a preposition is no speaker.
    if (phrase && prepositionObject(text, tokens, phrase, from + 2, i)) continue
    let clauseStart = phrase ? phrase.from : i
    if (!phrase) {
      phrase = subjectAfter(text, tokens, cue.to, to, context.lexicon)
      clauseStart = i
    }
    if (!phrase) continue
    if (!/,[\s]*$/.test(text.slice(tokens.end[clauseStart - 1], tokens.start[clauseStart]))) continue
    const mention = resolvePhrase(context.registry, context.history, phrase)
    // Unnamed sources report too (`…, officials said.`): kept with a null speaker.
    if (!mention || (!mention.entity && mention.kind !== 'nominal')) continue
    const content = span(text, start, tokens.end[clauseStart - 1])
    if (content) return {start: content.start, end: content.end, mention, cue, rule: 'lead-said', confidence: 0.85 * cue.strength}
  }

  // X said (that) …
  for (let i = from + 1; i < Math.min(to - 2, from + 14); i++) {
    const cue = cueAt(cues, tokens, i)
    if (!cue || cue.strength < 0.9 || cue.lemma === 'according to' || cue.lemma === 'quote') continue
    const phrase = subjectBefore(text, tokens, i, from, context.lexicon)
    if (!phrase || prepositionObject(text, tokens, phrase, from, i)) continue
    const lead = phrase.from - 1
    if (phrase.from !== from && !(phrase.from === from + 1 && lead >= 0 && leadConjunctionSet.has(lowerAt(tokens, lead)))) continue
    const mention = resolvePhrase(context.registry, context.history, phrase)
    if (!mention || (!mention.entity && mention.kind !== 'nominal')) continue
    let contentFrom = cue.to
    while (contentFrom < to && complementWords.has(lowerAt(tokens, contentFrom)) && contentFrom < cue.to + 6) {
      if (lowerAt(tokens, contentFrom) === 'that') {
        contentFrom++
        break
      }
      contentFrom++
    }
    if (contentFrom >= to) continue
    const content = span(text, tokens.start[contentFrom], end)
    if (content) return {start: content.start, end: content.end, mention, cue, rule: 'said-that', confidence: 0.8 * cue.strength}
  }
  return null
}
