/**
 * The corpus evaluation behind both `npm run eval` (`scripts/eval.mjs`) and `wirestory eval`: reads gold corpora
 * (the record format of docs/record.md, "Gold records"), runs the parser on every story, scores it with `src/eval/score.ts`, checks
 * thresholds and prints the figures. One implementation; the two front ends differ only in their program name and
 * in the exit code of an unreadable corpus.
 */

import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {parseArgs} from 'node:util'

import {parseArticle} from '../parse.js'
import {toRecord} from '../record.js'
import {
  METRIC_NAMES,
  formatMisses,
  formatScore,
  limitMisses,
  metricValues,
  scoreCorpus,
  type CorpusScore,
  type GoldRecord,
  type RecordLike,
  type ScoredPair
} from '../eval/score.js'

/** Where the runner writes; `process.stdout`/`process.stderr` in both front ends. */
export interface EvalIo {
  stdout: {write(chunk: string): unknown}
  stderr: {write(chunk: string): unknown}
}

export interface EvalSettings {
  /** How the usage text names the command (`npm run eval --`, `wirestory eval`). */
  command: string
  /** Prefix of error messages (`eval`, `wirestory eval`). */
  prefix: string
  /** Exit code when a corpus cannot be read or is not JSON Lines (`npm run eval`: 2, `wirestory eval`: 1). */
  inputErrorCode: number
}

/** Thrown to stop the run with an exit code (the message is already printed). */
class Stop extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`)
  }
}

export function evalUsage(command: string): string {
  return `Usage: ${command} <corpus.jsonl>… [options]

Options:
  --misses N              print up to N misses per field (with --json: include them)
  --json                  print the figures as JSON
  --min [corpus:]metric=V fail (exit 1) when the metric is below V percent; repeatable. A named corpus
                          must measure the metric; without "corpus:" it applies to every corpus that does.
  --max [corpus:]metric=V fail when the metric is above V percent (e.g. dateline.false=1)
  --half a|b              score one half of each corpus: stories whose id's SHA-1 starts with an even byte (a)
                          or an odd one (b) — write a change from one half's misses, check it on the other
  --gold-as-prediction    score the gold against itself (a self-check of the scorer: 100% everywhere)
  -h, --help

