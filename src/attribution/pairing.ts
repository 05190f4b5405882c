/**
 * Stage 1 of the speech stage: the story's quotation marks paired into
 * quoted runs, paragraph by paragraph, with the warnings of pairing (see
 * `../quotes/`). Paragraphs dense with marks (hostile input, not prose) keep
 * their marks as text.
 *
 * @module
 */

import type {VFile} from 'vfile'
import {warn} from '../messages.js'
import {denseParagraphs} from '../quotes/density.js'
import {pairQuotes, type QuotedRun} from '../quotes/pair.js'
import type {Locator} from '../text/location.js'
import type {TextRange} from '../text/range.js'

/** Most quotation-mark warnings reported one by one. */
const MAX_QUOTE_WARNINGS = 100

/** The quoted runs of a story. */
export interface Pairing {
  /** Every run, in order (nested ones after the run that holds them). */
  runs: QuotedRun[]
  /** The outer runs (depth 0), in order: what attribution reads. */
  outer: QuotedRun[]
  /** By paragraph: whether it is dense with marks (no runs, no words read). */
  dense: boolean[]
}

/**
 * Pair the marks of `paragraphs` and report what does not pair on `file`: one message for the paragraphs dense
 * with marks, the first {@link MAX_QUOTE_WARNINGS} unbalanced marks one by one, then how many more there were.
 */
export function pairMarks(
  text: string,
  paragraphs: readonly TextRange[],
  locator: Locator,
  file: VFile | null
): Pairing {
  const dense = denseParagraphs(text, paragraphs)
  const firstDense = dense.indexOf(true)
  if (firstDense >= 0) {
    let count = 0
    for (const flag of dense) if (flag) count++
    const paragraph = paragraphs[firstDense]
    warn(
      file,
      (count === 1 ? 'A paragraph holds' : count + ' paragraphs hold') +
        ' more than one quotation mark per 8 characters: not prose, its quotation marks are left as text',
      locator.position(paragraph.start, paragraph.end),
      'dense-quotation-marks'
    )
  }

  const {runs, warnings, warningCount} = pairQuotes(text, paragraphs, dense)
  // A page of unbalanced marks would otherwise give one message a mark: report
  // the first ones, then how many more there were.
  for (const warning of warnings.slice(0, MAX_QUOTE_WARNINGS)) {
    warn(file, warning.reason, locator.position(warning.start, warning.end), warning.ruleId)
  }
  if (warningCount > MAX_QUOTE_WARNINGS) {
    const rest = warnings[MAX_QUOTE_WARNINGS]
    warn(
      file,
      warningCount - MAX_QUOTE_WARNINGS + ' more unbalanced quotation marks after this one are not reported one by one',
      locator.position(rest.start, rest.end),
      rest.ruleId
    )
  }
  return {runs, outer: runs.filter((run) => run.depth === 0), dense}
}
