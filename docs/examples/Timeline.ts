import { Event, Id, Proposition as P, Time, Timeline } from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const attack = Id.event('attack')
const t = pipe(Timeline.empty, Timeline.occurred(attack, Time.time('2024-11-10')))
const asOf = (time: string) => Timeline.evaluate({ timeline: t, asOf: Time.time(time) })

assert.equal(asOf('2024-12')(P.occurs(attack)).value, 'true')
assert.equal(asOf('2024-11')(P.occurs(attack)).value, 'unknown') // an instant in November: before or after the 10th

// "the attack" is an instance of "hostilities": the instance occurring makes the general event occur
const hostilities = Event.make('hostilities', 'attack', 'hostilities', { status: 'hypothetical' })
const theAttack = Event.make('attack', 'attack', 'the attack on the port', {
  relations: [{ kind: 'instance_of', event: hostilities.id }],
})
const withEvents = Timeline.evaluate({
  timeline: t,
  asOf: Time.time('2024-12'),
  events: [hostilities, theAttack],
})
assert.deepEqual(withEvents(P.occurs(hostilities.id)), { value: 'true', because: [0] })
