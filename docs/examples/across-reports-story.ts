import {
  Actor,
  Attribution,
  Corpus,
  Event,
  Evidence,
  Likelihood,
  Proposition as P,
  Report,
  Statement,
  Threat,
  Time,
} from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'

// One invented story, told five ways. Each version is modeled on its own, as if by a
// different analyst: ids are local to each report.

/** Evidence is located by quoting the text, never by typing offsets. */
const locator = (text: string) => (quote: string) =>
  pipe(
    Evidence.locate(text)(quote),
    E.getOrElseW((e) => {
      throw new Error(e.message)
    }),
  )
function valid<A>(r: E.Either<unknown, A>): A {
  return E.getOrElseW((e) => {
    throw new Error(JSON.stringify(e))
  })(r)
}

const velmora = Actor.state('velmora', 'Velmora', 'VLM')
const ardesh = Actor.state('ardesh', 'Ardesh', 'ARD')
const author = Actor.author('report')
const could = O.toUndefined(Likelihood.fromCue('could'))!

// 1. The Harbor Gazette, October 27 -------------------------------------------------------
export const gazetteText = [
  'Velmora strikes Tarsk pumping station',
  'Velmora struck the Tarsk pumping station in Ardesh on October 25, a senior Velmoran diplomat told the Harbor Gazette.',
  'Ardeshi troops are still in the Tarsk valley, the diplomat said.',
  'Defence Minister Ilse Varga warned Ardesh that Velmora would hit its army depots if Ardeshi troops did not leave the Tarsk valley by November 1.',
  '“We won’t wait forever,” Varga said.',
  'The Ardeshi embassy declined to comment.',
].join('\n')

const gazette = (() => {
  const at = locator(gazetteText)
  const outlet = Actor.outlet('gazette', 'the Harbor Gazette')
  const diplomat = Actor.anonymous('diplomat', 'a senior Velmoran diplomat', {
    count: 1,
    affiliation: velmora.id,
  })
  const varga = Actor.person('varga', 'Ilse Varga', {
    offices: [Actor.office('Defence Minister', velmora.id)],
  })
  const embassy = Actor.organization('embassy', 'the Ardeshi embassy', 'diplomatic', {
    country: 'ARD',
  })
  const strike = Event.make('strike', 'strike', 'Velmora strikes the Tarsk pumping station', {
    agents: [velmora.id],
    targets: [ardesh.id],
    places: [Event.place('Tarsk pumping station', { country: 'ARD' })],
    time: Time.time('XXXX-10-25'), // "on October 25": the year is not stated
    evidence: [at('Velmora struck the Tarsk pumping station in Ardesh on October 25')],
  })
  const troops = Event.make('troops', 'deployment', 'Ardeshi troops are in the Tarsk valley', {
    status: 'ongoing',
    agents: [ardesh.id],
    places: [Event.place('Tarsk valley', { country: 'ARD' })],
    evidence: [at('Ardeshi troops are still in the Tarsk valley')],
  })
  const withdrawal = Event.make('withdrawal', 'withdrawal', 'Ardeshi troops leave the valley', {
    status: 'hypothetical',
    agents: [ardesh.id],
    evidence: [at('Ardeshi troops did not leave the Tarsk valley')],
  })
  const depots = Event.make('depots', 'strike', 'Velmora hits Ardeshi army depots', {
    status: 'hypothetical',
    agents: [velmora.id],
    targets: [ardesh.id],
    evidence: [at('hit its army depots')],
  })
  const warning = Threat.make('warning', {
    issuer: [varga.id],
    addressee: [ardesh.id],
    enforcer: [velmora.id],
    condition: P.not(P.occurs(withdrawal.id)),
    consequence: P.occurs(depots.id),
    deadline: Time.time('XXXX-11-01'),
    evidence: [at('if Ardeshi troops did not leave the Tarsk valley by November 1')],
  })
  const statements = [
    Statement.make(
      'strike-claim',
      [diplomat.id],
      'assert',
      Statement.proposition(P.occurs(strike.id)),
      {
        attribution: Attribution.from(diplomat.id, 'told'),
        evidence: [at('a senior Velmoran diplomat told the Harbor Gazette')],
      },
    ),
    Statement.make(
      'troops-claim',
      [diplomat.id],
      'assert',
      Statement.proposition(P.occurs(troops.id)),
      {
        attribution: Attribution.from(diplomat.id, 'said'),
        evidence: [at('Ardeshi troops are still in the Tarsk valley, the diplomat said.')],
      },
    ),
    Statement.make('warned', [varga.id], 'warn', Statement.threat(warning.id), {
      addressees: [ardesh.id],
      quote: 'We won’t wait forever',
      attribution: Attribution.from(varga.id, 'warned'),
      evidence: [
        at('Defence Minister Ilse Varga warned Ardesh'),
        at('“We won’t wait forever,” Varga said.'),
      ],
    }),
    Statement.make('no-comment', [embassy.id], 'decline_comment', Statement.none, {
      evidence: [at('The Ardeshi embassy declined to comment.')],
    }),
  ]
  return valid(
    Report.make({
      headline: 'Velmora strikes Tarsk pumping station',
      author: author.id,
      outlet: outlet.id,
      published: Time.time('2030-10-27'),
      language: 'en',
      text: gazetteText,
      actors: [author, outlet, velmora, ardesh, diplomat, varga, embassy],
      events: [strike, troops, withdrawal, depots],
      statements,
      threats: [warning],
    }),
  )
})()

