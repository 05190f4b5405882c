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
