/**
 * Tokenizing paragraph text into nlcst with parse-english, in bounded pieces.
 *
 * parse-english is super-linear on long inputs, so a paragraph longer than
 * {@link MAX_PIECE} is cut at a sentence end (or white space) into pieces,
 * each tokenized alone, and the positions are moved into input coordinates.
 */

import type {Node as NlcstNode, Paragraph as NlcstParagraph} from 'nlcst'
import type {ParseEnglish} from 'parse-english'
import type {ParagraphContent} from '../ast.js'
import type {Locator} from '../util/location.js'

/** Longest text handed to parse-english at once. */
export const MAX_PIECE = 2000

const sentenceEndRe = /[.!?]["”’)\]]*[ \t\r\n]+(?=["“‘(\[]?\p{Lu})/gu

/**
 * Find where to cut `text[start…]` so the piece is at most `MAX_PIECE` long.
 */
function cutPoint(text: string, start: number, end: number): number {
  if (end - start <= MAX_PIECE) return end
  const limit = start + MAX_PIECE
  const window = text.slice(start + (MAX_PIECE >> 1), limit)
  let best = -1
  sentenceEndRe.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = sentenceEndRe.exec(window))) {
    best = start + (MAX_PIECE >> 1) + match.index + match[0].length
  }
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

/** Move the positions of `node` and its descendants by `base`, as input points. */
function relocate(node: NlcstNode, base: number, locator: Locator): void {
  const position = node.position
  if (position) {
    node.position = locator.position(
      base + (position.start.offset ?? 0),
      base + (position.end.offset ?? 0)
    )
  }
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as NlcstNode[]) relocate(child, base, locator)
  }
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
    for (const child of paragraph.children) {
      relocate(child, at, locator)
      children.push(child as ParagraphContent)
    }
    at = cut
  }
  return children
}
