/**
 * From a name a speaker phrase gives to its entity: a single word is a family name (`Vulin`, `Mrs. Berg`), a
 * known key is its entity, a partial name finds the fuller name that ends with it, an acronym the name it
 * abbreviates; anything else becomes a new entity of the story.
 *
 * @module
 */

import {acronymKey, acronymsOf, expandAcronym} from './acronyms.js'
import {canonical} from './canonical.js'
import {createEntity, type Entity, type Registry} from './entities.js'
import {initialsOf} from './grouping.js'
import {keyOf, oneLine} from './names.js'
import {fullerNamesake, pickCandidate} from './namesakes.js'
import {organisationByShortName} from './short-names.js'

/**
 * The entity of a single-word name (`Vulin`) or a full name (`Aleksandar Vulin`) at `offset`.
 *
 * @param organisation Whether the phrase names an organisation.
 * @param honorific Gender of an honorific before the name (`Mrs. Clinton`).
 */
export function entityForName(
  registry: Registry,
  value: string,
  organisation: boolean,
  offset = Number.POSITIVE_INFINITY,
  honorific?: 'male' | 'female'
): Entity {
  const name = oneLine(value)
  const key = keyOf(name)
  // Words, hyphenated names kept whole (`Lopez-Cantera` is one surname).
  const parts = name.toLowerCase().split(/\s+/)
  // Hook (short-names.ts): `USAir` for `USAir Group Inc`.
  const company = organisationByShortName(registry, key)
  if (company) return company
  if (!organisation && parts.length === 1) {
    const list = registry.surnames.get(parts[0])
    if (list && list.length > 0) return pickCandidate(registry, list, offset, honorific)
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
      const same = fullerNamesake(registry, list, key, parts[0])
      if (same) return same
    }
  }
  if (/^[A-Z]{2,6}$/.test(name)) {
    const full = initialsOf(registry).get(name)
    if (full) return canonical(full)
  }
  const entity = createEntity(name, organisation ? 'organisation' : 'person', 'phrase')
  registry.entities.set(key, entity)
  if (!organisation) {
    const last = parts[parts.length - 1]
    if (!registry.surnames.has(last)) registry.surnames.set(last, [entity])
  }
  return entity
}
