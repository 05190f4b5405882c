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
import {
  detectStyle,
  forEachMark,
  isSpaceAt,
  scanMarks,
  type MarkFamily,
  type MarkStyle,
  type MarkToken
} from './marks.js'
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

/**
 * Deepest nesting of quotations: an opening mark met with this many quotations open is left as text (and a
 * `quotation-depth` warning given, once a unit). Prose nests two or three deep; `「Jones’ a ` repeated opens a
 * corner every ten characters that nothing closes, and would make a quotation node for each, nested
 * hundreds of thousands deep.
 */
export const maxQuotationDepth = 16

/**
 * The marks open in a unit: a stack of opening marks, and for each family the
 * stack indices of its open marks (ascending), so that the innermost open mark
 * of a family is found in constant time, not by a search down the whole stack
 * (`「 abc』` repeated opens thousands of corners that no white-corner mark
 * closes). Empty again at the end of every unit, and reused.
 */
interface OpenMarks {
  marks: MarkToken[]
  byFamily: Record<MarkFamily, number[]>
}

function openMarks(): OpenMarks {
  return {marks: [], byFamily: {double: [], single: [], guillemet: [], angle: [], corner: [], 'white-corner': []}}
}

function pushMark(open: OpenMarks, mark: MarkToken): void {
  open.byFamily[mark.family].push(open.marks.length)
  open.marks.push(mark)
}

/** Open `mark`, unless {@link maxQuotationDepth} quotations are open already: then it is text. */
function openMark(pairing: Pairing, mark: MarkToken): void {
  if (pairing.open.marks.length < maxQuotationDepth) {
    pushMark(pairing.open, mark)
    return
  }
  if (pairing.deepUnit !== pairing.unitStart) {
    pairing.deepUnit = pairing.unitStart
    warnAt(
      pairing,
      'Quotation marks nested more than ' +
        maxQuotationDepth +
        ' deep: this opening mark and the ones after it at that depth, to the end of the paragraph, are left as text',
      mark,
      'quotation-depth'
    )
  }
}

function popMark(open: OpenMarks): MarkToken {
  const mark = open.marks.pop()!
  // The innermost mark of the stack is the innermost of its family.
  open.byFamily[mark.family].pop()
  return mark
}

/** Stack index of the innermost open mark of `family`, or -1. */
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

/**
 * Stretches paired on their own, paragraphs or lines of one: unit `u` is
 * `rows[3u]` (start), `rows[3u + 1]` (end) and `rows[3u + 2]` (its paragraph's
 * index). A typed array, not an object a unit: a page of one-line paragraphs
 * is hundreds of thousands of units.
 */
interface Units {
  rows: Int32Array
  count: number
}

function addUnit(units: Units, start: number, end: number, paragraph: number): void {
  if (units.count * 3 === units.rows.length) {
    const grown = new Int32Array(units.rows.length * 2)
    grown.set(units.rows)
    units.rows = grown
  }
  units.rows[units.count * 3] = start
  units.rows[units.count * 3 + 1] = end
  units.rows[units.count * 3 + 2] = paragraph
  units.count++
}

/** Longest line (code units) of hard-wrapped copy: wire desks wrapped at 60 to 80 columns. */
const WRAP_WIDTH = 90

/** How many wrapped lines are read past a sentence end for the mark that closes its quotation. */
const WRAP_LOOKAHEAD = 6

/**
 * Whether a sentence that ends at the break `at` in hard-wrapped copy is inside a quotation the lines after
 * it close (`"Demand is firm.⏎We expect prices to rise," he said.`): the line is wrapped (no longer than
 * {@link WRAP_WIDTH}) and the first quotation mark of the next few wrapped lines can only close.
 * (`…the bomb.⏎Donald Trump."` on lines of 112 characters is no wrapped copy.) A bounded look ahead: linear.
 */
function closesOnNextLines(text: string, lineStart: number, at: number, end: number, style: MarkStyle): boolean {
  if (at - lineStart > WRAP_WIDTH) return false
  let from = at + 1
  for (let line = 0; line < WRAP_LOOKAHEAD && from < end; line++) {
    const stop = Math.min(end, nextBreak(text, from))
    if (stop - from > WRAP_WIDTH) return false
    for (const mark of scanMarks(text, from, stop, style)) {
      if (mark.family === 'single' && !style.singlePrimary) continue
      return mark.shape === 'close'
    }
    from = stop + 1
  }
  return false
}

/**
 * Cut paragraphs at line breaks that follow the end of a sentence
 * (`…the bomb.⏎Donald Trump.`): a line that ends a sentence ends the quoted
 * runs left open in it, as a paragraph does. Breaks inside a sentence
 * (hard-wrapped copy) do not cut, nor do breaks after a sentence whose
 * quotation the next wrapped lines close (`"Demand is firm.⏎We expect a rise," he said.`).
 */
