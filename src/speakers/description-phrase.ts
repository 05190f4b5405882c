/**
 * A phrase that ends in a lower-case word: a description of a speaker (`the minister`, `the 20-year-old`,
 * `Sucden analysts`), an unnamed source (`a diplomat`), or no one (`The trial`).
 *
 * @module
 */

import {
  agentNounEndings,
  describedBodyHeads,
  definiteDeterminers as definiteDeterminerList,
  demonstratives as demonstrativeList,
  groupSourceHeads,
  indefiniteDeterminers,
  singleIndefinites as singleIndefiniteList,
  unnamedWords as unnamedWordList
} from '../lexicon/descriptions.js'
import {nonNameWords} from '../lexicon/function-words.js'
import {nameParticles, organisationLinks} from '../lexicon/name-particles.js'
import {capitalAt, lowerAt, possessiveAt, valueEnd, type Tokens} from '../text/tokens.js'
import {documentByline, isDocumentHead, resolveNominal} from './descriptions.js'
import type {Registry} from './entities.js'
import {isNationality} from './kinds.js'
import {calendarWords} from './mentions.js'
import {entityForName} from './name-lookup.js'
import type {Context, Phrase, SpeakerMention} from './phrase.js'
import {resolvePersonReference} from './references.js'
import {descriptiveWord} from './titles.js'

export const nonName = new Set(nonNameWords)
const agentLikeRe = new RegExp('(?:' + agentNounEndings.join('|') + ')$')
const groupHeads = new Set(groupSourceHeads)
const bodyHeads = new Set(describedBodyHeads)
/** Particles of names, and the links of organisations' names except `on` and `the`. */
export const links = new Set([...nameParticles, ...organisationLinks.filter((word) => word !== 'on' && word !== 'the')])
const indefinite = new Set(indefiniteDeterminers)
const singleIndefinites = new Set(singleIndefiniteList)
const demonstratives = new Set(demonstrativeList)
const definite = new Set(definiteDeterminerList)
const unnamedWords = new Set(unnamedWordList)

/** Whether a phrase starts indefinite (`a spokesman`, `two officials`). */
export function isIndefinite(tokens: Tokens, phrase: Phrase): boolean {
  return indefinite.has(lowerAt(tokens, phrase.from))
}

/** A phrase that ends in a lower-case word: a description. */
export function resolveDescription(context: Context): SpeakerMention | null {
  const {registry, history, phrase, lastLower, start, end} = context
  const {tokens, text, lexicon} = registry
  const unnamed: SpeakerMention = {entity: null, kind: 'nominal', start, end}
  // `the paper, written by Professor Ana Lind, said`, `a statement issued by …`: the author the document names speaks.
  const author = documentByline(registry, start)
  if (author) return {entity: author, kind: 'nominal', start, end}
  if (isIndefinite(tokens, phrase)) return unnamed
  // `said the 20-year-old`: a person of the story, by salience.
  if (lowerAt(tokens, phrase.from) === 'the' && /^\d{1,3}-year-old$/.test(lastLower)) {
    return {entity: resolvePersonReference(registry, history, start), kind: 'nominal', start, end}
  }
  // `the Sucden brokerage firm`, `Sucden analysts`: the capitalised name inside speaks.
  if (groupHeads.has(lastLower)) {
    const source = groupSource(context)
    if (source) return source
  }
  const opener = lowerAt(tokens, phrase.from)
  if (
    !lexicon.nominalWords.has(lastLower) &&
    opener !== 'the' &&
    !demonstratives.has(opener) &&
    !possessiveAt(tokens, phrase.from)
  )
    return null
  // `officials`, `the aides`, `the judges`: a group of people is no single speaker of the story.
  if (
    lastLower.endsWith('s') &&
    (lexicon.personNominals.has(lastLower) || lexicon.personNominals.has(lastLower.slice(0, -1))) &&
    !lexicon.organisationNominals.has(lastLower)
  )
    return unnamed
  // `The trial said`, `the agenda said`, `The charge alleges`: a description whose head is no noun of a speaker
  // of the lexicon, nor a document, nor shaped like a noun of an agent (`the worker`, `the investigator`, `the
  // guard`, `the pontiff`), refers to no one of the story. (Not `this Trump look-alike`: a demonstrative points.)
  if (
    !lexicon.nominalWords.has(lastLower) &&
    !isDocumentHead(lastLower) &&
    !agentLikeRe.test(lastLower) &&
    !demonstratives.has(opener)
  )
    return unnamed
  const words: string[] = []
  for (let i = phrase.from; i < phrase.to; i++) {
    const lower = lowerAt(tokens, i)
    if (lower !== 'the' && !possessiveAt(tokens, i)) words.push(lower)
  }
  // `the unnamed secretary`, `an unidentified official`: a source the story does not name.
  for (const word of words) if (unnamedWords.has(word)) return unnamed
  let entity = resolveNominal(registry, history, lastLower, words, start)
  // `An Interior Ministry spokesman said … ¶ "…," said the spokesman.`: the description takes up an unnamed source
  // of the same kind, not the last person the story named (one whose title holds the word is that source).
  if (
    entity &&
    entity.kind === 'person' &&
    !(entity.title ?? '').toLowerCase().includes(lastLower) &&
    unnamedBefore(registry, lastLower, phrase.from)
  )
    entity = null
  // `The Russian prosecutor general's office said`: a body the story describes without naming it is a
  // speaker of its own, under that description (`the statement` may then stand for it).
  if (
    !entity &&
    words.length >= 2 &&
    bodyHeads.has(lastLower) &&
    capitalAt(tokens, phrase.from + (opener === 'the' ? 1 : 0))
  ) {
    const from = opener === 'the' ? phrase.from + 1 : phrase.from
    return {
      entity: entityForName(registry, text.slice(tokens.start[from], end), true, start),
      kind: 'organisation',
      start,
      end
    }
  }
  return {entity, kind: 'nominal', start, end}
}

