/**
 * What a sieve rule is: a declared unit with its name, its pass, what it
 * reads, its confidence, a doc string, examples and counter-examples, and a
 * `find` function. The rules are plain objects in one ordered list
 * (`rules/index.ts`); the runner (`sieve.ts`) tries them in order on each
 * quotation and writes the rule's `name` and confidence on what the first one
 * finds. See `docs/attribution.md`.
 *
 * @module
 */

import type {Attribution, RunWindows, SieveContext} from './context.js'
import type {CueMatch} from './cues.js'
import type {SpeakerMention} from '../speakers/index.js'

/**
 * An example of a rule at work: an invented story and the speaker the rule
 * must give its quotation (an example) or must not give it (a
 * counter-example). Examples run as tests.
 */
export interface RuleExample {
  /** The story: a dateline may open it; paragraphs are separated by blank lines. */
  text: string
  /** The words of the quotation the example is about (without its marks); default the story's first quotation. */
  quotation?: string | undefined
  /** The speaker's name (`null`: no speaker). */
  speaker: string | null
}

/** What every sieve rule declares, built-in or the user's (`SpeakerRule`). */
export interface RuleDescription {
  /** Written on `quotation.rule` when the rule attributes a quotation. */
  name: string
  /** What the rule reads and decides, in a few sentences. */
  doc?: string | undefined
  /** Stories and the speaker the rule gives their quotation. */
  examples?: readonly RuleExample[] | undefined
  /** Stories and a speaker the quotation must not get. */
  counterExamples?: readonly RuleExample[] | undefined
}

/** What a rule reads: the quotation's sentence on either side of its marks, its words, its paragraph and the ones around it, what other rules found. */
export type RuleReads =
  'quotation' | 'before' | 'after' | 'paragraph' | 'paragraph-before' | 'paragraph-after' | 'attributions'

/** What a rule finds: who speaks, by which cue. The runner writes the rule's name and confidence on it. */
export interface Finding {
  mention: SpeakerMention | null
  cue: CueMatch | null
  /** Token index after the cue clause (to link split quotations). */
  clauseEnd: number
  /** Multiplies the rule's confidence: a cue's strength, or the confidence of an attribution taken over. */
  strength?: number | undefined
  /** Which of the rule's confidences applies (a rule with several ways to find a speaker). */
  basis?: string | undefined
  /** Overrides the rule's `passesOn`. */
  passesOn?: boolean | undefined
  /** The rule whose name and confidence the finding is written under, when not the rule that found it. */
  as?: SieveRule | undefined
}

/** A built-in rule of the sieve. */
export interface SieveRule<Name extends string = string> extends RuleDescription {
  name: Name
  doc: string
  examples: readonly RuleExample[]
  counterExamples: readonly RuleExample[]
  /** 1: the quotation's own sentence; 2: its paragraph and the one before, for quotations pass 1 left unattributed. */
  pass: 1 | 2
  reads: readonly RuleReads[]
  /**
   * How sure the rule is, before a cue's strength (or the confidence of the attribution it takes over) multiplies
   * it; by the basis of the finding for a rule with several ways to find a speaker (`{cue: 0.95, name: 0.7}`).
   */
  confidence: number | Readonly<Record<string, number>>
  /**
   * A local rule credits the quotation in its own sentence (a cue clause, a colon, a dash): the quotation is
   * speech whatever its length (`classifySpeech`).
   */
  local: boolean
  /** What it finds passes on to the next part of a split quotation and to earlier parts of a continued one. */
  passesOn: boolean
  /** The quotation joins the group (`quotation.group`) of the quotation before it. */
  joinsGroup?: boolean | undefined
  /**
   * Rules that read one scan of the text and are tried as one step share its name: a custom rule anchored to
   * one of them runs before or after them all.
   */
  scan?: string | undefined
  /**
   * The speaker of quotation `index` (an index into `sieve.context.runs`), or `null`.
   *
   * @internal (The sieve's view of the story is no part of the public API: left out of the declarations.)
   */
  find(sieve: SieveView, index: number): Finding | null
}

/** The sieve as a rule sees it while a paragraph is read. */
export interface SieveView {
  readonly context: SieveContext
  /** What the rules found so far, by run (`null`: nothing yet). */
  readonly attributions: ReadonlyArray<Attribution | null>
  /** Index of the paragraph being read. */
  readonly paragraph: number
  /** Its runs: `[first, last)`. */
  readonly first: number
  readonly last: number
  /** The last speaker of the paragraph before, when it named one (a quotation's or a paraphrase's). */
  readonly carried: {paragraph: number; attribution: Attribution} | null
  /** The windows of run `index` (its sentence on either side of its marks). */
  windows(index: number): RunWindows
  /** The attribution of the next attributed run of the paragraph after `index`. */
  nextAttributed(index: number): Attribution | null
  /** `scan(sieve, index)`, computed once for run `index`: rules that share a scan see one result. */
  shared<T>(scan: (sieve: SieveView, index: number) => T, index: number): T
}

/** Declare a rule (its name is kept as a literal type, for `SieveRuleName`). */
export function defineRule<const Name extends string>(rule: SieveRule<Name>): SieveRule<Name> {
  return rule
}

/** The attribution of `finding` under `rule` (or the rule it names in `as`): its name and confidence written. */
export function attributionOf(rule: SieveRule, finding: Finding): Attribution {
  const unit = finding.as ?? rule
  const declared = unit.confidence
  const base = typeof declared === 'number' ? declared : declared[finding.basis ?? '']
  if (base === undefined)
    throw new Error('wirestory: rule `' + unit.name + '` has no confidence for `' + String(finding.basis) + '`')
  return {
    mention: finding.mention,
    cue: finding.cue,
    rule: unit.name,
    confidence: finding.strength === undefined ? base : base * finding.strength,
    local: unit.local,
    passesOn: finding.passesOn ?? unit.passesOn,
    clauseEnd: finding.clauseEnd
  }
}

/** An attribution taken over by another rule (`split`, `continued`, `paragraph-previous` …): its speaker and cue. */
export function takeOver(found: Attribution, basis?: string): Finding {
  return {mention: found.mention, cue: found.cue, clauseEnd: found.clauseEnd, strength: found.confidence, basis}
}
