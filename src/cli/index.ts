#!/usr/bin/env node
/** Entry point of the `wirestory` bin (built to `dist/cli.js`). See `main.ts` and docs/cli.md. */

import process from 'node:process'

import {EXIT_FAILED} from './common.js'
import {main} from './main.js'
import {dieWithParent} from './reexec.js'

// A re-executed batch child (reexec.ts) exits when its parent goes away, even by `kill -9`.
dieWithParent(EXIT_FAILED)

// `wirestory --jsonl big.jsonl | head`: the reader went away; stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`wirestory: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = EXIT_FAILED
  }
)
