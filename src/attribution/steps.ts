/**
 * The sieve as a list of named steps, and custom speaker rules inserted at a
 * named place (`rules` option). Pass 1 steps look at the quotation's own
 * sentence; pass 2 steps at the paragraph and the paragraph before, for
 * quotations pass 1 left unattributed. See `docs/attribution.md`.
 *
 * @module
 */

import {mediumCueLemmas} from '../lexicon/credit-words.js'
import {entityForName} from '../speakers/entities.js'
import {capitalAt, tokenAt} from '../text/tokens.js'
import {breaksLine, endsWithStop, gapEndsSentenceOrLine} from '../text/sentences.js'
import {resolvePhrase, type SpeakerMention} from './resolve.js'
import {
  colonLead,
  colonParagraph,
  cueAfter,
  cueBefore,
  dashCredit,
  paragraphCue,
  previousSubject,
  accordingToEnd,
  quotedAsSaying,
  runWindows,
  speechNoun,
  reportNoun,
  sentenceSubject,
  transcriptLabel,
  restate,
  type Attribution,
  type RunWindows,
  type SieveContext
} from './sieve.js'

/** What a custom speaker rule sees. Offsets are UTF-16 code units into `text`. */
export interface SpeakerRuleContext {
  /** The whole input. */
  text: string
  /** The quotation: its words (`start`–`end`, marks excluded) and its marks (`open`–`close`, marks included). */
  quotation: {value: string; start: number; end: number; open: number; close: number}
  /** Index of the quotation's paragraph among the article's paragraphs, and its range. */
  paragraph: {index: number; start: number; end: number}
  /** The quotation's sentence before the opening mark (`Vulin said: `) and after the closing mark (`, he said.`). */
  before: {value: string; start: number; end: number}
  after: {value: string; start: number; end: number}
}

/** What a custom speaker rule returns: where the speaker is named, or a name. */
export interface SpeakerRuleResult {
  /** Offsets of the words naming the speaker (`the forecaster`, `Vulin`); resolved like any mention. */
  start?: number | null | undefined
  end?: number | null | undefined
  /** The speaker's name, when the text does not hold it or to override the resolution. */
  name?: string | null | undefined
  /** Kind of a speaker given by `name` (default `person`). */
  kind?: 'person' | 'organisation' | null | undefined
  /** 0–1 (default `0.8`). */
  confidence?: number | null | undefined
}

/** A custom speaker rule: inserted into the sieve before or after a named rule. */
export interface SpeakerRule {
  /** Written on `quotation.rule` when the rule attributes a quotation. */
  name: string
  /** Run before the rule of this name (one of {@link sieveRuleNames}). */
  before?: string | null | undefined
  /** Run after the rule of this name (one of {@link sieveRuleNames}); with neither, the rule runs last. */
  after?: string | null | undefined
  run(context: SpeakerRuleContext): SpeakerRuleResult | null | undefined
}

/** State shared by the pass-2 steps while a paragraph is read. */
export interface PassState {
  first: number
  last: number
  paragraph: number
  lastSpeakerOfParagraph: {paragraph: number; attribution: Attribution} | null
}

/** A step of the sieve. */
export interface SieveStep {
  name: string
  pass: 1 | 2
  run: (index: number) => Attribution | null
}

/** Names of the built-in rules in sieve order (pass 1, then pass 2). */
export const sieveRuleNames: readonly string[] = [
  'quoted-as-saying',
  'cue-after',
  'colon-lead',
  'dash-credit',
  'cue-before',
  'speech-noun',
  'report-noun',
  'transcript-label',
  'according-to-end',
  'split',
  'continued',
  'paragraph-previous',
  'paragraph-next',
  'paragraph-cue',
  'colon-paragraph',
  'carry-over',
  'previous-subject',
  'sentence-subject'
]

/** Cues by which a medium passes on what someone said. */
const reportLemmas = new Set(mediumCueLemmas)

const splitGapRe = /^[\s,.;:—–-]*$/
const blankRe = /^[\s]*$/

