/**
 * Building the registry of a story, step by step: find the mentions (`mentions.ts`), make one entity per name
 * (`entities.ts`), group partial names, glued words and acronyms into their entities (`grouping.ts`, names
 * chosen by `canonical.ts`), index people by family name (`surnames.ts`), and resolve the single name words
 * (`Vulin`, `Mrs. Berg`) among namesakes (`namesakes.ts`). Every step is linear in the story (or n log n where
 * it sorts).
 *
 * Pure: {@link buildRegistry} returns a fresh registry per parse.
 *
 * @module
 */

import {lowerAt, valueEnd, type Tokens} from '../text/tokens.js'
import {mergeSorted, sortInPlace} from '../util/sort.js'
import {linkAcronyms} from './acronyms.js'
import {canonical} from './canonical.js'
import {entityForName} from './name-lookup.js'
import {collectEntities, type Entity, type EntityMention, type Recency, type Registry} from './entities.js'
import {indexPeople, mergeAcronyms, mergeGluedWords, mergePartialNames} from './grouping.js'
import {defaultLexicon, type SpeechLexicon} from './lexicon.js'
import {isMixedCase, lowerWords} from './case-words.js'
import {findMentions, type FoundSingle} from './mentions.js'
import {isOblique} from './oblique.js'
import {honorificOf, parseName} from './names.js'
import {pickCandidate, voteFor} from './namesakes.js'
import {mergeShortNames} from './short-names.js'
import {buildSurnames} from './surnames.js'

/**
 * Find every name mention of the story and build the entities.
 *
 * @param text The input.
 * @param tokens Its tokens.
 * @param quoted Quoted ranges (sorted): mentions inside them are kept but marked.
 * @param bodyStart Offset where the body starts (names in the headline are not scanned).
 * @param lexicon Lexicons of the call.
 * @param sentenceStarts Sentence start offsets, ascending.
 */
export function buildRegistry(
  text: string,
  tokens: Tokens,
  quoted: ReadonlyArray<{start: number; end: number}>,
  bodyStart: number,
  lexicon: SpeechLexicon = defaultLexicon,
  sentenceStarts: ArrayLike<number> = []
): Registry {
  const lowerSeen = lowerWords(tokens)
  const mixedCase = isMixedCase(lowerSeen)
  const found = findMentions(text, tokens, quoted, bodyStart, lexicon, lowerSeen, mixedCase)
  const {entities, mentions} = collectEntities(found)

  const outside = new Set<Entity>()
  for (const mention of mentions) if (!mention.inQuote) outside.add(mention.entity)
  const people = indexPeople(entities, (entity) => parseName(entity.name, entity.title))
  let seenWords: Set<string> | null = null
  /** Whether the story writes `lower` in lower case (for words of names, not tokens). */
  const seenLower = (lower: string): boolean => {
    seenWords ??= new Set(tokens.words.filter((_, id) => lowerSeen[id] === 1))
    return seenWords.has(lower)
  }
  mergeGluedWords(people, entities, lexicon.titles, seenLower)
  mergePartialNames(people, outside)
  const surnames = buildSurnames(people, lexicon.titles)

  // Mentions follow their merges; the positions of the full names give recency to the single words.
  sortInPlace(mentions, (a, b) => a.start - b.start)
  for (const mention of mentions) mention.entity = canonical(mention.entity)
  const named = recencyOf(mentions)
  const registry: Registry = {
    tokens,
    text,
    mentions,
    entities,
    surnames,
    lexicon,
    sentenceStarts,
    lowerSeen,
    mixedCase,
    recency: named
  }

  const added = resolveSingles(registry, found.singles)
  registry.mentions = mergeSorted(mentions, added)
  registry.recency = mergeSorted(named, recencyOf(added))
  let s = 0
  for (const mention of registry.mentions) {
    while (s + 1 < sentenceStarts.length && sentenceStarts[s + 1] <= mention.start) s++
    mention.sentence = s
  }

  mergeAcronyms(registry)
  // Hook (short-names.ts): `USAir` merges into `USAir Group Inc`.
  mergeShortNames(registry)
  // Hook (acronyms.ts): definitions are organisation mentions; acronyms follow their spelled-out names.
  let q = 0
  const inQuote = (offset: number): boolean => {
    while (q < quoted.length && quoted[q].end <= offset) q++
    return q < quoted.length && quoted[q].start <= offset
  }
  linkAcronyms(registry, (name, offset) => entityForName(registry, name, true, offset), inQuote)
  for (const mention of registry.mentions) mention.entity = canonical(mention.entity)
  return registry
}

/**
 * Single-word names: surnames of known people (`Vulin`, `Mrs. Berg`: an honorific votes for the gender of the
 * person it picks), else nothing (resolved when they speak).
 */
function resolveSingles(registry: Registry, singles: readonly FoundSingle[]): EntityMention[] {
  const {text, tokens, surnames} = registry
  const added: EntityMention[] = []
  for (const single of singles) {
    const list = surnames.get(lowerAt(tokens, single.nameFrom))
    if (!list || list.length === 0) continue
    const start = tokens.start[single.from]
    const end = valueEnd(tokens, single.nameFrom)
    const honorific = honorificOf(tokens, single.from, single.nameFrom)
    const entity = pickCandidate(registry, list, start, honorific)
    if (honorific) voteFor(registry, entity, honorific, 3)
    added.push({
      start,
      end,
      kind: 'surname',
      entity,
      inQuote: single.inQuote,
      sentence: 0,
      oblique: isOblique(text, tokens, single.from, single.to)
    })
  }
  return added
}

/** The mentions outside quotations as a recency log (mentions in text order). */
function recencyOf(mentions: readonly EntityMention[]): Recency {
  const recency: Array<{start: number; entity: Entity}> = []
  for (const mention of mentions) if (!mention.inQuote) recency.push({start: mention.start, entity: mention.entity})
  return recency
}
