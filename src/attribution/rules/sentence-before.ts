/**
 * The sieve rule `sentence-before`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {endsSentenceBefore} from '../../text/sentences.js'
import {tokenAt} from '../../text/tokens.js'
import type {SieveContext} from '../context.js'
import {opensParagraph} from '../paragraph.js'
import {defineRule, type Finding} from '../rule.js'
import {sentenceSubjectMention} from '../subjects.js'
import {wire} from './wire.js'

/** Most tokens read back for the sentence before the quotation. */
const SENTENCE_TOKENS = 60

/**
 * The person the sentence right before token `to` is about, when that sentence lies in the paragraph (from
 * `floor`) and its subject names a person (a name, a surname or a pronoun that resolves to one).
 */
function previousSentenceSubject(context: SieveContext, to: number, floor: number): Finding | null {
  const {tokens, text} = context
  let from = to - 1
  while (
    from > 0 &&
    to - from < SENTENCE_TOKENS &&
    tokens.start[from - 1] >= floor &&
    !endsSentenceBefore(text, text.slice(tokens.end[from - 1], tokens.start[from]), tokens, from)
  )
    from--
  if (from < 0 || tokens.start[from] < floor || to - from >= SENTENCE_TOKENS || to - from < 3) return null
  const mention = sentenceSubjectMention(context, from, to)
  if (!mention || !mention.entity || mention.entity.kind !== 'person' || mention.kind === 'nominal') return null
  return {mention, cue: null, clauseEnd: 0}
}

/** Rule `sentence-before`. */
export const sentenceBefore = defineRule({
  name: 'sentence-before',
  pass: 2,
  reads: ['before'],
  confidence: 0.5,
  local: false,
  passesOn: false,
  doc: `A quotation that opens a sentence inside its paragraph (the first of the paragraph, with no credit of its own), right after a sentence whose subject is a person: that person — the writer's sentence introduces the speaker, the quotation follows (\`Ingrid Solberg, touring the harbour, blamed the storm for the delay. "…"\`). Not after a sentence about a thing, a place or an organisation, nor when the sentence before is a quotation's.`,
  examples: [
    {
      text: wire(
        `Mayor Ingrid Solberg, touring the harbour on Monday, blamed the storm for the delay. "If the wind drops, the ferries sail on Friday."`
      ),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Mayor Ingrid Solberg toured the harbour on Monday.`,
        `The storm closed the port of Bergen for a week. "If the wind drops, the ferries sail on Friday."`
      ),
      speaker: 'Ingrid Solberg'
    }
  ],
  find(sieve, index) {
    const {context} = sieve
    const run = context.runs[index]
    // The first quotation of its paragraph, not at its start (that is `previous-subject`'s).
    if (index > sieve.first || opensParagraph(sieve, index)) return null
    const before = sieve.windows(index).before
    // The quotation opens its sentence: nothing of its sentence before the opening mark.
    if (before.to > before.from) return null
    const to = tokenAt(context.tokens, run.open ? run.open.start : run.start)
    return previousSentenceSubject(context, to, context.paragraphs[run.paragraph].start)
  }
})
