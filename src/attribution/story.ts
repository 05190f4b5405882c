/**
 * Stages 2 and 3 of the speech stage: the story's words (tokens), its
 * sentences, the lexicons of the call and the registry of the people and
 * organisations it names — what the rules read.
 *
 * @module
 */

import {buildRegistry} from '../speakers/index.js'
import {lexiconFor, type LexiconAdditions} from '../speakers/lexicon.js'
import type {TextRange} from '../text/range.js'
import {sentenceRanges, type Sentences} from '../text/sentences.js'
import {tokenize} from '../text/tokens.js'
import type {SieveContext} from './context.js'
import {createVerbTable} from './indirect/verbs.js'
import type {Pairing} from './pairing.js'

/** The story as attribution reads it. */
export interface Story {
  context: SieveContext
  /** The sentences of every paragraph. */
  sentences: Sentences
}

/** Read the words, sentences and names of a story. Dense paragraphs are not read for words. */
export function readStory(
  text: string,
  paragraphs: readonly TextRange[],
  pairing: Pairing,
  additions: LexiconAdditions | null | undefined
): Story {
  const {dense, outer} = pairing
  // No cue, no name, no sentence of a dense paragraph is looked at.
  const tokens = tokenize(text, dense.includes(true) ? paragraphs.filter((_, p) => dense[p]) : [])
  const lexicon = lexiconFor(additions)
  const sentences = sentenceRanges(text, tokens, paragraphs)
  const registry = buildRegistry(text, tokens, outer, paragraphs[0].start, lexicon, sentences.starts)
  const context: SieveContext = {
    text,
    tokens,
    registry,
    history: {entries: []},
    cues: lexicon.cues,
    lexicon,
    paragraphs,
    runs: outer,
    verbs: createVerbTable(tokens)
  }
  return {context, sentences}
}
