// "The strike would most likely come at night; officials said it could be delayed, and
// that it will not be called off. The talks are reportedly on track."
import { Likelihood } from 'claimgraph'
import assert from 'node:assert/strict'

const { cue } = Likelihood
// each cue with its FactBank value, and its ICD 203 row when it is one of ICD 203's words
assert.deepEqual(cue('would'), { cue: 'would', factuality: 'PR+' })
assert.deepEqual(cue('most likely'), { cue: 'most likely', factuality: 'PR+' })
assert.deepEqual(cue('could'), { cue: 'could', factuality: 'PS+' })
assert.deepEqual(cue('will not'), { cue: 'will not', factuality: 'CT-' })
assert.deepEqual(cue('reportedly'), { cue: 'reportedly', factuality: 'Uu' })
assert.deepEqual(cue('Very Likely'), { cue: 'Very Likely', band: 'very_likely', factuality: 'PR+' })
// why each value: the lexicon says
assert.match(Likelihood.LEXICON.find((e) => e.cue === 'most likely')!.note, /not an ICD 203 term/)
// cues read from data go through fromCue, which never throws
assert.equal(Likelihood.fromCue('surely not')._tag, 'None')
