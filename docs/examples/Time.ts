import { Id, Time } from 'claimgraph'
import assert from 'node:assert/strict'

assert.equal(Time.compare(Time.time('XXXX-10-25'), Time.time('2024-11')), 'unknown') // the year is not known
assert.equal(Time.compare(Time.time('2024-10-25'), Time.time('2024-11')), 'before')
assert.equal(Time.compare(Time.time('2024-10'), Time.time('2024-10-25')), 'overlapping')

// two dates of one report, in the same (unstated) year
const sameYear = Time.compareWith({ sameYear: true })
assert.equal(sameYear(Time.time('XXXX-10-25'), Time.time('XXXX-10-26')), 'before')
// the year the publication date gives: the nearest one
assert.equal(Time.supplyYear(Time.time('2025-01-03'))(Time.time('XXXX-12-30')), '2024-12-30')
// a time of day with an offset, and "the next day" after an event
assert.equal(
  Time.compare(Time.time('2024-10-26T12:00+03:00'), Time.time('2024-10-26T09:00Z')),
  'same',
)
const nextDay = Time.relative(
  'the next day',
  { unit: 'day', amount: 1 },
  Time.ofEvent(Id.event('strike')),
)
const strikeTime = (id: Id.EventId) => (id === 'strike' ? Time.time('2024-10-26') : undefined)
assert.equal(Time.compareWith({ eventTime: strikeTime })(nextDay, Time.time('2024-10-27')), 'same')
