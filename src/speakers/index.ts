/**
 * The speaker stage: mentions → names → entities → canonical names → references (see `docs/attribution.md`,
 * "The entity model"). What the attribution stage uses of it.
 *
 * @module
 */

export {canonical} from './canonical.js'
export {isDocumentHead, resolveNominal} from './descriptions.js'
export {genderOf, type Entity, type EntityEvidence, type EntityMention, type Registry} from './entities.js'
export {isNationality, isOrganisation, isPlace, isShouted} from './kinds.js'
export {
  compileCues,
  createLexicon,
  defaultLexicon,
  lexiconFor,
  type CueIndex,
  type LexiconAdditions,
  type SpeechLexicon
} from './lexicon.js'
export {lookup, own} from './lookup.js'
export {calendarWords} from './mentions.js'
export {readRun} from './name-run.js'
export {entityForName} from './name-lookup.js'
export {parseName, splitTitle, type NameRun, type ParsedName} from './names.js'
export {isIndefinite, resolvePhrase, type Phrase, type SpeakerMention} from './phrase.js'
export {plainFormBlocked} from './plain-verbs.js'
export {
  findAntecedent,
  resolvePersonReference,
  resolvePronoun,
  type ReferenceBasis,
  type ReferenceCandidate,
  type ReferenceType,
  type SpeakerHistory
} from './references.js'
export {buildRegistry} from './registry.js'
export {adverbLike, commonAtStart, sentenceInitial} from './sentence-start.js'
