/**
 * Typed reference candidates: what a pronoun or a description may stand for.
 *
 * `he`/`she` stand for persons only — not for a capitalised phrase the name pass took for a person
 * (`Geneva Motor Show`, `Development Institutions`, `Indonesian ISPs`, `Hong Kong-based`), nor for a name on
 * a line of page furniture (`AFP photo Jan Novak`); a person's gender comes from the given name when the
 * given-name data knows it, and from the story's votes (honorifics, pronouns) otherwise or when they are
 * strong; a capitalised `He` inside a sentence or before a name (`He Yafei`) is the Chinese surname, not a
 * pronoun. Used by the resolvers of `references.ts`, `descriptions.ts` and `phrase.ts` through small hooks.
 *
 * Pure; results per entity are kept on the registry (`registry.typed`), never in module state.
 *
 * @module
 */

import {chineseFamilyNames} from '../lexicon/family-names.js'
import {givenNameGender} from '../lexicon/given-names.js'
import {nonStateBodyHeads, stateBodyWords} from '../lexicon/descriptions.js'
import {commonPlaces} from '../lexicon/function-words.js'
import {nationalityAdjectives} from '../lexicon/places.js'
import {furnitureWords, thingHeads} from '../lexicon/thing-names.js'
import {capitalAt, lowerAt, tokenAt, valueAt, type Tokens} from '../text/tokens.js'
import type {Entity, EntityMention, Registry} from './entities.js'
import type {SpeakerHistory} from './references.js'
import {directionWords} from '../lexicon/geography.js'
import {compoundParticiples, genericBodyHeads, issuedInDeterminers, titleCaseNonNames} from '../lexicon/descriptions.js'

const things = new Set(thingHeads)
const familyFirst = new Set(chineseFamilyNames)
const furniture = new Set(furnitureWords)
const places = new Set(commonPlaces)
const nationalities = new Set(nationalityAdjectives)
const directions = new Set(directionWords)
/** `Paris-based`, `state-owned`: a word so ending is no name. */
const compoundParticipleRe = new RegExp('-(?:' + compoundParticiples.join('|') + ')$')
const nonNamesAfterHe = new Set(titleCaseNonNames)
const issuingDeterminers = new Set(issuedInDeterminers)

/** Per-registry results of the typed checks (built on first use). */
export interface TypedCache {
  /** Whether a person entity can be what `he`/`she` refers to. */
  person: Map<Entity, boolean>
  /** Lower-case words the story writes in lower case. */
  lower: Set<string> | null
}

function cacheOf(registry: Registry): TypedCache {
  registry.typed ??= {person: new Map(), lower: null}
  return registry.typed
}

function lowerWordsOf(registry: Registry): Set<string> {
  const cache = cacheOf(registry)
  if (!cache.lower) {
    const {tokens, lowerSeen} = registry
    cache.lower = new Set(tokens.words.filter((_, id) => lowerSeen[id] === 1))
  }
  return cache.lower
}

/** A word without the periods and commas that end it (`Jr.,` → `Jr`). */
function trimPunctuation(word: string): string {
  let end = word.length
  while (end > 0 && (word.charCodeAt(end - 1) === 46 || word.charCodeAt(end - 1) === 44)) end--
  return word.slice(0, end)
}

/** Whether a word is written in capitals (`ATP`, `ISPs`): an acronym, no part of a person's name. */
function acronymLike(word: string): boolean {
  return /^[A-Z]{2,}[a-z]?$/.test(word)
}

/**
 * Whether a person entity of the registry can be a person a pronoun refers to: not a capitalised phrase
 * naming a thing. Given name first (`James Fry`, `Marta Osei`): a person. Not a person: a last word that
 * ends names of things (`Motor Show`, `Masters Cup`, `Development Institutions`), a first word of
 * nationality or direction (`Indonesian Internet`, `East European`), a place (`United States`), a
 * `-based`/`-born` word, an acronym in mixed-case copy (`ATP Tours`), or a last word the story also writes
 * in lower case after a first word that is no given name (`Public Utility`, `Favoured Nation`).
 */
export function personCandidate(registry: Registry, entity: Entity): boolean {
  if (entity.kind !== 'person') return false
  const cache = cacheOf(registry)
  const known = cache.person.get(entity)
  if (known !== undefined) return known
  const result = personShaped(registry, entity.name)
  cache.person.set(entity, result)
  return result
}

