import { Codec, DecodeError, Id } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import assert from 'node:assert/strict'

const Mention = Codec.struct('Mention', { actor: Id.ActorId }, { note: Codec.string('note') })
const result = Codec.decode(Mention)({ actor: 'iraq', nite: 'a typo' })

assert.ok(E.isLeft(result))
assert.deepEqual(DecodeError.toList(result.left), [
  {
    path: '/nite',
    code: 'unknown_key',
    message: 'Mention has no property "nite" (did you mean "note"?)',
  },
])
