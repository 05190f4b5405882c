/**
 * Reading a dateline at a given offset:
 *
 * ```
 * [(TAG) - ] PLACE [, REGION]… [,|.] [DATE [, YEAR]] [, Reuter] [(TAG) | . /TAG/.] SEPARATOR
 * ```
 *
 * `BELGRADE, September 6. /TASS/.`, `WASHINGTON (Reuters) -`,
 * `BEIJING, Sept. 6 (Xinhua) --`, `HEMPSTEAD, N.Y., Sept. 26 (UPI) —`,
 * `(ANSA) - ROME, SEP 6 -`, `MOSCOW. Sept 6 (Interfax) -`, `Dec 29 (Reuters) -`,
 * `NEW YORK, March 3 -`, `TOKYO -`, `WASHINGTON _`.
 *
 * The scanner reads at most {@link WINDOW} characters, so its cost is bounded
 * whatever the input.
 */

import type {AgencyMatcher} from './agency.js'
import {afterPlaceDate, closingPeriod, readDate, type DateRead} from './dateline-date.js'
import {separatorRe, sticky} from './dateline-patterns.js'
import {
  isKnownCity,
  lowerPlaceAccepted,
  placeNames,
  readPlace,
  readPlaceTail,
  untaggedAccepted,
  type PlaceRead
} from './dateline-place.js'
import {readLeadTag, readSeparator, readTag, readTrailingTag} from './dateline-tag.js'
import {sortInPlace} from '../util/sort.js'

/** Longest stretch of text a dateline may take. */
export const WINDOW = 240

/** A span of the dateline and what it is. */
export interface DatelinePart {
  kind: 'place' | 'date' | 'agency' | 'separator'
  start: number
  end: number
}

/** What {@link readDateline} found. */
export interface DatelineMatch {
  /** Start of the dateline. */
  start: number
  /** End of the dateline's own text (separator excluded). */
  textEnd: number
  /** End of the separator (and the white space after it on the same line). */
  end: number
  parts: DatelinePart[]
  /** Location as written, `null` when the dateline has no place. */
  location: string | null
  city: string | null
  region: string | null
  /** Date as written. */
  date: string | null
  month: number | null
  /** Day digits as read (may be a typo of three digits). */
  dayDigits: string | null
  year: number | null
  /** Day of the week (0 = Sunday) when the date is a weekday alone. */
  weekday: number | null
  /** Canonical agency of the tag, `null` when untagged or the tag is not an agency. */
  agency: string | null
  /** Whether a tag (`(Reuters)`, `/TASS/`, `(Champions League)`) was read. */
  tagged: boolean
}

/** Settings the dateline reader needs. */
export interface DatelineContext {
  agencies: AgencyMatcher
  months: Map<string, number>
}

/**
 * Read a dateline starting exactly at `index`.
 *
 * @param text Whole input.
 * @param index Where the dateline would start.
 * @param context Agencies and months.
 * @returns The match, or `null` when no dateline starts there.
 */
