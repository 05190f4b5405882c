/**
 * Building the lossless article tree from the frame.
 */

import {ParseEnglish} from 'parse-english'
import type {
  Article,
  ArticleContent,
  Dateline,
  DatelineContent,
  Header,
  HeaderField,
  Paragraph,
  Trailer,
  TrailerContent
} from '../ast.js'
import type {Frame} from '../frame/frame.js'
import {chooseDay, formatIsoDate, resolveYear, type CalendarDate} from '../frame/date.js'
import type {Locator} from '../text/location.js'
import type {Point, Position} from 'unist'
import {tokenizeParagraph} from './tokenize.js'
import {sortInPlace} from '../util/sort.js'
import {isWhiteSpaceCode} from '../util/space.js'

/** Inputs of {@link buildArticle}. */
export interface BuildInput {
  text: string
  frame: Frame
  locator: Locator
  /** The date the story was filed, from a header field or the options. */
  reference: CalendarDate | null
}

/**
 * Cover `text[start…end]` with leaves, written to `nodes` from index `n` on: white space runs become
 * `WhiteSpaceNode`s, anything else `noise`.
 *
 * @returns The index after the last leaf written.
 */
function gap(text: string, start: number, end: number, locator: Locator, nodes: ArticleContent[], n: number): number {
  let at = start
  while (at < end) {
    const space = isWhiteSpaceCode(text.charCodeAt(at))
    let stop = at + 1
    while (stop < end && isWhiteSpaceCode(text.charCodeAt(stop)) === space) stop++
    const value = text.slice(at, stop)
    const position = locator.position(at, stop)
    nodes[n++] = space ? {type: 'WhiteSpaceNode', value, position} : {type: 'noise', value, position}
    at = stop
  }
  return n
}

/** Cover a gap inside a dateline: white space or punctuation. */
function datelineGap(text: string, start: number, end: number, locator: Locator): DatelineContent[] {
  const nodes: DatelineContent[] = []
  let at = start
  while (at < end) {
    const space = /\s/.test(text.charAt(at))
    let stop = at + 1
    while (stop < end && /\s/.test(text.charAt(stop)) === space) stop++
    const value = text.slice(at, stop)
    const position = locator.position(at, stop)
    nodes.push(
      space
        ? {type: 'WhiteSpaceNode', value, position}
        : {type: 'datelinePunctuation', value, separator: false, position}
    )
    at = stop
  }
  return nodes
}

function resolveDateline(frame: Frame, reference: CalendarDate | null): {iso: string | null; day: number | null} {
  const dateline = frame.dateline
  if (dateline && dateline.weekday !== null && dateline.month === null && reference) {
    // `CHICAGO, Tuesday (UPI) —`: the last such weekday on or before the filing date.
    const time = Date.UTC(reference.year, reference.month - 1, reference.day)
    const back = (new Date(time).getUTCDay() - dateline.weekday + 7) % 7
    const date = new Date(time - back * 86_400_000)
    return {
      iso: formatIsoDate({year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}),
      day: null
    }
  }
  if (!dateline || dateline.month === null || dateline.dayDigits === null) return {iso: null, day: null}
  const month = dateline.month
  if (dateline.year !== null) {
    const day = chooseDay(dateline.dayDigits, month, dateline.year, reference)
    return day === null ? {iso: null, day: null} : {iso: formatIsoDate({year: dateline.year, month, day}), day}
  }
  if (!reference) {
    const day = chooseDay(dateline.dayDigits, month, 2000, null)
    return {iso: null, day}
  }
  const day = chooseDay(dateline.dayDigits, month, reference.year, reference)
  if (day === null) return {iso: null, day: null}
  return {iso: formatIsoDate(resolveYear(month, day, reference)), day}
}

