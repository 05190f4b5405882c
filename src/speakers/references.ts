/**
 * Resolving references that do not name their entity: a pronoun (`he`, `she`, `they`, `it`) or a description
 * that can only mean a person already in the story (`the 20-year-old`, `the Croatian`). Each reference has a
 * type (person or organisation, gender); candidates are the story's mentions before it, typed by how salient
 * they are (the speaker of a cue, a clause subject, an oblique mention) or the recent speakers.
 *
 * @module
 */

import {cueAuxiliaries} from '../lexicon/mention-roles.js'
import {subjectPronouns, type PronounDefinition} from '../lexicon/pronouns.js'
import {capitalAt, lowerAt, tokenAt} from '../text/tokens.js'
import {firstStartingAt} from '../util/bisect.js'
import {currentSpeaker, furnitureMention, personCandidate, preferSpeaker, referenceGender} from './compatibility.js'
import {genderOf, type Entity, type EntityMention, type Registry} from './entities.js'
import {lookup} from './lookup.js'
import {plainFormBlocked} from './plain-verbs.js'

/** Recent speakers, newest last, given to the resolvers. */
export interface SpeakerHistory {
  /** Entity and the offset of the cue that attributed words to it. */
  entries: Array<{entity: Entity; offset: number}>
}

/** What a reference may stand for: persons (of a gender), organisations, or both (see `src/lexicon/pronouns.ts`). */
export type ReferenceType = PronounDefinition

/** Why a candidate was chosen. */
export type ReferenceBasis =
  /** The subject of a speech cue in the nearest sentence with a compatible mention (`McCurry said`). */
  | 'cue-subject'
  /** The first compatible clause subject of that sentence. */
  | 'subject'
  /** Its nearest compatible oblique mention (`to Rubio`), when it has no subject. */
  | 'oblique'
  /** No mention in reach: the last compatible speaker. */
  | 'recent-speaker'

/** An antecedent and why it was chosen. */
export interface ReferenceCandidate {
  entity: Entity
  basis: ReferenceBasis
}

/** How far back (code units) antecedents are looked for. */
export const WINDOW = 2500

const auxiliaries = new Set(cueAuxiliaries)

/** Any person, whatever the gender: what `the 20-year-old` refers to. */
export const anyPerson: ReferenceType = {gender: null, organisation: false, person: true}

/** Index of the last mention starting before `offset`. */
export function mentionBefore(registry: Registry, offset: number): number {
  return firstStartingAt(registry.mentions, offset) - 1
}

/**
 * Resolve a pronoun (`he`, `she`, `they`, `it`) at `offset` by salience (see {@link findAntecedent}).
 */
export function resolvePronoun(
  registry: Registry,
  history: SpeakerHistory,
  pronoun: string,
  offset: number
): Entity | null {
  const lower = pronoun.toLowerCase()
  const definition = lookup(subjectPronouns, lower)
  if (!definition) return null
  return findAntecedent(registry, history, definition, lower, offset)?.entity ?? null
}

/**
 * Resolve a description that can only mean a person already in the story (`the 20-year-old`) by salience,
 * like a pronoun of unknown gender.
 */
export function resolvePersonReference(registry: Registry, history: SpeakerHistory, offset: number): Entity | null {
  return findAntecedent(registry, history, anyPerson, '', offset)?.entity ?? null
}

/**
 * Whether an entity can be what a reference of `type` stands for (`they`: organisations only). Typed candidates
 * (`compatibility.ts`): a person, not a phrase naming a thing; gender from the given name.
 */
export function compatible(registry: Registry, entity: Entity, type: ReferenceType, word: string): boolean {
  if (entity.kind === 'organisation') return type.organisation
  if (!type.person) return false
  if (!personCandidate(registry, entity)) return false
  if (type.gender === null) return word !== 'they'
  const gender = referenceGender(entity, genderOf(entity))
  return gender === null || gender === type.gender
}

/**
 * The antecedent of a reference at `offset` by salience: the sentences before it are read from the nearest
 * back (within {@link WINDOW}); in the first with a compatible mention outside quotations, the subject of a
 * speech cue wins, else the first clause subject (not after a preposition, not a possessive), else its
 * nearest oblique mention. A sentence whose subject is the same pronoun (`He told the newspaper Les Echos:
 * …`) refers back further: none of its mentions is the antecedent. With no named antecedent in reach, the
 * last compatible speaker (of the six before).
 *
 * @param word The pronoun, lower case (`''` for a description).
 */
