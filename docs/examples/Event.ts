import { Event, Id, Time } from 'claimgraph'
import assert from 'node:assert/strict'

// "Israel's October 25 airstrike inside Iran": the year is not stated, so it stays unknown
const airstrike = Event.make(
  'israeli-airstrike',
  'airstrike',
  "Israel's October 25 airstrike inside Iran",
  {
    status: 'occurred',
    agents: [Id.actor('israel')],
    targets: [Id.actor('iran')],
    places: [Event.place('inside Iran', { country: 'IRN' })],
    time: Time.time('XXXX-10-25'),
  },
)

assert.ok(Event.isFactual(airstrike))
