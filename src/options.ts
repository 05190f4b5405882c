/**
 * Options of `parseArticle`, checked once per call.
 */

import type {PluggableList} from 'unified'
import type {AgencyDefinition} from './lexicon/agencies.js'
import {agencies as builtinAgencies} from './lexicon/agencies.js'
import {formatIsoDate, parseIsoDate, type CalendarDate} from './frame/date.js'
import type {SpeakerRule} from './attribution/custom.js'
import {sieveRuleNames, type SieveRuleName} from './attribution/rules/index.js'
import {describeValue} from './tree/check.js'

export type {SpeakerRule, SpeakerRuleContext, SpeakerRuleResult} from './attribution/custom.js'

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
  /**
   * Analyzers: retext plugins (unified attachers, `[plugin, options]` tuples,
   * presets) run over the story's nlcst tree with the `VFile` of the call.
   * Their messages land on `file.messages`, their `file.data` on the file,
   * the data they set on nlcst nodes is reachable from the article. See
   * `docs/plugins.md`.
   */
  plugins?: PluggableList | null | undefined
  /**
   * Article plugins: unified attachers whose transformers receive
   * `(article, file)`, run after parsing and after the analyzers.
   */
  articlePlugins?: PluggableList | null | undefined
  /** Speech cues to add to the built-in lexicon (`{lemma: 'quip', forms: ['quipped']}`). */
  cues?: readonly CueOption[] | null | undefined
  /** Title and role words to add (`'ombudsman'`, `'rep.'`), matched case-insensitively. */
  titles?: readonly string[] | null | undefined
  /** Nominal speaker words to add (`{person: ['forecaster'], organisation: ['regulator']}`). */
  nominals?: NominalsOption | null | undefined
  /**
   * Custom speaker rules inserted into the attribution sieve before or after a
   * named rule (`{name, after: 'cue-before', run(context) {…}}`). See
   * `docs/attribution.md`.
   */
  rules?: readonly SpeakerRule[] | null | undefined
}

/** A speech cue to add: a verb or phrase that attributes words to a speaker. */
export interface CueOption {
  /** Lemma reported on `Cue.lemma` (`quip`). */
  lemma: string
  /** Forms as written, one or more words each (`quipped`, `quips`); matched case-insensitively. */
  forms: readonly string[]
  /** How sure the cue is to report speech, 0–1 (default `1`). */
  strength?: number | null | undefined
}

/** Nominal speaker words to add: heads of descriptions that refer back to a speaker. */
export interface NominalsOption {
  /** Nouns that head a description of a person (`forecaster` in `the forecaster said`). */
  person?: readonly string[] | null | undefined
  /** Nouns that head a description of an organisation (`regulator`). */
  organisation?: readonly string[] | null | undefined
}

/**
 * Extension settings for the speech stage (`analyzeSpeech`'s `settings`):
 * the user's additions only, checked and normalised (forms and words lower
 * case, trimmed; `strength` defaulted to `1`). The attribution code merges
 * them with its built-in lexicons, the additions winning.
 */
export interface SpeechSettings {
  cues: ReadonlyArray<{lemma: string; forms: readonly string[]; strength: number}>
  titles: readonly string[]
  nominals: {person: readonly string[]; organisation: readonly string[]}
  rules: readonly SpeakerRule[]
}

/** Options after checking. */
export interface Settings {
  referenceDate: CalendarDate | null
  agencies: readonly AgencyDefinition[]
  plugins: PluggableList
  articlePlugins: PluggableList
  speech: SpeechSettings
}

/**
 * `value[key]` when it is the object's own property, else `undefined`: options are read as own properties only,
 * so that a polluted `Object.prototype` (`Object.prototype.plugins = […]`) cannot inject options into every call.
 */
export function own(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
}

const known = new Set(['referenceDate', 'agencies', 'plugins', 'articlePlugins', 'cues', 'titles', 'nominals', 'rules'])

const noSpeechSettings: SpeechSettings = Object.freeze({
  cues: Object.freeze([]),
  titles: Object.freeze([]),
  nominals: Object.freeze({person: Object.freeze([]), organisation: Object.freeze([])}),
  rules: Object.freeze([])
}) as SpeechSettings

