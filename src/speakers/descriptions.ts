/**
 * Resolving descriptions (`the official`, `the deputy prime minister`, `the ministry`, `the report`) to an
 * entity of the story: a person whose title holds the words; an organisation whose name holds the head, or the
 * body a person's title names (`Deputy Minister of Labor` … `the ministry` → `Ministry of Labor`); for a
 * document, the organisation that opens a recent sentence; else the last speaker or mention of that kind.
 *
 * @module
 */

import {
  companyNouns as companyNounList,
  documentAuthorVerbs as documentAuthorVerbList,
  documentHeads as documentHeadList,
  officeRanks,
  titleBodies as titleBodyList
} from '../lexicon/descriptions.js'
import {lowerAt, tokenAt} from '../text/tokens.js'
import {currentBody, documentIssuer, headFits} from './compatibility.js'
import type {Entity, EntityMention, Registry} from './entities.js'
import {entityForName} from './name-lookup.js'
import {mentionBefore, WINDOW, type SpeakerHistory} from './references.js'

const documentHeads = new Set(documentHeadList)
const documentAuthorVerbs = new Set(documentAuthorVerbList)
const companyNouns = new Set(companyNounList)
/** Office titles and the bodies they head: `Minister of Labor` → `Ministry of Labor`. */
const titleBodies: ReadonlyMap<string, {office: RegExp; body: string}> = new Map(
  titleBodyList.map(({head, office, body}) => [head, {office: new RegExp('\\b' + office + '\\b'), body}])
)
/** Rank words before an office that are not part of the body's name (`Deputy`, `Prime`). */
const rankRe = new RegExp('^(?:' + officeRanks.join('|') + ')$', 'i')

/** Whether a noun heads a document that speaks for its author (`the statement`, `the report`). */
export function isDocumentHead(word: string): boolean {
  return documentHeads.has(word)
}

/**
 * Resolve a nominal description (`the official`, `the ministry`) at `offset`.
 *
 * @param head The head noun (lower case).
 * @param words The description's words, lower case (`the` and possessives left out).
 */
export function resolveNominal(
  registry: Registry,
  history: SpeakerHistory,
  head: string,
  words: readonly string[],
  offset: number
): Entity | null {
  const {personNominals, organisationNominals} = registry.lexicon
  const documentHead = documentHeads.has(head)
  const organisation = documentHead || (organisationNominals.has(head) && !personNominals.has(head))
  // A document (`the statement said`): the body whose cue said it issued one (`X said in a statement`,
  // compatibility.ts); else the organisation that is the subject of a recent sentence.
  if (documentHead) {
    const issuer = documentIssuer(registry, history, head, offset)
    if (issuer) return issuer
    const author = documentAuthor(registry, offset)
    if (author) return author
  }
  // `<Banco Santander> agreed to buy … from Bank of America, the bank said`: the organisation that is the
  // subject of the description's own sentence.
  if (organisation && !documentHead) {
    const subject = sentenceSubject(registry, head, offset)
    if (subject) return subject
  }
  const named = namedByDescription(registry, head, words, organisation, offset)
  if (named) return named
  // `the Serbian ministry`: a modified organisation nominal names its own kind of body;
  // it is not any organisation mentioned before (`Moscow`) — unless it fits the organisation that spoke
  // last (compatibility.ts: `RWB said … "…," the international media rights group said`).
  if (organisation && !documentHead && words.length > 1) return currentBody(history, words, offset)
  for (let i = history.entries.length - 1; i >= 0; i--) {
    const entry = history.entries[i]
    if (entry.offset < offset - WINDOW * 2) break
    if ((entry.entity.kind === 'organisation') === organisation && headFits(entry.entity, head)) return entry.entity
  }
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW) break
    if (mention.inQuote) continue
    if ((mention.entity.kind === 'organisation') === organisation && headFits(mention.entity, head))
      return mention.entity
  }
  return null
}

/**
 * The organisation that opens the sentence holding `offset` (not in a quotation, not oblique), when the
 * description `head` fits it: its name holds the head as a word (`the bank` → `Banco Santander`), or the head
 * names any company (`the company`, lexicon/descriptions.ts); else `null`.
 */
function sentenceSubject(registry: Registry, head: string, offset: number): Entity | null {
  const sentence = sentenceOf(registry, offset)
  let found: EntityMention | null = null
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW || mention.sentence !== sentence) break
    found = mention
  }
  if (
    !found ||
    found.inQuote ||
    found.oblique ||
    found.entity.kind !== 'organisation' ||
    !startsSentence(registry, found)
  )
    return null
  const name = found.entity.name.toLowerCase()
  return companyNouns.has(head) || name.split(/\s+/).includes(head) ? found.entity : null
}

