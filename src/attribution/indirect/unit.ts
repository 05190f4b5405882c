/**
 * A construction of indirect speech as a declared unit: its name (the `rule` of the paraphrases it finds),
 * what it reads, examples it must find and counter-examples it must leave alone (both run as tests:
 * `test/attribution/indirect/`).
 *
 * @module
 */

import type {FoundParaphrase} from '../paraphrase.js'
import type {SentenceView} from './sentence.js'

/** An example: a short story, the content the construction reports in it and the source's canonical name. */
export interface IndirectExample {
  text: string
  content: string
  /** Canonical name of the source; `null` for an unnamed source (`officials said`). */
  speaker: string | null
}

/** One construction of indirect speech. */
export interface Construction {
  /** Rule name on the paraphrases it finds (`reported-clause`). */
  name: string
  /** What it reads, in a sentence. */
  doc: string
  examples: readonly IndirectExample[]
  /** Stories in which it must find nothing. */
  counterExamples: readonly string[]
  /**
   * The words `find` reads at: `'verb'`, a form of a reporting verb (`verbs.ts`); `'sentence-start'`, the first
   * word of every sentence, whatever it is; else these lower-case words. `find` is called at no other word (a
   * filter by word, read once per word of a story).
   */
  readsAt: 'verb' | 'sentence-start' | readonly string[]
  /** The paraphrase whose cue starts at token `i` of the sentence, if this construction reads one there. */
  find(view: SentenceView, i: number): FoundParaphrase | null
}
