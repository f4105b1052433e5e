import { Report } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

// what a language model sends in strict structured-output mode: every field, null when empty
const answer = JSON.stringify({
  format: 'claimgraph/2',
  headline: 'Officials warn of strikes',
  author: 'me',
  outlet: null,
  published: null,
  actors: [{ kind: 'author', id: 'me', name: null }],
  events: [],
  statements: [],
  threats: [],
})

assert.ok(E.isLeft(Report.fromJson(answer)))
const read = Report.fromJson(answer, { nulls: 'absent' })
assert.ok(E.isRight(read))
assert.equal('outlet' in read.right, false)
