// "In a taped televised message, and in a post on Telegram, the general said the corridor
// would stay open. (This article retells a report first published by the Northern Wire.)"
import {
  Actor,
  Attribution,
  DecodeError,
  Event,
  Proposition as P,
  Report,
  Statement,
  Time,
} from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const author = Actor.author('report')
const outlet = Actor.outlet('courier', 'the Courier')
const wire = Actor.outlet('northern-wire', 'the Northern Wire')
const general = Actor.person('general', 'Ama Sorel')
const open = Event.make('open', 'open', 'the corridor stays open', { status: 'anticipated' })

const said = (id: string, medium: Statement.Medium) =>
  pipe(
    Statement.make(id, [general.id], 'assert', Statement.proposition(P.occurs(open.id))),
    // the medium is not the channel: both messages were public
    Statement.inMedium(medium),
    Statement.onChannel('public'),
    Statement.attributed(Attribution.from(general.id, 'said')),
  )

export const report: Report.Report = pipe(
  Report.make({
    headline: 'Corridor to stay open',
    author: author.id,
    outlet: outlet.id,
    published: Time.time('2030-03-04'),
    url: 'https://courier.example/2030/03/04/corridor',
    derivedFrom: [
      {
        publisher: wire.id,
        kind: 'retells',
        url: 'https://wire.example/corridor',
        published: Time.time('2030-03-03'),
      },
    ],
    actors: [author, outlet, wire, general],
    events: [open],
    statements: [
      said('taped', Statement.medium('televised', { recorded: true })),
      said('posted', Statement.medium('post', { platform: 'Telegram' })),
    ],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

assert.equal(report.derivedFrom?.[0]?.publisher, 'northern-wire')
assert.deepEqual(
  report.statements.map((s) => s.medium?.kind),
  ['televised', 'post'],
)
