/**
 * Speaker entities: name mentions found in one pass over the tokens, people
 * and organisations keyed by canonical name, gender learned from the story,
 * and resolution of a mention (name, surname, pronoun, nominal) to an entity.
 *
 * Pure: {@link buildRegistry} returns a fresh registry per parse.
 *
 * @module
 */

import {firstAtOrAfter, firstStartingAt} from '../util/bisect.js'
import type {MentionKind} from '../ast.js'
import {commonPlaces, nonNameWords} from '../lexicon/function-words.js'
import {nationalityAdjectives} from '../lexicon/places.js'
import {organisationHeads, organisationNames, organisationPrefixes} from '../lexicon/organisations.js'
import {genderedPronouns, subjectPronouns, type PronounDefinition} from '../lexicon/pronouns.js'
import {genderedHonorifics} from '../lexicon/titles.js'
import {defaultLexicon, type SpeechLexicon} from './lexicon.js'
import {lookup} from './lookup.js'
import {geographicName, givenNameFirst, givenNameStart, wrappedBreak} from './name-boundary.js'
import {complementNameStart, complementTitle, isTitleWord} from './titles.js'
import {acronymKey, acronymsOf, expandAcronym, linkAcronyms, type AcronymIndex} from './acronyms.js'
import {plainFormBlocked} from './plain-verbs.js'
import {currentBody, currentSpeaker, documentIssuer, furnitureMention, personCandidate, preferSpeaker, referenceGender, type TypedCache} from './compatibility.js'
import {CAPITAL, capitalAt, lowerAt, possessiveAt, tokenAt, valueAt, valueEnd, type Tokens} from '../text/tokens.js'
import {sortInPlace} from '../util/sort.js'

/** A person or organisation while the story is read. */
export interface Entity {
  /** Canonical name (full name as the story gives it). */
  name: string
  kind: 'person' | 'organisation'
  /** Title or role the story gives, when seen before the name. */
  title: string | null
  /** Votes from gendered pronouns and honorifics. */
  male: number
  female: number
  /** Mentions outside quotations (code-unit starts, ascending). */
  starts: number[]
  /** Number of mentions. */
  count: number
  /** Set when the entity was merged into a fuller one (`Ladi Luya` → `Michel Ladi Luya`). */
  alias?: Entity | undefined
}

/** A mention of an entity found in the text. */
export interface EntityMention {
  start: number
  end: number
  kind: MentionKind
  entity: Entity
  /** Offsets of the name part (titles excluded) — same as start/end for pronouns and nominals. */
  inQuote: boolean
  /** Index of the sentence that holds the mention. */
  sentence: number
  /** Preceded by a preposition or followed by a possessive: not a clause subject. */
  oblique: boolean
}

/** Name mentions and entities of one story. */
export interface Registry {
  tokens: Tokens
  text: string
  /** Name mentions, in order. */
  mentions: EntityMention[]
  /** Canonical key → entity. */
  entities: Map<string, Entity>
  /** Last name (lower case) → entities whose full name ends with it, most frequent first. */
  surnames: Map<string, Entity[]>
  /** Lexicons of the call. */
  lexicon: SpeechLexicon
  /** Sentence start offsets, ascending. */
  sentenceStarts: readonly number[]
  /** By word id (`tokens.word`): 1 for the words the text also writes in lower case. */
  lowerSeen: Uint8Array
  /** The story is written in mixed case (runs in capitals are headings, not names). */
  mixedCase: boolean
  /** Initials of organisation names (built on first use). */
  initials?: Map<string, Entity> | undefined
  /** Acronym → spelled-out name (acronyms.ts, built on first use). */
  acronyms?: AcronymIndex | undefined
  /** Bodies that people's titles name (`Minister of Labor` → `Ministry of Labor`), by person and head, once each. */
  bodies?: Map<Entity, Entity | null> | undefined
  /** Typed reference checks per entity (`compatibility.ts`, built on first use). */
  typed?: TypedCache | undefined
}