/**
 * A group or media head after a name (`Sucden analysts`, `The Voice of America network`, `The Sunday Times
 * newspaper`): the name speaks; a person the story names speaks through their campaign or team (`The Sanders
 * campaign`). Not a nationality or a common word (`Argentine officials`, `Local officials`).
 */
function groupSource(context: Context): SpeakerMention | null {
  const {registry, phrase, start, end} = context
  const {tokens, text} = registry
  let k = phrase.to - 2
  while (k >= phrase.from && !capitalAt(tokens, k)) k--
  // (Not `the London-based group`, `The Nagoya-based company`: where a body is based is no name of it.)
  if (!(
    k >= phrase.from &&
    !nonName.has(lowerAt(tokens, k)) &&
    !registry.lexicon.titles.has(lowerAt(tokens, k)) &&
    !descriptiveWord(lowerAt(tokens, k))
  ))
    return null
  let from = k
  // Over links and words that open a title (`The Voice of America network`, `The Sunday Times newspaper`,
  // `The Jornal do Brasil newspaper`).
  while (from - 1 >= phrase.from) {
    const previous = lowerAt(tokens, from - 1)
    if (
      capitalAt(tokens, from - 1) &&
      (!nonName.has(previous) ||
        (calendarWords.has(previous) && from - 2 >= phrase.from && lowerAt(tokens, from - 2) === 'the'))
    )
      from--
    else if (
      (links.has(previous) || previous === 'do') &&
      !capitalAt(tokens, from - 1) &&
      from - 2 >= phrase.from &&
      capitalAt(tokens, from - 2) &&
      !nonName.has(lowerAt(tokens, from - 2))
    )
      from -= 2
    else break
  }
  const name = text.slice(tokens.start[from], valueEnd(tokens, k))
  const known = registry.entities.get(name.toLowerCase())
  // `The Sanders campaign`, `the Clinton team`: a person the story names speaks through them.
  const person = !known && k === from && registry.surnames.has(lowerAt(tokens, k))
  const organisation = known ? known.kind === 'organisation' : !person
  const adjective = isNationality(name) || (k === from && registry.lowerSeen[tokens.word[k]] === 1)
  if (adjective && !known) return null
  const entity = entityForName(registry, name, organisation, start)
  return {entity, kind: organisation ? 'organisation' : 'surname', start, end}
}

/**
 * Whether the noun `head` heads an indefinite description (`an Interior Ministry spokesman`) in the 150 tokens
 * before token `at`.
 */
function unnamedBefore(registry: Registry, head: string, at: number): boolean {
  const {tokens} = registry
  for (let k = at - 1; k >= 1 && at - k <= 150; k--) {
    if (lowerAt(tokens, k) !== head || capitalAt(tokens, k)) continue
    for (let n = k - 1; n >= 0 && k - n <= 4; n--) {
      const lower = lowerAt(tokens, n)
      // (Not an appositive of a name: `Sami Mirza, a guard at one of the stores`.)
      if (singleIndefinites.has(lower)) {
        if (
          n >= 1 &&
          capitalAt(tokens, n - 1) &&
          /^[\s]*,[\s]*$/.test(registry.text.slice(tokens.end[n - 1], tokens.start[n]))
        )
          break
        return true
      }
      if (definite.has(lower) || possessiveAt(tokens, n)) break
    }
  }
  return false
}
