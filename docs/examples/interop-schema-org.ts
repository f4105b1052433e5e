import * as SchemaOrg from 'claimgraph/interop/schema-org'
import * as fixtures from 'claimgraph/fixtures'
import assert from 'node:assert/strict'

const graph = SchemaOrg.fromReport(fixtures.report, { base: 'https://example.org/seed' })
const quote = graph['@graph'].find(
  (n) => typeof n === 'object' && n['@id'] === 'https://example.org/seed#claim-miller-quote',
)

assert.equal(graph['@context'], 'https://schema.org')
assert.deepEqual(quote, {
  '@type': 'Claim',
  '@id': 'https://example.org/seed#claim-miller-quote',
  name: 'Matthew Miller → state',
  text: 'It is important that Iraq not be drawn into regional conflict,',
  author: [{ '@id': 'https://example.org/seed#actor-miller' }],
  appearance: { '@id': 'https://example.org/seed' },
})
