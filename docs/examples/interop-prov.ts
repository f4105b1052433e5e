import * as Prov from 'claimgraph/interop/prov'
import * as fixtures from 'claimgraph/fixtures'
import assert from 'node:assert/strict'

const doc = Prov.fromReport(fixtures.report, { base: 'https://example.org/seed' })
const hop = doc['@graph'].find(
  (n) => n['@id'] === 'https://example.org/seed#statement-administration-warned-iraq-hop-0',
)

// "two U.S. officials told Axios": the first hop is the officials' account
assert.deepEqual(hop?.['prov:wasAttributedTo'], [
  { '@id': 'https://example.org/seed#actor-two-us-officials' },
])
