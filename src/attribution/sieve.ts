/**
 * The attribution sieve: small named rules run in order on each quotation;
 * the first that finds a speaker wins and its name is recorded on
 * `quotation.rule`. See `docs/attribution.md`.
 *
 * Rules look only at bounded windows around the quotation (its sentence,
 * its paragraph, the paragraph before), so the stage stays linear.
 *
 * @module
 */

import {firstStartingAt} from '../util/bisect.js'
import type {QuotedRun, Range} from '../quotes/pair.js'
import {isPlace, resolvePronoun, type Registry, type SpeakerHistory} from '../speakers/entities.js'
import type {SpeechLexicon} from '../speakers/lexicon.js'
import {reportNouns, speechNouns} from '../lexicon/cues.js'
import {subordinatingConjunctions} from '../lexicon/function-words.js'
import {
  beForms,
  clauseAuxiliaries as clauseAuxiliaryWords,
  clauseStarters,
  coordinators,
  gerundPrepositions,
  innerClauseOpeners,
  leadAdverbs,
  roleDeterminers as roleDeterminerWords,
  sentenceOpeners
} from '../lexicon/clause-words.js'
import {
  addresseeCueLemmas,
  asSayingForms,
  auxiliaryTimeWords,
  creditTailOpeners,
  documentNouns,
  infinitiveCueLemmas,
  issuedParticiples,
  quotingVerbs,
  reportingCueLemmas,
  speechNounLinks
} from '../lexicon/credit-words.js'
import {nameParticles} from '../lexicon/name-particles.js'
import {objectPronouns} from '../lexicon/pronouns.js'
import {creditTitleSmallWords} from '../lexicon/quote-context.js'
import {timeNouns} from '../lexicon/time-words.js'
import {capitalAt, lowerAt, possessiveAt, tokenAt, type Tokens} from '../text/tokens.js'
import {endsSentenceBefore as endsSentence, periodCloses, stopEndsSentence, stopGap} from '../text/sentences.js'
import {cueAt, firstConjunct, phraseEndingAt, prepositionObject, subjectAfter, subjectBefore, type CueIndex, type CueMatch, type Phrase} from './cues.js'
import {resolvePhrase, type SpeakerMention} from './resolve.js'

/** What the rules see. */
export interface SieveContext {
  text: string
  tokens: Tokens
  registry: Registry
  history: SpeakerHistory
  cues: CueIndex
  lexicon: SpeechLexicon
  paragraphs: readonly Range[]
  /** Outer runs in order. */
  runs: readonly QuotedRun[]
}

/** An attribution found by a rule. */
export interface Attribution {
  mention: SpeakerMention | null
  cue: CueMatch | null
  rule: string
  confidence: number
  /** The cue is in the quotation's own sentence (a partial quote is speech). */
  local: boolean
  /** Token index after the cue clause (to link split quotations). */
  clauseEnd: number
}

/**
 * `found` under another rule (an object literal: `{...found, rule}` takes a slow path in V8).
 */
export function restate(found: Attribution, rule: string, local: boolean, confidence: number): Attribution {
  return {mention: found.mention, cue: found.cue, rule, confidence, local, clauseEnd: found.clauseEnd}
}

/** Token window `[from, to)`. */
interface Window {
  from: number
  to: number
}

/** Longest windows, in tokens. */
const AFTER_TOKENS = 30
const BEFORE_TOKENS = 45

const tellLemmas = new Set(addresseeCueLemmas)

/** The tokens after the closing mark, to the end of the sentence (or the next run). */
function afterWindow(context: SieveContext, run: QuotedRun, nextStart: number): Window {
  const {tokens, text} = context
  const end = run.close ? run.close.end : run.end
  const paragraph = context.paragraphs[run.paragraph]
  const from = tokenAt(tokens, end)
  // `Trump said Clinton "caused death." Bernie Sanders called …`: a quotation that ends its sentence with a
  // period inside the marks, followed by a capitalised word, leaves nothing of its sentence after it
  // (`"…?" asked Borger` and `"…," he said` go on).
  // (So does a sentence end right after the closing mark: `"…5'2". You know what they say …`.)
  const closed = run.close !== null && from < tokens.length && capitalAt(tokens, from) && (periodCloses(text, Math.max(run.start, run.close.start - 4), run.close.start) || stopGap(text.slice(run.close.end, tokens.start[from])))
  let to = from
  const limit = Math.min(tokens.length, from + AFTER_TOKENS)
  while (to < limit && tokens.start[to] < nextStart && tokens.start[to] < paragraph.end) {
    if (to > from && endsSentence(text, text.slice(tokens.end[to - 1], tokens.start[to]), tokens, to)) break
    to++
  }
  // (Unless what follows is a bare credit that ends there: `"…." Song said.`, `"…." said Song on Tuesday.`)
  // (Not when the words go on into another quotation: `"…liar." Carly Fiorina said Ted Cruz "…"`.)
  if (closed && (!bareCredit(context, from, to) || (to < tokens.length && tokens.start[to] >= nextStart))) return {from, to: from}
  return {from, to}
}

/** Whether tokens `[from, to)` are a short credit: a cue among the first words, and at most a few after it. */
function bareCredit(context: SieveContext, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 6; k++) {
    const cue = cueAt(context.cues, context.tokens, k)
    if (cue) return (to - cue.to <= 3 || creditTail(context, cue.to, to)) && !tellLemmas.has(cue.lemma)
  }
  return false
}

/** Words that open the circumstances of a credit (`in an interview with Xinhua`, `on Tuesday`). */
const tailOpeners = new Set(creditTailOpeners)
/** Words that open a clause, not circumstances. */
const tailStops = new Set(clauseStarters)

/**
 * Whether tokens `[from, to)` after a cue are only its circumstances (`in a statement on Saturday`, `in an
 * exclusive interview with Xinhua`, `at a news conference`): at most ten words opened by a preposition or a word of
 * time, with no clause in them.
 */
