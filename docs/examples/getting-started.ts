import { DecodeError, Render, Report, Rules, Validator } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

// Any JSON: from a file, an API, a language model. Here, the seed report's own JSON.
const json: unknown = JSON.parse(JSON.stringify(Report.encode(fixtures.report)))

const decoded = Report.decode(json)
if (E.isLeft(decoded)) {
  // every problem, with its path and a stable code
  console.error(DecodeError.toTree(decoded.left))
} else {
  const report = decoded.right
  const text = Render.inspect(report) // actors, statements, chains, threats
  const issues = Rules.standard(report) // what an editor would flag
  assert.ok(text.startsWith('U.S. Warns Iraq'))
  assert.equal(Validator.hasErrors(issues), false)
}
