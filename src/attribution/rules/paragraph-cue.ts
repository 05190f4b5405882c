/**
 * The sieve rule `paragraph-cue`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import type {QuotedRun} from '../../quotes/pair.js'
import {breaksLine, endsWithStop} from '../../text/sentences.js'
import {capitalAt, tokenAt} from '../../text/tokens.js'
import {firstStartingAt} from '../../util/bisect.js'
import {resolve, type SieveContext} from '../context.js'
import {cueAt, prepositionObject, subjectAfter, subjectBefore} from '../cues.js'
import {blankRe, ownSubject} from '../paragraph.js'
import {defineRule, type Finding, type SieveView} from '../rule.js'
import {invertedAt} from '../subjects.js'
import {wire} from './wire.js'

/** Whether `offset` lies inside an outer run of `run`'s paragraph that starts before `before`, other than `run`. */
function insideOtherRun(runs: readonly QuotedRun[], offset: number, run: QuotedRun, before: number): boolean {
  const found = firstStartingAt(runs, offset + 1) - 1
  if (found < 0) return false
  const other = runs[found]
  return other !== run && other.paragraph === run.paragraph && other.start < before && offset < other.end
}

/**
 * A quotation inside a writer's sentence whose subject names someone, the sentence read from its start — not
 * from the close of an earlier quotation of the sentence (`McCaskill said voters would find it "…" Sanders'
 * self-description of being a "…"`).
 */
function ownSentenceSubject(sieve: SieveView, index: number): boolean {
  const {text, tokens, runs} = sieve.context
  const before = sieve.windows(index).before
  const previous = runs[index - 1]
  if (before.to <= before.from) return false
  if (previous && previous.paragraph === runs[index].paragraph) {
    const gap = text.slice(previous.close ? previous.close.end : previous.end, tokens.start[before.from])
    // (An earlier quotation that ends its sentence — `….” On Monday, …` — or its line leaves the sentence whole.)
    const closed = breaksLine(gap) || (endsWithStop(text, previous.end) && capitalAt(tokens, before.from))
    if (blankRe.test(gap) && !closed) return false
  }
  return ownSubject(sieve, index)
}

/** A cue with a subject in a sentence of the paragraph before the quotation, nearest first. */
function findParagraphCue(context: SieveContext, run: QuotedRun): Finding | null {
  const {tokens, text} = context
  const paragraph = context.paragraphs[run.paragraph]
  const start = run.open ? run.open.start : run.start
  const to = tokenAt(tokens, start)
  const from = Math.max(tokenAt(tokens, paragraph.start), to - 80)
  // Skip tokens inside other quotations of the paragraph (runs are sorted and
  // do not overlap, so the one that could hold an offset is found by bisection).
  for (let i = to - 1; i >= from; i--) {
    if (insideOtherRun(context.runs, tokens.start[i], run, start)) continue
    const cue = cueAt(context.cues, tokens, i)
    if (!cue || cue.strength < 0.9) continue
    const phrase =
      cue.lemma === 'according to'
        ? subjectAfter(text, tokens, cue.to, to, context.lexicon)
        : subjectBefore(text, tokens, i, from, context.lexicon)
    // `…, said Bart Naylor, advocate for Public Citizen. "…"`: an inverted cue after a comma, a name after it.
    const inverted = cue.lemma !== 'according to' && invertedAt(context, i, cue, {from, to})
    if (!inverted && phrase && cue.lemma !== 'according to' && prepositionObject(text, tokens, phrase, from, i))
      continue
    const mention = inverted
      ? resolve(context, subjectAfter(text, tokens, cue.to, to, context.lexicon))
      : resolve(context, phrase)
    if (mention && mention.entity) {
      return {mention, cue, clauseEnd: cue.to, strength: cue.strength}
    }
  }
  return null
}

/** Rule `paragraph-cue`. */
export const paragraphCue = defineRule({
  name: 'paragraph-cue',
  pass: 2,
  reads: ['paragraph'],
  confidence: 0.75,
  local: false,
  passesOn: false,
  doc: `A sentence of the paragraph before the quotation has a cue (strength 0.9 or more) and a subject (\`Yishai said on Friday. "…"\`), or an inverted cue after a comma with a name after it (\`…, said Bart Naylor, advocate for Public Citizen. "…"\`); the nearest such cue, skipping other quotations of the paragraph. Not for a quotation inside a writer's sentence, read from its start, whose own subject names someone (\`… he said. On Monday, Trump groused to a crowd that CNN "…"\` → Trump, by \`sentence-subject\`); a window that starts at the close of an earlier quotation of the sentence does not count.`,
  examples: [
    {
      text: wire(`Mayor Ingrid Solberg said the boats were old. "The storm is the worst in years."`),
      speaker: 'Ingrid Solberg'
    }
  ],
  counterExamples: [
    {
      text: wire(
        `Mayor Ingrid Solberg said the boats were old. On Monday, union leader Lars Berg dismissed the warning as "panic".`
      ),
      speaker: 'Ingrid Solberg'
    }
  ],
  find(sieve, index) {
    return ownSentenceSubject(sieve, index) ? null : findParagraphCue(sieve.context, sieve.context.runs[index])
  }
})