A corpus is named after its folder (../shared/corpus/reuters21578/dev.jsonl → reuters21578), or folder/file
when the file is not dev.jsonl or <folder>.jsonl. Metrics (percent; a P/R/F1 metric's bare name is its F1):
  dateline.found[.precision|.recall] dateline.location dateline.date dateline.isoDate dateline.span
  dateline.false (rate of false datelines over gold-null stories) agency paragraphs
  quotes.exact[.precision|.recall] quotes.overlap[…] quotes.speaker quotes.speakerLenient quotes.endToEnd[…]
  paraphrases[.precision|.recall] paraphrases.speaker paraphrases.speakerLenient paraphrases.endToEnd[…]`
}

interface Threshold {
  spec: string
  kind: 'min' | 'max'
  corpus: string | null
  metric: string
  limit: number
}

interface Check {
  spec: string
  corpus: string | null
  metric: string
  kind: 'min' | 'max'
  limit: number
  value: number | null
  ok: boolean
  message: string
}

interface Result {
  name: string
  file: string
  score: CorpusScore
  ms: number
  errors: Array<{id: string | undefined; message: string}>
  metrics: Record<string, number | null>
}

/**
 * Run the evaluation.
 *
 * @param argv The arguments after the command (`['gold.jsonl', '--min', 'agency=98']`).
 * @returns The exit code: 0 all thresholds met, 1 a threshold not met (or an unreadable corpus, per settings),
 *   2 a usage error.
 */
export function runEval(argv: readonly string[], settings: EvalSettings, io: EvalIo = process): number {
  try {
    return run(argv, settings, io)
  } catch (error) {
    if (error instanceof Stop) return error.code
    throw error
  }
}

/** Prints an error and stops the run with an exit code. */
type Fail = (message: string, code?: number) => never

function run(argv: readonly string[], settings: EvalSettings, io: EvalIo): number {
  const usage = evalUsage(settings.command)
  const fail: Fail = (message, code = 2) => {
    io.stderr.write(`${settings.prefix}: ${message}\n`)
    throw new Stop(code)
  }

  const {values: options, positionals: files} = parseEvalArgs(argv, usage, fail)
  if (options.help) {
    io.stdout.write(`${usage}\n`)
    return 0
  }
  if (files.length === 0) fail(`no corpus given\n\n${usage}`)

  const half = options.half
  if (half !== undefined && half !== 'a' && half !== 'b') fail(`--half wants a or b, got ${half}`)
  const missesPerField = readMissesPerField(options.misses, fail)

  const thresholds = [
    ...(options.min ?? []).map((spec) => parseThreshold(spec, 'min', fail)),
    ...(options.max ?? []).map((spec) => parseThreshold(spec, 'max', fail))
  ]
  const uniqueNames = uniqueCorpusNames(files)
  for (const threshold of thresholds) {
    if (threshold.corpus !== null && !uniqueNames.includes(threshold.corpus)) {
      fail(
        `--${threshold.kind} ${threshold.spec}: no corpus named ${threshold.corpus} (have: ${uniqueNames.join(', ')})`
      )
    }
  }

  const goldAsPrediction = options['gold-as-prediction'] === true
  const predict: (record: GoldRecord) => RecordLike = goldAsPrediction
    ? (record) => record
    : (record) => toRecord(parseArticle(record.text, {referenceDate: record.referenceDate}))

  const results = files.map((file, index) => {
    const records = readJsonl(file, fail, settings.inputErrorCode).filter(
      (record) => half === undefined || halfOf(record.id) === half
    )
    return scoreFile(uniqueNames[index]!, file, records, predict)
  })

  const checks = checkThresholds(thresholds, results)
  const failed = checks.filter((check) => !check.ok)

  if (options.json) {
    io.stdout.write(`${JSON.stringify(jsonReport(results, checks, missesPerField), null, 2)}\n`)
    for (const check of failed) io.stderr.write(`threshold not met: ${check.message}\n`)
  } else {
    io.stdout.write(textReport(results, checks, missesPerField, goldAsPrediction))
  }

  return failed.length === 0 ? 0 : 1
}

/** Parses the command line (a usage error on unknown or malformed options). */
function parseEvalArgs(argv: readonly string[], usage: string, fail: Fail) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        misses: {type: 'string'},
        json: {type: 'boolean', default: false},
        min: {type: 'string', multiple: true, default: []},
        max: {type: 'string', multiple: true, default: []},
        'gold-as-prediction': {type: 'boolean', default: false},
        half: {type: 'string'},
        help: {type: 'boolean', short: 'h', default: false}
      }
    })
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
  }
}

/** `--misses N`: a whole number, 0 when absent. */
function readMissesPerField(raw: string | undefined, fail: Fail): number {
  if (raw === undefined) return 0
  const missesPerField = Number(raw)
  if (!Number.isInteger(missesPerField) || missesPerField < 0) fail(`--misses wants a whole number, got ${raw}`)
  return missesPerField
}

/** A threshold `[corpus:]metric=value`; a bare `.f1` suffix is dropped. */
function parseThreshold(spec: string, kind: 'min' | 'max', fail: Fail): Threshold {
  const match = /^(?:([^:=]+):)?([^:=]+)=(-?\d+(?:\.\d+)?)$/.exec(spec.trim())
  if (!match) fail(`--${kind} ${spec}: expected [corpus:]metric=value, e.g. reuters21578:dateline.location=99`)
  const [, corpus, rawMetric, value] = match as unknown as [string, string | undefined, string, string]
  const metric = rawMetric.endsWith('.f1') ? rawMetric.slice(0, -3) : rawMetric
  if (!METRIC_NAMES.includes(metric))
    fail(`--${kind} ${spec}: unknown metric ${rawMetric}; known: ${METRIC_NAMES.join(', ')}`)
  return {spec, kind, corpus: corpus ?? null, metric, limit: Number(value)}
}

/** The corpus names of the files, a repeated name suffixed with `#position`. */
function uniqueCorpusNames(files: readonly string[]): string[] {
  const names = files.map(corpusName)
  return names.map((name, index) => (names.indexOf(name) === index ? name : `${name}#${index + 1}`))
}

/** The gold records of a JSON Lines file (blank lines skipped). */
function readJsonl(file: string, fail: Fail, inputErrorCode: number): GoldRecord[] {
  let raw = ''
  try {
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, inputErrorCode)
  }
  const records: GoldRecord[] = []
  raw.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    try {
      records.push(JSON.parse(line) as GoldRecord)
    } catch (error) {
      fail(
        `${file}:${index + 1}: invalid JSON (${error instanceof Error ? error.message : String(error)})`,
        inputErrorCode
      )
    }
  })
  return records
}

/** Predicts every record (a throw is noted and scored as an empty prediction) and scores the corpus. */
function scoreFile(
  name: string,
  file: string,
  records: readonly GoldRecord[],
  predict: (record: GoldRecord) => RecordLike
): Result {
  const pairs: ScoredPair[] = []
  const errors: Result['errors'] = []
  const started = performance.now()
  for (const record of records) {
    let predicted: RecordLike
    try {
      predicted = predict(record)
    } catch (error) {
      errors.push({id: record.id, message: error instanceof Error ? error.message : String(error)})
      predicted = {}
    }
    pairs.push({gold: record, predicted})
  }
  const ms = performance.now() - started
  const score = scoreCorpus(pairs)
  return {name, file, score, ms, errors, metrics: metricValues(score)}
}

