/**
 * Options of `parseArticle`, checked once per call.
 */

import type {AgencyDefinition} from './lexicon/agencies.js'
import {agencies as builtinAgencies} from './lexicon/agencies.js'
import {formatIsoDate, parseIsoDate, type CalendarDate} from './frame/date.js'

/** Options of {@link parseArticle}. */
export interface ParseOptions {
  /**
   * The date the story was filed, used to resolve dateline dates without a
   * year (`September 6`): an ISO date string (`2024-09-06`, a time may
   * follow) or a `Date` (its UTC day). A header date field in the text wins.
   */
  referenceDate?: string | Date | null | undefined
  /** Agencies to add to the built-in registry (they win over built-in aliases). */
  agencies?: readonly AgencyDefinition[] | null | undefined
}

/** Options after checking. */
export interface Settings {
  referenceDate: CalendarDate | null
  agencies: readonly AgencyDefinition[]
}

const known = new Set(['referenceDate', 'agencies'])

/**
 * Check options and turn them into settings.
 *
 * @throws {TypeError} When options are not an object, an option has the wrong type, or an option is unknown.
 * @throws {RangeError} When `referenceDate` is not a valid date.
 */
export function readOptions(options: unknown): Settings {
  if (options === undefined || options === null) {
    return {referenceDate: null, agencies: builtinAgencies}
  }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('wirestory: expected `options` to be an object, not ' + describe(options))
  }
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new TypeError(
        'wirestory: unknown option `' + key + '` (expected one of: ' + [...known].join(', ') + ')'
      )
    }
  }
  const record = options as Record<string, unknown>
  return {
    referenceDate: readReferenceDate(record.referenceDate),
    agencies: readAgencies(record.agencies)
  }
}

function readReferenceDate(value: unknown): CalendarDate | null {
  if (value === undefined || value === null) return null
  if (value instanceof Date) {
    const time = value.getTime()
    if (Number.isNaN(time)) throw new RangeError('wirestory: `referenceDate` is an invalid Date')
    return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
  }
  if (typeof value === 'string') {
    const date = /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value) ? parseIsoDate(value) : null
    if (!date) {
      throw new RangeError(
        'wirestory: `referenceDate` must be an ISO date like `2024-09-06`, not `' + value.slice(0, 40) + '`'
      )
    }
    return date
  }
  throw new TypeError('wirestory: expected `referenceDate` to be an ISO date string or a Date, not ' + describe(value))
}

function readAgencies(value: unknown): readonly AgencyDefinition[] {
  if (value === undefined || value === null) return builtinAgencies
  if (!Array.isArray(value)) {
    throw new TypeError('wirestory: expected `agencies` to be an array of agency definitions, not ' + describe(value))
  }
  const extra: AgencyDefinition[] = []
  value.forEach((item: unknown, index: number) => {
    if (typeof item !== 'object' || item === null) {
      throw new TypeError('wirestory: expected `agencies[' + index + ']` to be an object, not ' + describe(item))
    }
    const definition = item as Record<string, unknown>
    if (typeof definition.name !== 'string' || definition.name.trim() === '') {
      throw new TypeError('wirestory: expected `agencies[' + index + '].name` to be a non-empty string')
    }
    for (const field of ['aliases', 'signOffs'] as const) {
      const list = definition[field]
      if (list !== undefined && !(Array.isArray(list) && list.every((entry) => typeof entry === 'string'))) {
        throw new TypeError('wirestory: expected `agencies[' + index + '].' + field + '` to be an array of strings')
      }
    }
    extra.push({
      name: definition.name,
      aliases: definition.aliases as string[] | undefined,
      signOffs: definition.signOffs as string[] | undefined,
      prefix: definition.prefix === false ? false : undefined
    })
  })
  return [...builtinAgencies, ...extra]
}

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  return '`' + typeof value + '`'
}

export {formatIsoDate}
