/**
 * The credit before a quotation's opening mark — the last cue of its sentence
 * before the mark with its subject (`Trump added, "…"`, `according to X,
 * "…"`, `he called it "…"`, a participle, a passive with its agent, a verb of
 * saying in the infinitive), and the speaker of an outer report that holds it
 * (`Podesta told reporters the campaign says she is "…"`). Read by the rules
 * `cue-before` and `cue-before-outer`, `colon-lead` and `colon-paragraph`.
 *
 * @module
 */

import {beForms, gerundPrepositions} from '../lexicon/clause-words.js'
import {infinitiveCueLemmas, reportingCueLemmas} from '../lexicon/credit-words.js'
import {subordinatingConjunctions} from '../lexicon/function-words.js'
import {capitalAt, lowerAt, type Tokens} from '../text/tokens.js'
import {hasComma} from '../text/gaps.js'
import {resolve, type SieveContext, type Window} from './context.js'
import {cueAt, prepositionObject, subjectAfter, subjectBefore, type CueMatch} from './cues.js'
import type {SpeakerMention} from '../speakers/index.js'
import type {Finding, SieveView} from './rule.js'
import {invertedAt, namedSubject, relativeAntecedent, reportedClause, sentenceSubjectMention} from './subjects.js'

/** The credit before a quotation: the last cue's subject (`inner`), or the speaker of a report that holds it (`outer`). */
export interface CreditBefore {
  kind: 'inner' | 'outer'
  finding: Finding
}

/**
 * The credit in the window before a quotation. Its findings carry the cue's strength; `outer` when a named
 * source's `said`/`told` comes earlier in the sentence than the cue (speech reported inside someone else's
 * reported speech belongs to the outer speaker).
 */
export function creditBefore(context: SieveContext, window: Window): CreditBefore | null {
  const inner = lastCue(context, window)
  if (!inner) return null
  const outer = outerSpeaker(context, window, inner)
  return outer ? {kind: 'outer', finding: outer} : {kind: 'inner', finding: inner}
}

/** {@link creditBefore} of quotation `index` (shared by the rules that read it: `sieve.shared(sharedCreditBefore, index)`). */
export function sharedCreditBefore(sieve: SieveView, index: number): CreditBefore | null {
  return creditBefore(sieve.context, sieve.windows(index).before)
}

/** Prepositions before a gerund cue (`upon saying`, `after calling him`, `by telling`). */
const gerundLinks = new Set(gerundPrepositions)
const beSet = new Set(beForms)

/** Whether the cue at `i` is passive with an agent: `was asked by …`, `was reportedly told by …`. */
function passiveAt(tokens: Tokens, i: number, cue: CueMatch, window: Window): boolean {
  if (cue.to + 1 >= window.to || lowerAt(tokens, cue.to) !== 'by' || i - 1 <= window.from) return false
  let k = i - 1
  if (k > window.from && lowerAt(tokens, k).endsWith('ly')) k--
  return beSet.has(lowerAt(tokens, k))
}

/** `Sanders was asked by host Bill Maher, who …, "…"`: the named agent of a passive cue. */
function passiveAgent(context: SieveContext, cue: CueMatch, window: Window): SpeakerMention | null {
  const {tokens, text} = context
  const mention = resolve(context, subjectAfter(text, tokens, cue.to + 1, window.to, context.lexicon))
  return mention && mention.entity && mention.kind !== 'nominal' && mention.kind !== 'pronoun' ? mention : null
}

/** Verbs of saying in the infinitive (`to call Fields "…"`): their base forms are no cues of the lexicon. */
const infinitiveLemmas = new Set(infinitiveCueLemmas)

function infinitiveCue(tokens: Tokens, i: number, window: Window): CueMatch | null {
  if (i - 1 <= window.from || lowerAt(tokens, i - 1) !== 'to' || !infinitiveLemmas.has(lowerAt(tokens, i))) return null
  return {from: i, to: i + 1, lemma: lowerAt(tokens, i), strength: 0.7}
}

/**
 * `…, with Lewandowski taking to Twitter to call Fields "…"`: the named subject of the verb in -ing or -ed
 * that governs an infinitive cue (`to` at token `at`), a few words before it.
 */
function infinitiveSubject(context: SieveContext, at: number, window: Window): SpeakerMention | null {
  const {tokens, text} = context
  for (let k = at - 1; k > window.from && k >= at - 6; k--) {
    const lower = lowerAt(tokens, k)
    if (capitalAt(tokens, k) || !(lower.endsWith('ing') || lower.endsWith('ed'))) continue
    const phrase = subjectBefore(text, tokens, k, window.from, context.lexicon)
    if (!phrase || prepositionObject(text, tokens, phrase, window.from, k)) return null
    const mention = resolve(context, phrase)
    return mention && mention.entity && (mention.kind === 'name' || mention.kind === 'surname') ? mention : null
  }
  return null
}

