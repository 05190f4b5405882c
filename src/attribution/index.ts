/**
 * Quotations, attribution and speakers: fills `article.quotations`,
 * `article.paraphrases` and `article.speakers`.
 *
 * Pipeline: quotation marks (`../quotes/`) → cues and the attribution sieve
 * (this folder) → speaker mentions and entities (`../speakers/`).
 */

import type {VFile} from 'vfile'
import type {Article} from '../ast.js'
import type {Locator} from '../util/location.js'

/** What the speech stage works on. */
export interface SpeechInput {
  text: string
  article: Article
  locator: Locator
  file: VFile
}

/**
 * Find quotations, attribute them, resolve speakers. Mutates `article`'s
 * stand-off lists only.
 */
export function analyzeSpeech(input: SpeechInput): void {
  void input
}
