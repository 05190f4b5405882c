/**
 * The sieve rule `transcript-label`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import type {QuotedRun} from '../../quotes/pair.js'
import {lowerAt, tokenAt} from '../../text/tokens.js'
import type {SieveContext} from '../context.js'
import type {SpeakerMention} from '../../speakers/index.js'
import {defineRule, type Finding} from '../rule.js'
import {wire} from './wire.js'

/** A quotation that opens with a speaker label (`"PENCE: Well, …`). */
function findTranscriptLabel(context: SieveContext, run: QuotedRun): Finding | null {
  const {tokens, text} = context
  const value = text.slice(run.start, Math.min(run.end, run.start + 40))
  // `PENCE:` or a name in title case (`Chris Matthews:`) — the name must be one the story gives.
  const match =
    /^\s*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}:/.exec(value) ??
    /^\s*[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}:/.exec(value)
  if (!match) return null
  const from = tokenAt(tokens, run.start)
  const to = tokenAt(tokens, run.start + match[0].length - 1)
  if (to <= from) return null
  const name = to - 1
  const list = context.registry.surnames.get(lowerAt(tokens, name))
  if (!list || list.length === 0) return null
  const mention: SpeakerMention = {entity: list[0], kind: 'surname', start: tokens.start[from], end: tokens.end[name]}
  return {mention, cue: null, clauseEnd: to}
}

/** Rule `transcript-label`. */
export const transcriptLabel = defineRule({
  name: 'transcript-label',
  pass: 1,
  reads: ['quotation'],
  confidence: 0.8,
  local: false,
  passesOn: true,
  doc: `A quotation that opens with a speaker label: \`"PENCE: Well, …\`, \`"Chris Matthews: Seriously, …\` (a name the story gives).`,
  examples: [
    {
      text: wire(
        `Mayor Ingrid Solberg and union leader Lars Berg spoke on the radio on Monday.`,
        `"SOLBERG: The boats stay in port until the wind drops."`
      ),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Mayor Ingrid Solberg spoke on the radio on Monday.`,
        `"KRISTIANSEN: The boats stay in port until the wind drops."`
      ),
      speaker: 'Kristiansen'
    }
  ],
  find(sieve, index) {
    return findTranscriptLabel(sieve.context, sieve.context.runs[index])
  }
})
