import { DecodeError, Report } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

const input = {
  format: 'claimgraph/1',
  headline: 'A report with mistakes',
  author: 'me',
  actors: [{ kind: 'author', id: 'me' }],
  events: [],
  statements: [
    { id: 's1', speakers: ['nobody'], act: 'shout', content: { kind: 'none' }, chanel: 'public' },
  ],
  threats: [],
}

const result = Report.decode(input)
assert.ok(E.isLeft(result))
// for programs: a flat list with JSON Pointer paths and stable codes, in document order;
// structure and integrity are checked in one round
assert.deepEqual(
  DecodeError.toList(result.left).map((i) => `${i.path} ${i.code}`),
  [
    '/statements/0/speakers/0 dangling_reference',
    '/statements/0/act invalid_value',
    '/statements/0/chanel unknown_key',
  ],
)
// for people: a tree
console.log(DecodeError.toTree(result.left))
