import * as fixtures from 'claimgraph/fixtures'
import assert from 'node:assert/strict'

assert.equal(fixtures.report.statements.length, 18)
assert.deepEqual(fixtures.actors.alSudani.offices, [
  { title: 'Prime Minister', in: 'iraqi-government' },
])
assert.deepEqual(fixtures.threats.warning.enforcer, ['israel'])
