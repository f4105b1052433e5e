import { Id, Proposition as P } from 'claimgraph'
import assert from 'node:assert/strict'

// "if Iraq fails to prevent the attack": not (Iraq prevents the attack)
const condition = P.not(P.occurs(Id.event('iraq-prevents-attack')))

// the demand is the negation of the condition, simplified
assert.deepEqual(P.simplify(P.not(condition)), P.occurs(Id.event('iraq-prevents-attack')))
