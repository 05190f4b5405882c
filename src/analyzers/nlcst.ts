/**
 * The story as one nlcst tree, and the nlcst nodes under an article node.
 *
 * @module
 */

import type {
  Paragraph as NlcstParagraph,
  ParagraphContent as NlcstParagraphContent,
  Punctuation,
  Root as NlcstRoot,
  RootContent,
  Sentence,
  SentenceContent,
  Source,
  Symbol as NlcstSymbol,
  Text,
  WhiteSpace as NlcstWhiteSpace,
  Word,
  WordContent
} from 'nlcst'
import type {Position} from 'unist'
import type {Article, Paragraph} from '../ast.js'
import {assertArticle} from '../tree/check.js'

/** nlcst node types that {@link nlcstUnder} can select, and their nodes. */
export interface NlcstTypeMap {
  SentenceNode: Sentence
  WordNode: Word
  PunctuationNode: Punctuation
  SymbolNode: NlcstSymbol
  WhiteSpaceNode: NlcstWhiteSpace
  SourceNode: Source
  TextNode: Text
}

/** Any nlcst node that can occur inside a paragraph. */
export type NlcstContent = NlcstParagraphContent | SentenceContent | WordContent

/**
 * Make the nlcst tree that analyzers (retext plugins) run on.
 *
 * The root's children are one `ParagraphNode` per article `paragraph` and the
 * article's `WhiteSpaceNode`s between paragraphs (the same objects). Each
 * `ParagraphNode` is a *view* of its article paragraph: its `children` and
 * `data` properties read and write the paragraph's, so the sentences and
 * words are the very nodes the article holds, data set on them is reachable
 * from the article, and data set on the `ParagraphNode` lands on the
 * paragraph's `data`. The root's `data` likewise is the article's `data`.
 * Paragraphs are still tokenized lazily: building the root reads no
 * `children`.
 *
 * Positions are in input coordinates, so messages a plugin attaches to a node
 * have `place`s that slice the input.
 *
 * Blocks other than paragraphs (header, headline, dateline, trailer…) are not
 * in the nlcst tree. Only the links above are kept: replacing the root's
 * `children` list does not change the article.
 *
 * @param article A parsed article.
 * @returns An nlcst `RootNode` over the article's paragraphs.
 * @throws {TypeError} When `article` is not an article tree.
 */
export function toNlcst(article: Article): NlcstRoot {
  assertArticle(article, 'toNlcst', ['children'])
  const children: RootContent[] = []
  let first = -1
  let last = -1
  article.children.forEach((child, index) => {
    if (child.type === 'paragraph') {
      if (first === -1) first = index
      last = index
    }
  })
  for (let index = first; first !== -1 && index <= last; index++) {
    const child = article.children[index]
    if (child.type === 'paragraph') children.push(paragraphView(child))
    else if (child.type === 'WhiteSpaceNode') children.push(child)
  }
  const position: Position =
    first === -1
      ? article.position
      : {start: article.children[first].position.start, end: article.children[last].position.end}
  const root = {type: 'RootNode', children, position} as NlcstRoot
  link(root, article, false)
  return root
}

/** Hidden (not enumerable) property of a view: the article node it shows. */
const viewed = Symbol('wirestory.viewed')

interface View {
  [viewed]: {children?: unknown; data?: object | undefined}
}

/**
 * Accessors of the views, the same functions for every view (no closure a paragraph): `children` and `data`
 * read and write the viewed node's.
 */
const viewChildren: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: View): unknown {
    return this[viewed].children
  },
  set(this: View, value: unknown) {
    this[viewed].children = value
  }
}

const viewData: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: View): object | undefined {
    return this[viewed].data
  },
  set(this: View, value: object | undefined) {
    this[viewed].data = value
  }
}

/** Make `view` show `target`: its `data` (and `children`, when asked) are the target's. */
function link(view: object, target: {data?: object | undefined}, children: boolean): void {
  Object.defineProperty(view, viewed, {value: target, enumerable: false, configurable: true})
  if (children) Object.defineProperty(view, 'children', viewChildren)
  Object.defineProperty(view, 'data', viewData)
}

function paragraphView(paragraph: Paragraph): NlcstParagraph {
  const view = {type: 'ParagraphNode', position: paragraph.position} as NlcstParagraph
  link(view, paragraph, true)
  return view
}

/**
 * Get the nlcst nodes under an article node: the sentences, words,
 * punctuation… of the paragraphs that lie inside the node's span
 * (`position.start.offset` to `position.end.offset`).
 *
 * Works for any node with a position: a `paragraph` (its sentences), a
 * `quotation` or `paraphrase` (stand-off nodes: the nodes between the
 * marks), a `mention`, the `article` itself (every paragraph's content).
 * Only fully covered nodes are returned, in document order. Blocks that are
 * not paragraphs (headline, dateline…) have no nlcst content.
 *
 * Paragraphs are tokenized on first access, so calling this on a parse that
 * ran no analyzer tokenizes the paragraphs it touches.
 *
 * @param article The article the node belongs to.
 * @param node A node with a position (offsets) into the same input.
 * @param type Optional: an nlcst node type (`'WordNode'`, `'SentenceNode'`…)
 *   to get every node of that type inside the span. Without it, the topmost
 *   nodes that cover the span: whole sentences where a sentence lies inside,
 *   else the words, punctuation and white space inside.
 * @returns The nodes, in document order (the very objects the article holds).
 * @throws {TypeError} When `node` has no position with offsets.
 *
 * @example
 * ```ts
 * const quotation = article.quotations[0]
 * const words = nlcstUnder(article, quotation, 'WordNode')
 * words.map((word) => toString(word)) // ['We', 'will', 'respond']
 * ```
 */
export function nlcstUnder<Type extends keyof NlcstTypeMap>(
  article: Article,
  node: {position?: Position | undefined},
  type: Type
): Array<NlcstTypeMap[Type]>
export function nlcstUnder(article: Article, node: {position?: Position | undefined}): NlcstContent[]
export function nlcstUnder(
  article: Article,
  node: {position?: Position | undefined},
  type?: keyof NlcstTypeMap
): NlcstContent[] {
  const start = node?.position?.start?.offset
  const end = node?.position?.end?.offset
  if (typeof start !== 'number' || typeof end !== 'number') {
    throw new TypeError('wirestory: expected a node with a `position` that has offsets')
  }
  const result: NlcstContent[] = []
  for (const child of article.children) {
    if (child.type !== 'paragraph') continue
    const from = child.position.start.offset ?? 0
    const to = child.position.end.offset ?? 0
    if (to <= start || from >= end) continue
    collect(child.children, start, end, type, result)
  }
  return result
}

function collect(
  nodes: readonly NlcstContent[],
  start: number,
  end: number,
  type: keyof NlcstTypeMap | undefined,
  result: NlcstContent[]
): void {
  for (const node of nodes) {
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (from === undefined || to === undefined) continue
    if (to <= start) continue
    if (from >= end) break
    const inside = from >= start && to <= end
    if (type === undefined ? inside : inside && node.type === type) {
      result.push(node)
      continue
    }
    if ('children' in node) collect(node.children as NlcstContent[], start, end, type, result)
  }
}
