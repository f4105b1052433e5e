import { Proposition as P, Render, Threat, Time, Timeline } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

const { events, threats } = fixtures
const warning = threats.warning
const names = Render.names(fixtures.report)

// structure: the U.S. warns Iraq; Israel would carry out the consequence
assert.equal(Threat.classify(fixtures.report)(warning), 'warning')
assert.equal(
  P.render(warning.condition!, names),
  'not: Iraq prevents the Iranian attack from its territory',
)
assert.deepEqual(
  Threat.renderDemand(warning, names),
  O.some('Iraq must bring about: Iraq prevents the Iranian attack from its territory'),
)

// status over time
const status = (timeline: Timeline.Timeline, asOf: string) =>
  Threat.status({ timeline, asOf: Time.time(asOf), events: fixtures.report.events })(warning).kind

const launched = pipe(
  Timeline.empty,
  Timeline.occurred(events.iranianAttack.id, Time.time('2024-11-10')),
)
const struck = pipe(launched, Timeline.occurred(events.israeliAttack.id, Time.time('2024-11-12')))

assert.equal(status(Timeline.empty, '2024-11-01'), 'pending')
assert.equal(status(launched, '2024-11-11'), 'triggered')
assert.equal(status(struck, '2024-11-20'), 'carried_out')
