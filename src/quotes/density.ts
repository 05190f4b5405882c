/**
 * Paragraphs dense with quotation marks.
 *
 * A paragraph of 2,000 characters or more holding more than one quotation
 * mark per 8 characters is not prose (`a "b a "b …`, `«‹“‘«‹“‘…`, a dump of
 * marks): reading every one of its hundreds of thousands of runs in its
 * sentence would cost far more than the text is worth. Its runs keep their
 * first reading (`direct`, `partial` or `name`), are not attributed and are
 * not classified as scare quotes or titles (see `docs/attribution.md`).
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

/**
 * Which paragraphs are dense with marks, from the runs (or quotations) in
 * them: `marksOf(i)` is how many marks (opening and closing) item `i` has,
 * `paragraphOf(i)` the index of its paragraph.
 */
export function denseParagraphs(
  paragraphs: ReadonlyArray<{start: number; end: number}>,
  count: number,
  paragraphOf: (index: number) => number,
  marksOf: (index: number) => number
): boolean[] {
  const marks: number[] = paragraphs.map(() => 0)
  for (let i = 0; i < count; i++) {
    const p = paragraphOf(i)
    if (p >= 0 && p < marks.length) marks[p] += marksOf(i)
  }
  return paragraphs.map((paragraph, p) => isMarkDense(paragraph.end - paragraph.start, marks[p]))
}