function creditTail(context: SieveContext, from: number, to: number): boolean {
  const {tokens, text} = context
  if (to - from > 10 || from >= to || !tailOpeners.has(lowerAt(tokens, from)) || capitalAt(tokens, from)) return false
  for (let k = from; k < to; k++) {
    if (tailStops.has(lowerAt(tokens, k)) || cueAt(context.cues, tokens, k)) return false
    if (k > from && /[,;:"“”]/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) return false
  }
  return true
}

/** The tokens before the opening mark, from the start of the sentence (or the previous run). */
function beforeWindow(context: SieveContext, run: QuotedRun, previousEnd: number): Window {
  const {tokens, text} = context
  const start = run.open ? run.open.start : run.start
  const paragraph = context.paragraphs[run.paragraph]
  const to = tokenAt(tokens, start)
  let from = to
  const limit = Math.max(0, to - BEFORE_TOKENS)
  while (from > limit && tokens.start[from - 1] >= paragraph.start && tokens.end[from - 1] <= start && tokens.start[from - 1] >= previousEnd) {
    // The sentence before ends at the opening mark (`… interest. "It's …`): nothing of it is in the window.
    // (A line break alone before the mark does not: wire copy is often wrapped.)
    if (from < to ? endsSentence(text, text.slice(tokens.end[from - 1], tokens.start[from]), tokens, from) : stopEndsSentence(text.slice(tokens.end[from - 1], start))) break
    from--
  }
  return {from, to}
}

function resolve(context: SieveContext, phrase: Phrase | null): SpeakerMention | null {
  if (!phrase) return null
  return resolvePhrase(context.registry, context.history, phrase)
}

/** Object pronouns and the subject pronouns they stand for. */
const objectPronounMap = new Map(Object.entries(objectPronouns))
/** Words of time between an auxiliary and its participle (`was Saturday quoted`). */
const timeWords = new Set(auxiliaryTimeWords)
/** Verbs of `X quoted Y as saying`, and the participles after `as`. */
const quotingVerbSet = new Set(quotingVerbs)
const asSayingSet = new Set(asSayingForms)
/** Forms of *be*; without the infinitive, the auxiliaries of a passive clause (`was quoted`). */
const beSet = new Set(beForms)
const passiveAuxiliaries = new Set(beForms.filter((word) => word !== 'be'))

/**
 * Rule `quoted-as-saying`: `X quoted Y as saying` around the quotation: Y is the speaker.
 */
function quotedAsSaying(context: SieveContext, window: Window): Attribution | null {
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
        if (auxiliary - 1 >= window.from && (timeWords.has(lowerAt(tokens, auxiliary)) || /ly$/.test(lowerAt(tokens, auxiliary)))) auxiliary--
        const passive = auxiliary >= window.from && passiveAuxiliaries.has(lowerAt(tokens, auxiliary))
        // `the agency quoted him as saying`: the object pronoun stands for the subject one.
        const object = passive ? null : objectPronounMap.get(lowerAt(tokens, i + 1))
        if (object && i + 2 === k) {
          const entity = resolvePronoun(context.registry, context.history, object, tokens.start[i + 1])
          if (entity) return {mention: {entity, kind: 'pronoun', start: tokens.start[i + 1], end: tokens.end[i + 1]}, cue: {from: i, to: k + 2, lemma: 'quote', strength: 1}, rule: 'quoted-as-saying', confidence: 0.9, local: true, clauseEnd: k + 2}
        }
        const phrase = passive ? subjectBefore(text, tokens, auxiliary, window.from, context.lexicon) : subjectAfter(text, tokens, i + 1, k, context.lexicon)
        const mention = resolve(context, phrase)
        if (mention) {
          return {mention, cue: {from: i, to: k + 2, lemma: 'quote', strength: 1}, rule: 'quoted-as-saying', confidence: 0.95, local: true, clauseEnd: k + 2}
        }
      }
    }
  }
  return null
}

/**
 * Rule `cue-after`: `"…," Vulin said` / `"…," said Vulin` / `"…," he told reporters` right after the
 * closing mark; `sentence-cue-after` when the cue closes the sentence further on (`"exotic" rights, …, he said.`).
 */
function cueAfter(context: SieveContext, window: Window): Attribution | null {
  const {tokens, text, cues} = context
  // `"That makes me smart," when Clinton blasted him`: a clause opened by a subordinator after the quotation is a
  // new one, not its credit.
  const opened = window.to > window.from && afterOpeners.has(lowerAt(tokens, window.from)) && !capitalAt(tokens, window.from)
  const long = window.to - window.from > 13 && capitalAt(tokens, window.from) && /^[^\s]*[\s]+$/.test(text.slice(tokens.end[window.from - 1] ?? 0, tokens.start[window.from]))
  for (let i = window.from; i < window.to; i++) {
    const cue = cueAt(cues, tokens, i)
    if (!cue || cue.lemma === 'according to') {
      if (cue && i === window.from) {
        const mention = resolve(context, subjectAfter(text, tokens, cue.to, window.to, context.lexicon))
        if (mention) return {mention, cue, rule: 'according-to', confidence: 0.9, local: true, clauseEnd: window.to}
      }
      continue
    }
    let phrase: Phrase | null = null
    let adjacent = false
    if (i === window.from) {
      phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
      // `"…," suggesting he might consider …`: a participle right after the quotation is a second verb of the
      // sentence's subject; a clause after it (a subject and an auxiliary) is what it says, not who says it.
      if (phrase && lowerAt(tokens, i).endsWith('ing') && phrase.to < window.to && clauseAuxiliaries.has(lowerAt(tokens, phrase.to))) continue
      // `"…," he told Smith`: the object of a tell-type cue is no speaker; `"…," warned Clinton.` closes the sentence.
      if (phrase && tellLemmas.has(cue.lemma) && !(phrase.to >= window.to && capitalAt(tokens, phrase.from))) phrase = null
      // `"…," said a choked-up mourner, Janos Szalai.`: a description, then the name it describes.
      const named = phrase ? namedAfterRole(context, phrase, window) : null
      if (named) return {mention: named, cue, rule: 'cue-after', confidence: 0.95 * cue.strength, local: true, clauseEnd: window.to}
      adjacent = true
    } else {
      phrase = subjectBefore(text, tokens, i, window.from, context.lexicon)
      // (The subordinate clause's own subject and verb; a credit that closes the sentence still counts:
      // `"…" if she did not win, said David Wasserman`.)
      // (`… called the pact "insanity," and Sanders, who says it's "…"`: a conjunct opened by `and`/`but` right
      // after the closing mark, with a subject of its own, is a new clause too.)
      if ((opened || conjunctAt(context, window.from)) && phrase && phrase.from === window.from + 1) continue
      adjacent = phrase !== null && phrase.from - window.from <= 4
      if (!adjacent && phrase) {
        // Further on: only a cue clause that closes the sentence (`…, he said.`).
        let end = cue.to
        while (end < window.to && end < cue.to + 4) end++
        if ((end < window.to && !creditTail(context, cue.to, window.to)) || !/,\s*$/.test(text.slice(phrase.from > 0 ? tokens.end[phrase.from - 1] : 0, tokens.start[phrase.from]))) {
          phrase = null
        }
      }
      // (`"…" and said Republican leaders will …`: a second verb of the sentence's subject; what follows is
      // what was said.)
      // (Not after a subordinator: in `"…" while noting it would …` the words after the cue are what was noted.)
      if (!phrase && i - window.from <= 1 && !tellLemmas.has(cue.lemma) && !(i > window.from && (coordinatorSet.has(lowerAt(tokens, window.from)) || opened))) {
        phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
        adjacent = phrase !== null
      }
      // `"…," underpinned by solid profits, predicted Morgan Stanley economist Takehiro Sato, who …`
      if ((!phrase || !adjacent) && invertedAt(context, i, cue, window)) {
        phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
        adjacent = false
      }
    }
    const mention = resolve(context, phrase)
    if (mention) {
      return {
        mention,
        cue,
        rule: adjacent ? 'cue-after' : 'sentence-cue-after',
        confidence: adjacent ? 0.95 * cue.strength : 0.8 * cue.strength,
        local: true,
        clauseEnd: Math.max(cue.to, phrase ? phrase.to : cue.to)
      }
    }
    // A long subject right after the closing mark (`"…," Fred Kagan, director of the … Institute, said`) may
    // put its verb further on.
    if (i - window.from > (long ? 24 : 12)) break
  }
  return leadingSubject(context, window) ?? bareVerbCredit(context, window)
}

