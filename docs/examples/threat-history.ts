import {
  Event,
  Id,
  Likelihood,
  Proposition as P,
  Statement,
  Threat,
  Time,
  Timeline,
} from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

// "Withdraw from the valley by 15 January or we strike", restated with an earlier deadline
// and a vaguer consequence ("could strike"), then withdrawn.
const withdraw = Event.make('withdrawal', 'withdraw', 'Xland withdraws from the valley', {
  status: 'hypothetical',
})
const strike = Event.make('strike', 'strike', 'Yland strikes Xland', { status: 'hypothetical' })
const v1 = Threat.make('valley', {
  issuer: [Id.actor('yland')],
  addressee: [Id.actor('xland')],
  condition: P.not(P.occurs(withdraw.id)),
  consequence: P.occurs(strike.id),
  deadline: Time.time('2031-01-15'),
})
const v2 = pipe(
  v1,
  Threat.revise('valley-2', {
    deadline: Time.time('2031-01-10'),
    consequence: pipe(P.occurs(strike.id), P.hedge(Likelihood.fromFactuality('PS+'))),
  }),
)
const v3 = Threat.withdraw('valley-3')(v2)
const said = (id: string, threat: Threat.Threat, time: string) =>
  Statement.make(id, [Id.actor('yland')], 'threaten', Statement.threat(threat.id), {
    time: Time.time(time),
  })
const history = Threat.history(v1.id)({
  threats: [v1, v2, v3],
  statements: [
    said('first', v1, '2031-01-02'),
    said('again', v2, '2031-01-05'),
    said('off', v3, '2031-01-08'),
  ],
})
assert.deepEqual(
  history.map((v) =>
    v.changes.map((c) => `${c.field}${'direction' in c ? ` ${c.direction}` : ''}`),
  ),
  [[], ['consequence vaguer', 'deadline earlier'], ['withdrawn']],
)
// every version's status at once: the earlier ones superseded once a later one was stated
const statuses = (asOf: string) =>
  Threat.statuses({ timeline: Timeline.empty, asOf: Time.time(asOf), events: [withdraw, strike] })(
    history,
  ).map((v) => v.status.kind)
assert.deepEqual(statuses('2031-01-06').slice(0, 2), ['superseded', 'pending'])
assert.deepEqual(statuses('2031-01-09'), ['superseded', 'superseded', 'withdrawn'])
