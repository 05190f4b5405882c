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
  TrailerContent,
  WhiteSpace
} from '../ast.js'
import type {Frame} from '../frame/frame.js'
import {chooseDay, formatIsoDate, resolveYear, type CalendarDate} from '../frame/date.js'
import type {Locator} from '../text/location.js'
import {tokenizeParagraph} from './tokenize.js'
import {sortInPlace} from '../util/sort.js'

/** Inputs of {@link buildArticle}. */
export interface BuildInput {
  text: string
  frame: Frame
  locator: Locator
  /** The date the story was filed, from a header field or the options. */
  reference: CalendarDate | null
}

const whiteSpaceRe = /\s+/y

/**
 * Cover `text[start…end]` with leaves: white space runs become `WhiteSpaceNode`s,
 * anything else `noise`.
 */
function gap(text: string, start: number, end: number, locator: Locator): Array<WhiteSpace | ArticleContent> {
  const nodes: Array<WhiteSpace | ArticleContent> = []
  let at = start
  while (at < end) {
    whiteSpaceRe.lastIndex = at
    const match = whiteSpaceRe.exec(text)
    if (match && match.index === at) {
      const stop = Math.min(end, at + match[0].length)
      nodes.push({type: 'WhiteSpaceNode', value: text.slice(at, stop), position: locator.position(at, stop)})
      at = stop
    } else {
      let stop = at + 1
      while (stop < end && !/\s/.test(text.charAt(stop))) stop++
      nodes.push({type: 'noise', value: text.slice(at, stop), position: locator.position(at, stop)})
      at = stop
    }
  }
  return nodes
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
 * Build the article tree.
 */
export function buildArticle(input: BuildInput): Article {
  const {text, frame, locator, reference} = input
  const parser = new ParseEnglish()
  const blocks: Array<{start: number; end: number; node: ArticleContent}> = []

  // Header fields are grouped into one header node.
  const fields = frame.head.filter((block) => block.kind === 'headerField')
  if (fields.length > 0) {
    const start = fields[0].start
    const end = fields[fields.length - 1].end
    const children: Header['children'] = []
    let at = start
    for (const field of fields) {
      if (field.start > at) {
        children.push({type: 'WhiteSpaceNode', value: text.slice(at, field.start), position: locator.position(at, field.start)})
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
    blocks.push({start, end, node: {type: 'header', children, position: locator.position(start, end)}})
  }

  for (const block of frame.head) {
    const value = text.slice(block.start, block.end)
    const position = locator.position(block.start, block.end)
    switch (block.kind) {
      case 'headline':
        blocks.push({start: block.start, end: block.end, node: {type: 'headline', value, position}})
        break
      case 'byline':
        blocks.push({start: block.start, end: block.end, node: {type: 'byline', value, name: block.content ?? value, position}})
        break
      case 'noise':
        blocks.push({start: block.start, end: block.end, node: {type: 'noise', value, position}})
        break
      case 'agency':
        blocks.push({start: block.start, end: block.end, node: {type: 'agency', value, name: block.content ?? value, position}})
        break
      default:
        break
    }
  }

  if (frame.dateline) {
    blocks.push({start: frame.dateline.start, end: frame.dateline.end, node: buildDateline(text, frame, locator, reference)})
  }

  // Object literals, not spreads: `{...range, node}` takes a slow path in V8 (a microsecond a paragraph).
  for (const range of frame.paragraphs) {
    blocks.push({start: range.start, end: range.end, node: lazyParagraph(parser, text, range.start, range.end, locator)})
  }

  if (frame.trailer.length > 0) {
    const start = frame.trailer[0].start
    const end = frame.trailer[frame.trailer.length - 1].end
    const children: TrailerContent[] = []
    let at = start
    for (const item of frame.trailer) {
      if (item.start > at) {
        children.push({type: 'WhiteSpaceNode', value: text.slice(at, item.start), position: locator.position(at, item.start)})
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
    blocks.push({start, end, node: trailer})
  }

  sortInPlace(blocks, (a, b) => a.start - b.start)

  const children: ArticleContent[] = []
  let at = 0
  for (const block of blocks) {
    if (block.start < at) continue
    if (block.start > at) children.push(...gap(text, at, block.start, locator))
    children.push(block.node)
    at = block.end
  }
  if (at < text.length) children.push(...gap(text, at, text.length, locator))

  const dateline = children.find((child): child is Dateline => child.type === 'dateline')
  const signOff = frame.trailer.find((item) => item.kind === 'signOff' && item.agency)

  return {
    type: 'article',
    children,
    agency: dateline?.agency ?? frame.prefixAgency ?? signOff?.agency ?? null,
    filed: reference ? formatIsoDate(reference) : null,
    quotations: [],
    paraphrases: [],
    speakers: [],
    position: locator.position(0, text.length)
  }
}

/**
 * A paragraph whose nlcst children are tokenized on first access: a parse
 * that only reads the frame, the quotations or the record never pays for
 * tokenizing. Reading `children` (a visit, `JSON.stringify`, a retext
 * plugin) tokenizes once and stores the result as a plain property.
 */
function lazyParagraph(
  parser: ParseEnglish,
  text: string,
  start: number,
  end: number,
  locator: Locator
): Paragraph {
  // Accessors in the literal (enumerable and configurable, as `defineProperty` would make them): about
  // twice as fast to create as defining them afterwards.
  const node: Paragraph = {
    type: 'paragraph',
    position: locator.position(start, end),
    get children(): Paragraph['children'] {
      const children = tokenizeParagraph(parser, text, start, end, locator)
      Object.defineProperty(this, 'children', {value: children, writable: true, enumerable: true, configurable: true})
      return children
    },
    set children(value: Paragraph['children']) {
      Object.defineProperty(this, 'children', {value, writable: true, enumerable: true, configurable: true})
    }
  }
  return node
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
    roles[role] = [...(roles[role] ?? []), ...names]
  }
  return roles
}