function personShaped(registry: Registry, name: string): boolean {
  const words = name.split(/\s+/).filter((word) => word !== '')
  if (words.length === 0) return false
  const lowers = words.map((word) => trimPunctuation(word).toLowerCase())
  const first = lowers[0]
  const last = lowers[lowers.length - 1]
  if (words.length >= 2 && givenNameGender(first) !== undefined && !things.has(last)) return true
  if (things.has(last)) return false
  if (lowers.some((word) => compoundParticipleRe.test(word))) return false
  if (nationalities.has(first) || directions.has(first)) return false
  if (places.has(lowers.join(' '))) return false
  if (registry.mixedCase && words.some(acronymLike)) return false
  // A common noun the story writes in lower case ends no name whose first word is no given name
  // (`Development Institutions`, `Motor Show`; not `Lee Price`, whose given name vouches for it).
  if (words.length >= 2 && lowerWordsOf(registry).has(last) && !/^\p{Lu}\.?$/u.test(words[0])) return false
  return true
}

/**
 * The gender a pronoun may assume of a person: the story's votes when they are strong (an honorific, or
 * three pronouns more of one kind), else the given name's gender in the data (`John` → male, whatever one
 * stray `she` after him says), else the votes.
 *
 * @param votes The gender the votes alone give (`genderOf`).
 */
export function referenceGender(entity: Entity, votes: 'male' | 'female' | null): 'male' | 'female' | null {
  if (Math.abs(entity.male - entity.female) >= 3) return votes
  const given = givenGenderOf(entity.name)
  if (given) return given
  return votes
}

/** Gender of the given name that opens a person's name (`Ana Quispe` → female), null when unknown or both, or when a Chinese family name opens it (`Tan Wei`). */
export function givenGenderOf(name: string): 'male' | 'female' | null {
  const words = name.split(/\s+/)
  if (words.length < 2) return null
  // Over initials: `J. Robert Smith`.
  let k = 0
  while (k < words.length - 1 && /^\p{Lu}\.?$/u.test(words[k])) k++
  if (k >= words.length - 1) return null
  const first = trimPunctuation(words[k])
  // `Tan Wei`, `Wang Jianrong`: a Chinese family name first, then the given name (no data for its gender).
  if (familyFirst.has(first.toLowerCase())) return null
  const gender = givenNameGender(first)
  return gender === 'm' ? 'male' : gender === 'f' ? 'female' : null
}

/** How far (code units) around a mention its line is read for page furniture. */
const LINE_REACH = 120

/**
 * Whether a mention stands on a line of page furniture (`AFP photo Jan Novak`, `Story continues below`,
 * `Photo: Lena Berg/Reuters`): a short line (under {@link LINE_REACH} code units each side) holding a word of
 * furniture, or such a word among the two words before the name. No antecedent for a pronoun.
 */
