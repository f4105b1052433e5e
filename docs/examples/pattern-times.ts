// Published Monday, May 12, 2031: "On Saturday at 12 o'clock Xland time (UTC+3), a Yland
// patrol boat fired on a fishing vessel, the coast guard said. The next day Xland's
// president warned that unless the crew were handed over, Xland would respond within
// 72 hours."
import {
  Actor,
  Attribution,
  DecodeError,
  Event,
  Likelihood,
  Proposition as P,
  Report,
  Statement,
  Threat,
  Time,
} from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const T = Time.time
const author = Actor.author('report')
const xland = Actor.state('xland', 'Xland', 'XXL')
const yland = Actor.state('yland', 'Yland', 'XYL')
const coastGuard = Actor.organization('coast-guard', 'the Xland coast guard', 'military', {
  country: 'XXL',
})
const president = Actor.person('president', 'Lio Garr', {
  offices: [Actor.office('President', xland.id)],
})

// a time of day with its offset, on a day given relative to the publication date
const firing = Event.make('firing', 'attack', 'a Yland patrol boat fired on a fishing vessel', {
  agents: [yland.id],
  time: Time.relative(
    "on Saturday at 12 o'clock Xland time",
    { weekday: 'saturday', which: 'last' },
    undefined,
    Time.clock('12:00+03:00'),
  ),
})
// "the next day": counted from the event
const nextDay = Time.relative('the next day', { unit: 'day', amount: 1 }, Time.ofEvent(firing.id))
const handover = Event.make('handover', 'release', 'Yland hands over the crew', {
  status: 'hypothetical',
  agents: [yland.id],
})
const response = Event.make('response', 'retaliate', 'Xland responds', {
  status: 'hypothetical',
  agents: [xland.id],
  relations: [{ kind: 'response_to', event: firing.id }],
})
// "within 72 hours": a duration, counted from when the condition is met
const warning = Threat.make('warning', {
  issuer: [xland.id],
  addressee: [yland.id],
  enforcer: [xland.id],
  condition: P.not(P.occurs(handover.id)),
  consequence: pipe(P.occurs(response.id), P.hedge(Likelihood.cue('would'))),
  within: Time.duration('PT72H'),
})
const warned = pipe(
  Statement.make('warned', [president.id], 'threaten', Statement.threat(warning.id)),
  Statement.to(yland.id),
  Statement.at(nextDay),
  Statement.attributed(Attribution.from(president.id, 'warned')),
)

export const report: Report.Report = pipe(
  Report.make({
    headline: 'Xland warns of response',
    author: author.id,
    published: T('2031-05-12'),
    actors: [author, xland, yland, coastGuard, president],
    events: [firing, handover, response],
    threats: [warning],
    statements: [
      pipe(
        Statement.make(
          'fired',
          [coastGuard.id],
          'assert',
          Statement.proposition(P.occurs(firing.id)),
        ),
        Statement.attributed(Attribution.from(coastGuard.id, 'said')),
      ),
      warned,
    ],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

// the report's publication date and its events resolve every time
const read = Time.compareWith(Report.timeContext(report))
assert.equal(read(firing.time!, T('2031-05-10T09:00Z')), 'same') // noon in UTC+3
assert.equal(read(nextDay, T('2031-05-11')), 'same')
// 72 hours from the warning, had the condition been met that day
const warnedOn = Time.resolveWith(Report.timeContext(report))(nextDay)
const by = Time.addDuration(warning.within!)(warnedOn)
assert.equal(Time.compareRanges(by, Time.range(T('2031-05-14'))), 'same')
