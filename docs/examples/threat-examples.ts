import {
  Event,
  Id,
  Likelihood,
  Proposition as P,
  Statement,
  Threat,
  Time,
  Timeline,
} from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

const [xland, yland] = [Id.actor('xland'), Id.actor('yland')]
const status = (
  t: Threat.Threat,
  timeline: Timeline.Timeline,
  asOf: string,
  events: ReadonlyArray<Event.Event>,
) => Threat.status({ timeline, asOf: Time.time(asOf), events })(t).kind

// 1. A deterrent threat with a deadline: "withdraw by January 15 or we strike".
const withdraw = Event.make('withdrawal', 'withdraw', 'Xland withdraws its troops', {
  status: 'hypothetical',
})
const strike = Event.make('strike', 'strike', 'Yland strikes Xland', { status: 'hypothetical' })
const deterrent = Threat.make('deterrent', {
  issuer: [yland],
  addressee: [xland],
  enforcer: [yland],
  condition: P.not(P.occurs(withdraw.id)),
  consequence: P.occurs(strike.id),
  deadline: Time.time('2031-01-15'),
  window: Time.time('2031-01-31'),
})
const events = [withdraw, strike]
assert.equal(Threat.classifyByIds(deterrent), 'ultimatum')
assert.equal(status(deterrent, Timeline.empty, '2031-01-10', events), 'pending')
assert.equal(
  status(
    deterrent,
    pipe(Timeline.empty, Timeline.occurred(withdraw.id, Time.time('2031-01-12'))),
    '2031-01-20',
    events,
  ),
  'complied',
)
const defied = pipe(Timeline.empty, Timeline.notOccurredBy(withdraw.id, Time.time('2031-02-28')))
assert.equal(status(deterrent, defied, '2031-01-20', events), 'triggered')
const restrained = pipe(defied, Timeline.notOccurredBy(strike.id, Time.time('2031-02-28')))
assert.equal(status(deterrent, restrained, '2031-02-10', events), 'not_carried_out')

// 2. A conditional promise: "if you stop the shelling, we will not resume the blockade".
const stop = Event.make('stop-shelling', 'stop', 'Xland stops the shelling', {
  status: 'hypothetical',
})
const blockade = Event.make('blockade', 'blockade', 'Yland resumes the blockade', {
  status: 'hypothetical',
})
const promise = Threat.make('promise', {
  issuer: [yland],
  addressee: [xland],
  enforcer: [yland],
  condition: P.occurs(stop.id),
  consequence: P.not(P.occurs(blockade.id)),
  valence: 'positive',
})
assert.equal(Threat.classifyByIds(promise), 'promise')
assert.deepEqual(Threat.demand(promise), O.some(P.occurs(stop.id)))

// 3. A counter-threat in reply: Xland answers with a threat of its own.
const retaliation = Event.make('retaliation', 'strike', 'Xland strikes Yland', {
  status: 'hypothetical',
})
const counter = Threat.make('counter', {
  issuer: [xland],
  addressee: [yland],
  enforcer: [xland],
  condition: P.occurs(strike.id),
  consequence: pipe(P.occurs(retaliation.id), P.hedge(Likelihood.fromBand('very_likely'))),
})
const threatened = Statement.make('threatened', [yland], 'threaten', Statement.threat(deterrent.id))
const answered = pipe(
  Statement.make('answered', [xland], 'threaten', Statement.threat(counter.id)),
  Statement.replyTo(threatened.id),
)
assert.equal(answered.replyTo, 'threatened')
const war = pipe(defied, Timeline.occurred(strike.id, Time.time('2031-01-20')))
assert.equal(status(counter, war, '2031-01-25', [...events, retaliation]), 'triggered')

// 4. A history: restated with an earlier deadline and a vaguer consequence, then withdrawn.
const v2 = pipe(
  deterrent,
  Threat.revise('deterrent-2', {
    deadline: Time.time('2031-01-10'),
    consequence: pipe(P.occurs(strike.id), P.hedge(Likelihood.fromFactuality('PS+'))),
  }),
)
const v3 = Threat.withdraw('deterrent-3')(v2)
const history = Threat.history(v3.id)({ threats: [deterrent, v2, v3], statements: [threatened] })
assert.deepEqual(
  history.map((v) =>
    v.changes.map((c) => `${c.field}${'direction' in c ? ` ${c.direction}` : ''}`),
  ),
  [[], ['consequence vaguer', 'deadline earlier'], ['withdrawn']],
)
