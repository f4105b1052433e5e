// Roles over time (a president-elect and an outgoing president), a quote in a spokesman's
// words of the president-elect's view, media and times of day. Dunmore is invented.
import { pipe } from 'fp-ts/lib/function.js'
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
  'President-Elect Vows to Reopen Border',
  'Mira Castell, president-elect of Dunmore since the March 3 vote, takes office on April 12. On Thursday her spokesman, Pavel Ruiz, told a press briefing that Castell had "made clear that the border will reopen on day one."',
  'In a taped televised message aired at 8 p.m. local time (UTC+1) that evening, outgoing President Hal Brenner said he would not reopen the border before leaving office.',
].join('\n')
const at = quoting(text)

const author = Actor.author('report')
const dunmore = Actor.state('dunmore', 'Dunmore', 'XDM')
// president-elect from the vote to the inauguration, president from then on
const castell = Actor.person('castell', 'Mira Castell', {
  offices: [
    Actor.office('President-elect', dunmore.id, { from: T('2031-03-03'), to: T('2031-04-12') }),
    Actor.office('President', dunmore.id, { from: T('2031-04-12') }),
  ],
})
const brenner = Actor.person('brenner', 'Hal Brenner', {
  offices: [Actor.office('President', dunmore.id, { to: T('2031-04-12') })],
})
const ruiz = Actor.person('ruiz', 'Pavel Ruiz', {
  relations: [{ kind: 'acts_for', target: castell.id }],
})

const reopen = Event.make(
  'reopen',
  'reopen',
  'the border reopens on the first day of Castell’s presidency',
  {
    status: 'planned',
    agents: [castell.id],
    time: T('2031-04-12'),
    evidence: [at('Vows to Reopen Border'), at('the border will reopen on day one')],
  },
)
const early = Event.make(
  'early-reopen',
  'reopen',
  'Brenner reopens the border before leaving office',
  {
    status: 'hypothetical',
    agents: [brenner.id],
    evidence: [at('reopen the border before leaving office')],
  },
)
const inauguration = Event.make('inauguration', 'inaugurate', 'Castell takes office', {
  status: 'planned',
  agents: [castell.id],
  time: T('2031-04-12'),
  evidence: [at('takes office on April 12')],
})

const thursday = Time.relative('on Thursday', { weekday: 'thursday', which: 'last' })
// the view is Castell's; the words in the quote are her spokesman's
const vow = pipe(
  Statement.make(
    'vow',
    [castell.id],
    'state',
    Statement.proposition(pipe(P.occurs(reopen.id), P.hedge(Likelihood.cue('will')))),
  ),
  Statement.quoting('made clear that the border will reopen on day one.'),
  Statement.inWordsOf(ruiz.id),
  Statement.inMedium(Statement.medium('briefing')),
  Statement.onChannel('public'),
  Statement.at(thursday),
  Statement.attributed(
    Attribution.from(ruiz.id, 'told a press briefing', [
      at('her spokesman, Pavel Ruiz, told a press briefing'),
    ]),
  ),
  Statement.withEvidence(
    at(
      'On Thursday her spokesman, Pavel Ruiz, told a press briefing that Castell had "made clear that the border will reopen on day one."',
    ),
  ),
)
// "at 8 p.m. local time (UTC+1) that evening": the day of the briefing, at a time of day with its offset
const evening = Time.relative(
  'at 8 p.m. local time (UTC+1) that evening',
  { unit: 'day', amount: 0 },
  thursday,
  Time.clock('20:00+01:00'),
)
const refusal = pipe(
  Statement.make(
    'refusal',
    [brenner.id],
    'state',
    Statement.proposition(pipe(P.occurs(early.id), P.hedge(Likelihood.cue('would not')))),
  ),
  Statement.inMedium(Statement.medium('televised', { recorded: true })),
  Statement.onChannel('public'),
  Statement.at(evening),
  Statement.attributed(
    Attribution.from(brenner.id, 'said', [at('outgoing President Hal Brenner said')]),
  ),
  Statement.withEvidence(
    at('In a taped televised message aired at 8 p.m. local time (UTC+1) that evening'),
  ),
)
const voted = Event.make('vote', 'vote', 'the presidential vote in Dunmore', {
  time: T('2031-03-03'),
  evidence: [at('since the March 3 vote')],
})

export const article: Article = {
  title: 'a president-elect and an outgoing president',
  text,
  report: build({
    headline: 'President-Elect Vows to Reopen Border',
    author: author.id,
    language: 'en',
    published: T('2031-04-05'),
    text,
    actors: [author, dunmore, castell, brenner, ruiz],
    events: [reopen, early, inauguration, voted],
    statements: [vow, refusal],
  }),
  // both statements are on the record, quoted exactly, with their media: nothing to flag
  findings: [],
  means: (r) => {
    const context = Report.timeContext(r)
    const published = { publication: context.publication! }
    const roles = (t: Time.TimeRef, a: Actor.Actor) =>
      Actor.rolesAt(t, published)(a).map((x) => `${x.office.title} ${x.tenure}`)
    // on the day of the briefing Castell is president-elect; Brenner's start is not stated,
    // so that he was already president that Thursday is not known, only that he is when
    // the report is published
    expect(roles(thursday, castell)).toEqual(['President-elect held'])
    expect(roles(thursday, brenner)).toEqual(['President unknown'])
    expect(roles(T('2031-04-05'), brenner)).toEqual(['President held'])
    // after the inauguration, the outgoing president no longer holds office
    expect(Actor.tenure(T('2031-04-13'))(brenner.offices![0]!)).toBe('not_held')
    // the televised message: 20:00 in UTC+1 is 19:00 UTC on Thursday, April 3
    expect(Time.compareWith(context)(refusal.time!, T('2031-04-03T19:00Z'))).toBe('same')
    expect(Statement.wordsOf(vow)).toEqual(['ruiz'])
  },
}