// 2. Northern Courier, October 28 ---------------------------------------------------------
export const courierText = [
  'Drone strike hits Ardeshi pumping station',
  'Velmoran drones hit the pumping station at Tarsk on Oct. 26, a Velmoran official said.',
  'Ardeshi troops remain in the Tarsk valley, the official added.',
  'Defence Minister Ilse Varga threatened that Velmora could strike Ardeshi army depots unless Ardesh pulls its troops from the Tarsk valley by November 3.',
  '"We won\'t wait forever," a Velmoran defence spokesman said.',
  'The Ardeshi embassy did not respond to a request for comment.',
].join('\n')

const courier = (() => {
  const at = locator(courierText)
  const outlet = Actor.outlet('courier', 'Northern Courier')
  const official = Actor.anonymous('official', 'a Velmoran official', {
    count: 1,
    affiliation: velmora.id,
  })
  const spokesman = Actor.anonymous('spokesman', 'a Velmoran defence spokesman', {
    count: 1,
    affiliation: velmora.id,
  })
  const varga = Actor.person('varga', 'Ilse Varga', {
    offices: [Actor.office('Defence Minister', velmora.id)],
  })
  const embassy = Actor.organization('embassy', 'the Ardeshi embassy', 'diplomatic', {
    country: 'ARD',
  })
  const strike = Event.make(
    'drone-strike',
    'drone strike',
    'Velmoran drones hit the pumping station',
    {
      agents: [velmora.id],
      targets: [ardesh.id],
      places: [Event.place('pumping station at Tarsk', { country: 'ARD' })],
      time: Time.time('XXXX-10-26'),
      instruments: ['drones'],
      evidence: [at('Velmoran drones hit the pumping station at Tarsk on Oct. 26')],
    },
  )
  const troops = Event.make('troops', 'deployment', 'Ardeshi troops remain in the Tarsk valley', {
    status: 'ongoing',
    agents: [ardesh.id],
    places: [Event.place('Tarsk valley', { country: 'ARD' })],
    evidence: [at('Ardeshi troops remain in the Tarsk valley')],
  })
  const withdrawal = Event.make(
    'pull-out',
    'withdrawal',
    'Ardesh pulls its troops from the valley',
    {
      status: 'hypothetical',
      agents: [ardesh.id],
      evidence: [at('Ardesh pulls its troops from the Tarsk valley')],
    },
  )
  const depots = Event.make('depot-strike', 'strike', 'Velmora strikes Ardeshi army depots', {
    status: 'hypothetical',
    agents: [velmora.id],
    targets: [ardesh.id],
    evidence: [at('strike Ardeshi army depots')],
  })
  const threat = Threat.make('threat', {
    issuer: [varga.id],
    addressee: [ardesh.id],
    enforcer: [velmora.id],
    condition: P.not(P.occurs(withdrawal.id)),
    consequence: pipe(P.occurs(depots.id), P.hedge(could)),
    deadline: Time.time('XXXX-11-03'),
    evidence: [at('unless Ardesh pulls its troops from the Tarsk valley by November 3')],
  })
  const statements = [
    Statement.make(
      'strike-claim',
      [official.id],
      'assert',
      Statement.proposition(P.occurs(strike.id)),
      {
        attribution: Attribution.from(official.id, 'said'),
        evidence: [at('a Velmoran official said')],
      },
    ),
    Statement.make(
      'troops-claim',
      [official.id],
      'assert',
      Statement.proposition(P.occurs(troops.id)),
      {
        attribution: Attribution.from(official.id, 'added'),
        evidence: [at('Ardeshi troops remain in the Tarsk valley, the official added.')],
      },
    ),
    Statement.make('threatened', [varga.id], 'threaten', Statement.threat(threat.id), {
      addressees: [ardesh.id],
      attribution: Attribution.from(varga.id, 'threatened'),
      evidence: [at('Defence Minister Ilse Varga threatened')],
    }),
    // the same words as in the Gazette, given to someone else
    Statement.make('spokesman-quote', [spokesman.id], 'threaten', Statement.threat(threat.id), {
      quote: "We won't wait forever",
      attribution: Attribution.from(spokesman.id, 'said'),
      evidence: [at('"We won\'t wait forever," a Velmoran defence spokesman said.')],
    }),
    Statement.make('no-response', [embassy.id], 'no_response', Statement.none, {
      evidence: [at('The Ardeshi embassy did not respond to a request for comment.')],
    }),
  ]
  return valid(
    Report.make({
      headline: 'Drone strike hits Ardeshi pumping station',
      author: author.id,
      outlet: outlet.id,
      published: Time.time('2030-10-28'),
      language: 'en',
      text: courierText,
      actors: [author, outlet, velmora, ardesh, official, spokesman, varga, embassy],
      events: [strike, troops, withdrawal, depots],
      statements,
      threats: [threat],
    }),
  )
})()

