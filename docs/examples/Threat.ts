import { Id, Proposition as P, Threat } from 'claimgraph'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

const warning = Threat.make('warning', {
  issuer: [Id.actor('us')],
  addressee: [Id.actor('iraq')],
  enforcer: [Id.actor('israel')],
  condition: P.not(P.occurs(Id.event('iraq-prevents-attack'))),
  consequence: P.occurs(Id.event('israeli-attack-on-iraq')),
})

assert.equal(Threat.classify(warning), 'warning')
assert.deepEqual(Threat.demand(warning), O.some(P.occurs(Id.event('iraq-prevents-attack'))))
