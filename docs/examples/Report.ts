import { DecodeError, Id, Report } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

const json = JSON.stringify(Report.encode(fixtures.report))
const result = Report.decode(JSON.parse(json))

if (E.isLeft(result)) throw new Error(DecodeError.toTree(result.left))
assert.equal(Report.statementsBy(Id.actor('miller'))(result.right).length, 4)