// 3. Daily Ledger, undated: it retells the Gazette -------------------------------------------
export const ledgerText = [
  'Report: Velmora hit Ardeshi pumping station',
  'Velmora struck the Tarsk pumping station on Friday, according to the Harbor Gazette, which cited a senior Velmoran diplomat.',
  'Velmora’s defence minister, Ilse Varga, warned that Velmora would hit Ardeshi army depots if Ardesh did not withdraw from the Tarsk valley by November 1: "We won\'t wait forever, and Ardesh knows it."',
].join('\n')

const ledger = (() => {
  const at = locator(ledgerText)
  const outlet = Actor.outlet('ledger', 'Daily Ledger')
  const gazetteOutlet = Actor.outlet('harbor-gazette', 'the Harbor Gazette')
  const diplomat = Actor.anonymous('diplomat', 'a senior Velmoran diplomat', {
    count: 1,
    affiliation: velmora.id,
  })
  const varga = Actor.person('varga', 'Ilse Varga', {
    offices: [Actor.office('defence minister', velmora.id)],
  })
  const strike = Event.make('strike', 'strike', 'Velmora strikes the Tarsk pumping station', {
    agents: [velmora.id],
    targets: [ardesh.id],
    places: [Event.place('Tarsk pumping station', { country: 'ARD' })],
    // "on Friday", in a report without a date: it cannot be placed
    time: Time.relative('on Friday', { weekday: 'friday', which: 'last' }),
    evidence: [at('Velmora struck the Tarsk pumping station on Friday')],
  })
  const withdrawal = Event.make('withdrawal', 'withdrawal', 'Ardesh withdraws from the valley', {
    status: 'hypothetical',
    agents: [ardesh.id],
    evidence: [at('withdraw from the Tarsk valley')],
  })
  const depots = Event.make('depots', 'strike', 'Velmora hits Ardeshi army depots', {
    status: 'hypothetical',
    agents: [velmora.id],
    targets: [ardesh.id],
    evidence: [at('hit Ardeshi army depots')],
  })
  const warning = Threat.make('warning', {
    issuer: [varga.id],
    addressee: [ardesh.id],
    enforcer: [velmora.id],
    condition: P.not(P.occurs(withdrawal.id)),
    consequence: P.occurs(depots.id),
    deadline: Time.time('XXXX-11-01'),
    evidence: [at('if Ardesh did not withdraw from the Tarsk valley by November 1')],
  })
  const statements = [
    Statement.make(
      'strike-claim',
      [diplomat.id],
      'assert',
      Statement.proposition(P.occurs(strike.id)),
      {
        attribution: pipe(
          Attribution.from(diplomat.id, 'cited'),
          Attribution.via(gazetteOutlet.id, 'according to'),
        ),
        evidence: [at('according to the Harbor Gazette, which cited a senior Velmoran diplomat')],
      },
    ),
    Statement.make('warned', [varga.id], 'warn', Statement.threat(warning.id), {
      quote: "We won't wait forever, and Ardesh knows it.",
      attribution: Attribution.from(varga.id, 'warned'),
      evidence: [
        at('Velmora’s defence minister, Ilse Varga, warned'),
        at('"We won\'t wait forever, and Ardesh knows it."'),
      ],
    }),
  ]
  return valid(
    Report.make({
      headline: 'Report: Velmora hit Ardeshi pumping station',
      author: author.id,
      outlet: outlet.id,
      language: 'en',
      text: ledgerText,
      actors: [author, outlet, gazetteOutlet, velmora, ardesh, diplomat, varga],
      events: [strike, withdrawal, depots],
      statements,
      threats: [warning],
    }),
  )
})()

