/**
 * Acronyms and their spelled-out names: `Full Name (ACR)` definitions, relaxed initials (`of`, `for`, `the`,
 * `and` may be dropped; a word in capitals gives all its letters, so `UN Development Programme` is `UNDP` and
 * `United States` is `US` and `U.S.`) and a small table of aliases whose initials differ (`G7` ↔ `Group of
 * Seven`, `src/lexicon/acronym-aliases.ts`). The spelled-out name a story gives is the canonical one.
 *
 * One index a story, built from its name mentions, its definitions and the aliases it spells out: linear in
 * the story (a bounded number of variants a name).
 *
 * @module
 */

import {acronymAliases, bodyAcronyms} from '../lexicon/acronym-aliases.js'
import {mergeSorted, sortInPlace} from '../util/sort.js'
import type {Entity, EntityMention, Recency} from './entities.js'
import {acronymNameLeads} from '../lexicon/name-particles.js'

/** A small word that opens a name before its acronym and is no part of it (`the`, `of`: `of the Red Cross (ICRC)`). */
const leadingSmallWordRe = new RegExp(String.raw`^(?:${acronymNameLeads.join('|')})\s+`, 'i')

/** Words that an acronym may leave out (`Organisation for Economic Cooperation` → `OEC`). */
const optionalWords = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', '&', 'de', 'des', 'du', 'la', 'le', 'del'])
/** Compass compounds that give two letters (`Southeast` → `SE`). */
const compassRe = /^(north|south)(east|west)/i
/** Most initials variants kept for one name (each optional word doubles them). */
const MAX_VARIANTS = 16
/** Longest name (in words) read for initials. */
const MAX_WORDS = 10

/** An acronym in its canonical form: capitals and digits, periods dropped (`U.N.` → `UN`); else null. */
export function acronymKey(value: string): string | null {
  const key = value.replace(/\./g, '')
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(key) && /^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,5})$/.test(value) ? key : null
}

/** What one word may give to an acronym: its letter choices, and whether it may give nothing. */
interface WordParts {
  choices: string[]
  optional: boolean
}

