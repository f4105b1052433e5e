import { Actor, Event, Proposition as P, Statement, Threat, Time, Timeline } from 'claimgraph'
import assert from 'node:assert/strict'

// Halvard's energy minister: "If Nordmark restores the gas flow by the end of June, we will
// lift the tariffs within thirty days."
const halvard = Actor.state('halvard', 'Halvard', 'HAL')
const nordmark = Actor.state('nordmark', 'Nordmark', 'NRD')
const minister = Actor.person('energy-minister', 'the Halvard energy minister', {
  offices: [Actor.office('minister of energy', halvard.id)],
})
const spokesperson = Actor.person('nordmark-spokesperson', 'a Nordmark government spokesperson', {
  offices: [Actor.office('spokesperson', nordmark.id)],
})
const restore = Event.make('restore-flow', 'restore', 'Nordmark restores the gas flow', {
  status: 'hypothetical',
})
const lift = Event.make('lift-tariffs', 'lift', 'Halvard lifts the tariffs', {
  status: 'hypothetical',
})
const promise = Threat.make('gas-offer', {
  issuer: [minister.id],
  addressee: [nordmark.id],
  enforcer: [halvard.id],
  condition: P.occurs(restore.id),
  consequence: P.occurs(lift.id),
  valence: 'positive',
  deadline: Time.time('2031-06-30'),
  within: Time.duration('P30D'),
})
const report = (statements: ReadonlyArray<Statement.Statement> = []) => ({
  actors: [halvard, nordmark, minister, spokesperson],
  events: [restore, lift],
  statements,
  threats: [promise],
})
assert.equal(Threat.classify(report())(promise), 'promise')

const T = Time.time
const status = (
  asOf: string,
  entries: ReadonlyArray<Timeline.Entry>,
  statements: ReadonlyArray<Statement.Statement> = [],
) =>
  Threat.status({ timeline: Timeline.make(...entries), asOf: T(asOf), report: report(statements) })(
    promise,
  ).kind

const restored: Timeline.Entry = { kind: 'occurred', event: restore.id, time: T('2031-06-02') }
// kept: the tariffs went within thirty days of the gas
assert.equal(
  status('2031-07-10', [restored, { kind: 'occurred', event: lift.id, time: T('2031-06-20') }]),
  'kept',
)
// broken: thirty days passed without it
assert.equal(
  status('2031-07-15', [restored, { kind: 'not_occurred', event: lift.id, by: T('2031-07-15') }]),
  'broken',
)
// not taken up so far: pending; the deadline passed without it: lapsed
const noGas: Timeline.Entry = { kind: 'not_occurred', event: restore.id, by: T('2031-06-30') }
assert.equal(status('2031-06-15', [noGas]), 'pending')
assert.equal(status('2031-07-05', [noGas]), 'lapsed')
// rejected: Nordmark's spokesperson dismissed the offer
const dismissed = Statement.make(
  'dismissed',
  [spokesperson.id],
  'reject',
  Statement.threat(promise.id),
  { time: T('2031-06-05') },
)
assert.equal(status('2031-06-10', [], [dismissed]), 'rejected')
