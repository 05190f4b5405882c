/**
 * Pairing quotation marks into quoted runs, paragraph by paragraph.
 *
 * - Each family pairs with itself (`“…”`, `«…»` or `»…«`, `„…“`, `「…」`, `‘…’`).
 * - Straight and symmetric marks toggle; an opening curly mark inside an open
 *   run closes that run and opens a new one (a closing mark was left out).
 * - Single marks open only inside another run (nested quotes), unless the
 *   story uses them as its outer marks (British style).
 * - A run left open at a paragraph's end ends there; when the next paragraph
 *   opens with a mark of the same family it continues the quotation
 *   (multi-paragraph quotation), else an `unclosed-quotation` warning is
 *   reported. A closing mark with nothing open gives `unopened-quotation`.
 *
 * Linear in the number of marks.
 *
 * @module
 */

import type {RuleId} from '../messages.js'
import {detectStyle, isSpaceAt, scanMarks, type MarkFamily, type MarkStyle, type MarkToken} from './marks.js'
import {sortInPlace} from '../util/sort.js'

/** A stretch of the input (end exclusive). */
export interface Range {
  start: number
  end: number
}

/** A quoted run as paired. */
export interface QuotedRun {
  family: MarkFamily
  /** Nesting depth (0 outermost). */
  depth: number
  open: MarkToken | null
  close: MarkToken | null
  /** Content offsets, white space trimmed. */
  start: number
  end: number
  /** Index of the paragraph. */
  paragraph: number
  /** Whether the run is left open and the next paragraph carries on the quotation. */
  continues: boolean
  /** Whether the run carries on a quotation from the previous paragraph. */
  continued: boolean
}

/** A problem found while pairing. */
export interface PairWarning {
  reason: string
  start: number
  end: number
  ruleId: RuleId
}

/** Result of {@link pairQuotes}. */
export interface PairResult {
  runs: QuotedRun[]
  /** The first {@link maxPairWarnings} warnings, in the order found. */
  warnings: PairWarning[]
  /** How many warnings there were in all. */
  warningCount: number
}

/** Most warnings {@link pairQuotes} keeps (hostile input has one a mark); the rest are only counted. */
export const maxPairWarnings = 1000

interface Frame {
  mark: MarkToken
  family: MarkFamily
}

/**
 * The marks open in a unit: a stack of frames, and for each family the stack
 * indices of its open frames (ascending), so that the innermost open frame of
 * a family is found in constant time, not by a search down the whole stack
 * (`「 abc』` repeated opens thousands of corners that no white-corner mark
 * closes).
 */
interface OpenMarks {
  frames: Frame[]
  byFamily: Record<MarkFamily, number[]>
}

function openMarks(): OpenMarks {
  return {frames: [], byFamily: {double: [], single: [], guillemet: [], angle: [], corner: [], 'white-corner': []}}
}

function pushFrame(open: OpenMarks, frame: Frame): void {
  open.byFamily[frame.family].push(open.frames.length)
  open.frames.push(frame)
}

function popFrame(open: OpenMarks): Frame {
  const frame = open.frames.pop()!
  // The innermost frame of the stack is the innermost of its family.
  open.byFamily[frame.family].pop()
  return frame
}

/** Stack index of the innermost open frame of `family`, or -1. */
function innermost(open: OpenMarks, family: MarkFamily): number {
  const indices = open.byFamily[family]
  return indices.length > 0 ? indices[indices.length - 1] : -1
}

/** Families that can open an outer quotation. */
function opensOuter(family: MarkFamily, style: MarkStyle): boolean {
  return family !== 'single' || style.singlePrimary
}

/** Whether a paragraph opens with a mark of `family` (a continued quotation). */
function opensWith(text: string, range: Range, family: MarkFamily, style: MarkStyle): boolean {
  let at = range.start
  const limit = Math.min(range.end, at + 8)
  while (at < limit && isSpaceAt(text, at)) at++
  if (at >= limit) return false
  const marks = scanMarks(text, at, Math.min(range.end, at + 2), style)
  const first = marks[0]
  return first !== undefined && first.start === at && first.family === family && first.shape !== 'close'
}

/** The next line feed at or after `from`, or the text's length. */
function nextBreak(text: string, from: number): number {
  const at = text.indexOf('\n', from)
  return at < 0 ? text.length : at
}

/** A stretch paired on its own: a paragraph, or a line of one. */
interface Unit {
  range: Range
  paragraph: number
}

/**
 * Cut paragraphs at line breaks that follow the end of a sentence
 * (`…the bomb.⏎Donald Trump.`): a line that ends a sentence ends the quoted
 * runs left open in it, as a paragraph does. Breaks inside a sentence
 * (hard-wrapped copy) do not cut.
 */
