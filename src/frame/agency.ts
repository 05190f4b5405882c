/**
 * Looking up agencies by the names that stand in tags, prefixes and sign-offs.
 */

import type {AgencyDefinition} from '../lexicon/agencies.js'

/** Finds canonical agency names by alias. */
export interface AgencyMatcher {
  /** Canonical name for an alias (case-insensitive, spaces folded), or `null`. */
  byAlias(alias: string): string | null
  /** Canonical name for a sign-off word, or `null`. */
  bySignOff(word: string): string | null
  /** Canonical name for an aggregator prefix label, or `null`. */
  byPrefix(label: string): string | null
  /** Every sign-off word with its agency, lower case. */
  signOffWords: ReadonlyArray<readonly [string, string]>
}

function fold(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * Build a matcher over a registry.
 *
 * @param definitions Agencies; later entries override earlier ones with the same alias.
 * @returns The matcher.
 */
export function createAgencyMatcher(definitions: readonly AgencyDefinition[]): AgencyMatcher {
  const aliases = new Map<string, string>()
  const signOffs = new Map<string, string>()
  const prefixes = new Map<string, string>()
  for (const definition of definitions) {
    const names = [definition.name, ...(definition.aliases ?? [])]
    for (const name of names) {
      aliases.set(fold(name), definition.name)
      if (definition.prefix !== false) prefixes.set(fold(name), definition.name)
    }
    for (const signOff of definition.signOffs ?? []) signOffs.set(fold(signOff), definition.name)
  }
  return {
    byAlias: (alias) => aliases.get(fold(alias)) ?? null,
    bySignOff: (word) => signOffs.get(fold(word)) ?? null,
    byPrefix: (label) => prefixes.get(fold(label)) ?? null,
    signOffWords: [...signOffs]
  }
}
