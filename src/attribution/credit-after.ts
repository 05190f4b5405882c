/**
 * The credit after a quotation's closing mark — one scan of the words after
 * it, read by the rules `cue-after`, `sentence-cue-after` and `according-to`:
 * `"…," Vulin said`, `"…," said Vulin`, `"…," according to X`, `…, he said.`
 * closing the sentence further on, a name and a verb in -ed (`"…," Hannity
 * started.`), a name set off by commas before its cue. A medium's report
 * (`…, the agency reported.`) gives way to the credit before the quotation.
 *
 * @module
 */

import {
  clauseAuxiliaries as clauseAuxiliaryWords,
  coordinators,
  roleDeterminers as roleDeterminerWords
} from '../lexicon/clause-words.js'
import {mediumCueLemmas} from '../lexicon/credit-words.js'
import {subordinatingConjunctions} from '../lexicon/function-words.js'
import {creditNameParticles as nameParticles} from '../lexicon/name-particles.js'
import {capitalAt, lowerAt} from '../text/tokens.js'
import {hasComma} from '../text/gaps.js'
import {resolve, type SieveContext, type Window} from './context.js'
import {creditBefore} from './credit-before.js'
import {cueAt, subjectAfter, subjectBefore, type CueMatch, type Phrase} from './cues.js'
import type {SpeakerMention} from '../speakers/index.js'
import type {Finding, SieveView} from './rule.js'
import {conjunctAt, invertedAt} from './subjects.js'
import {creditTail, tellLemmas} from './windows.js'

/**
 * What the scan after a quotation found: `adjacent` (the credit right after the mark: rule `cue-after`),
 * `sentence` (a cue clause closing the sentence further on: `sentence-cue-after`), `according-to`; `inner` and
 * `outer` when a medium's report gave way to the credit before the quotation (rules `cue-before`,
 * `cue-before-outer`).
 */
export interface CreditAfter {
  kind: 'adjacent' | 'sentence' | 'according-to' | 'inner' | 'outer'
  finding: Finding
}

/** Cues by which a medium passes on what someone said. */
const reportLemmas = new Set(mediumCueLemmas)
/** Conjunctions that open a new clause right after a quotation (not `as`: `"…," as Trump put it` is a credit). */
const afterOpeners = new Set(subordinatingConjunctions.filter((word) => word !== 'as'))

/**
 * The credit after quotation `index` (shared by the rules that read it: use `sieve.shared(creditAfter, index)`).
 *
 * `Saudi Arabia said on Saturday that the hanging caused "…", the official Saudi Press Agency reported.`: a
 * medium that reports the sentence is not who said it; a named speaker of the sentence's own cue is.
 */
export function creditAfter(sieve: SieveView, index: number): CreditAfter | null {
  const windows = sieve.windows(index)
  const found = scanAfter(sieve.context, windows.after)
  if (
    found &&
    found.finding.cue &&
    reportLemmas.has(found.finding.cue.lemma) &&
    found.finding.mention?.entity?.kind === 'organisation'
  ) {
    const inner = creditBefore(sieve.context, windows.before)
    const mention = inner?.finding.mention
    if (inner && mention?.entity && mention.kind !== 'pronoun' && mention.kind !== 'nominal') return inner
  }
  return found
}

/**
 * `"…," Vulin said` / `"…," said Vulin` / `"…," he told reporters` right after the closing mark (`adjacent`); a cue
 * clause that closes the sentence further on (`sentence`: `"exotic" rights, …, he said.`); `"…," according to X`.
 */
