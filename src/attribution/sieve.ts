/**
 * The attribution sieve: the configured rules (`rules/index.ts`) with the
 * user's (`custom.ts`) inserted where they are anchored, run on the
 * quotations of a paragraph — pass 1 on each, pass 2 on those pass 1 left —
 * the first rule that finds a speaker wins. The runner writes the rule's name
 * and confidence on what it found (`attributionOf`) and keeps the groups of
 * split and continued quotations. See `docs/attribution.md`.
 *
 * Rules look only at bounded windows around the quotation (its sentence, its
 * paragraph, the paragraph before), so the stage stays linear.
 *
 * @module
 */

import type {Attribution, RunWindows, SieveContext} from './context.js'
import {customRule, type SpeakerRule} from './custom.js'
import {attributionOf, type SieveRule, type SieveView} from './rule.js'
import {sieveRules} from './rules/index.js'
import {runWindows} from './windows.js'

/** The rules of one call, by pass, in order. */
export interface SieveSteps {
  pass1: readonly SieveRule[]
  pass2: readonly SieveRule[]
}

const builtinSteps: SieveSteps = byPass(sieveRules)

/**
 * The rules of `configuration` (the built-in list) with `custom` inserted: right before or after the rule each names (before or after all the
 * rules that share that rule's scan), in that rule's pass; with no anchor, last.
 *
 * @throws {RangeError} A rule names no rule before it.
 */
export function sieveSteps(
  custom: readonly SpeakerRule[],
  configuration: readonly SieveRule[] = sieveRules
): SieveSteps {
  if (custom.length === 0) return configuration === sieveRules ? builtinSteps : byPass(configuration)
  const steps: SieveRule[] = [...configuration]
  for (const rule of custom) {
    const anchor = rule.before ?? rule.after ?? null
    let at = steps.length
    let pass: 1 | 2 = 2
    if (anchor !== null) {
      const found = steps.findIndex((step) => step.name === anchor)
      if (found < 0)
        throw new RangeError('wirestory: unknown sieve rule `' + anchor + '` for custom rule `' + rule.name + '`')
      const scan = steps[found].scan
      at = found
      if (rule.before) {
        while (scan !== undefined && at > 0 && steps[at - 1].scan === scan) at--
      } else {
        at++
        while (scan !== undefined && at < steps.length && steps[at].scan === scan) at++
      }
      pass = steps[found].pass
    }
    steps.splice(at, 0, customRule(rule, pass))
  }
  return byPass(steps)
}

function byPass(steps: readonly SieveRule[]): SieveSteps {
  return {pass1: steps.filter((step) => step.pass === 1), pass2: steps.filter((step) => step.pass === 2)}
}

/** The sieve of one call: what it found so far, and the paragraph it reads. */
export interface Sieve extends SieveView {
  /** By outer run: its attribution (`null`: none). */
  readonly attributions: Array<Attribution | null>
  /** By outer run: the index of the first run of its group. */
  readonly groups: number[]
  /** Attribute the runs `[first, last)` of paragraph `paragraph`: pass 1, then pass 2. */
  readParagraph(paragraph: number, first: number, last: number): void
  /** The last speaker of paragraph `paragraph` (carried over to a quotation that opens the next). */
  carry(paragraph: number, attribution: Attribution | null, hadRuns: boolean): void
}

/** A sieve over the outer runs of `context`. */
export function createSieve(context: SieveContext, steps: SieveSteps): Sieve {
  return new SieveRunner(context, steps)
}

/** The sieve of one call (a class: one shape for every call, its methods shared). */
class SieveRunner implements Sieve {
  readonly context: SieveContext
  readonly attributions: Array<Attribution | null>
  readonly groups: number[]
  paragraph = 0
  first = 0
  last = 0
  carried: Sieve['carried'] = null
  private readonly steps: SieveSteps
  private windowsFor = -1
  private lastWindows: RunWindows | null = null
  // Next attributed run of the paragraph, computed once per paragraph when first asked for.
  private nextFor = -1
  private nextList: Array<Attribution | null> = []
  private readonly slots = new Map<unknown, {index: number; value: unknown}>()

  constructor(context: SieveContext, steps: SieveSteps) {
    this.context = context
    this.steps = steps
    this.attributions = context.runs.map(() => null)
    this.groups = context.runs.map((_, index) => index)
  }

  windows(index: number): RunWindows {
    if (this.windowsFor !== index || !this.lastWindows) {
      this.lastWindows = runWindows(this.context, index)
      this.windowsFor = index
    }
    return this.lastWindows
  }

  nextAttributed(index: number): Attribution | null {
    if (this.nextFor !== this.paragraph) {
      this.nextFor = this.paragraph
      this.nextList = nextAttributions(this.attributions, this.first, this.last)
    }
    return this.nextList[index - this.first] ?? null
  }

  shared<T>(scan: (view: SieveView, index: number) => T, index: number): T {
    const slot = this.slots.get(scan)
    if (slot && slot.index === index) return slot.value as T
    const value = scan(this, index)
    if (slot) {
      slot.index = index
      slot.value = value
    } else this.slots.set(scan, {index, value})
    return value
  }

  readParagraph(paragraph: number, first: number, last: number): void {
    this.paragraph = paragraph
    this.first = first
    this.last = last
    const {attributions} = this
    for (let i = first; i < last; i++) {
      const found = this.firstFound(this.steps.pass1, i)
      attributions[i] = found
      if (found && found.mention && found.mention.entity) {
        this.context.history.entries.push({entity: found.mention.entity, offset: found.mention.start})
      }
    }
    for (let i = first; i < last; i++) {
      if (!attributions[i]) attributions[i] = this.firstFound(this.steps.pass2, i)
    }
  }

  carry(paragraph: number, attribution: Attribution | null, hadRuns: boolean): void {
    if (attribution) this.carried = {paragraph, attribution}
    else if (hadRuns) this.carried = null
  }

  /** The attribution of the first rule of `rules` that finds a speaker for run `index`. */
  private firstFound(rules: readonly SieveRule[], index: number): Attribution | null {
    for (const rule of rules) {
      const finding = rule.find(this, index)
      if (!finding) continue
      if ((finding.as ?? rule).joinsGroup && index > 0) this.groups[index] = this.groups[index - 1]
      return attributionOf(rule, finding)
    }
    return null
  }
}

/** For each run of `[first, last)`: the attribution of the next attributed run after it. */
function nextAttributions(
  attributions: ReadonlyArray<Attribution | null>,
  first: number,
  last: number
): Array<Attribution | null> {
  const next: Array<Attribution | null> = []
  let found: Attribution | null = null
  for (let k = last - 1; k >= first; k--) {
    next[k - first] = found
    if (attributions[k]) found = attributions[k]
  }
  return next
}
