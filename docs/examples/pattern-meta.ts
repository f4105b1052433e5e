// Pipeline metadata: an extractor's own fields, on the report and on any node.
import { Actor, DecodeError, Report, Rules } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const json = {
  format: 'claimgraph/2',
  headline: 'A report as a model extracted it',
  author: 'report',
  meta: { extractor: 'model-x-2031-02', run: 'r-1187', promptVersion: 4 },
  actors: [
    { kind: 'author', id: 'report' },
    {
      kind: 'state',
      id: 'xland',
      name: 'Xland',
      country: 'XXL',
      meta: { confidence: 0.93, span: [0, 5] },
    },
  ],
  events: [],
  statements: [],
  threats: [],
}

export const report: Report.Report = pipe(
  Report.decode(json),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

// decoding keeps it, encoding writes it back, validators ignore it
assert.deepEqual(report.meta, json.meta)
assert.deepEqual(Report.encode(report), json)
// (the one finding: nothing refers to Xland, the report being this short)
assert.deepEqual(
  Rules.standard(report).map((i) => i.code),
  ['actor/unused'],
)
const { meta: _report, ...bare } = json
const { meta: _xland, ...xland } = json.actors[1]!
const plain = Report.decode({ ...bare, actors: [json.actors[0], xland] })
assert.ok(E.isRight(plain))
assert.deepEqual(Rules.standard(report), Rules.standard(plain.right))
// it is JSON and nothing else
const bad = Report.decode({ ...json, meta: { when: new Date(0) } })
assert.ok(E.isLeft(bad) && bad.left.issues[0]?.path.join('/') === 'meta/when')
assert.equal(Actor.label(report.actors[1]!), 'Xland')
