// A retraction, a rejection and an acceptance, a confirmation of how an earlier report was
// sourced, content the report does not give, an interview with a broadcaster, two kinds of
// non-answer, times counted from other times, and pipeline metadata. Ferran and Lowmark
// are invented.
import { pipe } from 'fp-ts/lib/function.js'
import { expect } from 'vitest'
import {
  Actor,
  Attribution,
  Event,
  Proposition as P,
  Report,
  Statement,
  Time,
} from '../../src/index.js'
import { type Article, build, quoting } from './support.js'

const T = Time.time
const text = [
  'Trade Talks Back On After Minister Retracts Remark',
  'Ferran’s trade minister, Sela Ivri, on Monday retracted her remark that talks with Lowmark had collapsed, a day after Lowmark’s government rejected Ferran’s tariff proposal. The next day Lowmark accepted a revised proposal, its chief negotiator, Anton Wirth, said in an interview with Channel 9.',
  'An earlier report in the Ferran Post, which cited diplomatic sources, was accurately sourced, the trade ministry confirmed. The prime minister’s office had no comment, and the Lowmark embassy declined to comment.',
].join('\n')
const at = quoting(text)

const author = Actor.author('report')
const ferran = Actor.state('ferran', 'Ferran', 'XFE')
const lowmark = Actor.state('lowmark', 'Lowmark', 'XLW')
const ministry = pipe(
  Actor.organization('trade-ministry', 'Ferran’s trade ministry', 'ministry', { country: 'XFE' }),
  Actor.relate('part_of', ferran.id),
)
const ivri = Actor.person('ivri', 'Sela Ivri', {
  offices: [Actor.office('Trade Minister', ministry.id)],
})
const lowmarkGov = pipe(
  Actor.organization('lowmark-government', 'Lowmark’s government', 'government', {
    country: 'XLW',
  }),
  Actor.relate('part_of', lowmark.id),
)
const wirth = pipe(
  Actor.person('wirth', 'Anton Wirth', {
    offices: [Actor.office('chief negotiator', lowmarkGov.id)],
  }),
  Actor.relate('acts_for', lowmark.id),
)
const channel9 = Actor.outlet('channel-9', 'Channel 9')
const post = Actor.outlet('ferran-post', 'the Ferran Post', { country: 'XFE' })
// "diplomatic sources": whose diplomats, the report does not say
const diplomats = Actor.anonymous('diplomatic-sources', 'diplomatic sources')
const pmOffice = Actor.organization('pm-office', 'the prime minister’s office', 'executive', {
  country: 'XFE',
})
const embassy = Actor.organization('lowmark-embassy', 'the Lowmark embassy', 'diplomatic', {
  country: 'XLW',
})

const monday = Time.relative('on Monday', { weekday: 'monday', which: 'last' })
const collapse = Event.make(
  'collapse',
  'collapse',
  'the talks between Ferran and Lowmark collapsed',
  {
    status: 'hypothetical',
    evidence: [at('talks with Lowmark had collapsed')],
  },
)
const tariff = Event.make('tariff-deal', 'agree', 'Ferran’s tariff proposal is agreed', {
  status: 'hypothetical',
  agents: [ferran.id, lowmark.id],
  evidence: [at('Ferran’s tariff proposal')],
})
const revised = Event.make('revised-deal', 'agree', 'the revised proposal is agreed', {
  status: 'hypothetical',
  agents: [ferran.id, lowmark.id],
  evidence: [at('a revised proposal')],
})
const talks = Event.make('talks', 'negotiate', 'trade talks between Ferran and Lowmark', {
  status: 'ongoing',
  agents: [ferran.id, lowmark.id],
  evidence: [at('Trade Talks Back On')],
})

