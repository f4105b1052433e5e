// "Yland rejected the proposal on Monday, its foreign ministry said; Zland accepted it. The
// port authority confirmed that talks had taken place, and the Wire retracted its report
// that they had collapsed. The embassy declined to comment, the palace had no comment, the
// army did not respond to requests for comment, and the rebels could not be reached."
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
const yland = Actor.state('yland', 'Yland', 'XYL')
const zland = Actor.state('zland', 'Zland', 'XZL')
const ministry = pipe(
  Actor.organization('ministry', "Yland's foreign ministry", 'ministry', { country: 'XYL' }),
  Actor.relate('part_of', yland.id),
)
const port = Actor.organization('port', 'the port authority', 'government', { country: 'XZL' })
const wire = Actor.outlet('wire', 'the Wire')
const [embassy, palace, army, rebels] = [
  Actor.organization('embassy', 'the embassy', 'diplomatic'),
  Actor.organization('palace', 'the palace', 'executive'),
  Actor.organization('army', 'the army', 'military'),
  Actor.organization('rebels', 'the rebels', 'armed_group'),
]
const plan = Event.make('plan', 'agree', 'the proposed settlement', { status: 'hypothetical' })
const talks = Event.make('talks', 'negotiate', 'talks at the port', { status: 'occurred' })
const collapse = Event.make('collapse', 'collapse', 'the talks collapsed', {
  status: 'hypothetical',
})

const about = (e: Event.Event) => Statement.proposition(P.occurs(e.id))
export const report: Report.Report = pipe(
  Report.make({
    headline: 'Proposal rejected',
    author: author.id,
    actors: [author, yland, zland, ministry, port, wire, embassy, palace, army, rebels],
    events: [plan, talks, collapse],
    statements: [
      pipe(
        Statement.make('rejected', [yland.id], 'reject', about(plan)),
        Statement.attributed(Attribution.from(ministry.id, 'said')),
      ),
      Statement.make('accepted', [zland.id], 'accept', about(plan)),
      pipe(
        Statement.make('confirmed', [port.id], 'confirm', about(talks)),
        Statement.attributed(Attribution.from(port.id, 'confirmed')),
      ),
      Statement.make('retracted', [wire.id], 'retract', about(collapse)),
      // four kinds of non-answer, each with no content; the report witnessed them itself
      Statement.make('declined', [embassy.id], 'decline_comment', Statement.none),
      Statement.make('no-comment', [palace.id], 'no_comment', Statement.none),
      Statement.make('no-response', [army.id], 'no_response', Statement.none),
      Statement.make('unreachable', [rebels.id], 'unreachable', Statement.none),
    ],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

// the acceptance and the retraction are reported without a source; the non-answers need none
assert.deepEqual(
  Rules.standard(report).map((i) => `${i.code} ${i.node}`),
  ['attribution/missing accepted', 'attribution/missing retracted'],
)
assert.deepEqual(
  report.statements.filter(Statement.isNonAnswer).map((s) => s.act),
  ['decline_comment', 'no_comment', 'no_response', 'unreachable'],
)
assert.equal(Statement.ACTS.no_response.cameo, undefined) // no act of the army's: no CAMEO event
