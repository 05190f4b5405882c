/**
 * The lexicons of the speech stage as one per-call object: the built-in data
 * of `src/lexicon/` merged with the user's additions (`cues`, `titles`,
 * `nominals` options). Built once for the defaults; a call with additions
 * builds its own (no module state is changed).
 *
 * @module
 */

import {cues as builtinCues, type CueDefinition} from '../lexicon/cues.js'
import {organisationNominals, personNominals} from '../lexicon/nominals.js'
import {titleWords} from '../lexicon/titles.js'

/** Cue lexicon compiled for matching: first word → entries (longest first). */
export type CueIndex = Map<string, Array<{words: string[]; lemma: string; strength: number}>>

/** Lexicons read by the attribution and speaker code. */
export interface SpeechLexicon {
  cues: CueIndex
  /** Title and role words (lower case). */
  titles: ReadonlySet<string>
  /** Heads of descriptions of people. */
  personNominals: ReadonlySet<string>
  /** Heads of descriptions of organisations. */
  organisationNominals: ReadonlySet<string>
  /** Both nominal lists. */
  nominalWords: ReadonlySet<string>
}

/** The user's additions (see `SpeechSettings` in `src/options.ts`). */
export interface LexiconAdditions {
  cues?: ReadonlyArray<{lemma: string; forms: readonly string[]; strength: number}>
  titles?: readonly string[]
  nominals?: {person?: readonly string[]; organisation?: readonly string[]}
}

/** Compile a cue lexicon. Later definitions of the same form win. */
export function compileCues(definitions: readonly CueDefinition[]): CueIndex {
  const index: CueIndex = new Map()
  for (const definition of definitions) {
    for (const form of definition.forms) {
      const words = form.toLowerCase().trim().split(/\s+/)
      const list = index.get(words[0]) ?? []
      const key = words.join(' ')
      const at = list.findIndex((entry) => entry.words.join(' ') === key)
      const entry = {words, lemma: definition.lemma, strength: definition.strength}
      if (at >= 0) list[at] = entry
      else list.push(entry)
      index.set(words[0], list)
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
}

/** Build a lexicon from the built-in data and additions. */
export function createLexicon(additions: LexiconAdditions = {}): SpeechLexicon {
  const person = new Set(personNominals)
  const organisation = new Set(organisationNominals)
  for (const word of additions.nominals?.person ?? []) {
    person.add(word)
    organisation.delete(word)
  }
  for (const word of additions.nominals?.organisation ?? []) {
    organisation.add(word)
    person.delete(word)
  }
  return {
    cues: compileCues([...builtinCues, ...(additions.cues ?? [])]),
    titles: new Set([...titleWords, ...(additions.titles ?? [])]),
    personNominals: person,
    organisationNominals: organisation,
    nominalWords: new Set([...person, ...organisation])
  }
}

/** The built-in lexicon. */
export const defaultLexicon: SpeechLexicon = createLexicon()

/** The lexicon for a call: the built-in one when there is nothing to add. */
export function lexiconFor(additions: LexiconAdditions | null | undefined): SpeechLexicon {
  if (!additions) return defaultLexicon
  const empty =
    (additions.cues?.length ?? 0) === 0 &&
    (additions.titles?.length ?? 0) === 0 &&
    (additions.nominals?.person?.length ?? 0) === 0 &&
    (additions.nominals?.organisation?.length ?? 0) === 0
  return empty ? defaultLexicon : createLexicon(additions)
}
