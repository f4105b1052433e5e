/**
 * The worker thread of `claimgraph check --jobs N` (built as `dist/check-worker.js`): checks
 * each batch of lines it is sent and sends back what the check said, in order.
 */
import { parentPort } from 'node:worker_threads'
import { checkRead } from './check.js'
import { checkBatch, type Batch } from './pool.js'

parentPort?.on('message', (batch: Batch) => {
  parentPort?.postMessage(checkBatch(batch, checkRead))
})
