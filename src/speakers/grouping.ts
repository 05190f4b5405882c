/**
 * Grouping the mentions of one entity: the names the scan read become one entity when they are one key
 * (`collectEntities`); then a name with a word glued to it joins the name the story gives without it
 * (`Celebrating Hillary Clinton` → `Hillary Clinton`, `Post Trump` → `Donald Trump`), a partial name joins the
 * fuller name that ends with it (`Ladi Luya` → `Michel Ladi Luya`), and an acronym joins the name whose initials
 * it spells (`AFE` → `Air France Europe`, `TDH` → `Terre des Hommes`).
 *
 * Linear: candidates come from indexes built once (people by family name, by the word-final parts of their
 * keys, organisations by initials), never from a scan of every person per person.
 *
 * @module
 */

import {initialsSkipWords} from '../lexicon/name-particles.js'
import {canonical, mergeInto, mostFrequent} from './canonical.js'
import type {Entity, Registry} from './entities.js'
import {orgHeads, places} from './kinds.js'
import {givenNamesBefore, keyOf, type ParsedName} from './names.js'
import {adverbLike} from './sentence-start.js'

const skipRe = new RegExp('^(?:' + initialsSkipWords.join('|') + ')$', 'i')

/** People of a story and what the grouping reads of them. */
export interface People {
  /** People in the order the story first names them. */
  persons: Entity[]
  /** Each person's parsed name. */
  parsed: Map<Entity, ParsedName>
  /** Family name → people, in order. */
  byFamily: Map<string, Entity[]>
}

/** Index the people of `entities` by family name. */
export function indexPeople(entities: Map<string, Entity>, parse: (entity: Entity) => ParsedName): People {
  const persons: Entity[] = []
  const parsed = new Map<Entity, ParsedName>()
  const byFamily = new Map<string, Entity[]>()
  for (const entity of entities.values()) {
    if (entity.kind !== 'person') continue
    persons.push(entity)
    const name = parse(entity)
    parsed.set(entity, name)
    const list = byFamily.get(name.family)
    if (list) list.push(entity)
    else byFamily.set(name.family, [entity])
  }
  return {persons, parsed, byFamily}
}

/**
 * `Celebrating Hillary Clinton` (a title-case headline), `Post Trump`: a common word, title, place or
 * organisation read into a name that the story also gives without it joins that name: for three words or
 * more, the longest rest the story names on its own (`More Offensive Things Donald Trump` → `Donald Trump`);
 * for two words opening with a place or body, the most frequent other name of that family.
 *
 * (The second case reads the family's list once per such name; such names open with a word of the
 * lexicons' places or organisation heads, so there are at most that many per family.)
 *
 * @param seenLower Whether the story writes a word in lower case.
 */
export function mergeGluedWords(
  people: People,
  entities: Map<string, Entity>,
  titles: ReadonlySet<string>,
  seenLower: (lower: string) => boolean
): void {
  for (const entity of people.persons) {
    if (entity.alias) continue
    const {words, first, family} = people.parsed.get(entity)!
    if (words.length < 2) continue
    const placeOrBody = places.has(first) || orgHeads.has(first)
    let target: Entity | null = null
    if (words.length >= 3 && (placeOrBody || titles.has(first) || adverbLike(first) || seenLower(first))) {
      for (let k = 1; k <= words.length - 2 && !target; k++) {
        const other = entities.get(keyOf(words.slice(k).join(' ')))
        if (other && other.kind === 'person' && other !== entity) target = canonical(other)
      }
    } else if (words.length === 2 && placeOrBody) {
      const others = (people.byFamily.get(family) ?? []).filter(
        (other) => other !== entity && !other.alias && people.parsed.get(other)!.words.length >= 2
      )
      target = mostFrequent(others)
    }
    if (target && target !== entity) mergeInto(entity, target)
  }
}

/**
 * Merge partial names into fuller ones: `Ladi Luya` → `Michel Ladi Luya`, the most frequent fuller name of the
 * family named outside quotations whose added words can be given names.
 *
 * The fuller names of a key are found through an index of every word-final part of every key (`michel ladi
 * luya` → `ladi luya`, `luya`), built once: the work is the number of words of all names.
 *
 * @param outside Entities named outside quotations.
 */
export function mergePartialNames(people: People, outside: ReadonlySet<Entity>): void {
  const byEnding = new Map<string, Entity[]>()
  for (const entity of people.persons) {
    const {key} = people.parsed.get(entity)!
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
      const ending = key.slice(at + 1)
      const list = byEnding.get(ending)
      if (list) list.push(entity)
      else byEnding.set(ending, [entity])
    }
  }
  for (const entity of people.persons) {
    if (entity.alias) continue
    const {key, family} = people.parsed.get(entity)!
    let best: Entity | null = null
    for (const other of byEnding.get(key) ?? []) {
      if (other === entity || other.alias || people.parsed.get(other)!.family !== family) continue
      if (outside.has(other) && givenNamesBefore(other.name, key) && (!best || other.count > best.count)) best = other
    }
    if (best) {
      mergeInto(entity, best)
      best.title ??= entity.title
    }
  }
}

/** Initials of organisation names (capitalised words; and all words: `Terre des Hommes` → `TDH`), built once. */
export function initialsOf(registry: Registry): Map<string, Entity> {
  if (registry.initials) return registry.initials
  const map = new Map<string, Entity>()
  for (const entity of registry.entities.values()) {
    if (entity.alias || entity.name.length < 4) continue
    const words = entity.name.split(/[\s-]+/)
    if (words.length < 2) continue
    const capitals = words
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word.charAt(0))
      .join('')
    const every = words.map((word) => word.charAt(0).toUpperCase()).join('')
    if (capitals.length >= 2 && !map.has(capitals)) map.set(capitals, entity)
    if (every !== capitals && !map.has(every)) map.set(every, entity)
    const content = words
      .filter((word) => !skipRe.test(word))
      .map((word) => word.charAt(0).toUpperCase())
      .join('')
    if (content.length >= 2 && !map.has(content)) map.set(content, entity)
  }
  registry.initials = map
  return map
}

/** Acronyms the story spells out (`AFE` → `Air France Europe`) follow the spelled-out name, an organisation. */
export function mergeAcronyms(registry: Registry): void {
  for (const entity of registry.entities.values()) {
    if (entity.kind === 'organisation' && /^[A-Z]{2,6}$/.test(entity.name)) {
      const full = initialsOf(registry).get(entity.name)
      if (full && full !== entity) {
        mergeInto(entity, full, false)
        if (full.kind === 'person') full.evidence = 'initials'
        full.kind = 'organisation'
      }
    }
  }
}
