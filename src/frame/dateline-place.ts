/**
 * The place of a dateline: comma-separated segments of capitalised words
 * (`HEMPSTEAD, N.Y.`, `RIO de JANEIRO`), a bracketed region (`Nagpur (India)`),
 * lower-case places before a date (`peoria, april 7`), the checks an untagged
 * dateline must pass, and the location, city and region named.
 */

import {readMonth} from './date.js'
import type {DatelineContext, DatelinePart} from './dateline.js'
import {afterPlaceDate, readDate, type DateRead} from './dateline-date.js'
import {placeWordRe, sticky} from './dateline-patterns.js'
import {readTag} from './dateline-tag.js'
import {datelineCities} from '../lexicon/dateline-cities.js'
import {kickerWords, placeConnectors} from '../lexicon/places.js'

const kickers = new Set(kickerWords)
const connectors = new Set(placeConnectors)
const cities = new Set(datelineCities)

/**
 * Whether `value` (a dateline's first place segment) names known dateline cities (`SINGAPORE`, `Kuala Lumpur`,
 * `MUMBAI/NEW DELHI`), compared in capitals without diacritics.
 */
export function isKnownCity(value: string): boolean {
  const folded = value.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()
  return folded.split('/').every((part) => cities.has(part.trim()))
}

export interface PlaceRead {
  segments: Array<{start: number; end: number}>
  end: number
}

/** `value` without the run of `characters` at its end (linear, unlike a `/[…]+$/` replace). */
function trimEndChars(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value.charAt(end - 1))) end--
  return value.slice(0, end)
}

function isPlaceWord(word: string, first: boolean): boolean {
  const bare = trimEndChars(word, `.'’`)
  if (bare.length === 0) return false
  const initial = bare.charAt(0)
  if (initial === initial.toLowerCase() && initial !== initial.toUpperCase()) {
    // Lower case: connectors inside a place (`RIO de JANEIRO`) only.
    return !first && connectors.has(bare)
  }
  return true
}

/**
 * Read a place: one or more comma-separated segments of capitalised words.
 * Lower-case places are read only when `lower` is set (a date must follow).
 */
export function readPlace(
  text: string,
  index: number,
  limit: number,
  context: DatelineContext,
  lower: boolean
): PlaceRead | null {
  const segments: Array<{start: number; end: number}> = []
  let at = index

  while (at < limit && segments.length < 4) {
    let segmentEnd = -1
    let words = 0
    let cursor = at
    while (cursor < limit && words < 6) {
      const word = sticky(placeWordRe, text, cursor)
      if (!word || cursor + word[0].length > limit) break
      const raw = word[0]
      if (!(lower ? /^\p{L}/u.test(raw) : isPlaceWord(raw, words === 0))) break
      // A month followed by a day starts the date.
      if (segments.length > 0 || words > 0) {
        if (readMonth(raw, context.months) !== null) {
          const probe = readDate(text, cursor, limit, context)
          if (probe && probe.dayDigits !== null) break
          if (probe && words > 0) break
        }
      }
      if (words === 0 && segments.length > 0) {
        const probe = readDate(text, cursor, limit, context)
        if (probe) break
      }
      segmentEnd = cursor + raw.length
      words++
      cursor = segmentEnd
      const space = sticky(/[ \t]{1,2}(?=[\p{L}])/uy, text, cursor)
      if (!space) break
      cursor += space[0].length
    }
    if (segmentEnd < 0) break
    segments.push({start: at, end: segmentEnd})
    // Next segment after a comma.
    const comma = sticky(/[ \t]*,[ \t]*/y, text, segmentEnd)
    if (!comma) {
      at = segmentEnd
      break
    }
    const next = segmentEnd + comma[0].length
    const word = sticky(placeWordRe, text, next)
    if (!word) {
      at = segmentEnd
      break
    }
    if (readDate(text, next, limit, context) || /^reuters?$/i.test(word[0])) {
      at = segmentEnd
      break
    }
    at = next
  }

  if (segments.length === 0) return null
  return {segments, end: segments[segments.length - 1].end}
}

