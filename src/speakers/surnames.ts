/**
 * The family-name index of a story: a single name word (`Vulin`, `Ani`, `Zhang`) → the people it can stand for,
 * most frequent first. A person is listed under the last word of their name (before a suffix: `King` of `Martin
 * Luther King Jr.`); under that word without its Arabic article (`Ani` → `Naseer al-Ani`) when no name ends with
 * `Ani` itself; and under their first word when no name ends with it and the word is no title (`Zhang` →
 * `Zhang Quanjing`, family name first), if that word opens one name only or only names of three words or more;
 * and under the first of two family names (`Hernandez` → `Arturo Hernandez Grisanti`).
 *
 * Built once per story, in time linear in the number of people (then each list sorted).
 *
 * @module
 */

import {isGivenName} from '../lexicon/given-names.js'
import {sortInPlace} from '../util/sort.js'
import type {Entity} from './entities.js'
import type {People} from './grouping.js'

/** Family name (lower case) → people, most frequent first. */
export type Surnames = Map<string, Entity[]>

/** Build the family-name index of the people not merged into others. */
export function buildSurnames(people: People, titles: ReadonlySet<string>): Surnames {
  const surnames: Surnames = new Map()
  const {persons, parsed} = people
  for (const entity of persons) {
    if (entity.alias) continue
    add(surnames, parsed.get(entity)!.family, entity)
  }
  addBareFamilies(surnames, people)
  // Family name first, when no name ends with the word.
  const firsts = new Map<string, Entity[]>()
  for (const entity of persons) {
    if (entity.alias) continue
    const {first} = parsed.get(entity)!
    if (!titles.has(first)) add(firsts, first, entity)
  }
  for (const [first, list] of firsts) {
    if (!surnames.has(first) && (list.length === 1 || list.every((entity) => parsed.get(entity)!.words.length >= 3)))
      surnames.set(first, list)
  }
  addPaternalNames(surnames, people)
  for (const list of surnames.values()) sortInPlace(list, (a, b) => b.count - a.count)
  return surnames
}

/**
 * `Arturo Hernandez Grisanti` … `Hernandez said`: a name of a given name and two family names (the Spanish and
 * Portuguese way: the father's, then the mother's) is listed under the first family name too, when no name ends
 * with that word and no other name has it there. Given-name data tells a family name from a second given name
 * (`John Paul Jones` is not listed under `Paul`).
 */
function addPaternalNames(surnames: Surnames, people: People): void {
  const paternal = new Map<string, Entity[]>()
  for (const entity of people.persons) {
    if (entity.alias) continue
    const {words, particles, suffix} = people.parsed.get(entity)!
    if (words.length !== 3 || particles.length > 0 || suffix !== null) continue
    const [given, middle] = words
    if (!isGivenName(given) || isGivenName(middle) || !/^\p{L}[\p{Ll}'-]{2,}$/u.test(middle)) continue
    add(paternal, middle.toLowerCase(), entity)
  }
  for (const [word, list] of paternal) if (!surnames.has(word) && list.length === 1) surnames.set(word, list)
}

function add(map: Map<string, Entity[]>, key: string, entity: Entity): void {
  const list = map.get(key)
  if (list) list.push(entity)
  else map.set(key, [entity])
}

/**
 * `Naseer al-Ani` … `said Ani`: list a person under the family name without its Arabic article, unless a name
 * ends with that word itself (a list holding anyone whose family name has no article).
 */
function addBareFamilies(surnames: Surnames, people: People): void {
  // Whether every person of a list has a family name with an article (computed once a list).
  const articlesOnly = new Map<Entity[], boolean>()
  for (const entity of people.persons) {
    if (entity.alias) continue
    const bare = people.parsed.get(entity)!.bareFamily
    if (bare === null) continue
    const list = surnames.get(bare)
    if (!list) {
      const created = [entity]
      surnames.set(bare, created)
      articlesOnly.set(created, true)
      continue
    }
    let only = articlesOnly.get(list)
    if (only === undefined) {
      only = list.every((other) => people.parsed.get(other)!.bareFamily !== null)
      articlesOnly.set(list, only)
    }
    // (Each person is listed here once, under a word that is not their own family name: never twice.)
    if (only) list.push(entity)
  }
}
