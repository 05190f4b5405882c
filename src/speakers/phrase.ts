/**
 * From a noun phrase at a cue to a speaker: a pronoun, a name (titles split off), a surname, an organisation,
 * or a description (`the minister`, `the 20-year-old`, `Sucden analysts`); `null` entity for an unnamed source
 * (`a diplomat said`, `Aides say`), no mention at all for a phrase that names no one (`Hours later`).
 *
 * @module
 */

import type {MentionKind} from '../ast.js'
import {
  agentNounEndings,
  articles as articleList,
  bodyNouns as bodyNounList,
  complementDeterminers as complementDeterminerList,
  definiteDeterminers as definiteDeterminerList,
  demonstratives as demonstrativeList,
  describedBodyHeads,
  groupSourceHeads,
  indefiniteDeterminers,
  partyMemberWords,
  singleIndefinites as singleIndefiniteList,
  unnamedWords as unnamedWordList
} from '../lexicon/descriptions.js'
import {nonNameWords} from '../lexicon/function-words.js'
import {nameParticles, organisationLinks} from '../lexicon/name-particles.js'
import {subjectPronouns} from '../lexicon/pronouns.js'
import {capitalAt, lowerAt, possessiveAt, tokenAt, valueEnd, type Tokens} from '../text/tokens.js'
import {isBodyAcronym} from './acronyms.js'
import {heIsPronoun} from './compatibility.js'
import {documentByline, isDocumentHead, resolveNominal} from './descriptions.js'
import {givenNameFirst, givenNameStart} from './name-boundary.js'
import {titleAnaphor} from './titles.js'
import type {Entity, Registry} from './entities.js'
import {blockedWord, isNationality, isOrganisation, isPlace, isShouted, nationalities} from './kinds.js'
import {lookup} from './lookup.js'
import {calendarWords} from './mentions.js'
import {entityForName} from './name-lookup.js'
import {honorificOf, splitTitle} from './names.js'
import {mentionBefore, resolvePersonReference, resolvePronoun, type SpeakerHistory} from './references.js'
import {adverbLike, commonAtStart, sentenceInitial} from './sentence-start.js'

/** A noun phrase: tokens `[from, to)`. */
export interface Phrase {
  from: number
  to: number
}

/** A resolved speaker mention. */
export interface SpeakerMention {
  entity: Entity | null
  kind: MentionKind
  start: number
  end: number
}

const nonName = new Set(nonNameWords)
const partyMembers = new Set(partyMemberWords)
const agentLikeRe = new RegExp('(?:' + agentNounEndings.join('|') + ')$')
/** `Air Force 1st Lt. Tyler Livingston`: an ordinal inside a title. */
const ordinalRe = /^\d{1,3}(?:st|nd|rd|th)$/
const groupHeads = new Set(groupSourceHeads)
const bodyNouns = new Set(bodyNounList)
const bodyHeads = new Set(describedBodyHeads)
/** Particles of names, and the links of organisations' names except `on` and `the`. */
const links = new Set([...nameParticles, ...organisationLinks.filter((word) => word !== 'on' && word !== 'the')])
const indefinite = new Set(indefiniteDeterminers)
const singleIndefinites = new Set(singleIndefiniteList)
const articles = new Set(articleList)
const demonstratives = new Set(demonstrativeList)
const definite = new Set(definiteDeterminerList)
const complementDeterminers = new Set(complementDeterminerList)
const unnamedWords = new Set(unnamedWordList)

/** Whether a phrase starts indefinite (`a spokesman`, `two officials`). */
export function isIndefinite(tokens: Tokens, phrase: Phrase): boolean {
  return indefinite.has(lowerAt(tokens, phrase.from))
}

/** A phrase being resolved. */
interface Context {
  registry: Registry
  history: SpeakerHistory
  phrase: Phrase
  /** Lower case of its last token. */
  lastLower: string
  /** Offsets of the mention. */
  start: number
  end: number
}