function lineUnits(text: string, paragraphs: readonly Range[]): Unit[] {
  const units: Unit[] = []
  // One cursor over the line breaks of the whole text: linear even when paragraphs hold none.
  let at = -1
  paragraphs.forEach((range, paragraph) => {
    let start = range.start
    if (at < start) at = nextBreak(text, start)
    while (at < range.end) {
      let back = at - 1
      while (back > start && (text.charAt(back) === '\r' || text.charAt(back) === ' ' || text.charAt(back) === '\t')) back--
      while (back > start && /["”’)\]]/.test(text.charAt(back))) back--
      if (back > start && /[.!?]/.test(text.charAt(back))) {
        units.push({range: {start, end: at}, paragraph})
        start = at + 1
      }
      at = nextBreak(text, at + 1)
    }
    units.push({range: {start, end: range.end}, paragraph})
  })
  return units
}

/**
 * Pair the quotation marks of the paragraphs.
 *
 * @param text The input.
 * @param paragraphs Body paragraph ranges, in order.
 * @param skip Paragraphs left out, by index (dense with marks, `density.ts`): their marks are text.
 */
export function pairQuotes(text: string, paragraphs: readonly Range[], skip: readonly boolean[] = []): PairResult {
  const runs: QuotedRun[] = []
  const kept: PairWarning[] = []
  let warningCount = 0
  const warnings = {
    push(warning: PairWarning): void {
      if (warningCount++ < maxPairWarnings) kept.push(warning)
    }
  }
  if (paragraphs.length === 0) return {runs, warnings: kept, warningCount}
  const first = paragraphs[0]
  const last = paragraphs[paragraphs.length - 1]
  const style = detectStyle(text, first.start, last.end)
  let carried: MarkFamily | null = null
  const units = lineUnits(text, paragraphs)

  units.forEach((unit, unitIndex) => {
    const range = unit.range
    const index = unit.paragraph
    if (skip[index] === true) {
      carried = null
      return
    }
    const marks = scanMarks(text, range.start, range.end, style)
    const open = openMarks()
    const stack = open.frames
    const continuedFamily = carried
    carried = null

    // Frames dropped by one closing mark all end at it: the white space before it is found once, not once a frame.
    let spaceFrom = -1
    let spaceEnd = -1
    const emit = (frame: Frame, depth: number, close: MarkToken | null, end: number): void => {
      let start = frame.mark.end
      while (start < end && isSpaceAt(text, start)) start++
      if (end !== spaceEnd) {
        spaceEnd = end
        spaceFrom = end
        while (spaceFrom > range.start && isSpaceAt(text, spaceFrom - 1)) spaceFrom--
      }
      const stop = Math.max(start, spaceFrom)
      if (stop <= start) return
      runs.push({
        family: frame.family,
        depth,
        open: frame.mark,
        close,
        start,
        end: stop,
        paragraph: index,
        continues: false,
        continued: depth === 0 && continuedFamily === frame.family && frame.mark.start === firstMarkStart
      })
    }

    const firstMarkStart = marks.length > 0 ? marks[0].start : -1

    /** Close frame `at` of the stack with `mark`; frames above it are dropped (single) or ended there. */
    const closeAt = (at: number, mark: MarkToken): void => {
      while (stack.length - 1 > at) {
        const inner = popFrame(open)
        if (inner.family !== 'single') {
          emit(inner, stack.length, null, mark.start)
          warnings.push({
            reason: 'Quotation opened here is not closed before its outer quotation ends',
            start: inner.mark.start,
            end: inner.mark.end,
            ruleId: 'unclosed-quotation'
          })
        }
      }
      const frame = popFrame(open)
      emit(frame, stack.length, mark, mark.start)
    }

    for (const mark of marks) {
      const at = innermost(open, mark.family)
      if (at >= 0) {
        if (mark.family === 'single' && mark.shape === 'open') {
          // A nested single inside a single: treat as a new nesting level.
          pushFrame(open, {mark, family: mark.family})
          continue
        }
        if (mark.shape === 'open' && (mark.family === 'corner' || mark.family === 'white-corner')) {
          pushFrame(open, {mark, family: mark.family})
          continue
        }
        closeAt(at, mark)
        if (mark.shape === 'open' && mark.family === 'double') {
          // `“A “B”`: the second opening mark closes the first and opens again.
          pushFrame(open, {mark, family: mark.family})
        }
        continue
      }
      if (mark.shape === 'close') {
        if (mark.family !== 'single') {
          warnings.push({
            reason: 'Closing quotation mark with no opening mark before it',
            start: mark.start,
            end: mark.end,
            ruleId: 'unopened-quotation'
          })
        }
        continue
      }
      if (stack.length === 0 && !opensOuter(mark.family, style)) continue
      if (mark.family === 'single' && mark.shape === 'either') continue
      pushFrame(open, {mark, family: mark.family})
    }

    // Runs left open at the paragraph's end.
    while (stack.length > 0) {
      const frame = popFrame(open)
      if (frame.family === 'single' && !style.singlePrimary) continue
      const depth = stack.length
      const before = runs.length
      emit(frame, depth, null, range.end)
      const next = units[unitIndex + 1]
      const continues = depth === 0 && next !== undefined && skip[next.paragraph] !== true && opensWith(text, next.range, frame.family, style)
      if (continues) {
        carried = frame.family
        if (runs.length > before) runs[runs.length - 1].continues = true
      } else {
        warnings.push({
          reason: 'Quotation mark opened here is not closed by the end of the paragraph',
          start: frame.mark.start,
          end: frame.mark.end,
          ruleId: 'unclosed-quotation'
        })
      }
    }
  })

  sortInPlace(runs, (a, b) => a.start - b.start || a.depth - b.depth)
  return {runs, warnings: kept, warningCount}
}
