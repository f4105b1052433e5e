// "Nour TV, citing sources close to the Front, reported that the group had accepted a
// truce. The Front's media office said it never speaks through 'sources close to' it, and
// denied the report."
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
const front = Actor.organization('front', 'the Front', 'armed_group', { country: 'XXL' })
const office = pipe(
  Actor.organization('media-office', "the Front's media office", 'media'),
  Actor.relate('part_of', front.id),
)
const nour = Actor.outlet('nour', 'Nour TV', { country: 'XXL' })
const close = Actor.anonymous('close', 'sources close to the Front', {
  proximity: [Actor.proximity('close_to', { actor: front.id }, 'close to')],
})
const truce = Event.make('truce', 'truce', 'a truce', {
  status: 'hypothetical',
  agents: [front.id],
})

const accepted = pipe(
  Statement.make('accepted', [front.id], 'accept', Statement.proposition(P.occurs(truce.id))),
  Statement.attributed(
    pipe(Attribution.from(close.id, 'citing'), Attribution.via(nour.id, 'reported')),
  ),
)
const byOffice = Attribution.from(office.id, 'said')
// a denial of a sourcing, not of an event: of the source, then of the whole report
const neverThrough = pipe(
  Statement.make(
    'never-through',
    [office.id],
    'deny',
    Statement.sourcing({ kind: 'source', source: close.id }),
  ),
  Statement.attributed(byOffice),
)
const deniedReport = pipe(
  Statement.make(
    'denied-report',
    [office.id],
    'deny',
    Statement.sourcing({ kind: 'report', publisher: nour.id }),
  ),
  Statement.attributed(byOffice),
)

export const report: Report.Report = pipe(
  Report.make({
    headline: 'Front denies truce report',
    author: author.id,
    actors: [author, front, office, nour, close],
    events: [truce],
    statements: [accepted, neverThrough, deniedReport],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

assert.deepEqual(
  Rules.standard(report).map((i) => `${i.code} ${i.node}: ${i.message}`),
  [
    `claim/denied-by-party accepted: the Front's media office, a party to this claim, denied it on the record (statement "never-through")`,
  ],
)
