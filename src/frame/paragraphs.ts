/**
 * Splitting the body into paragraphs.
 *
 * A paragraph ends at a blank line, or at a line break followed by an
 * indented line (`\n    ` in Reuters copy). When the body has neither, each
 * line is a paragraph unless the lines look hard-wrapped (most of them end
 * mid-sentence), in which case the body is one paragraph.
 */

/** Offsets of one paragraph, trimmed of surrounding white space. */
export interface Range {
  start: number
  end: number
}

interface Line {
  start: number
  /** End of the line's content (before its line break). */
  end: number
  blank: boolean
  indented: boolean
}

function readLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = []
  let at = from
  while (at < to) {
    let end = at
    while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
    let first = at
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9 || text.charCodeAt(first) === 0xa0)) first++
    const blank = first === end || /^\s*$/.test(text.slice(first, end))
    const indent = first - at
    lines.push({start: at, end, blank, indented: indent >= 2 || text.charCodeAt(at) === 9})
    // Step over the line break.
    if (end < to && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) at = end + 2
    else at = end + 1
  }
  return lines
}

function trimRange(text: string, start: number, end: number): Range | null {
  let s = start
  let e = end
  while (s < e && /\s/.test(text.charAt(s))) s++
  while (e > s && /\s/.test(text.charAt(e - 1))) e--
  return s < e ? {start: s, end: e} : null
}

/**
 * Split `text[from…to]` into paragraphs.
 *
 * @returns Trimmed, non-empty, ordered ranges.
 */
export function splitParagraphs(text: string, from: number, to: number): Range[] {
  const lines = readLines(text, from, to)
  const content = lines.filter((line) => !line.blank)
  if (content.length === 0) return []

  const hasBlank = lines.some((line, index) => line.blank && index > 0 && index < lines.length - 1)
  // The first line may carry on after the dateline, so indentation is judged from the second line on.
  const hasIndent = content.slice(1).some((line) => line.indented)

  let wrapped = true
  if (!hasBlank && !hasIndent && content.length > 1) {
    // Without blank lines or indentation: lines that end mid-sentence are wrapped.
    let open = 0
    for (let index = 0; index < content.length - 1; index++) {
      const line = text.slice(content[index].start, content[index].end).trimEnd()
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

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (line.blank) {
      if (hasBlank || hasIndent || !wrapped) flush()
      continue
    }
    const breaks =
      start >= 0 && ((hasIndent && line.indented) || (!hasBlank && !hasIndent && !wrapped))
    if (breaks) flush()
    if (start < 0) start = line.start
    end = line.end
  }
  flush()
  return ranges
}
