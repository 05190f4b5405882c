/**
 * The text of an article tree: its leaves in order (the tree is lossless, so this is the input unless a plugin
 * changed a leaf).
 *
 * @module
 */

import type {Nodes as NlcstNodes} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Article} from '../ast.js'
import {isUntokenized} from '../tree/build.js'

/**
 * Concatenate the leaves of `article`.
 *
 * A paragraph nobody has tokenized yet is read from `source` (when given) instead of being tokenized just to be
 * joined again: its text is `source.slice(start, end)` by construction.
 *
 * @param article The tree.
 * @param source The text the tree was parsed from (optional).
 * @returns The text of the tree.
 */
export function serializeArticle(article: Article, source?: string | undefined): string {
  const parts: string[] = []
  for (const child of article.children) {
    if (source !== undefined && child.type === 'paragraph' && isUntokenized(child)) {
      parts.push(source.slice(child.position.start.offset ?? 0, child.position.end.offset ?? 0))
    } else {
      // nlcst-to-string joins `value`s and `children` of any unist node, not only nlcst ones.
      parts.push(toString(child as unknown as NlcstNodes))
    }
  }
  return parts.join('')
}
