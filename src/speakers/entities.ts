/**
 * Speaker entities: name mentions found in one pass over the tokens, people
 * and organisations keyed by canonical name, gender learned from the story,
 * and resolution of a mention (name, surname, pronoun, nominal) to an entity.
 *
 * Pure: {@link buildRegistry} returns a fresh registry per parse.
 *
 * @module
 */

import type {MentionKind} from '../ast.js'
import {commonPlaces, nonNameWords} from '../lexicon/function-words.js'
import {organisationNominals, personNominals} from '../lexicon/nominals.js'
import {organisationHeads, organisationNames} from '../lexicon/organisations.js'
import {genderedPronouns, subjectPronouns} from '../lexicon/pronouns.js'
import {genderedHonorifics, titleWords} from '../lexicon/titles.js'
import {own} from './lookup.js'
import {tokenAt, type Token} from './tokens.js'

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
}

/** A mention of an entity found in the text. */
export interface EntityMention {
  start: number
  end: number
  kind: MentionKind
  entity: Entity
  /** Offsets of the name part (titles excluded) — same as start/end for pronouns and nominals. */
  inQuote: boolean
}

/** Name mentions and entities of one story. */
export interface Registry {
  tokens: readonly Token[]
  text: string
  /** Name mentions, in order. */
  mentions: EntityMention[]
  /** Canonical key → entity. */
  entities: Map<string, Entity>
  /** Last name (lower case) → entities whose full name ends with it, most frequent first. */
  surnames: Map<string, Entity[]>
}

const nonName = new Set(nonNameWords)
const places = new Set(commonPlaces)
const titles = new Set(titleWords)
const orgHeads = new Set(organisationHeads)
const orgNames = new Set(organisationNames.map((name) => name.toLowerCase()))
const personHeads = new Set(personNominals)
const orgNominalHeads = new Set(organisationNominals)
const connectors = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'du', 'la', 'le', 'del', 'di', 'dos', 'ibn', 'el'])
const orgConnectors = new Set(['of', 'for', 'and', 'on', 'the', '&'])

/** Gap between two tokens that keeps them in one name (a space, or `Ben- Shalom`). */
function joined(text: string, a: Token, b: Token): boolean {
  const length = b.start - a.end
  if (length === 1) {
    const code = text.charCodeAt(a.end)
    return code === 32 || code === 0xa0 || code === 45
  }
  return length === 2 && text.charCodeAt(a.end) === 45 && text.charCodeAt(a.end + 1) === 32
}

/** Whether a token can stand in a name. */
function nameLike(token: Token): boolean {
  return token.capital && !nonName.has(token.lower)
}

/** A capitalised run of tokens: `[from, to)`. */
export interface NameRun {
  from: number
  to: number
}

/**
 * Split a capitalised run into title and name (`Serbian Deputy Prime Minister | Aleksandar Vulin`).
 *
 * @returns Index where the name starts.
 */
export function splitTitle(tokens: readonly Token[], run: NameRun): number {
  let nameFrom = run.from
  for (let i = run.from; i < run.to - 1; i++) {
    if (titles.has(tokens[i].lower) || own(genderedHonorifics, tokens[i].lower) !== undefined) nameFrom = i + 1
  }
  return nameFrom
}

/** Whether a run (title excluded) names an organisation. */
export function isOrganisation(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]
  if (!last) return false
  if (orgHeads.has(last.lower)) return true
  if (to - from === 1 && orgNames.has(last.lower)) return true
  // `Council on Foreign Relations`, `Ministry of Labor`: a head before `of`/`on`/`for`.
  for (let i = from + 1; i < to - 1; i++) {
    if (orgConnectors.has(tokens[i].lower) && tokens[i].lower !== 'and' && orgHeads.has(tokens[i - 1].lower)) return true
  }
  if (/^[A-Z]{2,6}$/.test(last.value) && to - from === 1) return true
  return false
}

