import { JsonSchema, Report } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

const schema = JsonSchema.report('strict')
assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema')
assert.equal(schema['additionalProperties'], false)

// What a model answers in strict mode: every optional property present, null when unknown.
const answer = JSON.stringify({ ...Report.encode(fixtures.report), url: null })
assert.ok(E.isRight(Report.fromJson(answer, { nulls: 'absent' })))
