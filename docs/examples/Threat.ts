import { Actor, Id, Proposition as P, Threat } from 'claimgraph'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

const warning = Threat.make('warning', {
  issuer: [Id.actor('us')],
  addressee: [Id.actor('iraq')],
  enforcer: [Id.actor('israel')],
  condition: P.not(P.occurs(Id.event('iraq-prevents-attack'))),
  consequence: P.occurs(Id.event('israeli-attack-on-iraq')),
})
const actors = [
  Actor.state('us', 'United States', 'USA'),
  Actor.state('iraq', 'Iraq', 'IRQ'),
  Actor.state('israel', 'Israel', 'ISR'),
]

assert.equal(Threat.classify({ actors })(warning), 'warning')
assert.deepEqual(Threat.demand(warning), O.some(P.occurs(Id.event('iraq-prevents-attack'))))
