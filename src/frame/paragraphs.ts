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
    const blank = first === end || /^\s*$/.test(text.slice(first, end))
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
  // Indices of the lines that are not blank.
  const content: number[] = []
  for (let index = 0; index < count; index++) if (rows[index * 3 + 2] !== BLANK) content.push(index)
  if (content.length === 0) return []

  let hasBlank = false
  for (let index = 1; index < count - 1 && !hasBlank; index++) hasBlank = rows[index * 3 + 2] === BLANK
  // The first line may carry on after the dateline, so indentation is judged from the second line on.
  let hasIndent = false
  for (let index = 1; index < content.length && !hasIndent; index++) hasIndent = rows[content[index] * 3 + 2] === INDENTED

  let wrapped = true
  if (!hasBlank && !hasIndent && content.length > 1) {
    // Without blank lines or indentation: lines that end mid-sentence are wrapped.
    let open = 0
    for (let index = 0; index < content.length - 1; index++) {
      const line = text.slice(rows[content[index] * 3], rows[content[index] * 3 + 1]).trimEnd()
      if (!/[.!?:"”’)\]]$/.test(line)) open++
    }
    wrapped = open * 2 > content.length - 1
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
