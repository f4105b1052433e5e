import { DecodeError, Report } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

const result = Report.decode({ format: 'claimgraph/1', headline: '', author: 'me' })

assert.ok(E.isLeft(result))
assert.equal(
  DecodeError.toTree(result.left),
  [
    '5 issues',
    '├─ headline: [invalid_string] headline must not be empty',
    '├─ actors: [missing_key] Report is missing required property "actors" (Actors)',
    '├─ events: [missing_key] Report is missing required property "events" (Events)',
    '├─ statements: [missing_key] Report is missing required property "statements" (Statements)',
    '└─ threats: [missing_key] Report is missing required property "threats" (Threats)',
  ].join('\n'),
)