/**
 * Resolve the noun phrase `phrase` to a speaker.
 *
 * @returns The mention (with its entity, `null` for unnamed sources), or `null` when the phrase names no one.
 */
export function resolvePhrase(registry: Registry, history: SpeakerHistory, phrase: Phrase): SpeakerMention | null {
  const {tokens, text} = registry
  // `New Hampshire Monday`: a weekday ends no name.
  if (
    phrase.to - phrase.from >= 2 &&
    calendarWords.has(lowerAt(tokens, phrase.to - 1)) &&
    capitalAt(tokens, phrase.to - 2)
  ) {
    phrase = {from: phrase.from, to: phrase.to - 1}
  }
  const last = phrase.to - 1
  const lastLower = lowerAt(tokens, last)
  const start = tokens.start[phrase.from]
  const end = valueEnd(tokens, last)
  const context: Context = {registry, history, phrase, lastLower, start, end}
  // (`He` capitalised inside a sentence or before a name is the Chinese surname: compatibility.ts.)
  if (
    phrase.to - phrase.from === 1 &&
    lookup(subjectPronouns, lastLower) &&
    (lastLower !== 'he' || heIsPronoun(tokens, last, sentenceInitial(text, tokens, last)))
  ) {
    const entity = resolvePronoun(registry, history, lastLower, start)
    return {entity, kind: 'pronoun', start, end}
  }
  // `Aides say`, `Officials said`: a common noun opening the sentence names no one in particular;
  // `Hours later`, `Frustrations at …`: a common word, not a name.
  if (
    phrase.to - phrase.from === 1 &&
    capitalAt(tokens, last) &&
    !registry.surnames.has(lastLower) &&
    sentenceInitial(text, tokens, phrase.from)
  ) {
    if (registry.lexicon.personNominals.has(lastLower) && !registry.lexicon.organisationNominals.has(lastLower))
      return {entity: null, kind: 'nominal', start, end}
    if (registry.lowerSeen[tokens.word[last]] === 1) return null
  }
  // `added the Croatian`: a person of the story, by salience (like `the 20-year-old`).
  // (Not `the Saudi intelligence chief`, an adjective before its noun.)
  if (
    phrase.to - phrase.from === 2 &&
    lowerAt(tokens, phrase.from) === 'the' &&
    capitalAt(tokens, last) &&
    nationalities.has(lastLower) &&
    !roleFollows(registry, phrase.to)
  ) {
    return {entity: resolvePersonReference(registry, history, start), kind: 'nominal', start, end}
  }
  // `said the Kansas Republican`, `the Georgia Democrat`: a party member of a place, a person of the story.
  if (
    phrase.to - phrase.from >= 3 &&
    phrase.to - phrase.from <= 4 &&
    lowerAt(tokens, phrase.from) === 'the' &&
    partyMembers.has(lastLower) &&
    capitalAt(tokens, last) &&
    isPlace(tokens, phrase.from + 1, last) &&
    !roleFollows(registry, phrase.to)
  ) {
    return {entity: resolvePersonReference(registry, history, start), kind: 'nominal', start, end}
  }
  if (capitalAt(tokens, last)) return resolveName(context)
  // Hook (uncapitalised.ts): `president leon febres cordero said` in copy that writes names in lower case.
  return lowerCaseName(registry, end) ?? resolveDescription(context)
}

/** The person's name mention of the registry that ends at `end` and is written in lower case (`jorge brancho`). */
function lowerCaseName(registry: Registry, end: number): SpeakerMention | null {
  const mention = registry.mentions[mentionBefore(registry, end)]
  if (
    !mention ||
    mention.end !== end ||
    mention.kind !== 'name' ||
    mention.entity.kind !== 'person' ||
    capitalAt(registry.tokens, tokenAt(registry.tokens, end - 1))
  )
    return null
  return {entity: mention.entity, kind: 'name', start: mention.start, end}
}

