/**
 * The sieve rule `dash-credit`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import type {QuotedRun} from '../../quotes/pair.js'
import {capitalAt, tokenAt} from '../../text/tokens.js'
import {resolve, type SieveContext, type Window} from '../context.js'
import {defineRule, type Finding} from '../rule.js'
import {wire} from './wire.js'

/** `"…" — Commissioner X` at the end of the paragraph. */
function findDashCredit(context: SieveContext, run: QuotedRun, before: Window): Finding | null {
  const {tokens, text} = context
  // A partial quote inside the writer's sentence (`Rajoy insisted his party was "…"--Kim Hjelmgaard.`): the
  // dash credits the item's writer, not the words.
  if (!run.close || before.to - before.from >= 3) return null
  let paragraph = context.paragraphs[run.paragraph]
  let rest = text.slice(run.close.end, Math.min(paragraph.end, run.close.end + 120))
  // The credit on a line of its own after the quotation's paragraph: `"…" ¶ - Bernie Sanders.`
  const next = context.paragraphs[run.paragraph + 1]
  if (/^[\s]*$/.test(rest) && next && next.end - next.start <= 80) {
    paragraph = next
    rest = text.slice(next.start, next.end)
  }
  const match = /^[\s]*(?:—|–|--|-)[\s]*/.exec(rest)
  if (!match) return null
  const from = tokenAt(tokens, (paragraph === next ? next.start : run.close.end) + match[0].length)
  // `"…" - the first to make such a declaration`: a credit names someone.
  if (from >= tokens.length || !capitalAt(tokens, from)) return null
  let to = from
  while (to < tokens.length && tokens.start[to] < paragraph.end && to - from < 10) to++
  if (to === from) return null
  const mention = resolve(context, {from, to})
  if (!mention || !mention.entity) return null
  return {mention, cue: null, clauseEnd: to}
}

/** Rule `dash-credit`. */
export const dashCredit = defineRule({
  name: 'dash-credit',
  pass: 1,
  reads: ['before', 'after', 'paragraph-after'],
  confidence: 0.85,
  local: true,
  passesOn: true,
  doc: `\`"…" — Commissioner X\` at the end of the paragraph, or on a short line of its own right after it (\`"…" ¶ - Bernie Sanders.\`). The credit must start with a capital (\`"…" - the first to …\` is none), and a partial quote inside the writer's sentence takes no dash credit (\`Rajoy insisted his party was "…"--Kim Hjelmgaard.\`: the item's writer).`,
  examples: [
    {
      text: wire(`"Three boats were damaged in the storm and will not sail before June." — Mayor Ingrid Solberg`),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {text: wire(`Mayor Ingrid Solberg insisted the boats were "unsafe"--Lars Berg.`), speaker: 'Lars Berg'}
  ],
  find(sieve, index) {
    return findDashCredit(sieve.context, sieve.context.runs[index], sieve.windows(index).before)
  }
})
