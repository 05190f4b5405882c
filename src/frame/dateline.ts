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
import {readDayDigits, readMonth} from './date.js'
import {weekdayWords} from '../lexicon/months.js'
import {kickerWords, placeConnectors} from '../lexicon/places.js'
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

const weekdayLookup = new Map<string, number>(
  Object.entries(weekdayWords).flatMap(([day, words]) => words.map((word): [string, number] => [word, Number(day)]))
)
const kickers = new Set(kickerWords)
const connectors = new Set(placeConnectors)

// Sticky patterns, each applied at one index of a bounded window.
const spaceRe = /[ \t\u00A0]*/y
// Hyphens only between letters (`PORT-AU-PRINCE`), so `Calif.--(` stops before the dashes.
const placeWordRe = /[\p{L}][\p{L}\p{M}.'’&}]*(?:-[\p{L}][\p{L}\p{M}.'’&}]*)*(?:\/[\p{L}][\p{L}\p{M}.'’&]*(?:-[\p{L}][\p{L}\p{M}.'’&]*)*)*/uy
const dayRe = /[0-9][0-9Ol]{0,2}|[lI][0-9]/y
const yearRe = /,?[ \t]*((?:19|20)[0-9]{2})\b/y
const parenTagRe = /[ \t]*\([ \t]*([^()\n\d \t](?:[^()\n\d]{0,39}[^()\n\d \t])?)[ \t]*\)/y
const slashTagRe = /[ \t]*(?:\.[ \t]*)?\/([A-Za-z][A-Za-z\- ]{0,20})\/\.?/y
const reuterTagRe = /,[ \t]*(Reuters?|REUTERS?)\b/y
const separatorRe = /[ \t]*(?:,[ \t]*(?=-)|\.(?=-))?(?:-{1,3}|—|–|_|:)(?=[ \t\n\r]|$|[^\S\n\r]|\p{Lu}|")[ \t]*/uy
const separatorLooseRe = /[ \t]*(?:-{1,3}|—|–|_)[ \t]*/y

function sticky(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index
  return re.exec(text)
}

interface DateRead {
  start: number
  end: number
  month: number | null
  dayDigits: string | null
  year: number | null
  /** Day of the week when the date is a weekday alone (`CHICAGO, Tuesday (UPI) —`), 0 = Sunday. */
  weekday: number | null
}

/**
 * Read a date at `index`: `Month D`, `Mon. D`, `Mon.D`, `D Month`, `Month`
 * (alone, only before a separator), with an optional weekday before and
 * `, YYYY` after.
 */
function readDate(text: string, index: number, limit: number, context: DatelineContext): DateRead | null {
  const lead = readWeekdayLead(text, index)
  const at = lead.at
  const date =
    (lead.word ? readMonthFirst(text, index, at, lead.word[0], limit, context) : null) ??
    readDayFirst(text, index, at, context)
  if (date) return date
  if (lead.weekday !== undefined && lead.weekdayEnd > index) {
    return {start: index, end: lead.weekdayEnd, month: null, dayDigits: null, year: null, weekday: lead.weekday}
  }
  return null
}

/**
 * The word at `index`, past a weekday (`Monday, Sept. 6` or `Monday Sept. 6`) when it is one: the weekday,
 * where it ends, and where and which word follows it (`null` for a weekday alone).
 */
function readWeekdayLead(text: string, index: number) {
  let at = index
  let word = sticky(placeWordRe, text, at)
  const weekday = word ? weekdayLookup.get(word[0].toLowerCase().replace(/[.,]$/, '')) : undefined
  let weekdayEnd = -1
  if (word && weekday !== undefined) {
    const after = at + word[0].length
    weekdayEnd = after - (word[0].endsWith('.') || word[0].endsWith(',') ? 1 : 0)
    const next = /,?[ \t]+/y
    next.lastIndex = after
    if (next.exec(text)) {
      at = next.lastIndex
      word = sticky(placeWordRe, text, at)
    } else {
      word = null
    }
  }
  return {at, word, weekday, weekdayEnd}
}

/** Month first: `Month D[, YYYY]`, `Mon.D` (day glued after the period), `Month` alone; `raw` is the word at `at`. */
function readMonthFirst(
  text: string,
  begin: number,
  at: number,
  raw: string,
  limit: number,
  context: DatelineContext
): DateRead | null {
  // `Nov.3`: month word with the day glued after the period.
  const glued = /^([\p{L}]+)\.([0-9]{1,2})$/u.exec(raw)
  const month = readMonth(glued ? glued[1] : raw, context.months)
  if (month !== null && !glued) {
    let end = at + raw.length
    const space = sticky(spaceRe, text, end)
    const dayAt = end + (space ? space[0].length : 0)
    const day = sticky(dayRe, text, dayAt)
    if (day && !/[\p{L}\d]/u.test(text.charAt(dayAt + day[0].length) || ' ')) {
      end = dayAt + day[0].length
      let digits = readDayDigits(day[0])
      // `Apri l7`: a slipped space; the letter ends the month (`April 7`).
      const letter = day[0].charAt(0)
      if (
        digits !== null &&
        /^[lI][0-9]$/.test(day[0]) &&
        !context.months.has(raw.toLowerCase()) &&
        context.months.has(raw.toLowerCase() + letter.toLowerCase())
      ) {
        digits = day[0].slice(1)
      }
      const year = sticky(yearRe, text, end)
      let yearValue: number | null = null
      if (year && end + year[0].length <= limit) {
        yearValue = Number(year[1])
        end += year[0].length
      }
      return {start: begin, end, month, dayDigits: digits, year: yearValue, weekday: null}
    }
    // Month alone.
    return {start: begin, end: at + raw.length - (raw.endsWith('.') ? 1 : 0), month, dayDigits: null, year: null, weekday: null}
  }
  if (glued) {
    const gluedMonth = readMonth(glued[1], context.months)
    if (gluedMonth !== null) {
      return {start: begin, end: at + raw.length, month: gluedMonth, dayDigits: glued[2], year: null, weekday: null}
    }
  }
  return null
}

/** Day first: `2 March[, YYYY]`. */
function readDayFirst(text: string, begin: number, at: number, context: DatelineContext): DateRead | null {
  const day = sticky(/([0-9]{1,2})[ \t]+/y, text, at)
  if (!day) return null
  const monthWord = sticky(placeWordRe, text, at + day[0].length)
  if (!monthWord) return null
  const month = readMonth(monthWord[0], context.months)
  if (month === null) return null
  let end = at + day[0].length + monthWord[0].length - (monthWord[0].endsWith('.') ? 1 : 0)
  const year = sticky(yearRe, text, end)
  let yearValue: number | null = null
  if (year) {
    yearValue = Number(year[1])
    end += year[0].length
  }
  return {start: begin, end, month, dayDigits: day[1], year: yearValue, weekday: null}
}

interface PlaceRead {
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
function readPlace(text: string, index: number, limit: number, context: DatelineContext, lower: boolean): PlaceRead | null {
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

/** A tag read at `start`: its whole span and its label's span. */
interface TagRead {
  start: number
  end: number
  textStart: number
  textEnd: number
  label: string
  agency: string | null
}

function tagRead(start: number, length: number, labelStart: number, label: string, agency: string | null): TagRead {
  return {start, end: start + length, textStart: labelStart, textEnd: labelStart + label.length, label, agency}
}

/** Read a tag at `index`: `(Reuters)`, `/TASS/`, `. /TASS/.`, `, Reuter`. */
function readTag(text: string, index: number, context: DatelineContext): TagRead | null {
  const slash = sticky(slashTagRe, text, index)
  if (slash) {
    // An agency (`/TASS/`), or any outlet when a separator follows (`/PRNewswire/ --`).
    const agency = context.agencies.byAlias(slash[1])
    return tagRead(index, slash[0].length, text.indexOf('/', index) + 1, slash[1], agency)
  }
  const paren = sticky(parenTagRe, text, index)
  if (paren) {
    const labelStart = text.indexOf(paren[1], text.indexOf('(', index))
    return tagRead(index, paren[0].length, labelStart, paren[1], context.agencies.byAlias(paren[1]))
  }
  const reuter = sticky(reuterTagRe, text, index)
  if (reuter) {
    const labelStart = index + reuter[0].length - reuter[1].length
    return tagRead(index, reuter[0].length, labelStart, reuter[1], context.agencies.byAlias(reuter[1]))
  }
  return null
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
  // A parenthesised region: `Nagpur (India) (AFP)`.
  let parenRegion: {start: number; end: number} | null = null
  if (place) {
    const tail = readPlaceTail(text, cursor, limit, context)
    parenRegion = tail.region
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

  const tag = readTrailingTag(text, cursor, context)
  let tagEnd = cursor
  // A tag counts when it names an agency or a separator follows it.
  if (tag && tag.end <= limit + 2 && (tag.agency || sticky(separatorRe, text, tag.end))) {
    parts.push({kind: 'agency', start: tag.textStart, end: tag.textEnd})
    agency = agency ?? tag.agency
    tagged = true
    tagEnd = tag.end
    cursor = tag.end
  }

  const end = readSeparator(text, cursor, parts, agency, tagged && !(leadTagged && parts.length === 1))
  if (end === null) return null

  if (!tagged && !untaggedAccepted(text, place, date, cursor, end)) return null

  const textEnd = tagged ? tagEnd : date ? date.end : (place as PlaceRead).end
  if (place) {
    for (const segment of place.segments) parts.push({kind: 'place', start: segment.start, end: segment.end})
    if (parenRegion) parts.push({kind: 'place', start: parenRegion.start, end: parenRegion.end})
  }
  if (date) parts.push({kind: 'date', start: date.start, end: date.end})
  sortInPlace(parts, (a, b) => a.start - b.start)

  const names = place ? placeNames(text, place, parenRegion, date, parts) : {location: null, city: null, region: null}

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
 * Where the dateline ends: past its separator (pushed onto `parts`; a colon only after an agency's tag, as in
 * `JAKARTA (Antara):`, not `BASEBALL Boston (AL):`), or, when `tagEnds` (a tag other than the lead's alone), past a
 * comma before the story (`(Xinhua) Vietnam …`, `(AFP) ,Australian`, `/TASS/.`); `null` when neither.
 */
function readSeparator(
  text: string,
  cursor: number,
  parts: DatelinePart[],
  agency: string | null,
  tagEnds: boolean
): number | null {
  let separator = sticky(separatorRe, text, cursor)
  if (separator && separator[0].trim() === ':' && !agency) separator = null
  if (separator) {
    const sepStart = cursor + (separator[0].length - separator[0].trimStart().length)
    parts.push({kind: 'separator', start: sepStart, end: sepStart + separator[0].trim().length})
    return cursor + separator[0].length
  }
  if (!tagEnds) return null
  const gap = sticky(/[ \t]*,?[ \t]*/y, text, cursor)
  const end = cursor + (gap ? gap[0].length : 0)
  if (end < text.length && !/[\s\p{L}"“'‘\d]/u.test(text.charAt(end)) && text.charAt(end) !== '\n') return null
  return end
}

/** A known agency's tag opening the dateline and followed by a separator (`(ANSA) - ROME, SEP 6 -`). */
function readLeadTag(
  text: string,
  at: number,
  context: DatelineContext
): {part: DatelinePart; agency: string; end: number} | null {
  const lead = sticky(parenTagRe, text, at)
  if (!lead || lead.index !== at || text.charAt(at) !== '(') return null
  const leadAgency = context.agencies.byAlias(lead[1])
  const sep = leadAgency ? sticky(separatorLooseRe, text, at + lead[0].length) : null
  if (!leadAgency || !sep || !sep[0].trim()) return null
  const labelStart = text.indexOf(lead[1], at)
  return {
    part: {kind: 'agency', start: labelStart, end: labelStart + lead[1].length},
    agency: leadAgency,
    end: at + lead[0].length + sep[0].length
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
    if (lowerPlace && lowerPlace.end > place.end && lowerPlaceAccepted(text, lowerPlace, limit, context)) place = lowerPlace
  }
  return {place, date: null}
}

/** A region in brackets after the place (`Nagpur (India) (AFP)`, `Gaza [Palestine],`), not an agency's tag. */
function readParenRegion(
  text: string,
  cursor: number,
  context: DatelineContext
): {span: {start: number; end: number}; end: number} | null {
  const region = sticky(/[ \t]*(?:\(([\p{L}][\p{L} .'-]{1,30})\)(?=[ \t]*\()|\[([\p{L}][\p{L} .'-]{1,30})\](?=[ \t]*[,(]))/uy, text, cursor)
  const regionName = region ? (region[1] ?? region[2]) : undefined
  if (!region || !regionName || context.agencies.byAlias(regionName)) return null
  const regionStart = text.indexOf(regionName, cursor)
  return {span: {start: regionStart, end: regionStart + regionName.length}, end: cursor + region[0].length}
}

/** After a place: a bracketed region (`Nagpur (India)`) and a date (`, Sept. 6`), each when there; `end` past both. */
function readPlaceTail(
  text: string,
  cursor: number,
  limit: number,
  context: DatelineContext
): {region: {start: number; end: number} | null; date: DateRead | null; end: number} {
  let end = cursor
  const region = readParenRegion(text, end, context)
  if (region) end = region.end
  const read = afterPlaceDate(text, end, limit, context)
  if (read) end = read.date.end
  return {region: region ? region.span : null, date: read ? read.date : null, end}
}

/** Whether the period at `cursor` closes the date (`Aug. 28. -`): a day read, then a space and a separator. */
function closingPeriod(text: string, cursor: number, date: DateRead): boolean {
  if (text.charAt(cursor) !== '.' || date.dayDigits === null || sticky(slashTagRe, text, cursor)) return false
  const after = text.charAt(cursor + 1)
  if (after !== ' ' && after !== '\t' && after !== '') return false
  const sep = sticky(separatorLooseRe, text, cursor + 1)
  return Boolean(sep && sep[0].trim())
}

/** The tag after the place or date, also past a stray comma or dash (`KANSAS CITY, Mo., (Sports Network) -`). */
function readTrailingTag(text: string, cursor: number, context: DatelineContext): TagRead | null {
  const tag = readTag(text, cursor, context)
  if (tag) return tag
  // `KANSAS CITY, Mo., (Sports Network) -`: a comma left before the tag.
  const comma = sticky(/[ \t]*,[ \t]*(?=\()/y, text, cursor)
  const commaTag = comma ? readTag(text, cursor + comma[0].length, context) : null
  if (commaTag && (commaTag.agency || sticky(separatorRe, text, commaTag.end))) return {...commaTag, start: cursor}
  const dash = sticky(/[ \t]*-{1,2}(?=\()/y, text, cursor)
  if (dash) {
    const dashed = readTag(text, cursor + dash[0].length, context)
    if (dashed && sticky(separatorRe, text, dashed.end)) return {...dashed, start: cursor}
  }
  return null
}

/** Acceptance of an untagged dateline: a place, not a kicker; undated, a city in capitals and space after the separator. */
function untaggedAccepted(text: string, place: PlaceRead | null, date: DateRead | null, cursor: number, end: number): boolean {
  if (!place) return false
  const first = text.slice(place.segments[0].start, place.segments[0].end)
  const firstWords = first.split(/\s+/)
  const dated = date !== null && date.dayDigits !== null
  // Kickers stand alone (`UPDATE -`, `SUPREME COURT -`); `NEWPORT NEWS, Va. -` is a place.
  if (!dated && place.segments.length === 1 && firstWords.some((word) => kickers.has(word.replace(/[^\p{L}]/gu, '').toUpperCase()))) return false
  if (!date || date.month === null) {
    // `TOKYO -`, `LINCOLN, Neb. --`, `MOSCOW, Tuesday -`: the city in capitals, at least three letters.
    if (!isUpperCase(first) || first.replace(/[^\p{L}]/gu, '').length < 3) return false
    const sep = text.slice(cursor, end).trim()
    if (sep === ':') return false
    // `SIEGEL--Jerome Arthur`: an undated, untagged dateline needs space after its separator.
    if (end < text.length && !/\s/.test(text.charAt(end - 1)) && !/\s/.test(text.charAt(end))) return false
  }
  return true
}

/**
 * The location (place through any bracketed region), its city (first segment) and region (the rest); `MOSCOW.`
 * before a date loses its period, in the location and in the place part of `parts`.
 */
function placeNames(
  text: string,
  place: PlaceRead,
  parenRegion: {start: number; end: number} | null,
  date: DateRead | null,
  parts: DatelinePart[]
): {location: string; city: string; region: string | null} {
  let locationEnd = place.end
  if (parenRegion) locationEnd = parenRegion.end + 1
  let location = text.slice(place.segments[0].start, locationEnd)
  // `MOSCOW.` before a date: the period is punctuation.
  if (date && place.segments.length === 1 && !parenRegion && /[^.]\.$/.test(location) && !/\.\p{L}+\.$/u.test(location) && isUpperCase(location)) {
    location = location.slice(0, -1)
    const last = parts.find((part) => part.kind === 'place' && part.end === place.end)
    if (last) last.end -= 1
  }
  let city = text.slice(place.segments[0].start, place.segments[0].end)
  if (city.endsWith('.') && city === location + '.') city = location
  const rest = location.slice(city.length).replace(/^[ \t]*,?[ \t]*/, '')
  const region = rest.length > 0 ? rest.replace(/^\(|\)$/g, '') : null
  return {location, city, region}
}

/** Read `, Month D`, `. Sept 6`, ` March 3` after a place. */
function afterPlaceDate(
  text: string,
  index: number,
  limit: number,
  context: DatelineContext
): {date: DateRead} | null {
  // `CHEVY CHASE, Md., - March 4`: a dangling dash before a full date.
  const dangling = sticky(/[ \t]*,[ \t]*-{1,2}[ \t]+/y, text, index)
  if (dangling) {
    const date = readDate(text, index + dangling[0].length, limit, context)
    if (date && date.dayDigits !== null) return {date}
  }
  const gap = sticky(/[ \t]*[,.]?[ \t]*/y, text, index)
  const at = index + (gap ? gap[0].length : 0)
  if (at === index && at < text.length) {
    // Dates must be separated from the place.
    if (!/[ \t,.]/.test(text.charAt(at))) return null
  }
  const date = readDate(text, at, limit, context)
  if (!date) return null
  return {date}
}

/**
 * Whether a place read with lower-case words is a dateline's: no more than
 * four words, then a known agency's tag (`paris (AFP) -`) or a comma and a
 * date with a day (`peoria, april 7`).
 */
function lowerPlaceAccepted(text: string, place: PlaceRead, limit: number, context: DatelineContext): boolean {
  if (place.segments.length > 2) return false
  const words = text.slice(place.segments[0].start, place.end).split(/[\s,]+/).filter(Boolean)
  if (words.length > 4) return false
  // `paris (AFP) -`: a known agency's tag right after the place.
  const tag = readTag(text, place.end, context)
  if (tag && tag.agency) return true
  if (!sticky(/[ \t]*,/y, text, place.end)) return false
  const probe = afterPlaceDate(text, place.end, limit, context)
  return probe !== null && probe.date.dayDigits !== null
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