function scanAfter(context: SieveContext, window: Window): CreditAfter | null {
  const {tokens, text, cues} = context
  // `"That makes me smart," when Clinton blasted him`: a clause opened by a subordinator after the quotation is a
  // new one, not its credit.
  const opened =
    window.to > window.from && afterOpeners.has(lowerAt(tokens, window.from)) && !capitalAt(tokens, window.from)
  const long =
    window.to - window.from > 13 &&
    capitalAt(tokens, window.from) &&
    /^[^\s]*[\s]+$/.test(text.slice(tokens.end[window.from - 1] ?? 0, tokens.start[window.from]))
  for (let i = window.from; i < window.to; i++) {
    const cue = cueAt(cues, tokens, i)
    if (!cue || cue.lemma === 'according to') {
      if (cue && i === window.from) {
        const mention = resolve(context, subjectAfter(text, tokens, cue.to, window.to, context.lexicon))
        if (mention) return {kind: 'according-to', finding: {mention, cue, clauseEnd: window.to}}
      }
      continue
    }
    let phrase: Phrase | null = null
    let adjacent = false
    if (i === window.from) {
      phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
      // `"…," suggesting he might consider …`: a participle right after the quotation is a second verb of the
      // sentence's subject; a clause after it (a subject and an auxiliary) is what it says, not who says it.
      if (
        phrase &&
        lowerAt(tokens, i).endsWith('ing') &&
        phrase.to < window.to &&
        clauseAuxiliaries.has(lowerAt(tokens, phrase.to))
      )
        continue
      // `"…," he told Smith`: the object of a tell-type cue is no speaker; `"…," warned Clinton.` closes the sentence.
      if (phrase && tellLemmas.has(cue.lemma) && !(phrase.to >= window.to && capitalAt(tokens, phrase.from)))
        phrase = null
      // `"…," said a choked-up mourner, Janos Szalai.`: a description, then the name it describes.
      const named = phrase ? namedAfterRole(context, phrase, window) : null
      if (named)
        return {
          kind: 'adjacent',
          finding: {mention: named, cue, clauseEnd: window.to, strength: cue.strength, basis: 'cue'}
        }
      adjacent = true
    } else {
      const later = laterSubject(context, i, cue, window, opened)
      if (!later) continue
      phrase = later.phrase
      adjacent = later.adjacent
    }
    const mention = resolve(context, phrase)
    if (mention) {
      const clauseEnd = Math.max(cue.to, phrase ? phrase.to : cue.to)
      return adjacent
        ? {kind: 'adjacent', finding: {mention, cue, clauseEnd, strength: cue.strength, basis: 'cue'}}
        : {kind: 'sentence', finding: {mention, cue, clauseEnd, strength: cue.strength}}
    }
    // A long subject right after the closing mark (`"…," Fred Kagan, director of the … Institute, said`) may
    // put its verb further on.
    if (i - window.from > (long ? 24 : 12)) break
  }
  const found = leadingSubject(context, window) ?? bareVerbCredit(context, window)
  return found ? {kind: 'adjacent', finding: found} : null
}

/**
 * The subject of a cue further on than the closing mark: before it (`…, he said.` closing the sentence), or after
 * it (`"…" and said Republican leaders …`, an inverted cue); `adjacent` when it credits the quotation right after
 * the mark. `null` when the cue's clause is a new one, not the quotation's credit.
 */
function laterSubject(
  context: SieveContext,
  i: number,
  cue: CueMatch,
  window: Window,
  opened: boolean
): {phrase: Phrase | null; adjacent: boolean} | null {
  const {tokens, text} = context
  let phrase: Phrase | null = subjectBefore(text, tokens, i, window.from, context.lexicon)
  // (The subordinate clause's own subject and verb; a credit that closes the sentence still counts:
  // `"…" if she did not win, said David Wasserman`.)
  // (`… called the pact "insanity," and Sanders, who says it's "…"`: a conjunct opened by `and`/`but` right
  // after the closing mark, with a subject of its own, is a new clause too.)
  if ((opened || conjunctAt(context, window.from)) && phrase && phrase.from === window.from + 1) return null
  let adjacent = phrase !== null && phrase.from - window.from <= 4
  if (!adjacent && phrase) {
    // Further on: only a cue clause that closes the sentence (`…, he said.`).
    let end = cue.to
    while (end < window.to && end < cue.to + 4) end++
    if (
      (end < window.to && !creditTail(context, cue.to, window.to)) ||
      !/,\s*$/.test(text.slice(phrase.from > 0 ? tokens.end[phrase.from - 1] : 0, tokens.start[phrase.from]))
    ) {
      phrase = null
    }
  }
  // (`"…" and said Republican leaders will …`: a second verb of the sentence's subject; what follows is
  // what was said.)
  // (Not after a subordinator: in `"…" while noting it would …` the words after the cue are what was noted.)
  if (
    !phrase &&
    i - window.from <= 1 &&
    !tellLemmas.has(cue.lemma) &&
    !(i > window.from && (coordinatorSet.has(lowerAt(tokens, window.from)) || opened))
  ) {
    phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
    adjacent = phrase !== null
  }
  // `"…," underpinned by solid profits, predicted Morgan Stanley economist Takehiro Sato, who …`
  if ((!phrase || !adjacent) && invertedAt(context, i, cue, window)) {
    phrase = subjectAfter(text, tokens, cue.to, window.to, context.lexicon)
    adjacent = false
  }
  return {phrase, adjacent}
}