/** Auxiliaries and modals that make a subject and its verb of the words after a participle (`suggesting he might`). */
const clauseAuxiliaries = new Set(clauseAuxiliaryWords)
const coordinatorSet = new Set(coordinators)

/** Whether `phrase` is followed by `, who` (it is the antecedent of a relative clause). */
function relativeAntecedent(text: string, tokens: Tokens, phrase: Phrase): boolean {
  return phrase.to < tokens.length && lowerAt(tokens, phrase.to) === 'who' && /^,[\s]*$/.test(text.slice(tokens.end[phrase.to - 1], tokens.start[phrase.to]))
}

/** Whether token `i` is a lower-case `and`/`but` (a new conjunct). */
function conjunctAt(context: SieveContext, i: number): boolean {
  return i < context.tokens.length && !capitalAt(context.tokens, i) && /^(?:and|but)$/.test(lowerAt(context.tokens, i))
}

/**
 * `"…," Ramon Calderon, Real Madrid's President, said`, `"…," ADF, the soft loan arm of the African Development
 * Bank (AfDB) said`: a name right after the closing mark, set off by a comma, then words the appositive rules do
 * not read (a capitalised role, a role with no closing comma) and the cue — the name is the subject. Only when
 * no cue of the window found a speaker of its own.
 */