// 4. Ardesh Today, October 29: the other side ---------------------------------------------
export const ardeshTodayText = [
  'Ardesh: Velmoran and Kestrian jets bombed water facility',
  'Velmoran and Kestrian jets bombed a civilian water facility near Tarsk on Saturday, foreign ministry spokesman Timur Oskan said, accusing Velmora of an act of war.',
  'Oskan denied that Ardeshi troops are in the Tarsk valley.',
  'The Ardeshi embassy in Velmora had no comment.',
].join('\n')

const ardeshToday = (() => {
  const at = locator(ardeshTodayText)
  const outlet = Actor.outlet('ardesh-today', 'Ardesh Today', { country: 'ARD' })
  const kestria = Actor.state('kestria', 'Kestria', 'KST')
  const oskan = Actor.person('oskan', 'Timur Oskan', {
    offices: [Actor.office('foreign ministry spokesman', ardesh.id)],
  })
  const embassy = Actor.organization('embassy', 'the Ardeshi embassy in Velmora', 'diplomatic', {
    country: 'ARD',
  })
  const bombing = Event.make(
    'bombing',
    'bombing',
    'Velmoran and Kestrian jets bomb a water facility',
    {
      agents: [velmora.id, kestria.id],
      targets: [ardesh.id],
      places: [Event.place('Tarsk', { country: 'ARD' })],
      time: Time.relative('on Saturday', { weekday: 'saturday', which: 'last' }),
      instruments: ['jets'],
      evidence: [
        at('Velmoran and Kestrian jets bombed a civilian water facility near Tarsk on Saturday'),
      ],
    },
  )
  const troops = Event.make('troops', 'deployment', 'Ardeshi troops are in the Tarsk valley', {
    status: 'ongoing',
    agents: [ardesh.id],
    places: [Event.place('Tarsk valley', { country: 'ARD' })],
    evidence: [at('Ardeshi troops are in the Tarsk valley')],
  })
  const statements = [
    Statement.make(
      'accusation',
      [oskan.id],
      'accuse',
      Statement.proposition(P.occurs(bombing.id)),
      {
        attribution: Attribution.from(oskan.id, 'said'),
        evidence: [
          at('foreign ministry spokesman Timur Oskan said, accusing Velmora of an act of war'),
        ],
      },
    ),
    Statement.make('denial', [oskan.id], 'deny', Statement.proposition(P.occurs(troops.id)), {
      attribution: Attribution.from(oskan.id, 'denied'),
      evidence: [at('Oskan denied that Ardeshi troops are in the Tarsk valley.')],
    }),
    Statement.make('no-comment', [embassy.id], 'no_comment', Statement.none, {
      evidence: [at('The Ardeshi embassy in Velmora had no comment.')],
    }),
  ]
  return valid(
    Report.make({
      headline: 'Ardesh: Velmoran and Kestrian jets bombed water facility',
      author: author.id,
      outlet: outlet.id,
      published: Time.time('2030-10-29'),
      language: 'en',
      text: ardeshTodayText,
      actors: [author, outlet, velmora, ardesh, kestria, oskan, embassy],
      events: [bombing, troops],
      statements,
    }),
  )
})()

