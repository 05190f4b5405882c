/**
 * The parts of a phrase that ends in a capitalised word: the capitalised run, a body named for the place it
 * serves, a lone place or organisation that is a common noun's complement, and the mention of a name (titles split
 * off, an organisation kept whole).
 *
 * @module
 */

import type {MentionKind} from '../ast.js'
import {
  articles as articleList,
  bodyNouns as bodyNounList,
  complementDeterminers as complementDeterminerList
} from '../lexicon/descriptions.js'
import {capitalAt, lowerAt, possessiveAt, type Tokens} from '../text/tokens.js'
import {isBodyAcronym} from './acronyms.js'
import {isIndefinite, links} from './description-phrase.js'
import {resolveNominal} from './descriptions.js'
import type {Registry} from './entities.js'
import {isOrganisation, isPlace} from './kinds.js'
import {entityForName} from './name-lookup.js'
import {honorificOf, splitTitle} from './names.js'
import type {Context, Phrase, SpeakerMention} from './phrase.js'
import {ordinalSuffixes} from '../lexicon/ordinals.js'

/** `Air Force 1st Lt. Tyler Livingston`: an ordinal inside a title. */
const ordinalRe = new RegExp(String.raw`^\d{1,3}(?:${ordinalSuffixes.join('|')})$`)
const bodyNouns = new Set(bodyNounList)
const articles = new Set(articleList)
const complementDeterminers = new Set(complementDeterminerList)

/** Start of the capitalised run that ends a phrase (over particles, links and ordinals between capitals). */
export function runStart(tokens: Tokens, phrase: Phrase): number {
  let from = phrase.to - 1
  while (from - 1 >= phrase.from) {
    const previous = from - 1
    if (possessiveAt(tokens, previous)) break
    const previousLower = lowerAt(tokens, previous)
    if (
      capitalAt(tokens, previous) ||
      (links.has(previousLower) && from - 2 >= phrase.from && capitalAt(tokens, from - 2)) ||
      (ordinalRe.test(previousLower) && from - 2 >= phrase.from && capitalAt(tokens, from - 2))
    )
      from--
    else break
  }
  return from
}

/** `the district police office of Kavre`: a body named by a common noun, `of` and the place it serves. */
export function bodyOfPlace(context: Context, from: number): SpeakerMention | null {
  const {registry, phrase, start, end} = context
  const {tokens, text} = registry
  if (!(
    from - 2 >= phrase.from &&
    lowerAt(tokens, from - 1) === 'of' &&
    !capitalAt(tokens, from - 1) &&
    bodyNouns.has(lowerAt(tokens, from - 2)) &&
    !capitalAt(tokens, from - 2)
  ))
    return null
  let head = phrase.from
  while (head < from - 2 && articles.has(lowerAt(tokens, head))) head++
  let plain = true
  for (let k = head; k < from - 2 && plain; k++) plain = !capitalAt(tokens, k) && !possessiveAt(tokens, k)
  if (!plain || from - 2 - head > 3) return null
  const name = text.slice(tokens.start[head], end)
  return {entity: entityForName(registry, name, true, start), kind: 'organisation', start, end}
}

/**
 * `the domestic matter China (insists)`, `the business side of TV`: a lone place or organisation word that
 * names nobody of the story, after a common noun, is that noun's complement, not a speaker (`campaign manager
 * Mook`, `Grammy winner Adele`, `the group Hamas`, `an angry Hollande` are).
 */
export function isComplement(registry: Registry, phrase: Phrase, from: number, lastLower: string): boolean {
  const {tokens} = registry
  if (!(
    from === phrase.to - 1 &&
    from - 1 >= phrase.from &&
    !registry.surnames.has(lastLower) &&
    (isPlace(tokens, from, from + 1) || isOrganisation(tokens, from, from + 1))
  ))
    return false
  const before = from - 1
  const beforeLower = lowerAt(tokens, before)
  return (
    !capitalAt(tokens, before) &&
    !possessiveAt(tokens, before) &&
    !registry.lexicon.titles.has(beforeLower) &&
    !registry.lexicon.nominalWords.has(beforeLower) &&
    !complementDeterminers.has(beforeLower)
  )
}

/**
 * The mention of a capitalised run `[runFrom, phrase.to)` whose name words start at `from`: titles split off,
 * an organisation kept whole, a role in capitals with no name an unnamed source.
 */
export function nameMention(context: Context, runFrom: number, from: number): SpeakerMention {
  const {registry, history, phrase, lastLower, start, end} = context
  const {tokens, text} = registry
  let nameFrom = splitTitle(tokens, {from, to: phrase.to}, registry.lexicon, runFrom)
  // `America Rising`: a place before a common word (one the story writes in lower case, or a participle)
  // is part of the name; before a surname it is not (`Wisconsin Sanders`).
  if (
    nameFrom === phrase.to - 1 &&
    nameFrom > from &&
    isPlace(tokens, from, nameFrom) &&
    !registry.surnames.has(lowerAt(tokens, nameFrom)) &&
    (registry.lowerSeen[tokens.word[nameFrom]] === 1 || /(?:ing|ed)$/.test(lowerAt(tokens, nameFrom)))
  )
    nameFrom = from
  // (`U.S. Department of Agriculture Deputy Administrator William Bailey`: a body, a title, then a person.)
  // Hook (acronyms.ts): `UN Population Fund`: the acronym of a body before an organisation's name is no title.
  const bodyFirst =
    nameFrom === from + 1 && isBodyAcronym(lowerAt(tokens, from)) && isOrganisation(tokens, nameFrom, phrase.to)
  const titled =
    !bodyFirst &&
    nameFrom > from &&
    phrase.to - nameFrom >= 2 &&
    registry.lexicon.titles.has(lowerAt(tokens, nameFrom - 1))
  const organisation =
    !titled &&
    (isOrganisation(tokens, runFrom, phrase.to) || (lowerAt(tokens, runFrom) === 'the' && phrase.to - runFrom >= 3))
  // `one U.S. Spokesman said` (capitals after `U.S.` in old copy): a role, no name — an unnamed source.
  if (
    !organisation &&
    nameFrom === phrase.to - 1 &&
    !registry.surnames.has(lastLower) &&
    registry.lexicon.personNominals.has(lastLower) &&
    (registry.lexicon.titles.has(lowerAt(tokens, nameFrom - 1)) ||
      isPlace(tokens, from, nameFrom) ||
      isIndefinite(tokens, phrase))
  ) {
    return {
      entity: isIndefinite(tokens, phrase) ? null : resolveNominal(registry, history, lastLower, [lastLower], start),
      kind: 'nominal',
      start,
      end
    }
  }
  const useFrom = organisation ? runFrom : nameFrom
  const name = text.slice(tokens.start[useFrom], end).replace(/^the\s+/i, '')
  const entity = entityForName(registry, name, organisation, start, honorificOf(tokens, from, nameFrom))
  const kind: MentionKind = organisation ? 'organisation' : phrase.to - nameFrom === 1 ? 'surname' : 'name'
  return {entity, kind, start, end}
}
