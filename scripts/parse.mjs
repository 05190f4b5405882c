#!/usr/bin/env node
/**
 * Parse a wire story and print its syntax tree as indented JSON.
 *
 * Usage:
 *   npm run parse -- <file> [--reference-date YYYY-MM-DD] [--record]
 *   cat story.txt | npm run parse -- [--reference-date YYYY-MM-DD] [--record]
 *
 * `--record` prints `toRecord(article)` instead of the tree.
 */

import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import process from 'node:process'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const entry = path.join(root, 'dist', 'index.js')

const usage =
  'Usage: npm run parse -- [file] [--reference-date YYYY-MM-DD] [--record]\n' +
  '  Reads the story from `file`, or from stdin when no file is given.\n' +
  '  --reference-date  resolve dates without a year against this day\n' +
  '  --record          print toRecord(article) instead of the tree'

const args = process.argv.slice(2)
let file = null
let referenceDate = null
let record = false

for (let index = 0; index < args.length; index++) {
  const arg = args[index]
  if (arg === '--help' || arg === '-h') {
    console.log(usage)
    process.exit(0)
  } else if (arg === '--record') {
    record = true
  } else if (arg === '--reference-date' || arg.startsWith('--reference-date=')) {
    referenceDate = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++index]
    if (!referenceDate) fail('`--reference-date` needs a value (YYYY-MM-DD)')
  } else if (arg.startsWith('-') && arg !== '-') {
    fail('unknown flag `' + arg + '`')
  } else if (file === null) {
    file = arg
  } else {
    fail('expected one file, got `' + file + '` and `' + arg + '`')
  }
}

if (!existsSync(entry)) {
  fail('`dist/index.js` is missing: run `npm run build` first')
}

const {parseArticle, toRecord} = await import(entry)

let value
try {
  value = file === null || file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8')
} catch (error) {
  fail('cannot read ' + (file ?? 'stdin') + ': ' + (error instanceof Error ? error.message : String(error)))
}

let article
try {
  article = parseArticle(value, referenceDate ? {referenceDate} : undefined)
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}

console.log(JSON.stringify(record ? toRecord(article) : article, null, 2))

function fail(message) {
  console.error((message.startsWith('wirestory: ') ? message : 'wirestory: ' + message) + '\n\n' + usage)
  process.exit(1)
}
