/**
 * Entity records: a person or organisation of one story, the mentions that name it, and the registry that
 * holds them for the speaker stage. Also what the scan's names become: one entity per key (`keyOf`), its
 * title the first the story gives, its gender the votes of honorifics and pronouns.
 *
 * @module
 */

import type {MentionKind} from '../ast.js'
import type {Tokens} from '../text/tokens.js'
import type {AcronymIndex} from './acronyms.js'
import type {TypedCache} from './compatibility.js'
import type {SpeechLexicon} from './lexicon.js'
import type {EntityEvidence, FoundMentions} from './mentions.js'
import {keyOf} from './names.js'
import type {NamesakeIndex} from './namesakes.js'

export type {EntityEvidence} from './mentions.js'

/** A person or organisation while the story is read. */
export interface Entity {
  /** Canonical name (full name as the story gives it). */
  name: string
  kind: 'person' | 'organisation'
  /** Why it has that kind: the shape of the mention that made it. */
  evidence: EntityEvidence
  /** Title or role the story gives, when seen before the name. */
  title: string | null
  /** Votes from gendered pronouns and honorifics. */
  male: number
  female: number
  /** Number of mentions. */
  count: number
  /** Set when the entity was merged into a fuller one (`Ladi Luya` → `Michel Ladi Luya`). */
  alias?: Entity | undefined
}

/** A mention of an entity found in the text. */
export interface EntityMention {
  start: number
  end: number
  kind: MentionKind
  entity: Entity
  inQuote: boolean
  /** Index of the sentence that holds the mention. */
  sentence: number
  /** Preceded by a preposition or followed by a possessive: not a clause subject. */
  oblique: boolean
}

/** Where entities were named outside quotations, in ascending order of `start`: what "named most recently" reads. */
export type Recency = ReadonlyArray<{readonly start: number; readonly entity: Entity}>

/** Name mentions and entities of one story. */
export interface Registry {
  tokens: Tokens
  text: string
  /** Name mentions, in order. */
  mentions: EntityMention[]
  /** Canonical key → entity. */
  entities: Map<string, Entity>
  /** Family name (lower case) → people of that name, most frequent first (see `surnames.ts`). */
  surnames: Map<string, Entity[]>
  /** Lexicons of the call. */
  lexicon: SpeechLexicon
  /** Sentence start offsets, ascending. */
  sentenceStarts: ArrayLike<number>
  /** By word id (`tokens.word`): 1 for the words the text also writes in lower case. */
  lowerSeen: Uint8Array
  /** The story is written in mixed case (runs in capitals are headings, not names). */
  mixedCase: boolean
  /** Mentions outside quotations by offset, for choosing among namesakes. */
  recency: Recency
  /** Indexes over the lists of `surnames` (built on first use). */
  namesakes?: NamesakeIndex | undefined
  /** Initials of organisation names (built on first use). */
  initials?: Map<string, Entity> | undefined
  /** Acronym → spelled-out name (acronyms.ts, built on first use). */
  acronyms?: AcronymIndex | undefined
  /** Bodies that people's titles name (`Minister of Labor` → `Ministry of Labor`), by person and head, once each. */
  bodies?: Map<Entity, Entity | null> | undefined
  /** Organisations by the short name of a company (`usair` for `USAir Group Inc`; short-names.ts, built on first use). */
  shortNames?: Map<string, Entity | null> | undefined
  /** Typed reference checks per entity (`compatibility.ts`, built on first use). */
  typed?: TypedCache | undefined
}

/** A new entity with no mentions. */
export function createEntity(
  name: string,
  kind: Entity['kind'],
  evidence: EntityEvidence,
  title: string | null = null
): Entity {
  return {name, kind, evidence, title, male: 0, female: 0, count: 0}
}

/** Gender of an entity from its votes. */
export function genderOf(entity: Entity): 'male' | 'female' | null {
  if (entity.male > entity.female) return 'male'
  if (entity.female > entity.male) return 'female'
  return null
}

/** Add `weight` votes for `gender`. */
export function vote(entity: Entity, gender: 'male' | 'female', weight: number): void {
  if (gender === 'male') entity.male += weight
  else entity.female += weight
}

/**
 * The entities of the names the scan found, one per key, and their mentions in text order: a name's count
 * grows with each mention and it keeps the first title given; an honorific gives three votes for its gender,
 * a gendered pronoun one vote to the person named last outside quotations.
 */
export function collectEntities(found: FoundMentions): {entities: Map<string, Entity>; mentions: EntityMention[]} {
  const entities = new Map<string, Entity>()
  const mentions: EntityMention[] = []
  let lastPerson: Entity | null = null
  for (const event of found.events) {
    if (event.type === 'pronoun') {
      if (lastPerson) vote(lastPerson, event.gender, 1)
      continue
    }
    const person = event.kind === 'name'
    const key = keyOf(event.name)
    let entity = entities.get(key)
    if (!entity) {
      entity = createEntity(event.name, person ? 'person' : 'organisation', event.evidence, person ? event.title : null)
      entities.set(key, entity)
    } else if (person && !entity.title && event.title) entity.title = event.title
    entity.count++
    if (person && event.honorific) vote(entity, event.honorific, 3)
    mentions.push({
      start: event.start,
      end: event.end,
      kind: event.kind,
      entity,
      inQuote: event.inQuote,
      sentence: 0,
      oblique: event.oblique
    })
    if (person && !event.inQuote) lastPerson = entity
  }
  return {entities, mentions}
}
