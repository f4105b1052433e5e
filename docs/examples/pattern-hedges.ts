// "The strike would most likely come at night; officials said it could be delayed, and
// that it will not be called off. The talks are reportedly on track."
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

// in a report: a hedge inside the claim, and one on the statement
const author = Actor.author('report')
const officials = Actor.anonymous('officials', 'officials', {
  affiliation: Actor.state('x', 'Xland', 'XXL').id,
})
const strike = Event.make('strike', 'strike', 'the strike comes at night', {
  status: 'anticipated',
})
const called = Event.make('called-off', 'cancel', 'the strike is called off', {
  status: 'hypothetical',
})
export const report: Report.Report = pipe(
  Report.make({
    headline: 'Strike expected at night',
    author: author.id,
    actors: [author, Actor.state('x', 'Xland', 'XXL'), officials],
    events: [strike, called],
    statements: [
      Statement.make(
        'at-night',
        [author.id],
        'assert',
        Statement.proposition(
          pipe(P.occurs(strike.id), P.hedge(cue('most likely')), P.hedge(cue('would'))),
        ),
      ),
      pipe(
        Statement.make(
          'not-called-off',
          [officials.id],
          'assert',
          Statement.proposition(P.occurs(called.id)),
        ),
        Statement.hedged(cue('will not')),
        Statement.attributed(Attribution.from(officials.id, 'said')),
      ),
    ],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)
assert.deepEqual(Rules.standard(report), [])
