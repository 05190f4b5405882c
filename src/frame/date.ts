/**
 * Reading dateline dates (`September 6`, `Sept. 6`, `2 March`, `Narch 2`,
 * `March 2O`) and resolving them to calendar dates.
 */

import {englishMonths, monthWords} from '../lexicon/months.js'

/** A calendar day. */
export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** Build the lookup of month words (exact, lower case, no period). */
export function createMonthLookup(): Map<string, number> {
  const map = new Map<string, number>()
  for (const [month, words] of Object.entries(monthWords)) {
    for (const word of words) map.set(word, Number(month))
  }
  return map
}

/**
 * Read a month word leniently: exact names and abbreviations, prefixes of a
 * full name (`Apri`, `Marc`), and one-edit misspellings of a full name of at
 * least four letters (`Narch`, `Macrh`, `Junee`, `Juen`).
 *
 * @param word The word, any case, trailing period allowed.
 * @param lookup From {@link createMonthLookup}.
 * @returns Month 1–12 or `null`.
 */
export function readMonth(word: string, lookup: Map<string, number>): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '')
  if (lower.length < 3 || lower.length > 10 || !/^[a-zéûä]+$/.test(lower)) return null
  const exact = lookup.get(lower)
  if (exact !== undefined) return exact

  for (let index = 0; index < englishMonths.length; index++) {
    const name = englishMonths[index]
    if (lower.length >= 4 && name.startsWith(lower)) return index + 1
  }

  if (lower.length >= 3) {
    let found: number | null = null
    for (let index = 0; index < englishMonths.length; index++) {
      const name = englishMonths[index]
      if (name.length >= 4 && editDistanceAtMostOne(lower, name)) {
        if (found !== null) return null
        found = index + 1
      }
    }
    // Short misspellings like `Jne` are one edit from a 4-letter name only.
    if (found !== null) return found
  }

  return null
}

/**
 * Read a day of month leniently: `6`, `06`, `2O` (letter O for zero),
 * `l7` (letter l for one). Returns the digits read, or `null`.
 */
export function readDayDigits(token: string): string | null {
  if (token.length === 0 || token.length > 3) return null
  let digits = ''
  for (const character of token) {
    if (character >= '0' && character <= '9') digits += character
    else if (character === 'O' || character === 'o') digits += '0'
    else if (character === 'l' || character === 'I') digits += '1'
    else return null
  }
  // A day must contain at least one real digit.
  return /[0-9]/.test(token) ? digits : null
}

/** Whether `a` and `b` differ by at most one insertion, deletion, substitution or transposition. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let index = 0
  while (index < la && index < lb && a[index] === b[index]) index++
  if (la === lb) {
    if (a.slice(index + 1) === b.slice(index + 1)) return true
    // Transposition.
    return (
      index + 1 < la &&
      a[index] === b[index + 1] &&
      a[index + 1] === b[index] &&
      a.slice(index + 2) === b.slice(index + 2)
    )
  }
  return la > lb ? a.slice(index + 1) === b.slice(index) : a.slice(index) === b.slice(index + 1)
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Number of days in a month (`Date.UTC`'s calendar: a year 0–99 is 1900–1999), without making a `Date` for
 * a month 1–12 of an integer year.
 */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(year) && Math.abs(year) <= 200_000) {
    if (month !== 2) return monthLengths[month - 1]
    const full = year >= 0 && year <= 99 ? year + 1900 : year
    return (full % 4 === 0 && full % 100 !== 0) || full % 400 === 0 ? 29 : 28
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Format a calendar date as `YYYY-MM-DD`. */
export function formatIsoDate(date: CalendarDate): string {
  return (
    String(date.year).padStart(4, '0') +
    '-' +
    String(date.month).padStart(2, '0') +
    '-' +
    String(date.day).padStart(2, '0')
  )
}

/** Parse `YYYY-MM-DD` (a valid calendar day) or return `null`. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return null
  const date = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    return null
  }
  return date
}

/**
 * Choose the day of month from the digits read. A day of three digits is a
 * typo with a stray digit (`March 187`): drop one digit, preferring the
 * reference day when that gives it. A day the month does not have is `null`.
 */
export function chooseDay(digits: string, month: number, year: number, reference: CalendarDate | null): number | null {
  const value = Number(digits)
  const last = daysInMonth(year, month)
  if (digits.length <= 2 && value >= 1 && value <= last) return value
  // Two digits past the month's end (`February 30`) are no date; only three digits carry a stray one.
  if (digits.length < 3) return null
  const candidates: number[] = []
  for (let index = 0; index < digits.length; index++) {
    const candidate = Number(digits.slice(0, index) + digits.slice(index + 1))
    if (candidate >= 1 && candidate <= last) candidates.push(candidate)
  }
  if (candidates.length === 0) return null
  if (reference && reference.month === month && candidates.includes(reference.day)) return reference.day
  return candidates[0]
}

/**
 * Resolve a month and day without a year to the date nearest `reference`:
 * a date more than six months after the reference belongs to the year
 * before (`December 31` filed on `January 1`), one more than six months
 * before it to the year after.
 */
export function resolveYear(month: number, day: number, reference: CalendarDate): CalendarDate {
  let best: CalendarDate | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  const referenceTime = Date.UTC(reference.year, reference.month - 1, reference.day)
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    if (day > daysInMonth(year, month)) continue
    const distance = Math.abs(Date.UTC(year, month - 1, day) - referenceTime)
    // Ties go to the earlier year.
    if (distance < bestDistance) {
      best = {year, month, day}
      bestDistance = distance
    }
  }
  return best ?? {year: reference.year, month, day}
}
