import { Proposition as P, Render, Threat, Time, Timeline } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

const { events, threats } = fixtures
const warning = threats.warning
const names = Render.names(fixtures.report)

// structure: the U.S. warns Iraq; Israel, on no U.S. side, would carry out the consequence
assert.equal(Threat.classify(fixtures.report)(warning), 'warning')
assert.equal(
  P.render(warning.condition!, names),
  'not: Iraq prevents the Iranian attack from its territory',
)
assert.deepEqual(
  Threat.renderDemand(warning, names),
  O.some('Iraq must bring about: Iraq prevents the Iranian attack from its territory'),
)

// status over time, with the reasons of the decision table
const status = (timeline: Timeline.Timeline, asOf: string) =>
  Threat.status({ timeline, asOf: Time.time(asOf), report: fixtures.report })(warning)

const launched = pipe(
  Timeline.empty,
  Timeline.occurred(events.iranianAttack.id, Time.time('2024-11-10')),
)
const struck = pipe(launched, Timeline.occurred(events.israeliAttack.id, Time.time('2024-11-12')))

assert.equal(status(Timeline.empty, '2024-11-01').kind, 'pending')
assert.equal(status(launched, '2024-11-11').kind, 'triggered')
assert.equal(status(struck, '2024-11-20').kind, 'carried_out')
assert.equal(
  status(struck, '2024-11-20').reason,
  'the consequence occurred after the trigger, within the window if there is one, or while an open-ended demand was unmet',
)
// an Israeli strike before the Iranian attack would not carry out the warning
const early = pipe(
  Timeline.empty,
  Timeline.occurred(events.israeliAttack.id, Time.time('2024-11-01')),
  Timeline.occurred(events.iranianAttack.id, Time.time('2024-11-10')),
)
assert.equal(status(early, '2024-11-20').kind, 'preempted')
