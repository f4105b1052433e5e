import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import { DecodeError, Evidence, Report } from '../../src/index.js'

/** Quotes a text: a span of words that occur exactly once (or the given occurrence). */
export const quoting =
  (text: string) =>
  (quote: string, occurrence?: number): Evidence.Span =>
    pipe(
      Evidence.locate(text)(quote, occurrence === undefined ? {} : { occurrence }),
      E.getOrElseW((e) => {
        throw new Error(e.message)
      }),
    )

/** A report from its parts, checked as decoding checks it. */
export const build = (parts: Report.Parts): Report.Report =>
  pipe(
    Report.make(parts),
    E.getOrElseW((e) => {
      throw new Error(DecodeError.toTree(e))
    }),
  )

/** An invented article: its text, its report, and the findings a careful analyst expects. */
export interface Article {
  readonly title: string
  readonly text: string
  readonly report: Report.Report
  /** `code node`, in the order the standard rules give them, each with its reason. */
  readonly findings: ReadonlyArray<readonly [string, string]>
  /** What the model means, checked: queries over the patterns the article exercises. */
  readonly means?: (r: Report.Report) => void
}
