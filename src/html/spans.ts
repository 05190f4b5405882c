/**
 * Marking up a text with spans that may nest or cross: the HTML elements must nest, so a span that crosses
 * another is cut into pieces that do.
 *
 * @module
 */

/** A span of the text to wrap in an element. */
export interface MarkupSpan {
  /** Offset of the first character (UTF-16 code units). */
  start: number
  /** Offset after the last character. */
  end: number
  /** Which of two spans over the same text goes outside: lower first. */
  rank: number
  /** The opening tag (repeated on every piece when the span is cut). */
  open: string
  /** The closing tag. */
  close: string
}

/**
 * Wrap the spans of `text` in their tags, nested as HTML wants.
 *
 * Spans are opened by start, longest first (then by `rank`). Where a span
 * ends while spans opened after it are still open, those are closed and
 * opened again right after: one span can become several elements, each with
 * its opening tag. Empty spans and spans outside the text are dropped.
 *
 * Time is linear in the text and the spans, times the depth of nesting.
 *
 * @param text The text.
 * @param spans The spans.
 * @param escape Turns a stretch of text into HTML.
 * @returns HTML.
 */
export function markupSpans(text: string, spans: readonly MarkupSpan[], escape: (value: string) => string): string {
  const order = spans
    .map((span) => ({...span, start: Math.max(0, span.start), end: Math.min(text.length, span.end)}))
    .filter((span) => span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank)
  const points = [...new Set([0, text.length, ...order.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b
  )
  const out: string[] = []
  const stack: MarkupSpan[] = []
  let next = 0

  for (let index = 0; index < points.length; index++) {
    const point = points[index]
    const first = stack.findIndex((span) => span.end <= point)
    if (first !== -1) {
      for (let top = stack.length - 1; top >= first; top--) out.push(stack[top].close)
      const survivors = stack.slice(first + 1).filter((span) => span.end > point)
      stack.length = first
      for (const span of survivors) {
        out.push(span.open)
        stack.push(span)
      }
    }
    while (next < order.length && order[next].start === point) {
      out.push(order[next].open)
      stack.push(order[next])
      next++
    }
    if (index + 1 < points.length) out.push(escape(text.slice(point, points[index + 1])))
  }
  for (let top = stack.length - 1; top >= 0; top--) out.push(stack[top].close)
  return out.join('')
}
