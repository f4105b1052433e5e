import { Rules, Validator } from 'claimgraph'
import type { Statement } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

// a house rule: every warning must say whether it was public or private
const channelStated = Validator.statements(
  Validator.fromPredicate<Statement.Statement>('house/channel-unstated', 'info', ({ node }) =>
    node.act === 'warn' && (node.channel === undefined || node.channel === 'unknown')
      ? 'say whether the warning was public or private'
      : undefined,
  ),
)

const ours = pipe(
  Rules.standard,
  Validator.off('attribution/unattributed-hedge'), // we track hedges elsewhere
  Validator.regrade('attribution/single-anonymous-source', 'error'), // our standard is stricter
  Validator.concat(channelStated),
)

const issues = ours(fixtures.report)
assert.deepEqual(
  [...new Set(issues.map((i) => `${i.severity} ${i.code}`))],
  [
    'warning attribution/missing',
    'error attribution/single-anonymous-source',
    'info house/channel-unstated',
  ],
)
console.log(Validator.toText(issues))
