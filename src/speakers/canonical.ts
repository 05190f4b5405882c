/**
 * Choosing an entity's canonical name: mentions grouped as one entity take the name of the entity they are
 * merged into (the fuller name the story gives, the most frequent of several: `Ladi Luya` → `Michel Ladi
 * Luya`; the spelled-out name of an acronym: `AFE` → `Air France Europe`). A merged entity keeps an `alias` to
 * it; {@link canonical} follows the aliases.
 *
 * @module
 */

import type {Entity} from './entities.js'

/** Canonical entity (follows merges). */
export function canonical(entity: Entity): Entity {
  let current = entity
  while (current.alias) current = current.alias
  return current
}

/**
 * Merge `entity` into `target`: its mentions count for `target`, and (with `votes`) so do its gender votes.
 */
export function mergeInto(entity: Entity, target: Entity, votes = true): void {
  entity.alias = target
  target.count += entity.count
  if (!votes) return
  target.male += entity.male
  target.female += entity.female
}

/** The most frequent of `candidates` (the first of equals), or `null` when there is none. */
export function mostFrequent(candidates: Iterable<Entity>): Entity | null {
  let best: Entity | null = null
  for (const candidate of candidates) if (!best || candidate.count > best.count) best = candidate
  return best
}
