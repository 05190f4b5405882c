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
 * A cursor over the lines of `text[from…to]`, read one at a time (no list of
 * lines: a page of blank lines is millions of them): the line read last, its
 * kind ({@link CONTENT}, {@link INDENTED} or {@link BLANK}), and where the next
 * one starts.
 */
interface Line {
  start: number
  /** End of its content, before the line break. */
  end: number
  kind: number
  next: number
}

/** Read the line that starts at `line.next` into `line`; `false` when `to` is reached. */
function readLine(text: string, to: number, line: Line): boolean {
  const at = line.next
  if (at >= to) return false
  let end = at
  while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
  let first = at
  while (
    first < end &&
    (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9 || text.charCodeAt(first) === 0xa0)
  )
    first++
  let rest = first
  while (rest < end && isWhiteSpaceCode(text.charCodeAt(rest))) rest++
  line.start = at
  line.end = end
  line.kind = rest === end ? BLANK : first - at >= 2 || text.charCodeAt(at) === 9 ? INDENTED : CONTENT
  // Step over the line break.
  line.next = end < to && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
  return true
}

/** How the body breaks into paragraphs, from one pass over its lines. */
interface Layout {
  /** Lines that are not blank. */
  content: number
  /** A blank line other than the first and the last. */
  hasBlank: boolean
  /** An indented line after the first line that is not blank (the first may carry on after the dateline). */
  hasIndent: boolean
  /** Without blank lines or indentation, most lines end mid-sentence: the body is one hard-wrapped paragraph. */
  wrapped: boolean
}

function readLayout(text: string, from: number, to: number): Layout {
  const line: Line = {start: from, end: from, kind: CONTENT, next: from}
  let count = 0
  let content = 0
  let innerBlanks = 0
  let lastBlank = false
  let hasIndent = false
  // Content lines that end mid-sentence, and whether the last one does.
  let open = 0
  let lastOpen = false
  while (readLine(text, to, line)) {
    if (line.kind === BLANK) {
      if (count >= 1) innerBlanks++
      lastBlank = true
    } else {
      lastBlank = false
      if (content > 0 && line.kind === INDENTED) hasIndent = true
      lastOpen = !endsClause(text, line.start, line.end)
      if (lastOpen) open++
      content++
    }
    count++
  }
  const hasBlank = innerBlanks - (lastBlank && count >= 2 ? 1 : 0) > 0
  // The last content line does not count: it ends the body.
  const wrapped = !hasBlank && !hasIndent && content > 1 ? (open - (lastOpen ? 1 : 0)) * 2 > content - 1 : true
  return {content, hasBlank, hasIndent, wrapped}
}

/** Whether the line `text[start…end)` ends, white space aside, with `.`, `!`, `?`, `:`, a closing mark or bracket. */
function endsClause(text: string, start: number, end: number): boolean {
  let at = end
  while (at > start && isWhiteSpaceCode(text.charCodeAt(at - 1))) at--
  if (at === start) return false
  const code = text.charCodeAt(at - 1)
  // . ! ? : " ” ’ ) ]
  return (
    code === 46 ||
    code === 33 ||
    code === 63 ||
    code === 58 ||
    code === 34 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 41 ||
    code === 93
  )
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
  const {content, hasBlank, hasIndent, wrapped} = readLayout(text, from, to)
  if (content === 0) return []

  // Sized for a paragraph a content line (the most there can be), cut to length at the end: a page of one-line
  // paragraphs grows a list of hundreds of thousands a push at a time slowly.
  const ranges = new Array<Range>(content)
  let count = 0
  let start = -1
  let end = -1
  const flush = () => {
    if (start >= 0) {
      const range = trimRange(text, start, end)
      if (range) ranges[count++] = range
    }
    start = -1
  }

  const line: Line = {start: from, end: from, kind: CONTENT, next: from}
  while (readLine(text, to, line)) {
    if (line.kind === BLANK) {
      if (hasBlank || hasIndent || !wrapped) flush()
      continue
    }
    const breaks = start >= 0 && ((hasIndent && line.kind === INDENTED) || (!hasBlank && !hasIndent && !wrapped))
    if (breaks) flush()
    if (start < 0) start = line.start
    end = line.end
  }
  flush()
  ranges.length = count
  return ranges
}