const nonName = new Set(nonNameWords)
const places = new Set(commonPlaces)
const nationalities = new Set(nationalityAdjectives)
const orgHeads = new Set(organisationHeads)
const orgNames = new Set(organisationNames.map((name) => name.toLowerCase()))
const orgPrefixes = new Set(organisationPrefixes)
const prepositions = new Set([
  'of', 'to', 'with', 'by', 'from', 'for', 'against', 'at', 'in', 'on', 'about', 'toward', 'towards', 'than',
  'like', 'between', 'among', 'over', 'under', 'as', 'behind', 'without', 'versus', 'vs.', 'before', 'after'
])
/** Verbs whose object is a person or organisation, not the subject (`told Les Echos`, `praised Cruz`). */
const objectVerbs = new Set([
  'told', 'tells', 'telling', 'asked', 'asks', 'urged', 'urges', 'thanked', 'praised', 'criticized', 'criticised',
  'attacked', 'accused', 'called', 'met', 'meets', 'visited', 'joined', 'invited', 'warned', 'endorsed', 'backed',
  'defeated', 'beat', 'replaced', 'succeeded', 'interviewed', 'hired', 'fired', 'appointed', 'named', 'nominated',
  'blasted', 'slammed', 'mocked', 'thanks', 'congratulated', 'welcomed', 'sued', 'charged', 'arrested'
])
/** Words that open a clause: a name after them is that clause's subject, not an object. */
const clauseWords = new Set(['that', 'who', 'which', 'whom', 'whose', 'and', 'but', 'or', 'nor', 'when', 'while', 'because', 'if', 'since', 'where', 'although', 'though', 'so', 'then'])
const connectors = new Set(['de', 'des', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'du', 'la', 'le', 'del', 'di', 'dos', 'ibn', 'el'])
/** An Arabic article joined to a surname (`al-ani` → `ani`). */
const particleRe = /^(?:a[ldnrstz]|el)-(.{2,})$/
const orgConnectors = new Set(['of', 'for', 'and', 'on', 'the', '&'])
/** Weekday names: they end no name (`New Hampshire Monday`); months do (`Theresa May`). */
export const calendarWords: ReadonlySet<string> = new Set(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'])

/** Gap between tokens `a` and `b` that keeps them in one name (a space, or `Ben- Shalom`). */
function joined(text: string, tokens: Tokens, a: number, b: number): boolean {
  const aEnd = tokens.end[a]
  const length = tokens.start[b] - aEnd
  if (length === 1) {
    const code = text.charCodeAt(aEnd)
    if (code === 32 || code === 0xa0 || code === 45) return true
  }
  if (length === 2 && text.charCodeAt(aEnd) === 45 && text.charCodeAt(aEnd + 1) === 32) return true
  // Hook (name-boundary.ts): a line break that wraps a paragraph's line (`John⏎Rau`).
  return wrappedBreak(text, aEnd, tokens.start[b])
}

/** Whether token `i` can stand in a name. */
function nameLike(tokens: Tokens, i: number): boolean {
  return capitalAt(tokens, i) && !nonName.has(lowerAt(tokens, i))
}

/** A capitalised run of tokens: `[from, to)`. */
export interface NameRun {
  from: number
  to: number
}

function placeKey(tokens: Tokens, from: number, to: number): string {
  let key = lowerAt(tokens, from)
  for (let k = from + 1; k < to; k++) key += ' ' + lowerAt(tokens, k)
  return key
}

/**
 * Split a capitalised run into title and name (`Serbian Deputy Prime Minister | Aleksandar Vulin`).
 *
 * @returns Index where the name starts.
 */
export function splitTitle(tokens: Tokens, run: NameRun, lexicon: SpeechLexicon = defaultLexicon, lead = run.from): number {
  let nameFrom = run.from
  for (let i = run.from; i < run.to - 1; i++) {
    const lower = lowerAt(tokens, i)
    // Hook (name-boundary.ts): `Dean Baker`, `Will Hurd`: a given name before the last word opens the name.
    if (i === nameFrom && givenNameFirst(tokens, i, run.to, (word) => blockedWord(word, lexicon))) break
    // `Minister of Internal Trade Milovan Daric`, `Secretary of Homeland Security Jeh Johnson`:
    // a title's complement after `of`/`for`; the name is the last two words (three with an
    // initial: `Secretary of State John F. Kerry`).
    const next = i + 1 < tokens.length ? lowerAt(tokens, i + 1) : ''
    // Hook (titles.ts): the title grammar reads the complement up to the name (`Minister of Mines and Energy Subroto`).
    const title = isTitleWord(lexicon.titles, lower)
    if (title && next !== '' && !capitalAt(tokens, i + 1) && (next === 'of' || next === 'for') && run.to - (i + 2) >= 2) {
      const name = complementNameStart(tokens, lexicon.titles, i + 2, run.to)
      if (name >= 0) return name
    }
    if (lexicon.titles.has(lower) && next !== '' && !capitalAt(tokens, i + 1) && (next === 'of' || next === 'for') && run.to - (i + 2) >= 3) {
      return run.to - (run.to - (i + 2) >= 4 && isInitial(tokens, run.to - 2) ? 3 : 2)
    }
    // Hook (titles.ts): title words by the grammar (`Major-General`, `Princesses`, `Paris-based`).
    if (title || lookup(genderedHonorifics, lower) !== undefined || nonName.has(lower)) nameFrom = i + 1
    // `Croatian Ivan Ljubicic`: an adjective of nationality right before a name of two words or more.
    else if (i === nameFrom && run.to - i >= 3 && nationalities.has(lower) && !possessiveAt(tokens, i)) nameFrom = i + 1
    // `Wisconsin Trump`, `New Hampshire Sanders`: a place before a name.
    // (Places have a few words: keys are built for short prefixes only, so a long run stays linear.)
    else if (i < run.to - 1 && ((i + 1 - run.from <= 4 && places.has(placeKey(tokens, run.from, i + 1))) || (lead < run.from && i + 1 - lead <= 4 && places.has(placeKey(tokens, lead, i + 1))))) nameFrom = i + 1
    // `Presidential Palace Siamak Herawi`: an organisation's name before a person's.
    else if (orgHeads.has(lower) && i > run.from && i < run.to - 2) nameFrom = i + 1
  }
  return nameFrom
}

/** Whether a lower-case word can be no part of a person's name: a title, a word never in names, a place, a body. */
export function blockedWord(lower: string, lexicon: SpeechLexicon): boolean {
  return lexicon.titles.has(lower) || nonName.has(lower) || places.has(lower) || orgHeads.has(lower) || calendarWords.has(lower)
}

/** An initial: `F.`, `J`. */
function isInitial(tokens: Tokens, i: number): boolean {
  const length = valueEnd(tokens, i) - tokens.start[i]
  return length <= 2 && capitalAt(tokens, i) && (length === 1 || tokens.text.charCodeAt(valueEnd(tokens, i) - 1) === 46)
}

/** Whether tokens `[from, to)` name a common place (`New Hampshire`, `America`). */
export function isPlace(tokens: Tokens, from: number, to: number): boolean {
  return to > from && places.has(placeKey(tokens, from, to))
}

/** Whether a run is written in capitals only (`RED STATES OUTNUMBER BLUE STATES`): a heading, not a name. */
export function isShouted(tokens: Tokens, from: number, to: number): boolean {
  let words = 0
  for (let k = from; k < to; k++) {
    const value = valueAt(tokens, k)
    if (value.length < 2 || value.endsWith('.')) continue
    if (value !== value.toUpperCase()) return false
    words++
  }
  return words >= 2
}

/**
 * Whether the words a fuller name adds before `key` can be given names (`Michel` in `Michel Ladi Luya`), not a
 * club, a place or an acronym (`FC Marcelinho`, a nickname).
 */
function firstNames(fuller: string, key: string): boolean {
  const words = fuller.split(/\s+/)
  const extra = words.length - key.split(' ').length
  for (let k = 0; k < extra; k++) {
    const word = words[k]
    const lower = word.toLowerCase()
    if (orgHeads.has(lower) || places.has(lower) || (word.length >= 2 && /^[A-Z]+$/.test(word))) return false
  }
  return true
}

/**
 * `North Korean leader`, `Brazilian midfielder`: a run that ends in an adjective of nationality before a
 * role is no person's name.
 */
function nationality(tokens: Tokens, to: number, lexicon: SpeechLexicon): boolean {
  if (to >= tokens.length || capitalAt(tokens, to) || tokens.start[to] - tokens.end[to - 1] !== 1) return false
  const next = lowerAt(tokens, to)
  if (!lexicon.titles.has(next) && !lexicon.nominalWords.has(next)) return false
  return isNationality(valueAt(tokens, to - 1))
}

/** Whether a capitalised word is an adjective of nationality (`Brazilian`, `Argentine`, `Thai`): the lexicon, or its endings. */
export function isNationality(value: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:an|ese|ish|ian|i)$/u.test(value) || nationalities.has(value.toLowerCase())
}

/** Words of direction that stand before places and nationalities (`Western Europe`, `East European`). */
const directions = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central'])

/**
 * `Western Europe`, `West Germany`, `South Korean`, `Budget Day`, `Public Utility`: a capitalised run each of
 * whose words is a place, an adjective of nationality, a word of direction, or a word the story also writes in
 * lower case names no person.
 */
function commonWordsOnly(tokens: Tokens, from: number, to: number, lowerSeen: Uint8Array): boolean {
  for (let k = from; k < to; k++) {
    const lower = lowerAt(tokens, k)
    if (lowerSeen[tokens.word[k]] !== 1 && !places.has(lower) && !nationalities.has(lower) && !directions.has(lower)) return false
  }
  return true
}

/** Lower-case words that title case capitalises (`Are`, `The`, `Of`): two or more of them mark a headline line. */
const titleCaseWords = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'for', 'on', 'and', 'is', 'are', 'was', 'with', 'just', 'how', 'why', 'what', 'says', 'will', 'at', 'from', 'by', 'as', 'his', 'her', 'their', 'after', 'over', 'about', 'into', 'be', 'has', 'have', 'not', 'no', 'this', 'that', 'these', 'it', 'its', 'you', 'your', 'we', 'our', 'my', 'who', 'when', 'where', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'may', 'up', 'out', 'off', 'than', 'so', 'but', 'or', 'if', 'all', 'more', 'most', 'now'])

