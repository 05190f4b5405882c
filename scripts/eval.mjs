#!/usr/bin/env node
// Scores the parser against gold corpora (format and scoring: docs/record.md#gold-records).
//
//   npm run eval -- <corpus.jsonl>… [--misses N] [--json] [--min corpus:metric=value]… [--max …] [--gold-as-prediction]
//
// Needs `npm run build` first. The logic lives in src/cli/eval.ts (built as dist/eval-run.js), which
// `wirestory eval` runs too.

const url = new URL('../dist/eval-run.js', import.meta.url)
let runner
try {
  runner = await import(url.href)
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(url.pathname)) {
    process.stderr.write('eval: dist/eval-run.js not found: run `npm run build` first\n')
    process.exit(2)
  }
  throw error
}

process.exitCode = runner.runEval(process.argv.slice(2), {
  command: 'npm run eval --',
  prefix: 'eval',
  inputErrorCode: 2
})
