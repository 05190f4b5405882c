/**
 * The family-name index of a story: a single name word (`Vulin`, `Ani`, `Zhang`) → the people it can stand for,
 * most frequent first. A person is listed under the last word of their name (before a suffix: `King` of `Martin
 * Luther King Jr.`); under that word without its Arabic article (`Ani` → `Naseer al-Ani`) when no name ends with
 * `Ani` itself; and under their first word when no name ends with it and the word is no title (`Zhang` →
 * `Zhang Quanjing`, family name first), if that word opens one name only or only names of three words or more.
 *
 * Built once per story, in time linear in the number of people (then each list sorted).
 *
 * @module
 */

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
    if (!surnames.has(first) && (list.length === 1 || list.every((entity) => parsed.get(entity)!.words.length >= 3))) surnames.set(first, list)
  }
  for (const list of surnames.values()) sortInPlace(list, (a, b) => b.count - a.count)
  return surnames
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
