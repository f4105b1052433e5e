// "An official carried the offer of a ceasefire to Yland — most likely the prime minister,
// possibly the defence minister — on behalf of the foreign minister, two people briefed on
// the talks said."
import {
  Actor,
  Attribution,
  DecodeError,
  Event,
  Id,
  Likelihood,
  Proposition as P,
  Report,
  Rules,
  Statement,
} from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

const author = Actor.author('report')
const xland = Actor.state('xland', 'Xland', 'XXL')
const yland = Actor.state('yland', 'Yland', 'XYL')
const pm = Actor.person('pm', 'Ilse Vaar', { offices: [Actor.office('Prime Minister', xland.id)] })
const defence = Actor.person('defence', 'Ruud Maas', {
  offices: [Actor.office('Defence Minister', xland.id)],
})
const fm = Actor.person('fm', 'Oda Brant', {
  offices: [Actor.office('Foreign Minister', xland.id)],
})
// one reference, several candidates: whoever points at the messenger points at all of them
const messenger = pipe(
  Actor.unnamed('messenger', 'an official', { count: 1, affiliation: xland.id }),
  Actor.withCandidate(pm.id, Likelihood.cue('most likely')),
  Actor.withCandidate(defence.id, Likelihood.cue('possibly')),
)
const talks = Event.make('talks', 'negotiate', 'talks between Xland and Yland', {
  status: 'ongoing',
  agents: [xland.id, yland.id],
})
const briefed = Actor.anonymous('briefed', 'people briefed on the talks', {
  count: 2,
  proximity: [Actor.proximity('briefed_on', { event: talks.id }, 'briefed on')],
})
const ceasefire = Event.make('ceasefire', 'ceasefire', 'a ceasefire between Xland and Yland', {
  status: 'hypothetical',
  agents: [xland.id, yland.id],
})

const offer = pipe(
  Statement.make('offer', [fm.id], 'offer', Statement.proposition(P.occurs(ceasefire.id))),
  Statement.to(yland.id),
  Statement.through(messenger.id, { onBehalfOf: fm.id, role: 'messenger', cue: 'carried' }),
  Statement.attributed(Attribution.from(briefed.id, 'said')),
)

export const report: Report.Report = pipe(
  Report.make({
    headline: 'Xland offers Yland a ceasefire',
    author: author.id,
    actors: [author, xland, yland, pm, defence, fm, messenger, briefed],
    events: [talks, ceasefire],
    statements: [offer],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

assert.deepEqual(
  O.map((c: Actor.Candidate) => c.actor)(Actor.likeliest(messenger)),
  O.some(Id.actor('pm')),
)
assert.deepEqual(
  Rules.standard(report).map((i) => i.message),
  [
    'the message passed through an official (1), whose identity is uncertain: most likely Ilse Vaar, or possibly Ruud Maas',
  ],
)
