/**
 * `wirestory --jsonl`: stream JSON Lines through a pool of worker threads.
 *
 * - Input is read as a stream and cut into batches of consecutive lines; a batch goes to the first idle worker.
 * - At most `window` batches are in flight (read but not yet written). When the window is full, or stdout is
 *   not draining, reading pauses: memory stays flat however long the input.
 * - Results are written strictly in input order (a batch that finishes early waits for the ones before it).
 * - A bad line is reported on stderr with its line number and skipped; the run goes on.
 */

import {Worker} from 'node:worker_threads'

import type {BatchRequest, BatchResult, LineError} from './job.js'
import {Progress} from './progress.js'

/** Lines per batch: enough to amortise a message round trip, few enough to spread work over workers. */
const BATCH_LINES = 64
/** Characters per batch, so that very long lines make small batches. */
const BATCH_CHARS = 1 << 20

export interface BatchOptions {
  input: AsyncIterable<string | Buffer>
  /** Name used in error messages (`in.jsonl`, `stdin`). */
  inputName: string
  /** Total input size in bytes, when known (a file), for the progress bar. */
  inputSize: number | null
  output: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  jobs: number
  referenceDate: string | null
  progress: boolean
  /** The worker script (`dist/cli-worker.js`). */
  workerUrl: URL
}

export interface BatchSummary {
  /** Non-blank input lines. */
  lines: number
  /** Lines that failed. */
  failed: number
}

interface PoolWorker {
  worker: Worker
  busy: boolean
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const {output, stderr, jobs} = options
  const window = jobs * 4
  const progress = options.progress ? new Progress(stderr, options.inputSize) : null

  const pool: PoolWorker[] = []
  const queue: BatchRequest[] = []
  const done = new Map<number, BatchResult>()
  let nextSeq = 0 // next batch to create
  let nextWrite = 0 // next batch to write
  let inFlight = 0 // batches created and not yet written
  let lines = 0
  let failed = 0
  let draining = false
  let fatal: Error | null = null
  let wake: (() => void) | null = null
  let closing = false

  let pending: string[] = []
  let pendingChars = 0
  let pendingFirstLine = 1
  let lineNumber = 0

  const notify = (): void => {
    const resolve = wake
    wake = null
    resolve?.()
  }
  const waitFor = async (ready: () => boolean): Promise<void> => {
    while (!ready() && fatal === null) {
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
    if (fatal) throw fatal
  }

  const report = (error: LineError): void => {
    failed++
    progress?.clear()
    stderr.write(`wirestory: ${options.inputName} line ${error.line}: ${error.message.replace(/^wirestory: /, '')}\n`)
  }

  const spawn = (): PoolWorker => {
    const entry: PoolWorker = {worker: new Worker(options.workerUrl), busy: false}
    entry.worker.on('message', (result: BatchResult) => {
      entry.busy = false
      done.set(result.seq, result)
      flush()
      if (queue.length === 0 && pending.length > 0) seal()
      pump()
      notify()
    })
    entry.worker.on('error', (error) => {
      fatal ??= new Error(`a worker thread failed: ${error.message}`)
      notify()
    })
    entry.worker.on('exit', (code) => {
      if (code !== 0 && fatal === null && !closing) {
        fatal = new Error(`a worker thread exited with code ${code}`)
        notify()
      }
    })
    pool.push(entry)
    return entry
  }

  const pump = (): void => {
    while (queue.length > 0) {
      let entry = pool.find((candidate) => !candidate.busy)
      if (!entry && pool.length < jobs) entry = spawn()
      if (!entry) return
      entry.busy = true
      entry.worker.postMessage(queue.shift())
    }
  }

  const seal = (): void => {
    if (pending.length === 0) return
    queue.push({seq: nextSeq++, firstLine: pendingFirstLine, lines: pending, referenceDate: options.referenceDate})
    inFlight++
    pending = []
    pendingChars = 0
    pendingFirstLine = lineNumber + 1
  }

  const flush = (): void => {
    let result = done.get(nextWrite)
    while (result) {
      done.delete(nextWrite)
      nextWrite++
      inFlight--
      lines += result.count
      for (const error of result.errors) report(error)
      if (result.output !== '' && !output.write(result.output) && !draining) {
        draining = true
        output.once('drain', () => {
          draining = false
          notify()
        })
      }
      progress?.update(lines, failed)
      result = done.get(nextWrite)
    }
  }

  const idle = (): boolean => pool.some((entry) => !entry.busy) || pool.length < jobs

  const push = async (line: string): Promise<void> => {
    lineNumber++
    pending.push(line)
    pendingChars += line.length
    if (pending.length >= BATCH_LINES || pendingChars >= BATCH_CHARS) {
      seal()
      pump()
      await waitFor(() => inFlight < window && !draining)
    }
  }

  const decoder = new TextDecoder('utf-8')
  try {
    let rest = ''
    for await (const chunk of options.input) {
      const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true}))
      progress?.read(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length)
      let start = 0
      let end = text.indexOf('\n')
      while (end !== -1) {
        await push(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end))
        start = end + 1
        end = text.indexOf('\n', start)
      }
      rest = text.slice(start)
      // A trickling input (one line now, more later) must not wait for a full batch while a worker is idle.
      if (queue.length === 0 && idle()) {
        seal()
        pump()
      }
      if (fatal) throw fatal
    }
    rest += decoder.decode()
    if (rest !== '') await push(rest.endsWith('\r') ? rest.slice(0, -1) : rest)
    seal()
    pump()
    await waitFor(() => inFlight === 0 && !draining)
  } finally {
    closing = true
    progress?.done(lines, failed)
    await Promise.all(pool.map((entry) => entry.worker.terminate()))
  }
  return {lines, failed}
}