/**
 * The line of token `i` (its end offset) and whether it is written in title case: at least four words, three
 * quarters of them capitalised, two or more of them small words that only title case capitalises (one, in a
 * line of six words or more all capitalised).
 */
function titleCaseLine(text: string, tokens: Tokens, i: number): {end: number; titleCase: boolean} {
  let end = text.indexOf('\n', tokens.start[i])
  if (end < 0) end = text.length
  const lineStart = text.lastIndexOf('\n', tokens.start[i]) + 1
  let k = i
  while (k > 0 && tokens.start[k - 1] >= lineStart) k--
  let words = 0
  let capitals = 0
  let small = 0
  for (; k < tokens.length && tokens.start[k] < end; k++) {
    words++
    if (!capitalAt(tokens, k)) continue
    capitals++
    if (titleCaseWords.has(lowerAt(tokens, k)) && tokens.start[k] > lineStart) small++
  }
  return {end, titleCase: words >= 4 && capitals * 4 >= words * 3 && (small >= 2 || (small === 1 && words >= 6 && capitals === words))}
}

/** Whether a run (title excluded) names an organisation. */
export function isOrganisation(tokens: Tokens, from: number, to: number): boolean {
  if (to < 1 || to > tokens.length) return false
  const lastLower = lowerAt(tokens, to - 1)
  if (orgHeads.has(lastLower)) return true
  // `FC Marcelinho`, `SV Hamburg`: a club's prefix in capitals.
  if (to - from >= 2 && orgPrefixes.has(lowerAt(tokens, from)) && /^[A-Z]{2,4}$/.test(valueAt(tokens, from))) return true
  if (to - from === 1 && orgNames.has(lastLower)) return true
  // `Council on Foreign Relations`, `Ministry of Labor`: a head before `of`/`on`/`for`.
  for (let i = from + 1; i < to - 1; i++) {
    const lower = lowerAt(tokens, i)
    if (orgConnectors.has(lower) && lower !== 'and' && orgHeads.has(lowerAt(tokens, i - 1))) return true
  }
  if (to - from === 1 && acronym(tokens, to - 1)) return true
  return false
}

/** Whether token `i` is two to six capital letters (`/^[A-Z]{2,6}$/`: `NATO`). */
function acronym(tokens: Tokens, i: number): boolean {
  const start = tokens.start[i]
  const end = valueEnd(tokens, i)
  if (end - start < 2 || end - start > 6) return false
  for (let at = start; at < end; at++) {
    const code = tokens.text.charCodeAt(at)
    if (code < 65 || code > 90) return false
  }
  return true
}

/** Whether a run holds lower-case connectors that no person name has (`Part of Poland`). */
function hasOrgConnector(tokens: Tokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (orgConnectors.has(lowerAt(tokens, i)) && !capitalAt(tokens, i)) return true
  return false
}

function keyOf(value: string): string {
  return value.toLowerCase().replace(/[\s\-‐]+/g, ' ')
}

function nameText(text: string, tokens: Tokens, from: number, to: number): string {
  return oneLine(text.slice(tokens.start[from], valueEnd(tokens, to - 1)))
}

/** A name as one line: a line break or run of spaces inside it (`Howard\nBaker` in wrapped copy) is one space. */
function oneLine(value: string): string {
  return /\s\s|[\t\n\r\f\v\u00a0]/.test(value) ? value.replace(/\s+/g, ' ') : value
}

/** Longest name run, in words (`Ministry of Labor and Social Security of the Republic of Karvia` is 11). */
const MAX_RUN = 16

/**
 * Read the capitalised run that starts at token `i` (connectors inside it allowed).
 * A possessive ends the run.
 */
export function readRun(text: string, tokens: Tokens, i: number, limit: number, organisation = false): NameRun | null {
  if (i >= limit || !capitalAt(tokens, i)) return null
  let to = i + 1
  // No name runs longer than `MAX_RUN` words (`Ada Lind and Kai Berg and …` with no stop would otherwise be
  // read again from each of its words).
  const end = Math.min(limit, i + MAX_RUN)
  while (to < end && !possessiveAt(tokens, to - 1) && joined(text, tokens, to - 1, to)) {
    if (capitalAt(tokens, to)) {
      to++
      continue
    }
    const lower = lowerAt(tokens, to)
    const after = to + 1 < tokens.length
    const allowed = connectors.has(lower) || (organisation && orgConnectors.has(lower))
    if (allowed && after && capitalAt(tokens, to + 1) && joined(text, tokens, to, to + 1)) {
      to += 2
      continue
    }
    // `Friends of the Valley`, `Council of the Americas`.
    const third = to + 2 < tokens.length
    if (organisation && lower === 'of' && after && lowerAt(tokens, to + 1) === 'the' && !capitalAt(tokens, to + 1) && third && capitalAt(tokens, to + 2) && joined(text, tokens, to, to + 1) && joined(text, tokens, to + 1, to + 2)) {
      to += 3
      continue
    }
    break
  }
  return {from: i, to}
}

/** Lower-case words of the text (a capitalised word also seen in lower case is a common word). */
export function lowerWords(tokens: Tokens): Uint8Array {
  const {flags, word, start, end, text} = tokens
  const seen = new Uint8Array(tokens.words.length)
  for (let i = 0; i < tokens.length; i++) {
    if ((flags[i] & CAPITAL) !== 0) continue
    // Handles, hashtags, addresses (`@mike_pence`, `#Trump2016`, `site.com/pence`) are not prose.
    const before = start[i] > 0 ? text.charCodeAt(start[i] - 1) : 32
    if (before === 64 || before === 35 || before === 95 || before === 47 || before === 46 || text.charCodeAt(end[i]) === 95) continue
    seen[word[i]] = 1
  }
  return seen
}

/** Whether the token `k` opens a sentence (or a quotation or line). */
export function sentenceInitial(text: string, tokens: Tokens, k: number): boolean {
  let at = tokens.start[k] - 1
  while (at >= 0) {
    const code = text.charCodeAt(at)
    if (code === 32 || code === 0xa0 || code === 34 || code === 0x201c || code === 0x2018 || code === 39 || code === 40 || code === 9) {
      at--
      continue
    }
    return code === 10 || code === 13 || code === 46 || code === 33 || code === 63 || code === 58 || code === 0x2014
  }
  return true
}

/** `Hastily`, `Celebrating`: an adverb or participle, not a first name (`Carly`, `Irving`). */
export function adverbLike(lower: string): boolean {
  return (lower.length >= 7 && lower.endsWith('ly')) || (lower.length >= 8 && lower.endsWith('ing'))
}

