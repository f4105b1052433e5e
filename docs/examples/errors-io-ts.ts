import { Codec, DecodeError, Id } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import assert from 'node:assert/strict'

// a claimgraph codec inside a plain io-ts codec of your own
const Mention = Codec.struct('Mention', { actor: Id.ActorRef }, { note: Codec.string('note') })
const Batch = t.type({ source: t.string, mentions: t.array(Mention) })

const result = Batch.decode({
  source: 'wire',
  mentions: [{ actor: 'iraq' }, { actor: 'not an id!' }],
})

// io-ts's PathReporter shows claimgraph's messages with their paths and codes…
assert.deepEqual(PathReporter.report(result), [
  '/mentions/1/actor: [invalid_id] ActorId must be 1–128 ASCII letters, digits, ".", "_", ":" or "-", starting with a letter or digit, got "not an id!"',
])
// …but DecodeError gives them as data: a path, a stable code and a message
assert.ok(E.isLeft(result))
assert.deepEqual(
  DecodeError.toList(DecodeError.fromValidationErrors(result.left)).map(
    (i) => `${i.path} ${i.code}`,
  ),
  ['/mentions/1/actor invalid_id'],
)
// Codec.decode does both steps for any codec, claimgraph's or yours, and never throws
assert.ok(E.isLeft(Codec.decode(Batch)({ source: 1, mentions: [] })))