/** The last cue of a window with its subject: the finding carries the cue's strength. */
export function lastCue(context: SieveContext, window: Window): Finding | null {
  const {tokens, text, cues} = context
  for (let i = window.to - 1; i >= window.from; i--) {
    const cue = cueAt(cues, tokens, i) ?? infinitiveCue(tokens, i, window)
    if (!cue) continue
    // (`… incurred a wave of boos upon saying, "…"`: a gerund after a preposition is a participle too.)
    const participle =
      lowerAt(tokens, i).endsWith('ing') &&
      i > window.from &&
      (/,[\s]*$/.test(text.slice(tokens.end[i - 1], tokens.start[i])) ||
        (gerundLinks.has(lowerAt(tokens, i - 1)) && !capitalAt(tokens, i - 1)))
    let mention: SpeakerMention | null = null
    if (participle) {
      // `Trump went after Bush, calling him "…"`: the subject of the clause — the nearest one: in
      // `The statement said that Yeo had written to Downer, stressing that "…"` the clause after `said that`.
      const clause = reportedClause(context, window.from, i)
      mention =
        (clause > 0 ? namedSubject(context, clause, i) : null) ?? sentenceSubjectMention(context, window.from, i)
    } else if (passiveAt(tokens, i, cue, window)) {
      // Passive: `Sanders was asked by host Bill Maher, who …, "…"` — the named agent spoke.
      mention = passiveAgent(context, cue, window)
      if (!mention) continue
    } else if (cue.lemma === 'according to' || i === window.from || invertedAt(context, i, cue, window)) {
      // `according to X, "…"`; `Said Dorothy Poynter, "…"`; `Continued Stone: "…"`.
      mention = resolve(context, subjectAfter(text, tokens, cue.to, window.to, context.lexicon))
    } else {
      const phrase = subjectBefore(text, tokens, i, window.from, context.lexicon)
      // `Thiel wrote in a statement to Wired explaining why …`: the object of a preposition is no subject.
      // (Unless a relative clause on it holds the cue: `Contrast that with Trump, who has called the pact "…"`.)
      if (
        phrase &&
        prepositionObject(text, tokens, phrase, window.from, i) &&
        !relativeAntecedent(text, tokens, phrase)
      ) {
        mention = sentenceSubjectMention(context, window.from, phrase.from)
      } else if (phrase) mention = resolve(context, phrase)
      // `Teneo issued a statement saying that "…"`, `Silverman incurred a wave of boos upon saying, "…"`: a
      // participle after a thing (no one of the story) tells what the sentence's subject said.
      if (
        phrase &&
        mention &&
        !mention.entity &&
        lowerAt(tokens, i).endsWith('ing') &&
        !context.registry.lexicon.personNominals.has(lowerAt(tokens, phrase.to - 1))
      ) {
        mention = sentenceSubjectMention(context, window.from, phrase.from)
      }
    }
    if (!mention && i - 1 > window.from && lowerAt(tokens, i - 1) === 'to')
      mention = infinitiveSubject(context, i - 1, window)
    if (!mention && cue.lemma !== 'according to' && i > window.from) {
      // `X … and said: "…"`: the sentence's own subject.
      mention = sentenceSubjectMention(context, window.from, i)
    }
    if (!mention) continue
    return {mention, cue, clauseEnd: window.to, strength: cue.strength}
  }
  return null
}

/** Words that open a subordinate clause. */
const subordinators = new Set(subordinatingConjunctions)
/** Verbs of saying whose content clause can hold another report. */
const outerLemmas = new Set(reportingCueLemmas)

/** The speaker of a report (`said`, `told`) earlier in the sentence that holds the `inner` one. */
function outerSpeaker(context: SieveContext, window: Window, inner: Finding): Finding | null {
  const {tokens, text, cues} = context
  const innerCue = inner.cue
  if (!innerCue) return null
  const innerAt = innerCue.from
  // The nearest report that holds the inner one (`Trump said, after Quick said the billionaire had referred
  // to Rubio as the "…"` → Quick).
  for (let i = innerAt - 2; i > window.from; i--) {
    const cue = cueAt(cues, tokens, i)
    if (!cue || !outerLemmas.has(cue.lemma)) continue
    // `"…," Trump said, after …`: a cue followed by a comma reports what came before it.
    if (cue.to < tokens.length && hasComma(text, tokens.end[cue.to - 1], tokens.start[cue.to])) continue
    const phrase = subjectBefore(text, tokens, i, window.from, context.lexicon)
    // `When Ryan said he would no longer defend him, Trump responded, "…"`: a clause that opens the sentence
    // with a subordinator reports nothing of the main clause.
    if (
      !phrase ||
      (phrase.from > window.from &&
        subordinators.has(lowerAt(tokens, phrase.from - 1)) &&
        phrase.from - 1 === window.from)
    )
      continue
    const mention = resolve(context, phrase)
    if (!mention || !mention.entity || (mention.kind !== 'name' && mention.kind !== 'surname')) continue
    if (mention.entity === inner.mention?.entity) return null
    return {mention, cue, clauseEnd: window.to, strength: cue.strength}
  }
  return null
}