/** A phrase that ends in a capitalised word: a name, with its title, or an organisation. */
function resolveName(context: Context): SpeakerMention | null {
  const {registry, history, phrase, lastLower, start, end} = context
  const {tokens, text} = registry
  // Hook (name-boundary.ts): `in Abidjan John Kakumba`: a place before the first given name.
  let from = givenNameStart(tokens, runStart(tokens, phrase), phrase.to)
  // `the district police office of Kavre`: a body named by a common noun and the place it serves.
  const body = bodyOfPlace(context, from)
  if (body) return body
  // `Joel Pollak of Breitbart California`: a person the story names, then where they work or come from.
  for (let k = from + 2; k < phrase.to - 1; k++) {
    if (lowerAt(tokens, k) !== 'of' || capitalAt(tokens, k)) continue
    const person = personNamedAt(registry, tokens.start[from], tokens.end[k - 1])
    if (person) return resolvePhrase(registry, history, {from: phrase.from, to: k})
    break
  }
  // Possessive organisation names: `China's Justice Ministry`.
  if (
    from - 1 >= phrase.from &&
    possessiveAt(tokens, from - 1) &&
    capitalAt(tokens, from - 1) &&
    isOrganisation(tokens, from, phrase.to)
  ) {
    from--
  }
  // `the Velmar Post Lunde said`: a newspaper's name, then a surname.
  if (
    phrase.to - from >= 3 &&
    registry.surnames.has(lastLower) &&
    capitalAt(tokens, phrase.to - 2) &&
    isOrganisation(tokens, phrase.to - 2, phrase.to - 1) &&
    !isOrganisation(tokens, from, phrase.to)
  ) {
    from = phrase.to - 1
  }
  if (isComplement(registry, phrase, from, lastLower)) return null
  const runFrom = from
  // Hook (name-boundary.ts): `Will Hurd`, `May Ortiz`: a given name that is also a common word opens a name.
  const firstName = (k: number): boolean =>
    givenNameFirst(tokens, k, phrase.to, (lower) => blockedWord(lower, registry.lexicon))
  while (from < phrase.to && nonName.has(lowerAt(tokens, from)) && !firstName(from)) from++
  // Hook (titles.ts): `the President`, `The Health Minister`: a title alone refers to the person who holds it.
  const anaphor = registry.surnames.has(lastLower)
    ? null
    : titleAnaphor(tokens, registry.lexicon.titles, from, phrase.to)
  if (anaphor)
    return {entity: resolveNominal(registry, history, lastLower, anaphor, start), kind: 'nominal', start, end}
  if (
    from < phrase.to &&
    (from === phrase.to - 1
      ? sentenceInitial(text, tokens, from) &&
        !registry.surnames.has(lowerAt(tokens, from)) &&
        (registry.lowerSeen[tokens.word[from]] === 1 || adverbLike(lowerAt(tokens, from)))
      : commonAtStart(text, tokens, from, registry.lowerSeen) &&
        !isOrganisation(tokens, from, from + 2) &&
        !firstName(from))
  )
    from++
  // `Tuesday`, `The`: no name; `New Hampshire` (`New` is no name word): a place.
  if (from >= phrase.to || (from > runFrom && isPlace(tokens, runFrom, phrase.to))) return null
  // `OTHER STATES - Michael P. McDonald`: a heading in capitals is no name.
  if (registry.mixedCase && isShouted(tokens, from, phrase.to)) return null
  return nameMention(context, runFrom, from)
}

