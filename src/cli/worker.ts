/**
 * Worker thread of `wirestory --jsonl`: loads the plugins once, says `ready`, then parses the batches `batch.ts`
 * sends. Before each line it writes the line's index into the shared cursor, so that when the thread dies (out
 * of memory, a plugin that exits) the parent knows which line killed it.
 */

import {parentPort, workerData} from 'node:worker_threads'

import {processBatch, type BatchRequest, type JobSettings} from './job.js'
import {loadPlugins} from './plugins.js'

export interface WorkerData {
  settings: JobSettings
  cursor: SharedArrayBuffer
}

if (parentPort === null) throw new Error('wirestory: cli-worker.js runs as a worker thread of the CLI')
const port = parentPort
const {settings, cursor} = workerData as WorkerData
const position = new Int32Array(cursor)
const loaded = await loadPlugins(settings.plugins)

// One batch at a time, in order: a batch that awaits async plugins must not interleave with the next.
let queue: Promise<void> = Promise.resolve()
port.on('message', (request: BatchRequest) => {
  queue = queue.then(async () => {
    port.postMessage({type: 'result', result: await processBatch(request, settings, loaded, position)})
  })
})
port.postMessage({type: 'ready'})
