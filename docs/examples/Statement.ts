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

// how the message travelled (through Oman) is not how the report knows (the chain)
const offer = pipe(
  Statement.make('offer', [Id.actor('xland')], 'offer', Statement.unstated),
  Statement.to(Id.actor('yland')),
  Statement.through(Id.actor('oman'), { role: 'mediator', cue: 'through' }),
  Statement.inMedium(Statement.medium('letter')),
)
assert.deepEqual(offer.intermediaries, [{ actor: 'oman', role: 'mediator', cue: 'through' }])
// a non-answer has no content, and needs no chain
assert.equal(
  Statement.isNonAnswer(Statement.make('n', [Id.actor('embassy')], 'no_response', Statement.none)),
  true,
)
