/**
 * From a noun phrase at a cue to a speaker: a pronoun, a name (titles split off), a surname, an organisation,
 * or a description (`the minister`, `the 20-year-old`, `Sucden analysts`); `null` entity for an unnamed source
 * (`a diplomat said`, `Aides say`), no mention at all for a phrase that names no one (`Hours later`). The parts of
 * a name are read by `name-phrase.ts`, descriptions by `description-phrase.ts`.
 *
 * @module
 */

import type {MentionKind} from '../ast.js'
import {partyMemberWords} from '../lexicon/descriptions.js'
import {subjectPronouns} from '../lexicon/pronouns.js'
import {capitalAt, lowerAt, possessiveAt, tokenAt, valueEnd} from '../text/tokens.js'
import {heIsPronoun} from './compatibility.js'
import {isIndefinite, nonName, resolveDescription} from './description-phrase.js'
import {resolveNominal} from './descriptions.js'
import {givenNameFirst, givenNameStart} from './name-boundary.js'
import {bodyOfPlace, isComplement, nameMention, runStart} from './name-phrase.js'
import {descriptiveWord, titleAnaphor} from './titles.js'
import type {Entity, Registry} from './entities.js'
import {blockedWord, isOrganisation, isPlace, isShouted, nationalities} from './kinds.js'
import {lookup} from './lookup.js'
import {calendarWords} from './mentions.js'
import {mentionBefore, resolvePersonReference, resolvePronoun, type SpeakerHistory} from './references.js'
import {adverbLike, commonAtStart, sentenceInitial} from './sentence-start.js'

/** A noun phrase: tokens `[from, to)`. */
export interface Phrase {
  from: number
  to: number
}

/** A resolved speaker mention. */
export interface SpeakerMention {
  entity: Entity | null
  kind: MentionKind
  start: number
  end: number
}

const partyMembers = new Set(partyMemberWords)

export {isIndefinite}

/** A phrase being resolved. */
export interface Context {
  registry: Registry
  history: SpeakerHistory
  phrase: Phrase
  /** Lower case of its last token. */
  lastLower: string
  /** Offsets of the mention. */
  start: number
  end: number
}

/**
 * Resolve the noun phrase `phrase` to a speaker.
 *
 * @returns The mention (with its entity, `null` for unnamed sources), or `null` when the phrase names no one.
 */
export function resolvePhrase(registry: Registry, history: SpeakerHistory, phrase: Phrase): SpeakerMention | null {
  const {tokens, text} = registry
  // `New Hampshire Monday`: a weekday ends no name.
  if (
    phrase.to - phrase.from >= 2 &&
    calendarWords.has(lowerAt(tokens, phrase.to - 1)) &&
    capitalAt(tokens, phrase.to - 2)
  ) {
    phrase = {from: phrase.from, to: phrase.to - 1}
  }
  const last = phrase.to - 1
  const lastLower = lowerAt(tokens, last)
  const start = tokens.start[phrase.from]
  const end = valueEnd(tokens, last)
  const context: Context = {registry, history, phrase, lastLower, start, end}
  // (`He` capitalised inside a sentence or before a name is the Chinese surname: compatibility.ts.)
  if (
    phrase.to - phrase.from === 1 &&
    lookup(subjectPronouns, lastLower) &&
    (lastLower !== 'he' || heIsPronoun(tokens, last, sentenceInitial(text, tokens, last)))
  ) {
    const entity = resolvePronoun(registry, history, lastLower, start)
    return {entity, kind: 'pronoun', start, end}
  }
  // `Aides say`, `Officials said`: a common noun opening the sentence names no one in particular;
  // `Hours later`, `Frustrations at …`: a common word, not a name.
  if (
    phrase.to - phrase.from === 1 &&
    capitalAt(tokens, last) &&
    !registry.surnames.has(lastLower) &&
    sentenceInitial(text, tokens, phrase.from)
  ) {
    if (registry.lexicon.personNominals.has(lastLower) && !registry.lexicon.organisationNominals.has(lastLower))
      return {entity: null, kind: 'nominal', start, end}
    if (registry.lowerSeen[tokens.word[last]] === 1) return null
  }
  // `added the Croatian`: a person of the story, by salience (like `the 20-year-old`).
  // (Not `the Saudi intelligence chief`, an adjective before its noun.)
  if (
    phrase.to - phrase.from === 2 &&
    lowerAt(tokens, phrase.from) === 'the' &&
    capitalAt(tokens, last) &&
    nationalities.has(lastLower) &&
    !roleFollows(registry, phrase.to)
  ) {
    return {entity: resolvePersonReference(registry, history, start), kind: 'nominal', start, end}
  }
  // `said the Kansas Republican`, `the Georgia Democrat`: a party member of a place, a person of the story.
  if (
    phrase.to - phrase.from >= 3 &&
    phrase.to - phrase.from <= 4 &&
    lowerAt(tokens, phrase.from) === 'the' &&
    partyMembers.has(lastLower) &&
    capitalAt(tokens, last) &&
    isPlace(tokens, phrase.from + 1, last) &&
    !roleFollows(registry, phrase.to)
  ) {
    return {entity: resolvePersonReference(registry, history, start), kind: 'nominal', start, end}
  }
  if (capitalAt(tokens, last)) return resolveName(context)
  // Hook (uncapitalised.ts): `president leon febres cordero said` in copy that writes names in lower case.
  return lowerCaseName(registry, end) ?? resolveDescription(context)
}

