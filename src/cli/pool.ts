/**
 * The worker threads of `--jsonl`: started on demand up to `jobs`, once each, and fed one batch at a time.
 *
 * A worker that dies (out of memory, a plugin that exits) is replaced. Before each line a worker writes the
 * line's index into a cursor shared with this thread, so the line it died on is known: that line is marked as
 * failed (`worker-died`) and the batch goes to the replacement, which skips it. A worker that dies before it
 * is ready (its plugins do not load), or batches that keep killing workers on no line in particular, fail the
 * run.
 */

import {Worker} from 'node:worker_threads'

import type {BatchRequest, BatchResult, JobSettings} from './job.js'
import type {WorkerData} from './worker.js'

/** Deaths of workers not blamed on a line (the cursor said none) before a batch fails the run. */
const MAX_UNBLAMED_DEATHS = 2

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

export interface PoolOptions {
  jobs: number
  /** The worker script (`dist/cli-worker.js`). */
  workerUrl: URL
  settings: JobSettings
  /** A batch is done. */
  onResult: (result: BatchResult) => void
  /** The run cannot go on. */
  onFatal: (error: RunError) => void
}

export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []
  private closing = false
  private failed = false

  constructor(private readonly options: PoolOptions) {}

  /** Queue a batch; it goes to the first idle worker. */
  submit(request: BatchRequest): void {
    this.queue.push({request, deaths: 0})
    this.pump()
  }

  /** Whether a batch sent now would start at once. */
  idle(): boolean {
    return (
      this.queue.length === 0 && (this.slots.some((slot) => slot.job === null) || this.slots.length < this.options.jobs)
    )
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.failed) {
      let slot = this.slots.find((candidate) => candidate.job === null)
      if (!slot && this.slots.length < this.options.jobs) slot = this.spawn()
      if (!slot) return
      const job = this.queue.shift() as Job
      slot.job = job
      Atomics.store(slot.cursor, 0, -1)
      slot.worker.postMessage(job.request)
    }
  }

  private spawn(): Slot {
    const shared = new SharedArrayBuffer(4)
    const data: WorkerData = {settings: this.options.settings, cursor: shared}
    const worker = new Worker(this.options.workerUrl, {workerData: data})
    const slot: Slot = {worker, cursor: new Int32Array(shared), job: null, ready: false, reason: null}
    Atomics.store(slot.cursor, 0, -1)
    worker.on('message', (message: {type: 'ready'} | {type: 'result'; result: BatchResult}) => {
      if (message.type === 'ready') {
        slot.ready = true
        return
      }
      slot.job = null
      this.options.onResult(message.result)
      this.pump()
    })
    worker.on('error', (error: Error & {code?: string}) => {
      slot.reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : error.message
    })
    worker.on('exit', (code) => {
      if (!this.closing) this.died(slot, code)
    })
    this.slots.push(slot)
    return slot
  }

  private died(slot: Slot, code: number): void {
    this.slots.splice(this.slots.indexOf(slot), 1)
    const reason = slot.reason ?? `it exited with code ${code}`
    if (!slot.ready) return this.fail(new RunError(`a worker thread could not start: ${reason}`))
    const job = slot.job
    if (job) {
      const index = Atomics.load(slot.cursor, 0)
      const {failures, ends} = job.request
      if (index >= 0 && index < ends.length && !failures.some((failure) => failure.index === index)) {
        failures.push({index, reason: `the worker thread parsing this line died: ${reason}`, ruleId: 'worker-died'})
      } else if (++job.deaths > MAX_UNBLAMED_DEATHS) {
        return this.fail(new RunError(`worker threads keep dying: ${reason}`))
      }
      this.queue.unshift(job)
    }
    this.pump()
  }

  private fail(error: RunError): void {
    if (this.failed) return
    this.failed = true
    this.options.onFatal(error)
  }
}
