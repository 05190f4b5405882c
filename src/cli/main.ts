/**
 * The `wirestory` command line.
 *
 *   wirestory [story.txt] [--json | --record | --html] [--reference-date YYYY-MM-DD]
 *   wirestory --jsonl [in.jsonl] [--jobs N] [--reference-date YYYY-MM-DD]
 *   wirestory eval <gold.jsonl>… [eval options]
 *
 * Exit codes: 0 ok, 1 errors in the input, 2 usage.
 */

import {createReadStream, fstatSync, readFileSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import process from 'node:process'
import {parseArgs} from 'node:util'

import {parseArticle} from '../parse.js'
import {toRecord} from '../record.js'
import {renderHtml} from '../html/render.js'
import {runBatch} from './batch.js'
import {runEval} from './eval.js'
import {renderOutline} from './outline.js'
import {poolConfigured, poolSize, rerunWithPool} from './reexec.js'

export const EXIT_OK = 0
export const EXIT_INPUT = 1
export const EXIT_USAGE = 2

const HELP = `wirestory: parse wire news copy into a syntax tree

Usage:
  wirestory [story.txt] [options]          print the tree of one story (stdin when no file or "-")
  wirestory --jsonl [in.jsonl] [options]   batch: one {id?, text, referenceDate?} per line → one record per line
  wirestory eval <gold.jsonl>… [options]   score the parser on gold corpora (wirestory eval --help)

Options:
  --json                     print the tree as JSON (default: an indented outline)
  --record                   print the flat record (toRecord) as JSON
  --html                     print one self-contained HTML page: speech highlighted in its speaker's colour
  --reference-date DATE      resolve dates without a year against DATE (YYYY-MM-DD); in batch mode, the default
                             for lines without their own referenceDate
  --jsonl                    batch mode over JSON Lines, stdin → stdout when no file is given; output in input
                             order; a bad line is reported on stderr with its number and skipped
  -j, --jobs N               worker threads for --jsonl (default: the number of cores, here ${safeParallelism()})
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 ok, 1 errors in the input (unreadable file, a story or line that failed), 2 usage.
More: docs/cli.md in the wirestory repository.`

/** A usage error: printed with a pointer to --help, exit 2. */
class UsageError extends Error {}

export interface CliStreams {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean; setEncoding?: (encoding: BufferEncoding) => unknown}
  stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
}

export async function main(argv: readonly string[], streams: CliStreams = process): Promise<number> {
  const {stderr} = streams
  try {
    if (argv[0] === 'eval') {
      return runEval(argv.slice(1), {command: 'wirestory eval', prefix: 'wirestory eval', inputErrorCode: EXIT_INPUT}, streams)
    }
    return await run(argv, streams)
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`wirestory: ${error.message}\nTry \`wirestory --help\`.\n`)
      return EXIT_USAGE
    }
    if (error instanceof InputError) {
      stderr.write(`wirestory: ${error.message}\n`)
      return EXIT_INPUT
    }
    throw error
  }
}

/** The input could not be read or parsed: exit 1. */
class InputError extends Error {}