function leadingSubject(context: SieveContext, window: Window): Attribution | null {
  const {tokens, text, cues} = context
  if (window.to - window.from < 3 || window.from === 0 || !capitalAt(tokens, window.from)) return null
  // The quotation ends its clause with a comma (`,"` or `",`): what follows is its credit, not the sentence going on
  // (`challenged the assertion that Grayson had ever "attacked" Clinton, and said …`).
  if (!/,/.test(text.slice(tokens.end[window.from - 1], tokens.start[window.from]))) return null
  const phrase = subjectAfter(text, tokens, window.from, window.to, context.lexicon, true)
  if (!phrase || phrase.to >= window.to || !capitalAt(tokens, phrase.to - 1) || !/^,[\s]+$/.test(text.slice(tokens.end[phrase.to - 1], tokens.start[phrase.to]))) return null
  // (Not a title's complement: `Minister for Information, Communications and the Arts Lee Boon Yang`.)
  if (phrase.to - 2 > phrase.from && /^(?:of|for)$/.test(lowerAt(tokens, phrase.to - 2)) && !capitalAt(tokens, phrase.to - 2)) return null
  for (let i = phrase.to; i < window.to && i - phrase.to <= 14; i++) {
    const gap = i > phrase.to ? text.slice(tokens.end[i - 1], tokens.start[i]) : ' '
    const cue = cueAt(cues, tokens, i)
    // (Plain words and a parenthesis up to the cue; one more comma only right before it: `, Real Madrid's
    // President, said`.)
    if (/[;:"“”]/.test(gap) || (/,/.test(gap) && !cue)) return null
    if (!cue) continue
    if (cue.lemma === 'according to' || coordinatorSet.has(lowerAt(tokens, i - 1))) return null
    const mention = resolve(context, phrase)
    if (!mention || !mention.entity || mention.kind === 'nominal' || mention.kind === 'pronoun') return null
    return {mention, cue, rule: 'cue-after', confidence: 0.8 * cue.strength, local: true, clauseEnd: cue.to}
  }
  return null
}

/** Determiners that open a description of someone (`a mourner`, `the governor`). */
const roleDeterminers = new Set(roleDeterminerWords)
/** Lower-case particles inside a name (`Muqrin bin Abdul Aziz`, `Ludwig van Beethoven`). */
const nameLinks = new Set(nameParticles)

/**
 * `"…," said the governor of the central bank, Josef Tosovsky.`: after an inverted cue, a description opened by a
 * determiner, a comma and a person's full name that closes the sentence (or is set off by a comma) — the name
 * is the speaker. Bounded: the description runs at most twelve words.
 */
function namedAfterRole(context: SieveContext, phrase: Phrase, window: Window): SpeakerMention | null {
  const {tokens, text} = context
  if (capitalAt(tokens, phrase.from) || !roleDeterminers.has(lowerAt(tokens, phrase.from))) return null
  let comma = -1
  for (let k = phrase.from + 1; k < window.to && k - phrase.from <= 12; k++) {
    const gap = text.slice(tokens.end[k - 1], tokens.start[k])
    if (/[;:()"“”]/.test(gap)) return null
    if (/,/.test(gap)) {
      comma = k
      break
    }
    if (cueAt(context.cues, tokens, k)) return null
  }
  if (comma < 0) return null
  // The name: capitalised words (and particles between them) separated by spaces.
  let to = comma
  while (to < window.to && to - comma < 7 && (to === comma || /^[ \t\u00a0]+$/.test(text.slice(tokens.end[to - 1], tokens.start[to])))) {
    if (capitalAt(tokens, to)) to++
    else if (to > comma && to + 1 < window.to && nameLinks.has(lowerAt(tokens, to)) && capitalAt(tokens, to + 1)) to += 2
    else break
  }
  const name = {from: comma, to}
  if (name.to - name.from < 2) return null
  if (name.to < window.to && !/^[\s]*[,.;]/.test(text.slice(tokens.end[name.to - 1], tokens.start[name.to]))) return null
  const mention = resolve(context, name)
  return mention && mention.entity && mention.entity.kind === 'person' && mention.kind === 'name' ? mention : null
}

/**
 * `"…," Hannity started.` / `"…," Trump interrupted.`: after the closing mark, a short sentence of a name and one
 * verb in -ed (no cue of the lexicon) that ends there — the name spoke the quotation.
 */
function bareVerbCredit(context: SieveContext, window: Window): Attribution | null {
  const {tokens, text} = context
  const size = window.to - window.from
  if (size < 2 || size > 4 || !capitalAt(tokens, window.from)) return null
  const verb = window.to - 1
  const lower = lowerAt(tokens, verb)
  if (capitalAt(tokens, verb) || !lower.endsWith('ed') || !/^[\s]+$/.test(text.slice(tokens.end[verb - 1], tokens.start[verb]))) return null
  if (!/^[.!]/.test(text.slice(tokens.end[verb], tokens.end[verb] + 1))) return null
  const phrase = subjectAfter(text, tokens, window.from, verb, context.lexicon, true)
  if (!phrase || phrase.to !== verb) return null
  const mention = resolve(context, phrase)
  if (!mention || !mention.entity || (mention.kind !== 'name' && mention.kind !== 'surname')) return null
  return {mention, cue: null, rule: 'cue-after', confidence: 0.7, local: true, clauseEnd: window.to}
}

/**
 * Rule `according-to-end`: `… a nationwide "walk-in" at 2,000 schools, according to the organizer Alliance
 * for Quality Education.` — an `according to X` that closes the quotation's sentence further on, for a
 * quotation no cue of its own sentence attributed.
 */
export function accordingToEnd(context: SieveContext, window: Window): Attribution | null {
  const {tokens, text, cues} = context
  for (let i = window.from + 1; i < window.to; i++) {
    const cue = cueAt(cues, tokens, i)
    if (!cue) continue
    if (cue.lemma !== 'according to' || !/,[\s]*$/.test(text.slice(tokens.end[i - 1], tokens.start[i]))) return null
    const phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
    const mention = phrase && phrase.to >= window.to ? resolve(context, phrase) : null
    return mention ? {mention, cue, rule: 'according-to-end', confidence: 0.75, local: true, clauseEnd: window.to} : null
  }
  return null
}

/**
 * Rule `colon-lead`: `Vulin said: "…"`, `Mark Blumenthal:` before the opening mark.
 */
function colonLead(context: SieveContext, run: QuotedRun, window: Window): Attribution | null {
  const {tokens, text} = context
  if (window.to <= window.from || !run.open) return null
  const gap = text.slice(tokens.end[window.to - 1], run.open.start)
  if (!/^[\s]*[:—–-][\s]*$/.test(gap) || /^[\s]*[—–-]/.test(gap)) return null
  const found = lastCue(context, window)
  if (found) return found.attribution('colon-lead', 0.95)
  // `pollster Daron Shaw: "…"`: the noun phrase right before the colon; after a preposition
  // (`… broke it down to the Dutch newspaper NRC Handelsblad: "…"`) the sentence's subject.
  const ending = phraseEndingAt(text, tokens, window.to - 1, window.from, context.lexicon)
  const phrase = ending ? firstConjunct(text, tokens, ending, window.from, context.lexicon) : null
  if (phrase && prepositionObject(text, tokens, phrase, window.from, window.to - 1)) {
    const subject = sentenceSubjectMention(context, window.from, phrase.from)
    return subject && (subject.kind === 'name' || subject.kind === 'surname') ? {mention: subject, cue: null, rule: 'colon-lead', confidence: 0.6, local: true, clauseEnd: window.to} : null
  }
  const mention = resolve(context, phrase)
  if (mention && mention.entity && (mention.kind === 'name' || mention.kind === 'surname')) {
    return {mention, cue: null, rule: 'colon-lead', confidence: 0.7, local: true, clauseEnd: window.to}
  }
  const last = window.to - 1
  // `From Bush's Facebook post: "…"`: a possessive name before a noun of speech or a document.
  if (phrase && (speechNounSet.has(lowerAt(tokens, last)) || documentNounSet.has(lowerAt(tokens, last)))) {
    for (let k = last - 1; k >= phrase.from; k--) {
      if (!possessiveAt(tokens, k) || !capitalAt(tokens, k)) continue
      const owner = resolve(context, phraseEndingAt(text, tokens, k, phrase.from, context.lexicon))
      if (owner && owner.entity && owner.kind !== 'nominal') return {mention: owner, cue: null, rule: 'colon-lead', confidence: 0.7, local: true, clauseEnd: window.to}
      break
    }
  }
  // `Kasich resisted: "…"`: a verb that is no cue, right after its subject.
  if (last > window.from && !capitalAt(tokens, last) && lowerAt(tokens, last).endsWith('ed')) {
    const subject = resolve(context, subjectBefore(text, tokens, last, window.from, context.lexicon))
    if (subject && subject.entity && (subject.kind === 'name' || subject.kind === 'surname')) {
      return {mention: subject, cue: null, rule: 'colon-lead', confidence: 0.7, local: true, clauseEnd: window.to}
    }
  }
  return null
}

/** Documents that credit their possessor with the quotation after a colon (`Bush's Facebook post:`). */
const documentNounSet = new Set(documentNouns)

/** Start of the last clause reported by a verb of saying in `[from, to)` (`said that |Yeo had written …`), else -1. */
function reportedClause(context: SieveContext, from: number, to: number): number {
  const {tokens, cues} = context
  for (let k = to - 1; k > from; k--) {
    if (lowerAt(tokens, k) !== 'that' || capitalAt(tokens, k)) continue
    // The verb right before `that` (`said that`, not `repeated accusations that`).
    return cueAt(cues, tokens, k - 1) ? k + 1 : -1
  }
  return -1
}

/** The subject of the clause at `from` when it names someone (a name or a surname). */
function namedSubject(context: SieveContext, from: number, to: number): SpeakerMention | null {
  const mention = sentenceSubjectMention(context, from, to)
  return mention && (mention.kind === 'name' || mention.kind === 'surname') ? mention : null
}

/** `The paradox of Nancy, says Carl Anthony, …`: a cue after a comma, followed by a name. */
function invertedAt(context: SieveContext, i: number, cue: CueMatch, window: Window): boolean {
  const {tokens, text} = context
  if (i <= window.from || cue.to >= window.to || tellLemmas.has(cue.lemma) || !capitalAt(tokens, cue.to) || !/,[\s]*$/.test(text.slice(tokens.end[i - 1], tokens.start[i]))) return false
  // The name is followed by a comma or ends the sentence: `, says Carl Anthony, historian …`, not `, said Sanders has …`.
  const phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
  if (!phrase) return false
  return phrase.to >= window.to || /^[\s]*[,.;:]/.test(text.slice(tokens.end[phrase.to - 1], tokens.start[phrase.to]))
}

/** Prepositions before a gerund cue (`upon saying`, `after calling him`, `by telling`). */
const gerundLinks = new Set(gerundPrepositions)

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

/** The last cue of a window with its subject. */
function lastCue(context: SieveContext, window: Window): {attribution: (rule: string, confidence: number) => Attribution} | null {
  const {tokens, text, cues} = context
  for (let i = window.to - 1; i >= window.from; i--) {
    const cue = cueAt(cues, tokens, i) ?? infinitiveCue(tokens, i, window)
    if (!cue) continue
    // (`… incurred a wave of boos upon saying, "…"`: a gerund after a preposition is a participle too.)
    const participle = lowerAt(tokens, i).endsWith('ing') && i > window.from && (/,[\s]*$/.test(text.slice(tokens.end[i - 1], tokens.start[i])) || (gerundLinks.has(lowerAt(tokens, i - 1)) && !capitalAt(tokens, i - 1)))
    let mention: SpeakerMention | null = null
    if (participle) {
      // `Trump went after Bush, calling him "…"`: the subject of the clause — the nearest one: in
      // `The statement said that Yeo had written to Downer, stressing that "…"` the clause after `said that`.
      const clause = reportedClause(context, window.from, i)
      mention = (clause > 0 ? namedSubject(context, clause, i) : null) ?? sentenceSubjectMention(context, window.from, i)
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
      if (phrase && prepositionObject(text, tokens, phrase, window.from, i) && !relativeAntecedent(text, tokens, phrase)) {
        mention = sentenceSubjectMention(context, window.from, phrase.from)
      } else if (phrase) mention = resolve(context, phrase)
      // `Teneo issued a statement saying that "…"`, `Silverman incurred a wave of boos upon saying, "…"`: a
      // participle after a thing (no one of the story) tells what the sentence's subject said.
      if (phrase && mention && !mention.entity && lowerAt(tokens, i).endsWith('ing') && !context.registry.lexicon.personNominals.has(lowerAt(tokens, phrase.to - 1))) {
        mention = sentenceSubjectMention(context, window.from, phrase.from)
      }
    }
    if (!mention && i - 1 > window.from && lowerAt(tokens, i - 1) === 'to') mention = infinitiveSubject(context, i - 1, window)
    if (!mention && cue.lemma !== 'according to' && i > window.from) {
      // `X … and said: "…"`: the sentence's own subject.
      mention = sentenceSubjectMention(context, window.from, i)
    }
    if (!mention) continue
    return {
      attribution: (rule, confidence) => ({mention, cue, rule, confidence: confidence * cue.strength, local: true, clauseEnd: window.to})
    }
  }
  return null
}

/**
 * Rule `cue-before`: `Trump added, "…"`, `Richardson said "…"`, `according to X, "…"`,
 * `he called it "a provocation"` — a cue earlier in the quotation's sentence.
 */
function cueBefore(context: SieveContext, window: Window): Attribution | null {
  const found = lastCue(context, window)
  if (!found) return null
  const inner = found.attribution('cue-before', 0.9)
  // `Podesta told reporters that the campaign says she is "…"`: speech reported inside
  // someone else's reported speech belongs to the outer speaker (a named source whose
  // `said`/`told` comes earlier in the sentence, before the inner cue).
  const outer = outerSpeaker(context, window, inner)
  return outer ?? inner
}

const speechNounSet = new Set(speechNouns)
/** Words that may stand between a speech noun and the quotation (`claim Monday that "…"`). */
const speechNounLinkSet = new Set(speechNounLinks)

/**
 * Rule `speech-noun`: `top environmental official Oleg Mitvol's claim Monday that "…"` — a possessive name
 * and a noun of speech right before the opening mark.
 */
function speechNoun(context: SieveContext, window: Window): Attribution | null {
  const {tokens, text} = context
  let k = window.to - 1
  let links = 0
  while (k > window.from && speechNounLinkSet.has(lowerAt(tokens, k)) && links < 3) {
    k--
    links++
  }
  if (k <= window.from || !speechNounSet.has(lowerAt(tokens, k)) || !possessiveAt(tokens, k - 1) || !capitalAt(tokens, k - 1)) {
    // The noun's content clause may run on before the mark (`Comey's conclusion that her actions were "…"`).
    k = -1
    for (let n = window.to - 2; n > window.from + 1 && n >= window.to - 12; n--) {
      if (lowerAt(tokens, n) === 'that' && speechNounSet.has(lowerAt(tokens, n - 1)) && possessiveAt(tokens, n - 2) && capitalAt(tokens, n - 2)) {
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
  return {mention, cue: {from: k, to: k + 1, lemma: lowerAt(tokens, k), strength: 0.8}, rule: 'speech-noun', confidence: 0.75, local: true, clauseEnd: window.to}
}

const reportNounSet = new Set(reportNouns)
/** Participles between a document and its author (`an email sent out by Sanders`). */
const issuedWords = new Set(issuedParticiples)

/**
 * Rule `report-noun`: `it was a report by Politico that he "…"`, `a report in The Wall Street Journal this week
 * about his campaign "…"`, `a fundraising email sent out by Sanders warned: "…"` — a noun of report or document,
 * then `by`/`from` its author (or `in` a medium), and the quotation in what follows in the same clause: the author.
 * Bounded: the noun is among the last twenty words before the mark, with no sentence break after the author.
 */
function reportNoun(context: SieveContext, window: Window): Attribution | null {
  const {tokens, text} = context
  const floor = Math.max(window.from, window.to - 20)
  for (let k = window.to - 3; k >= floor; k--) {
    if (capitalAt(tokens, k) || !(reportNounSet.has(lowerAt(tokens, k)) || speechNounSet.has(lowerAt(tokens, k)))) continue
    let at = k + 1
    // (`sent out by`, `issued by`)
    if (at < window.to && issuedWords.has(lowerAt(tokens, at))) {
      at++
      if (at < window.to && lowerAt(tokens, at) === 'out') at++
      if (lowerAt(tokens, at) !== 'by') return null
    }
    const link = lowerAt(tokens, at)
    if (at + 1 >= window.to || capitalAt(tokens, at) || (link !== 'by' && link !== 'from' && link !== 'in')) return null
    if (!/^[ \t\u00a0]+$/.test(text.slice(tokens.end[k], tokens.start[k + 1]))) return null
    let from = at + 1
    if (lowerAt(tokens, from) === 'the' && from + 1 < window.to) from++
    if (!capitalAt(tokens, from)) return null
    const phrase = subjectAfter(text, tokens, from, window.to, context.lexicon, true)
    if (!phrase || isPlace(tokens, phrase.from, phrase.to)) return null
    // What follows the author up to the mark: the rest of the clause, with no sentence break (a relative clause
    // on the author, `, which …`, and a colon before the mark may stand there; a cue may, since the rules before
    // this one found no one in its subject: `an email sent out by Sanders warned: "…"`).
    for (let n = phrase.to; n < window.to; n++) {
      const gap = text.slice(tokens.end[n - 1], tokens.start[n])
      if (/[;.!?"“”()]/.test(gap) || (/,/.test(gap) && lowerAt(tokens, n) !== 'which') || /:/.test(gap)) return null
    }
    const mention = resolve(context, phrase)
    if (!mention || !mention.entity) return null
    if (mention.kind !== 'organisation' && (link === 'in' || (mention.kind !== 'name' && mention.kind !== 'surname'))) return null
    return {mention, cue: {from: k, to: k + 1, lemma: lowerAt(tokens, k), strength: 0.8}, rule: 'report-noun', confidence: 0.7, local: true, clauseEnd: window.to}
  }
  return null
}

/** Words that open a subordinate clause. */
const subordinators = new Set(subordinatingConjunctions)
/** Conjunctions that open a new clause right after a quotation (not `as`: `"…," as Trump put it` is a credit). */
const afterOpeners = new Set(subordinatingConjunctions.filter((word) => word !== 'as'))

/** Verbs of saying whose content clause can hold another report. */
const outerLemmas = new Set(reportingCueLemmas)

function outerSpeaker(context: SieveContext, window: Window, inner: Attribution): Attribution | null {
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
    if (cue.to < tokens.length && /,/.test(text.slice(tokens.end[cue.to - 1], tokens.start[cue.to]))) continue
    const phrase = subjectBefore(text, tokens, i, window.from, context.lexicon)
    // `When Ryan said he would no longer defend him, Trump responded, "…"`: a clause that opens the sentence
    // with a subordinator reports nothing of the main clause.
    if (!phrase || (phrase.from > window.from && subordinators.has(lowerAt(tokens, phrase.from - 1)) && phrase.from - 1 === window.from)) continue
    const mention = resolve(context, phrase)
    if (!mention || !mention.entity || (mention.kind !== 'name' && mention.kind !== 'surname')) continue
    if (mention.entity === inner.mention?.entity) return null
    return {mention, cue, rule: 'cue-before-outer', confidence: 0.8 * cue.strength, local: true, clauseEnd: window.to}
  }
  return null
}

/**
 * Rule `dash-credit`: `"…" — Commissioner X` at the end of the paragraph.
 */
function dashCredit(context: SieveContext, run: QuotedRun, before: Window): Attribution | null {
  const {tokens, text} = context
  // A partial quote inside the writer's sentence (`Rajoy insisted his party was "…"--Kim Hjelmgaard.`): the
  // dash credits the item's writer, not the words.
  if (!run.close || before.to - before.from >= 3) return null
  let paragraph = context.paragraphs[run.paragraph]
  let rest = text.slice(run.close.end, Math.min(paragraph.end, run.close.end + 120))
  // The credit on a line of its own after the quotation's paragraph: `"…" ¶ - Bernie Sanders.`
  const next = context.paragraphs[run.paragraph + 1]
  if (/^[\s]*$/.test(rest) && next && next.end - next.start <= 80) {
    paragraph = next
    rest = text.slice(next.start, next.end)
  }
  const match = /^[\s]*(?:—|–|--|-)[\s]*/.exec(rest)
  if (!match) return null
  const from = tokenAt(tokens, (paragraph === next ? next.start : run.close.end) + match[0].length)
  // `"…" - the first to make such a declaration`: a credit names someone.
  if (from >= tokens.length || !capitalAt(tokens, from)) return null
  let to = from
  while (to < tokens.length && tokens.start[to] < paragraph.end && to - from < 10) to++
  if (to === from) return null
  const mention = resolve(context, {from, to})
  if (!mention || !mention.entity) return null
  return {mention, cue: null, rule: 'dash-credit', confidence: 0.85, local: true, clauseEnd: to}
}

/** The windows of a run: its sentence after the closing mark and before the opening mark. */
export interface RunWindows {
  after: Window
  before: Window
}

/** Windows of the run `index` (bounded by the neighbouring runs of its paragraph). */
export function runWindows(context: SieveContext, index: number): RunWindows {
  const run = context.runs[index]
  const next = context.runs[index + 1]
  const previous = context.runs[index - 1]
  let nextStart = next && next.paragraph === run.paragraph && next.open ? next.open.start : Number.POSITIVE_INFINITY
  // `"…," Jeno Buzanszky, one of the members of the "Golden Team", told …`: a title in quotation marks inside
  // the credit does not end the window either.
  if (next && nextStart !== Number.POSITIVE_INFINITY && titleLike(context.text, next)) {
    const after = context.runs[index + 2]
    nextStart = after && after.paragraph === run.paragraph && after.open ? after.open.start : Number.POSITIVE_INFINITY
  }
  let previousEnd = previous && previous.paragraph === run.paragraph ? (previous.close ? previous.close.end : previous.end) : 0
  // `Podesta told NBC's "Meet the Press" that the campaign believes she "…"`: a title in quotation marks
  // inside the sentence does not end the window.
  if (previous && previousEnd > 0 && titleLike(context.text, previous)) {
    const before = context.runs[index - 2]
    previousEnd = before && before.paragraph === run.paragraph ? (before.close ? before.close.end : before.end) : 0
  }
  return {after: afterWindow(context, run, nextStart), before: beforeWindow(context, run, previousEnd)}
}

const titleCapitalRe = /^(?:\p{Lu}[\p{L}\p{N}'’-]*|\d[\p{L}\p{N}'’-]*)$/u
const titleSmallWords = new Set(creditTitleSmallWords)

/** Whether a run reads as a title (`"Meet the Press"`): a few capitalised words, no punctuation. */
function titleLike(text: string, run: QuotedRun): boolean {
  if (!run.open || !run.close || run.end - run.start > 60 || run.end <= run.start) return false
  const words = text.slice(run.start, run.end).split(' ')
  if (words.length > 8 || !/^\p{Lu}/u.test(words[0])) return false
  for (const word of words) if (!titleCapitalRe.test(word) && !titleSmallWords.has(word)) return false
  return true
}

export {quotedAsSaying, cueAfter, colonLead, dashCredit, cueBefore, speechNoun, reportNoun}

/**
 * Rule `transcript-label`: a quotation that opens with a speaker label (`"PENCE: Well, …`).
 */
export function transcriptLabel(context: SieveContext, run: QuotedRun): Attribution | null {
  const {tokens, text} = context
  const value = text.slice(run.start, Math.min(run.end, run.start + 40))
  // `PENCE:` or a name in title case (`Chris Matthews:`) — the name must be one the story gives.
  const match = /^\s*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}:/.exec(value) ?? /^\s*[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}:/.exec(value)
  if (!match) return null
  const from = tokenAt(tokens, run.start)
  const to = tokenAt(tokens, run.start + match[0].length - 1)
  if (to <= from) return null
  const name = to - 1
  const list = context.registry.surnames.get(lowerAt(tokens, name))
  if (!list || list.length === 0) return null
  const mention: SpeakerMention = {entity: list[0], kind: 'surname', start: tokens.start[from], end: tokens.end[name]}
  return {mention, cue: null, rule: 'transcript-label', confidence: 0.8, local: true, clauseEnd: to}
}

/** Nouns of time that make `The day before,` an adverbial. */
const timeNounSet = new Set(timeNouns)

/** Words that open a sentence without being its subject. */
const openers = new Set(sentenceOpeners)
const leadAdverbSet = new Set(leadAdverbs)

/**
 * The subject of the sentence that starts at token `from` (before token `to`): its first noun phrase,
 * after an opening adverbial ending with a comma (`On Monday, Trump …`, `Speaking in Salem, Trump …`).
 * Only resolved entities count.
 */
export function sentenceSubjectMention(context: SieveContext, from: number, to: number): SpeakerMention | null {
  const {tokens, text} = context
  if (to - from < 1) return null
  let start = from
  // An opening participle (`Reached by phone, Bennett …`, `Asked about it, …`): a word in -ed before a
  // lower-case word.
  const first = lowerAt(tokens, from)
  const participle = first.length >= 6 && first.endsWith('ed') && from + 1 < to && !capitalAt(tokens, from + 1) && !context.registry.surnames.has(first)
  // A sentence adverb set off by a comma (`First, Trump …`, `Ironically, …`).
  // (Not a name in -ly: `Kelly, 54, referred …`, `Italy, the largest backer, …`.)
  const adverb = first.length >= 7 && first.endsWith('ly') && from + 1 < to && /^,/.test(text.slice(tokens.end[from], tokens.start[from + 1])) && !context.registry.surnames.has(first) && !isPlace(tokens, from, from + 1)
  // A time phrase set off by a comma (`The day before, …`, `The next morning, …`): `the`, a time noun among
  // the next two words, a comma within four.
  let time = false
  if (first === 'the' && to - from > 3) {
    const noun = timeNounSet.has(lowerAt(tokens, from + 1)) || timeNounSet.has(lowerAt(tokens, from + 2))
    for (let k = from + 1; noun && k < to - 1 && k - from <= 3; k++) {
      if (capitalAt(tokens, k)) break
      if (/^,/.test(text.slice(tokens.end[k], tokens.start[k + 1]))) time = true
    }
  }
  if (openers.has(first) || participle || adverb || time) {
    // Skip to the first comma (bounded): `On Monday, …`.
    let k = from + 1
    while (k < to && k - from < 16 && !/,/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) k++
    if (k >= to || k - from >= 16) {
      if (leadAdverbSet.has(lowerAt(tokens, from))) start = from + 1
      else return null
    } else start = k
  }
  // The adverbial may run over more commas (`Speaking in Salem, New Hampshire, Trump …`, `…, which is set
  // to host the contest, Bush referred …`): the first segment that ends in no comma and names someone.
  for (let round = 0; round < 4 && start < to; round++) {
    const phrase = subjectAfter(text, tokens, start, Math.min(to, start + 10), context.lexicon, true)
    const comma = phrase && phrase.to < to && /,/.test(text.slice(tokens.end[phrase.to - 1], tokens.start[phrase.to]))
    if (phrase && !(start > from && comma)) {
      const mention = resolve(context, phrase)
      return mention && mention.entity ? mention : null
    }
    // `In the call, Wisconsin Rep. Reid Ribble, who was elected …, casts Trump …`: a name set off by a comma
    // is the subject; a place so set off is the rest of the adverbial (`Salem, New Hampshire,`).
    // (`Concord, N.H.,`: an abbreviation that ends the phrase is a state.)
    if (phrase && start > from && !isPlace(tokens, phrase.from, phrase.to) && capitalAt(tokens, phrase.to - 1) && !/\.[\s]*$/.test(text.slice(tokens.start[phrase.to - 1], tokens.end[phrase.to - 1] + 1).replace(/,$/, ''))) {
      const mention = resolve(context, phrase)
      if (mention && mention.entity && mention.kind !== 'nominal') return mention
    }
    if (start === from) return null
    // Next segment.
    let k = start + 1
    while (k < to && k - start < 16 && !/,/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) k++
    if (k >= to || k - start >= 16) return null
    start = k
  }
  return null
}


/** Words that open a clause inside a sentence, before its subject (`…, in which Clinton expressed …`). */
const clauseOpeners = new Set(innerClauseOpeners)

/**
 * The subject of the clause that holds the quotation, when a clause opens inside the sentence before it with a
 * name for subject (`…, in which Clinton expressed confidence that … "…"`, `such as when Cruz knocked Rubio
 * and called him a "…"`, `… while Trump refers to the governor as "…"`, `…, Ivanka Trump, who portrayed him as
 * "…"`): the nearest such clause, unless a new clause with its own subject starts after it (a comma before a
 * capitalised word).
 */
function clauseSubjectMention(context: SieveContext, from: number, to: number): SpeakerMention | null {
  const {tokens, text} = context
  const floor = Math.max(from, to - 40)
  for (let k = to - 1; k >= floor; k--) {
    if (k > from && /,/.test(text.slice(tokens.end[k - 1], tokens.start[k])) && capitalAt(tokens, k)) return null
    const lower = lowerAt(tokens, k)
    if (capitalAt(tokens, k) && k > from) continue
    let phrase: Phrase | null = null
    if (lower === 'who' && k > from && /^,[\s]*$/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) {
      phrase = phraseEndingAt(text, tokens, k - 1, from, context.lexicon)
      if (!phrase || !capitalAt(tokens, phrase.to - 1)) continue
    } else if (clauseOpeners.has(lower) && k + 1 < to && capitalAt(tokens, k + 1)) {
      phrase = subjectAfter(text, tokens, k + 1, Math.min(to, k + 11), context.lexicon, true)
      if (!phrase) continue
    } else continue
    // The clause's verb follows its subject (a lower-case word).
    const verb = lower === 'who' ? k + 1 : phrase.to
    if (verb >= to || capitalAt(tokens, verb) || !softGapAt(text, tokens, verb) || isPlace(tokens, phrase.from, phrase.to)) continue
    // A passive clause (`…, who was greeted with chants of "…"`) names no speaker.
    if (passiveAuxiliaries.has(lowerAt(tokens, verb)) && verb + 1 < to && lowerAt(tokens, verb + 1).endsWith('ed')) continue
    const mention = resolve(context, phrase)
    if (mention && mention.entity && (mention.kind === 'name' || mention.kind === 'surname')) return mention
  }
  return null
}

/** Whether token `i` follows the token before it with white space only. */
function softGapAt(text: string, tokens: Tokens, i: number): boolean {
  return i > 0 && /^[\s]+$/.test(text.slice(tokens.end[i - 1], tokens.start[i]))
}

/**
 * A quotation inside the opening adverbial of its sentence (`And in explaining why many of those "…" had not
 * been passed already, Clinton described …`): the name after the adverbial's comma, before its verb.
 */
function adverbialSubject(context: SieveContext, before: Window, after: Window): SpeakerMention | null {
  const {tokens, text} = context
  // (`Asked by Thrush if Clinton "gets" race, Sharpton …`: the words of a question are the asker's.)
  const first = lowerAt(tokens, before.from)
  if (after.to - after.from < 3 || !openers.has(first) || first === 'asked') return null
  for (let k = before.from + 1; k < before.to; k++) if (/,/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) return null
  for (let k = after.from + 1; k < after.to && k - after.from <= 12; k++) {
    if (!/,/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) continue
    const phrase = subjectAfter(text, tokens, k, Math.min(after.to, k + 10), context.lexicon, true)
    if (!phrase || phrase.to >= after.to || capitalAt(tokens, phrase.to) || !softGapAt(text, tokens, phrase.to) || isPlace(tokens, phrase.from, phrase.to)) return null
    const mention = resolve(context, phrase)
    return mention && mention.entity && (mention.kind === 'name' || mention.kind === 'surname') ? mention : null
  }
  return null
}

/**
 * Rule `sentence-subject`: a quotation inside a sentence with no speech cue
 * (`Trump identified the judge as “Spanish”`, `Bush referred to Rubio as “…”`): the sentence's subject,
 * when it names someone. Only for quotations inside the writer's sentence (words before the opening mark).
 */
export function sentenceSubject(context: SieveContext, run: QuotedRun, window: Window, after?: Window): Attribution | null {
  if (window.to - window.from < 2 || !run.open) return null
  const mention = clauseSubjectMention(context, window.from, window.to) ?? sentenceSubjectMention(context, window.from, window.to) ?? (after ? adverbialSubject(context, window, after) : null)
  if (!mention || mention.kind === 'nominal') return null
  return {mention, cue: null, rule: 'sentence-subject', confidence: 0.6, local: false, clauseEnd: 0}
}

/**
 * Rule `colon-paragraph`: a quotation paragraph after a paragraph that ends with a colon
 * (`Cruz continued:`, `The New York Times reports:`, `… released the following statement:`): the last
 * sentence's cue and subject, else its subject.
 */
export function colonParagraph(context: SieveContext, run: QuotedRun): Attribution | null {
  const {tokens, text} = context
  const paragraph = context.paragraphs[run.paragraph - 1]
  if (!paragraph) return null
  let end = paragraph.end
  while (end > paragraph.start && /\s/.test(text.charAt(end - 1))) end--
  if (text.charAt(end - 1) !== ':') return null
  const to = tokenAt(tokens, end)
  let from = to
  while (from > 0 && tokens.start[from - 1] >= paragraph.start && to - from < 40) {
    if (from < to && endsSentence(text, text.slice(tokens.end[from - 1], tokens.start[from]), tokens, from)) break
    from--
  }
  const window = {from, to}
  const found = lastCue(context, window)
  if (found) return found.attribution('colon-paragraph', 0.85)
  const mention = sentenceSubjectMention(context, from, to)
  if (!mention) return null
  return {mention, cue: null, rule: 'colon-paragraph', confidence: 0.7, local: false, clauseEnd: 0}
}

/**
 * Rule `previous-subject`: a quotation paragraph after a paragraph whose first
 * sentence opens with a speaker (`The UN representative also criticised …` /
 * `"…"`).
 */
export function previousSubject(context: SieveContext, run: QuotedRun): Attribution | null {
  const {tokens, text} = context
  const paragraph = context.paragraphs[run.paragraph - 1]
  if (!paragraph) return null
  const from = tokenAt(tokens, paragraph.start)
  if (from >= tokens.length || tokens.start[from] >= paragraph.end) return null
  if (/["“”«»]/.test(text.slice(paragraph.start, tokens.start[from] + 1))) return null
  let to = from
  // `At Brazille's direction, the DNC issued …`: an opening adverbial is no subject (the clause's subject is).
  const opened = openers.has(lowerAt(tokens, from))
  while (to < tokens.length && tokens.start[to] < paragraph.end && to - from < (opened ? 24 : 12)) to++
  if (opened) {
    const subject = sentenceSubjectMention(context, from, to)
    return subject && subject.kind !== 'nominal' ? {mention: subject, cue: null, rule: 'previous-subject', confidence: 0.5, local: false, clauseEnd: 0} : null
  }
  const phrase = subjectAfter(text, tokens, from, to, context.lexicon, true)
  // A lone capitalised word names someone only if the story names that person in full (`Rain fell …`).
  if (phrase && phrase.to - phrase.from === 1 && capitalAt(tokens, phrase.from) && !context.registry.surnames.has(lowerAt(tokens, phrase.from))) return null
  const mention = resolve(context, phrase)
  if (!mention || !mention.entity || mention.kind === 'organisation') return null
  return {mention, cue: null, rule: 'previous-subject', confidence: 0.5, local: false, clauseEnd: 0}
}

/**
 * Rule `paragraph-cue`: a cue with a subject in a sentence of the paragraph before the quotation
 * (`Vulin said on Friday. "…"`), nearest first.
 */
/** Whether `offset` lies inside an outer run of `run`'s paragraph that starts before `before`, other than `run`. */
function insideOtherRun(runs: readonly QuotedRun[], offset: number, run: QuotedRun, before: number): boolean {
  const found = firstStartingAt(runs, offset + 1) - 1
  if (found < 0) return false
  const other = runs[found]
  return other !== run && other.paragraph === run.paragraph && other.start < before && offset < other.end
}

export function paragraphCue(context: SieveContext, run: QuotedRun): Attribution | null {
  const {tokens, text} = context
  const paragraph = context.paragraphs[run.paragraph]
  const start = run.open ? run.open.start : run.start
  const to = tokenAt(tokens, start)
  const from = Math.max(tokenAt(tokens, paragraph.start), to - 80)
  // Skip tokens inside other quotations of the paragraph (runs are sorted and
  // do not overlap, so the one that could hold an offset is found by bisection).
  for (let i = to - 1; i >= from; i--) {
    if (insideOtherRun(context.runs, tokens.start[i], run, start)) continue
    const cue = cueAt(context.cues, tokens, i)
    if (!cue || cue.strength < 0.9) continue
    const phrase = cue.lemma === 'according to' ? subjectAfter(text, tokens, cue.to, to, context.lexicon) : subjectBefore(text, tokens, i, from, context.lexicon)
    // `…, said Bart Naylor, advocate for Public Citizen. "…"`: an inverted cue after a comma, a name after it.
    const inverted = cue.lemma !== 'according to' && invertedAt(context, i, cue, {from, to})
    if (!inverted && phrase && cue.lemma !== 'according to' && prepositionObject(text, tokens, phrase, from, i)) continue
    const mention = inverted ? resolve(context, subjectAfter(text, tokens, cue.to, to, context.lexicon)) : resolve(context, phrase)
    if (mention && mention.entity) {
      return {mention, cue, rule: 'paragraph-cue', confidence: 0.75 * cue.strength, local: false, clauseEnd: cue.to}
    }
  }
  return null
}
