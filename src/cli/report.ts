/**
 * Messages: reported on stderr with vfile-reporter (as the unified CLIs do), and as plain JSON in batch records.
 *
 * `--quiet` leaves out files without messages and info messages; `--silent` leaves only errors. Reasons are
 * sanitised (`sanitize.ts`): wirestory's own warnings quote the story, and a plugin's error may hold anything.
 */

import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'

import {sanitize} from './sanitize.js'

/** What `--quiet`, `--silent` and the terminal ask of a report. */
export interface ReportOptions {
  quiet: boolean
  silent: boolean
  color: boolean
}

/** A message as a batch record holds it. */
export interface MessageRecord {
  reason: string
  ruleId: string | null
  source: string | null
  severity: 'error' | 'warning' | 'info'
  line: number | null
  column: number | null
  start: number | null
  end: number | null
}

/** Counts of a file's messages. */
export interface MessageCounts {
  errors: number
  warnings: number
}

export function severity(message: VFileMessage): MessageRecord['severity'] {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function counts(file: VFile): MessageCounts {
  let errors = 0
  let warnings = 0
  for (const message of file.messages) {
    if (message.fatal === true) errors++
    else if (message.fatal === false) warnings++
  }
  return {errors, warnings}
}

/** The messages of `file` for a record. */
export function messageRecords(file: VFile): MessageRecord[] {
  return file.messages.map((message) => {
    const place = message.place
    const start = place && 'start' in place ? place.start : place
    const end = place && 'end' in place ? place.end : undefined
    return {
      reason: message.reason,
      ruleId: message.ruleId ?? null,
      source: message.source ?? null,
      severity: severity(message),
      line: start?.line ?? null,
      column: start?.column ?? null,
      start: start?.offset ?? null,
      end: end?.offset ?? start?.offset ?? null
    }
  })
}

/** Add a fatal message (an error) to `file` without throwing, as `file.fail` would but for the throw. */
export function addError(file: VFile, reason: string, ruleId: string): VFileMessage {
  const message = file.message(reason, {ruleId, source: 'wirestory'})
  message.fatal = true
  return message
}

/**
 * The vfile-reporter report of `file` for stderr: `''` when there is nothing to show. Without `summary`, the
 * closing count line (`⚠ 2 warnings`) is left out, for batch lines that are summed up at the end.
 */
export function reportFile(file: VFile, options: ReportOptions, summary = true): string {
  const shown = file.messages.filter((message) =>
    options.silent ? message.fatal === true : !options.quiet || message.fatal != null
  )
  if (shown.length === 0 && (options.quiet || options.silent)) return ''
  // A copy, so that the file keeps its own messages and reasons.
  const copy = new VFile({path: file.path ? sanitize(file.path) : undefined})
  copy.messages = shown.map((message) => {
    const clean = new VFileMessage(sanitize(message.reason), {
      place: message.place,
      ruleId: message.ruleId,
      source: message.source
    })
    clean.fatal = message.fatal
    return clean
  })
  let text = reporter([copy], {
    color: options.color,
    quiet: options.quiet,
    silent: options.silent,
    defaultName: '<stdin>'
  })
  if (!summary) text = text.replace(/\n\n[^\n]*$/u, '')
  return text === '' ? '' : text + '\n'
}