export function furnitureMention(registry: Registry, mention: EntityMention): boolean {
  const {tokens, text} = registry
  const at = tokenAt(tokens, mention.start)
  for (let k = at - 1; k >= 0 && k >= at - 2; k--) {
    if (furniture.has(lowerAt(tokens, k))) return true
  }
  const from = Math.max(0, mention.start - LINE_REACH)
  const window = text.slice(from, Math.min(text.length, mention.end + LINE_REACH))
  const lineStart = window.lastIndexOf('\n', mention.start - from - 1)
  const lineEnd = window.indexOf('\n', mention.end - from)
  if (lineStart < 0 || lineEnd < 0) return false
  const line = window.slice(lineStart + 1, lineEnd)
  // A line of copy ends a sentence; furniture is a fragment (`AFP photo Jan Novak`).
  if (/[.!?]["”’]?\s*$/.test(line)) return false
  return line
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => furniture.has(word))
}

/**
 * Whether the token `i`, whose lower case is `he`, is the pronoun: not the Chinese surname `He`, which is
 * capitalised inside a sentence (`said He`, `Vice Minister He Yafei`) or followed by a capitalised word that
 * is no verb of speech (`He Yafei said`).
 */
export function heIsPronoun(tokens: Tokens, i: number, sentenceInitial: boolean): boolean {
  if (!capitalAt(tokens, i)) return true
  if (!sentenceInitial) return false
  const next = i + 1
  if (next >= tokens.length) return true
  // Only spaces between: `He Yafei`; `He, too,` or `He.` is the pronoun.
  if (!/^[ \t\u00a0]+$/.test(tokens.text.slice(tokens.end[i], tokens.start[next]))) return true
  if (!capitalAt(tokens, next)) return true
  const value = valueAt(tokens, next)
  // `He Said` in a title-case line: a capitalised verb or function word is no name.
  return nonNamesAfterHe.has(value)
}

/** How far back (code units) the current speaker's cue may be to be preferred. */
const SPEAKER_REACH = 1500

/** The latest speaker in `history` within reach of `offset` that `compatible` accepts, with the cue's offset. */
export function currentSpeaker(
  history: SpeakerHistory,
  compatible: (entity: Entity) => boolean,
  offset: number
): {entity: Entity; offset: number} | null {
  for (let i = history.entries.length - 1; i >= 0; i--) {
    const entry = history.entries[i]
    if (entry.offset > offset) continue
    if (entry.offset < offset - SPEAKER_REACH) return null
    if (compatible(entry.entity)) return entry
    // Only the latest speaker counts; a speaker the pronoun cannot mean is not skipped for an older one.
    return null
  }
  return null
}

/**
 * A mention found only in an oblique position (`at the opening of the Geneva Motor Show`, `told Kemal
 * Aydin`) after the current speaker's cue yields to that speaker; one before the cue stays the antecedent.
 */
export function preferSpeaker(
  current: {entity: Entity; offset: number} | null,
  fallback: {entity: Entity; start: number}
): Entity {
  return current && current.offset <= fallback.start ? current.entity : fallback.entity
}

/** How far back (code units) the current speaker may be for an organisation description to mean it. */
const BODY_REACH = 600

/**
 * Whether an organisation may be what a description of a body means (`the international media rights
 * group`, `the Serbian ministry`): every modifier of nationality or place names it too (`Serbian` is not
 * `Kremlin`), and a head that names a kind of body (`ministry`, `newspaper`) is in its name unless the head is
 * generic (`group`, `organisation`, `body`).
 *
 * @param words The description's words, lower case, head last, no determiner.
 */
export function bodyCompatible(entity: Entity, words: readonly string[]): boolean {
  if (entity.kind !== 'organisation') return false
  const name = entity.name.toLowerCase()
  const head = words[words.length - 1]
  if (!headFits(entity, head)) return false
  if (!genericBodies.has(head) && !name.includes(head)) return false
  for (let k = 0; k < words.length - 1; k++) {
    const word = words[k]
    if ((nationalities.has(word) || places.has(word) || directions.has(word)) && !name.includes(word)) return false
  }
  return true
}

const nonStateHeads = new Set(nonStateBodyHeads)
const stateWords = new Set(stateBodyWords)

/**
 * Whether an organisation may be what a description with head `head` means: `the group` is no state, no body
 * of a state and no body of states (`Iraq`, `Foreign Ministry`, `UN`, `U.N. refugee agency`); any other head
 * fits as far as this test goes.
 */
export function headFits(entity: Entity, head: string): boolean {
  if (entity.kind !== 'organisation' || !nonStateHeads.has(head)) return true
  const name = entity.name.toLowerCase()
  if (places.has(name) || nationalities.has(name)) return false
  const words = name.split(/\s+/)
  for (let k = 0; k < words.length; k++) {
    if (stateWords.has(words[k]) || (k + 1 < words.length && stateWords.has(words[k] + ' ' + words[k + 1])))
      return false
  }
  return true
}

/** Heads of descriptions that fit any organisation. */
const genericBodies = new Set(genericBodyHeads)

/**
 * The organisation that spoke last, within reach of `offset`, when a description of a body fits it:
 * `Reporters Without Borders said in an earlier statement. "…," the international media rights group said.`
 */
export function currentBody(history: SpeakerHistory, words: readonly string[], offset: number): Entity | null {
  for (let i = history.entries.length - 1; i >= 0; i--) {
    const entry = history.entries[i]
    if (entry.offset > offset) continue
    if (entry.offset < offset - BODY_REACH) return null
    return bodyCompatible(entry.entity, words) ? entry.entity : null
  }
  return null
}

/** How far (code units) after a speaker's mention its cue may say where the words were issued. */
const ISSUE_REACH = 100

/** Whether `window` says the words were issued in a document with head `head` (`said in a statement`). */
function issuedIn(window: string, head: string): boolean {
  const words = window.toLowerCase().split(/[^\p{L}'-]+/u)
  for (let k = 0; k < words.length; k++) {
    if (words[k] !== 'in') continue
    if (!issuingDeterminers.has(words[k + 1] ?? '')) continue
    for (let n = k + 2; n < words.length && n <= k + 4; n++) if (words[n] === head) return true
  }
  return false
}

/**
 * The body that issued a document (`the statement said` after `the bank said in a statement`): the latest
 * speaker within reach whose cue says the words came in a document of the same head; null when none did.
 *
 * @param head The document's head noun (`statement`, `report`), lower case.
 */
export function documentIssuer(
  registry: Registry,
  history: SpeakerHistory,
  head: string,
  offset: number
): Entity | null {
  for (let i = history.entries.length - 1; i >= 0 && i >= history.entries.length - 6; i--) {
    const entry = history.entries[i]
    if (entry.offset > offset) continue
    if (entry.offset < offset - SPEAKER_REACH) return null
    const window = registry.text.slice(entry.offset, Math.min(offset, entry.offset + ISSUE_REACH))
    // (The words of the cue only: up to the next quotation mark or sentence end.)
    const stop = window.search(/["“”«»]|[.!?]\s/u)
    if (issuedIn(stop < 0 ? window : window.slice(0, stop), head)) return entry.entity
  }
  return null
}
