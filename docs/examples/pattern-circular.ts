// "The Wire, citing the Gazette, reported the minister had resigned; the Gazette had cited
// the Wire."
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
const wire = Actor.outlet('wire', 'the Wire')
const gazette = Actor.outlet('gazette', 'the Gazette')
const minister = Actor.person('minister', 'Pel Arno')
const resigned = Event.make('resigned', 'resign', 'the minister resigned', {
  agents: [minister.id],
})

// original source first: the Wire told the Gazette, which the Wire then cited
const chain = pipe(
  Attribution.from(wire.id, 'reported'),
  Attribution.via(gazette.id, 'cited'),
  Attribution.via(wire.id, 'citing'),
)
export const report: Report.Report = pipe(
  Report.make({
    headline: 'Minister resigns, reports say',
    author: author.id,
    actors: [author, wire, gazette, minister],
    events: [resigned],
    statements: [
      pipe(
        Statement.make(
          'wire-report',
          [wire.id],
          'report',
          Statement.proposition(P.occurs(resigned.id)),
        ),
        Statement.attributed(chain),
      ),
    ],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

// it decodes; the rule says what an analyst would
assert.deepEqual(
  Rules.standard(report).map((i) => i.message),
  [
    'the chain passes through the Wire twice (links 0 and 2): circular reporting, one voice that may look like two',
  ],
)
