import { Rules, Validator } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const mine = pipe(
  Rules.standard,
  Validator.off('attribution/unattributed-hedge'),
  Validator.regrade('attribution/single-anonymous-source', 'error'),
)

assert.equal(mine(fixtures.report).filter((i) => i.severity === 'error').length, 3)