/** Whether a run holds lower-case connectors that no person name has (`Part of Poland`). */
function hasOrgConnector(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (orgConnectors.has(tokens[i].lower) && !tokens[i].capital) return true
  return false
}

function keyOf(value: string): string {
  return value.toLowerCase().replace(/[\s\-‐]+/g, ' ')
}

function nameText(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from]
  const last = tokens[to - 1]
  return text.slice(first.start, last.start + last.value.length)
}

/**
 * Read the capitalised run that starts at token `i` (connectors inside it allowed).
 * A possessive ends the run.
 */
export function readRun(text: string, tokens: readonly Token[], i: number, limit: number, organisation = false): NameRun | null {
  if (i >= limit || !tokens[i].capital) return null
  let to = i + 1
  while (to < limit && !tokens[to - 1].possessive && joined(text, tokens[to - 1], tokens[to])) {
    const token = tokens[to]
    if (token.capital) {
      to++
      continue
    }
    const after = tokens[to + 1]
    const allowed = connectors.has(token.lower) || (organisation && orgConnectors.has(token.lower))
    if (allowed && after && after.capital && joined(text, token, after)) {
      to += 2
      continue
    }
    break
  }
  return {from: i, to}
}

/**
 * Find every name mention of the story and build the entities.
 *
 * @param text The input.
 * @param tokens Its tokens.
 * @param quoted Quoted ranges (sorted): mentions inside them are kept but marked.
 * @param bodyStart Offset where the body starts (names in the headline are not scanned).
 */
