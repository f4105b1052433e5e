import { Codec, Id } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

const sullivan: Id.ActorId = Id.actor('sullivan')
const fromData = Codec.decode(Id.ActorId)('not an id!')

assert.equal(sullivan, 'sullivan')
assert.ok(E.isLeft(fromData) && fromData.left.issues[0].code === 'invalid_id')