function buildDateline(text: string, frame: Frame, locator: Locator, reference: CalendarDate | null): Dateline {
  const match = frame.dateline!
  const {iso, day} = resolveDateline(frame, reference)
  const children: DatelineContent[] = []
  let at = match.start
  for (const part of match.parts) {
    if (part.start < at) continue
    if (part.start > at) children.push(...datelineGap(text, at, part.start, locator))
    const value = text.slice(part.start, part.end)
    const position = locator.position(part.start, part.end)
    switch (part.kind) {
      case 'place':
        children.push({type: 'datelinePlace', value, position})
        break
      case 'date':
        children.push({
          type: 'datelineDate',
          value,
          month: match.month,
          day,
          year: match.year,
          weekday: match.weekday,
          isoDate: iso,
          position
        })
        break
      case 'agency':
        children.push({type: 'agency', value, name: match.agency ?? value, position})
        break
      case 'separator':
        children.push({type: 'datelinePunctuation', value, separator: true, position})
        break
    }
    at = part.end
  }
  if (at < match.end) children.push(...datelineGap(text, at, match.end, locator))

  return {
    type: 'dateline',
    children,
    location: match.location,
    city: match.city,
    region: match.region,
    date: match.date,
    isoDate: iso,
    agency: match.agency,
    text: {start: match.start, end: match.textEnd},
    position: locator.position(match.start, match.end)
  }
}

/**
 * A locator that hands out the same point object again for the offset it was last asked for: where one node
 * ends the next starts, and the two share the point (read-only, as parse-latin's parents and first children
 * share theirs). On a page of tiny paragraphs that is a third of the tree's objects.
 */
function sharingPoints(locator: Locator): Locator {
  let lastOffset = -1
  let lastPoint = locator.point(0)
  const point = (offset: number): Point => {
    if (offset !== lastOffset) {
      lastPoint = locator.point(offset)
      lastOffset = offset
    }
    return lastPoint
  }
  return {
    point,
    position: (start: number, end: number): Position => ({start: point(start), end: point(end)})
  }
}

/** A block of the article other than a paragraph, with its offsets. */
interface Block {
  start: number
  end: number
  node: ArticleContent
}

/** The header node of the frame's header fields, if any. */
function buildHeader(text: string, frame: Frame, locator: Locator): Block | null {
  const fields = frame.head.filter((block) => block.kind === 'headerField')
  if (fields.length === 0) return null
  const start = fields[0].start
  const end = fields[fields.length - 1].end
  const children: Header['children'] = []
  let at = start
  for (const field of fields) {
    if (field.start > at) {
      children.push({
        type: 'WhiteSpaceNode',
        value: text.slice(at, field.start),
        position: locator.position(at, field.start)
      })
    }
    const node: HeaderField = {
      type: 'headerField',
      name: field.name ?? '',
      content: field.content ?? '',
      value: text.slice(field.start, field.end),
      position: locator.position(field.start, field.end)
    }
    children.push(node)
    at = field.end
  }
  return {start, end, node: {type: 'header', children, position: locator.position(start, end)}}
}

/** Headline, byline, noise and agency blocks of the head, in order. */
function headBlocks(text: string, frame: Frame, locator: Locator, blocks: Block[]): void {
  for (const block of frame.head) {
    if (block.kind === 'headerField') continue
    const value = text.slice(block.start, block.end)
    const position = locator.position(block.start, block.end)
    let node: ArticleContent
    switch (block.kind) {
      case 'headline':
        node = {type: 'headline', value, position}
        break
      case 'byline':
        node = {type: 'byline', value, name: block.content ?? value, position}
        break
      case 'noise':
        node = {type: 'noise', value, position}
        break
      case 'agency':
        node = {type: 'agency', value, name: block.content ?? value, position}
        break
    }
    blocks.push({start: block.start, end: block.end, node})
  }
}

