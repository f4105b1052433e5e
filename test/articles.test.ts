import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { Evidence, Report, Rules } from '../src/index.js'
import type { Article } from './articles/support.js'
import { article as damUltimatum } from './articles/dam-ultimatum.js'
import { article as depotBlast } from './articles/depot-blast.js'
import { article as election } from './articles/election.js'
import { article as sornProtest } from './articles/sorn-protest.js'
import { article as tradeTalks } from './articles/trade-talks.js'
import { article as truceOffer } from './articles/truce-offer.js'

// Invented articles, each a paragraph or two of original text about invented places and
// people, each exercising several patterns of real reporting at once. Each must decode from
// its own JSON, cover every sentence with evidence, and draw exactly the findings listed
// (with the reason for each) in the article's module.
const articles: ReadonlyArray<Article> = [
  truceOffer,
  depotBlast,
  election,
  damUltimatum,
  tradeTalks,
  sornProtest,
]

describe('invented articles', () => {
  for (const a of articles) {
    describe(a.title, () => {
      it('decodes from its own JSON', () => {
        const json = JSON.parse(JSON.stringify(Report.encode(a.report)))
        expect(Report.decode(json)).toEqual(E.right(a.report))
        expect(Report.integrity(a.report)).toEqual([])
      })
      it('every sentence is covered by evidence', () => {
        const spans = Report.spans(a.report).map(([, s]) => s)
        expect(Evidence.uncovered(a.text, spans).map((s) => s.text)).toEqual([])
      })
      it('draws exactly the findings a careful analyst would expect', () => {
        expect(Rules.standard(a.report).map((i) => [i.code, i.node])).toEqual(a.findings)
      })
      if (a.means !== undefined) it('means what the article says', () => a.means!(a.report))
    })
  }
})
