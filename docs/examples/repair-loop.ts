import { Report, Rules } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

// What a language model returned for the seed article, with three mistakes: a span one
// character off, "threaten" for a warning carried out by a third party, and the anticipated
// attack recorded as having happened.
const output = JSON.parse(JSON.stringify(Report.encode(fixtures.report)))
output.threats[0].evidence[0].start += 1
output.threats[0].evidence[0].end += 1
output.statements[0].act = 'threaten'
output.events[2].status = 'occurred'

// 1. Decode and check in one round: structure, integrity and the rules together.
const check = Rules.review({ rules: Rules.strict })
const first = check(output)

// 2. A compact repair list: data defects only (sourcing findings are the article's).
const list = Rules.repairs([...first.decode, ...first.issues])
assert.deepEqual(
  list.map((r) => `${r.path} ${r.code}`),
  [
    '/threats/0/evidence/0 span_mismatch',
    '/events/2/status event/status-unsupported',
    '/statements/0/act threat/act-mismatch',
  ],
)
const prompt = list.map((r) => `${r.path}: ${r.message}${r.fix ? ` (${r.fix})` : ''}`).join('\n')
assert.ok(prompt.startsWith('/threats/0/evidence/0: '))

// 3. Apply the fixes (here by hand, as the model would when given the prompt).
const at = (pointer: string) => pointer.split('/').slice(1)
for (const r of list) {
  const keys = at(r.path)
  const parent = keys.slice(0, -1).reduce((o, k) => o[k], output)
  const last = keys[keys.length - 1]!
  if (r.code === 'span_mismatch') {
    const span = parent[last]
    const start = output.text.indexOf(span.text)
    parent[last] = { ...span, start, end: start + span.text.length }
  }
  if (r.code === 'threat/act-mismatch') parent[last] = 'warn'
  if (r.code === 'event/status-unsupported') parent[last] = 'anticipated'
}

// 4. Decode again: the report is accepted, with the article's sourcing findings only.
const second = check(output)
assert.ok(O.isSome(second.report))
assert.deepEqual(Rules.repairs(second.issues), [])
assert.equal(second.issues.filter((i) => i.kind === 'sourcing').length, 8)