/** The trailer node of the frame's trailer items, if any. */
function buildTrailer(text: string, frame: Frame, locator: Locator): Block | null {
  if (frame.trailer.length === 0) return null
  const start = frame.trailer[0].start
  const end = frame.trailer[frame.trailer.length - 1].end
  const children: TrailerContent[] = []
  let at = start
  for (const item of frame.trailer) {
    if (item.start > at) {
      children.push({
        type: 'WhiteSpaceNode',
        value: text.slice(at, item.start),
        position: locator.position(at, item.start)
      })
    }
    const value = text.slice(item.start, item.end)
    const position = locator.position(item.start, item.end)
    switch (item.kind) {
      case 'signOff':
        children.push({type: 'signOff', value, agency: item.agency, position})
        break
      case 'credits':
        children.push({type: 'credits', value, roles: readCredits(value), position})
        break
      case 'copyright':
        children.push({type: 'copyright', value, position})
        break
      case 'more':
        children.push({type: 'more', value, position})
        break
      case 'endMark':
        children.push({type: 'endMark', value, position})
        break
    }
    at = item.end
  }
  const trailer: Trailer = {type: 'trailer', children, position: locator.position(start, end)}
  return {start, end, node: trailer}
}

/** The article tree, and the ranges of its paragraphs (what the speech stage reads). */
export interface BuiltArticle {
  article: Article
  /** The ranges of the tree's paragraphs, in order: the frame's own range objects, not copies. */
  paragraphs: ReadonlyArray<{start: number; end: number}>
}

/**
 * Build the article tree.
 *
 * The paragraphs (in order, often hundreds of thousands on hostile input) are merged with the few other blocks
 * (header, head blocks and dateline before them at equal offsets, the trailer after) without an object a
 * paragraph; a block that starts inside the one before it is left out, and the gaps between blocks are covered
 * with white space and `noise` leaves.
 */
export function buildArticle(input: BuildInput): BuiltArticle {
  const {text, frame, reference} = input
  const locator = sharingPoints(input.locator)
  const before: Block[] = []
  const header = buildHeader(text, frame, locator)
  if (header) before.push(header)
  headBlocks(text, frame, locator, before)
  if (frame.dateline) {
    before.push({
      start: frame.dateline.start,
      end: frame.dateline.end,
      node: buildDateline(text, frame, locator, reference)
    })
  }
  const trailer = buildTrailer(text, frame, locator)
  // The blocks in the order of `blocks.sort` by start (stable) over the header, head blocks, dateline, paragraphs
  // and trailer, in that order: at equal starts the others go before a paragraph, the trailer after it.
  const others = trailer ? [...before, trailer] : before
  sortInPlace(others, (a, b) => a.start - b.start)

  const paragraphs = frame.paragraphs
  // Sized for a block and a gap after each (cut to length at the end; a gap of several leaves writes past it):
  // hundreds of thousands of tiny paragraphs grow a list a push at a time slowly.
  const children: ArticleContent[] = new Array<ArticleContent>(2 * (paragraphs.length + others.length) + 1)
  let n = 0
  const lazy = lazyChildren(new ParseEnglish(), text, locator)
  let at = 0
  const place = (start: number, end: number, node: ArticleContent | null): boolean => {
    if (start < at) return false
    if (start > at) n = gap(text, at, start, locator, children, n)
    children[n++] = node ?? new LazyParagraphNode(locator.position(start, end), lazy)
    at = end
    return true
  }
  // The paragraphs placed: the frame's list itself while none is left out (no copy, no object a paragraph).
  let placed: Array<{start: number; end: number}> | null = null
  let b = 0
  for (let p = 0; p < paragraphs.length; p++) {
    const range = paragraphs[p]
    while (
      b < others.length &&
      (others[b].start < range.start || (others[b].start === range.start && others[b] !== trailer))
    ) {
      place(others[b].start, others[b].end, others[b++].node)
    }
    if (place(range.start, range.end, null)) placed?.push(range)
    else placed ??= paragraphs.slice(0, p)
  }
  while (b < others.length) place(others[b].start, others[b].end, others[b++].node)
  if (at < text.length) n = gap(text, at, text.length, locator, children, n)
  children.length = n

  const dateline = children.find((child): child is Dateline => child.type === 'dateline')
  const signOff = frame.trailer.find((item) => item.kind === 'signOff' && item.agency)

  const article: Article = {
    type: 'article',
    children,
    agency: dateline?.agency ?? frame.prefixAgency ?? signOff?.agency ?? null,
    filed: reference ? formatIsoDate(reference) : null,
    quotations: [],
    paraphrases: [],
    speakers: [],
    position: locator.position(0, text.length)
  }
  return {article, paragraphs: placed ?? paragraphs}
}