async function run(argv: readonly string[], streams: CliStreams): Promise<number> {
  const {stdin, stdout, stderr} = streams
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: {type: 'boolean', default: false},
        record: {type: 'boolean', default: false},
        html: {type: 'boolean', default: false},
        'reference-date': {type: 'string'},
        jsonl: {type: 'boolean', default: false},
        jobs: {type: 'string', short: 'j'},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/su, '') : String(error))
  }
  const {values, positionals} = parsed

  if (values.help) {
    stdout.write(HELP + '\n')
    return EXIT_OK
  }
  if (values.version) {
    stdout.write(version() + '\n')
    return EXIT_OK
  }
  if (positionals.length > 1) throw new UsageError(`expected at most one input file, got ${positionals.length}: ${positionals.join(' ')}`)
  const file = positionals[0] === undefined || positionals[0] === '-' ? null : positionals[0]

  const referenceDate = values['reference-date'] ?? null
  if (referenceDate !== null) checkReferenceDate(referenceDate)

  if (!values.jsonl && values.jobs !== undefined) throw new UsageError('--jobs applies only to --jsonl')
  if (values.jsonl && values.json) throw new UsageError('--json does not apply to --jsonl (batch output is always JSON Lines)')
  if (values.jsonl && values.record) throw new UsageError('--record does not apply to --jsonl (batch output is always records)')
  if (values.html && (values.jsonl || values.json || values.record)) throw new UsageError('--html does not go with --jsonl, --json or --record')
  if (file === null && stdin.isTTY) {
    throw new UsageError(values.jsonl ? 'no input: give a .jsonl file or pipe JSON Lines to stdin' : 'no input: give a story file or pipe a story to stdin')
  }

  if (values.jsonl) {
    let jobs = safeParallelism()
    if (values.jobs !== undefined) {
      jobs = Number(values.jobs)
      if (!/^\d+$/u.test(values.jobs) || jobs < 1) throw new UsageError(`--jobs wants a whole number ≥ 1, got ${values.jobs}`)
    }
    if (streams === process && !poolConfigured()) return rerunWithPool(poolSize(jobs, safeParallelism()))
    let input: AsyncIterable<string | Buffer> = stdin as AsyncIterable<string | Buffer>
    let inputSize: number | null = null
    if (file !== null) {
      try {
        const stat = statSync(file)
        if (stat.isDirectory()) throw new Error('is a directory')
        inputSize = stat.isFile() ? stat.size : null
      } catch (error) {
        throw new InputError(`cannot read ${file}: ${message(error)}`)
      }
      input = createReadStream(file)
    } else {
      inputSize = stdinFileSize()
    }
    const summary = await runBatch({
      input,
      inputName: file ?? 'stdin',
      inputSize,
      output: stdout,
      stderr,
      jobs,
      referenceDate,
      progress: stderr.isTTY === true,
      workerUrl: new URL('./cli-worker.js', import.meta.url)
    })
    if (summary.failed > 0) {
      stderr.write(`wirestory: ${summary.failed} of ${summary.lines} lines failed\n`)
      return EXIT_INPUT
    }
    return EXIT_OK
  }

  let text: string
  try {
    text = file === null ? await readAll(stdin) : readFileSync(file, 'utf8')
  } catch (error) {
    throw new InputError(`cannot read ${file ?? 'stdin'}: ${message(error)}`)
  }

  let article
  try {
    article = parseArticle(text, {referenceDate})
  } catch (error) {
    throw new InputError(`cannot parse ${file ?? 'stdin'}: ${message(error)}`)
  }

  if (values.html) {
    stdout.write(renderHtml(article))
  } else if (values.record) {
    stdout.write(JSON.stringify(toRecord(article), null, 2) + '\n')
  } else if (values.json) {
    stdout.write(JSON.stringify(article, null, 2) + '\n')
  } else {
    stdout.write(renderOutline(article, text, {color: useColor(stdout), preview: previewWidth(stdout)}))
  }
  return EXIT_OK
}

function checkReferenceDate(value: string): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value)
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--reference-date wants a calendar date as YYYY-MM-DD, got ${value}`)
  }
  try {
    parseArticle('', {referenceDate: value})
  } catch (error) {
    throw new UsageError(`--reference-date ${value}: ${message(error)}`)
  }
}

async function readAll(stream: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

/** The size of stdin when it is a regular file (`wirestory --jsonl < in.jsonl`), for the progress bar. */
function stdinFileSize(): number | null {
  try {
    const stat = fstatSync(0)
    return stat.isFile() ? stat.size : null
  } catch {
    return null
  }
}

function useColor(stream: {isTTY?: boolean}): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0'
  return stream.isTTY === true
}

function previewWidth(stream: {isTTY?: boolean; columns?: number}): number {
  return stream.isTTY === true && stream.columns ? Math.max(30, Math.min(100, stream.columns - 40)) : 60
}

function safeParallelism(): number {
  try {
    return Math.max(1, availableParallelism())
  } catch {
    return 1
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The package version, read from the package's own package.json. */
export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version?: string}
  return manifest.version ?? 'unknown'
}