export function buildRegistry(
  text: string,
  tokens: readonly Token[],
  quoted: ReadonlyArray<{start: number; end: number}>,
  bodyStart: number
): Registry {
  const entities = new Map<string, Entity>()
  const counts = new Map<Entity, number>()
  const mentions: EntityMention[] = []
  const singles: Array<{from: number; to: number; nameFrom: number; inQuote: boolean}> = []
  let q = 0
  let lastPerson: Entity | null = null

  const inQuote = (offset: number): boolean => {
    while (q < quoted.length && quoted[q].end <= offset) q++
    return q < quoted.length && quoted[q].start <= offset
  }

  const entityFor = (name: string, kind: 'person' | 'organisation', title: string | null): Entity => {
    const key = keyOf(name)
    let entity = entities.get(key)
    if (!entity) {
      entity = {name, kind, title, male: 0, female: 0}
      entities.set(key, entity)
    } else if (!entity.title && title) entity.title = title
    counts.set(entity, (counts.get(entity) ?? 0) + 1)
    return entity
  }

  let i = tokenAt(tokens, bodyStart)
  while (i < tokens.length) {
    const token = tokens[i]
    const quotedHere = inQuote(token.start)
    if (!token.capital) {
      const gender = own(genderedPronouns, token.lower)
      if (gender && lastPerson && !quotedHere) {
        if (gender === 'male') lastPerson.male++
        else lastPerson.female++
      }
      i++
      continue
    }
    const run = readRun(text, tokens, i, tokens.length, true)!
    let from = run.from
    while (from < run.to && !nameLike(tokens[from]) && !titles.has(tokens[from].lower)) from++
    if (from >= run.to) {
      i = run.to
      continue
    }
    const nameFrom = splitTitle(tokens, {from, to: run.to})
    const titleText = nameFrom > from ? nameText(text, tokens, from, nameFrom) : null
    let honorific: 'male' | 'female' | undefined
    for (let k = from; k < nameFrom; k++) honorific ??= own(genderedHonorifics, tokens[k].lower)
    const start = tokens[from].start
    const end = tokens[run.to - 1].start + tokens[run.to - 1].value.length
    if (isOrganisation(tokens, from, run.to)) {
      const name = nameText(text, tokens, from, run.to).replace(/^the\s+/i, '')
      const entity = entityFor(name, 'organisation', null)
      mentions.push({start, end, kind: 'organisation', entity, inQuote: quotedHere})
    } else {
      const nameTokens = run.to - nameFrom
      const name = nameText(text, tokens, nameFrom, run.to)
      if (nameTokens >= 2 && nameTokens <= 5 && !places.has(keyOf(name)) && !hasOrgConnector(tokens, nameFrom, run.to)) {
        const entity = entityFor(name, 'person', titleText)
        if (honorific === 'male') entity.male += 3
        if (honorific === 'female') entity.female += 3
        mentions.push({start, end, kind: 'name', entity, inQuote: quotedHere})
        if (!quotedHere) lastPerson = entity
      } else if (nameTokens === 1 && !places.has(tokens[nameFrom].lower)) {
        singles.push({from, to: run.to, nameFrom, inQuote: quotedHere})
        if (honorific) singles[singles.length - 1] = {from, to: run.to, nameFrom, inQuote: quotedHere}
      }
    }
    i = run.to
  }

  // Surnames: last name → full names ending with it, most frequent first.
  const surnames = new Map<string, Entity[]>()
  for (const entity of entities.values()) {
    if (entity.kind !== 'person') continue
    const parts = entity.name.split(/[\s]+/)
    let last = parts[parts.length - 1].toLowerCase()
    if (/^(jr\.?|sr\.?|ii|iii|iv)$/.test(last) && parts.length > 2) last = parts[parts.length - 2].toLowerCase().replace(/,$/, '')
    const list = surnames.get(last) ?? []
    list.push(entity)
    surnames.set(last, list)
  }
  // Family name first (`Zhang Quanjing` → `Zhang`), used when no name ends with it.
  const firsts = new Map<string, Entity[]>()
  for (const entity of entities.values()) {
    if (entity.kind !== 'person') continue
    const first = entity.name.split(/\s+/)[0].toLowerCase()
    const list = firsts.get(first) ?? []
    list.push(entity)
    firsts.set(first, list)
  }
  for (const [first, list] of firsts) {
    if (!surnames.has(first) && list.length === 1 && !titles.has(first)) surnames.set(first, list)
  }
  for (const list of surnames.values()) list.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))

  // Single-word names: surnames of known people (`Vulin`), else people or organisations of their own.
  for (const single of singles) {
    const token = tokens[single.nameFrom]
    const list = surnames.get(token.lower)
    const start = tokens[single.from].start
    const end = token.start + token.value.length
    let honorific: 'male' | 'female' | undefined
    for (let k = single.from; k < single.nameFrom; k++) honorific ??= own(genderedHonorifics, tokens[k].lower)
    if (list && list.length > 0) {
      const entity = list[0]
      if (honorific === 'male') entity.male += 3
      if (honorific === 'female') entity.female += 3
      mentions.push({start, end, kind: 'surname', entity, inQuote: single.inQuote})
    }
  }
  mentions.sort((a, b) => a.start - b.start)

  // Gender from pronouns after each person mention (second pass over mentions, linear).
  return {tokens, text, mentions, entities, surnames}
}

/** Gender of an entity from its votes. */
export function genderOf(entity: Entity): 'male' | 'female' | null {
  if (entity.male > entity.female) return 'male'
  if (entity.female > entity.male) return 'female'
  return null
}

/** Index of the last mention starting before `offset`. */
function mentionBefore(registry: Registry, offset: number): number {
  const list = registry.mentions
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle].start < offset) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Resolution of a mention. */
export interface Resolution {
  entity: Entity | null
  kind: MentionKind
  start: number
  end: number
}

/** Recent speakers, newest last, given to the resolvers. */
export interface SpeakerHistory {
  /** Entity and the offset of the cue that attributed words to it. */
  entries: Array<{entity: Entity; offset: number}>
}

/** How far back (code units) antecedents are looked for. */
const WINDOW = 2500

/**
 * Resolve a pronoun (`he`, `she`, `they`, `it`) at `offset`: the nearest
 * compatible entity before it, recent speakers first when as near.
 */
