import { Actor, Id, Likelihood, Time } from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const us = Actor.state('us', 'United States', 'USA')
const officials = Actor.anonymous('two-us-officials', 'U.S. officials', {
  count: 2,
  affiliation: us.id,
})

assert.equal(Actor.label(officials), 'U.S. officials (2)')

// a source described by how it is placed to know, and an official who may be the minister
const familiar = Actor.anonymous('familiar', 'a source familiar with the talks', {
  proximity: [Actor.proximity('familiar_with', { topic: 'the talks' }, 'familiar with')],
})
const official = pipe(
  Actor.unnamed('official', 'an official', { count: 1 }),
  Actor.withCandidate(Id.actor('minister'), Likelihood.cue('most likely')),
)
assert.equal(Actor.isIdentified(familiar), false)
assert.equal(Actor.candidates(official)[0]?.actor, 'minister')

// an office over time: held, not held or unknown — never a guess
const elect = Actor.office('President-elect', us.id, {
  from: Time.time('2028-11-08'),
  to: Time.time('2029-01-20'),
})
assert.equal(Actor.tenure(Time.time('2028-12'))(elect), 'held')
assert.equal(Actor.tenure(Time.time('2029'))(elect), 'unknown')
