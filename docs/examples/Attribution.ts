import { Attribution, Id } from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

// "two U.S. officials told Axios", and Axios told this report
const chain = pipe(
  Attribution.from(Id.actor('two-us-officials'), 'told'),
  Attribution.via(Id.actor('axios')),
)

assert.equal(Attribution.depth(chain), 2)
assert.deepEqual(Attribution.sources(chain), ['two-us-officials', 'axios'])