/** A capitalised common word at a sentence start, before more capitalised words (`Hastily`, `Rival`). */
export function commonAtStart(text: string, tokens: Tokens, k: number, lowerSeen: Uint8Array): boolean {
  if (k + 1 >= tokens.length || !capitalAt(tokens, k + 1)) return false
  if (!(lowerSeen[tokens.word[k]] === 1 || adverbLike(lowerAt(tokens, k)))) return false
  return sentenceInitial(text, tokens, k)
}

/** Canonical entity (follows merges). */
export function canonical(entity: Entity): Entity {
  let current = entity
  while (current.alias) current = current.alias
  return current
}

/** Whether the name ends a person's name at a place (`James Clyburn of South Carolina`): index of `of`, else -1. */
function placeTail(text: string, tokens: Tokens, from: number, to: number, titles: ReadonlySet<string>): number {
  for (let i = from + 2; i < to - 1; i++) {
    if (lowerAt(tokens, i) !== 'of' || capitalAt(tokens, i)) continue
    const head = lowerAt(tokens, i - 1)
    // `Minister of Internal Trade Milovan Daric`: a title's complement, not a place.
    if (orgHeads.has(head) || titles.has(head)) return -1
    return i
  }
  return -1
}

/**
 * Find every name mention of the story and build the entities.
 *
 * @param text The input.
 * @param tokens Its tokens.
 * @param quoted Quoted ranges (sorted): mentions inside them are kept but marked.
 * @param bodyStart Offset where the body starts (names in the headline are not scanned).
 * @param lexicon Lexicons of the call.
 * @param sentenceStarts Sentence start offsets, ascending.
 */
