/** Worker thread of `wirestory --jsonl`: parses batches of lines sent by `batch.ts`. */

import {parentPort} from 'node:worker_threads'

import {processBatch, type BatchRequest} from './job.js'

if (parentPort === null) throw new Error('wirestory: cli-worker.js runs as a worker thread of the CLI')
const port = parentPort
port.on('message', (request: BatchRequest) => {
  port.postMessage(processBatch(request))
})
