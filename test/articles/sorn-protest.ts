// A shooting reported by a rights group citing witnesses and denied by the ministry whose
// police it names; attackers whose identity is uncertain; a person with knowledge of an
// investigation; officials "said to" have ordered a blackout. Alvar and Sorn are invented.
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

const T = Time.time
const text = [
  'Rights Group Says Police Fired on Protesters in Sorn',
  'Police fired on protesters in the Alvari city of Sorn late on Saturday, killing at least three, the rights group Open Gate said, citing witnesses. The attackers, possibly members of a pro-government militia, might have acted on orders from regional commanders, according to a person with knowledge of the investigation.',
  'On Sunday, the day after the shooting, the Interior Ministry denied that police had opened fire. Unnamed officials were said to have ordered a news blackout in the city.',
].join('\n')
const at = quoting(text)

const author = Actor.author('report')
const alvar = Actor.state('alvar', 'Alvar', 'XAV')
const ministry = pipe(
  Actor.organization('interior-ministry', 'the Interior Ministry', 'ministry', { country: 'XAV' }),
  Actor.relate('part_of', alvar.id),
)
const police = pipe(
  Actor.organization('police', 'the police', 'government', { country: 'XAV' }),
  Actor.relate('part_of', ministry.id),
)
const openGate = Actor.organization('open-gate', 'Open Gate', 'ngo')
const militia = pipe(
  Actor.organization('militia', 'a pro-government militia', 'armed_group', { country: 'XAV' }),
  Actor.relate('aligned_with', alvar.id),
)
const commanders = Actor.unnamed('commanders', 'regional commanders', { affiliation: alvar.id })
const protesters = Actor.unnamed('protesters', 'protesters in Sorn')
// who the attackers were is uncertain: one reference, a candidate with its likelihood
const attackers = pipe(
  Actor.unnamed('attackers', 'the attackers'),
  Actor.withCandidate(militia.id, Likelihood.cue('possibly')),
)
const officials = Actor.unnamed('officials', 'unnamed officials', { affiliation: alvar.id })

const saturday = Time.relative('late on Saturday', { weekday: 'saturday', which: 'last' })
const protest = Event.make('protest', 'protest', 'a protest in Sorn', {
  agents: [protesters.id],
  places: [Event.place('Sorn', { country: 'XAV' })],
  time: saturday,
  evidence: [at('Protesters in Sorn')],
})
const firing = Event.make(
  'police-fired',
  'attack',
  'police fired on protesters in Sorn, killing at least three',
  {
    agents: [police.id],
    targets: [protesters.id],
    places: [Event.place('Sorn', { country: 'XAV' })],
    time: saturday,
    evidence: [
      at('Police Fired on'),
      at(
        'Police fired on protesters in the Alvari city of Sorn late on Saturday, killing at least three',
      ),
    ],
  },
)
const orders = Event.make('orders', 'order', 'regional commanders ordered the attackers', {
  status: 'hypothetical',
  agents: [commanders.id],
  targets: [attackers.id],
  evidence: [at('acted on orders from regional commanders')],
})
const blackout = Event.make('blackout', 'censor', 'a news blackout ordered in Sorn', {
  agents: [officials.id],
  evidence: [at('ordered a news blackout in the city')],
})
const investigation = Event.make(
  'investigation',
  'investigate',
  'the investigation of the shooting',
  {
    status: 'ongoing',
    evidence: [at('the investigation')],
  },
)
const witnesses = Actor.anonymous('witnesses', 'witnesses', {
  proximity: [Actor.proximity('present_at', { event: protest.id })],
})
const knowledge = Actor.anonymous('knowledgeable', 'a person with knowledge of the investigation', {
  count: 1,
  proximity: [
    Actor.proximity('with_knowledge_of', { event: investigation.id }, 'with knowledge of'),
  ],
})

const fired = pipe(
  Statement.make('fired', [openGate.id], 'assert', Statement.proposition(P.occurs(firing.id))),
  Statement.attributed(
    pipe(
      Attribution.from(witnesses.id, 'citing', [at('citing witnesses')]),
      Attribution.via(openGate.id, 'said', [at('the rights group Open Gate said')]),
    ),
  ),
  Statement.withEvidence(at('Police fired on protesters')),
)
const onOrders = pipe(
  Statement.make(
    'on-orders',
    [knowledge.id],
    'assert',
    Statement.proposition(pipe(P.occurs(orders.id), P.hedge(Likelihood.cue('might')))),
  ),
  Statement.attributed(
    Attribution.accordingTo(knowledge.id, [
      at('according to a person with knowledge of the investigation'),
    ]),
  ),
  Statement.withEvidence(
    at('The attackers, possibly members of a pro-government militia, might have acted'),
  ),
)
const denied = pipe(
  Statement.make('denied', [ministry.id], 'deny', Statement.proposition(P.occurs(firing.id))),
  Statement.attributed(
    Attribution.from(ministry.id, 'denied', [at('the Interior Ministry denied')]),
  ),
  Statement.at(
    Time.relative(
      'the day after the shooting',
      { unit: 'day', amount: 1 },
      Time.ofEvent(firing.id),
    ),
  ),
  Statement.withEvidence(
    at(
      'On Sunday, the day after the shooting, the Interior Ministry denied that police had opened fire.',
    ),
  ),
)
const saidTo = pipe(
  Statement.make(
    'blackout-claim',
    [author.id],
    'report',
    Statement.proposition(P.occurs(blackout.id)),
  ),
  Statement.hedged(Likelihood.cue('is said to')),
  Statement.attributed({ chain: [{ cue: 'were said to', evidence: [at('were said to')] }] }),
  Statement.withEvidence(at('Unnamed officials were said to have ordered')),
)

export const article: Article = {
  title: 'a shooting in Sorn, denied by the ministry',
  text,
  report: build({
    headline: 'Rights Group Says Police Fired on Protesters in Sorn',
    author: author.id,
    language: 'en',
    published: T('2031-11-03'),
    text,
    actors: [
      author,
      alvar,
      ministry,
      police,
      openGate,
      militia,
      commanders,
      protesters,
      attackers,
      officials,
      witnesses,
      knowledge,
    ],
    events: [protest, firing, orders, blackout, investigation],
    statements: [fired, onOrders, denied, saidTo],
  }),
  findings: [
    // the orders rest on one person, however well placed
    ['attribution/single-anonymous-source', 'on-orders'],
    // "were said to": said by whom?
    ['attribution/unattributed-hedge', 'blackout-claim'],
    // the ministry whose police the claim names denies, on the record, that they fired
    ['claim/denied-by-party', 'fired'],
  ],
  means: (r) => {
    // the denial came the day after the shooting: Sunday, November 2
    const read = Time.compareWith(Report.timeContext(r))
    expect(read(denied.time!, T('2031-11-02'))).toBe('same')
    expect(read(denied.time!, firing.time!)).toBe('after')
    // the attackers may be the militia; the report does not say they are
    expect(O.map((c: Actor.Candidate) => c.actor)(Actor.likeliest(attackers))).toEqual(
      O.some('militia'),
    )
    expect(Actor.isIdentified(attackers)).toBe(false)
    // the witnesses are sources; the attackers and the officials are not
    expect(Report.sources(r)).toEqual([
      'open-gate',
      'witnesses',
      'knowledgeable',
      'interior-ministry',
    ])
  },
}