/** Whether a place segment is all upper case (ignoring periods and connectors). */
function isUpperCase(value: string): boolean {
  const letters = value.replace(/[^\p{L}]/gu, '')
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** A region in brackets after the place (`Nagpur (India) (AFP)`, `Gaza [Palestine],`), not an agency's tag. */
function readParenRegion(
  text: string,
  cursor: number,
  context: DatelineContext
): {span: {start: number; end: number}; end: number} | null {
  const region = sticky(
    /[ \t]*(?:\(([\p{L}][\p{L} .'-]{1,30})\)(?=[ \t]*[([])|\[([\p{L}][\p{L} .'-]{1,30})\](?=[ \t]*[,(]))/uy,
    text,
    cursor
  )
  const regionName = region ? (region[1] ?? region[2]) : undefined
  if (!region || !regionName || context.agencies.byAlias(regionName)) return null
  const regionStart = text.indexOf(regionName, cursor)
  return {span: {start: regionStart, end: regionStart + regionName.length}, end: cursor + region[0].length}
}

/**
 * After a place: up to two bracketed regions (`Nagpur (India)`, `Srinagar (Jammu and Kashmir) [India]`, ANI's form)
 * and a date (`, Sept. 6`), each when there; `end` past them.
 */
export function readPlaceTail(
  text: string,
  cursor: number,
  limit: number,
  context: DatelineContext
): {regions: Array<{start: number; end: number}>; date: DateRead | null; end: number} {
  let end = cursor
  const regions: Array<{start: number; end: number}> = []
  for (let region = readParenRegion(text, end, context); region && regions.length < 2;) {
    regions.push(region.span)
    end = region.end
    region = readParenRegion(text, end, context)
  }
  const read = afterPlaceDate(text, end, limit, context)
  if (read) end = read.date.end
  return {regions, date: read ? read.date : null, end}
}

/** Acceptance of an untagged dateline: a place, not a kicker; undated, a city in capitals and space after the separator. */
export function untaggedAccepted(
  text: string,
  place: PlaceRead | null,
  date: DateRead | null,
  cursor: number,
  end: number
): boolean {
  if (!place) return false
  const first = text.slice(place.segments[0].start, place.segments[0].end)
  const firstWords = first.split(/\s+/)
  const dated = date !== null && date.dayDigits !== null
  // Kickers stand alone (`UPDATE -`, `SUPREME COURT -`); `NEWPORT NEWS, Va. -` is a place.
  if (
    !dated &&
    place.segments.length === 1 &&
    firstWords.some((word) => kickers.has(word.replace(/[^\p{L}]/gu, '').toUpperCase()))
  )
    return false
  // `SINGAPORE: Singapore will …` (CNA): a colon only before a capitalised sentence on the same line, and
  // undated only after a known city (not `HUFFPOLLSTER:`, `KATE BOULDUAN:`).
  if (text.slice(cursor, end).trim() === ':') {
    if (!/^\p{Lu}/u.test(text.charAt(end))) return false
    if (!dated && !isKnownCity(first)) return false
  }
  if (!date || date.month === null) {
    // `TOKYO -`, `LINCOLN, Neb. --`, `MOSCOW, Tuesday -`: the city in capitals, at least three letters.
    if (!isUpperCase(first) || first.replace(/[^\p{L}]/gu, '').length < 3) return false
    // `SIEGEL--Jerome Arthur`: an undated, untagged dateline needs space after its separator.
    if (end < text.length && !/\s/.test(text.charAt(end - 1)) && !/\s/.test(text.charAt(end))) return false
  }
  return true
}

/**
 * The location (place through any bracketed region), its city (first segment) and region (the rest); `MOSCOW.`
 * before a date loses its period, in the location and in the place part of `parts`.
 */
export function placeNames(
  text: string,
  place: PlaceRead,
  regions: ReadonlyArray<{start: number; end: number}>,
  date: DateRead | null,
  parts: DatelinePart[]
): {location: string; city: string; region: string | null} {
  let locationEnd = place.end
  if (regions.length > 0) locationEnd = regions[regions.length - 1].end + 1
  let location = text.slice(place.segments[0].start, locationEnd)
  // `MOSCOW.` before a date: the period is punctuation.
  if (
    date &&
    place.segments.length === 1 &&
    regions.length === 0 &&
    /[^.]\.$/.test(location) &&
    !/\.\p{L}+\.$/u.test(location) &&
    isUpperCase(location)
  ) {
    location = location.slice(0, -1)
    const last = parts.find((part) => part.kind === 'place' && part.end === place.end)
    if (last) last.end -= 1
  }
  let city = text.slice(place.segments[0].start, place.segments[0].end)
  if (city.endsWith('.') && city === location + '.') city = location
  const rest = location.slice(city.length).replace(/^[ \t]*,?[ \t]*/, '')
  // Two bracketed regions name the state and the country: `Jammu and Kashmir, India`.
  const region =
    regions.length > 1
      ? regions.map((span) => text.slice(span.start, span.end)).join(', ')
      : rest.length > 0
        ? rest.replace(/^\(|\)$/g, '')
        : null
  return {location, city, region}
}

/**
 * Whether a place read with lower-case words is a dateline's: no more than
 * four words, then a known agency's tag (`paris (AFP) -`) or a comma and a
 * date with a day (`peoria, april 7`).
 */
export function lowerPlaceAccepted(text: string, place: PlaceRead, limit: number, context: DatelineContext): boolean {
  if (place.segments.length > 2) return false
  const words = text
    .slice(place.segments[0].start, place.end)
    .split(/[\s,]+/)
    .filter(Boolean)
  if (words.length > 4) return false
  // `paris (AFP) -`: a known agency's tag right after the place.
  const tag = readTag(text, place.end, context)
  if (tag && tag.agency) return true
  if (!sticky(/[ \t]*,/y, text, place.end)) return false
  const probe = afterPlaceDate(text, place.end, limit, context)
  return probe !== null && probe.date.dayDigits !== null
}
