/**
 * `npm run bench` (jobs section, also `node bench/jobs.mjs`): does `wirestory --jsonl` gain from worker threads on
 * this machine, and does it read one long line in linear time?
 *
 * 1. Throughput of the bin over the same JSON Lines (the dev corpora, repeated to size), in one run so that the
 *    ratios hold on a noisy machine: a plain loop in one thread (parseArticle + the record, no workers), then
 *    `--jobs 1` and `--jobs 2`, each with the V8-pool restart (reexec.ts) and without it
 *    (`NODE_OPTIONS=--v8-pool-size=4`). Rounds are interleaved; the best of each is kept.
 * 2. One line of 8/16/32 MB (`--quick`) or 25/50/100 MB: seconds per MB through the line reader; the largest at
 *    most about the smallest when reading is linear.
 *
 * A benchmark, not a test: it prints figures and exits 0. Usage: node bench/jobs.mjs [--quick] [--corpus <dir>]
 */

import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
if (!fs.existsSync(cli)) {
  console.error('bench/jobs: dist/ is missing: run `npm run build` first')
  process.exit(2)
}
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const corpusIndex = args.indexOf('--corpus')
const corpusDir = corpusIndex >= 0 ? args[corpusIndex + 1] : path.resolve(root, '../shared/corpus')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirestory-bench-jobs-'))

/** The stories: every dev corpus, else the fixtures. */
function stories() {
  const lines = []
  if (fs.existsSync(corpusDir)) {
    for (const name of fs.readdirSync(corpusDir).sort()) {
      const sub = path.join(corpusDir, name)
      if (!fs.statSync(sub).isDirectory()) continue
      for (const file of fs
        .readdirSync(sub)
        .filter((entry) => entry.endsWith('.jsonl'))
        .sort()) {
        for (const line of fs.readFileSync(path.join(sub, file), 'utf8').split('\n')) {
          if (!line.trim()) continue
          const {text, referenceDate} = JSON.parse(line)
          if (typeof text === 'string') lines.push({text, referenceDate})
        }
      }
    }
  }
  if (lines.length === 0) {
    const fixtures = path.join(root, 'fixtures')
    for (const file of fs.readdirSync(fixtures, {recursive: true})) {
      if (String(file).endsWith('.txt')) lines.push({text: fs.readFileSync(path.join(fixtures, String(file)), 'utf8')})
    }
  }
  return lines
}

function writeInput(target, wanted) {
  const base = stories()
  const out = fs.openSync(target, 'w')
  let size = 0
  let id = 0
  while (size < wanted) {
    for (const story of base) {
      const line = JSON.stringify({id: ++id, ...story}) + '\n'
      fs.writeSync(out, line)
      size += Buffer.byteLength(line)
      if (size >= wanted) break
    }
  }
  fs.closeSync(out)
  return {lines: id, bytes: size}
}

// The plain loop: what one thread does without the CLI around it.
const loop = `
import fs from 'node:fs'
import {parseArticle, toRecord} from ${JSON.stringify(path.join(root, 'dist', 'index.js'))}
let out = 0
for (const line of fs.readFileSync(process.argv[1], 'utf8').split('\\n')) {
  if (!line) continue
  const {id, text, referenceDate} = JSON.parse(line)
  out += JSON.stringify({id, ...toRecord(parseArticle(text, {referenceDate}))}).length
}
if (out === 0) process.exit(1)
`

function run(command, commandArgs, env) {
  const start = performance.now()
  const result = spawnSync(command, commandArgs, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {...process.env, ...env},
    encoding: 'utf8'
  })
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0)
    throw new Error(`${commandArgs.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`)
  return seconds
}

const input = path.join(dir, 'in.jsonl')
const {lines, bytes} = writeInput(input, (quick ? 3 : 12) * 1e6)
const pool4 = {NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --v8-pool-size=4`.trim()}
const configs = [
  ['plain loop, one thread (no CLI)', () => run(process.execPath, ['--input-type=module', '-e', loop, input], {})],
  ['--jobs 1 (V8 pool restart)', () => run(process.execPath, [cli, '--jsonl', input, '--jobs', '1', '-S'], {})],
  ['--jobs 1 (no restart)', () => run(process.execPath, [cli, '--jsonl', input, '--jobs', '1', '-S'], pool4)],
  [
    '--jobs 2 (V8 pool restart)',
    () => run(process.execPath, [cli, '--jsonl', input, '--jobs', '2', '-S', '--force-jobs'], {})
  ],
  [
    '--jobs 2 (no restart)',
    () => run(process.execPath, [cli, '--jsonl', input, '--jobs', '2', '-S', '--force-jobs'], pool4)
  ]
]
const rounds = quick ? 1 : 3
const best = configs.map(() => Number.POSITIVE_INFINITY)
for (let round = 0; round < rounds; round++) {
  configs.forEach(([, measure], index) => {
    best[index] = Math.min(best[index], measure())
  })
}
console.log(
  `\n## --jsonl and worker threads (${os.availableParallelism()} cores; ${lines} stories, ${(bytes / 1e6).toFixed(1)} MB; best of ${rounds})\n`
)
console.log('| run | seconds | stories/s | speed vs plain loop |')
console.log('| --- | ---: | ---: | ---: |')
configs.forEach(([name], index) => {
  console.log(
    `| ${name} | ${best[index].toFixed(2)} | ${Math.round(lines / best[index])} | ${(best[0] / best[index]).toFixed(2)}× |`
  )
})

// One long line: the reader must not re-search or re-join the line on every chunk.
const sizes = quick ? [8, 16, 32] : [25, 50, 100]
const perMb = []
for (const megabytes of sizes) {
  const file = path.join(dir, `long-${megabytes}.jsonl`)
  const pad = 'a'.repeat(megabytes * 1e6)
  fs.writeFileSync(file, `{"id":1,"pad":"${pad}","text":"MOSCOW, May 5. /TASS/. The Kremlin said it was fine."}\n`)
  const seconds = Math.min(
    ...Array.from({length: quick ? 1 : 2}, () =>
      run(process.execPath, [cli, '--jsonl', file, '-S', '--max-size', '200M'], pool4)
    )
  )
  perMb.push(seconds / megabytes)
  fs.rmSync(file)
}
console.log('\n## --jsonl on one long line (seconds per MB)\n')
console.log(`| ${sizes.map((size) => `${size} MB`).join(' | ')} | largest / smallest |`)
console.log(`| ${sizes.map(() => '---:').join(' | ')} | ---: |`)
console.log(`| ${perMb.map((value) => value.toFixed(3)).join(' | ')} | ${(perMb.at(-1) / perMb[0]).toFixed(2)}× |`)
fs.rmSync(dir, {recursive: true, force: true})
