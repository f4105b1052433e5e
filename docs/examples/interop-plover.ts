import * as Plover from 'claimgraph/interop/plover'
import * as fixtures from 'claimgraph/fixtures'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

const { records } = Plover.fromReport(fixtures.report)
const attack = records.find((r) => r.id === 'israeli-attack-on-iraq')

// "Iraq could face an Israeli attack": an assault that has not happened
assert.deepEqual(attack?.event, ['ASSAULT'])
assert.deepEqual(attack?.context, ['hypothetical'])

// and back: JSON lines → claimgraph events
const decoded = Plover.readJsonl(Plover.toJsonl(records))
assert.ok(E.isRight(decoded))
const events = E.isRight(decoded) ? decoded.right.events : []
assert.equal(events.find((e) => e.id === 'israeli-attack-on-iraq')?.status, 'hypothetical')