/** What one word may give to an acronym. */
function wordParts(word: string): WordParts {
  const bare = word.replace(/['’]s$/, '')
  const key = acronymKey(bare)
  if (key !== null) return {choices: key.length > 1 ? [key, key.charAt(0)] : [key], optional: false}
  const lower = bare.toLowerCase()
  if (optionalWords.has(lower)) return {choices: [bare.charAt(0).toUpperCase()], optional: true}
  const compass = compassRe.exec(bare)
  if (compass)
    return {
      choices: [compass[1].charAt(0).toUpperCase() + compass[2].charAt(0).toUpperCase(), bare.charAt(0).toUpperCase()],
      optional: false
    }
  const first = bare.charAt(0)
  return {choices: /\p{L}|\d/u.test(first) ? [first.toUpperCase()] : [''], optional: false}
}

/**
 * The acronyms a name may have (`Organisation for Economic Cooperation and Development` → `OECD`, `OFECAD`, …;
 * `UN Development Programme` → `UNDP`, `UDP`), at most 16.
 */
export function initialsVariants(name: string): string[] {
  return variantsOf(wordsOf(name).map(wordParts), 0)
}

/** The words of a name that give letters (split at white space and hyphens). */
function wordsOf(name: string): string[] {
  return name.split(/[\s\-‐]+/).filter((word) => word !== '')
}

/** The acronyms of the name whose words give `parts[from…]` (see {@link initialsVariants}). */
function variantsOf(parts: readonly WordParts[], from: number): string[] {
  const count = parts.length - from
  if (count < 2 || count > MAX_WORDS) return []
  let variants = ['']
  for (let p = from; p < parts.length; p++) {
    const {choices, optional} = parts[p]
    if (!optional && choices.length === 1 && variants.length === 1) {
      // One choice, one variant so far: no set of variants to make.
      variants[0] += choices[0]
      continue
    }
    const next: string[] = []
    for (const variant of variants) {
      if (optional) next.push(variant)
      for (const choice of choices) next.push(variant + choice)
    }
    variants = [...new Set(next)].slice(0, MAX_VARIANTS)
  }
  return variants.filter((variant) => variant.length >= 2)
}

/** Whether `acronym` (`UNDP`, `U.S.`) abbreviates `name` (`United Nations Development Programme`). */
export function abbreviates(acronym: string, name: string): boolean {
  const key = acronymKey(acronym)
  return key !== null && initialsVariants(name).includes(key)
}

/** Whether a lower-case title word is the acronym of a body (`un`, `u.s.`, `eu`): a body, not a rank. */
export function isBodyAcronym(lower: string): boolean {
  return bodyAcronyms.includes(lower)
}

/** Words of a run that may open a spelled-out name inside a longer capitalised run (`the`, titles) are dropped. */
function suffixes(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => word !== '')
  const out: string[] = []
  for (let k = 0; k < words.length - 1 && k < 4; k++) out.push(words.slice(k).join(' '))
  return out
}

/** The aliases as entries (constant data, listed once). */
const aliasEntries = Object.entries(acronymAliases)

/** Index acronym → spelled-out name for one story. */
export type AcronymIndex = Map<string, string>

/** Lower-case words that may stand inside a spelled-out name (`Organisation for Economic Cooperation`). */
const innerWords = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', '&', 'de', 'des', 'du', 'la', 'le', 'del'])

/** The capitalised name right before `(` at `open` (`United Nations Development Programme (`), else ''. */
function nameBefore(text: string, open: number): string {
  const words = text.slice(Math.max(0, open - 160), open).split(/[ \t\u00a0]/)
  let k = words.length
  while (k > 0 && words[k - 1] === '') k--
  const end = k
  while (k > 0 && (/^\p{Lu}/u.test(words[k - 1]) || innerWords.has(words[k - 1]))) k--
  return words.slice(k, end).join(' ')
}

/** A `Full Name (ACR)` definition: the name's span and text, and the acronym (canonical form). */
export interface AcronymDefinition {
  start: number
  end: number
  name: string
  acronym: string
}

/** Every `Full Name (ACR)` of a text whose name the acronym abbreviates (`Nepal Workers' and Peasants' Party (NWPP)`). */
export function definitionsIn(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = []
  const definitionRe = /\(([A-Z][A-Za-z0-9&.]{1,9})\)/g
  for (let match = definitionRe.exec(text); match; match = definitionRe.exec(text)) {
    const key = acronymKey(match[1])
    if (key === null) continue
    const name = nameBefore(text, match.index)
    for (const candidate of [name, ...suffixes(name)]) {
      const trimmed = candidate.replace(leadingSmallWordRe, '')
      if (!initialsVariants(trimmed).includes(key)) continue
      // (The span only where the name stands as written, spaces single: else -1.)
      const at = text.lastIndexOf(trimmed, match.index)
      const located = at >= 0 && at >= match.index - 170
      found.push({start: located ? at : -1, end: located ? at + trimmed.length : -1, name: trimmed, acronym: key})
      break
    }
  }
  return found
}

/**
 * Build the acronym index of a story: definitions (`Nepal Workers' and Peasants' Party (NWPP)`) first, then
 * aliases the story spells out (`Group of Seven` for `G7`), then the initials of its name mentions.
 *
 * @param names Texts of the story's name mentions (titles included: suffixes are tried).
 */
export function buildAcronymIndex(text: string, names: Iterable<string>): AcronymIndex {
  const index: AcronymIndex = new Map()
  for (const definition of definitionsIn(text))
    if (!index.has(definition.acronym)) index.set(definition.acronym, definition.name)
  for (const [key, forms] of aliasEntries) {
    if (index.has(key)) continue
    const form = forms.find((candidate) => text.includes(candidate))
    if (form !== undefined) index.set(key, form)
  }
  for (const name of names) {
    // The name and its suffixes (`suffixes`) share their words: each word's letters are read once.
    const words = name.split(/\s+/).filter((word) => word !== '')
    const parts: WordParts[] = []
    const starts: number[] = []
    for (const word of words) {
      starts.push(parts.length)
      for (const piece of wordsOf(word)) parts.push(wordParts(piece))
    }
    addVariants(index, name, variantsOf(parts, 0))
    for (let k = 0; k < words.length - 1 && k < 4; k++) {
      const candidate = k === 0 ? words.join(' ') : words.slice(k).join(' ')
      // (The whole name again, as `suffixes` gives it: nothing new unless its spaces differ.)
      if (candidate !== name) addVariants(index, candidate, variantsOf(parts, starts[k]))
    }
  }
  return index
}

/** Index `variants` (the acronyms of `candidate`) to it where no earlier name took them, but not its own acronym. */
function addVariants(index: AcronymIndex, candidate: string, variants: readonly string[]): void {
  let own: string | null | undefined
  for (const variant of variants) {
    if (index.has(variant)) continue
    if (own === undefined) own = acronymKey(candidate)
    if (variant !== own) index.set(variant, candidate)
  }
}

/** The spelled-out name of an acronym in a story's index (`UNDP` → `United Nations Development Programme`), else null. */
export function expandAcronym(index: AcronymIndex, acronym: string): string | null {
  const key = acronymKey(acronym)
  if (key === null) return null
  return index.get(key) ?? null
}

/** What the index is built from: the story and its name mentions. */
export interface AcronymSource {
  text: string
  mentions: ReadonlyArray<{start: number; end: number; kind: string}>
  acronyms?: AcronymIndex | undefined
}

/**
 * The acronym index of a story (built on first use and kept on the registry): names of organisations, and
 * other names of three words or more (`the International Red Cross` read as a title and a name).
 */
export function acronymsOf(source: AcronymSource): AcronymIndex {
  if (source.acronyms) return source.acronyms
  const names: string[] = []
  for (const mention of source.mentions) {
    if (mention.kind !== 'organisation' && mention.kind !== 'name') continue
    const name = source.text.slice(mention.start, mention.end).replace(/\s+/g, ' ')
    if (mention.kind === 'organisation' || name.split(' ').length >= 3) names.push(name)
  }
  source.acronyms = buildAcronymIndex(source.text, names)
  return source.acronyms
}

/** What {@link linkAcronyms} changes: a story's registry. */
export interface AcronymRegistry extends AcronymSource {
  mentions: EntityMention[]
  entities: Map<string, Entity>
  sentenceStarts: ArrayLike<number>
  /** Mentions outside quotations by offset (a definition outside quotations joins it). */
  recency: Recency
}

/** Index of the sentence holding `offset`. */
function sentenceOf(starts: ArrayLike<number>, offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return Math.max(0, low)
}

/**
 * One entity per organisation over its acronym: a `Full Name (ACR)` definition becomes one organisation
 * mention (the parts read inside it, `Peasants' Party`, are dropped), and an organisation named by an
 * acronym the story spells out follows the spelled-out name (`UNDP` → `United Nations Development Programme`).
 *
 * @param organisationFor The registry's entity for an organisation's name.
 * @param inQuote Whether an offset is inside a quotation.
 */
export function linkAcronyms(
  registry: AcronymRegistry,
  organisationFor: (name: string, offset: number) => Entity,
  inQuote: (offset: number) => boolean
): void {
  const definitions = definitionsIn(registry.text).filter((definition) => definition.start >= 0)
  const named: Array<{start: number; entity: Entity}> = []
  if (definitions.length > 0) {
    const added: EntityMention[] = []
    for (const definition of definitions) {
      const entity = organisationFor(definition.name, definition.start)
      const quoted = inQuote(definition.start)
      added.push({
        start: definition.start,
        end: definition.end,
        kind: 'organisation',
        entity,
        inQuote: quoted,
        sentence: sentenceOf(registry.sentenceStarts, definition.start),
        oblique: false
      })
      if (!quoted) named.push({start: definition.start, entity})
    }
    let d = 0
    const kept = registry.mentions.filter((mention) => {
      while (d < definitions.length && definitions[d].end <= mention.start) d++
      return !(d < definitions.length && mention.start >= definitions[d].start && mention.end <= definitions[d].end)
    })
    registry.mentions = [...kept, ...added].sort((a, b) => a.start - b.start)
  }
  // Offsets each entity is named at outside quotations (built on the first acronym that follows a name).
  let startsOf: Map<Entity, number[]> | null = null
  for (const entity of registry.entities.values()) {
    if (entity.kind !== 'organisation' || entity.alias || acronymKey(entity.name) === null) continue
    // (The index is built on the first acronym: most stories name no organisation by one.)
    const long = expandAcronym(acronymsOf(registry), entity.name)
    if (long === null || long.toLowerCase() === entity.name.toLowerCase()) continue
    const full = organisationFor(long, Number.POSITIVE_INFINITY)
    if (full === entity) continue
    entity.alias = full
    full.count += entity.count
    startsOf ??= startsByEntity(registry.recency, named)
    const starts = startsOf.get(entity)
    if (starts === undefined) continue
    // The spelled-out name is named where the acronym is (for choosing among namesakes).
    startsOf.set(full, [...(startsOf.get(full) ?? []), ...starts])
    for (const start of starts) named.push({start, entity: full})
  }
  if (named.length > 0) {
    sortInPlace(named, (a, b) => a.start - b.start)
    registry.recency = mergeSorted(registry.recency, named)
  }
}

/** Offsets of each entity in the recency log and the entries to add. */
function startsByEntity(
  recency: Recency,
  named: ReadonlyArray<{start: number; entity: Entity}>
): Map<Entity, number[]> {
  const starts = new Map<Entity, number[]>()
  for (const entry of [...recency, ...named]) {
    const list = starts.get(entry.entity)
    if (list) list.push(entry.start)
    else starts.set(entry.entity, [entry.start])
  }
  return starts
}
