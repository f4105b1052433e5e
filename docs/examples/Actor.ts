import { Actor } from 'claimgraph'
import assert from 'node:assert/strict'

const us = Actor.state('us', 'United States', 'USA')
const officials = Actor.anonymous('two-us-officials', 'U.S. officials', {
  count: 2,
  affiliation: us.id,
})

assert.equal(Actor.label(officials), 'U.S. officials (2)')
