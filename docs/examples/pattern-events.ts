// "Xland's blockade of Yland entered its third week. Yland's leader promised a limited
// retaliation, carried out by hitting Xland's ports, if the blockade went on. 'There will be
// hell to pay,' he added. An attack on the capital, his aide said, would count as an attack
// on Yland itself."
import {
  Actor,
  Attribution,
  DecodeError,
  Event,
  Proposition as P,
  Report,
  Rules,
  Statement,
  Threat,
} from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const author = Actor.author('report')
const xland = Actor.state('xland', 'Xland', 'XXL')
const yland = Actor.state('yland', 'Yland', 'XYL')
const leader = Actor.person('leader', 'Tor Nyland', { offices: [Actor.office('leader', yland.id)] })

const blockade = Event.make('blockade', 'blockade', "Xland's blockade goes on", {
  status: 'ongoing',
  agents: [xland.id],
})
// the means of an event is an event of its own
const hitPorts = Event.make('hit-ports', 'strike', "Yland hits Xland's ports", {
  status: 'hypothetical',
  agents: [yland.id],
  targets: [xland.id],
})
// its scope, in the source's words
const retaliation = pipe(
  Event.make('retaliation', 'retaliate', 'a limited retaliation by Yland', {
    status: 'hypothetical',
    agents: [yland.id],
    targets: [xland.id],
    scope: Event.scope('limited', 'a limited retaliation'),
  }),
  Event.relate('by_means_of', hitPorts.id),
  Event.relate('retaliation_for', blockade.id),
)
// a consequence left unspecified on purpose: say only as much as the source does
const hell = Event.make('hell-to-pay', 'consequence', 'hell to pay', {
  status: 'hypothetical',
  vague: true,
})
// "an attack on the capital" is a case of "an attack on Yland"
const onYland = Event.make('attack-on-yland', 'attack', 'an attack on Yland', {
  status: 'hypothetical',
  targets: [yland.id],
})
const onCapital = pipe(
  Event.make('attack-on-capital', 'attack', 'an attack on the capital', { status: 'hypothetical' }),
  Event.relate('instance_of', onYland.id),
)

const promise = Threat.make('retaliation-threat', {
  issuer: [yland.id],
  addressee: [xland.id],
  enforcer: [yland.id],
  condition: P.occurs(blockade.id),
  consequence: P.and(P.occurs(retaliation.id), P.occurs(hell.id)),
})
const byLeader = Attribution.from(leader.id, 'said')
export const report: Report.Report = pipe(
  Report.make({
    headline: 'Yland threatens a limited retaliation',
    author: author.id,
    actors: [author, xland, yland, leader],
    events: [blockade, hitPorts, retaliation, hell, onYland, onCapital],
    statements: [
      // the report says in its own voice that the blockade goes on
      Statement.make(
        'blockade-goes-on',
        [author.id],
        'assert',
        Statement.proposition(P.occurs(blockade.id)),
      ),
      pipe(
        Statement.make('promised', [leader.id], 'threaten', Statement.threat(promise.id)),
        Statement.attributed(byLeader),
      ),
    ],
    threats: [promise],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

assert.deepEqual(Event.means(retaliation), ['hit-ports'])
assert.equal(Event.isVague(hell), true)
assert.deepEqual(Event.related(onCapital, 'instance_of'), ['attack-on-yland'])
assert.deepEqual(Rules.standard(report), [])
