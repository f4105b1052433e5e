import { Id, Proposition as P, Statement } from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

// "In response to the U.S. requests, al-Sudani has expressed a desire to keep Iraq out"
const desire = pipe(
  Statement.make(
    'desire',
    [Id.actor('al-sudani')],
    'express_desire',
    Statement.proposition(P.not(P.occurs(Id.event('iraq-drawn-in')))),
  ),
  Statement.replyTo(Id.statement('pressed')),
)

assert.equal(desire.replyTo, 'pressed')
assert.equal(Statement.isDirect(desire), false)
