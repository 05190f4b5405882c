/**
 * `wirestory --jsonl`: stream JSON Lines through a pool of worker threads.
 *
 * - The input is cut into lines on bytes (`lines.ts`: linear, a line over `maxLineBytes` is dropped and reported)
 *   and the lines into batches; a batch goes to the first idle worker. Workers start once, load the plugins once,
 *   and take batch after batch.
 * - At most `window` batches are in flight (read but not yet written). When the window is full, or stdout is
 *   not draining, reading pauses: memory stays flat however long the input.
 * - Results are written strictly in input order (a batch that finishes early waits for the ones before it).
 * - A bad line is reported with its line number and skipped (or written as an error record); the run goes on.
 * - A worker that dies (out of memory, a plugin that exits) is replaced. Before each line a worker writes the
 *   line's index into a shared cursor, so the line it died on is known: that line is reported as failed and the
 *   rest of its batch goes to the replacement.
 */

import {Worker} from 'node:worker_threads'

import type {BatchRequest, BatchResult, JobSettings, LineFailure} from './job.js'
import {LineSplitter, type Line, type LongLine} from './lines.js'
import {Progress} from './progress.js'
import type {WorkerData} from './worker.js'

/** Lines per batch: enough to amortise a message round trip, few enough to spread work over workers. */
const BATCH_LINES = 64
/** Bytes per batch, so that very long lines make small batches. */
const BATCH_BYTES = 1 << 20
/** Deaths of workers not blamed on a line (the cursor said none) before a batch fails the run. */
const MAX_UNBLAMED_DEATHS = 2

export interface BatchOptions {
  input: AsyncIterable<Uint8Array | string>
  /** Total input size in bytes, when known (a file), for the progress bar. */
  inputSize: number | null
  output: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  jobs: number
  /** Longest line parsed, in bytes. */
  maxLineBytes: number
  settings: JobSettings
  progress: boolean
  /** The worker script (`dist/cli-worker.js`). */
  workerUrl: URL
}

export interface BatchSummary {
  /** Non-blank input lines. */
  lines: number
  /** Lines that failed. */
  failed: number
  /** Lines written with warnings. */
  warned: number
}

/** The run cannot go on (a worker that cannot start, workers that keep dying): exit 1. */
export class RunError extends Error {}

interface Job {
  request: BatchRequest
  deaths: number
}

interface Slot {
  worker: Worker
  cursor: Int32Array
  job: Job | null
  ready: boolean
  reason: string | null
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const {output, stderr, jobs} = options
  const window = jobs * 4
  const progress = options.progress ? new Progress(stderr, options.inputSize) : null

  const slots: Slot[] = []
  const queue: Job[] = []
  const done = new Map<number, BatchResult>()
  let nextSeq = 0
  let nextWrite = 0
  let inFlight = 0
  const summary: BatchSummary = {lines: 0, failed: 0, warned: 0}
  let draining = false
  let fatal: Error | null = null
  let wake: (() => void) | null = null
  let closing = false

  let pending: Uint8Array[] = []
  let pendingNumbers: number[] = []
  let pendingFailures: LineFailure[] = []
  let pendingBytes = 0

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

  const died = (slot: Slot, code: number): void => {
    slots.splice(slots.indexOf(slot), 1)
    const reason = slot.reason ?? `it exited with code ${code}`
    if (!slot.ready) {
      fatal ??= new RunError(`a worker thread could not start: ${reason}`)
      notify()
      return
    }
    const job = slot.job
    if (job) {
      const index = Atomics.load(slot.cursor, 0)
      const {failures, ends} = job.request
      if (index >= 0 && index < ends.length && !failures.some((failure) => failure.index === index)) {
        failures.push({index, reason: `the worker thread parsing this line died: ${reason}`, ruleId: 'worker-died'})
      } else if (++job.deaths > MAX_UNBLAMED_DEATHS) {
        fatal ??= new RunError(`worker threads keep dying: ${reason}`)
      }
      queue.unshift(job)
    }
    pump()
    notify()
  }