export function readDateline(text: string, index: number, context: DatelineContext): DatelineMatch | null {
  const limit = Math.min(text.length, index + WINDOW, lineEnd(text, index))
  const parts: DatelinePart[] = []
  // `(ANSA) - ROME, SEP 6 -`: the tag first.
  const lead = readLeadTag(text, index, context)
  if (lead) parts.push(lead.part)
  const leadTagged = lead !== null
  let tagged = leadTagged
  let agency: string | null = lead ? lead.agency : null
  const at = lead ? lead.end : index

  const opening = readPlaceOrDate(text, at, limit, context)
  if (!opening) return null
  const place = opening.place
  let date = opening.date

  let cursor = place ? place.end : at
  // Bracketed regions: `Nagpur (India) (AFP)`, `Srinagar (Jammu and Kashmir) [India], May 22 (ANI):`.
  let regions: Array<{start: number; end: number}> = []
  if (place) {
    const tail = readPlaceTail(text, cursor, limit, context)
    regions = tail.regions
    if (tail.date) date = tail.date
    cursor = tail.end
  } else if (date) {
    cursor = date.end
  }

  // `Aug. 28.`: a period closing the date is part of it.
  if (date && closingPeriod(text, cursor, date)) {
    cursor += 1
    date = {...date, end: cursor}
  }

  const tag = readTrailingTag(text, cursor, context, date !== null && date.dayDigits !== null)
  let tagEnd = cursor
  // A tag counts when it names an agency or a separator follows it.
  if (tag && tag.end <= limit + 2 && (tag.agency || sticky(separatorRe, text, tag.end))) {
    parts.push({kind: 'agency', start: tag.textStart, end: tag.textEnd})
    agency = agency ?? tag.agency
    tagged = true
    tagEnd = tag.end
    cursor = tag.end
  }

  const end =
    readSeparator(text, cursor, parts, agency, tagged, tagged && !(leadTagged && parts.length === 1)) ??
    (!tagged && !date ? placeAloneEnd(text, place, cursor) : null)
  if (end === null) return null

  if (!tagged && !untaggedAccepted(text, place, date, cursor, end)) return null

  const textEnd = tagged ? tagEnd : date ? date.end : (place as PlaceRead).end
  if (place) {
    for (const segment of place.segments) parts.push({kind: 'place', start: segment.start, end: segment.end})
    for (const region of regions) parts.push({kind: 'place', start: region.start, end: region.end})
  }
  if (date) parts.push({kind: 'date', start: date.start, end: date.end})
  sortInPlace(parts, (a, b) => a.start - b.start)

  const names = place ? placeNames(text, place, regions, date, parts) : {location: null, city: null, region: null}

  return {
    start: parts.length > 0 ? Math.min(index, parts[0].start) : index,
    textEnd,
    end,
    parts,
    ...names,
    date: date ? text.slice(date.start, date.end) : null,
    month: date ? date.month : null,
    dayDigits: date ? date.dayDigits : null,
    year: date ? date.year : null,
    weekday: date ? date.weekday : null,
    agency,
    tagged
  }
}

/**
 * What the dateline opens with: a full date without a place (`Dec 29 (Reuters) -`, `OCTOBER 14, 2004 (REUTERS)`),
 * or a place (a lower-case one only before a date: `peoria, april 7 -`); `null` when neither.
 */
function readPlaceOrDate(
  text: string,
  at: number,
  limit: number,
  context: DatelineContext
): {place: PlaceRead | null; date: DateRead | null} | null {
  const date = readDate(text, at, limit, context)
  if (date && date.dayDigits !== null) return {place: null, date}
  let place = readPlace(text, at, limit, context, false)
  if (!place) {
    // Lower-case places must be followed by a date (`peoria, april 7 -`).
    const lowerPlace = readPlace(text, at, limit, context, true)
    if (lowerPlace && lowerPlaceAccepted(text, lowerPlace, limit, context)) place = lowerPlace
  }
  if (!place) return null
  if (!afterPlaceDate(text, place.end, limit, context) && !readTag(text, place.end, context)) {
    // `New york, March 2`, `La paz, march 4`: lower-case words inside a place before a dated comma.
    const lowerPlace = readPlace(text, at, limit, context, true)
    if (lowerPlace && lowerPlace.end > place.end && lowerPlaceAccepted(text, lowerPlace, limit, context))
      place = lowerPlace
  }
  return {place, date: null}
}

/**
 * Where a dateline that is a known city alone on its line ends (`ANKARA` above the story, Anadolu's form): at the
 * line's end when the place is upper case, has one part and a line of text follows; `null` otherwise.
 */
function placeAloneEnd(text: string, place: PlaceRead | null, cursor: number): number | null {
  if (!place || place.segments.length !== 1) return null
  const name = text.slice(place.segments[0].start, place.end)
  if (name !== name.toUpperCase() || !isKnownCity(name)) return null
  const space = sticky(/[ \t]*(?=\r?\n)/y, text, cursor)
  if (!space) return null
  const end = cursor + space[0].length
  return /\S/.test(text.slice(end, end + 200)) ? end : null
}

function lineEnd(text: string, index: number): number {
  let at = index
  const stop = Math.min(text.length, index + WINDOW + 8)
  while (at < stop) {
    const code = text.charCodeAt(at)
    if (code === 10 || code === 13) return at
    at++
  }
  return stop
}
