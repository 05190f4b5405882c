/**
 * Month names as they occur in datelines: full, abbreviated (with or without
 * a period), and other languages' abbreviations seen on the wires. Misspelt
 * months are read leniently by the date parser, not listed here.
 */

/** Month words by month number (1–12), lower case, no periods. */
export const monthWords: Readonly<Record<number, readonly string[]>> = {
  1: ['january', 'jan', 'enero', 'ene', 'janvier', 'januar'],
  2: ['february', 'feb', 'febr', 'febrero', 'fevrier', 'février', 'februar'],
  3: ['march', 'mar', 'marzo', 'mars', 'märz'],
  4: ['april', 'apr', 'abril', 'abr', 'avril'],
  5: ['may', 'mayo', 'mai'],
  6: ['june', 'jun', 'junio', 'juin', 'juni'],
  7: ['july', 'jul', 'julio', 'juillet', 'juli'],
  8: ['august', 'aug', 'agosto', 'ago', 'aout', 'août'],
  9: ['september', 'sep', 'sept', 'septiembre', 'septembre'],
  10: ['october', 'oct', 'octubre', 'octobre', 'oktober', 'okt'],
  11: ['november', 'nov', 'noviembre', 'novembre'],
  12: ['december', 'dec', 'diciembre', 'dic', 'decembre', 'décembre', 'dezember', 'dez']
}

/** Full English month names, lower case, index 0 = January. */
export const englishMonths: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december'
]

/** Weekday words by day number as JavaScript counts them (0 = Sunday), lower case, no periods. */
export const weekdayWords: Readonly<Record<number, readonly string[]>> = {
  0: ['sunday', 'sun'],
  1: ['monday', 'mon'],
  2: ['tuesday', 'tue', 'tues'],
  3: ['wednesday', 'wed'],
  4: ['thursday', 'thu', 'thur', 'thurs'],
  5: ['friday', 'fri'],
  6: ['saturday', 'sat']
}
