// "Ada Vance, president-elect since the November 8 election, took office on January 20,
// 2029."
import { Actor, DecodeError, Report, Time } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const T = Time.time
const norland = Actor.state('norland', 'Norland', 'XNO')
const elect = Actor.office('President-elect', norland.id, {
  from: T('2028-11-08'),
  to: T('2029-01-20'),
})
const president = Actor.office('President', norland.id, { from: T('2029-01-20') })
const vance = Actor.person('vance', 'Ada Vance', { offices: [elect, president] })

// held, not held or unknown — never a guess
assert.equal(Actor.tenure(T('2028-12'))(elect), 'held')
assert.equal(Actor.tenure(T('2029-02'))(elect), 'not_held')
assert.equal(Actor.tenure(T('2029'))(elect), 'unknown') // held in January only
// an office without an end is held as of the publication date, and not beyond what it says
const published = { publication: T('2029-03-01') }
assert.deepEqual(
  Actor.rolesAt(T('2029-02-14'), published)(vance).map((r) => `${r.office.title}: ${r.tenure}`),
  ['President: held'],
)
assert.deepEqual(
  Actor.rolesAt(T('2029-01-20'), published)(vance).map((r) => r.office.title),
  ['President-elect', 'President'], // the day of the inauguration counts for both
)
assert.deepEqual(Actor.rolesAt(T('2029-06-01'), published)(vance), [
  { office: president, tenure: 'unknown' }, // after the report: it cannot say
])

export const report: Report.Report = pipe(
  Report.make({
    headline: 'Vance takes office',
    author: Actor.author('report').id,
    published: T('2029-03-01'),
    actors: [Actor.author('report'), norland, vance],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)
