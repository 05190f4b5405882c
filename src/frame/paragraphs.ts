/**
 * Splitting the body into paragraphs.
 *
 * A paragraph ends at a blank line, or at a line break followed by an
 * indented line (`\n    ` in Reuters copy). When the body has neither, each
 * line is a paragraph unless the lines look hard-wrapped (most of them end
 * mid-sentence), in which case the body is one paragraph.
 */

import {isWhiteSpaceCode} from '../util/space.js'

/** Offsets of one paragraph, trimmed of surrounding white space. */
export interface Range {
  start: number
  end: number
}

/** Kinds of line. */
const CONTENT = 0
const INDENTED = 1
const BLANK = 2

/**
 * The lines of `text[from…to]`: line `i` is `rows[3i]` (start), `rows[3i + 1]`
 * (end of its content, before the line break) and `rows[3i + 2]` (kind:
 * {@link CONTENT}, {@link INDENTED} or {@link BLANK}). A typed array, not an
 * object a line: a page of blank lines is a million lines.
 */
interface Lines {
  rows: Int32Array
  count: number
}

function readLines(text: string, from: number, to: number): Lines {
  let rows = new Int32Array(48)
  let count = 0
  let at = from
  while (at < to) {
    let end = at
    while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
    let first = at
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9 || text.charCodeAt(first) === 0xa0)) first++
    let rest = first
    while (rest < end && isWhiteSpaceCode(text.charCodeAt(rest))) rest++
    const blank = rest === end
    const indent = first - at
    if (count * 3 === rows.length) {
      const grown = new Int32Array(rows.length * 2)
      grown.set(rows)
      rows = grown
    }
    rows[count * 3] = at
    rows[count * 3 + 1] = end
    rows[count * 3 + 2] = blank ? BLANK : indent >= 2 || text.charCodeAt(at) === 9 ? INDENTED : CONTENT
    count++
    // Step over the line break.
    if (end < to && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) at = end + 2
    else at = end + 1
  }
  return {rows, count}
}

/** Whether the line `text[start…end)` ends, white space aside, with `.`, `!`, `?`, `:`, a closing mark or bracket. */
function endsClause(text: string, start: number, end: number): boolean {
  let at = end
  while (at > start && isWhiteSpaceCode(text.charCodeAt(at - 1))) at--
  if (at === start) return false
  const code = text.charCodeAt(at - 1)
  // . ! ? : " ” ’ ) ]
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 34 || code === 0x201d || code === 0x2019 || code === 41 || code === 93
}

function trimRange(text: string, start: number, end: number): Range | null {
  let s = start
  let e = end
  while (s < e && isWhiteSpaceCode(text.charCodeAt(s))) s++
  while (e > s && isWhiteSpaceCode(text.charCodeAt(e - 1))) e--
  return s < e ? {start: s, end: e} : null
}

/**
 * Split `text[from…to]` into paragraphs.
 *
 * @returns Trimmed, non-empty, ordered ranges.
 */
export function splitParagraphs(text: string, from: number, to: number): Range[] {
  const {rows, count} = readLines(text, from, to)
  // The lines that are not blank: how many, the first and the last.
  let contentCount = 0
  let firstContent = -1
  let lastContent = -1
  for (let index = 0; index < count; index++) {
    if (rows[index * 3 + 2] === BLANK) continue
    if (firstContent < 0) firstContent = index
    lastContent = index
    contentCount++
  }
  if (contentCount === 0) return []

  let hasBlank = false
  for (let index = 1; index < count - 1 && !hasBlank; index++) hasBlank = rows[index * 3 + 2] === BLANK
  // The first line may carry on after the dateline, so indentation is judged from the second line on.
  let hasIndent = false
  for (let index = firstContent + 1; index < count && !hasIndent; index++) hasIndent = rows[index * 3 + 2] === INDENTED

  let wrapped = true
  if (!hasBlank && !hasIndent && contentCount > 1) {
    // Without blank lines or indentation: lines that end mid-sentence are wrapped.
    let open = 0
    for (let index = firstContent; index < lastContent; index++) {
      if (rows[index * 3 + 2] !== BLANK && !endsClause(text, rows[index * 3], rows[index * 3 + 1])) open++
    }
    wrapped = open * 2 > contentCount - 1
  }

  const ranges: Range[] = []
  let start = -1
  let end = -1
  const flush = () => {
    if (start >= 0) {
      const range = trimRange(text, start, end)
      if (range) ranges.push(range)
    }
    start = -1
  }

  for (let index = 0; index < count; index++) {
    const kind = rows[index * 3 + 2]
    if (kind === BLANK) {
      if (hasBlank || hasIndent || !wrapped) flush()
      continue
    }
    const breaks =
      start >= 0 && ((hasIndent && kind === INDENTED) || (!hasBlank && !hasIndent && !wrapped))
    if (breaks) flush()
    if (start < 0) start = rows[index * 3]
    end = rows[index * 3 + 1]
  }
  flush()
  return ranges
}