function lineUnits(text: string, paragraphs: readonly Range[], style: MarkStyle): Units {
  const units: Units = {rows: new Int32Array(Math.min(3 * paragraphs.length + 48, 3 << 16)), count: 0}
  // One cursor over the line breaks of the whole text: linear even when paragraphs hold none.
  let at = -1
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const range = paragraphs[paragraph]
    let start = range.start
    if (at < start) at = nextBreak(text, start)
    while (at < range.end) {
      const lineStart = Math.max(range.start, text.lastIndexOf('\n', at - 1) + 1)
      let back = at - 1
      while (back > start && (text.charAt(back) === '\r' || text.charAt(back) === ' ' || text.charAt(back) === '\t'))
        back--
      while (back > start && /["”’)\]]/.test(text.charAt(back))) back--
      if (
        back > start &&
        /[.!?]/.test(text.charAt(back)) &&
        !closesOnNextLines(text, lineStart, at, range.end, style)
      ) {
        addUnit(units, start, at, paragraph)
        start = at + 1
      }
      at = nextBreak(text, at + 1)
    }
    addUnit(units, start, range.end, paragraph)
  }
  return units
}

/** The state of one call of {@link pairQuotes}. */
interface Pairing {
  text: string
  style: MarkStyle
  runs: QuotedRun[]
  warnings: PairWarning[]
  warningCount: number
  open: OpenMarks
  /** The unit being paired: its start, end and paragraph. */
  unitStart: number
  unitEnd: number
  paragraph: number
  /** Family of the quotation the unit carries on from the one before, if any. */
  continuedFamily: MarkFamily | null
  /** Start of the unit's first mark, -1 when it has none. */
  firstMarkStart: number
  /**
   * Marks dropped by one closing mark all end at it: the white space before it is found once, not once a mark
   * (`spaceFrom` is where the white space before `spaceEnd` starts).
   */
  spaceEnd: number
  spaceFrom: number
  /** Start of the last unit where {@link maxQuotationDepth} was reached (one warning a unit). */
  deepUnit: number
}

/** Report a warning; only the first {@link maxPairWarnings} are kept (hostile input has one a mark). */
function warnAt(pairing: Pairing, reason: string, mark: MarkToken, ruleId: RuleId): void {
  if (pairing.warningCount++ < maxPairWarnings)
    pairing.warnings.push({reason, start: mark.start, end: mark.end, ruleId})
}

/** Add the run opened by `open`, nested `depth` deep, closed by `close` (or not), ending at `end`, white space trimmed. */
function emit(pairing: Pairing, open: MarkToken, depth: number, close: MarkToken | null, end: number): void {
  const {text} = pairing
  let start = open.end
  while (start < end && isSpaceAt(text, start)) start++
  if (end !== pairing.spaceEnd) {
    let from = end
    while (from > pairing.unitStart && isSpaceAt(text, from - 1)) from--
    pairing.spaceEnd = end
    pairing.spaceFrom = from
  }
  const stop = Math.max(start, pairing.spaceFrom)
  if (stop <= start) return
  pairing.runs.push({
    family: open.family,
    depth,
    open,
    close,
    start,
    end: stop,
    paragraph: pairing.paragraph,
    continues: false,
    continued: depth === 0 && pairing.continuedFamily === open.family && open.start === pairing.firstMarkStart
  })
}

/** Close open mark `at` of the stack with `mark`; marks above it are dropped (single) or ended there. */
function closeAt(pairing: Pairing, at: number, mark: MarkToken): void {
  const open = pairing.open
  while (open.marks.length - 1 > at) {
    const inner = popMark(open)
    if (inner.family !== 'single') {
      emit(pairing, inner, open.marks.length, null, mark.start)
      warnAt(
        pairing,
        'Quotation opened here is not closed before its outer quotation ends',
        inner,
        'unclosed-quotation'
      )
    }
  }
  const opening = popMark(open)
  emit(pairing, opening, open.marks.length, mark, mark.start)
}

/** How far past a plural possessive the next single mark is looked for. */
const POSSESSIVE_LOOKAHEAD = 300

/**
 * Whether a single closing-shaped mark is the apostrophe of a plural possessive inside a single-quoted quotation
 * (`‘… than most tenants’ wages have gone up,’ she said`), the outermost one open: after an `s`, before a lower-case word, and the next
 * single mark of the unit (within {@link POSSESSIVE_LOOKAHEAD}) can only close. Bounded: linear.
 */
function isPluralPossessive(pairing: Pairing, mark: MarkToken): boolean {
  const {text} = pairing
  if (text.charAt(mark.start - 1) !== 's' || text.charAt(mark.end) !== ' ') return false
  const next = text.charAt(mark.end + 1)
  if (next === next.toUpperCase()) return false
  const stop = Math.min(pairing.unitEnd, mark.end + POSSESSIVE_LOOKAHEAD)
  for (const later of scanMarks(text, mark.end, stop, pairing.style)) {
    if (later.family === 'single') return later.shape === 'close'
  }
  return false
}

/** Pair one mark of the unit. */
function pairMark(pairing: Pairing, mark: MarkToken): void {
  const open = pairing.open
  const at = innermost(open, mark.family)
  if (at >= 0) {
    // Only for the outermost quotation: a nested `‘traitors’ and` closes its own run.
    if (at === 0 && mark.family === 'single' && mark.shape === 'close' && isPluralPossessive(pairing, mark)) return
    if (mark.family === 'single' && mark.shape === 'open') {
      // A nested single inside a single: treat as a new nesting level.
      openMark(pairing, mark)
      return
    }
    if (mark.shape === 'open' && (mark.family === 'corner' || mark.family === 'white-corner')) {
      openMark(pairing, mark)
      return
    }
    closeAt(pairing, at, mark)
    // `“A “B”`: the second opening mark closes the first and opens again.
    if (mark.shape === 'open' && mark.family === 'double') openMark(pairing, mark)
    return
  }
  if (mark.shape === 'close') {
    if (mark.family !== 'single')
      warnAt(pairing, 'Closing quotation mark with no opening mark before it', mark, 'unopened-quotation')
    return
  }
  if (open.marks.length === 0 && !opensOuter(mark.family, pairing.style)) return
  if (mark.family === 'single' && mark.shape === 'either') return
  openMark(pairing, mark)
}

/**
 * Pair the quotation marks of the paragraphs.
 *
 * @param text The input.
 * @param paragraphs Body paragraph ranges, in order.
 * @param skip Paragraphs left out, by index (dense with marks, `density.ts`): their marks are text.
 */
export function pairQuotes(text: string, paragraphs: readonly Range[], skip: readonly boolean[] = []): PairResult {
  if (paragraphs.length === 0) return {runs: [], warnings: [], warningCount: 0}
  const first = paragraphs[0]
  const last = paragraphs[paragraphs.length - 1]
  const style = detectStyle(text, first.start, last.end)
  const pairing: Pairing = {
    text,
    style,
    runs: [],
    warnings: [],
    warningCount: 0,
    open: openMarks(),
    unitStart: 0,
    unitEnd: 0,
    paragraph: 0,
    continuedFamily: null,
    firstMarkStart: -1,
    spaceEnd: -1,
    spaceFrom: -1,
    deepUnit: -1
  }
  const {rows, count} = lineUnits(text, paragraphs, style)
  const {runs, open} = pairing
  let carried: MarkFamily | null = null
  // Marks are paired as they are found: a mark no run keeps is garbage at once.
  const visit = (mark: MarkToken): void => {
    if (pairing.firstMarkStart < 0) pairing.firstMarkStart = mark.start
    pairMark(pairing, mark)
  }

  for (let unit = 0; unit < count; unit++) {
    const start = rows[unit * 3]
    const end = rows[unit * 3 + 1]
    const index = rows[unit * 3 + 2]
    if (skip[index] === true) {
      carried = null
      continue
    }
    pairing.unitStart = start
    pairing.unitEnd = end
    pairing.paragraph = index
    pairing.continuedFamily = carried
    pairing.firstMarkStart = -1
    pairing.spaceEnd = -1
    carried = null
    forEachMark(text, start, end, style, visit)

    // Runs left open at the paragraph's end.
    const next = unit + 1 < count ? unit + 1 : -1
    while (open.marks.length > 0) {
      const mark = popMark(open)
      if (mark.family === 'single' && !style.singlePrimary) continue
      const depth = open.marks.length
      const before = runs.length
      emit(pairing, mark, depth, null, end)
      const continues =
        depth === 0 &&
        next >= 0 &&
        skip[rows[next * 3 + 2]] !== true &&
        opensWith(text, {start: rows[next * 3], end: rows[next * 3 + 1]}, mark.family, style)
      if (continues) {
        carried = mark.family
        if (runs.length > before) runs[runs.length - 1].continues = true
      } else {
        warnAt(
          pairing,
          'Quotation mark opened here is not closed by the end of the paragraph',
          mark,
          'unclosed-quotation'
        )
      }
    }
  }

  sortInPlace(runs, (a, b) => a.start - b.start || a.depth - b.depth)
  return {runs, warnings: pairing.warnings, warningCount: pairing.warningCount}
}