// 5. The Harbor Gazette again, November 4: after the deadline ---------------------------------
export const followUpText = [
  'Velmora strikes Ardeshi army depots',
  'Ardeshi troops had not left the Tarsk valley by November 1, when the deadline set by Defence Minister Ilse Varga passed.',
  'Velmoran jets struck Ardeshi army depots near Kessa on November 3.',
  'Varga had demanded that Ardesh withdraw: “We will not wait much longer,” she said.',
  'Residents said Velmoran shelling hit the Kessa pumping station in late October.',
].join('\n')

const followUp = (() => {
  const at = locator(followUpText)
  const outlet = Actor.outlet('gazette', 'The Harbor Gazette')
  const varga = Actor.person('varga', 'Ilse Varga', {
    offices: [Actor.office('Defence Minister', velmora.id)],
  })
  const residents = Actor.anonymous('residents', 'residents')
  const withdrawal = Event.make('withdrawal', 'withdrawal', 'Ardeshi troops leave the valley', {
    status: 'hypothetical',
    agents: [ardesh.id],
    evidence: [at('Ardeshi troops had not left the Tarsk valley')],
  })
  const depots = Event.make('depot-strike', 'strike', 'Velmoran jets strike Ardeshi army depots', {
    agents: [velmora.id],
    targets: [ardesh.id],
    places: [Event.place('Kessa', { country: 'ARD' })],
    time: Time.time('XXXX-11-03'),
    instruments: ['jets'],
    evidence: [at('Velmoran jets struck Ardeshi army depots near Kessa on November 3.')],
  })
  const shelling = Event.make(
    'shelling',
    'shelling',
    'Velmoran shelling hits the Kessa pumping station',
    {
      agents: [velmora.id],
      targets: [ardesh.id],
      places: [Event.place('Kessa pumping station', { country: 'ARD' })],
      time: Time.time('XXXX-10'), // "in late October"
      evidence: [at('Velmoran shelling hit the Kessa pumping station in late October')],
    },
  )
  const demand = Threat.make('demand', {
    issuer: [varga.id],
    addressee: [ardesh.id],
    enforcer: [velmora.id],
    condition: P.not(P.occurs(withdrawal.id)),
    consequence: P.occurs(depots.id),
    deadline: Time.time('XXXX-11-01'),
    evidence: [at('the deadline set by Defence Minister Ilse Varga')],
  })
  const statements = [
    // the report's own voice: the deadline passed without the withdrawal
    Statement.make(
      'not-left',
      [author.id],
      'state',
      Statement.proposition(P.not(P.occurs(withdrawal.id))),
      {
        time: Time.time('XXXX-11-01'),
        evidence: [at('Ardeshi troops had not left the Tarsk valley by November 1')],
      },
    ),
    Statement.make('demanded', [varga.id], 'demand', Statement.threat(demand.id), {
      quote: 'We will not wait much longer',
      attribution: Attribution.from(varga.id, 'said'),
      evidence: [
        at('Varga had demanded that Ardesh withdraw: “We will not wait much longer,” she said.'),
      ],
    }),
    Statement.make(
      'residents-claim',
      [residents.id],
      'assert',
      Statement.proposition(P.occurs(shelling.id)),
      {
        attribution: Attribution.from(residents.id, 'said'),
        evidence: [at('Residents said')],
      },
    ),
  ]
  return valid(
    Report.make({
      headline: 'Velmora strikes Ardeshi army depots',
      author: author.id,
      outlet: outlet.id,
      published: Time.time('2030-11-04'),
      language: 'en',
      text: followUpText,
      actors: [author, outlet, velmora, ardesh, varga, residents],
      events: [withdrawal, depots, shelling],
      statements,
      threats: [demand],
    }),
  )
})()

