/**
 * Markup elements left in story text (`<tweet …>…</tweet>`: web copy embeds
 * posts this way), found once per story, for every stage that must not read
 * their marks as the story's own.
 *
 * An element runs from its opening tag to the end of its closing tag, or to
 * the end of its paragraph when the paragraph does not close it. The closing
 * tag is looked for within the paragraph only: a story of paragraphs that
 * open a tag and never close it costs one scan of each paragraph, not one
 * scan of the rest of the story a paragraph (linear time).
 *
 * @module
 */

import type {TextRange} from './range.js'

export type {TextRange}

const openTag = '<tweet'
const closeTag = '</tweet>'

/**
 * Markup elements of `text`, in order and disjoint.
 *
 * @param text The input.
 * @param paragraphs The story's paragraphs, in order (an element is cut at the end of its own).
 * @returns The elements' ranges; a tag outside every paragraph covers the tag alone.
 */
export function findMarkup(text: string, paragraphs: readonly TextRange[]): TextRange[] {
  const ranges: TextRange[] = []
  let p = 0
  let at = text.indexOf(openTag)
  while (at >= 0) {
    while (p < paragraphs.length && paragraphs[p].end <= at) p++
    const limit = p < paragraphs.length && paragraphs[p].start <= at ? paragraphs[p].end : at + openTag.length
    // (A closing tag that straddles the paragraph's end is not taken: `</tweet>` holds no mark and no `<tweet`,
    // so no mark and no later element is read differently for it.)
    const close = text.slice(at, limit).indexOf(closeTag)
    const end = close < 0 ? limit : at + close + closeTag.length
    ranges.push({start: at, end})
    at = text.indexOf(openTag, end)
  }
  return ranges
}

/**
 * Whether `offset` lies inside one of `ranges` (sorted and disjoint, as
 * {@link findMarkup} gives them): a binary search.
 */
export function inRanges(ranges: readonly TextRange[], offset: number): boolean {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle].end <= offset) low = middle + 1
    else high = middle
  }
  return low < ranges.length && ranges[low].start <= offset
}
