import { Likelihood } from 'claimgraph'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

assert.deepEqual(
  Likelihood.fromCue('very likely'),
  O.some({ cue: 'very likely', band: 'very_likely', factuality: 'PR+' }),
)
assert.deepEqual(Likelihood.fromCue('reportedly'), O.some({ cue: 'reportedly', factuality: 'Uu' }))
assert.deepEqual(Likelihood.probability(Likelihood.fromBand('likely')), [0.55, 0.8])

// a cue written in code is checked at compile time; one read from data goes through fromCue
assert.deepEqual(Likelihood.cue('believed to'), { cue: 'believed to', factuality: 'PR+' })
assert.deepEqual(Likelihood.fromCue('believed by some'), O.none)
assert.equal(Likelihood.LEXICON.find((e) => e.cue === 'would')?.factuality, 'PR+')
