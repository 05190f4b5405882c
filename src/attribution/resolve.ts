/**
 * From a noun phrase at a cue to a speaker entity: pronoun, name, surname,
 * organisation or nominal description.
 *
 * @module
 */

import type {MentionKind} from '../ast.js'
import {nonNameWords} from '../lexicon/function-words.js'
import {subjectPronouns} from '../lexicon/pronouns.js'
import {genderedHonorifics} from '../lexicon/titles.js'
import {
  entityForName,
  commonAtStart,
  isOrganisation,
  resolveNominal,
  sentenceInitial,
  resolvePronoun,
  splitTitle,
  type Entity,
  type Registry,
  type SpeakerHistory
} from '../speakers/entities.js'
import {lookup} from '../speakers/lookup.js'
import {capitalAt, lowerAt, possessiveAt, valueEnd} from '../speakers/tokens.js'
import {isIndefinite, type Phrase} from './cues.js'

/** A resolved speaker mention. */
export interface SpeakerMention {
  entity: Entity | null
  kind: MentionKind
  start: number
  end: number
}

const nonName = new Set(nonNameWords)
/** Heads of plural or group sources that speak for the organisation named before them (`Sucden analysts`). */
const groupHeads = new Set(['analysts', 'analyst', 'officials', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'researchers', 'economists', 'experts', 'statement', 'report', 'office', 'officers', 'staff', 'firm', 'brokerage', 'company', 'group', 'team', 'campaign', 'aides', 'lawyers', 'attorneys', 'representatives', 'executives', 'strategists'])
const connectors = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'du', 'la', 'le', 'del', 'di', 'dos', 'ibn', 'el', 'of', 'for', 'and', '&'])

/**
 * Resolve the noun phrase `phrase` to a speaker.
 *
 * @returns The mention (with its entity, `null` for unnamed sources), or `null` when the phrase names no one.
 */
export function resolvePhrase(registry: Registry, history: SpeakerHistory, phrase: Phrase): SpeakerMention | null {
  const {tokens, text} = registry
  const last = phrase.to - 1
  const lastLower = lowerAt(tokens, last)
  const start = tokens.start[phrase.from]
  const end = valueEnd(tokens, last)
  if (phrase.to - phrase.from === 1 && lookup(subjectPronouns, lastLower)) {
    const entity = resolvePronoun(registry, history, lastLower, start)
    return {entity, kind: 'pronoun', start, end}
  }
  if (capitalAt(tokens, last)) {
    // The capitalised run that ends the phrase.
    let from = phrase.to - 1
    while (from - 1 >= phrase.from) {
      const previous = from - 1
      if (possessiveAt(tokens, previous)) break
      if (capitalAt(tokens, previous) || (connectors.has(lowerAt(tokens, previous)) && from - 2 >= phrase.from && capitalAt(tokens, from - 2))) from--
      else break
    }
    // Possessive organisation names: `China's Justice Ministry`.
    if (from - 1 >= phrase.from && possessiveAt(tokens, from - 1) && capitalAt(tokens, from - 1) && isOrganisation(tokens, from, phrase.to)) {
      from--
    }
    const runFrom = from
    while (from < phrase.to && nonName.has(lowerAt(tokens, from))) from++
    if (from < phrase.to && (from === phrase.to - 1 ? sentenceInitial(text, tokens, from) && (registry.lowerSeen[tokens.word[from]] === 1 || lowerAt(tokens, from).endsWith('ly')) : commonAtStart(text, tokens, from, registry.lowerSeen))) from++
    // `Tuesday`, `The`: no name.
    if (from >= phrase.to) return null
    const nameFrom = splitTitle(tokens, {from, to: phrase.to}, registry.lexicon)
    const organisation = isOrganisation(tokens, runFrom, phrase.to) || (lowerAt(tokens, runFrom) === 'the' && phrase.to - runFrom >= 3)
    const useFrom = organisation ? runFrom : nameFrom
    const name = text.slice(tokens.start[useFrom], end).replace(/^the\s+/i, '')
    let honorific: 'male' | 'female' | undefined
    for (let k = from; k < nameFrom; k++) honorific ??= lookup(genderedHonorifics, lowerAt(tokens, k))
    const entity = entityForName(registry, name, organisation, start, honorific)
    const kind: MentionKind = organisation ? 'organisation' : phrase.to - nameFrom === 1 ? 'surname' : 'name'
    return {entity, kind, start, end}
  }
  // A nominal description.
  if (isIndefinite(tokens, phrase)) return {entity: null, kind: 'nominal', start, end}
  // `the Sucden brokerage firm`, `Sucden analysts`: the capitalised name inside speaks.
  if (groupHeads.has(lastLower)) {
    let k = phrase.to - 2
    while (k >= phrase.from && !capitalAt(tokens, k)) k--
    if (k >= phrase.from && !nonName.has(lowerAt(tokens, k)) && !registry.lexicon.titles.has(lowerAt(tokens, k))) {
      let from = k
      while (from - 1 >= phrase.from && capitalAt(tokens, from - 1) && !nonName.has(lowerAt(tokens, from - 1))) from--
      const name = text.slice(tokens.start[from], valueEnd(tokens, k))
      const known = registry.entities.get(name.toLowerCase())
      const organisation = known ? known.kind === 'organisation' : true
      if (!/^\p{Lu}\p{Ll}+(?:an|ese|ish|ian|i)$/u.test(name) || known) {
        const entity = entityForName(registry, name, organisation, start)
        return {entity, kind: 'organisation', start, end}
      }
    }
  }
  if (!registry.lexicon.nominalWords.has(lastLower) && !/^(?:the|this|that)$/.test(lowerAt(tokens, phrase.from)) && !possessiveAt(tokens, phrase.from)) {
    return null
  }
  const words: string[] = []
  for (let i = phrase.from; i < phrase.to; i++) {
    const lower = lowerAt(tokens, i)
    if (lower !== 'the' && !possessiveAt(tokens, i)) words.push(lower)
  }
  const entity = resolveNominal(registry, history, lastLower, words, start)
  return {entity, kind: 'nominal', start, end}
}
