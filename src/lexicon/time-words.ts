/**
 * Words of time read by the attribution rules (`said on Monday`, `The day
 * before, …`). Data only, lower case.
 *
 * @module
 */

import {weekdayWords} from './months.js'

/** Weekday names in full (`monday` … `sunday`): the first form of each day in {@link weekdayWords}, the one list. */
export const weekdayNames: readonly string[] = Object.values(weekdayWords).map((forms) => forms[0])

/** Nouns of time that make `The day before,` an adverbial, not a subject. */
export const timeNouns: readonly string[] = [
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'evening', 'afternoon',
  'weekend', 'time', 'hour', 'hours', 'moment'
]

/** Days a time phrase names (`on Tuesday said`, `yesterday told`): the weekday names, `yesterday` and `today`. */
export const dayWords: readonly string[] = [...weekdayNames, 'yesterday', 'today']

/** Parts of a day after a day's name (`Tuesday night`). */
export const dayParts: readonly string[] = ['night', 'morning', 'afternoon', 'evening']

/** Periods after `last`, `this` or `next` (`last week said`, `earlier this month told`). */
export const calendarPeriods: readonly string[] = ['week', 'month', 'year', 'weekend', 'summer', 'fall', 'spring', 'winter']

/** Words that place a period before or after now (`last week`, `this month`, `next year`). */
export const periodDeictics: readonly string[] = ['last', 'this', 'next']

/** Words before a capitalised word that make it a date or a common word rather than a first name (`in May`). */
export const dateLeadWords: readonly string[] = [
  'in', 'on', 'by', 'since', 'until', 'till', 'of', 'the', 'this', 'next', 'last', 'early', 'late', 'mid', 'during',
  'from', 'to', 'through'
]
