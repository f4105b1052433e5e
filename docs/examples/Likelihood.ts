import { Likelihood } from 'claimgraph'
import * as O from 'fp-ts/Option'
import assert from 'node:assert/strict'

assert.deepEqual(
  Likelihood.fromCue('very likely'),
  O.some({ cue: 'very likely', band: 'very_likely', factuality: 'PR+' }),
)
assert.deepEqual(Likelihood.fromCue('reportedly'), O.some({ cue: 'reportedly', factuality: 'Uu' }))
assert.deepEqual(Likelihood.probability(Likelihood.fromBand('likely')), [0.55, 0.8])
