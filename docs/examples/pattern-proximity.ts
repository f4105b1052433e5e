// "A source familiar with the Front's thinking said it would not attend the talks. Sources
// close to the Interior Ministry said a date had been set, and a person briefed on the
// talks said it was June 3."
import {
  Actor,
  Attribution,
  DecodeError,
  Event,
  Likelihood,
  Proposition as P,
  Report,
  Rules,
  Statement,
} from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const author = Actor.author('report')
const front = Actor.organization('front', 'the Front', 'armed_group', { country: 'XXL' })
const ministry = Actor.organization('ministry', 'the Interior Ministry', 'ministry', {
  country: 'XXL',
})
const talks = Event.make('talks', 'negotiate', 'talks between the Front and the ministry', {
  status: 'planned',
  agents: [front.id, ministry.id],
})
const attend = Event.make('front-attends', 'attend', 'the Front attends the talks', {
  status: 'hypothetical',
  agents: [front.id],
})
// described by how they are placed to know, not by whom they belong to
const familiar = Actor.anonymous('familiar', 'a source familiar with the Front’s thinking', {
  count: 1,
  proximity: [
    Actor.proximity(
      'familiar_with',
      { actor: front.id, topic: 'the Front’s thinking' },
      'familiar with',
    ),
  ],
})
const close = Actor.anonymous('close', 'sources close to the Interior Ministry', {
  proximity: [Actor.proximity('close_to', { actor: ministry.id }, 'close to')],
})
const briefed = Actor.anonymous('briefed', 'a person briefed on the talks', {
  count: 1,
  proximity: [Actor.proximity('briefed_on', { event: talks.id }, 'briefed on')],
})

const said = (id: string, who: Actor.Anonymous, p: P.Proposition) =>
  pipe(
    Statement.make(id, [who.id], 'assert', Statement.proposition(p)),
    Statement.attributed(Attribution.from(who.id, 'said')),
  )

export const report: Report.Report = pipe(
  Report.make({
    headline: 'Talks set for June',
    author: author.id,
    actors: [author, front, ministry, familiar, close, briefed],
    events: [talks, attend],
    statements: [
      said(
        'not-attending',
        familiar,
        pipe(P.not(P.occurs(attend.id)), P.hedge(Likelihood.cue('would'))),
      ),
      said('date-set', close, P.occurs(talks.id)),
      said('june-3', briefed, P.occurs(talks.id)),
    ],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

// every source is described (no anonymous-undescribed); the two single sources are noted
assert.deepEqual(
  Rules.standard(report).map((i) => `${i.code} ${i.node}`),
  [
    'attribution/single-anonymous-source not-attending',
    'attribution/single-anonymous-source june-3',
  ],
)
