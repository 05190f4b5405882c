#!/usr/bin/env node
// Scores the parser against gold corpora (shared/corpus/SCHEMA.md).
//
//   npm run eval -- <corpus.jsonl>… [--misses N] [--json] [--min corpus:metric=value]… [--max …] [--gold-as-prediction]
//
// Needs `npm run build` first (imports dist/index.js and dist/eval.js).

import {readFileSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {parseArgs} from 'node:util'

const USAGE = `Usage: npm run eval -- <corpus.jsonl>… [options]

Options:
  --misses N              print up to N misses per field (with --json: include them)
  --json                  print the figures as JSON
  --min [corpus:]metric=V fail (exit 1) when the metric is below V percent; repeatable. A named corpus
                          must measure the metric; without "corpus:" it applies to every corpus that does.
  --max [corpus:]metric=V fail when the metric is above V percent (e.g. dateline.false=1)
  --gold-as-prediction    score the gold against itself (a self-check of the scorer: 100% everywhere)
  -h, --help

A corpus is named after its folder (../shared/corpus/reuters21578/dev.jsonl → reuters21578), or folder/file
when the file is not dev.jsonl or <folder>.jsonl. Metrics (percent; a P/R/F1 metric's bare name is its F1):
  dateline.found[.precision|.recall] dateline.location dateline.date dateline.isoDate dateline.span
  dateline.false (rate of false datelines over gold-null stories) agency paragraphs
  quotes.exact[.precision|.recall] quotes.overlap[…] quotes.speaker quotes.speakerLenient quotes.endToEnd[…]`

function fail(message, code = 2) {
  process.stderr.write(`eval: ${message}\n`)
  process.exit(code)
}

let args
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      misses: {type: 'string'},
      json: {type: 'boolean', default: false},
      min: {type: 'string', multiple: true, default: []},
      max: {type: 'string', multiple: true, default: []},
      'gold-as-prediction': {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`)
}

const {values: options, positionals: files} = args
if (options.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
if (files.length === 0) fail(`no corpus given\n\n${USAGE}`)

let missesPerField = 0
if (options.misses !== undefined) {
  missesPerField = Number(options.misses)
  if (!Number.isInteger(missesPerField) || missesPerField < 0) fail(`--misses wants a whole number, got ${options.misses}`)
}

async function importDist(name) {
  const url = new URL(`../dist/${name}`, import.meta.url)
  try {
    return await import(url.href)
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(url.pathname)) {
      fail(`dist/${name} not found: run \`npm run build\` first`)
    }
    throw error
  }
}

const scorer = await importDist('eval.js')
const {scoreCorpus, formatScore, formatMisses, limitMisses, metricValues, METRIC_NAMES} = scorer

// Thresholds: [corpus:]metric=value
function parseThreshold(spec, kind) {
  const match = /^(?:([^:=]+):)?([^:=]+)=(-?\d+(?:\.\d+)?)$/.exec(spec.trim())
  if (!match) fail(`--${kind} ${spec}: expected [corpus:]metric=value, e.g. reuters21578:dateline.location=99`)
  const [, corpus, rawMetric, value] = match
  const metric = rawMetric.endsWith('.f1') ? rawMetric.slice(0, -3) : rawMetric
  if (!METRIC_NAMES.includes(metric)) fail(`--${kind} ${spec}: unknown metric ${rawMetric}; known: ${METRIC_NAMES.join(', ')}`)
  return {spec, kind, corpus: corpus ?? null, metric, limit: Number(value)}
}
const thresholds = [
  ...options.min.map((spec) => parseThreshold(spec, 'min')),
  ...options.max.map((spec) => parseThreshold(spec, 'max'))
]

// Corpus names
function corpusName(file) {
  const folder = path.basename(path.dirname(path.resolve(file)))
  const base = path.basename(file).replace(/\.jsonl$/u, '')
  return base === 'dev' || base === folder ? folder : `${folder}/${base}`
}
const names = files.map(corpusName)
const uniqueNames = names.map((name, index) => (names.indexOf(name) === index ? name : `${name}#${index + 1}`))
for (const threshold of thresholds) {
  if (threshold.corpus !== null && !uniqueNames.includes(threshold.corpus)) {
    fail(`--${threshold.kind} ${threshold.spec}: no corpus named ${threshold.corpus} (have: ${uniqueNames.join(', ')})`)
  }
}

function readJsonl(file) {
  let raw
  try {
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    fail(`cannot read ${file}: ${error.message}`)
  }
  const records = []
  raw.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    try {
      records.push(JSON.parse(line))
    } catch (error) {
      fail(`${file}:${index + 1}: invalid JSON (${error.message})`)
    }
  })
  return records
}

let predict
if (options['gold-as-prediction']) {
  predict = (record) => record
} else {
  const {parseArticle, toRecord} = await importDist('index.js')
  if (typeof parseArticle !== 'function' || typeof toRecord !== 'function') {
    fail('dist/index.js does not export parseArticle and toRecord')
  }
  predict = (record) => toRecord(parseArticle(record.text, {referenceDate: record.referenceDate}))
}

const results = []
for (const [index, file] of files.entries()) {
  const name = uniqueNames[index]
  const records = readJsonl(file)
  const pairs = []
  const errors = []
  const started = performance.now()
  for (const record of records) {
    let predicted
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
  results.push({name, file, score, ms, errors, metrics: metricValues(score)})
}

// Thresholds
const checks = []
for (const threshold of thresholds) {
  for (const result of results) {
    if (threshold.corpus !== null && threshold.corpus !== result.name) continue
    const measured = Object.prototype.hasOwnProperty.call(result.metrics, threshold.metric)
    const value = measured ? result.metrics[threshold.metric] : null
    // Unqualified thresholds apply only where there is something to measure; a named corpus must measure it.
    if (value === null && threshold.corpus === null) continue
    const ok =
      value !== null && (threshold.kind === 'min' ? value >= threshold.limit : value <= threshold.limit)
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
const failed = checks.filter((check) => !check.ok)

if (options.json) {
  const round = (value) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value)
  const output = {
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
        ...(missesPerField > 0 ? {misses: limitMisses(misses, missesPerField), errorSamples: errors.slice(0, missesPerField)} : {})
      }
    }),
    thresholds: checks,
    ok: failed.length === 0
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
  for (const check of failed) process.stderr.write(`threshold not met: ${check.message}\n`)
} else {
  const blocks = results.map(({name, score, ms, errors}) => {
    const note = options['gold-as-prediction']
      ? 'gold as prediction'
      : `parsed in ${Math.round(ms)} ms, ${Math.round((score.documents / Math.max(ms, 1)) * 1000)} docs/s`
    const lines = [formatScore(name, score, {note})]
    if (errors.length > 0) {
      lines.push(`  parser threw on ${errors.length} docs (scored as empty), e.g. ${errors[0].id}: ${errors[0].message}`)
    }
    const misses = formatMisses(score.misses, missesPerField)
    if (misses !== '') lines.push(misses)
    return lines.join('\n')
  })
  process.stdout.write(`${blocks.join('\n\n')}\n`)
  if (checks.length > 0) {
    process.stdout.write(
      failed.length === 0
        ? `\nthresholds: all ${checks.length} met\n`
        : `\nthresholds: ${failed.length} of ${checks.length} not met\n${failed.map((check) => `  ${check.message}`).join('\n')}\n`
    )
  }
}

process.exitCode = failed.length === 0 ? 0 : 1
