// "An earlier report by the Courier cited intelligence sources; it did not say what they
// told it."
import { Actor, Attribution, DecodeError, Report, Rules, Statement } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const author = Actor.author('report')
const courier = Actor.outlet('courier', 'the Courier')
const intelligence = Actor.anonymous('intelligence', 'intelligence sources', {
  proximity: [Actor.proximity('with_knowledge_of', { topic: 'intelligence' })],
})

// something was said, but the report does not say what: unstated, not none
const cited = pipe(
  Statement.make('cited', [intelligence.id], 'report', Statement.unstated),
  Statement.attributed(
    pipe(Attribution.from(intelligence.id, 'cited'), Attribution.via(courier.id)),
  ),
)
// none is for acts with no content: the Courier declined to say more
const declined = Statement.make('declined', [courier.id], 'decline_comment', Statement.none)

export const report: Report.Report = pipe(
  Report.make({
    headline: 'Sources cited',
    author: author.id,
    actors: [author, courier, intelligence],
    statements: [cited, declined],
    derivedFrom: [{ publisher: courier.id, kind: 'cites' }],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

assert.equal(cited.content.kind, 'unstated')
assert.deepEqual(Rules.standard(report), [])