export function buildRegistry(
  text: string,
  tokens: Tokens,
  quoted: ReadonlyArray<{start: number; end: number}>,
  bodyStart: number,
  lexicon: SpeechLexicon = defaultLexicon,
  sentenceStarts: readonly number[] = []
): Registry {
  const entities = new Map<string, Entity>()
  const mentions: EntityMention[] = []
  const singles: Array<{from: number; to: number; nameFrom: number; inQuote: boolean}> = []
  let q = 0
  let lastPerson: Entity | null = null
  const titles = lexicon.titles
  const lowerSeen = lowerWords(tokens)
  let lowerCount = 0
  for (let w = 0; w < lowerSeen.length; w++) lowerCount += lowerSeen[w]
  // A story in mixed case: runs in capitals are headings.
  const mixedCase = lowerCount > 50
  let seenWords: Set<string> | null = null
  /** Whether the story writes `lower` in lower case (for words of names, not tokens). */
  const seenLower = (lower: string): boolean => {
    seenWords ??= new Set(tokens.words.filter((_, id) => lowerSeen[id] === 1))
    return seenWords.has(lower)
  }
  const theStart = (k: number): boolean => lowerAt(tokens, k) === 'the'

  const inQuote = (offset: number): boolean => {
    while (q < quoted.length && quoted[q].end <= offset) q++
    return q < quoted.length && quoted[q].start <= offset
  }

  const entityFor = (name: string, kind: 'person' | 'organisation', title: string | null): Entity => {
    const key = keyOf(name)
    let entity = entities.get(key)
    if (!entity) {
      entity = {name, kind, title, male: 0, female: 0, starts: [], count: 0}
      entities.set(key, entity)
    } else if (!entity.title && title) entity.title = title
    entity.count++
    return entity
  }
  const oblique = (from: number, to: number): boolean => {
    // A possessive is oblique, unless it opens its sentence (`Jon's secret is …`: the topic).
    if (possessiveAt(tokens, to - 1)) return !sentenceInitial(text, tokens, from)
    // After a preposition or the verb whose object it is, over a few modifiers: `to Rubio`, `told the
    // French financial newspaper Les Echos`, `praised Cruz`.
    for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
      // Within the clause: only spaces between the words.
      if (!/^[ \t\u00a0]+$/.test(text.slice(tokens.end[k], tokens.start[k + 1]))) return false
      // Capitalised: only an adjective of nationality (`the French financial newspaper`).
      if (capitalAt(tokens, k)) {
        if (/^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)$/u.test(valueAt(tokens, k)) || /^(?:north|south|east|west)$/.test(lowerAt(tokens, k))) continue
        return false
      }
      const lower = lowerAt(tokens, k)
      if (prepositions.has(lower) || objectVerbs.has(lower)) return true
      if (clauseWords.has(lower)) return false
    }
    return false
  }
  const push = (start: number, end: number, kind: MentionKind, entity: Entity, quotedHere: boolean, from: number, to: number): void => {
    mentions.push({start, end, kind, entity, inQuote: quotedHere, sentence: 0, oblique: oblique(from, to)})
  }

  let i = tokenAt(tokens, bodyStart)
  let chainEnd = -1
  let lineEnd = -1
  let headlineUntil = -1
  while (i < tokens.length) {
    const quotedHere = inQuote(tokens.start[i])
    if (!capitalAt(tokens, i)) {
      const gender = lastPerson && !quotedHere ? lookup(genderedPronouns, lowerAt(tokens, i)) : undefined
      if (gender && lastPerson) {
        if (gender === 'male') lastPerson.male++
        else lastPerson.female++
      }
      i++
      continue
    }
    // A line in title case (`Why Progressives Are Celebrating Hillary Clinton's Speech`): a headline whose
    // capitals say nothing about names. Each line is measured once.
    if (tokens.start[i] >= lineEnd) {
      const line = titleCaseLine(text, tokens, i)
      lineEnd = line.end
      headlineUntil = line.titleCase ? line.end : -1
    }
    if (tokens.start[i] < headlineUntil) {
      i++
      continue
    }
    // Inside a chain of people at their places (`X of South Carolina and Y of North Carolina and …`), a run
    // ends at the next `and`: each part is read once (linear however long the chain).
    let limit = tokens.length
    if (i < chainEnd) {
      limit = i
      while (limit < chainEnd && !(lowerAt(tokens, limit) === 'and' && !capitalAt(tokens, limit))) limit++
    }
    const run = readRun(text, tokens, i, limit, true)!
    // `Niko Kovac and Brazilian midfielder Marcelinho`: `and` joins two names, and
    // `Hillary Clinton on Tuesday` ends a name at `on`, unless the whole run names an
    // organisation (`Ministry of Labor and Social Security`, `Council on Foreign Relations`).
    // A title's complement may hold `and` (`Minister of Foreign and European Affairs`).
    for (let k = run.from + 1; k < run.to - 1; k++) {
      const lower = lowerAt(tokens, k)
      if ((lower === 'of' || lower === 'for') && !capitalAt(tokens, k)) break
      if ((lower === 'and' || lower === 'on') && !capitalAt(tokens, k) && !isOrganisation(tokens, run.from, run.to)) {
        run.to = k
        break
      }
    }
    let from = run.from
    // Hook (name-boundary.ts): `Will Hurd`, `May Ortiz`: a given name that is also a common word opens a name.
    const firstName = (k: number): boolean => givenNameFirst(tokens, k, run.to, (lower) => blockedWord(lower, lexicon))
    while (from < run.to && !nameLike(tokens, from) && !titles.has(lowerAt(tokens, from)) && !firstName(from)) from++
    // Hook (name-boundary.ts): `in Abidjan John Kakumba`: a place before the first given name.
    from = givenNameStart(tokens, from, run.to)
    // `Hastily`, `Rival Hillary Clinton`: a common word capitalised at the start of a sentence.
    // (`Oversight Committee Republicans`: a common word that names what a body does stays in its name.)
    if (from < run.to && commonAtStart(text, tokens, from, lowerSeen) && !(from + 1 < run.to && orgHeads.has(lowerAt(tokens, from + 1))) && !firstName(from)) from++
    if (from >= run.to) {
      i = run.to
      continue
    }
    let to = run.to
    // `Hudson, New Hampshire Monday`: a weekday ends no name.
    while (to - 1 > from && calendarWords.has(lowerAt(tokens, to - 1))) to--
    // `RED STATES OUTNUMBER BLUE STATES`: a heading in a story written in mixed case.
    if (mixedCase && isShouted(tokens, from, to)) {
      i = run.to
      continue
    }
    const tail = placeTail(text, tokens, from, to, lexicon.titles)
    // Where the scan goes on: after the run, or after the place's `and` (`James E. Clyburn of South
    // Carolina and G. K. Butterfield of North Carolina`: two people).
    let resume = run.to
    if (tail > 0 && !isOrganisation(tokens, from, tail)) {
      to = tail
      for (let k = tail + 1; k < run.to - 1; k++) {
        if (lowerAt(tokens, k) === 'and' && !capitalAt(tokens, k)) {
          resume = k + 1
          chainEnd = Math.max(chainEnd, run.to)
          break
        }
      }
    }
    // `the Washington Post Trump said`: an organisation's name, then a surname.
    if (to - from >= 2 && orgHeads.has(lowerAt(tokens, to - 2)) && capitalAt(tokens, to - 2) && !hasOrgConnector(tokens, from, to) && !isOrganisation(tokens, from, to)) {
      const name = nameText(text, tokens, from, to - 1).replace(/^the\s+/i, '')
      push(tokens.start[from], tokens.end[to - 2], 'organisation', entityFor(name, 'organisation', null), quotedHere, from, to - 1)
      singles.push({from: to - 1, to, nameFrom: to - 1, inQuote: quotedHere})
      i = run.to
      continue
    }
    const nameFrom = splitTitle(tokens, {from, to}, lexicon, run.from)
    const titleText = nameFrom > from ? nameText(text, tokens, from, nameFrom) : null
    let honorific: 'male' | 'female' | undefined
    for (let k = from; k < nameFrom; k++) honorific ??= lookup(genderedHonorifics, lowerAt(tokens, k))
    const start = tokens.start[from]
    const end = valueEnd(tokens, to - 1)
    if (isOrganisation(tokens, from, to) || (from > run.from && theStart(from - 1) && to - from >= 2 && !titles.has(lowerAt(tokens, from)))) {
      const name = nameText(text, tokens, from, to).replace(/^the\s+/i, '')
      const entity = entityFor(name, 'organisation', null)
      push(start, end, 'organisation', entity, quotedHere, from, to)
    } else {
      const nameTokens = to - nameFrom
      const name = nameText(text, tokens, nameFrom, to)
      // Hook (name-boundary.ts): `North Sea`, `Ivory Coast` name places.
      if (nameTokens >= 2 && nameTokens <= 5 && !places.has(keyOf(name)) && !hasOrgConnector(tokens, nameFrom, to) && !nationality(tokens, to, lexicon) && !commonWordsOnly(tokens, nameFrom, to, lowerSeen) && !geographicName(tokens, nameFrom, to)) {
        const entity = entityFor(name, 'person', titleText)
        if (honorific === 'male') entity.male += 3
        if (honorific === 'female') entity.female += 3
        push(start, end, 'name', entity, quotedHere, from, to)
        if (!quotedHere) lastPerson = entity
      } else if (nameTokens === 1 && titleText !== null && complementTitle(titleText, name) && !places.has(lowerAt(tokens, nameFrom))) {
        // Hook (titles.ts): `Minister of Mines and Energy Sutomo`: a one-word name after a title's complement is a person.
        const entity = entityFor(name, 'person', titleText)
        push(start, end, 'name', entity, quotedHere, from, to)
        if (!quotedHere) lastPerson = entity
      } else if (nameTokens === 1 && !places.has(lowerAt(tokens, nameFrom))) {
        singles.push({from, to, nameFrom, inQuote: quotedHere})
      }
    }
    i = resume
  }

  const outside = new Set<Entity>()
  for (const mention of mentions) if (!mention.inQuote) outside.add(mention.entity)
  const persons: Entity[] = []
  for (const entity of entities.values()) if (entity.kind === 'person') persons.push(entity)
  const byLast = new Map<string, Entity[]>()
  for (const entity of persons) {
    const last = lastName(entity.name)
    const list = byLast.get(last) ?? []
    list.push(entity)
    byLast.set(last, list)
  }
  // `Celebrating Hillary Clinton` (a title-case headline), `Post Trump`: a common word, place or
  // organisation read into a name that the story also gives without it.
  for (const entity of persons) {
    if (entity.alias) continue
    const words = entity.name.split(/\s+/)
    if (words.length < 2) continue
    const lead = words[0].toLowerCase()
    const placeOrBody = places.has(lead) || orgHeads.has(lead)
    let target: Entity | null = null
    if (words.length >= 3 && (placeOrBody || titles.has(lead) || adverbLike(lead) || seenLower(lead))) {
      // The longest rest the story names on its own (`More Offensive Things Donald Trump` → `Donald Trump`).
      for (let k = 1; k <= words.length - 2 && !target; k++) {
        const other = entities.get(keyOf(words.slice(k).join(' ')))
        if (other && other.kind === 'person' && other !== entity) target = canonical(other)
      }
    } else if (words.length === 2 && placeOrBody) {
      for (const other of byLast.get(lastName(entity.name)) ?? []) {
        if (other !== entity && !other.alias && other.name.split(/\s+/).length >= 2 && (!target || other.count > target.count)) target = other
      }
    }
    if (target && target !== entity) {
      entity.alias = target
      target.count += entity.count
      target.male += entity.male
      target.female += entity.female
    }
  }

  // Merge partial names into fuller ones: `Ladi Luya` → `Michel Ladi Luya` (the most frequent fuller name).
  for (const entity of persons) {
    if (entity.alias) continue
    const key = keyOf(entity.name)
    let best: Entity | null = null
    for (const other of byLast.get(lastName(entity.name)) ?? []) {
      if (other === entity || other.alias) continue
      const otherKey = keyOf(other.name)
      if (otherKey.length > key.length && otherKey.endsWith(' ' + key) && outside.has(other) && firstNames(other.name, key) && (!best || other.count > best.count)) best = other
    }
    if (best) {
      entity.alias = best
      best.count += entity.count
      best.male += entity.male
      best.female += entity.female
      best.title ??= entity.title
    }
  }

  // Surnames: last name → full names ending with it, most frequent first.
  const surnames = new Map<string, Entity[]>()
  for (const entity of persons) {
    if (entity.alias) continue
    const last = lastName(entity.name)
    const list = surnames.get(last) ?? []
    list.push(entity)
    surnames.set(last, list)
  }
  // `Naseer al-Ani` … `said Ani`: the surname without its Arabic article, when no name ends with it.
  for (const entity of persons) {
    if (entity.alias) continue
    const bare = particleRe.exec(lastName(entity.name))?.[1]
    if (bare === undefined) continue
    const list = surnames.get(bare)
    if (!list) surnames.set(bare, [entity])
    else if (list.every((other) => particleRe.test(lastName(other.name))) && !list.includes(entity)) list.push(entity)
  }
  // Family name first (`Zhang Quanjing` → `Zhang`), used when no name ends with it.
  const firsts = new Map<string, Entity[]>()
  for (const entity of persons) {
    if (entity.alias) continue
    const first = entity.name.split(/\s+/)[0].toLowerCase()
    if (titles.has(first)) continue
    const list = firsts.get(first) ?? []
    list.push(entity)
    firsts.set(first, list)
  }
  for (const [first, list] of firsts) {
    if (!surnames.has(first) && (list.length === 1 || list.every((entity) => entity.name.split(/\s+/).length >= 3))) surnames.set(first, list)
  }
  for (const list of surnames.values()) sortInPlace(list, (a, b) => b.count - a.count)

  // Positions of the full names, for recency (surnames resolve to the nearest fuller name before them).
  sortInPlace(mentions, (a, b) => a.start - b.start)
  for (const mention of mentions) {
    mention.entity = canonical(mention.entity)
    if (!mention.inQuote) mention.entity.starts.push(mention.start)
  }

  // Single-word names: surnames of known people (`Vulin`), else nothing (resolved when they speak).
  const added: EntityMention[] = []
  for (const single of singles) {
    const list = surnames.get(lowerAt(tokens, single.nameFrom))
    const start = tokens.start[single.from]
    const end = valueEnd(tokens, single.nameFrom)
    let honorific: 'male' | 'female' | undefined
    for (let k = single.from; k < single.nameFrom; k++) honorific ??= lookup(genderedHonorifics, lowerAt(tokens, k))
    if (list && list.length > 0) {
      const entity = pickCandidate(list, start, honorific)
      if (honorific === 'male') entity.male += 3
      if (honorific === 'female') entity.female += 3
      added.push({start, end, kind: 'surname', entity, inQuote: single.inQuote, sentence: 0, oblique: oblique(single.from, single.to)})
    }
  }
  const all = mergeSorted(mentions, added)
  let s = 0
  for (const mention of all) {
    while (s + 1 < sentenceStarts.length && sentenceStarts[s + 1] <= mention.start) s++
    mention.sentence = s
  }
  const touched = new Set<Entity>()
  for (const mention of added) {
    if (mention.inQuote) continue
    mention.entity.starts.push(mention.start)
    touched.add(mention.entity)
  }
  for (const entity of touched) sortInPlace(entity.starts, (a, b) => a - b)

  // Acronyms the story spells out (`AFE` → `Air France Europe`) follow the spelled-out name.
  const registry: Registry = {tokens, text, mentions: all, entities, surnames, lexicon, sentenceStarts, lowerSeen, mixedCase}
  for (const entity of entities.values()) {
    if (entity.kind === 'organisation' && /^[A-Z]{2,6}$/.test(entity.name)) {
      const full = initialsOf(registry).get(entity.name)
      if (full && full !== entity) {
        entity.alias = full
        full.count += entity.count
        full.kind = 'organisation'
      }
    }
  }
  // Hook (acronyms.ts): definitions are organisation mentions; acronyms follow their spelled-out names.
  q = 0
  linkAcronyms(registry, (name, offset) => entityForName(registry, name, true, offset), inQuote)
  for (const mention of registry.mentions) mention.entity = canonical(mention.entity)
  return registry
}