/** Build the steps of one call (closures over its state). */
export function sieveSteps(
  context: SieveContext,
  attributions: Array<Attribution | null>,
  groups: number[],
  state: PassState,
  rules: readonly SpeakerRule[]
): SieveStep[] {
  const {text, tokens, runs, paragraphs} = context
  let windowsFor = -1
  let windows: RunWindows | null = null
  const windowsOf = (index: number): RunWindows => {
    if (windowsFor !== index || !windows) {
      windows = runWindows(context, index)
      windowsFor = index
    }
    return windows
  }
  const opensParagraph = (index: number): boolean => {
    const run = runs[index]
    return blankRe.test(text.slice(paragraphs[run.paragraph].start, run.open ? run.open.start : run.start))
  }
  // Next attributed run of the paragraph, computed once per paragraph when needed.
  let nextFor = -1
  let nextAttributed: Array<Attribution | null> = []
  const nextOf = (index: number): Attribution | null => {
    if (nextFor !== state.paragraph) {
      nextFor = state.paragraph
      nextAttributed = []
      let found: Attribution | null = null
      for (let k = state.last - 1; k >= state.first; k--) {
        nextAttributed[k - state.first] = found
        if (attributions[k]) found = attributions[k]
      }
    }
    return nextAttributed[index - state.first] ?? null
  }

  // A quotation inside a writer's sentence whose subject names someone (`Trump groused that CNN "…"`)
  // belongs to that subject, not to the paragraph's other speaker (rule `sentence-subject`).
  const ownSubject = (index: number): boolean => {
    const before = windowsOf(index).before
    return before.to - before.from >= 3 && sentenceSubject(context, runs[index], before) !== null
  }

  // The same, when the window holds the sentence from its start, not from the close of an earlier quotation
  // of the sentence (`McCaskill said voters would find it "…" Sanders' self-description of being a "…"`).
  const ownSentenceSubject = (index: number): boolean => {
    const before = windowsOf(index).before
    const previous = runs[index - 1]
    if (before.to <= before.from) return false
    if (previous && previous.paragraph === runs[index].paragraph) {
      const gap = text.slice(previous.close ? previous.close.end : previous.end, tokens.start[before.from])
      // (An earlier quotation that ends its sentence — `….” On Monday, …` — or its line leaves the sentence whole.)
      const closed = breaksLine(gap) || (endsWithStop(text, previous.end) && capitalAt(tokens, before.from))
      if (blankRe.test(gap) && !closed) return false
    }
    return ownSubject(index)
  }

  // `Pope Benedict XVI learned with "deep distress" of the "unlawful" ordination …, the Vatican said.`: the next
  // quotation of the same sentence is credited after it, by a cue that closes the sentence — the credit is
  // the source of the whole sentence, not its subject.
  const creditClosesSentence = (index: number): boolean => {
    const next = runs[index + 1]
    const found = index + 1 < state.last ? attributions[index + 1] : null
    const run = runs[index]
    if (!next || !found || !found.cue || (found.rule !== 'sentence-cue-after' && found.rule !== 'cue-after') || next.paragraph !== run.paragraph || !run.close || !next.open) return false
    if (found.cue.from < tokenAt(tokens, next.close ? next.close.end : next.end)) return false
    const gap = text.slice(run.close.end, next.open.start)
    return gap.length < 200 && !gapEndsSentenceOrLine(gap)
  }

  const steps: SieveStep[] = [
    {name: 'quoted-as-saying', pass: 1, run: (i) => quotedAsSaying(context, windowsOf(i).after) ?? quotedAsSaying(context, windowsOf(i).before)},
    {
      name: 'cue-after',
      pass: 1,
      run: (i) => {
        const found = cueAfter(context, windowsOf(i).after)
        // `Saudi Arabia said on Saturday that the hanging caused "…", the official Saudi Press Agency
        // reported.`: a medium that reports the sentence is not who said it; a named speaker of the
        // sentence's own cue is.
        if (found && found.cue && reportLemmas.has(found.cue.lemma) && found.mention?.entity?.kind === 'organisation') {
          const inner = cueBefore(context, windowsOf(i).before)
          if (inner && inner.mention?.entity && inner.mention.kind !== 'pronoun' && inner.mention.kind !== 'nominal') return inner
        }
        return found
      }
    },
    {name: 'colon-lead', pass: 1, run: (i) => colonLead(context, runs[i], windowsOf(i).before)},
    {name: 'dash-credit', pass: 1, run: (i) => dashCredit(context, runs[i], windowsOf(i).before)},
    {name: 'cue-before', pass: 1, run: (i) => cueBefore(context, windowsOf(i).before)},
    {name: 'speech-noun', pass: 1, run: (i) => speechNoun(context, windowsOf(i).before)},
    {name: 'report-noun', pass: 1, run: (i) => reportNoun(context, windowsOf(i).before)},
    {name: 'transcript-label', pass: 1, run: (i) => transcriptLabel(context, runs[i])},
    {name: 'according-to-end', pass: 1, run: (i) => accordingToEnd(context, windowsOf(i).after)},
    {
      name: 'split',
      pass: 2,
      run: (i) => {
        const previous = i > state.first ? attributions[i - 1] : null
        const run = runs[i]
        if (!previous || !previous.local || !previous.cue) return null
        const clauseEnd = previous.clauseEnd - 1
        if (clauseEnd < 0 || clauseEnd >= tokens.length || !run.open || !splitGapRe.test(text.slice(tokens.end[clauseEnd], run.open.start))) return null
        groups[i] = groups[i - 1]
        return restate(previous, 'split', true, previous.confidence)
      }
    },
    {
      name: 'continued',
      pass: 2,
      run: (i) => {
        const previous = attributions[i - 1]
        if (!runs[i].continued || i === 0 || !runs[i - 1].continues || !previous) return null
        groups[i] = groups[i - 1]
        return restate(previous, 'continued', true, previous.confidence)
      }
    },
    {
      name: 'paragraph-previous',
      pass: 2,
      run: (i) => {
        if (ownSubject(i)) return null
        const previous = i > state.first ? attributions[i - 1] : null
        return previous ? restate(previous, 'paragraph-previous', false, previous.confidence * 0.9) : null
      }
    },
    {
      name: 'paragraph-next',
      pass: 2,
      run: (i) => {
        if (ownSubject(i) && !creditClosesSentence(i)) return null
        const next = nextOf(i)
        return next ? restate(next, 'paragraph-next', false, next.confidence * 0.85) : null
      }
    },
    {name: 'paragraph-cue', pass: 2, run: (i) => (ownSentenceSubject(i) ? null : paragraphCue(context, runs[i]))},
    {name: 'colon-paragraph', pass: 2, run: (i) => (opensParagraph(i) ? colonParagraph(context, runs[i]) : null)},
    {
      name: 'carry-over',
      pass: 2,
      run: (i) => {
        const carried = state.lastSpeakerOfParagraph
        if (!opensParagraph(i) || !carried || carried.paragraph !== state.paragraph - 1) return null
        const run = runs[i]
        if (run.continued && i > 0) groups[i] = groups[i - 1]
        return restate(carried.attribution, run.continued ? 'continued' : 'carry-over', false, carried.attribution.confidence * 0.8)
      }
    },
    {name: 'previous-subject', pass: 2, run: (i) => (opensParagraph(i) ? previousSubject(context, runs[i]) : null)},
    {name: 'sentence-subject', pass: 2, run: (i) => sentenceSubject(context, runs[i], windowsOf(i).before, windowsOf(i).after)}
  ]

  for (const rule of rules) {
    const anchor = rule.before ?? rule.after ?? null
    let at = steps.length
    let pass: 1 | 2 = 2
    if (anchor !== null) {
      const found = steps.findIndex((step) => step.name === anchor)
      if (found < 0) throw new RangeError('wirestory: unknown sieve rule `' + anchor + '` for custom rule `' + rule.name + '`')
      at = rule.before ? found : found + 1
      pass = steps[found].pass
    }
    steps.splice(at, 0, {name: rule.name, pass, run: (i) => runCustom(context, rule, i, windowsOf(i))})
  }
  return steps
}

