/**
 * `npm run bench`: throughput of parseArticle next to parse-english's own
 * tokenizing on the same stories, scaling, hostile inputs, and peak heap.
 *
 * A benchmark, not a test: it prints figures and exits 0.
 * Usage: npm run bench [-- --quick] [-- --corpus <dir>]
 */

import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ParseEnglish} from 'parse-english'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
let api
try {
  api = await import(path.join(root, 'dist/index.js'))
} catch {
  console.error('bench: dist/ is missing: run `npm run build` first')
  process.exit(2)
}
const {parseArticle} = api

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const corpusIndex = args.indexOf('--corpus')
const corpusDir = corpusIndex >= 0 ? args[corpusIndex + 1] : path.resolve(root, '../shared/corpus')

const mb = (chars) => Buffer.byteLength(chars, 'utf8') / 1e6

function time(fn, minMs = quick ? 300 : 1500) {
  // Warm up, then repeat until minMs has passed; report the best round.
  fn()
  let best = Number.POSITIVE_INFINITY
  let total = 0
  let rounds = 0
  while (total < minMs || rounds < 3) {
    const start = performance.now()
    fn()
    const elapsed = performance.now() - start
    best = Math.min(best, elapsed)
    total += elapsed
    rounds++
  }
  return best
}

function loadCorpus(file) {
  if (!fs.existsSync(file)) return null
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

const rows = []
function row(...cells) {
  rows.push(cells)
}

console.log('wirestory bench — node ' + process.version + (quick ? ' (quick)' : ''))
console.log('')
console.log('1. Throughput on the same stories (best round). parseArticle tokenizes paragraphs into nlcst')
console.log('   lazily, on first access to their children; "+ nlcst" reads every paragraph\'s children too.')
const header = ['corpus', 'stories', 'MB', 'parseArticle MB/s', 'stories/s', '+ nlcst MB/s', 'parse-english MB/s', 'stories/s', 'ratio', 'ratio + nlcst']
row(...header)
for (const name of ['reuters21578/dev.jsonl', 'polnear/dev.jsonl']) {
  const records = loadCorpus(path.join(corpusDir, name))
  if (!records) {
    console.log('  (skipped ' + name + ': corpus not found)')
    continue
  }
  const texts = records.map((record) => record.text)
  const refs = records.map((record) => record.referenceDate)
  const size = texts.reduce((sum, text) => sum + mb(text), 0)
  const ours = time(() => {
    for (let index = 0; index < texts.length; index++) parseArticle(texts[index], {referenceDate: refs[index]})
  })
  // The full tree: every paragraph's nlcst children read (what a retext plugin or a visit does).
  const full = time(() => {
    for (let index = 0; index < texts.length; index++) {
      const tree = parseArticle(texts[index], {referenceDate: refs[index]})
      for (const child of tree.children) if (child.type === 'paragraph') void child.children.length
    }
  })
  const theirs = time(() => {
    for (const text of texts) new ParseEnglish().parse(text)
  })
  row(
    name.split('/')[0],
    texts.length,
    size.toFixed(2),
    (size / (ours / 1000)).toFixed(2),
    (texts.length / (ours / 1000)).toFixed(0),
    (size / (full / 1000)).toFixed(2),
    (size / (theirs / 1000)).toFixed(2),
    (texts.length / (theirs / 1000)).toFixed(0),
    (theirs / ours).toFixed(2),
    (theirs / full).toFixed(2)
  )
}
printTable()

// A story of ordinary wire paragraphs, repeated to a size.
function wireStory(bytes) {
  const paragraph =
    'The ministry said on Tuesday that talks with the delegation would resume next week, and that both sides had agreed to keep the terms of the draft confidential. ' +
    '"We are ready to continue, and we expect the other side to do the same," the deputy minister told reporters after the meeting.\n\n'
  let text = 'MOSCOW, May 5. /TASS/. '
  while (text.length < bytes) text += paragraph
  return text.slice(0, bytes)
}

console.log('')
console.log('2. Scaling: cost per MB of one large story against a 100 KB one')
const small = wireStory(100_000)
const large = wireStory(4_000_000)
// Each round parses the same number of bytes: forty 100 KB stories, or one 4 MB
// story, so both pay the same allocation and garbage collection per round.
const copies = Math.round(mb(large) / mb(small))
const smallMs = time(() => {
  for (let index = 0; index < copies; index++) parseArticle(small)
}, 1) / copies
const largeMs = time(() => parseArticle(large), 1)
const perSmall = smallMs / mb(small)
const perLarge = largeMs / mb(large)
row('input', 'MB', 'ms', 'ms/MB')
row('100 KB story', mb(small).toFixed(2), smallMs.toFixed(1), perSmall.toFixed(1))
row('4 MB story', mb(large).toFixed(2), largeMs.toFixed(1), perLarge.toFixed(1))
row('ratio (4 MB / 100 KB per MB)', '', '', (perLarge / perSmall).toFixed(2))
printTable()

console.log('')
console.log('3. Hostile inputs, 1 MB each, against 1 MB of ordinary wire text')
const size = 1_000_000
const repeat = (unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
const ordinary = wireStory(size)
const ordinaryMs = time(() => parseArticle(ordinary), 1)
const hostile = {
  'only quotation marks': repeat('"“”«»'),
  'a "b  (unclosed quotes)': repeat('a "b '),
  'nested «‹“‘': repeat('«‹“‘'),
  'only newlines': repeat('\n'),
  '`word said, ` on one line': repeat('word said, '),
  'repeated TASS datelines': repeat('MOSCOW, May 5. /TASS/. '),
  'repeated Reuters datelines': repeat('NEW YORK, March 3 - '),
  'people at places, one run': repeat('Bob Smith of South Carolina and '),
  'capitalised words, one run': repeat('Word Name '),
  'names joined by and, one run': repeat('Ada Lind and Kai Berg and ')
}
row('input', 'ms', '× ordinary')
row('ordinary wire text', ordinaryMs.toFixed(1), '1.00')
for (const [name, text] of Object.entries(hostile)) {
  const ms = time(() => parseArticle(text), 1)
  row(name, ms.toFixed(1), (ms / ordinaryMs).toFixed(2))
}
printTable()

console.log('')
console.log('4. Peak heap for a 10 MB story')
globalThis.gc?.()
const before = process.memoryUsage().heapUsed
let peak = before
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().heapUsed)
}, 5)
const big = wireStory(10_000_000)
const start = performance.now()
const tree = parseArticle(big)
peak = Math.max(peak, process.memoryUsage().heapUsed)
clearInterval(timer)
const elapsed = performance.now() - start
console.log(
  '  10 MB parsed in ' + (elapsed / 1000).toFixed(2) + ' s; heap in use after the parse: ' +
    ((peak - before) / 1e6).toFixed(0) + ' MB above the baseline (peak sampled); ' +
    tree.children.length + ' top-level nodes'
)

function printTable() {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => String(cells[column] ?? '').length)))
  for (const cells of rows) {
    console.log('  ' + cells.map((cell, column) => String(cell).padStart(column === 0 ? 0 : widths[column]).padEnd(column === 0 ? widths[0] : 0)).join('  '))
  }
  rows.length = 0
}