/**
 * Check options and turn them into settings.
 *
 * @throws {TypeError} When options are not an object, an option has the wrong type, or an option is unknown.
 * @throws {RangeError} When `referenceDate` is not a valid date.
 */
export function readOptions(options: unknown): Settings {
  if (options === undefined || options === null) {
    return {referenceDate: null, agencies: builtinAgencies, plugins: [], articlePlugins: [], speech: noSpeechSettings}
  }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('wirestory: expected `options` to be an object, not ' + describeValue(options))
  }
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new TypeError('wirestory: unknown option `' + key + '` (expected one of: ' + [...known].join(', ') + ')')
    }
  }
  const cues = own(options, 'cues')
  const titles = own(options, 'titles')
  const nominals = own(options, 'nominals')
  const rules = own(options, 'rules')
  return {
    referenceDate: readReferenceDate(own(options, 'referenceDate')),
    agencies: readAgencies(own(options, 'agencies')),
    plugins: readPlugins(own(options, 'plugins'), 'plugins'),
    articlePlugins: readPlugins(own(options, 'articlePlugins'), 'articlePlugins'),
    speech:
      cues == null && titles == null && nominals == null && rules == null
        ? noSpeechSettings
        : {
            cues: readCues(cues),
            titles: readWords(titles, 'titles'),
            nominals: readNominals(nominals),
            rules: readRules(rules)
          }
  }
}

/** Check a `PluggableList` shallowly: plugins, `[plugin, …options]` tuples, presets. */
function readPlugins(value: unknown, name: string): PluggableList {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new TypeError('wirestory: expected `' + name + '` to be a list of plugins, not ' + describeValue(value))
  }
  const check = (entry: unknown, at: string): void => {
    if (typeof entry === 'function') return
    if (Array.isArray(entry)) {
      if (typeof entry[0] !== 'function') {
        throw new TypeError(
          'wirestory: expected `' + at + '[0]` to be a plugin (a function), not ' + describeValue(entry[0])
        )
      }
      return
    }
    if (
      typeof entry === 'object' &&
      entry !== null &&
      (Object.hasOwn(entry, 'plugins') || Object.hasOwn(entry, 'settings'))
    ) {
      const plugins = own(entry, 'plugins')
      if (plugins === undefined || plugins === null) return
      if (!Array.isArray(plugins)) {
        throw new TypeError(
          'wirestory: expected `' + at + '.plugins` to be a list of plugins, not ' + describeValue(plugins)
        )
      }
      plugins.forEach((item: unknown, index: number) => check(item, at + '.plugins[' + index + ']'))
      return
    }
    throw new TypeError(
      'wirestory: expected `' +
        at +
        '` to be a plugin, a `[plugin, options]` tuple or a preset, not ' +
        describeValue(entry)
    )
  }
  value.forEach((entry: unknown, index: number) => check(entry, name + '[' + index + ']'))
  return value as PluggableList
}

function readCues(value: unknown): SpeechSettings['cues'] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new TypeError('wirestory: expected `cues` to be an array of cue definitions, not ' + describeValue(value))
  }
  return value.map((item: unknown, index: number) => {
    const at = 'cues[' + index + ']'
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new TypeError('wirestory: expected `' + at + '` to be an object, not ' + describeValue(item))
    }
    const lemma = own(item, 'lemma')
    const strengthValue = own(item, 'strength')
    if (typeof lemma !== 'string' || lemma.trim() === '') {
      throw new TypeError('wirestory: expected `' + at + '.lemma` to be a non-empty string')
    }
    const forms = readWords(own(item, 'forms'), at + '.forms')
    if (forms.length === 0) {
      throw new TypeError('wirestory: expected `' + at + '.forms` to be a non-empty array of strings')
    }
    let strength = 1
    if (strengthValue !== undefined && strengthValue !== null) {
      if (typeof strengthValue !== 'number' || !(strengthValue >= 0 && strengthValue <= 1)) {
        throw new RangeError('wirestory: expected `' + at + '.strength` to be a number from 0 to 1')
      }
      strength = strengthValue
    }
    return {lemma: lemma.trim().toLowerCase(), forms, strength}
  })
}