export function findAntecedent(
  registry: Registry,
  history: SpeakerHistory,
  type: ReferenceType,
  word: string,
  offset: number
): ReferenceCandidate | null {
  const fits = (entity: Entity): boolean => compatible(registry, entity, type, word)
  // The current speaker (compatibility.ts): an oblique mention after their cue does not take the reference from them.
  const current = currentSpeaker(history, fits, offset)
  let sentence = -1
  let subject: ReferenceCandidate | null = null
  let fallback: {entity: Entity; start: number} | null = null
  let speakerFound = -1
  let same = false
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW) break
    if (mention.sentence !== sentence) {
      if (subject) return subject
      if (fallback) return oblique(current, fallback)
      sentence = mention.sentence
      same = word !== '' && opensWith(registry, sentence, word)
    }
    if (same || mention.inQuote || !fits(mention.entity) || furnitureMention(registry, mention)) continue
    if (speaks(registry, mention)) {
      subject = {entity: mention.entity, basis: 'cue-subject'}
      speakerFound = mention.sentence
    } else if (speakerFound !== mention.sentence) {
      if (!mention.oblique) subject = {entity: mention.entity, basis: 'subject'}
      else fallback ??= {entity: mention.entity, start: mention.start}
    }
  }
  if (subject) return subject
  if (fallback) return oblique(current, fallback)
  for (let i = history.entries.length - 1; i >= 0 && i >= history.entries.length - 6; i--) {
    const entry = history.entries[i]
    if (entry.offset < offset - WINDOW) break
    if (fits(entry.entity)) return {entity: entry.entity, basis: 'recent-speaker'}
  }
  return null
}

/**
 * The nearest oblique mention, unless it comes after the current speaker's cue (`preferSpeaker`): then that
 * speaker.
 */
function oblique(
  current: {entity: Entity; offset: number} | null,
  fallback: {entity: Entity; start: number}
): ReferenceCandidate {
  const entity = preferSpeaker(current, fallback)
  return {entity, basis: entity === fallback.entity ? 'oblique' : 'recent-speaker'}
}

/** Whether sentence `index` opens with the word `lower` (`He told …`). */
function opensWith(registry: Registry, index: number, lower: string): boolean {
  const start = registry.sentenceStarts[index]
  if (start === undefined) return false
  const k = tokenAt(registry.tokens, start)
  return k < registry.tokens.length && lowerAt(registry.tokens, k) === lower
}

/** Whether token `k` is a strong one-word speech cue (`said`, not `to warn`). */
function strongCueAt(registry: Registry, k: number): boolean {
  const list = registry.lexicon.cues.get(lowerAt(registry.tokens, k))
  return (
    list !== undefined &&
    list.some((entry) => entry.strength >= 0.9 && entry.words.length === 1) &&
    !plainFormBlocked(registry.tokens, k)
  )
}

/**
 * Whether a mention is the subject of a speech cue: `Vulin said`, `Vulin, 51, also said`, or inverted (`said
 * Vulin`, `predicted Morgan Stanley economist Takehiro Sato`, titles and roles between), the mention ending
 * the noun phrase (not `Morgan Stanley` there). An oblique mention (`adviser to Helmut Kohl, agreed`) speaks only
 * inverted.
 */
export function speaks(registry: Registry, mention: EntityMention): boolean {
  const {tokens, lexicon} = registry
  let k = tokenAt(tokens, mention.end)
  // An oblique mention is not the subject of the cue after it (`adviser to Chancellor Helmut Kohl, agreed`).
  const limit = mention.oblique ? k : Math.min(tokens.length, k + 3)
  for (; k < limit; k++) {
    if (strongCueAt(registry, k)) return true
    if (!auxiliaries.has(lowerAt(tokens, k))) break
  }
  const after = tokenAt(tokens, mention.end)
  if (
    after < tokens.length &&
    (capitalAt(tokens, after) ||
      lexicon.titles.has(lowerAt(tokens, after)) ||
      lexicon.nominalWords.has(lowerAt(tokens, after))) &&
    tokens.start[after] - mention.end <= 1
  )
    return false
  k = tokenAt(tokens, mention.start) - 1
  for (const stop = Math.max(0, k - 4); k >= stop; k--) {
    if (strongCueAt(registry, k)) return true
    if (
      !lexicon.titles.has(lowerAt(tokens, k)) &&
      !lexicon.nominalWords.has(lowerAt(tokens, k)) &&
      !capitalAt(tokens, k)
    )
      return false
  }
  return false
}
