// An ultimatum with a deadline, a window and a deliberately vague consequence, an operation of
// limited scope carried out by means of another, an instance of a wider attack, unnamed
// actors, "allegedly", and rebels who could not be reached. Kessan is invented.
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'
import { expect } from 'vitest'
import {
  Actor,
  Attribution,
  Event,
  Likelihood,
  Proposition as P,
  Report,
  Statement,
  Threat,
  Time,
} from '../../src/index.js'
import { type Article, build, quoting } from './support.js'

const T = Time.time
const text = [
  'Kessan Gives Dam Occupiers 72 Hours',
  'Kessan’s interior minister, Ade Olu, on Friday gave the rebels holding the Marrow dam 72 hours to withdraw, warning that "there will be hell to pay" within a day if they did not.',
  'Security forces could mount a limited operation by cutting the dam’s supply roads, a senior security official said, adding that an attack on the dam’s workers would be treated as an attack on Kessan itself.',
  'Those in charge of the dam allegedly moved explosives onto the spillway last week. Rebel leaders could not be reached for comment.',
].join('\n')
const at = quoting(text)

const author = Actor.author('report')
const kessan = Actor.state('kessan', 'Kessan', 'XKS')
const olu = pipe(
  Actor.person('olu', 'Ade Olu', { offices: [Actor.office('Interior Minister', kessan.id)] }),
  Actor.relate('acts_for', kessan.id),
)
const forces = pipe(
  Actor.organization('security-forces', 'Kessan’s security forces', 'military', { country: 'XKS' }),
  Actor.relate('part_of', kessan.id),
)
// not sources: actors the report does not name
const rebels = Actor.unnamed('rebels', 'the rebels holding the Marrow dam')
const inCharge = Actor.unnamed('in-charge', 'those in charge of the dam')
const rebelLeaders = Actor.unnamed('rebel-leaders', 'rebel leaders')
const workers = Actor.unnamed('workers', 'the dam’s workers')
const official = Actor.anonymous('security-official', 'a senior security official', {
  count: 1,
  affiliation: kessan.id,
})

const withdraw = Event.make('withdraw', 'withdraw', 'the rebels withdraw from the Marrow dam', {
  status: 'hypothetical',
  agents: [rebels.id],
  evidence: [at('to withdraw')],
})
// said only as much as the source says
const hell = Event.make('hell-to-pay', 'consequence', 'hell to pay', {
  status: 'hypothetical',
  vague: true,
  evidence: [at('there will be hell to pay')],
})
const cutRoads = Event.make('cut-roads', 'blockade', 'security forces cut the dam’s supply roads', {
  status: 'hypothetical',
  agents: [forces.id],
  evidence: [at('cutting the dam’s supply roads')],
})
const operation = pipe(
  Event.make('operation', 'operation', 'a limited operation by the security forces', {
    status: 'hypothetical',
    agents: [forces.id],
    targets: [rebels.id],
    scope: Event.scope('limited', 'a limited operation'),
    evidence: [at('mount a limited operation')],
  }),
  Event.relate('by_means_of', cutRoads.id),
)
const onKessan = Event.make('attack-on-kessan', 'attack', 'an attack on Kessan', {
  status: 'hypothetical',
  targets: [kessan.id],
  evidence: [at('an attack on Kessan itself')],
})
const onWorkers = pipe(
  Event.make('attack-on-workers', 'attack', 'an attack on the dam’s workers', {
    status: 'hypothetical',
    targets: [workers.id],
    evidence: [at('an attack on the dam’s workers')],
  }),
  Event.relate('instance_of', onKessan.id),
)
const explosives = Event.make('explosives', 'deploy', 'explosives moved onto the spillway', {
  agents: [inCharge.id],
  time: Time.relative('last week', { unit: 'week', amount: -1 }),
  evidence: [at('moved explosives onto the spillway last week')],
})

