import { JsonSchema, Report, Rules } from 'claimgraph'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

// 1. Give the model the schema: the strict profile, as a provider's strict mode wants it.
const schema = JsonSchema.report('strict')
const request = {
  response_format: {
    type: 'json_schema',
    json_schema: { name: 'claimgraph_report', strict: true, schema },
  },
}
assert.equal(request.response_format.json_schema.schema.additionalProperties, false)

// 2. Decode its answer. Strict mode writes null for every optional property it has no
//    value for; `nulls: 'absent'` reads those as absent. A recorded answer:
const answer = (name: string) =>
  readFileSync(new URL(`./llm-answers/${name}.json`, import.meta.url), 'utf8')
const first = JSON.parse(answer('first'))
const article: string = first.text

// 3. Run the rules, in the same round as decoding (structure, integrity, rules).
const check = Rules.review({ rules: Rules.strict, nulls: 'absent', text: article })
const review = check(first)
assert.ok(O.isNone(review.report)) // a dangling reference: the answer is not a report yet

// 4. Feed the repair list back: data defects only, each with its path and a fix.
const repairs = Rules.repairs([...review.decode, ...review.issues])
assert.deepEqual(
  repairs.map((r) => `${r.path} ${r.code}`),
  [
    '/statements/0/addressees/0 dangling_reference',
    '/statements/0/quote quote/verbatim',
    '/events/0/status event/status-unsupported',
    '/statements/0/act threat/act-mismatch',
    '/text evidence/uncovered-sentence',
  ],
)
const prompt = [
  'Your answer has these problems. Correct them and answer again with the whole report:',
  ...repairs.map((r) => `- ${r.path}: ${r.message}${r.fix === undefined ? '' : ` (${r.fix})`}`),
].join('\n')
assert.ok(prompt.includes('no actor has id "kestrel-government"'))

// 5. The model's second answer (recorded too) decodes, and only the article's own
//    sourcing findings remain: one anonymous source.
const second = check(JSON.parse(answer('repaired')))
assert.ok(O.isSome(second.report))
assert.deepEqual(Rules.repairs(second.issues), [])
assert.deepEqual(
  second.issues.map((i) => i.code),
  ['attribution/single-anonymous-source'],
)

// The same answer through Report.fromJson, as text:
assert.ok(Report.fromJson(answer('repaired'), { nulls: 'absent' })._tag === 'Right')
