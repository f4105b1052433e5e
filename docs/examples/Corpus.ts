import { Actor, Attribution, Corpus, Event, Proposition as P, Report, Statement } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const velmora = Actor.state('velmora', 'Velmora', 'VLM')
const ardesh = Actor.state('ardesh', 'Ardesh', 'ARD')
const strike = Event.make('strike', 'strike', 'Velmora strikes Tarsk', {
  agents: [velmora.id],
  targets: [ardesh.id],
})

// Two outlets report one strike, each on the word of its own named source.
const version = (source: Actor.Person) =>
  Report.make({
    headline: 'Strike at Tarsk',
    author: Actor.author('report').id,
    actors: [Actor.author('report'), velmora, ardesh, source],
    events: [strike],
    statements: [
      Statement.make('claim', [source.id], 'assert', Statement.proposition(P.occurs(strike.id)), {
        attribution: Attribution.from(source.id, 'said'),
      }),
    ],
  })

const result = pipe(
  E.Do,
  E.bind('a', () => version(Actor.person('varga', 'Ilse Varga'))),
  E.bind('b', () => version(Actor.person('oskan', 'Timur Oskan'))),
  E.flatMap(({ a, b }) =>
    Corpus.make({
      reports: [
        { key: 'gazette', report: a },
        { key: 'courier', report: b },
      ],
    }),
  ),
  // alignment proposes, with scores and reasons; accepting links is a decision
  E.flatMap((corpus) => {
    const proposals = Corpus.align()(corpus)
    return Corpus.accept(Corpus.suggesting('same_as')(proposals))(corpus)
  }),
)
if (E.isLeft(result)) throw new Error('invalid')

const [claim] = Corpus.corroboration(result.right)
assert.equal(claim?.instance.mentions.length, 2)
assert.deepEqual(claim?.independent, { min: 2, max: 2 })
assert.equal(claim?.credibility.credibility, 1) // confirmed by other independent sources