  const spawn = (): Slot => {
    const shared = new SharedArrayBuffer(4)
    const data: WorkerData = {settings: options.settings, cursor: shared}
    const slot: Slot = {worker: new Worker(options.workerUrl, {workerData: data}), cursor: new Int32Array(shared), job: null, ready: false, reason: null}
    Atomics.store(slot.cursor, 0, -1)
    slot.worker.on('message', (message: {type: 'ready'} | {type: 'result'; result: BatchResult}) => {
      if (message.type === 'ready') {
        slot.ready = true
        return
      }
      slot.job = null
      done.set(message.result.seq, message.result)
      flush()
      pump()
      notify()
    })
    slot.worker.on('error', (error: Error & {code?: string}) => {
      slot.reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : error.message
    })
    slot.worker.on('exit', (code) => {
      if (!closing) died(slot, code)
    })
    slots.push(slot)
    return slot
  }

  const pump = (): void => {
    while (queue.length > 0 && fatal === null) {
      let slot = slots.find((candidate) => candidate.job === null)
      if (!slot && slots.length < jobs) slot = spawn()
      if (!slot) return
      const job = queue.shift() as Job
      slot.job = job
      Atomics.store(slot.cursor, 0, -1)
      slot.worker.postMessage(job.request)
    }
  }

  const seal = (): void => {
    if (pending.length === 0) return
    const ends: number[] = []
    const data = new Uint8Array(pendingBytes)
    let offset = 0
    for (const bytes of pending) {
      data.set(bytes, offset)
      offset += bytes.length
      ends.push(offset)
    }
    queue.push({request: {seq: nextSeq++, data, ends, numbers: pendingNumbers, failures: pendingFailures}, deaths: 0})
    inFlight++
    pending = []
    pendingNumbers = []
    pendingFailures = []
    pendingBytes = 0
  }

  const flush = (): void => {
    let result = done.get(nextWrite)
    while (result) {
      done.delete(nextWrite)
      nextWrite++
      inFlight--
      summary.lines += result.lines
      summary.failed += result.failed
      summary.warned += result.warned
      if (result.report !== '') {
        progress?.clear()
        stderr.write(result.report)
      }
      let full = false
      for (const piece of result.output) full = !output.write(piece) || full
      if (full && !draining) {
        draining = true
        output.once('drain', () => {
          draining = false
          notify()
        })
      }
      progress?.update(summary.lines, summary.failed)
      result = done.get(nextWrite)
    }
  }

  const idle = (): boolean => slots.some((slot) => slot.job === null) || slots.length < jobs

  const add = async (line: Line | LongLine): Promise<void> => {
    if (line.tooLong !== undefined) {
      pendingFailures.push({
        index: pending.length,
        reason: `the line is ${line.tooLong} bytes long, over the limit of ${options.maxLineBytes} bytes (--max-size)`,
        ruleId: 'line-too-long'
      })
      pending.push(new Uint8Array(0))
    } else if (line.bytes.length === 0) {
      return
    } else {
      pending.push(line.bytes)
      pendingBytes += line.bytes.length
    }
    pendingNumbers.push(line.number)
    if (pending.length >= BATCH_LINES || pendingBytes >= BATCH_BYTES) {
      seal()
      pump()
      await waitFor(() => inFlight < window && !draining)
    }
  }

  const splitter = new LineSplitter(options.maxLineBytes)
  try {
    for await (const chunk of options.input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      progress?.read(bytes.length)
      for (const line of splitter.push(bytes)) await add(line)
      // A trickling input (one line now, more later) must not wait for a full batch while a worker is idle.
      if (queue.length === 0 && idle()) {
        seal()
        pump()
      }
      if (fatal) throw fatal
    }
    for (const line of splitter.end()) await add(line)
    seal()
    pump()
    await waitFor(() => inFlight === 0 && !draining)
  } finally {
    closing = true
    progress?.done(summary.lines, summary.failed)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }
  return summary
}
