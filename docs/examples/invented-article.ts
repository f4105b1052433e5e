import {
  Actor,
  Attribution,
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

// An invented article, two paragraphs long.
export const text = [
  'Northland Warns Southland Over Dam',
  'Northland has told Southland it will cut electricity exports if Southland does not halt work on the Kessa dam by March 1, 2031, a senior Northland diplomat told the Harbor Gazette.',
  'Southland energy minister Lena Ostrova said work would continue. "We will not be intimidated," Ostrova said.',
].join('\n')

// 1. Evidence is located by quoting, never by typing offsets.
const at = (quote: string) =>
  pipe(
    Evidence.locate(text)(quote),
    E.getOrElseW((e) => {
      throw new Error(e.message)
    }),
  )

// 2. Actors: states, a person with an office, an outlet, an anonymous source, the report's voice.
const author = Actor.author('report')
const north = Actor.state('northland', 'Northland', 'XNL') // an invented country: a user-assigned code
const south = Actor.state('southland', 'Southland', 'XSL')
const gazette = Actor.outlet('harbor-gazette', 'the Harbor Gazette')
const diplomat = Actor.anonymous('northland-diplomat', 'a senior Northland diplomat', {
  count: 1,
  affiliation: north.id,
})
const ostrova = Actor.person('ostrova', 'Lena Ostrova', {
  offices: [Actor.office('energy minister', south.id)],
})

// 3. Events: what the threat is about, each hypothetical until it happens.
const halt = Event.make('halt-dam-work', 'halt', 'Southland halts work on the Kessa dam', {
  status: 'hypothetical',
  agents: [south.id],
  evidence: [at('halt work on the Kessa dam')],
})
const yields = Event.make('southland-yields', 'yield', 'Southland yields to the threat', {
  status: 'hypothetical',
  agents: [south.id],
  evidence: [at('intimidated')],
})
const cut = Event.make(
  'cut-exports',
  'sanction',
  'Northland cuts electricity exports to Southland',
  {
    status: 'hypothetical',
    agents: [north.id],
    targets: [south.id],
    evidence: [at('cut electricity exports')],
  },
)

// 4. The threat: a condition, a consequence, an enforcer and a deadline make an ultimatum.
const ultimatum = pipe(
  Threat.make('dam-ultimatum', {
    issuer: [north.id],
    addressee: [south.id],
    enforcer: [north.id],
    condition: P.not(P.occurs(halt.id)),
    consequence: P.occurs(cut.id),
    deadline: Time.time('2031-03-01'),
  }),
  Threat.withEvidence(
    at('Northland Warns Southland Over Dam'),
    at('if Southland does not halt work on the Kessa dam by March 1, 2031'),
  ),
)

// 5. Statements: who said what, to whom, and how the report knows.
const told = pipe(
  Statement.make(
    'northland-told-southland',
    [north.id],
    'threaten',
    Statement.threat(ultimatum.id),
  ),
  Statement.to(south.id),
  Statement.attributed(
    pipe(
      Attribution.from(diplomat.id, 'told', [at('a senior Northland diplomat told')]),
      Attribution.via(gazette.id),
    ),
  ),
  Statement.withEvidence(at('Northland has told Southland it will cut electricity exports')),
)
// she rejects the demand; her words are a prediction that Southland will not yield
const reply = pipe(
  Statement.make('ostrova-reply', [ostrova.id], 'reject', Statement.proposition(P.occurs(halt.id))),
  Statement.replyTo(told.id),
  Statement.attributed(Attribution.from(ostrova.id, 'said')),
  Statement.withEvidence(at('Southland energy minister Lena Ostrova said work would continue.')),
)
const quote = pipe(
  Statement.make(
    'ostrova-quote',
    [ostrova.id],
    'state',
    Statement.proposition(pipe(P.occurs(yields.id), P.hedge(Likelihood.cue('will not')))),
  ),
  Statement.quoting('We will not be intimidated,'),
  Statement.attributed(Attribution.from(ostrova.id, 'said')),
  Statement.withEvidence(at('"We will not be intimidated," Ostrova said.')),
)

// 6. The report: decoded and checked exactly as if it had come from JSON.
export const report = Report.make({
  headline: 'Northland Warns Southland Over Dam',
  author: author.id,
  language: 'en',
  text,
  actors: [author, north, south, gazette, diplomat, ostrova],
  events: [halt, yields, cut],
  statements: [told, reply, quote],
  threats: [ultimatum],
})
