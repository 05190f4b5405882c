/**
 * `wirestory --jsonl`: stream JSON Lines through the worker threads of `pool.ts`.
 *
 * - The input is cut into lines on bytes (`lines.ts`: linear; a line over `maxLineBytes` is dropped and
 *   reported) and the lines into batches of at most 64 lines or 1 MiB.
 * - At most `window` batches are in flight (read but not yet written). When the window is full, or stdout is
 *   not draining, reading pauses: memory stays flat however long the input.
 * - Results are written strictly in input order (a batch that finishes early waits for the ones before it).
 * - A bad line is reported with its line number and skipped (or written as an error record); the run goes on.
 */

import type {BatchRequest, BatchResult, JobSettings, LineFailure} from './job.js'
import {LineSplitter, type Line, type LongLine} from './lines.js'
import {WorkerPool} from './pool.js'
import {Progress} from './progress.js'

export {RunError} from './pool.js'

/** Lines per batch: enough to amortise a message round trip, few enough to spread work over workers. */
const BATCH_LINES = 64
/** Bytes per batch, so that very long lines make small batches. */
const BATCH_BYTES = 1 << 20

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

/** Lines gathered into the next batch. */
class Batcher {
  private lines: Uint8Array[] = []
  private numbers: number[] = []
  private failures: LineFailure[] = []
  private bytes = 0
  private seq = 0

  constructor(private readonly maxLineBytes: number) {}

  /** Add a line; `true` when the batch is full. */
  add(line: Line | LongLine): boolean {
    if (line.tooLong !== undefined) {
      this.failures.push({
        index: this.lines.length,
        reason: `the line is ${line.tooLong} bytes long, over the limit of ${this.maxLineBytes} bytes (--max-size)`,
        ruleId: 'line-too-long'
      })
      this.lines.push(new Uint8Array(0))
    } else if (line.bytes.length === 0) {
      return false
    } else {
      this.lines.push(line.bytes)
      this.bytes += line.bytes.length
    }
    this.numbers.push(line.number)
    return this.lines.length >= BATCH_LINES || this.bytes >= BATCH_BYTES
  }

  /** The batch so far, its lines copied into one buffer; `null` when empty. */
  take(): BatchRequest | null {
    if (this.lines.length === 0) return null
    const ends: number[] = []
    const data = new Uint8Array(this.bytes)
    let offset = 0
    for (const bytes of this.lines) {
      data.set(bytes, offset)
      offset += bytes.length
      ends.push(offset)
    }
    const request = {seq: this.seq++, data, ends, numbers: this.numbers, failures: this.failures}
    this.lines = []
    this.numbers = []
    this.failures = []
    this.bytes = 0
    return request
  }
}

/** Writes finished batches in input order, counting lines; tells when stdout wants a pause. */
class OrderedOutput {
  readonly summary: BatchSummary = {lines: 0, failed: 0, warned: 0}
  /** Stdout asked to wait for `drain`. */
  draining = false
  private readonly done = new Map<number, BatchResult>()
  private next = 0

  constructor(
    private readonly options: BatchOptions,
    private readonly progress: Progress | null,
    private readonly onDrain: () => void
  ) {}

  /** Batches sent and not yet written. */
  pending(sent: number): number {
    return sent - this.next
  }

  accept(result: BatchResult): void {
    this.done.set(result.seq, result)
    for (let ready = this.done.get(this.next); ready; ready = this.done.get(this.next)) {
      this.done.delete(this.next++)
      this.write(ready)
    }
  }

  private write(result: BatchResult): void {
    const {output, stderr} = this.options
    this.summary.lines += result.lines
    this.summary.failed += result.failed
    this.summary.warned += result.warned
    if (result.report !== '') {
      this.progress?.clear()
      stderr.write(result.report)
    }
    let full = false
    for (const piece of result.output) full = !output.write(piece) || full
    if (full && !this.draining) {
      this.draining = true
      output.once('drain', () => {
        this.draining = false
        this.onDrain()
      })
    }
    this.progress?.update(this.summary.lines, this.summary.failed)
  }
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const window = options.jobs * 4
  const progress = options.progress ? new Progress(options.stderr, options.inputSize) : null
  let sent = 0
  let fatal: Error | null = null
  let wake: (() => void) | null = null
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

  const out = new OrderedOutput(options, progress, notify)
  const pool = new WorkerPool({
    jobs: options.jobs,
    workerUrl: options.workerUrl,
    settings: options.settings,
    onResult(result) {
      out.accept(result)
      notify()
    },
    onFatal(error) {
      fatal ??= error
      notify()
    }
  })
  const batcher = new Batcher(options.maxLineBytes)
  const send = (): void => {
    const request = batcher.take()
    if (!request) return
    sent++
    pool.submit(request)
  }
  const add = async (line: Line | LongLine): Promise<void> => {
    if (!batcher.add(line)) return
    send()
    await waitFor(() => out.pending(sent) < window && !out.draining)
  }

  const splitter = new LineSplitter(options.maxLineBytes)
  try {
    for await (const chunk of options.input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      progress?.read(bytes.length)
      for (const line of splitter.push(bytes)) await add(line)
      // A trickling input (one line now, more later) must not wait for a full batch while a worker is idle.
      if (pool.idle()) send()
      if (fatal) throw fatal
    }
    for (const line of splitter.end()) await add(line)
    send()
    await waitFor(() => out.pending(sent) === 0 && !out.draining)
  } finally {
    progress?.done(out.summary.lines, out.summary.failed)
    await pool.close()
  }
  return out.summary
}
