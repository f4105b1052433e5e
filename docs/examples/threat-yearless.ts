import { Event, Id, Proposition as P, Threat, Time, Timeline } from 'claimgraph'
import assert from 'node:assert/strict'

// Published 20 December 2031: "Pay the arrears by 5 January, or the utility will cut
// the supply." The text gives no year, so neither does the deadline.
const pay = Event.make('pay-arrears', 'pay', 'the city pays the arrears', {
  status: 'hypothetical',
})
const cut = Event.make('cut-supply', 'cut', 'the utility cuts the supply', {
  status: 'hypothetical',
})
const ultimatum = Threat.make('arrears', {
  issuer: [Id.actor('utility')],
  addressee: [Id.actor('city')],
  condition: P.not(P.occurs(pay.id)),
  consequence: P.occurs(cut.id),
  deadline: Time.time('XXXX-01-05'),
})
const T = Time.time
const status = (asOf: string, publication?: string, ...entries: Timeline.Entry[]) =>
  Threat.status({
    timeline: Timeline.make(...entries),
    asOf: T(asOf),
    events: [pay, cut],
    ...(publication === undefined ? {} : { publication: T(publication) }),
  })(ultimatum)

// the publication date supplies the nearest year: "5 January" is 2032-01-05
assert.equal(status('2031-12-28', '2031-12-20').kind, 'pending')
// a payment "on 3 January" (year-less too) met the demand in time
const paid: Timeline.Entry = { kind: 'occurred', event: pay.id, time: T('XXXX-01-03') }
assert.equal(status('2032-01-10', '2031-12-20', paid).kind, 'complied')
// no publication date with a year: the deadline cannot be placed, and the reason says why
const unplaced = status('2032-01-10', undefined, paid)
assert.equal(unplaced.kind, 'unknown')
assert.match(unplaced.reason, /deadline XXXX-01-05 has no year/)
