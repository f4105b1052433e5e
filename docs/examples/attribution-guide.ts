import { Actor, Attribution, Report } from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

const us = Actor.state('us', 'United States', 'USA')
const axios = Actor.outlet('axios', 'Axios')
const officials = Actor.anonymous('two-us-officials', 'U.S. officials', {
  count: 2,
  affiliation: us.id,
})
const militiaOfficial = Actor.anonymous('militia-official', 'a Shia militia official', { count: 1 })

// "two U.S. officials told Axios": original source first, the report is the implicit last hop
const toldAxios = pipe(Attribution.from(officials.id, 'told'), Attribution.via(axios.id))
// "A Shia militia official reportedly noted": an unattributed hop
const reportedly = pipe(Attribution.from(militiaOfficial.id, 'noted'), Attribution.reportedly())
// an analyst's Admiralty grading of the original source: usually reliable, probably true
const graded = pipe(toldAxios, Attribution.graded({ reliability: 'B', credibility: 2 }))

assert.deepEqual(Attribution.originalSource(toldAxios), O.some('two-us-officials'))
assert.equal(Attribution.isUnattributed(reportedly), true)
assert.equal(Attribution.showGrading(graded.chain[0].grading!), 'B2')
assert.deepEqual(Attribution.grade('B2'), O.some(graded.chain[0].grading))

// whether a source is anonymous depends on the actor, so the report answers it
const report = Report.make({
  headline: 'h',
  author: Actor.author('me').id,
  actors: [Actor.author('me'), us, axios, officials, militiaOfficial],
})
assert.ok(E.isRight(report) && Report.isAnonymous(report.right)(toldAxios))
