/**
 * Companies named without their legal endings: `USAir Group Inc` … `USAir said`, `Velmar Holdings Ltd` …
 * `Velmar`. The short name of an organisation is its name with the endings of `companySuffixes` taken off the
 * end (one or more: `Group Inc`); a speaker phrase that gives exactly that short name names the organisation,
 * unless two organisations of the story share it.
 *
 * Built once per registry, on first use (linear in the entities).
 *
 * @module
 */

import {companySuffixes} from '../lexicon/organisations.js'
import {mergeInto} from './canonical.js'
import type {Entity, Registry} from './entities.js'
import {keyOf} from './names.js'

const suffixes = new Set(companySuffixes)

/**
 * The keys of a name without its legal endings, one ending off at a time (`USAir Group Inc` → `usair group`,
 * `usair`); empty when it has none.
 */
export function shortNameKeys(name: string): string[] {
  const words = keyOf(name).replace(/,/g, '').split(' ')
  const keys: string[] = []
  for (let end = words.length; end > 1 && suffixes.has(words[end - 1]); end--)
    keys.push(words.slice(0, end - 1).join(' '))
  return keys
}

/**
 * The organisation of the story whose short name is `key` (`usair`), or `null`: none, or two companies that are
 * not one the short form of the other (`USAir Group` is a short form of `USAir Group Inc`: one company).
 */
export function organisationByShortName(registry: Registry, key: string): Entity | null {
  if (!registry.shortNames) {
    const index = new Map<string, Entity | null>()
    const companies: Array<{key: string; entity: Entity; shorts: string[]}> = []
    for (const [name, entity] of registry.entities) {
      if (entity.kind !== 'organisation' || entity.alias) continue
      const shorts = shortNameKeys(name)
      if (shorts.length > 0) companies.push({key: name, entity, shorts})
    }
    // Fuller names first: a shorter form of one of them does not make its short names ambiguous.
    companies.sort((a, b) => b.key.length - a.key.length)
    const shortsOf = new Map(companies.map((company) => [company.entity, company.shorts]))
    for (const {key: own, entity, shorts} of companies) {
      for (const short of shorts) {
        const seen = index.get(short)
        if (seen === undefined) index.set(short, entity)
        else if (seen !== null && seen !== entity && !(shortsOf.get(seen) ?? []).includes(own)) index.set(short, null)
      }
    }
    registry.shortNames = index
  }
  return registry.shortNames.get(key) ?? null
}

/**
 * Merge every other entity whose name is a company's short name into that company (`USAir`, read as a
 * person's name of two words, into `USAir Group Inc`).
 */
export function mergeShortNames(registry: Registry): void {
  for (const [key, entity] of registry.entities) {
    if (entity.alias) continue
    const company = organisationByShortName(registry, key)
    if (company && company !== entity) mergeInto(entity, company, false)
  }
}
