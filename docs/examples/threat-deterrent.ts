import { Actor, Event, Proposition as P, Threat, Time, Timeline } from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

// "If the militias fire rockets across the river, Ostland's artillery will shell their
// positions." No deadline: deterrence holds as long as no rocket is fired.
const ostland = Actor.state('ostland', 'Ostland', 'OST')
const artillery = pipe(
  Actor.organization('ostland-artillery', 'the Ostland artillery', 'military'),
  Actor.relate('part_of', ostland.id),
)
const militias = Actor.organization('river-militias', 'the river militias', 'armed_group')
const rockets = Event.make('rockets', 'attack', 'the militias fire rockets across the river', {
  status: 'hypothetical',
})
const shelling = Event.make('shelling', 'attack', 'Ostland shells the militia positions', {
  status: 'hypothetical',
})
const deterrent = Threat.make('river-deterrent', {
  issuer: [ostland.id],
  addressee: [militias.id],
  enforcer: [artillery.id],
  condition: P.occurs(rockets.id),
  consequence: P.occurs(shelling.id),
})
// the artillery is part of Ostland: a threat, not a warning
assert.equal(Threat.classify({ actors: [ostland, artillery, militias] })(deterrent), 'threat')

const T = Time.time
const status = (asOf: string, timeline: Timeline.Timeline) =>
  Threat.status({ timeline, asOf: T(asOf), events: [rockets, shelling] })(deterrent).kind
const quiet = pipe(Timeline.empty, Timeline.notOccurredBy(rockets.id, T('2031-05-01')))
assert.equal(status('2031-05-01', quiet), 'holding') // not "complied": it can still be set off
const fired = pipe(quiet, Timeline.occurred(rockets.id, T('2031-05-03')))
assert.equal(status('2031-05-03', fired), 'triggered')
assert.equal(
  status('2031-05-05', pipe(fired, Timeline.occurred(shelling.id, T('2031-05-04')))),
  'carried_out',
)
