// "The spokesman said the secretary had emphasized: 'We will not wait forever.'"
import { Actor, Attribution, DecodeError, Evidence, Report, Rules, Statement } from 'claimgraph'
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

const text = "The spokesman said the secretary had emphasized: 'We will not wait forever.'"
const at = (quote: string) =>
  pipe(
    Evidence.locate(text)(quote),
    E.getOrElseW((e) => {
      throw new Error(e.message)
    }),
  )

const author = Actor.author('report')
const department = Actor.organization('department', 'the Department', 'ministry')
const secretary = Actor.person('secretary', 'Mara Holm', {
  offices: [Actor.office('Secretary', department.id)],
})
const spokesman = Actor.person('spokesman', 'Ivo Lenz', {
  offices: [Actor.office('spokesman', department.id)],
})

// the view is the secretary's (the speaker); the words are the spokesman's relay
const emphasized = pipe(
  Statement.make('emphasized', [secretary.id], 'emphasize', Statement.unstated),
  Statement.quoting('We will not wait forever.'),
  Statement.inWordsOf(spokesman.id),
  Statement.attributed(Attribution.from(spokesman.id, 'said', [at('The spokesman said')])),
  Statement.withEvidence(at(text)),
)

export const report: Report.Report = pipe(
  Report.make({
    headline: 'No waiting forever',
    author: author.id,
    text,
    actors: [author, department, secretary, spokesman],
    statements: [emphasized],
  }),
  E.getOrElseW((e) => {
    throw new Error(DecodeError.toTree(e))
  }),
)

assert.deepEqual(Statement.wordsOf(emphasized), ['spokesman'])
assert.deepEqual(emphasized.speakers, ['secretary'])
assert.deepEqual(Rules.standard(report), [])