const retracted = pipe(
  Statement.make('retracted', [ivri.id], 'retract', Statement.proposition(P.occurs(collapse.id))),
  Statement.at(monday),
  Statement.attributed(
    Attribution.from(ivri.id, 'retracted', [at('on Monday retracted her remark')]),
  ),
  Statement.withEvidence(at('Ferran’s trade minister, Sela Ivri, on Monday retracted')),
)
// "a day after" the rejection: the rejection is counted from the retraction, the day before
const rejected = pipe(
  Statement.make('rejected', [lowmarkGov.id], 'reject', Statement.proposition(P.occurs(tariff.id))),
  Statement.at(Time.relative('a day before the retraction', { unit: 'day', amount: -1 }, monday)),
  Statement.withEvidence(at('a day after Lowmark’s government rejected Ferran’s tariff proposal')),
)
const accepted = pipe(
  Statement.make('accepted', [lowmark.id], 'accept', Statement.proposition(P.occurs(revised.id))),
  Statement.at(Time.relative('the next day', { unit: 'day', amount: 1 }, monday)),
  Statement.inMedium(Statement.medium('interview', { outlet: channel9.id })),
  Statement.attributed(
    Attribution.from(wirth.id, 'said in an interview', [
      at('its chief negotiator, Anton Wirth, said in an interview with Channel 9'),
    ]),
  ),
  Statement.withEvidence(at('The next day Lowmark accepted a revised proposal')),
)
// the Post's sources said something; the report does not say what
const cited = pipe(
  Statement.make('post-report', [diplomats.id], 'report', Statement.unstated),
  Statement.attributed(
    pipe(
      Attribution.from(diplomats.id, 'cited', [at('which cited diplomatic sources')]),
      Attribution.via(post.id, 'report', [at('An earlier report in the Ferran Post')]),
    ),
  ),
  Statement.withEvidence(
    at('An earlier report in the Ferran Post, which cited diplomatic sources'),
  ),
)
// a confirmation of how a report was sourced, not of an event
const confirmedSourcing = pipe(
  Statement.make(
    'sourcing-confirmed',
    [ministry.id],
    'confirm',
    Statement.sourcing({ kind: 'statement', statement: cited.id }),
  ),
  Statement.attributed(
    Attribution.from(ministry.id, 'confirmed', [at('the trade ministry confirmed')]),
  ),
  Statement.withEvidence(at('was accurately sourced, the trade ministry confirmed')),
)

export const article: Article = {
  title: 'trade talks back on after a retraction',
  text,
  report: build({
    headline: 'Trade Talks Back On After Minister Retracts Remark',
    author: author.id,
    language: 'en',
    published: T('2031-02-19'),
    text,
    url: 'https://ferran-times.example/2031/02/19/trade-talks',
    derivedFrom: [{ publisher: post.id, kind: 'cites' }],
    meta: { extractor: 'invented-pipeline', run: 'r-0005', reviewed: true },
    actors: [
      author,
      ferran,
      lowmark,
      ministry,
      ivri,
      lowmarkGov,
      wirth,
      channel9,
      post,
      diplomats,
      pmOffice,
      embassy,
    ],
    events: [collapse, tariff, revised, talks],
    statements: [
      retracted,
      rejected,
      accepted,
      cited,
      confirmedSourcing,
      pipe(
        Statement.make('pm-no-comment', [pmOffice.id], 'no_comment', Statement.none, {
          meta: { confidence: 0.97 },
        }),
        Statement.withEvidence(at('The prime minister’s office had no comment')),
      ),
      pipe(
        Statement.make('embassy-declined', [embassy.id], 'decline_comment', Statement.none),
        Statement.withEvidence(at('the Lowmark embassy declined to comment')),
      ),
    ],
  }),
  findings: [
    // the rejection is told as background, with no source for it
    ['attribution/missing', 'rejected'],
    // "diplomatic sources": of which country, placed how? The report does not say
    ['attribution/anonymous-undescribed', 'diplomatic-sources'],
  ],
  means: (r) => {
    // Sunday the rejection, Monday the retraction, Tuesday the acceptance
    const read = Time.compareWith(Report.timeContext(r))
    expect(read(rejected.time!, T('2031-02-16'))).toBe('same')
    expect(read(rejected.time!, retracted.time!)).toBe('before')
    expect(read(accepted.time!, T('2031-02-18'))).toBe('same')
    expect(r.meta).toEqual({ extractor: 'invented-pipeline', run: 'r-0005', reviewed: true })
    expect(r.statements.filter(Statement.isNonAnswer).map((s) => s.act)).toEqual([
      'no_comment',
      'decline_comment',
    ])
  },
}
