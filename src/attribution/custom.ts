/**
 * The user's speaker rules (the `rules` option): their interface, and the
 * adapter that makes each a rule of the sieve, inserted before or after the
 * rule it names.
 *
 * @module
 */

import {entityForName} from '../speakers/index.js'
import {tokenAt} from '../text/tokens.js'
import type {RunWindows} from './context.js'
import {resolvePhrase, type SpeakerMention} from '../speakers/index.js'
import type {RuleDescription, SieveRule, SieveView} from './rule.js'
import type {SieveRuleName} from './rules/index.js'

/** What a custom speaker rule sees of a quotation. Offsets are UTF-16 code units into `text`. */
export interface SpeakerRuleContext {
  /** The whole input. */
  text: string
  /** The quotation: its words (`start`–`end`, marks excluded) and its marks (`open`–`close`, marks included). */
  quotation: {value: string; start: number; end: number; open: number; close: number}
  /** Index of the quotation's paragraph among the article's paragraphs, and its range. */
  paragraph: {index: number; start: number; end: number}
  /** The quotation's sentence before the opening mark (`Vulin said: `). */
  before: {value: string; start: number; end: number}
  /** The quotation's sentence after the closing mark (`, he said.`). */
  after: {value: string; start: number; end: number}
}

/** What a custom speaker rule returns: where the speaker is named, or a name. */
export interface SpeakerRuleResult {
  /** Start offset of the words naming the speaker (`the forecaster`, `Vulin`); resolved like any mention. */
  start?: number | null | undefined
  /** End offset of the words naming the speaker. */
  end?: number | null | undefined
  /** The speaker's name, when the text does not hold it or to override the resolution. */
  name?: string | null | undefined
  /** Kind of a speaker given by `name` (default `person`). */
  kind?: 'person' | 'organisation' | null | undefined
  /** 0–1 (default `0.8`). */
  confidence?: number | null | undefined
}

/**
 * A custom speaker rule (the `rules` option of `parseArticle`): it runs in the attribution sieve right before or
 * after the built-in rule it names (with neither, last), in that rule's pass, and the first rule that answers
 * wins. It declares what a built-in rule declares — a `name` (written on `quotation.rule`), a `doc`, `examples`
 * and `counterExamples` — and a `run` function in place of the built-in rules' `find`.
 */
export interface SpeakerRule extends RuleDescription {
  /**
   * Run right before this built-in rule (or before the rules that share its scan). At run time the name of a
   * custom rule earlier in the list is accepted too.
   */
  before?: SieveRuleName | null | undefined
  /** Run right after this built-in rule (or after the rules that share its scan); with neither, the rule runs last. */
  after?: SieveRuleName | null | undefined
  /** The speaker of the quotation, or `null`. A rule that throws fails the parse with an error naming it. */
  run(context: SpeakerRuleContext): SpeakerRuleResult | null | undefined
}

/** `rule` as a rule of the sieve, run in `pass`. */
export function customRule(rule: SpeakerRule, pass: 1 | 2): SieveRule {
  return {
    name: rule.name,
    doc: rule.doc ?? '',
    examples: rule.examples ?? [],
    counterExamples: rule.counterExamples ?? [],
    pass,
    reads: ['quotation', 'before', 'after', 'paragraph'],
    // (The rule's own confidence is the finding's strength.)
    confidence: 1,
    local: false,
    passesOn: true,
    find: (sieve, index) => runCustom(sieve, rule, index, sieve.windows(index))
  }
}

/** Run a custom rule on the run `index`. */
function runCustom(
  sieve: SieveView,
  rule: SpeakerRule,
  index: number,
  windows: RunWindows
): ReturnType<SieveRule['find']> {
  const {text, tokens, runs, paragraphs, registry} = sieve.context
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
    throw new Error(
      'wirestory: custom speaker rule `' + rule.name + '` failed: ' + String((error as Error)?.message ?? error),
      {cause: error}
    )
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
    if (to > from) mention = resolvePhrase(registry, sieve.context.history, {from, to})
    if (mention && typeof result.name === 'string' && result.name.trim() !== '') {
      mention = {...mention, entity: entityForName(registry, result.name.trim(), result.kind === 'organisation', start)}
    }
    mention ??=
      typeof result.name === 'string' && result.name.trim() !== ''
        ? {
            entity: entityForName(registry, result.name.trim(), result.kind === 'organisation', start),
            kind: result.kind === 'organisation' ? 'organisation' : 'name',
            start,
            end
          }
        : null
  } else if (typeof result.name === 'string' && result.name.trim() !== '') {
    const organisation = result.kind === 'organisation'
    const entity = entityForName(registry, result.name.trim(), organisation, open)
    mention = {entity, kind: organisation ? 'organisation' : 'name', start: open, end: open}
  }
  if (!mention || !mention.entity) return null
  return {mention, cue: null, clauseEnd: windows.after.to, strength: confidence}
}
