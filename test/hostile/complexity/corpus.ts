import * as E from 'fp-ts/Either'
import {
  Actor,
  Attribution,
  Corpus,
  Event,
  Proposition as P,
  Report,
  Statement,
  Threat,
  Time,
} from '../../../src/index.js'
import type { Id as Ids } from '../../../src/index.js'
import { cases } from './case.js'

const V = Actor.state('velmora', 'Velmora', 'VLM')
const A = Actor.state('ardesh', 'Ardesh', 'ARD')
const author = Actor.author('report')
const day = (i: number) => String((i % 28) + 1).padStart(2, '0')

/**
 * One version of one story: the same actors, events, claims and threat in every report,
 * so that every node of a kind shares every blocking key with its peers in all the other
 * reports — everything in one block, the worst case for alignment — while times, quotes
 * and deadlines differ from report to report, so that every field of every instance
 * disagrees.
 */
const version = (i: number): Report.ReportData => {
  const varga = Actor.person('varga', 'Ilse Varga', {
    offices: [Actor.office('Defence Minister', V.id)],
  })
  const official = Actor.anonymous('official', 'a Velmoran official', {
    count: 1,
    affiliation: V.id,
  })
  const outlet = Actor.outlet('outlet', 'The Gazette')
  const wire = Actor.outlet('wire', 'The Wire')
  const strike = Event.make('strike', 'strike', 'a strike', {
    agents: [V.id],
    targets: [A.id],
    places: [Event.place(`Tarsk ${i % 3}`, { country: 'ARD' })],
    time: Time.time(`2030-10-${day(i)}`),
  })
  const leave = Event.make('leave', 'withdrawal', 'troops leave', {
    status: i % 2 === 0 ? 'hypothetical' : 'occurred',
    agents: [A.id],
    time: Time.time(`2030-11-${day(i)}`),
  })
  const warning = Threat.make('warning', {
    issuer: [varga.id],
    addressee: [A.id],
    enforcer: [V.id],
    condition: P.not(P.occurs(leave.id)),
    consequence: P.occurs(strike.id),
    deadline: Time.time(`2030-11-${day(i)}`),
  })
  return Report.encode(
    E.getOrElseW((e) => {
      throw new Error(JSON.stringify(e))
    })(
      Report.make({
        headline: `version ${i}`,
        author: author.id,
        outlet: outlet.id,
        published: Time.time(`2030-12-${day(i)}`),
        actors: [author, V, A, varga, official, outlet, wire],
        events: [strike, leave],
        statements: [
          Statement.make(
            'claim',
            [official.id],
            i % 5 === 0 ? 'deny' : 'assert',
            Statement.proposition(P.occurs(strike.id)),
            {
              quote: i % 2 === 0 ? 'We will not wait' : `We will not wait ${i}`,
              attribution: {
                chain: [
                  { source: official.id, cue: 'said' },
                  { source: wire.id, cue: 'according to' },
                ],
              },
            },
          ),
          Statement.make(
            'warned',
            [varga.id],
            i % 3 === 0 ? 'warn' : 'demand',
            Statement.threat(warning.id),
            {
              quote: `We will not wait ${i % 7}`,
              attribution: Attribution.from(varga.id, 'warned'),
            },
          ),
          Statement.make(
            'silent',
            [Id('report')],
            'state',
            Statement.proposition(P.not(P.occurs(leave.id))),
            {
              time: Time.time(`2030-11-${day(i)}`),
            },
          ),
        ],
        threats: [warning],
      }),
    ),
  )
}

const Id = (s: string) => s as Ids.ActorId
const at = (i: number, id: string) => Corpus.mention(`r${i}`, id)

/** `n` versions of the story, each linked to the previous one as the same nodes. */
const story = (n: number, links = true): Corpus.CorpusOutput => ({
  format: Corpus.FORMAT,
  reports: Array.from({ length: n }, (_, i) => ({
    key: `r${i}` as Corpus.ReportKey,
    report: version(i),
  })),
  links: !links
    ? []
    : Array.from({ length: n - 1 }, (_, j): ReadonlyArray<Corpus.Link> => {
        const i = j + 1
        return [
          Corpus.sameAs('actor', at(i - 1, 'varga'), at(i, 'varga')),
          Corpus.sameAs('actor', at(i - 1, 'velmora'), at(i, 'velmora')),
          Corpus.sameAs('actor', at(i - 1, 'ardesh'), at(i, 'ardesh')),
          Corpus.sameAs('actor', at(i - 1, 'wire'), at(i, 'wire')),
          Corpus.possiblySameAs('actor', at(i - 1, 'official'), at(i, 'official'), {
            factuality: 'PR+',
            band: 'likely',
          }),
          Corpus.sameAs('event', at(i - 1, 'strike'), at(i, 'strike')),
          Corpus.sameAs('event', at(i - 1, 'leave'), at(i, 'leave')),
          Corpus.sameAs('statement', at(i - 1, 'claim'), at(i, 'claim')),
          Corpus.sameAs('statement', at(i - 1, 'warned'), at(i, 'warned')),
          Corpus.sameAs('threat', at(i - 1, 'warning'), at(i, 'warning')),
          Corpus.derivedFrom(Corpus.key(`r${i}`), Corpus.key(`r${i - 1}`)),
        ]
      }).flat(),
})

const decoded = (u: unknown): Corpus.Corpus =>
  E.getOrElseW((e) => {
    throw new Error(JSON.stringify(e))
  })(Corpus.decode(u))

