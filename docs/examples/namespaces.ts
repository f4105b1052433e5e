import { Actor, Report, Threat } from 'claimgraph'
import assert from 'node:assert/strict'

assert.equal(typeof Actor.state, 'function')
assert.equal(typeof Report.decode, 'function')
assert.equal(typeof Threat.classify, 'function')
