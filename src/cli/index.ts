#!/usr/bin/env node
/** Entry point of the `wirestory` bin (built to `dist/cli.js`). See `main.ts` and docs/cli.md. */

import process from 'node:process'

import {main} from './main.js'

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
    process.exitCode = 1
  }
)
