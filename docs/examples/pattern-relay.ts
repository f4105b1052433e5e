// "Xland sent Yland a message through several neighbouring states, urging it to halt its
// naval drills, a senior Xland diplomat told the Coastal Herald."
import {
  Actor,
  Attribution,
  DecodeError,
  Event,
  Proposition as P,
  Report,
  Rules,
  Statement,
} from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const author = Actor.author('report')
const xland = Actor.state('xland', 'Xland', 'XXL')
const yland = Actor.state('yland', 'Yland', 'XYL')
const neighbours = Actor.unnamed('neighbours', 'several neighbouring states')
const diplomat = Actor.anonymous('diplomat', 'a senior Xland diplomat', {
  count: 1,
  affiliation: xland.id,
})
const herald = Actor.outlet('herald', 'the Coastal Herald')
const halt = Event.make('halt-drills', 'halt', 'Yland halts its naval drills', {
  status: 'hypothetical',
  agents: [yland.id],
})

// how the message travelled: Xland → the neighbours → Yland
// how the report knows: the diplomat → the Herald → the report
const message = pipe(
  Statement.make('message', [xland.id], 'urge', Statement.proposition(P.occurs(halt.id))),
  Statement.to(yland.id),
  Statement.through(neighbours.id, { role: 'messenger', cue: 'through' }),
  Statement.attributed(pipe(Attribution.from(diplomat.id, 'told'), Attribution.via(herald.id))),
)

export const report: Report.Report = pipe(
  Report.make({
    headline: 'Xland urges Yland to halt drills',
    author: author.id,
    actors: [author, xland, yland, neighbours, diplomat, herald],
    events: [halt],
    statements: [message],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

// the messengers are no sources: no hedge or anonymity finding falls on them; the one
// anonymous diplomat is, and the unnamed messengers are noted
assert.deepEqual(
  Rules.standard(report).map((i) => i.code),
  ['attribution/single-anonymous-source', 'relay/uncertain-intermediary'],
)
assert.deepEqual(Report.sources(report), ['xland', 'diplomat', 'herald'])
