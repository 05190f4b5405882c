/**
 * The command line of `wirestory` (not `wirestory eval`): options read and checked, conflicts rejected.
 *
 * node:util `parseArgs` reads the flags. unified-args is not used: it drives unified-engine, which processes
 * files through a processor with a compiler and writes files back, while wirestory's modes are its own (one
 * story to an outline, JSON or a record; JSON Lines through worker threads with per-line failures); its
 * reporting conventions (`--frail`, `--quiet`, `--silent`, `--use name=options`, vfile-reporter) are followed.
 */

import {parseArgs} from 'node:util'

import {resolvePlugin, type PluginSpec} from './plugins.js'

/** A usage error: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {}

export type Mode = 'single' | 'batch'

/**
 * Output formats: at most one may be given, and each applies to one mode. A new format (the HTML view's
 * `--html`) is one entry here, one option in `flags`, a line of `HELP`, and a case where `single.ts` writes.
 */
export const formats = [
  {flag: 'json', mode: 'single'},
  {flag: 'record', mode: 'single'},
  {flag: 'html', mode: 'single'},
  {flag: 'tree', mode: 'batch'}
] as const satisfies ReadonlyArray<{flag: string; mode: Mode}>

export type Format = (typeof formats)[number]['flag'] | 'outline'

/** Options that apply to batch mode only. */
const batchOnly = ['jobs', 'force-jobs', 'error-records'] as const

const flags = {
  json: {type: 'boolean'},
  record: {type: 'boolean'},
  html: {type: 'boolean'},
  tree: {type: 'boolean'},
  jsonl: {type: 'boolean'},
  'reference-date': {type: 'string'},
  use: {type: 'string', short: 'u', multiple: true},
  'use-article': {type: 'string', multiple: true},
  frail: {type: 'boolean'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  jobs: {type: 'string', short: 'j'},
  'force-jobs': {type: 'boolean'},
  'max-size': {type: 'string'},
  'error-records': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/** The largest story read by default: 16 MiB (one line in batch mode, the input in single mode). */
export const DEFAULT_MAX_SIZE = 16 * 1024 * 1024

export interface CliOptions {
  mode: Mode
  /** The input file; `null` for stdin. */
  file: string | null
  format: Format
  referenceDate: string | null
  plugins: PluginSpec[]
  frail: boolean
  quiet: boolean
  silent: boolean
  /** `--jobs` as given (capped at `cores` unless forced), or `null` for the default. */
  jobs: number | null
  maxSize: number
  errorRecords: boolean
  help: boolean
  version: boolean
  /** Notes for stderr (a capped `--jobs`). */
  notes: string[]
}

/**
 * Read the command line.
 *
 * @param argv The arguments after the command.
 * @param cores The cores `--jobs` is capped at.
 * @throws {UsageError} On an unknown option, a bad value, or options that do not go together.
 */
export function readArgs(argv: readonly string[], cores: number): CliOptions {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], allowPositionals: true, options: flags})
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/su, '') : String(error)
    )
  }
  const {values, positionals} = parsed
  const mode: Mode = values.jsonl ? 'batch' : 'single'
  const options: CliOptions = {
    mode,
    file: null,
    format: 'outline',
    referenceDate: values['reference-date'] ?? null,
    plugins: [],
    frail: values.frail === true,
    quiet: values.quiet === true || values.silent === true,
    silent: values.silent === true,
    jobs: null,
    maxSize: DEFAULT_MAX_SIZE,
    errorRecords: values['error-records'] === true,
    help: values.help === true,
    version: values.version === true,
    notes: []
  }
  if (options.help || options.version) return options

  if (positionals.length > 1)
    throw new UsageError(`expected at most one input file, got ${positionals.length}: ${positionals.join(' ')}`)
  options.file = positionals[0] === undefined || positionals[0] === '-' ? null : positionals[0]

  const given = formats.filter((format) => values[format.flag] === true)
  if (given.length > 1) {
    throw new UsageError(
      `${given.map((format) => `--${format.flag}`).join(' and ')} cannot be used together: choose one output format`
    )
  }
  for (const format of given) {
    if (format.mode !== mode) {
      throw new UsageError(
        format.mode === 'single'
          ? `--${format.flag} applies to one story, not to --jsonl (batch output is one record per line; --tree gives the whole tree per line)`
          : `--${format.flag} applies only to --jsonl (for one story, --json prints the whole tree)`
      )
    }
    options.format = format.flag
  }
  if (mode === 'single') {
    for (const name of batchOnly)
      if (values[name] !== undefined) throw new UsageError(`--${name} applies only to --jsonl`)
  }
  if (options.referenceDate !== null) checkReferenceDate(options.referenceDate)
  if (values['max-size'] !== undefined) options.maxSize = readSize(values['max-size'])
  if (values.jobs !== undefined) {
    const jobs = Number(values.jobs)
    if (!/^\d+$/u.test(values.jobs) || jobs < 1)
      throw new UsageError(`--jobs wants a whole number ≥ 1, got ${values.jobs}`)
    options.jobs = jobs
    if (jobs > cores && values['force-jobs'] !== true) {
      options.jobs = cores
      options.notes.push(
        `--jobs ${jobs} is more than the ${cores} cores here: using ${cores} (add --force-jobs to use ${jobs})`
      )
    }
  } else if (values['force-jobs'] === true) {
    throw new UsageError('--force-jobs goes with --jobs N')
  }
  try {
    for (const value of values.use ?? []) options.plugins.push(resolvePlugin(value, 'analyzer'))
    for (const value of values['use-article'] ?? []) options.plugins.push(resolvePlugin(value, 'article'))
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  return options
}

function checkReferenceDate(value: string): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value)
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--reference-date wants a calendar date as YYYY-MM-DD, got ${value}`)
  }
}

/** `16777216`, `512K`, `16M`, `1G` (binary units; a trailing `B` or `iB` is allowed). */
export function readSize(value: string): number {
  const match = /^(\d+)\s*([KMG]?)(?:i?B)?$/iu.exec(value.trim())
  const size = match ? Number(match[1]) * 1024 ** ' KMG'.indexOf(match[2].toUpperCase() || ' ') : Number.NaN
  if (!match || !Number.isSafeInteger(size) || size < 1) {
    throw new UsageError(`--max-size wants a size in bytes like 16M, 512K or 1000000, got ${value}`)
  }
  return size
}
