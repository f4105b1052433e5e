// "The ministry plans to close the Tavra crossing next week, according to a leaked memo.
// The Red Hand brigade said in a statement posted on Telegram that it would answer any
// closure. Its offer to reopen the road came in a message relayed through Swiss diplomats,
// a diplomat in the capital, who asked not to be named because he was not authorised to
// speak to the media, said."
import {
  Actor,
  Attribution,
  DecodeError,
  Event,
  Likelihood,
  Proposition as P,
  Render,
  Report,
  Rules,
  Statement,
} from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const author = Actor.author('report')
const northland = Actor.state('northland', 'Northland', 'XNL')
const ministry = pipe(
  Actor.organization('interior', 'the interior ministry', 'ministry', { country: 'XNL' }),
  Actor.relate('part_of', northland.id),
)
const brigade = Actor.organization('red-hand', 'the Red Hand brigade', 'armed_group')
const swiss = Actor.unnamed('swiss-diplomats', 'Swiss diplomats', {
  affiliation: Actor.state('che', 'Switzerland', 'CHE').id,
})
// an anonymous source with the reason the report gives for the anonymity
const diplomat = Actor.anonymous('diplomat', 'a diplomat in the capital', {
  count: 1,
  affiliation: northland.id,
  reasonForAnonymity: 'was not authorised to speak to the media',
})

const close = Event.make('close', 'close', 'the ministry closes the Tavra crossing', {
  status: 'planned',
  agents: [ministry.id],
})
const answer = Event.make('answer', 'retaliate', 'the brigade answers a closure', {
  status: 'hypothetical',
  agents: [brigade.id],
})
const reopen = Event.make('reopen', 'open', 'the brigade reopens the road', {
  status: 'hypothetical',
  agents: [brigade.id],
})

// the claim reached the report in a document: the link's medium, not an actor
const memo = pipe(
  Statement.make('memo', [ministry.id], 'assert', Statement.proposition(P.occurs(close.id))),
  Statement.attributed(
    pipe(
      Attribution.from(ministry.id, 'according to a leaked memo'),
      Attribution.inMedium({ kind: 'document' }),
    ),
  ),
)
// a post on a platform
const post = pipe(
  Statement.make(
    'post',
    [brigade.id],
    'warn',
    Statement.proposition(pipe(P.occurs(answer.id), P.hedge(Likelihood.cue('would')))),
  ),
  Statement.attributed(
    pipe(
      Attribution.from(brigade.id, 'said in a statement posted on'),
      Attribution.inMedium(Statement.medium('post', { platform: 'Telegram' })),
    ),
  ),
)
// a message: how it travelled (through the Swiss) is the statement's route; how the report
// knows of it (a message, described by a diplomat) is the chain
const offer = pipe(
  Statement.make('offer', [brigade.id], 'offer', Statement.proposition(P.occurs(reopen.id))),
  Statement.to(northland.id),
  Statement.through(swiss.id, { role: 'mediator', cue: 'relayed through' }),
  Statement.attributed(
    pipe(
      Attribution.from(brigade.id, 'came in a message'),
      Attribution.inMedium({ kind: 'message' }),
      Attribution.via(diplomat.id, 'said'),
    ),
  ),
)

export const report: Report.Report = pipe(
  Report.make({
    headline: 'Ministry plans to close Tavra crossing',
    author: author.id,
    actors: [
      author,
      northland,
      ministry,
      brigade,
      swiss,
      Actor.state('che', 'Switzerland', 'CHE'),
      diplomat,
    ],
    events: [close, answer, reopen],
    statements: [memo, post, offer],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

const names = Render.names(report)
assert.equal(
  Render.chain(report.statements[0]!.attribution!, names),
  'the interior ministry (document) —according to a leaked memo→ the report',
)
assert.equal(
  Render.chain(report.statements[1]!.attribution!, names),
  'the Red Hand brigade (post on Telegram) —said in a statement posted on→ the report',
)
// the single anonymous diplomat gave a reason for his anonymity, the stated exception, so
// single-anonymous-source does not fire; the unnamed Swiss intermediaries draw the rule that
// asks who carried a message
assert.deepEqual(
  Rules.standard(report).map((i) => i.code),
  ['relay/uncertain-intermediary'],
)