function lastName(name: string): string {
  const parts = name.split(/\s+/)
  let last = parts[parts.length - 1].toLowerCase()
  if (/^(?:jr\.?|sr\.?|ii|iii|iv)$/.test(last) && parts.length > 2) last = parts[parts.length - 2].toLowerCase().replace(/,$/, '')
  return last
}

function mergeSorted(a: EntityMention[], b: EntityMention[]): EntityMention[] {
  if (b.length === 0) return a
  const out: EntityMention[] = []
  let i = 0
  let k = 0
  while (i < a.length || k < b.length) {
    if (k >= b.length || (i < a.length && a[i].start <= b[k].start)) out.push(a[i++])
    else out.push(b[k++])
  }
  return out
}

/** Index of the last value below `offset` in an ascending list, -1 when none. */
function lastBelow(list: readonly number[], offset: number): number {
  return firstAtOrAfter(list, offset) - 1
}

/**
 * Choose among people sharing a surname: honorific gender first (`Mrs. Clinton`), then the one named
 * most recently before `offset`, then the most frequent.
 */
function pickCandidate(list: readonly Entity[], offset: number, honorific?: 'male' | 'female'): Entity {
  let pool = list
  if (honorific && list.length > 1) {
    const agreeing = list.filter((entity) => {
      const gender = genderOf(entity)
      return gender === null || gender === honorific
    })
    if (agreeing.length > 0) pool = agreeing
    const sure = pool.filter((entity) => genderOf(entity) === honorific)
    if (sure.length > 0) pool = sure
  }
  if (pool.length === 1) return pool[0]
  // Named in full just before (same paragraph or so): that one; else the most frequent. Two named in one
  // phrase (`Patricia Smith, mother of Benghazi victim Sean Smith`): the first, the head of the phrase.
  let best: Entity | null = null
  let bestAt = offset - RECENT
  let second: Entity | null = null
  let secondAt = offset - RECENT
  for (const entity of pool) {
    const at = lastBelow(entity.starts, offset)
    const position = at >= 0 ? entity.starts[at] : -1
    if (position > bestAt) {
      second = best
      secondAt = bestAt
      best = entity
      bestAt = position
    } else if (position > secondAt) {
      second = entity
      secondAt = position
    }
  }
  if (best && second && bestAt - secondAt <= SAME_PHRASE) return second
  return best ?? pool[0]
}

/** How close (code units) two namesakes' full names are to count as one phrase. */
const SAME_PHRASE = 60

/** How near (code units) a full name must be to win over the most frequent one with the same surname. */
const RECENT = 400

/** Initials of organisation names (capitalised words; and all words: `Terre des Hommes` → `TDH`). */
function initialsOf(registry: Registry): Map<string, Entity> {
  if (registry.initials) return registry.initials
  const map = new Map<string, Entity>()
  for (const entity of registry.entities.values()) {
    if (entity.alias || entity.name.length < 4) continue
    const words = entity.name.split(/[\s-]+/)
    if (words.length < 2) continue
    const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.charAt(0)).join('')
    const every = words.map((word) => word.charAt(0).toUpperCase()).join('')
    if (capitals.length >= 2 && !map.has(capitals)) map.set(capitals, entity)
    if (every !== capitals && !map.has(every)) map.set(every, entity)
    const content = words.filter((word) => !/^(?:the|a|an|and|&)$/i.test(word)).map((word) => word.charAt(0).toUpperCase()).join('')
    if (content.length >= 2 && !map.has(content)) map.set(content, entity)
  }
  registry.initials = map
  return map
}