/** The person's name mention of the registry that ends at `end` and is written in lower case (`jorge brancho`). */
function lowerCaseName(registry: Registry, end: number): SpeakerMention | null {
  const mention = registry.mentions[mentionBefore(registry, end)]
  if (
    !mention ||
    mention.end !== end ||
    mention.kind !== 'name' ||
    mention.entity.kind !== 'person' ||
    capitalAt(registry.tokens, tokenAt(registry.tokens, end - 1))
  )
    return null
  return {entity: mention.entity, kind: 'name', start: mention.start, end}
}

/** A phrase that ends in a capitalised word: a name, with its title, or an organisation. */
function resolveName(context: Context): SpeakerMention | null {
  const {registry, history, phrase, lastLower, start, end} = context
  const {tokens, text} = registry
  // Hook (name-boundary.ts): `in Abidjan John Kakumba`: a place before the first given name.
  let from = givenNameStart(tokens, runStart(tokens, phrase), phrase.to)
  // `the Washington-based Atlantic Council`, `New York-based Human Rights Watch`: where a body is based is no part
  // of its name; a description that ends there names no one.
  for (let k = phrase.to - 1; k >= from; k--) {
    if (!descriptiveWord(lowerAt(tokens, k))) continue
    if (k === phrase.to - 1) return null
    from = k + 1
    break
  }
  // `the district police office of Kavre`: a body named by a common noun and the place it serves.
  const body = bodyOfPlace(context, from)
  if (body) return body
  // `Joel Pollak of Breitbart California`: a person the story names, then where they work or come from.
  for (let k = from + 2; k < phrase.to - 1; k++) {
    if (lowerAt(tokens, k) !== 'of' || capitalAt(tokens, k)) continue
    const person = personNamedAt(registry, tokens.start[from], tokens.end[k - 1])
    if (person) return resolvePhrase(registry, history, {from: phrase.from, to: k})
    break
  }
  // Possessive organisation names: `China's Justice Ministry`.
  if (
    from - 1 >= phrase.from &&
    possessiveAt(tokens, from - 1) &&
    capitalAt(tokens, from - 1) &&
    isOrganisation(tokens, from, phrase.to)
  ) {
    from--
  }
  // `the Velmar Post Lunde said`: a newspaper's name, then a surname.
  if (
    phrase.to - from >= 3 &&
    registry.surnames.has(lastLower) &&
    capitalAt(tokens, phrase.to - 2) &&
    isOrganisation(tokens, phrase.to - 2, phrase.to - 1) &&
    !isOrganisation(tokens, from, phrase.to)
  ) {
    from = phrase.to - 1
  }
  if (isComplement(registry, phrase, from, lastLower)) return null
  const runFrom = from
  // Hook (name-boundary.ts): `Will Hurd`, `May Ortiz`: a given name that is also a common word opens a name.
  const firstName = (k: number): boolean =>
    givenNameFirst(tokens, k, phrase.to, (lower) => blockedWord(lower, registry.lexicon))
  while (from < phrase.to && nonName.has(lowerAt(tokens, from)) && !firstName(from)) from++
  // Hook (titles.ts): `the President`, `The Health Minister`: a title alone refers to the person who holds it.
  const anaphor = registry.surnames.has(lastLower)
    ? null
    : titleAnaphor(tokens, registry.lexicon.titles, from, phrase.to)
  if (anaphor)
    return {entity: resolveNominal(registry, history, lastLower, anaphor, start), kind: 'nominal', start, end}
  if (
    from < phrase.to &&
    (from === phrase.to - 1
      ? sentenceInitial(text, tokens, from) &&
        !registry.surnames.has(lowerAt(tokens, from)) &&
        (registry.lowerSeen[tokens.word[from]] === 1 || adverbLike(lowerAt(tokens, from)))
      : commonAtStart(text, tokens, from, registry.lowerSeen) &&
        !isOrganisation(tokens, from, from + 2) &&
        !firstName(from))
  )
    from++
  // `Tuesday`, `The`: no name; `New Hampshire` (`New` is no name word): a place.
  if (from >= phrase.to || (from > runFrom && isPlace(tokens, runFrom, phrase.to))) return null
  // `OTHER STATES - Michael P. McDonald`: a heading in capitals is no name.
  if (registry.mixedCase && isShouted(tokens, from, phrase.to)) return null
  return nameMention(context, runFrom, from)
}
/** Whether a role noun follows within a few lower-case words (`the Saudi intelligence chief`). */
function roleFollows(registry: Registry, at: number): boolean {
  const {tokens, text, lexicon} = registry
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    if (capitalAt(tokens, k) || !/^[ \t\u00a0]+$/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) return false
    const lower = lowerAt(tokens, k)
    if (lexicon.titles.has(lower) || lexicon.nominalWords.has(lower)) return true
  }
  return false
}

/** Whether the registry holds a person's name mention spanning exactly `[start, end)` (titles aside). */
function personNamedAt(registry: Registry, start: number, end: number): boolean {
  const {mentions} = registry
  let low = 0
  let high = mentions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (mentions[middle].start < start) low = middle + 1
    else high = middle
  }
  const mention = mentions[low]
  return (
    mention !== undefined &&
    mention.start === start &&
    mention.end === end &&
    mention.kind === 'name' &&
    mention.entity.kind === 'person'
  )
}
