/**
 * What attribution reads of a story: its text and tokens, the speakers'
 * registry, the lexicons, its paragraphs and quoted runs; and the attributions
 * it writes.
 *
 * @module
 */

import type {QuotedRun} from '../quotes/pair.js'
import type {Registry, SpeakerHistory} from '../speakers/index.js'
import type {CueIndex, SpeechLexicon} from '../speakers/lexicon.js'
import type {TextRange} from '../text/range.js'
import type {Tokens} from '../text/tokens.js'
import type {VerbTable} from './indirect/verbs.js'
import type {CueMatch, Phrase} from './cues.js'
import {resolvePhrase, type SpeakerMention} from '../speakers/index.js'

/** The story as the rules see it (made once per call). */
export interface SieveContext {
  text: string
  tokens: Tokens
  registry: Registry
  history: SpeakerHistory
  cues: CueIndex
  lexicon: SpeechLexicon
  paragraphs: readonly TextRange[]
  /** Outer runs in order. */
  runs: readonly QuotedRun[]
  /** The reporting verbs at the tokens, read on first use (indirect speech). */
  verbs: VerbTable
}

/** What the sieve decided for a quotation (or a paraphrase whose speaker is carried over). */
export interface Attribution {
  mention: SpeakerMention | null
  cue: CueMatch | null
  /** The rule written on `quotation.rule`. */
  rule: string
  confidence: number
  /** The rule is local: a credit in the quotation's own sentence (the quotation is speech whatever its length). */
  local: boolean
  /** The attribution passes on to the next part of a split quotation and to earlier parts of a continued one. */
  passesOn: boolean
  /** Token index after the cue clause (to link split quotations). */
  clauseEnd: number
}

/** Token window `[from, to)`. */
export interface Window {
  from: number
  to: number
}

/** The windows of a run: its sentence after the closing mark and before the opening mark. */
export interface RunWindows {
  after: Window
  before: Window
}

/** The speaker mention a noun phrase names, if any. */
export function resolve(context: SieveContext, phrase: Phrase | null): SpeakerMention | null {
  if (!phrase) return null
  return resolvePhrase(context.registry, context.history, phrase)
}
