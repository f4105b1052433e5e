/**
 * The worker thread of `claimgraph check --jobs N` (built as `dist/check-worker.js`): checks
 * each batch of lines it is sent, with the settings it was started with, and sends back
 * what the check said, in order.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { checkRead, settingsOf, type Options, type Tally } from './check.js'
import { checkBatch, type Batch } from './pool.js'

const s = settingsOf(workerData as Options)
parentPort?.on('message', (batch: Batch) => {
  parentPort?.postMessage(
    checkBatch(batch, (read, where, t, ctx) =>
      checkRead(read, where, t as unknown as Tally, s, ctx),
    ),
  )
})
