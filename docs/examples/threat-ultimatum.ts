import { Event, Id, Proposition as P, Threat, Time, Timeline } from 'claimgraph'
import assert from 'node:assert/strict'

// "Release the impounded trawler and its crew by 15 March, or Rivaria will suspend the
// fishing licences of Coralian boats within a week."
const release = Event.make('release-trawler', 'release', 'Coralia releases the trawler', {
  status: 'hypothetical',
})
const crew = Event.make('release-crew', 'release', 'Coralia releases the crew', {
  status: 'hypothetical',
  relations: [{ kind: 'part_of', event: release.id }],
})
const suspend = Event.make('suspend-licences', 'sanction', 'Rivaria suspends the licences', {
  status: 'hypothetical',
})
const ultimatum = Threat.make('trawler-ultimatum', {
  issuer: [Id.actor('rivaria')],
  addressee: [Id.actor('coralia')],
  enforcer: [Id.actor('rivaria')],
  condition: P.not(P.occurs(release.id)),
  consequence: P.occurs(suspend.id),
  deadline: Time.time('2031-03-15'),
  within: Time.duration('P7D'),
})
assert.equal(Threat.classifyByIds(ultimatum), 'ultimatum')

const T = Time.time
const occurred = (e: Event.Event, time: string): Timeline.Entry => ({
  kind: 'occurred',
  event: e.id,
  time: T(time),
})
const notBy = (e: Event.Event, by: string): Timeline.Entry => ({
  kind: 'not_occurred',
  event: e.id,
  by: T(by),
})
const status = (asOf: string, ...entries: ReadonlyArray<Timeline.Entry>) =>
  Threat.status({
    timeline: Timeline.make(...entries),
    asOf: T(asOf),
    events: [release, crew, suspend],
  })(ultimatum)

// before the deadline, nothing is decided
assert.equal(status('2031-03-10', notBy(release, '2031-03-10')).kind, 'pending')
// complied on time, and late
assert.equal(status('2031-03-20', occurred(release, '2031-03-14')).kind, 'complied')
assert.equal(status('2031-03-20', occurred(release, '2031-03-18')).kind, 'complied_late')
// partly complied: the crew came home, the trawler did not
assert.equal(
  status('2031-03-20', occurred(crew, '2031-03-12'), notBy(release, '2031-03-20')).kind,
  'partly_complied',
)
// defied and carried out, within the week
assert.equal(
  status('2031-03-25', notBy(release, '2031-03-20'), occurred(suspend, '2031-03-17')).kind,
  'carried_out',
)
// defied and not carried out: the week passed without a suspension
assert.equal(
  status('2031-04-01', notBy(release, '2031-03-31'), notBy(suspend, '2031-03-31')).kind,
  'not_carried_out',
)
// released "in March", and no suspension: on time or late, the record cannot say
const march = status('2031-04-01', occurred(release, '2031-03'), notBy(suspend, '2031-03-31'))
assert.equal(march.kind, 'unknown')
assert.deepEqual(march.possible, ['complied', 'complied_late'])
