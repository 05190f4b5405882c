/**
 * Paragraphs dense with quotation marks.
 *
 * A paragraph of 2,000 characters or more holding more than one quotation
 * mark per 8 characters is not prose (`a "b a "b …`, `«‹“‘«‹“‘…`, a dump of
 * marks): pairing its marks and building a node for each of its hundreds of
 * thousands of runs would cost many times what the same length of ordinary
 * text costs. Its marks are left as text: no quotation runs, no attribution
 * (see `docs/attribution.md`).
 *
 * Counted marks: `"`, `“ ” „ ‟`, `« » ‹ ›`, `‘ ‚`, corner brackets, `″ 〃 〝 〞 〟`.
 * Apostrophes (`'`, `’`) are not counted: prose is full of them.
 *
 * @module
 */

/** Shortest paragraph, in UTF-16 code units, that can be dense with marks. */
export const denseMinLength = 2000
/** A dense paragraph holds more than one mark per this many characters. */
export const denseCharsPerMark = 8

/** Whether a paragraph of `length` characters holding `marks` quotation marks is dense with marks. */
export function isMarkDense(length: number, marks: number): boolean {
  return length >= denseMinLength && marks * denseCharsPerMark > length
}

/** Whether the code unit is a counted quotation mark. */
function isMark(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
    case 0xab: // «
    case 0xbb: // »
    case 0x2039: // ‹
    case 0x203a: // ›
    case 0x2018: // ‘
    case 0x201a: // ‚
    case 0x300c: // 「
    case 0x300d: // 」
    case 0x300e: // 『
    case 0x300f: // 』
    case 0x2033: // ″
    case 0x3003: // 〃
    case 0x301d: // 〝
    case 0x301e: // 〞
    case 0x301f: // 〟
      return true
    default:
      return false
  }
}

/** Whether each paragraph is dense with quotation marks (one linear scan of each paragraph long enough). */
export function denseParagraphs(text: string, paragraphs: ReadonlyArray<{start: number; end: number}>): boolean[] {
  return paragraphs.map((paragraph) => {
    const length = paragraph.end - paragraph.start
    if (length < denseMinLength) return false
    let marks = 0
    for (let at = paragraph.start; at < paragraph.end; at++) if (isMark(text.charCodeAt(at))) marks++
    return isMarkDense(length, marks)
  })
}
