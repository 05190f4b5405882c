/**
 * Tokenizing paragraph text into nlcst with parse-english, in bounded pieces.
 *
 * parse-english is super-linear on long inputs, so a paragraph longer than
 * {@link MAX_PIECE} is cut at a sentence end (or white space) into pieces,
 * each tokenized alone, and the positions are moved into input coordinates.
 */

import type {Node as NlcstNode, Paragraph as NlcstParagraph} from 'nlcst'
import type {Point} from 'unist'
import type {ParseEnglish} from 'parse-english'
import type {ParagraphContent} from '../ast.js'
import type {Locator} from '../text/location.js'
import {lastSentenceBreak} from '../text/sentences.js'

/** Longest text handed to parse-english at once. */
export const MAX_PIECE = 2000

/**
 * Find where to cut `text[start…]` so the piece is at most `MAX_PIECE` long.
 * A cut never falls inside a `\r\n` (the pieces' line counts would then
 * see two line breaks where the input has one) nor a surrogate pair.
 */
function cutPoint(text: string, start: number, end: number): number {
  if (end - start <= MAX_PIECE) return end
  let cut = cutBefore(text, start, start + MAX_PIECE)
  if (text.charCodeAt(cut - 1) === 13 && text.charCodeAt(cut) === 10) cut--
  return cut
}

/** A cut after `start` and at or before `limit`: after a sentence end, else after white space, else hard. */
function cutBefore(text: string, start: number, limit: number): number {
  // The last sentence end in the second half of the window.
  const best = lastSentenceBreak(text, start + (MAX_PIECE >> 1), limit)
  if (best > start) return best
  // Else the last white space.
  for (let at = limit; at > start + (MAX_PIECE >> 2); at--) {
    if (/\s/.test(text.charAt(at - 1))) return at
  }
  // Else a hard cut that does not split a surrogate pair.
  let at = limit
  const code = text.charCodeAt(at - 1)
  if (code >= 0xd800 && code <= 0xdbff) at--
  return at
}

/**
 * Move the positions of `node` and its descendants from piece coordinates
 * (line 1, column 1, offset 0 at the piece's start) into input coordinates,
 * in place. parse-latin shares point objects between a parent and its first
 * child (start) and its last child (end): children are moved first, and a
 * parent's point that is its child's is not moved again. Once moved, a node
 * takes the end point of the sibling before it as its start point.
 */
function relocate(node: NlcstNode, base: Point): void {
  const position = node.position
  let start = true
  let end = true
  if ('children' in node && Array.isArray(node.children)) {
    // parse-latin grows its lists by `push`: a list of one or two nodes holds room for 17. An exact copy is a
    // quarter of the size (a page of tiny paragraphs: some 90 bytes an input character).
    const children = (node as {children: NlcstNode[]}).children.slice()
    ;(node as {children: NlcstNode[]}).children = children
    let previous: Point | undefined
    for (const child of children) {
      relocate(child, base)
      // Moved: where the sibling before it ends this one starts, and they share that point (as parents and first
      // children do): a point object fewer a node.
      const at = child.position
      if (at && previous && at.start !== previous && at.start.offset === previous.offset) at.start = previous
      previous = at?.end
    }
    if (position && children.length > 0) {
      start = children[0].position?.start !== position.start
      end = children[children.length - 1].position?.end !== position.end
    }
  }
  if (position) {
    if (start) shift(position.start, base)
    if (end && position.end !== position.start) shift(position.end, base)
  }
}

function shift(point: Point, base: Point): void {
  if (point.line === 1) point.column = base.column + point.column - 1
  point.line = base.line + point.line - 1
  point.offset = (base.offset ?? 0) + (point.offset ?? 0)
}

/**
 * Tokenize `text[start…end]` as paragraph content.
 *
 * @param parser A parse-english instance (one per parse).
 * @returns Sentences and white space with positions into `text`.
 */
export function tokenizeParagraph(
  parser: ParseEnglish,
  text: string,
  start: number,
  end: number,
  locator: Locator
): ParagraphContent[] {
  const children: ParagraphContent[] = []
  let at = start
  while (at < end) {
    const cut = cutPoint(text, at, end)
    const piece = text.slice(at, cut)
    const paragraph = parser.tokenizeParagraph(piece) as NlcstParagraph
    const base = locator.point(at)
    for (const child of paragraph.children) {
      relocate(child, base)
      children.push(child as ParagraphContent)
    }
    at = cut
  }
  // An exact copy: a list grown by `push` holds room for 17 nodes.
  return children.slice()
}