/** Auxiliaries and modals that make a subject and its verb of the words after a participle (`suggesting he might`). */
const clauseAuxiliaries = new Set(clauseAuxiliaryWords)
const coordinatorSet = new Set(coordinators)

/**
 * `"…," Ramon Calderon, Real Madrid's President, said`, `"…," ADF, the soft loan arm of the African Development
 * Bank (AfDB) said`: a name right after the closing mark, set off by a comma, then words the appositive rules do
 * not read (a capitalised role, a role with no closing comma) and the cue — the name is the subject. Only when
 * no cue of the window found a speaker of its own.
 */
function leadingSubject(context: SieveContext, window: Window): Finding | null {
  const {tokens, text, cues} = context
  if (window.to - window.from < 3 || window.from === 0 || !capitalAt(tokens, window.from)) return null
  // The quotation ends its clause with a comma (`,"` or `",`): what follows is its credit, not the sentence going on
  // (`challenged the assertion that Grayson had ever "attacked" Clinton, and said …`).
  if (!hasComma(text, tokens.end[window.from - 1], tokens.start[window.from])) return null
  const phrase = subjectAfter(text, tokens, window.from, window.to, context.lexicon, true)
  if (
    !phrase ||
    phrase.to >= window.to ||
    !capitalAt(tokens, phrase.to - 1) ||
    !/^,[\s]+$/.test(text.slice(tokens.end[phrase.to - 1], tokens.start[phrase.to]))
  )
    return null
  // (Not a title's complement: `Minister for Information, Communications and the Arts Lee Boon Yang`.)
  if (
    phrase.to - 2 > phrase.from &&
    /^(?:of|for)$/.test(lowerAt(tokens, phrase.to - 2)) &&
    !capitalAt(tokens, phrase.to - 2)
  )
    return null
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
    return {mention, cue, clauseEnd: cue.to, strength: cue.strength, basis: 'leading subject'}
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
  while (
    to < window.to &&
    to - comma < 7 &&
    (to === comma || /^[ \t\u00a0]+$/.test(text.slice(tokens.end[to - 1], tokens.start[to])))
  ) {
    if (capitalAt(tokens, to)) to++
    else if (to > comma && to + 1 < window.to && nameLinks.has(lowerAt(tokens, to)) && capitalAt(tokens, to + 1))
      to += 2
    else break
  }
  const name = {from: comma, to}
  if (name.to - name.from < 2) return null
  if (name.to < window.to && !/^[\s]*[,.;]/.test(text.slice(tokens.end[name.to - 1], tokens.start[name.to])))
    return null
  const mention = resolve(context, name)
  return mention && mention.entity && mention.entity.kind === 'person' && mention.kind === 'name' ? mention : null
}

/**
 * `"…," Hannity started.` / `"…," Trump interrupted.`: after the closing mark, a short sentence of a name and one
 * verb in -ed (no cue of the lexicon) that ends there — the name spoke the quotation.
 */
function bareVerbCredit(context: SieveContext, window: Window): Finding | null {
  const {tokens, text} = context
  const size = window.to - window.from
  if (size < 2 || size > 4 || !capitalAt(tokens, window.from)) return null
  const verb = window.to - 1
  const lower = lowerAt(tokens, verb)
  if (
    capitalAt(tokens, verb) ||
    !lower.endsWith('ed') ||
    !/^[\s]+$/.test(text.slice(tokens.end[verb - 1], tokens.start[verb]))
  )
    return null
  if (!/^[.!]/.test(text.slice(tokens.end[verb], tokens.end[verb] + 1))) return null
  const phrase = subjectAfter(text, tokens, window.from, verb, context.lexicon, true)
  if (!phrase || phrase.to !== verb) return null
  const mention = resolve(context, phrase)
  if (!mention || !mention.entity || (mention.kind !== 'name' && mention.kind !== 'surname')) return null
  return {mention, cue: null, clauseEnd: window.to, basis: 'bare verb'}
}
