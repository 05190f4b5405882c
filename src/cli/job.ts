/**
 * One unit of batch work, run in the worker threads of `--jsonl` (see `worker.ts`): a run of input lines in,
 * output lines and a stderr report out. Pure apart from the parser and the plugins.
 */

import {VFile} from 'vfile'

import type {Pluggable} from 'unified'
import {parseArticle, parseArticleAsync} from '../parse.js'
import type {ParseOptions} from '../options.js'
import type {PluginSpec} from './plugins.js'
import {jsonChunks} from './json-stream.js'
import {rawMember} from './raw-id.js'
import {addError, counts, messageRecords, reportFile, type ReportOptions} from './report.js'
import {sanitize} from './sanitize.js'
import {storyRecord} from './story-record.js'
import {decodeUtf8} from './utf8.js'

/** A line that failed before it reached a worker (too long) or that killed one. */
export interface LineFailure {
  /** Index of the line in its batch. */
  index: number
  reason: string
  ruleId: string
}

/** A run of input lines: their bytes one after the other, where each ends, their 1-based numbers. */
export interface BatchRequest {
  seq: number
  data: Uint8Array
  ends: number[]
  numbers: number[]
  failures: LineFailure[]
}

export interface BatchResult {
  seq: number
  /** The output, in pieces (each line ends in `\n`). */
  output: string[]
  /** What to write on stderr: the vfile-reporter report of every line with messages. */
  report: string
  /** Lines that were not blank. */
  lines: number
  /** Lines that failed (no record; an error record with `errorRecords`). */
  failed: number
  /** Lines written with warnings. */
  warned: number
}

/** Settings of a run, the same for every batch. */
export interface JobSettings {
  /** `in.jsonl`, `stdin`: lines are named `in.jsonl:12` in reports. */
  inputName: string
  /** For lines without their own `referenceDate`. */
  referenceDate: string | null
  /** `record`: the story record; `tree`: `{id, tree, messages}`. */
  output: 'record' | 'tree'
  /** Write `{id, line, error}` for a failed line. */
  errorRecords: boolean
  report: ReportOptions
  plugins: PluginSpec[]
}

/** The loaded plugins of a run. */
export interface LoadedPlugins {
  plugins: Pluggable[]
  articlePlugins: Pluggable[]
}

/** Tells the parent which line is being parsed, so that a worker that dies can be blamed on its line. */
export type Cursor = Int32Array

/** A line rejected before parsing, with a rule id for the report. */
class LineError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    /** The line's id as written, when it was read before the error. */
    readonly id?: string
  ) {
    super(message)
  }
}

export async function processBatch(
  request: BatchRequest,
  settings: JobSettings,
  loaded: LoadedPlugins,
  cursor?: Cursor
): Promise<BatchResult> {
  const result: BatchResult = {seq: request.seq, output: [], report: '', lines: 0, failed: 0, warned: 0}
  const failures = new Map(request.failures.map((failure) => [failure.index, failure]))
  let start = 0
  for (let index = 0; index < request.ends.length; index++) {
    const end = request.ends[index]
    const number = request.numbers[index]
    const bytes = request.data.subarray(start, end)
    start = end
    if (cursor) Atomics.store(cursor, 0, index)
    const file = new VFile({path: `${settings.inputName}:${number}`})
    const failure = failures.get(index)
    let raw: string | undefined
    let counted = false
    try {
      if (failure) throw new LineError(failure.reason, failure.ruleId, idOf(bytes, number))
      const decoded = decodeUtf8(bytes, number === 1)
      if (decoded.text === undefined)
        throw new LineError(`invalid UTF-8 at byte ${decoded.invalidAt} of the line`, 'invalid-utf8')
      if (decoded.text.trim() === '') continue
      result.lines++
      counted = true
      const story = readLine(decoded.text)
      raw = story.id
      file.value = story.text
      const article = await parse(file, {
        referenceDate: story.referenceDate === undefined ? settings.referenceDate : story.referenceDate,
        ...loaded
      })
      // A record is small (its size bounded by the story's): one string. A tree is hundreds of bytes per
      // character of the story: in pieces.
      const pieces =
        settings.output === 'tree'
          ? jsonChunks({tree: article, messages: messageRecords(file)})
          : [JSON.stringify(storyRecord(article, file))]
      result.output.push(...withId(raw, pieces))
      if (counts(file).warnings > 0) result.warned++
    } catch (error) {
      if (!counted) result.lines++
      result.failed++
      const ruleId = error instanceof LineError ? error.ruleId : 'parse-failed'
      if (error instanceof LineError) raw ??= error.id
      const reason = error instanceof Error ? error.message : String(error)
      addError(file, reason, ruleId)
      if (settings.errorRecords) {
        result.output.push(...withId(raw, [JSON.stringify({line: number, error: {reason: sanitize(reason), ruleId}})]))
      }
    }
    result.report += reportFile(file, {...settings.report, quiet: true}, false)
  }
  if (cursor) Atomics.store(cursor, 0, -1)
  return result
}

async function parse(file: VFile, options: ParseOptions & LoadedPlugins): Promise<ReturnType<typeof parseArticle>> {
  return options.plugins.length > 0 || options.articlePlugins.length > 0
    ? parseArticleAsync(file, options)
    : parseArticle(file, options)
}

/** Pieces of one output line: `{"id":<as written>, …}\n`. */
function withId(raw: string | undefined, chunks: Iterable<string>): string[] {
  const pieces = [...chunks]
  if (raw !== undefined) pieces[0] = `{"id":${raw},${pieces[0].slice(1)}`
  pieces[pieces.length - 1] += '\n'
  return pieces
}

/** The id of a line that failed outside the parser (it killed a worker), for its error record. */
function idOf(bytes: Uint8Array, number: number): string | undefined {
  const decoded = bytes.length === 0 ? undefined : decodeUtf8(bytes, number === 1).text
  if (decoded === undefined) return undefined
  try {
    return readLine(decoded).id
  } catch (error) {
    return error instanceof LineError ? error.id : undefined
  }
}

interface Story {
  /** The id's JSON text as written, when the line has one. */
  id: string | undefined
  text: string
  referenceDate: string | null | undefined
}

/**
 * Read one input line, `{id?, text, referenceDate?}`.
 *
 * @throws {LineError} When the line is not JSON, not an object, or a field has the wrong type.
 */
export function readLine(line: string): Story {
  let input: unknown
  try {
    input = JSON.parse(line)
  } catch (error) {
    throw new LineError(`not JSON (${error instanceof Error ? error.message : String(error)})`, 'invalid-line')
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new LineError('expected a JSON object like {"id": "…", "text": "…"}', 'invalid-line')
  }
  const {id, text, referenceDate} = input as {id?: unknown; text?: unknown; referenceDate?: unknown}
  let raw: string | undefined
  if (id !== undefined) {
    if (id !== null && typeof id !== 'string' && typeof id !== 'number') {
      throw new LineError('expected `id` to be a string or a number', 'invalid-line')
    }
    raw = typeof id === 'number' ? (rawMember(line, 'id') ?? String(id)) : JSON.stringify(id)
  }
  if (typeof text !== 'string') throw new LineError('expected `text` to be a string', 'invalid-line', raw)
  if (referenceDate !== undefined && referenceDate !== null && typeof referenceDate !== 'string') {
    throw new LineError('expected `referenceDate` to be a string (YYYY-MM-DD) or null', 'invalid-line', raw)
  }
  return {id: raw, text, referenceDate}
}
