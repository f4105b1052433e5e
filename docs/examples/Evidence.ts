import { Evidence } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

const text = 'Two officials told Axios. One official said more.'

assert.deepEqual(
  Evidence.locate(text)('told Axios'),
  E.right({ start: 14, end: 24, text: 'told Axios' }),
)
// "official" occurs twice: quote more words, or pick an occurrence
assert.ok(E.isLeft(Evidence.locate(text)('official')))
assert.deepEqual(
  Evidence.locate(text)('official', { occurrence: 1 }),
  E.right({ start: 30, end: 38, text: 'official' }),
)