/** Index of the sentence that holds `offset`. */
function sentenceOf(registry: Registry, offset: number): number {
  const starts = registry.sentenceStarts
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * The author a document description names after its head (`the paper, written by Harwick University professor
 * Marta Osei, said`, `said a statement issued by UN spokesman Tomas Berg`): the mention that ends the
 * `by` phrase (before a comma, a full stop or a quotation mark), not one that only modifies it (`released by
 * the Trump campaign`); else `null`.
 *
 * @param offset Start of the description.
 */
export function documentByline(registry: Registry, offset: number): Entity | null {
  const {tokens, text} = registry
  const first = tokenAt(tokens, offset)
  for (let k = first; k < tokens.length - 2 && k <= first + 4; k++) {
    if (!documentHeads.has(lowerAt(tokens, k))) continue
    const verb = k + 1
    if (!/^,?\s+$/.test(text.slice(tokens.end[k], tokens.start[verb]))) return null
    if (!documentAuthorVerbs.has(lowerAt(tokens, verb)) || lowerAt(tokens, verb + 1) !== 'by') return null
    const from = tokens.end[verb + 1]
    const stop = text.slice(from, from + 160).search(/[,;:"“”()]|\.(?:\s|$)/)
    if (stop < 0) return null
    const end = from + stop
    for (let i = firstMentionFrom(registry, from); i < registry.mentions.length; i++) {
      const mention = registry.mentions[i]
      if (mention.start >= end) break
      if (/^\s*$/.test(text.slice(mention.end, end)) && !mention.inQuote) return mention.entity
    }
    return null
  }
  return null
}

/** Index of the first mention starting at or after `offset`. */
function firstMentionFrom(registry: Registry, offset: number): number {
  return mentionBefore(registry, offset) + 1
}

/** The organisation that is the subject of a recent sentence (the author of `the report`). */
function documentAuthor(registry: Registry, offset: number): Entity | null {
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW) break
    if (mention.inQuote || mention.oblique) continue
    if (
      mention.entity.kind === 'organisation' &&
      registry.sentenceStarts[mention.sentence] !== undefined &&
      startsSentence(registry, mention)
    )
      return mention.entity
  }
  return null
}

/**
 * An organisation whose name holds the head (`the ministry` → `Foreign Ministry`), or the body a person's title
 * names; a person whose title holds the words (`the deputy prime minister`).
 */
function namedByDescription(
  registry: Registry,
  head: string,
  words: readonly string[],
  organisation: boolean,
  offset: number
): Entity | null {
  for (let i = mentionBefore(registry, offset); i >= 0; i--) {
    const mention = registry.mentions[i]
    if (mention.start < offset - WINDOW * 2) break
    if (mention.inQuote) continue
    const entity = mention.entity
    if (organisation) {
      if (entity.kind === 'organisation' && entity.name.toLowerCase().includes(head)) return entity
      // `Deputy Minister of Labor and Social Security Liu Yongfu … the ministry said`: the body the title names.
      const body =
        entity.kind === 'person' && entity.title && !mention.oblique ? bodyEntity(registry, entity, head, offset) : null
      if (body) return body
    } else if (
      entity.kind === 'person' &&
      entity.title &&
      words.every((word) => entity.title!.toLowerCase().includes(word))
    ) {
      return entity
    }
  }
  return null
}

/**
 * The body a title names, for an organisation nominal (`the ministry`): `Deputy Minister of Labor and
 * Social Security` → `Ministry of Labor and Social Security`, `Foreign Minister` → `Foreign Ministry`; else null.
 */
export function bodyOfTitle(title: string, head: string): string | null {
  const rule = titleBodies.get(head)
  if (!rule) return null
  const match = rule.office.exec(title)
  if (!match) return null
  const after = title.slice(match.index + match[0].length)
  // (A complement of a few words: `Minister of Labor and Social Security`, not a run of 80 characters.)
  if (after.length > 60) return null
  const before = title
    .slice(Math.max(0, match.index - 40), match.index)
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
  // `Minister of X`: the complement names the body.
  if (/^\s+(?:of|for)\s+\p{Lu}/u.test(after)) return rule.body + after.trimEnd()
  // `Foreign Minister`: the capitalised word right before the office, unless it is a rank (`Prime Minister`).
  const word = before[before.length - 1]
  if (word && /^\p{Lu}\p{Ll}+$/u.test(word) && !rankRe.test(word) && after.trim() === '') return word + ' ' + rule.body
  return null
}

/** The organisation a person's title names for `head` (cached on the registry; `ministry` is the only head). */
function bodyEntity(registry: Registry, person: Entity, head: string, offset: number): Entity | null {
  if (!titleBodies.has(head)) return null
  registry.bodies ??= new Map()
  let body = registry.bodies.get(person)
  if (body === undefined) {
    const name = person.title ? bodyOfTitle(person.title, head) : null
    body = name ? entityForName(registry, name, true, offset) : null
    registry.bodies.set(person, body)
  }
  return body
}

/** Whether a mention opens its sentence (a few words may come before: `The`, `On Monday,`). */
function startsSentence(registry: Registry, mention: EntityMention): boolean {
  const start = registry.sentenceStarts[mention.sentence]
  const from = tokenAt(registry.tokens, start)
  const at = tokenAt(registry.tokens, mention.start)
  return at - from <= 3
}
