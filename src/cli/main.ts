/**
 * The `wirestory` command line.
 *
 *   wirestory [story.txt] [--json | --record | --html] [options]
 *   wirestory --jsonl [in.jsonl] [--tree] [--jobs N] [options]
 *   wirestory eval <gold.jsonl>… [eval options]
 *
 * Exit codes (`common.ts`): 0 ok, 1 the run failed, 2 usage, 3 some lines of a batch failed.
 */

import {createReadStream, fstatSync, readFileSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import process from 'node:process'

import {readArgs, UsageError, type CliOptions} from './args.js'
import {runBatch, RunError} from './batch.js'
import {EXIT_FAILED, EXIT_OK, EXIT_SOME_LINES_FAILED, EXIT_USAGE, InputError, type CliStreams} from './common.js'
import {runEval} from './eval.js'
import {loadPlugins, PluginError} from './plugins.js'
import {poolConfigured, poolSize, rerunWithPool} from './reexec.js'
import type {ReportOptions} from './report.js'
import {runSingle} from './single.js'

export type {CliStreams} from './common.js'

/**
 * Worker threads of `--jsonl` by default: one. Measured with `npm run bench` (bench/jobs.mjs) on 2 cores, a
 * second worker does not pay; see docs/cli.md. A worker, not the main thread, parses even then, so that a story
 * that exhausts memory costs its line, not the run.
 */
export const DEFAULT_JOBS = 1

const HELP = `wirestory: parse wire news copy into a syntax tree

Usage:
  wirestory [story.txt] [options]          print the tree of one story (stdin when no file or "-")
  wirestory --jsonl [in.jsonl] [options]   batch: one {id?, text, referenceDate?} per line → one record per line
  wirestory eval <gold.jsonl>… [options]   score the parser on gold corpora (wirestory eval --help)

Output (one of):
  --json                     one story: the whole tree as JSON (default: an indented outline)
  --record                   one story: the record (toRecord, paraphrases, messages) as JSON
  --html                     one story: a self-contained HTML page, speech highlighted in its speaker's colour
  --tree                     --jsonl: the whole tree per line ({id, tree, messages}) instead of the record

Options:
  --reference-date DATE      resolve dates without a year against DATE (YYYY-MM-DD); in batch mode, the default
                             for lines without their own referenceDate
  -u, --use PLUGIN[=OPTS]    run a retext plugin (retext-PLUGIN or PLUGIN, a path) with JSON5 options; repeatable
  --use-article PLUGIN[=OPTS]  run an article plugin (a module whose default export is one); repeatable
  --frail                    exit non-zero on warnings too
  -q, --quiet                report only warnings and errors (no "no issues found")
  -S, --silent               report only errors
  --max-size SIZE            the largest story read: the input, or one line of --jsonl (default 16M)
  --jsonl                    batch mode over JSON Lines, stdin → stdout when no file is given; output in input
                             order; a bad line is reported on stderr with its number and skipped
  -j, --jobs N               worker threads for --jsonl (default ${DEFAULT_JOBS}; at most the cores, here ${cores()})
  --force-jobs               allow --jobs above the number of cores
  --error-records            --jsonl: write {id, line, error} for a line that failed, instead of nothing
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 ok, 1 the run failed (a story that failed, an unreadable input), 2 usage,
3 some lines of --jsonl failed (the other lines were written).
More: `

export async function main(argv: readonly string[], streams: CliStreams = process): Promise<number> {
  const {stderr} = streams
  try {
    if (argv[0] === 'eval') {
      return runEval(
        argv.slice(1),
        {command: 'wirestory eval', prefix: 'wirestory eval', inputErrorCode: EXIT_FAILED},
        streams
      )
    }
    return await run(readArgs(argv, cores()), streams)
  } catch (error) {
    if (error instanceof UsageError || error instanceof PluginError) {
      stderr.write(`wirestory: ${error.message}\nTry \`wirestory --help\`.\n`)
      return EXIT_USAGE
    }
    if (error instanceof InputError || error instanceof RunError) {
      stderr.write(`wirestory: ${error.message}\n`)
      return EXIT_FAILED
    }
    throw error
  }
}

async function run(options: CliOptions, streams: CliStreams): Promise<number> {
  const {stdin, stdout, stderr} = streams
  if (options.help) {
    stdout.write(HELP + docsLink('cli.md') + '\n')
    return EXIT_OK
  }
  if (options.version) {
    stdout.write(version() + '\n')
    return EXIT_OK
  }
  if (options.file === null && stdin.isTTY) {
    throw new UsageError(
      options.mode === 'batch'
        ? 'no input: give a .jsonl file or pipe JSON Lines to stdin'
        : 'no input: give a story file or pipe a story to stdin'
    )
  }
  if (!options.silent) for (const note of options.notes) stderr.write(`wirestory: ${note}\n`)
  // Load the plugins here first, so that one that cannot load is a usage error before any input is read.
  const loaded = await loadPlugins(options.plugins)
  const report: ReportOptions = {quiet: options.quiet, silent: options.silent, color: useColor(stderr)}
  if (options.mode === 'single') {
    return runSingle(options, {
      streams,
      loaded,
      report,
      outline: {color: useColor(stdout), preview: previewWidth(stdout)}
    })
  }

  const jobs = options.jobs ?? DEFAULT_JOBS
  if (streams === process && !poolConfigured()) return rerunWithPool(poolSize(jobs, cores()))
  const summary = await runBatch({
    input: options.file === null ? stdin : openInput(options.file),
    inputSize: options.file === null ? stdinFileSize() : fileSize(options.file),
    output: stdout,
    stderr,
    jobs,
    maxLineBytes: options.maxSize,
    settings: {
      inputName: options.file ?? 'stdin',
      referenceDate: options.referenceDate,
      output: options.format === 'tree' ? 'tree' : 'record',
      errorRecords: options.errorRecords,
      report,
      plugins: options.plugins
    },
    progress: stderr.isTTY === true,
    workerUrl: new URL('./cli-worker.js', import.meta.url)
  })
  const failed = summary.failed > 0 || (options.frail && summary.warned > 0)
  if (summary.lines === 0 && !options.quiet) stderr.write(`wirestory: ${options.file ?? 'stdin'}: no lines to parse\n`)
  if (failed) {
    const parts = [summary.failed > 0 ? `${summary.failed} of ${summary.lines} lines failed` : '']
    if (options.frail && summary.warned > 0)
      parts.push(`${summary.warned} of ${summary.lines} lines have warnings (--frail)`)
    stderr.write(`wirestory: ${parts.filter(Boolean).join('; ')}\n`)
    return EXIT_SOME_LINES_FAILED
  }
  return EXIT_OK
}

/** Open a batch input file; a directory or a missing file is an input error before any worker starts. */
function openInput(file: string): AsyncIterable<Uint8Array> {
  try {
    if (statSync(file).isDirectory()) throw new Error('it is a directory')
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const stream = createReadStream(file)
  return (async function* () {
    try {
      for await (const chunk of stream) yield chunk as Uint8Array
    } catch (error) {
      throw new InputError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
    }
  })()
}

function fileSize(file: string): number | null {
  try {
    const stat = statSync(file)
    return stat.isFile() ? stat.size : null
  } catch {
    return null
  }
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

/** The cores `--jobs` is capped at. */
function cores(): number {
  try {
    return Math.max(1, availableParallelism())
  } catch {
    return 1
  }
}

interface Manifest {
  version?: string
  homepage?: string
  repository?: string | {url?: string}
}

function manifest(): Manifest {
  return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest
}

/** The package version, read from the package's own package.json. */
export function version(): string {
  return manifest().version ?? 'unknown'
}

/** An address of a page of docs/: in the repository named by package.json, else the package's npm page. */
function docsLink(page: string): string {
  const {repository} = manifest()
  const url = (typeof repository === 'string' ? repository : repository?.url)
    ?.replace(/^git\+/u, '')
    .replace(/\.git$/u, '')
  return url?.startsWith('https://github.com/')
    ? `${url}/blob/main/docs/${page}`
    : `docs/${page} in the package's repository (https://www.npmjs.com/package/wirestory)`
}