export default cases<Corpus.CorpusOutput>(
  {
    name: 'Corpus.decode on a story told n times, every node linked',
    covers: ['Corpus.decode', 'Corpus.fromJson'],
    n: 12,
    build: story,
    run: (c) => Corpus.decode(c),
  },
  {
    name: 'Corpus.integrity and Corpus.encode',
    covers: ['Corpus.integrity', 'Corpus.encode'],
    n: 12,
    build: (n) => story(n),
    run: (c) => {
      Corpus.integrity(c as unknown as Corpus.CorpusData)
      return Corpus.encode(c as unknown as Corpus.Corpus)
    },
  },
  {
    name: 'Corpus.align with everything in one block (bounded by the window)',
    covers: ['Corpus.align', 'Corpus.blockingKeys'],
    n: 12,
    bound: 'nlogn',
    build: (n) => story(n, false),
    run: (c) => Corpus.align()(c as unknown as Corpus.CorpusData),
  },
  {
    name: 'Corpus.instances over chains of same_as',
    covers: ['Corpus.instances', 'Corpus.instancesOf', 'Corpus.instanceOf'],
    n: 12,
    build: story,
    run: (c) =>
      Corpus.instancesOf('statement')(Corpus.instances(c as unknown as Corpus.CorpusData)),
  },
  {
    name: 'Corpus.corroboration of one claim with every reason joining every source',
    covers: ['Corpus.corroboration', 'Corpus.singleAnonymousSource'],
    n: 12,
    build: story,
    run: (c) => [
      Corpus.corroboration(c as unknown as Corpus.CorpusData),
      Corpus.singleAnonymousSource(c as unknown as Corpus.CorpusData),
    ],
  },
  {
    name: 'Corpus.discrepancies where every field of every instance differs',
    covers: ['Corpus.discrepancies'],
    n: 12,
    bound: 'nlogn',
    build: story,
    run: (c) => Corpus.discrepancies(c as unknown as Corpus.CorpusData),
  },
  {
    name: 'Corpus.timeline and Corpus.threatStatus of one threat told n times',
    covers: ['Corpus.timeline', 'Corpus.threatStatus'],
    n: 12,
    build: story,
    run: (c) => [
      Corpus.timeline(c as unknown as Corpus.CorpusData),
      Corpus.threatStatus()(c as unknown as Corpus.CorpusData),
    ],
  },
  {
    name: 'Corpus.accept, Corpus.reject and Corpus.undecided of every proposal',
    covers: ['Corpus.accept', 'Corpus.reject', 'Corpus.undecided', 'Corpus.addLinks'],
    n: 12,
    bound: 'nlogn',
    build: (n) => story(n, false),
    run: (c) => {
      const corpus = decoded(c)
      const ps = Corpus.align()(corpus)
      const accepted = Corpus.accept(Corpus.suggesting('same_as')(ps))(corpus)
      return E.isRight(accepted)
        ? Corpus.reject(Corpus.undecided(accepted.right)(ps))(accepted.right)
        : accepted
    },
  },
  {
    name: 'Corpus.make, Corpus.addReport and Corpus.report: the story, one version more, the last looked up',
    covers: ['Corpus.make', 'Corpus.addReport', 'Corpus.report'],
    n: 12,
    build: story,
    run: (c) => {
      const made = Corpus.make({ reports: c.reports, links: c.links })
      if (E.isLeft(made)) return made
      const first = Report.decode(c.reports[0]!.report)
      const grown = E.isRight(first)
        ? Corpus.addReport(`r${c.reports.length}`, first.right)(made.right)
        : first
      return [grown, Corpus.report(`r${c.reports.length - 1}`)(made.right)]
    },
  },
  {
    name: 'Corpus.toLink and the filters of proposals, over every proposal of one block',
    covers: [
      'Corpus.toLink',
      'Corpus.atLeast',
      'Corpus.ofNode',
      'Corpus.suggesting',
      'Corpus.involving',
      'Corpus.between',
    ],
    n: 12,
    bound: 'nlogn',
    build: (n) => story(n, false),
    run: (c) => {
      const ps = Corpus.align()(decoded(c))
      const last = Corpus.mention(`r${c.reports.length - 1}`, 'varga')
      return [
        Corpus.atLeast(0.5)(ps).map((p) => Corpus.toLink(p)),
        Corpus.suggesting('possibly_same_as')(Corpus.ofNode('actor')(ps)).map((p) =>
          Corpus.toLink(p, 'same_as'),
        ),
        Corpus.involving(last)(ps),
        Corpus.between(Corpus.mention('r0', 'varga'), last)(ps),
      ]
    },
  },
  {
    name: 'Corpus link constructors: every kind of link between neighbouring versions',
    covers: [
      'Corpus.mention',
      'Corpus.key',
      'Corpus.sameAs',
      'Corpus.possiblySameAs',
      'Corpus.differentFrom',
      'Corpus.derivedFrom',
      'Corpus.retells',
    ],
    n: 12,
    build: (n) => story(n, false),
    run: (c) =>
      c.reports.flatMap((e, i) => {
        if (i === 0) return []
        const before = c.reports[i - 1]!.key
        const here = Corpus.key(e.key)
        return [
          Corpus.sameAs('actor', Corpus.mention(before, 'varga'), Corpus.mention(here, 'varga')),
          Corpus.possiblySameAs(
            'actor',
            Corpus.mention(before, 'official'),
            Corpus.mention(here, 'official'),
            { factuality: 'PR+', band: 'likely' },
          ),
          Corpus.differentFrom(
            'event',
            Corpus.mention(before, 'strike'),
            Corpus.mention(here, 'leave'),
          ),
          Corpus.derivedFrom(here, Corpus.key(before)),
          Corpus.retells(here, e.report.actors[e.report.actors.length - 1]!.id),
        ]
      }),
  },
)