/** Gender of an entity from its votes. */
export function genderOf(entity: Entity): 'male' | 'female' | null {
  if (entity.male > entity.female) return 'male'
  if (entity.female > entity.male) return 'female'
  return null
}

/** Index of the last mention starting before `offset`. */
function mentionBefore(registry: Registry, offset: number): number {
  return firstStartingAt(registry.mentions, offset) - 1
}

/** Recent speakers, newest last, given to the resolvers. */
export interface SpeakerHistory {
  /** Entity and the offset of the cue that attributed words to it. */
  entries: Array<{entity: Entity; offset: number}>
}

/** How far back (code units) antecedents are looked for. */
const WINDOW = 2500

/**
 * Resolve a pronoun (`he`, `she`, `they`, `it`) at `offset` by salience: the
 * sentences before it are read from the nearest back; in each, the first
 * compatible mention that is a clause subject (not after a preposition, not a
 * possessive) wins; a sentence with only oblique mentions gives its nearest
 * one as a fallback. Gender comes from the story (honorifics, pronouns).
 * With no named antecedent in reach, the last compatible speaker.
 */
export function resolvePronoun(registry: Registry, history: SpeakerHistory, pronoun: string, offset: number): Entity | null {
  const lower = pronoun.toLowerCase()
  const definition = lookup(subjectPronouns, lower)
  if (!definition) return null
  return resolveReference(registry, history, definition, lower, offset)
}

/** Any person, whatever the gender: what `the 20-year-old` refers to. */
const anyPerson: PronounDefinition = {gender: null, organisation: false, person: true}

/**
 * Resolve a description that can only mean a person already in the story (`the 20-year-old`) by salience,
 * like a pronoun of unknown gender.
 */
export function resolvePersonReference(registry: Registry, history: SpeakerHistory, offset: number): Entity | null {
  return resolveReference(registry, history, anyPerson, '', offset)
}

function resolveReference(registry: Registry, history: SpeakerHistory, definition: PronounDefinition, lower: string, offset: number): Entity | null {
  const compatible = (entity: Entity): boolean => {
    if (entity.kind === 'organisation') return definition.organisation
    if (!definition.person) return false
    // Typed candidates (compatibility.ts): a person, not a phrase naming a thing; gender from the given name.
    if (!personCandidate(registry, entity)) return false
    if (definition.gender === null) return lower !== 'they'
    const gender = referenceGender(entity, genderOf(entity))
    return gender === null || gender === definition.gender
  }
  // The current speaker (compatibility.ts): an oblique mention after their cue does not take the reference from them.
  const current = currentSpeaker(history, compatible, offset)
  let sentence = -1
  let subject: Entity | null = null
  let fallback: {entity: Entity; start: number} | null = null
  let speakerFound = -1
  let same = false
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW) break
    if (mention.sentence !== sentence) {
      if (subject) return subject
      if (fallback) return preferSpeaker(current, fallback)
      sentence = mention.sentence
      // A sentence whose subject is the same pronoun (`He told the newspaper Les Echos: …`, `He said getting
      // Assad to leave …`) refers back further: none of its mentions is the antecedent.
      same = lower !== '' && opensWith(registry, sentence, lower)
    }
    if (same || mention.inQuote || !compatible(mention.entity) || furnitureMention(registry, mention)) continue
    if (speaks(registry, mention)) {
      // The speaker of a cue (`McCurry said`) is the most salient entity of its sentence.
      subject = mention.entity
      speakerFound = mention.sentence
    } else if (speakerFound !== mention.sentence) {
      if (!mention.oblique) subject = mention.entity
      else fallback ??= {entity: mention.entity, start: mention.start}
    }
  }
  if (subject) return subject
  if (fallback) return preferSpeaker(current, fallback)
  for (let i = history.entries.length - 1; i >= 0 && i >= history.entries.length - 6; i--) {
    const entry = history.entries[i]
    if (entry.offset < offset - WINDOW) break
    if (compatible(entry.entity)) return entry.entity
  }
  return null
}

/** Whether sentence `index` opens with the word `lower` (`He told …`). */
function opensWith(registry: Registry, index: number, lower: string): boolean {
  const start = registry.sentenceStarts[index]
  if (start === undefined) return false
  const k = tokenAt(registry.tokens, start)
  return k < registry.tokens.length && lowerAt(registry.tokens, k) === lower
}

/** Whether a mention is the subject of a speech cue (`Vulin said`, `Vulin, 51, also said`). */
function speaks(registry: Registry, mention: EntityMention): boolean {
  const {tokens, lexicon} = registry
  let k = tokenAt(tokens, mention.end)
  const limit = Math.min(tokens.length, k + 3)
  for (; k < limit; k++) {
    const lower = lowerAt(tokens, k)
    const list = lexicon.cues.get(lower)
    if (list && list.some((entry) => entry.strength >= 0.9 && entry.words.length === 1) && !plainFormBlocked(tokens, k)) return true
    if (!/^(?:also|has|had|have|later|then|again|further|once|previously|earlier|repeatedly|would|will|is|was|recently)$/.test(lowerAt(tokens, k))) break
  }
  // Inverted: `said Vulin`, `predicted Morgan Stanley economist Takehiro Sato` (titles and roles between),
  // the mention ending the noun phrase (not `Morgan Stanley` there).
  const after = tokenAt(tokens, mention.end)
  if (after < tokens.length && (capitalAt(tokens, after) || lexicon.titles.has(lowerAt(tokens, after)) || lexicon.nominalWords.has(lowerAt(tokens, after))) && tokens.start[after] - mention.end <= 1) return false
  k = tokenAt(tokens, mention.start) - 1
  for (const stop = Math.max(0, k - 4); k >= stop; k--) {
    const list = lexicon.cues.get(lowerAt(tokens, k))
    if (list && list.some((entry) => entry.strength >= 0.9 && entry.words.length === 1) && !plainFormBlocked(tokens, k)) return true
    if (!lexicon.titles.has(lowerAt(tokens, k)) && !lexicon.nominalWords.has(lowerAt(tokens, k)) && !capitalAt(tokens, k)) return false
  }
  return false
}

const documentHeads = new Set(['statement', 'report', 'study', 'document', 'survey', 'poll', 'paper', 'letter', 'release', 'filing', 'complaint', 'lawsuit', 'memo', 'analysis', 'ruling', 'communique', 'communiqué'])

/** Whether a noun heads a document that speaks for its author (`the statement`, `the report`). */
export function isDocumentHead(word: string): boolean {
  return documentHeads.has(word)
}