function readRules(value: unknown): readonly SpeakerRule[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new TypeError('wirestory: expected `rules` to be an array of speaker rules, not ' + describeValue(value))
  }
  const names = new Set<string>(sieveRuleNames)
  return value.map((item: unknown, index: number) => {
    const at = 'rules[' + index + ']'
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new TypeError('wirestory: expected `' + at + '` to be an object, not ' + describeValue(item))
    }
    const rule = {
      name: own(item, 'name'),
      run: own(item, 'run'),
      before: own(item, 'before'),
      after: own(item, 'after')
    }
    if (typeof rule.name !== 'string' || rule.name.trim() === '') {
      throw new TypeError('wirestory: expected `' + at + '.name` to be a non-empty string')
    }
    if (typeof rule.run !== 'function') {
      throw new TypeError('wirestory: expected `' + at + '.run` to be a function, not ' + describeValue(rule.run))
    }
    if (rule.before != null && rule.after != null) {
      throw new TypeError('wirestory: expected `' + at + '` to have `before` or `after`, not both')
    }
    for (const field of ['before', 'after'] as const) {
      const anchor = rule[field]
      if (anchor == null) continue
      if (
        typeof anchor !== 'string' ||
        !(
          names.has(anchor) ||
          value.some(
            (other: unknown, k: number) =>
              k < index && typeof other === 'object' && other !== null && own(other, 'name') === anchor
          )
        )
      ) {
        throw new RangeError(
          'wirestory: expected `' +
            at +
            '.' +
            field +
            '` to name a sieve rule (one of: ' +
            sieveRuleNames.join(', ') +
            '), not ' +
            (typeof anchor === 'string' ? '`' + anchor + '`' : describeValue(anchor))
        )
      }
    }
    return {
      name: rule.name.trim(),
      // (A checked anchor: a built-in rule's name, or an earlier custom rule's, which the sieve finds the same way.)
      before: typeof rule.before === 'string' ? (rule.before as SieveRuleName) : undefined,
      after: typeof rule.after === 'string' ? (rule.after as SieveRuleName) : undefined,
      run: rule.run as SpeakerRule['run']
    }
  })
}

function readNominals(value: unknown): SpeechSettings['nominals'] {
  if (value === undefined || value === null) return {person: [], organisation: []}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(
      'wirestory: expected `nominals` to be an object `{person, organisation}`, not ' + describeValue(value)
    )
  }
  for (const key of Object.keys(value)) {
    if (key !== 'person' && key !== 'organisation') {
      throw new TypeError('wirestory: unknown field `nominals.' + key + '` (expected one of: person, organisation)')
    }
  }
  return {
    person: readWords(own(value, 'person'), 'nominals.person'),
    organisation: readWords(own(value, 'organisation'), 'nominals.organisation')
  }
}

/** A list of words or phrases: trimmed, inner white space collapsed, lower case. */
function readWords(value: unknown, name: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new TypeError('wirestory: expected `' + name + '` to be an array of strings, not ' + describeValue(value))
  }
  return value.map((item: unknown, index: number) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new TypeError('wirestory: expected `' + name + '[' + index + ']` to be a non-empty string')
    }
    return item.trim().replace(/\s+/g, ' ').toLowerCase()
  })
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
  throw new TypeError(
    'wirestory: expected `referenceDate` to be an ISO date string or a Date, not ' + describeValue(value)
  )
}

function readAgencies(value: unknown): readonly AgencyDefinition[] {
  if (value === undefined || value === null) return builtinAgencies
  if (!Array.isArray(value)) {
    throw new TypeError(
      'wirestory: expected `agencies` to be an array of agency definitions, not ' + describeValue(value)
    )
  }
  const extra: AgencyDefinition[] = []
  value.forEach((item: unknown, index: number) => {
    if (typeof item !== 'object' || item === null) {
      throw new TypeError('wirestory: expected `agencies[' + index + ']` to be an object, not ' + describeValue(item))
    }
    const definition = {
      name: own(item, 'name'),
      aliases: own(item, 'aliases'),
      signOffs: own(item, 'signOffs'),
      prefix: own(item, 'prefix')
    }
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

export {formatIsoDate}