/** Start of the capitalised run that ends a phrase (over particles, links and ordinals between capitals). */
function runStart(tokens: Tokens, phrase: Phrase): number {
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
function bodyOfPlace(context: Context, from: number): SpeakerMention | null {
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
function isComplement(registry: Registry, phrase: Phrase, from: number, lastLower: string): boolean {
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
function nameMention(context: Context, runFrom: number, from: number): SpeakerMention {
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

/** A phrase that ends in a lower-case word: a description. */
function resolveDescription(context: Context): SpeakerMention | null {
  const {registry, history, phrase, lastLower, start, end} = context
  const {tokens, text, lexicon} = registry
  const unnamed: SpeakerMention = {entity: null, kind: 'nominal', start, end}
  // `the paper, written by Kandice Kahl, said`, `a statement issued by …`: the author the document names speaks.
  const author = documentByline(registry, start)
  if (author) return {entity: author, kind: 'nominal', start, end}
  if (isIndefinite(tokens, phrase)) return unnamed
  // `said the 20-year-old`: a person of the story, by salience.
  if (lowerAt(tokens, phrase.from) === 'the' && /^\d{1,3}-year-old$/.test(lastLower)) {
    return {entity: resolvePersonReference(registry, history, start), kind: 'nominal', start, end}
  }
  // `the Sucden brokerage firm`, `Sucden analysts`: the capitalised name inside speaks.
  if (groupHeads.has(lastLower)) {
    const source = groupSource(context)
    if (source) return source
  }
  const opener = lowerAt(tokens, phrase.from)
  if (
    !lexicon.nominalWords.has(lastLower) &&
    opener !== 'the' &&
    !demonstratives.has(opener) &&
    !possessiveAt(tokens, phrase.from)
  )
    return null
  // `officials`, `the aides`, `the judges`: a group of people is no single speaker of the story.
  if (
    lastLower.endsWith('s') &&
    (lexicon.personNominals.has(lastLower) || lexicon.personNominals.has(lastLower.slice(0, -1))) &&
    !lexicon.organisationNominals.has(lastLower)
  )
    return unnamed
  // `The trial said`, `the agenda said`, `The charge alleges`: a description whose head is no noun of a speaker
  // of the lexicon, nor a document, nor shaped like a noun of an agent (`the worker`, `the investigator`, `the
  // guard`, `the pontiff`), refers to no one of the story. (Not `this Trump look-alike`: a demonstrative points.)
  if (
    !lexicon.nominalWords.has(lastLower) &&
    !isDocumentHead(lastLower) &&
    !agentLikeRe.test(lastLower) &&
    !demonstratives.has(opener)
  )
    return unnamed
  const words: string[] = []
  for (let i = phrase.from; i < phrase.to; i++) {
    const lower = lowerAt(tokens, i)
    if (lower !== 'the' && !possessiveAt(tokens, i)) words.push(lower)
  }
  // `the unnamed secretary`, `an unidentified official`: a source the story does not name.
  for (const word of words) if (unnamedWords.has(word)) return unnamed
  let entity = resolveNominal(registry, history, lastLower, words, start)
  // `An Interior Ministry spokesman said … ¶ "…," said the spokesman.`: the description takes up an unnamed source
  // of the same kind, not the last person the story named (one whose title holds the word is that source).
  if (
    entity &&
    entity.kind === 'person' &&
    !(entity.title ?? '').toLowerCase().includes(lastLower) &&
    unnamedBefore(registry, lastLower, phrase.from)
  )
    entity = null
  // `The Russian prosecutor general's office said`: a body the story describes without naming it is a
  // speaker of its own, under that description (`the statement` may then stand for it).
  if (
    !entity &&
    words.length >= 2 &&
    bodyHeads.has(lastLower) &&
    capitalAt(tokens, phrase.from + (opener === 'the' ? 1 : 0))
  ) {
    const from = opener === 'the' ? phrase.from + 1 : phrase.from
    return {
      entity: entityForName(registry, text.slice(tokens.start[from], end), true, start),
      kind: 'organisation',
      start,
      end
    }
  }
  return {entity, kind: 'nominal', start, end}
}

/**
 * A group or media head after a name (`Sucden analysts`, `The Voice of America network`, `The Sunday Times
 * newspaper`): the name speaks; a person the story names speaks through their campaign or team (`The Sanders
 * campaign`). Not a nationality or a common word (`Argentine officials`, `Local officials`).
 */
function groupSource(context: Context): SpeakerMention | null {
  const {registry, phrase, start, end} = context
  const {tokens, text} = registry
  let k = phrase.to - 2
  while (k >= phrase.from && !capitalAt(tokens, k)) k--
  if (!(k >= phrase.from && !nonName.has(lowerAt(tokens, k)) && !registry.lexicon.titles.has(lowerAt(tokens, k))))
    return null
  let from = k
  // Over links and words that open a title (`The Voice of America network`, `The Sunday Times newspaper`,
  // `The Jornal do Brasil newspaper`).
  while (from - 1 >= phrase.from) {
    const previous = lowerAt(tokens, from - 1)
    if (
      capitalAt(tokens, from - 1) &&
      (!nonName.has(previous) ||
        (calendarWords.has(previous) && from - 2 >= phrase.from && lowerAt(tokens, from - 2) === 'the'))
    )
      from--
    else if (
      (links.has(previous) || previous === 'do') &&
      !capitalAt(tokens, from - 1) &&
      from - 2 >= phrase.from &&
      capitalAt(tokens, from - 2) &&
      !nonName.has(lowerAt(tokens, from - 2))
    )
      from -= 2
    else break
  }
  const name = text.slice(tokens.start[from], valueEnd(tokens, k))
  const known = registry.entities.get(name.toLowerCase())
  // `The Sanders campaign`, `the Clinton team`: a person the story names speaks through them.
  const person = !known && k === from && registry.surnames.has(lowerAt(tokens, k))
  const organisation = known ? known.kind === 'organisation' : !person
  const adjective = isNationality(name) || (k === from && registry.lowerSeen[tokens.word[k]] === 1)
  if (adjective && !known) return null
  const entity = entityForName(registry, name, organisation, start)
  return {entity, kind: organisation ? 'organisation' : 'surname', start, end}
}

/**
 * Whether the noun `head` heads an indefinite description (`an Interior Ministry spokesman`) in the 150 tokens
 * before token `at`.
 */
function unnamedBefore(registry: Registry, head: string, at: number): boolean {
  const {tokens} = registry
  for (let k = at - 1; k >= 1 && at - k <= 150; k--) {
    if (lowerAt(tokens, k) !== head || capitalAt(tokens, k)) continue
    for (let n = k - 1; n >= 0 && k - n <= 4; n--) {
      const lower = lowerAt(tokens, n)
      // (Not an appositive of a name: `Sami Mirza, a guard at one of the stores`.)
      if (singleIndefinites.has(lower)) {
        if (
          n >= 1 &&
          capitalAt(tokens, n - 1) &&
          /^[\s]*,[\s]*$/.test(registry.text.slice(tokens.end[n - 1], tokens.start[n]))
        )
          break
        return true
      }
      if (definite.has(lower) || possessiveAt(tokens, n)) break
    }
  }
  return false
}

/** Whether a role noun follows within a few lower-case words (`the Saudi intelligence chief`). */
function roleFollows(registry: Registry, at: number): boolean {
  const {tokens, text, lexicon} = registry
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    if (capitalAt(tokens, k) || !/^[ \t\u00a0]+$/.test(text.slice(tokens.end[k - 1], tokens.start[k]))) return false
    const lower = lowerAt(tokens, k)
    if (lexicon.titles.has(lower) || lexicon.nominalWords.has(lower)) return true
  }
  return false
}

/** Whether the registry holds a person's name mention spanning exactly `[start, end)` (titles aside). */
function personNamedAt(registry: Registry, start: number, end: number): boolean {
  const {mentions} = registry
  let low = 0
  let high = mentions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (mentions[middle].start < start) low = middle + 1
    else high = middle
  }
  const mention = mentions[low]
  return (
    mention !== undefined &&
    mention.start === start &&
    mention.end === end &&
    mention.kind === 'name' &&
    mention.entity.kind === 'person'
  )
}
