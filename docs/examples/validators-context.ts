import { Report, Rules, Validator } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import assert from 'node:assert/strict'

// A house rule that needs a lookup table: the statements each actor makes. The table is
// built once per report in the shared context, and the rule walks the statements in the
// same pass as the built-in rules.
const BY_SPEAKER = Symbol('statements by speaker')
const byspeaker = (ctx: Validator.Context) =>
  ctx.memo(BY_SPEAKER, (r: Report.ReportData) => {
    const m = new Map<string, number>()
    for (const s of r.statements) for (const x of s.speakers) m.set(x, (m.get(x) ?? 0) + 1)
    return m
  })

const loneVoices = Rules.define(
  {
    code: 'house/lone-voice',
    kind: 'sourcing',
    severity: 'info',
    set: 'standard',
    checks: 'an actor who speaks says more than one thing',
    why: 'a single remark is easy to take out of context',
    fix: 'nothing to repair: look for the actor elsewhere in the article',
  },
  (emit) =>
    Validator.forEach(
      'statements',
      (ctx) =>
        ({ node, path }) =>
          node.speakers.filter((x) => byspeaker(ctx).get(x) === 1).length > 0
            ? [emit(path, 'a lone voice', node.id)]
            : [],
    ),
)

const ours = Rules.toValidator([...Rules.STANDARD, loneVoices])
const issues = ours(fixtures.report)

assert.equal(issues.filter((i) => i.code === 'house/lone-voice').length, 9)
assert.equal(Validator.hasErrors(issues), false)
