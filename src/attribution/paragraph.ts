/**
 * What the pass-2 rules read of a quotation's place in its paragraph: whether
 * it opens the paragraph, whether the writer's sentence around it has a
 * subject of its own.
 *
 * @module
 */

import type {SieveView} from './rule.js'
import {sentenceSubject} from './subjects.js'

/** White space only. */
export const blankRe = /^[\s]*$/

/** Whether quotation `index` opens its paragraph (white space only before its opening mark). */
export function opensParagraph(sieve: SieveView, index: number): boolean {
  const {text, runs, paragraphs} = sieve.context
  const run = runs[index]
  return blankRe.test(text.slice(paragraphs[run.paragraph].start, run.open ? run.open.start : run.start))
}

/**
 * Whether quotation `index` stands inside a writer's sentence whose subject names someone (`Trump groused that
 * CNN "…"`): it belongs to that subject, not to the paragraph's other speaker (rule `sentence-subject`).
 */
export function ownSubject(sieve: SieveView, index: number): boolean {
  const before = sieve.windows(index).before
  return before.to - before.from >= 3 && sentenceSubject(sieve.context, sieve.context.runs[index], before) !== null
}
