/**
 * The story's frame: where the header, headline, byline, dateline,
 * paragraphs and trailer lie. Works on offsets only; the tree is built from
 * it in `../tree/build.ts`.
 */

import type {AgencyMatcher} from './agency.js'
import {readDateline, type DatelineContext, type DatelineMatch} from './dateline.js'
import {readTrailer, type TrailerItem} from './trailer.js'
import {splitParagraphs} from './paragraphs.js'
import {isWhiteSpaceCode} from '../util/space.js'
import {dateFieldNames, headerFieldNames} from '../lexicon/header-fields.js'

/** A block before the story body. */
export interface HeadBlock {
  kind: 'headerField' | 'headline' | 'byline' | 'noise' | 'agency'
  start: number
  end: number
  /** Header field name (lower case). */
  name?: string
  /** Header field value, byline name, or canonical agency. */
  content?: string
}

/** The frame of one story. */
export interface Frame {
  head: HeadBlock[]
  dateline: DatelineMatch | null
  paragraphs: Array<{start: number; end: number}>
  trailer: TrailerItem[]
  /** Canonical agency of an aggregator prefix (`AFP - `). */
  prefixAgency: string | null
}

/** How many lines from the top may come before the dateline. */
const MAX_HEAD_LINES = 4
/** Longest line that may be a headline or byline. */
const MAX_HEAD_LINE = 240

const headerFieldSet = new Set(headerFieldNames)
const dateFieldSet = new Set(dateFieldNames)

