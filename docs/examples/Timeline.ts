import { Id, Proposition as P, Time, Timeline } from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const attack = Id.event('attack')
const t = pipe(Timeline.empty, Timeline.occurred(attack, Time.time('2024-11-10')))
const asOf = (time: string) => Timeline.evaluate({ timeline: t, asOf: Time.time(time) })

assert.equal(asOf('2024-12')(P.occurs(attack)).value, 'true')
assert.equal(asOf('2024-11')(P.occurs(attack)).value, 'unknown') // November may end before or after the 10th
