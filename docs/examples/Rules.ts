import { Rules, Validator } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import assert from 'node:assert/strict'

const issues = Rules.standard(fixtures.report)

assert.equal(issues.length, 8)
assert.ok(Validator.toText(issues).endsWith('0 errors, 8 warnings, 0 info'))