// Wire and markup noise: `****`, `RPT --`, `c    `, a BOM, escaped or raw HTML tags (`&lt;p&gt;`).
const noiseRe =
  /(?:\*{2,}|[#=]{3,}|RPT[ \t]*-+[ \t]*|[0-9a-z][ \t]{3,}|\uFEFF|(?:&lt;\/?[A-Za-z][^&\n]{0,30}?&gt;[ \t]*)+|(?:<\/?[A-Za-z][^<>\n]{0,30}>[ \t]*)+)/y
const bylineRe = /(?:By|BY|by)[ \t]+([^\s][^\n\r]{1,79}?)(?=[ \t]{2}|[ \t]*[\r\n]|[ \t]*$)/y
const fieldRe = /([A-Za-z][A-Za-z_-]{0,20})(:?)[ \t]+/y
const isoValueRe = /[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?/y
const bareTagRe = /\([ \t]*([A-Za-z][^()\n\d]{0,38}?)[ \t]*\)[ \t]*(?:-{1,2}|—|–)[ \t]+/y
const prefixRe = /([A-Z][A-Za-z.\-/ ]{0,30}?)[ \t]+(?:-{1,2}|—|–)[ \t]+/y

function sticky(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index
  return re.exec(text)
}

function skipSpace(text: string, index: number, lines: boolean): number {
  let at = index
  while (at < text.length) {
    const character = text.charAt(at)
    if (
      character === ' ' ||
      character === '\t' ||
      character === '\uFEFF' ||
      (lines && (character === '\n' || character === '\r'))
    )
      at++
    else break
  }
  return at
}

function endOfLine(text: string, index: number): number {
  let at = index
  while (at < text.length && text.charAt(at) !== '\n' && text.charAt(at) !== '\r') at++
  return at
}

/**
 * Read header fields at the top: `date 2024-09-06`, `Slug: …`.
 */
function readHeader(text: string, from: number, head: HeadBlock[]): number {
  let at = from
  for (let count = 0; count < 12; count++) {
    const start = skipSpace(text, at, true)
    const field = sticky(fieldRe, text, start)
    if (!field) break
    const name = field[1].toLowerCase()
    if (!headerFieldSet.has(name)) break
    const valueStart = start + field[0].length
    let valueEnd: number
    if (dateFieldSet.has(name) && sticky(isoValueRe, text, valueStart)) {
      valueEnd = isoValueRe.lastIndex
    } else if (field[2] === ':') {
      valueEnd = endOfLine(text, valueStart)
      while (valueEnd > valueStart && /\s/.test(text.charAt(valueEnd - 1))) valueEnd--
    } else {
      break
    }
    if (valueEnd <= valueStart) break
    head.push({kind: 'headerField', start, end: valueEnd, name, content: text.slice(valueStart, valueEnd)})
    at = valueEnd
  }
  return at
}

/**
 * Try the openings of a line: noise, an aggregator prefix, a byline, then the
 * dateline itself.
 */
function tryLine(
  text: string,
  lineStart: number,
  context: DatelineContext,
  agencies: AgencyMatcher
): {dateline: DatelineMatch | null; head: HeadBlock[]; prefixAgency: string | null; bodyStart: number} | null {
  const head: HeadBlock[] = []
  let at = lineStart
  let prefixAgency: string | null = null

  const noise = sticky(noiseRe, text, at)
  if (noise && noise[0].length > 0) {
    head.push({kind: 'noise', start: at, end: at + noise[0].trimEnd().length})
    at = skipSpace(text, at + noise[0].length, false)
  }

  const prefix = sticky(prefixRe, text, at)
  if (prefix) {
    const agency = agencies.byPrefix(prefix[1])
    if (agency) {
      head.push({kind: 'agency', start: at, end: at + prefix[1].length, content: agency})
      prefixAgency = agency
      at += prefix[0].length
    }
  }

  const byline = sticky(bylineRe, text, at)
  if (byline) {
    const after = skipSpace(text, at + byline[0].length, false)
    const dateline = readDateline(text, after, context)
    if (dateline) {
      head.push({kind: 'byline', start: at, end: at + byline[0].length, content: byline[1]})
      return {dateline, head, prefixAgency, bodyStart: dateline.end}
    }
  }

  const dateline = readDateline(text, at, context)
  if (dateline) return {dateline, head, prefixAgency, bodyStart: dateline.end}
  if (prefixAgency) return {dateline: null, head, prefixAgency, bodyStart: at}

  // A bare tag opening the story without a place: `(Sports Network) - The Jets won.`
  const bare = sticky(bareTagRe, text, at)
  const bareAgency = bare ? agencies.byAlias(bare[1]) : null
  if (bare && bareAgency) {
    const labelStart = at + bare[0].indexOf(bare[1])
    head.push({kind: 'agency', start: labelStart, end: labelStart + bare[1].length, content: bareAgency})
    return {dateline: null, head, prefixAgency: bareAgency, bodyStart: at + bare[0].length}
  }

  // A source label that is not an agency (`SPACE.com - `), kept only when a dateline follows it.
  if (prefix && !prefixAgency) {
    const after = at + prefix[0].length
    const labelled = readDateline(text, after, context)
    if (labelled && labelled.location !== null) {
      head.push({kind: 'noise', start: at, end: at + prefix[1].length})
      return {dateline: labelled, head, prefixAgency: null, bodyStart: labelled.end}
    }
  }
  return null
}

/**
 * Read the frame of a story.
 *
 * @param text The whole input.
 * @param context Dateline reading context.
 * @param agencies Agency registry matcher.
 */
export function readFrame(text: string, context: DatelineContext, agencies: AgencyMatcher): Frame {
  const head: HeadBlock[] = []
  const at = readHeader(text, 0, head)

  let found: ReturnType<typeof tryLine> = null
  const skipped: Array<{start: number; end: number}> = []
  let lineStart = skipSpace(text, at, true)

  // The dateline may follow header fields on the same line (`date 2024-09-06 BELGRADE, …`).
  for (let line = 0; line <= MAX_HEAD_LINES && lineStart < text.length; line++) {
    found = tryLine(text, lineStart, context, agencies)
    if (found) break
    const lineEnd = endOfLine(text, lineStart)
    if (lineEnd - lineStart > MAX_HEAD_LINE) break
    skipped.push({start: lineStart, end: lineEnd})
    lineStart = skipSpace(text, lineEnd, true)
  }

  let bodyStart = at
  let dateline: DatelineMatch | null = null
  let prefixAgency: string | null = null
  if (found) {
    for (const line of skipped) {
      let end = line.end
      while (end > line.start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
      // A line of white space only (NBSP, form feed, U+2028, U+3000…: not skipped as blank above) is no block:
      // the gap between blocks covers it with white space.
      if (end === line.start) continue
      const byline = sticky(bylineRe, text, line.start)
      const noise = sticky(noiseRe, text, line.start)
      if (byline && line.start + byline[0].length >= end - 1) {
        head.push({kind: 'byline', start: line.start, end, content: byline[1].trim()})
      } else if (noise && line.start + noise[0].trimEnd().length >= end) {
        // A line of wire noise alone (`****`).
        head.push({kind: 'noise', start: line.start, end})
      } else {
        head.push({kind: 'headline', start: line.start, end})
      }
    }
    head.push(...found.head)
    dateline = found.dateline
    prefixAgency = found.prefixAgency
    bodyStart = found.bodyStart
  }

  const trailer = readTrailer(text, bodyStart, agencies)
  const bodyEnd = trailer.length > 0 ? trailer[0].start : text.length
  const paragraphs = splitParagraphs(text, bodyStart, bodyEnd)

  return {head, dateline, paragraphs, trailer, prefixAgency}
}
