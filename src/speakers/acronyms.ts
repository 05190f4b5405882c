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
function wordParts(word: string): {choices: string[]; optional: boolean} {
  const bare = word.replace(/['’]s$/, '')
  const key = acronymKey(bare)
  if (key !== null) return {choices: key.length > 1 ? [key, key.charAt(0)] : [key], optional: false}
  const lower = bare.toLowerCase()
  if (optionalWords.has(lower)) return {choices: [bare.charAt(0).toUpperCase()], optional: true}
  const compass = compassRe.exec(bare)
  if (compass) return {choices: [compass[1].charAt(0).toUpperCase() + compass[2].charAt(0).toUpperCase(), bare.charAt(0).toUpperCase()], optional: false}
  const first = bare.charAt(0)
  return {choices: /\p{L}|\d/u.test(first) ? [first.toUpperCase()] : [''], optional: false}
}

/**
 * The acronyms a name may have (`Organisation for Economic Cooperation and Development` → `OECD`, `OFECAD`, …;
 * `UN Development Programme` → `UNDP`, `UDP`), at most 16.
 */
export function initialsVariants(name: string): string[] {
  const words = name.split(/[\s\-‐]+/).filter((word) => word !== '')
  if (words.length < 2 || words.length > MAX_WORDS) return []
  let variants = ['']
  for (const word of words) {
    const {choices, optional} = wordParts(word)
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

/**
 * Build the acronym index of a story: definitions (`Nepal Workers' and Peasants' Party (NWPP)`) first, then
 * aliases the story spells out (`Group of Seven` for `G7`), then the initials of its name mentions.
 *
 * @param names Texts of the story's name mentions (titles included: suffixes are tried).
 */
export function buildAcronymIndex(text: string, names: Iterable<string>): AcronymIndex {
  const index: AcronymIndex = new Map()
  // `Full Name (ACR)`.
  const definitionRe = /\(([A-Z][A-Za-z0-9&.]{1,9})\)/g
  for (let match = definitionRe.exec(text); match; match = definitionRe.exec(text)) {
    const key = acronymKey(match[1])
    if (key === null || index.has(key)) continue
    const name = nameBefore(text, match.index)
    for (const candidate of [name, ...suffixes(name)]) {
      const trimmed = candidate.replace(/^(?:the|of|for|and|on|in|to)\s+/i, '')
      if (initialsVariants(trimmed).includes(key)) {
        index.set(key, trimmed)
        break
      }
    }
  }
  for (const [key, forms] of Object.entries(acronymAliases)) {
    if (index.has(key)) continue
    const form = forms.find((candidate) => text.includes(candidate))
    if (form !== undefined) index.set(key, form)
  }
  for (const name of names) {
    for (const candidate of [name, ...suffixes(name)]) {
      for (const variant of initialsVariants(candidate)) if (!index.has(variant) && variant !== acronymKey(candidate)) index.set(variant, candidate)
    }
  }
  return index
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