// The corpus: five reports under their keys, and the one thing known of their provenance.
export const corpus = valid(
  Corpus.make({
    reports: [
      { key: 'gazette', report: gazette },
      { key: 'courier', report: courier },
      { key: 'ledger', report: ledger },
      { key: 'ardesh-today', report: ardeshToday },
      { key: 'gazette-2', report: followUp },
    ],
    links: [Corpus.derivedFrom(Corpus.key('ledger'), Corpus.key('gazette'))],
  }),
)

// Alignment proposes; the analyst decides. ---------------------------------------------------
const m = (s: string) => Corpus.mention(s.split(':')[0]!, s.split(':')[1]!)
const pairs = (proposals: ReadonlyArray<Corpus.Proposal>, list: ReadonlyArray<string>) =>
  list.flatMap((pair) => {
    const [a, b] = pair.split(' = ')
    return Corpus.between(m(a!), m(b!))(proposals)
  })

// Round 1: everything the reports say alike.
export const round1 = Corpus.align()(corpus)
// After reading the reasons: these proposals (scored 0.5 to 0.8) are the same, too.
const sameAfterReview = [
  'gazette:gazette = ledger:harbor-gazette', // one outlet, named alike
  'gazette:gazette = gazette-2:gazette',
  'gazette:embassy = ardesh-today:embassy',
  'gazette:troops = courier:troops',
  'gazette:troops = ardesh-today:troops',
  'gazette:withdrawal = courier:pull-out',
  'gazette:withdrawal = ledger:withdrawal',
  'gazette:withdrawal = gazette-2:withdrawal',
  'gazette:depots = gazette-2:depot-strike', // the strike Varga threatened is the one that came
  'gazette:strike = ardesh-today:bombing', // Ardesh's account of the same strike
  'gazette:warning = gazette-2:demand',
  'gazette:strike-claim = ardesh-today:accusation', // the same claim, as an accusation
]
const afterRound1 = pipe(
  corpus,
  Corpus.accept(pipe(round1, Corpus.suggesting('same_as'))),
  // anonymous sources that may be one person stay "possibly"
  E.flatMap(
    Corpus.accept(
      pipe(
        round1,
        Corpus.ofNode('actor'),
        Corpus.suggesting('possibly_same_as'),
        pairsOf('anonymous'),
      ),
    ),
  ),
  E.flatMap(Corpus.accept(pairs(round1, sameAfterReview), { as: 'same_as' })),
  E.flatMap((c) => Corpus.reject(Corpus.undecided(c)(round1))(c)),
  valid,
)

// Round 2: with the events joined, the claims about them can be matched.
export const round2 = Corpus.align()(afterRound1)
export const aligned = pipe(
  afterRound1,
  Corpus.accept(pipe(round2, Corpus.suggesting('same_as'))),
  E.flatMap(
    Corpus.accept(
      pairs(round2, [
        'gazette:troops-claim = ardesh-today:denial', // the same claim, denied
      ]),
      { as: 'same_as' },
    ),
  ),
  E.flatMap((c) => Corpus.reject(Corpus.undecided(c)(round2))(c)),
  valid,
)

function pairsOf(kind: 'anonymous') {
  return (proposals: ReadonlyArray<Corpus.Proposal>) =>
    proposals.filter((p) =>
      [p.a, p.b].every((x) =>
        pipe(
          Corpus.report(x.report)(corpus),
          O.flatMap(Report.actor(x.id as never)),
          O.exists((a) => a.kind === kind),
        ),
      ),
    )
}

// What the corpus says now.
export const claims = Corpus.corroboration(aligned)
export const disagreements = Corpus.discrepancies(aligned)
export const warnings = Corpus.singleAnonymousSource(aligned)
// the day after the deadline, and as of the latest report
export const threats = Corpus.threatStatus({ asOf: Time.time('2030-11-02') })(aligned)
export const threatsNow = Corpus.threatStatus()(aligned)