/**
 * Resolve a nominal description (`the official`, `the ministry`) at `offset`.
 *
 * @param head The head noun (lower case).
 */
export function resolveNominal(registry: Registry, history: SpeakerHistory, head: string, words: readonly string[], offset: number): Entity | null {
  const {personNominals, organisationNominals} = registry.lexicon
  const documentHead = documentHeads.has(head)
  const organisation = documentHead || (organisationNominals.has(head) && !personNominals.has(head))
  // A document (`the statement said`): the body whose cue said it issued one (`X said in a statement`,
  // compatibility.ts); else the organisation that is the subject of a recent sentence.
  if (documentHead) {
    const issuer = documentIssuer(registry, history, head, offset)
    if (issuer) return issuer
    for (let i = mentionBefore(registry, offset); i >= 0; i--) {
      const mention = registry.mentions[i]
      if (mention.start < offset - WINDOW) break
      if (mention.inQuote || mention.oblique) continue
      if (mention.entity.kind === 'organisation' && registry.sentenceStarts[mention.sentence] !== undefined && startsSentence(registry, mention)) return mention.entity
    }
  }
  // An organisation whose name holds the head (`the ministry` → `Foreign Ministry`); a person whose title holds the words.
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW * 2) break
    if (mention.inQuote) continue
    const entity = mention.entity
    if (organisation) {
      if (entity.kind === 'organisation' && entity.name.toLowerCase().includes(head)) return entity
      // `Deputy Minister of Labor and Social Security Liu Yongfu … the ministry said`: the body the title names.
      const body = entity.kind === 'person' && entity.title && !mention.oblique ? bodyEntity(registry, entity, head, offset) : null
      if (body) return body
    } else if (entity.kind === 'person' && entity.title && words.every((word) => entity.title!.toLowerCase().includes(word))) {
      return entity
    }
  }
  // `the Serbian ministry`: a modified organisation nominal names its own kind of body;
  // it is not any organisation mentioned before (`Moscow`) — unless it fits the organisation that spoke
  // last (compatibility.ts: `RWB said … "…," the international media rights group said`).
  if (organisation && !documentHead && words.length > 1) return currentBody(history, words, offset)
  for (let i = history.entries.length - 1; i >= 0; i--) {
    const entry = history.entries[i]
    if (entry.offset < offset - WINDOW * 2) break
    if ((entry.entity.kind === 'organisation') === organisation) return entry.entity
  }
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW) break
    if (mention.inQuote) continue
    if ((mention.entity.kind === 'organisation') === organisation) return mention.entity
  }
  return null
}

/** Office titles and the bodies they head: `Minister of Labor` → `Ministry of Labor`. */
const titleBodies: ReadonlyMap<string, {office: RegExp; body: string}> = new Map([
  ['ministry', {office: /\bMinister\b/, body: 'Ministry'}]
])
/** Rank words before an office that are not part of the body's name (`Deputy`, `Prime`). */
const rankWords = /^(?:deputy|vice|first|prime|senior|acting|former|junior|assistant|chief|state)$/i

/**
 * The body a title names, for an organisation nominal (`the ministry`): `Deputy Minister of Labor and
 * Social Security` → `Ministry of Labor and Social Security`, `Foreign Minister` → `Foreign Ministry`; else null.
 */
function bodyOfTitle(title: string, head: string): string | null {
  const rule = titleBodies.get(head)
  if (!rule) return null
  const match = rule.office.exec(title)
  if (!match) return null
  const after = title.slice(match.index + match[0].length)
  // (A complement of a few words: `Minister of Labor and Social Security`, not a run of 80 characters.)
  if (after.length > 60) return null
  const before = title.slice(Math.max(0, match.index - 40), match.index).trim().split(/\s+/).filter((word) => word !== '')
  // `Minister of X`: the complement names the body.
  if (/^\s+(?:of|for)\s+\p{Lu}/u.test(after)) return rule.body + after.trimEnd()
  // `Foreign Minister`: the capitalised word right before the office, unless it is a rank (`Prime Minister`).
  const word = before[before.length - 1]
  if (word && /^\p{Lu}\p{Ll}+$/u.test(word) && !rankWords.test(word) && after.trim() === '') return word + ' ' + rule.body
  return null
}

/** The organisation a person's title names for `head` (cached on the registry; `ministry` is the only head). */
function bodyEntity(registry: Registry, person: Entity, head: string, offset: number): Entity | null {
  if (!titleBodies.has(head)) return null
  registry.bodies ??= new Map()
  let body = registry.bodies.get(person)
  if (body === undefined) {
    const name = person.title ? bodyOfTitle(person.title, head) : null
    body = name ? entityForName(registry, name, true, offset) : null
    registry.bodies.set(person, body)
  }
  return body
}

/** Whether a mention opens its sentence (a few words may come before: `The`, `On Monday,`). */
function startsSentence(registry: Registry, mention: EntityMention): boolean {
  const start = registry.sentenceStarts[mention.sentence]
  const from = tokenAt(registry.tokens, start)
  const at = tokenAt(registry.tokens, mention.start)
  return at - from <= 3
}

/**
 * The entity of a single-word name (`Vulin`) or a full name (`Aleksandar Vulin`) at `offset`.
 *
 * @param honorific Gender of an honorific before the name (`Mrs. Clinton`).
 */
export function entityForName(registry: Registry, value: string, organisation: boolean, offset = Number.POSITIVE_INFINITY, honorific?: 'male' | 'female'): Entity {
  const name = oneLine(value)
  const key = keyOf(name)
  // Words, hyphenated names kept whole (`Lopez-Cantera` is one surname).
  const parts = name.toLowerCase().split(/\s+/)
  if (!organisation && parts.length === 1) {
    const list = registry.surnames.get(parts[0])
    if (list && list.length > 0) return pickCandidate(list, offset, honorific)
  }
  // Hook (acronyms.ts): an acronym the story spells out (`Full Name (ACR)`, relaxed initials, aliases such as
  // `G7` = `Group of Seven`) is named by its spelled-out form.
  const long = acronymKey(name) === null ? null : expandAcronym(acronymsOf(registry), name)
  if (long !== null && keyOf(long) !== key) return entityForName(registry, long, true, offset)
  const known = registry.entities.get(key)
  if (known) return canonical(known)
  if (!organisation) {
    const list = registry.surnames.get(parts[parts.length - 1])
    if (list && list.length > 0) {
      const same = list.find((entity) => keyOf(entity.name).endsWith(' ' + key) || entity.name.toLowerCase().startsWith(parts[0] + ' '))
      if (same) return same
    }
  }
  if (/^[A-Z]{2,6}$/.test(name)) {
    const full = initialsOf(registry).get(name)
    if (full) return canonical(full)
  }
  const entity: Entity = {name, kind: organisation ? 'organisation' : 'person', title: null, male: 0, female: 0, starts: [], count: 0}
  registry.entities.set(key, entity)
  if (!organisation) {
    const last = parts[parts.length - 1]
    if (!registry.surnames.has(last)) registry.surnames.set(last, [entity])
  }
  return entity
}