/** Setter of a lazy paragraph's `children`: a plain property from then on. */
function replaceChildren(this: Paragraph, value: Paragraph['children']): void {
  Object.defineProperty(this, 'children', {value, writable: true, enumerable: true, configurable: true})
}

/**
 * The property descriptor that makes a paragraph lazy (see {@link LazyParagraphNode}), one a parse: its getter
 * tokenizes the paragraph's span (`position` offsets) once and stores the result as a plain property. The getter
 * (a closure over the parse's parser, text and locator) and the setter are the same functions for every paragraph
 * of a parse, so the paragraphs share one hidden class: no closure, accessor pair or dictionary of properties a
 * paragraph (a story of many tiny paragraphs held about 470 bytes a paragraph in those), and no hidden property
 * either (a second `defineProperty` a paragraph cost as much as the rest of the node).
 */
function lazyChildren(parser: ParseEnglish, text: string, locator: Locator): PropertyDescriptor {
  function tokenizeChildren(this: Paragraph): Paragraph['children'] {
    const children = tokenizeParagraph(
      parser,
      text,
      this.position.start.offset ?? 0,
      this.position.end.offset ?? 0,
      locator
    )
    Object.defineProperty(this, 'children', {value: children, writable: true, enumerable: true, configurable: true})
    return children
  }
  return {get: tokenizeChildren, set: replaceChildren, enumerable: true, configurable: true}
}

/**
 * A paragraph whose nlcst children are tokenized on first access: a parse
 * that only reads the frame, the quotations or the record never pays for
 * tokenizing. Reading `children` (a visit, `JSON.stringify`,
 * `structuredClone`, a retext plugin) tokenizes its span (`position`
 * offsets) once and stores the result as a plain property.
 *
 * Made with `new` so that V8 keeps the three properties inside the object
 * (a literal has room for the two it is written with only); the prototype is
 * `Object.prototype`, so the node is a plain object like every other.
 */
const LazyParagraphNode = function (this: Paragraph, position: Position, children: PropertyDescriptor): void {
  this.type = 'paragraph'
  this.position = position
  Object.defineProperty(this, 'children', children)
} as unknown as {new (position: Position, children: PropertyDescriptor): Paragraph; prototype: object}
LazyParagraphNode.prototype = Object.prototype

/**
 * Whether a paragraph made by {@link LazyParagraphNode} has not been tokenized: nobody has read or replaced its
 * `children`, so its text is still `input.slice(start, end)`.
 */
export function isUntokenized(paragraph: Paragraph): boolean {
  return typeof Object.getOwnPropertyDescriptor(paragraph, 'children')?.get === 'function'
}

/** `(Reporting by Jane Doe and John Roe; Editing by Ann Poe)` → roles. */
export function readCredits(value: string): Record<string, string[]> {
  const roles: Record<string, string[]> = {}
  const inner = value.replace(/^\(|\)$/g, '')
  for (const clause of inner.split(/;/)) {
    const match = /^(?:additional\s)?([a-z]+)\sby\s(.+)$/i.exec(clause.trim().replace(/\s+/g, ' '))
    if (!match) continue
    const role = match[1].toLowerCase()
    const names = match[2]
      .split(/,|\band\b/)
      .map((name) => name.trim())
      .filter((name) => name.length > 0)
    // Own properties only: a role named like a property of every object (`Constructor by …`) is a role too.
    roles[role] = [...(Object.hasOwn(roles, role) ? roles[role] : []), ...names]
  }
  return roles
}
