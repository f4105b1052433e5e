import * as Cameo from 'claimgraph/interop/cameo'
import * as fixtures from 'claimgraph/fixtures'
import assert from 'node:assert/strict'

const { codings } = Cameo.fromReport(fixtures.report)
const warning = codings.find((c) => c.node === 'administration-warned-iraq')

// "warned Iraq … it could face an Israeli attack": threaten conventional attack
assert.equal(warning?.code, '1384')
assert.deepEqual(warning?.goldstein, { score: -7, code: '1384', table: Cameo.GOLDSTEIN.id })
assert.deepEqual(
  warning?.source.map((a) => a.code),
  ['USAGOV'],
)
