/**
 * One unit of batch work: JSON Lines in, record lines out. Runs inside the worker threads of `--jsonl` (see
 * `worker.ts`); pure apart from the parser, so it can run on any thread.
 */

import {parseArticle} from '../parse.js'
import {toRecord} from '../record.js'

/** A run of consecutive input lines. Line numbers are 1-based; blank lines are kept so numbering holds. */
export interface BatchRequest {
  seq: number
  firstLine: number
  lines: string[]
  /** For input lines without `referenceDate`. */
  referenceDate: string | null
}

export interface LineError {
  line: number
  message: string
}

export interface BatchResult {
  seq: number
  /** One JSON record per good line, each ending in `\n`; `''` when none. */
  output: string
  /** Lines that could not be parsed, in order. */
  errors: LineError[]
  /** Non-blank lines seen. */
  count: number
}

/**
 * Turn one input line (`{id?, text, referenceDate?}`) into its output line: the record, with the id first when
 * the input has one.
 *
 * @throws {Error} When the line is not JSON, not an object, lacks a string `text`, or the parser refuses it.
 */
export function processLine(line: string, referenceDate: string | null): string {
  let input: unknown
  try {
    input = JSON.parse(line)
  } catch (error) {
    throw new Error(`not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new Error('expected a JSON object like {"id": "…", "text": "…"}')
  }
  const {id, text, referenceDate: own} = input as {id?: unknown; text?: unknown; referenceDate?: unknown}
  if (typeof text !== 'string') throw new Error('expected `text` to be a string')
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    throw new Error('expected `id` to be a string or a number')
  }
  if (own !== undefined && own !== null && typeof own !== 'string') {
    throw new Error('expected `referenceDate` to be a string (YYYY-MM-DD) or null')
  }
  const record = toRecord(parseArticle(text, {referenceDate: own === undefined ? referenceDate : own}))
  return JSON.stringify(id === undefined ? record : {id, ...record})
}

export function processBatch(request: BatchRequest): BatchResult {
  let output = ''
  let count = 0
  const errors: LineError[] = []
  for (const [index, line] of request.lines.entries()) {
    if (line.trim() === '') continue
    count++
    try {
      output += processLine(line, request.referenceDate) + '\n'
    } catch (error) {
      errors.push({line: request.firstLine + index, message: error instanceof Error ? error.message : String(error)})
    }
  }
  return {seq: request.seq, output, errors, count}
}