const friday = Time.relative('on Friday', { weekday: 'friday', which: 'last' })
// 72 hours from Friday: three days after the day it was given
const deadline = Time.relative('72 hours', { unit: 'day', amount: 3 }, friday)
const ultimatum = pipe(
  Threat.make('ultimatum', {
    issuer: [kessan.id],
    addressee: [rebels.id],
    enforcer: [kessan.id],
    condition: P.not(P.occurs(withdraw.id)),
    consequence: pipe(P.occurs(hell.id), P.hedge(Likelihood.cue('will'))),
    deadline,
    // "within a day": the window, a duration counted from the deadline passing
    within: Time.duration('P1D'),
  }),
  Threat.withEvidence(
    at('Kessan Gives Dam Occupiers 72 Hours'),
    at('gave the rebels holding the Marrow dam 72 hours to withdraw'),
    at('within a day'),
  ),
)
const byOfficial = Attribution.from(official.id, 'said', [at('a senior security official said')])

export const article: Article = {
  title: 'a 72-hour ultimatum at the Marrow dam',
  text,
  report: build({
    headline: 'Kessan Gives Dam Occupiers 72 Hours',
    author: author.id,
    language: 'en',
    published: T('2031-09-08'),
    text,
    actors: [author, kessan, olu, forces, rebels, inCharge, rebelLeaders, workers, official],
    events: [withdraw, hell, cutRoads, operation, onKessan, onWorkers, explosives],
    threats: [ultimatum],
    statements: [
      pipe(
        Statement.make('ultimatum-given', [olu.id], 'demand', Statement.threat(ultimatum.id)),
        Statement.to(rebels.id),
        Statement.at(friday),
        Statement.onChannel('public'),
        Statement.attributed(Attribution.from(olu.id, 'warning', [at('warning that')])),
        Statement.withEvidence(
          at('Kessan’s interior minister, Ade Olu, on Friday gave the rebels'),
        ),
      ),
      pipe(
        Statement.make(
          'operation-possible',
          [official.id],
          'assert',
          Statement.proposition(pipe(P.occurs(operation.id), P.hedge(Likelihood.cue('could')))),
        ),
        Statement.attributed(byOfficial),
        Statement.withEvidence(at('Security forces could mount a limited operation')),
      ),
      pipe(
        Statement.make(
          'workers-warning',
          [official.id],
          'warn',
          Statement.proposition(pipe(P.occurs(onWorkers.id), P.hedge(Likelihood.cue('would')))),
        ),
        Statement.attributed(Attribution.from(official.id, 'adding', [at('adding that')])),
        Statement.withEvidence(at('would be treated as an attack on Kessan itself')),
      ),
      pipe(
        Statement.make(
          'explosives-claim',
          [author.id],
          'report',
          Statement.proposition(P.occurs(explosives.id)),
        ),
        Statement.hedged(Likelihood.cue('allegedly')),
        Statement.attributed({ chain: [{ cue: 'allegedly', evidence: [at('allegedly')] }] }),
        Statement.withEvidence(at('Those in charge of the dam allegedly moved explosives')),
      ),
      pipe(
        Statement.make('leaders-unreachable', [rebelLeaders.id], 'unreachable', Statement.none),
        Statement.withEvidence(at('Rebel leaders could not be reached for comment.')),
      ),
    ],
  }),
  findings: [
    // both of the official's statements rest on him alone
    ['attribution/single-anonymous-source', 'operation-possible'],
    ['attribution/single-anonymous-source', 'workers-warning'],
    // "allegedly": alleged by whom?
    ['attribution/unattributed-hedge', 'explosives-claim'],
  ],
  means: (r) => {
    const t = r.threats[0]!
    expect(Threat.classify(r)(t)).toBe('ultimatum')
    // the demand is the negation of the condition: withdraw
    expect(Threat.demand(t)).toEqual(O.some(P.occurs(withdraw.id)))
    // the deadline is three days after Friday, September 5
    const read = Time.compareWith(Report.timeContext(r))
    expect(read(t.deadline!, T('2031-09-08'))).toBe('same')
    // and hell would follow within a day of it: by Tuesday, September 9
    expect(t.within).toBe('P1D')
    expect(
      Time.addDuration(t.within!)(Time.resolveWith(Report.timeContext(r))(t.deadline!)),
    ).toEqual(Time.range(T('2031-09-09')))
    expect(Event.means(operation)).toEqual(['cut-roads'])
    expect(operation.scope?.degree).toBe('limited')
    expect(Event.isVague(hell)).toBe(true)
    expect(Event.related(onWorkers, 'instance_of')).toEqual(['attack-on-kessan'])
  },
}
