/**
 * Peak memory of one parse, for `npm run bench` section 3: run in a fresh
 * process (`node --expose-gc bench/peak.mjs <shape index> <size> [--walk]`),
 * it parses `size` characters of the shape and prints one JSON line:
 *
 * - `seconds`: the parse;
 * - `peakParse`: peak RSS of the process in MB after the parse (input and Node included);
 * - `retained`: heap in use after a full garbage collection, the tree alive, less the heap before, per input
 *   character (bytes);
 * - `peakWalk`, `retainedWalk`: the same after reading every paragraph's nlcst children (`--walk`).
 */

import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {shapes} from './shapes.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const {parseArticle} = await import(path.join(root, 'dist/index.js'))

const [index, size] = process.argv.slice(2).map(Number)
const walk = process.argv.includes('--walk')
const text = shapes[index].make(size)
// Warm the code up on a small piece, so the figures are the parse's, not the compiler's.
parseArticle(shapes[index].make(20_000))

const gc = globalThis.gc ?? (() => {})
const peak = () => process.resourceUsage().maxRSS / 1e3
gc()
const before = process.memoryUsage().heapUsed
const start = performance.now()
const tree = parseArticle(text)
const seconds = (performance.now() - start) / 1000
const peakParse = peak()
gc()
const retained = (process.memoryUsage().heapUsed - before) / text.length
let peakWalk = peakParse
let retainedWalk = retained
if (walk) {
  for (const child of tree.children) if (child.type === 'paragraph') void child.children.length
  peakWalk = peak()
  gc()
  retainedWalk = (process.memoryUsage().heapUsed - before) / text.length
}
// Keep the tree alive to here.
void tree.children.length
console.log(JSON.stringify({chars: text.length, seconds, peakParse, retained, peakWalk, retainedWalk}))
