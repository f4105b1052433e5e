// "Several Arab countries have urged restraint, and some Lebanese entities have offered to
// mediate, the League said in a statement. Those in charge of the crossing have not
// reopened it."
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
const lebanon = Actor.state('lebanon', 'Lebanon', 'LBN')
const league = Actor.organization('league', 'the League', 'international')
// unnamed, and not sources: they act and speak in the report, but the report does not
// learn from them
const arabCountries = Actor.unnamed('arab-countries', 'several Arab countries')
const entities = Actor.unnamed('entities', 'some Lebanese entities', { affiliation: lebanon.id })
const inCharge = Actor.unnamed('in-charge', 'those in charge of the crossing')

const restraint = Event.make('restraint', 'restrain', 'the parties show restraint', {
  status: 'hypothetical',
})
const mediation = Event.make('mediation', 'mediate', 'Lebanese entities mediate', {
  status: 'hypothetical',
  agents: [entities.id],
})
const reopen = Event.make('reopen', 'reopen', 'the crossing is reopened', {
  status: 'hypothetical',
  agents: [inCharge.id],
})

const byLeague = Attribution.from(league.id, 'said in a statement')
export const report: Report.Report = pipe(
  Report.make({
    headline: 'Calls for restraint',
    author: author.id,
    actors: [author, lebanon, league, arabCountries, entities, inCharge],
    events: [restraint, mediation, reopen],
    statements: [
      pipe(
        Statement.make(
          'urged',
          [arabCountries.id],
          'urge',
          Statement.proposition(P.occurs(restraint.id)),
        ),
        Statement.attributed(byLeague),
      ),
      pipe(
        Statement.make(
          'offered',
          [entities.id],
          'offer',
          Statement.proposition(P.occurs(mediation.id)),
        ),
        Statement.attributed(byLeague),
      ),
      Statement.make(
        'not-reopened',
        [author.id],
        'assert',
        Statement.proposition(P.not(P.occurs(reopen.id))),
      ),
    ],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

// no source rule fires on an unnamed group
assert.deepEqual(Rules.standard(report), [])
assert.equal(Actor.isIdentified(arabCountries), false)
