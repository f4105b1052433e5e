// A relayed message with an uncertain messenger, sources described by proximity, a hedged
// prediction and a non-answer. Harvia, Ostrel and Qasmar are invented countries.
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
  Time,
} from '../../src/index.js'
import { type Article, build, quoting } from './support.js'

const text = [
  'Harvia Sends Ostrel Truce Offer Through Qasmar',
  'Harvia has sent Ostrel an offer of a 30-day truce through Qasmari intermediaries, two people briefed on the exchange said on Sunday. The offer was carried to the Ostreli capital by an envoy, most likely Qasmar’s foreign minister, on behalf of Harvia’s president, they said.',
  'Ostrel would probably reject the offer, a source familiar with the Ostreli leadership’s thinking said. Ostrel’s defence ministry did not respond to a request for comment.',
].join('\n')
const at = quoting(text)

const author = Actor.author('report')
const harvia = Actor.state('harvia', 'Harvia', 'XHV')
const ostrel = Actor.state('ostrel', 'Ostrel', 'XOS')
const qasmar = Actor.state('qasmar', 'Qasmar', 'XQS')
const president = Actor.person('harvia-president', 'the president of Harvia', {
  offices: [Actor.office('President', harvia.id)],
})
const qasmarFm = Actor.person('qasmar-fm', 'the foreign minister of Qasmar', {
  offices: [Actor.office('Foreign Minister', qasmar.id)],
})
const leadership = Actor.organization('ostrel-leadership', 'the Ostreli leadership', 'executive', {
  country: 'XOS',
  relations: [{ kind: 'part_of', target: ostrel.id }],
})
const defence = Actor.organization('ostrel-defence', 'Ostrel’s defence ministry', 'ministry', {
  country: 'XOS',
  relations: [{ kind: 'part_of', target: ostrel.id }],
})
// the route of the message: intermediaries whose identity the report does not settle
const intermediaries = Actor.unnamed('qasmari-intermediaries', 'Qasmari intermediaries', {
  affiliation: qasmar.id,
})
const envoy = pipe(
  Actor.unnamed('envoy', 'an envoy', { count: 1 }),
  Actor.withCandidate(qasmarFm.id, Likelihood.cue('most likely')),
)

const exchange = Event.make('exchange', 'consult', 'the exchange between Harvia and Ostrel', {
  status: 'ongoing',
  agents: [harvia.id, ostrel.id],
  evidence: [at('the exchange')],
})
// how the report knows: sources described by how they are placed to know
const briefed = Actor.anonymous('briefed', 'people briefed on the exchange', {
  count: 2,
  proximity: [Actor.proximity('briefed_on', { event: exchange.id }, 'briefed on')],
})
const familiar = Actor.anonymous(
  'familiar',
  'a source familiar with the Ostreli leadership’s thinking',
  {
    count: 1,
    proximity: [
      Actor.proximity(
        'familiar_with',
        { actor: leadership.id, topic: 'the leadership’s thinking' },
        'familiar with',
      ),
    ],
  },
)

const truce = Event.make('truce', 'ceasefire', 'a 30-day truce between Harvia and Ostrel', {
  status: 'hypothetical',
  agents: [harvia.id, ostrel.id],
  evidence: [at('a 30-day truce')],
})
const rejection = Event.make('ostrel-rejects', 'reject', 'Ostrel rejects the offer', {
  status: 'hypothetical',
  agents: [ostrel.id],
  evidence: [at('Ostrel would probably reject the offer')],
})

const sunday = Time.relative('on Sunday', { weekday: 'sunday', which: 'last' })
const offer = pipe(
  Statement.make('offer', [harvia.id], 'offer', Statement.proposition(P.occurs(truce.id))),
  Statement.to(ostrel.id),
  Statement.through(intermediaries.id, { role: 'mediator', cue: 'through' }),
  Statement.through(envoy.id, { role: 'messenger', cue: 'carried', onBehalfOf: president.id }),
  Statement.onChannel('private'),
  Statement.attributed(
    Attribution.from(briefed.id, 'said', [
      at('two people briefed on the exchange said on Sunday'),
      at('they said'),
    ]),
  ),
  Statement.withEvidence(
    at('Harvia has sent Ostrel an offer of a 30-day truce through Qasmari intermediaries'),
    at(
      'The offer was carried to the Ostreli capital by an envoy, most likely Qasmar’s foreign minister, on behalf of Harvia’s president',
    ),
  ),
)
const prediction = pipe(
  Statement.make(
    'prediction',
    [familiar.id],
    'assert',
    Statement.proposition(
      pipe(
        P.occurs(rejection.id),
        P.hedge(Likelihood.cue('probably')),
        P.hedge(Likelihood.cue('would')),
      ),
    ),
  ),
  Statement.attributed(
    Attribution.from(familiar.id, 'said', [
      at('a source familiar with the Ostreli leadership’s thinking said'),
    ]),
  ),
  Statement.withEvidence(at('Ostrel would probably reject the offer, a source familiar')),
)
const noResponse = pipe(
  Statement.make('defence-no-response', [defence.id], 'no_response', Statement.none),
  Statement.withEvidence(at('Ostrel’s defence ministry did not respond to a request for comment.')),
)

export const article: Article = {
  title: 'a truce offer relayed through Qasmar',
  text,
  report: build({
    headline: 'Harvia Sends Ostrel Truce Offer Through Qasmar',
    author: author.id,
    language: 'en',
    published: Time.time('2031-06-10'),
    text,
    actors: [
      author,
      harvia,
      ostrel,
      qasmar,
      president,
      qasmarFm,
      leadership,
      defence,
      intermediaries,
      envoy,
      briefed,
      familiar,
    ],
    events: [
      exchange,
      pipe(truce, Event.withEvidence(at('Harvia Sends Ostrel Truce Offer Through Qasmar'))),
      rejection,
    ],
    statements: [pipe(offer, Statement.at(sunday)), prediction, noResponse],
  }),
  findings: [
    // the prediction rests on one anonymous source, however well placed
    ['attribution/single-anonymous-source', 'prediction'],
    // the route names no one: "Qasmari intermediaries" are not identified…
    ['relay/uncertain-intermediary', 'offer'],
    // …and the envoy is only "most likely" Qasmar's foreign minister
    ['relay/uncertain-intermediary', 'offer'],
  ],
  means: (r) => {
    expect(O.map((c: Actor.Candidate) => c.actor)(Actor.likeliest(envoy))).toEqual(
      O.some('qasmar-fm'),
    )
    // the messengers carried the message; the report learned of it from the people briefed
    expect(r.statements[0]!.intermediaries?.map((h) => h.actor)).toEqual([
      'qasmari-intermediaries',
      'envoy',
    ])
    expect(Report.sources(r)).toEqual(['harvia', 'briefed', 'familiar', 'ostrel-defence'])
  },
}