/** Run a custom rule on the run `index`. */
function runCustom(context: SieveContext, rule: SpeakerRule, index: number, windows: RunWindows): Attribution | null {
  const {text, tokens, runs, paragraphs, registry} = context
  const run = runs[index]
  const paragraph = paragraphs[run.paragraph]
  const open = run.open ? run.open.start : run.start
  const close = run.close ? run.close.end : run.end
  const beforeStart = windows.before.to > windows.before.from ? tokens.start[windows.before.from] : open
  const afterEnd = windows.after.to > windows.after.from ? tokens.end[windows.after.to - 1] : close
  let result: SpeakerRuleResult | null | undefined
  try {
    result = rule.run({
      text,
      quotation: {value: text.slice(run.start, run.end), start: run.start, end: run.end, open, close},
      paragraph: {index: run.paragraph, start: paragraph.start, end: paragraph.end},
      before: {value: text.slice(beforeStart, open), start: beforeStart, end: open},
      after: {value: text.slice(close, afterEnd), start: close, end: afterEnd}
    })
  } catch (error) {
    throw new Error('wirestory: custom speaker rule `' + rule.name + '` failed: ' + String((error as Error)?.message ?? error), {cause: error})
  }
  if (!result) return null
  const confidence = typeof result.confidence === 'number' ? Math.min(1, Math.max(0, result.confidence)) : 0.8
  let mention: SpeakerMention | null = null
  const start = typeof result.start === 'number' ? result.start : null
  const end = typeof result.end === 'number' ? result.end : null
  if (start !== null && end !== null && end > start && start >= 0 && end <= text.length) {
    const from = tokenAt(tokens, start)
    let to = from
    while (to < tokens.length && tokens.end[to] <= end) to++
    if (to > from) mention = resolvePhrase(registry, context.history, {from, to})
    if (mention && typeof result.name === 'string' && result.name.trim() !== '') {
      mention = {...mention, entity: entityForName(registry, result.name.trim(), result.kind === 'organisation', start)}
    }
    mention ??= typeof result.name === 'string' && result.name.trim() !== ''
      ? {entity: entityForName(registry, result.name.trim(), result.kind === 'organisation', start), kind: result.kind === 'organisation' ? 'organisation' : 'name', start, end}
      : null
  } else if (typeof result.name === 'string' && result.name.trim() !== '') {
    const organisation = result.kind === 'organisation'
    const entity = entityForName(registry, result.name.trim(), organisation, open)
    mention = {entity, kind: organisation ? 'organisation' : 'name', start: open, end: open}
  }
  if (!mention || !mention.entity) return null
  return {mention, cue: null, rule: rule.name, confidence, local: true, clauseEnd: windows.after.to}
}
