import { Rules, Validator } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import assert from 'node:assert/strict'

const issues = Rules.strict(fixtures.report)

assert.equal(Validator.hasErrors(issues), false) // no defect in the seed's data
assert.equal(Validator.partition(issues).sourcing.length, 8) // the article's sourcing
assert.ok(Validator.toText(issues).endsWith('0 errors, 0 warnings, 0 info; 8 sourcing findings'))
