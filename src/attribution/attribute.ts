/**
 * Stages 4 and 5 of the speech stage: the story read paragraph by paragraph —
 * the sieve attributes its quotations (`sieve.ts`), then indirect speech is
 * looked for in its sentences, around their quotations (`paraphrase.ts`); the
 * last speaker of a paragraph is carried over to a quotation that opens the
 * next. Speakers found are remembered in order (`history`), for the pronouns
 * after them.
 *
 * @module
 */

import type {TextRange} from '../text/range.js'
import type {Sentences} from '../text/sentences.js'
import type {Attribution, SieveContext} from './context.js'
import type {SpeakerRule} from './custom.js'
import {creditsSpeaker, findParaphrases, type FoundParaphrase} from './paraphrase.js'
import {attributionOf, takeOver, type SieveRule} from './rule.js'
import {continued} from './rules/continued.js'
import {createSieve, sieveSteps, type Sieve} from './sieve.js'
import type {Story} from './story.js'

/** What attribution found. */
export interface Attributed {
  /** By outer run: its attribution (`null`: no speaker). */
  attributions: Array<Attribution | null>
  /** By outer run: the index of the first run of its group (split and continued quotations). */
  groups: number[]
  /** Indirect speech, in order. */
  paraphrases: FoundParaphrase[]
}

/** Attribute the quotations of a story (with the rules of `configuration`, default the built-in list) and find its indirect speech. */
export function attributeStory(
  story: Story,
  dense: readonly boolean[],
  rules: readonly SpeakerRule[],
  configuration?: readonly SieveRule[]
): Attributed {
  const {context, sentences} = story
  const outer = context.runs
  const steps = sieveSteps(rules, configuration)
  const sieve = createSieve(context, steps)
  const paraphrases: FoundParaphrase[] = []
  let index = 0
  for (let p = 0; p < context.paragraphs.length; p++) {
    const first = index
    while (index < outer.length && outer[index].paragraph === p) index++
    const last = index
    // Dense with marks: no runs and no paraphrase; the speaker carried over is kept, as after any paragraph without runs.
    if (dense[p]) continue
    sieve.readParagraph(p, first, last)
    const paraphraseSpeaker = paraphrasesOf(context, sentences, p, first, last, paraphrases)
    sieve.carry(p, lastSpeaker(sieve, first, last) ?? paraphraseSpeaker, last > first)
  }
  // (Part of the rule `continued`: not when a configuration leaves that rule out.)
  if (steps.pass2.includes(continued)) continueBack(context, sieve.attributions)
  const groups = sieve.groups
  for (let i = 1; i < outer.length; i++) if (outer[i].continued && outer[i - 1].continues) groups[i] = groups[i - 1]
  return {attributions: sieve.attributions, groups, paraphrases}
}

/**
 * Indirect speech in the sentences of paragraph `p` (runs `[first, last)`), read around the quotations a
 * sentence holds (mixed speech), pushed on `found`; the speaker of the last credit of speech in a sentence
 * without quotations, to carry over. (The sentences are read from the flat lists: no object a sentence.)
 */
function paraphrasesOf(
  context: SieveContext,
  sentences: Sentences,
  p: number,
  first: number,
  last: number,
  found: FoundParaphrase[]
): Attribution | null {
  const {text, runs: outer, history} = context
  let speaker: Attribution | null = null
  let r = first
  for (let n = sentences.first[p]; n < sentences.first[p + 1]; n++) {
    const sentenceStart = sentences.starts[n]
    // Runs and sentences are both in order: skip runs that end before the sentence.
    while (r < last && (outer[r].close ? outer[r].close!.end : outer[r].end) <= sentenceStart) r++
    // The sentence range runs to the next word: an opening mark before it belongs to the next sentence.
    let sentenceEnd = sentences.ends[n]
    while (sentenceEnd > sentenceStart && /[\s"“«„‘']/.test(text.charAt(sentenceEnd - 1))) sentenceEnd--
    // Quotation runs (marks included) in the sentence: mixed speech is read around them.
    const quoted: TextRange[] = []
    for (let q = r; q < last && (outer[q].open ? outer[q].open!.start : outer[q].start) < sentenceEnd; q++) {
      quoted.push({
        start: outer[q].open ? outer[q].open!.start : outer[q].start,
        end: outer[q].close ? outer[q].close!.end : outer[q].end
      })
    }
    for (const paraphrase of findParaphrases(context, sentenceStart, sentenceEnd, quoted)) {
      found.push(paraphrase)
      // Only a credit of speech in a sentence without quotations sets the speaker that later quotations
      // may refer back to (as before indirect speech was read more widely).
      const credit = quoted.length === 0 ? creditsSpeaker(paraphrase) : 'none'
      if (credit === 'none') continue
      if (paraphrase.mention?.entity)
        history.entries.push({entity: paraphrase.mention.entity, offset: paraphrase.mention.start})
      if (credit === 'speaker' && paraphrase.mention)
        speaker = {
          mention: paraphrase.mention,
          cue: paraphrase.cue,
          rule: paraphrase.rule,
          confidence: paraphrase.confidence,
          local: false,
          passesOn: false,
          clauseEnd: 0
        }
    }
  }
  return speaker
}

/** The attribution of the last run of `[first, last)` that names someone. */
function lastSpeaker(sieve: Sieve, first: number, last: number): Attribution | null {
  for (let i = last - 1; i >= first; i--) {
    const found = sieve.attributions[i]
    if (found && found.mention && found.mention.entity) return found
  }
  return null
}

/**
 * A quotation carried over paragraphs takes the speaker of a later part attributed in its own sentence (rule
 * `continued`, basis `later`), unless it has one of its own so attributed.
 */
function continueBack(context: SieveContext, attributions: Array<Attribution | null>): void {
  const outer = context.runs
  for (let i = outer.length - 2; i >= 0; i--) {
    const next = attributions[i + 1]
    const current = attributions[i]
    if (
      outer[i].continues &&
      outer[i + 1].continued &&
      next &&
      next.passesOn &&
      next.mention?.entity &&
      (!current || !current.passesOn)
    ) {
      const finding = takeOver(next, 'later')
      finding.passesOn = false
      attributions[i] = attributionOf(continued, finding)
    }
  }
}
