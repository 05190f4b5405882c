/**
 * The date of a dateline: `Sept. 6`, `Nov.3`, `2 March, 2004`, `Monday, Sept. 6`,
 * a weekday alone (`CHICAGO, Tuesday (UPI) —`) and the date after a place
 * (`, Sept. 6`, `. Sept 6`, `, - March 4`).
 */

import {readDayDigits, readMonth} from './date.js'
import type {DatelineContext} from './dateline.js'
import {dayRe, placeWordRe, separatorLooseRe, slashTagRe, spaceRe, sticky, yearRe} from './dateline-patterns.js'
import {weekdayWords} from '../lexicon/months.js'

const weekdayLookup = new Map<string, number>(
  Object.entries(weekdayWords).flatMap(([day, words]) => words.map((word): [string, number] => [word, Number(day)]))
)

export interface DateRead {
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
export function readDate(text: string, index: number, limit: number, context: DatelineContext): DateRead | null {
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
    return {
      start: begin,
      end: at + raw.length - (raw.endsWith('.') ? 1 : 0),
      month,
      dayDigits: null,
      year: null,
      weekday: null
    }
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

/** Read `, Month D`, `. Sept 6`, ` March 3` after a place. */
export function afterPlaceDate(
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

/** Whether the period at `cursor` closes the date (`Aug. 28. -`): a day read, then a space and a separator. */
export function closingPeriod(text: string, cursor: number, date: DateRead): boolean {
  if (text.charAt(cursor) !== '.' || date.dayDigits === null || sticky(slashTagRe, text, cursor)) return false
  const after = text.charAt(cursor + 1)
  if (after !== ' ' && after !== '\t' && after !== '') return false
  const sep = sticky(separatorLooseRe, text, cursor + 1)
  return Boolean(sep && sep[0].trim())
}