/** Checks every threshold against every corpus it applies to. */
function checkThresholds(thresholds: readonly Threshold[], results: readonly Result[]): Check[] {
  const checks: Check[] = []
  for (const threshold of thresholds) {
    for (const result of results) {
      if (threshold.corpus !== null && threshold.corpus !== result.name) continue
      const measured = Object.prototype.hasOwnProperty.call(result.metrics, threshold.metric)
      const value = measured ? (result.metrics[threshold.metric] ?? null) : null
      // Unqualified thresholds apply only where there is something to measure; a named corpus must measure it.
      if (value === null && threshold.corpus === null) continue
      const ok = value !== null && (threshold.kind === 'min' ? value >= threshold.limit : value <= threshold.limit)
      const why = !measured ? 'not measured' : value === null ? 'nothing to measure' : `${value.toFixed(2)}`
      checks.push({
        spec: threshold.spec,
        corpus: result.name,
        metric: threshold.metric,
        kind: threshold.kind,
        limit: threshold.limit,
        value,
        ok,
        message: `${result.name}:${threshold.metric} = ${why}, ${threshold.kind} ${threshold.limit}`
      })
    }
    if (threshold.corpus === null && !checks.some((check) => check.spec === threshold.spec)) {
      checks.push({
        spec: threshold.spec,
        corpus: null,
        metric: threshold.metric,
        kind: threshold.kind,
        limit: threshold.limit,
        value: null,
        ok: false,
        message: `${threshold.metric}: measured by none of the corpora, ${threshold.kind} ${threshold.limit}`
      })
    }
  }
  return checks
}

/** The `--json` output: figures per corpus (metrics rounded to 2 places), the checks and the verdict. */
function jsonReport(results: readonly Result[], checks: readonly Check[], missesPerField: number) {
  const round = (value: number | null) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value)
  return {
    corpora: results.map(({name, file, score, ms, errors, metrics}) => {
      const {misses, ...figures} = score
      return {
        name,
        file,
        documents: score.documents,
        ms: Math.round(ms),
        errors: errors.length,
        metrics: Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, round(value)])),
        score: figures,
        ...(missesPerField > 0
          ? {misses: limitMisses(misses, missesPerField), errorSamples: errors.slice(0, missesPerField)}
          : {})
      }
    }),
    thresholds: checks,
    ok: checks.every((check) => check.ok)
  }
}

/** The text output: a block per corpus, then the thresholds' verdict when there are any. */
function textReport(
  results: readonly Result[],
  checks: readonly Check[],
  missesPerField: number,
  goldAsPrediction: boolean
): string {
  const blocks = results.map(({name, score, ms, errors}) => {
    const note = goldAsPrediction
      ? 'gold as prediction'
      : `parsed in ${Math.round(ms)} ms, ${Math.round((score.documents / Math.max(ms, 1)) * 1000)} docs/s`
    const lines = [formatScore(name, score, {note})]
    if (errors.length > 0) {
      lines.push(
        `  parser threw on ${errors.length} docs (scored as empty), e.g. ${errors[0]!.id}: ${errors[0]!.message}`
      )
    }
    const misses = formatMisses(score.misses, missesPerField)
    if (misses !== '') lines.push(misses)
    return lines.join('\n')
  })
  let text = `${blocks.join('\n\n')}\n`
  if (checks.length > 0) {
    const failed = checks.filter((check) => !check.ok)
    text +=
      failed.length === 0
        ? `\nthresholds: all ${checks.length} met\n`
        : `\nthresholds: ${failed.length} of ${checks.length} not met\n${failed.map((check) => `  ${check.message}`).join('\n')}\n`
  }
  return text
}

/** The split-half of a story: `a` when the first byte of the SHA-1 of its id is even, `b` when odd. */
export function halfOf(id: string): 'a' | 'b' {
  const first = createHash('sha1').update(id).digest()[0] ?? 0
  return first % 2 === 0 ? 'a' : 'b'
}

/** A corpus is named after its folder, or folder/file when the file is not dev.jsonl or <folder>.jsonl. */
export function corpusName(file: string): string {
  const folder = path.basename(path.dirname(path.resolve(file)))
  const base = path.basename(file).replace(/\.jsonl$/u, '')
  return base === 'dev' || base === folder ? folder : `${folder}/${base}`
}