export function resolvePronoun(registry: Registry, history: SpeakerHistory, pronoun: string, offset: number): Entity | null {
  const definition = own(subjectPronouns, pronoun.toLowerCase())
  if (!definition) return null
  const compatible = (entity: Entity): boolean => {
    if (entity.kind === 'organisation') return definition.organisation
    if (!definition.person) return false
    if (definition.gender === null) return pronoun.toLowerCase() !== 'they'
    const gender = genderOf(entity)
    return gender === null || gender === definition.gender
  }
  let best: Entity | null = null
  let bestAt = -1
  for (let i = history.entries.length - 1; i >= 0 && i >= history.entries.length - 6; i--) {
    const entry = history.entries[i]
    if (entry.offset < offset - WINDOW) break
    if (compatible(entry.entity)) {
      best = entry.entity
      bestAt = entry.offset
      break
    }
  }
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW || mention.start < bestAt) break
    if (mention.inQuote) continue
    if (compatible(mention.entity)) {
      // A named mention nearer than the last speaker wins only when it starts a sentence or clause.
      if (best && best !== mention.entity && !startsClause(registry.text, mention.start)) continue
      best = mention.entity
      break
    }
  }
  return best
}

/** Whether `offset` starts a sentence or clause (a name as subject). */
function startsClause(text: string, offset: number): boolean {
  let at = offset - 1
  while (at >= 0 && (text.charAt(at) === ' ' || text.charAt(at) === '\u00a0')) at--
  if (at < 0) return true
  const char = text.charAt(at)
  if (char === '\n' || char === '.' || char === '!' || char === '?' || char === ':' || char === ';' || char === '"' || char === '”' || char === '“') return true
  // `, Name said` / `and Name said`
  const before = text.slice(Math.max(0, at - 4), at + 1).toLowerCase()
  return /(?:^|\s)(?:and|but|as)$/.test(before) || char === ','
}

/**
 * Resolve a nominal description (`the official`, `the ministry`) at `offset`.
 *
 * @param head The head noun (lower case).
 */
export function resolveNominal(registry: Registry, history: SpeakerHistory, head: string, words: readonly string[], offset: number): Entity | null {
  const organisation = orgNominalHeads.has(head) && !personHeads.has(head)
  // An unknown head (`the 20-year-old`, `the Brazilian`) is read as a person.
  // An organisation whose name holds the head (`the ministry` → `Foreign Ministry`).
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW * 2) break
    if (mention.inQuote) continue
    const entity = mention.entity
    if (organisation) {
      if (entity.kind === 'organisation' && entity.name.toLowerCase().includes(head)) return entity
    } else if (entity.kind === 'person' && entity.title && words.every((word) => entity.title!.toLowerCase().includes(word))) {
      return entity
    }
  }
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

/** The entity of a single-word name (`Vulin`) or a full name (`Aleksandar Vulin`). */
export function entityForName(registry: Registry, name: string, organisation: boolean): Entity {
  const key = keyOf(name)
  const known = registry.entities.get(key)
  if (known) return known
  const parts = key.split(' ')
  if (!organisation) {
    const list = registry.surnames.get(parts[parts.length - 1])
    if (list && list.length > 0) {
      if (parts.length === 1) return list[0]
      const same = list.find((entity) => entity.name.toLowerCase().startsWith(parts[0]) || keyOf(entity.name).endsWith(' ' + key))
      if (same) return same
    }
  }
  if (/^[A-Z]{2,6}$/.test(name)) {
    // An acronym of a name the story spells out (`AFE` → `Air France Europe`).
    for (const entity of registry.entities.values()) {
      const initials = entity.name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.charAt(0)).join('')
      if (initials === name && entity.name.length > name.length) return entity
    }
  }
  const entity: Entity = {name, kind: organisation ? 'organisation' : 'person', title: null, male: 0, female: 0}
  registry.entities.set(key, entity)
  if (!organisation) {
    const last = parts[parts.length - 1]
    if (!registry.surnames.has(last)) registry.surnames.set(last, [entity])
  }
  return entity
}
