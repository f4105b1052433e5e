import { Render } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import assert from 'node:assert/strict'

const text = Render.inspect(fixtures.report)

assert.ok(text.includes('via: U.S. officials (2) —told→ Axios → the report'))
