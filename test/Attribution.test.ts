import { pipe } from 'fp-ts/function'
import * as O from 'fp-ts/Option'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Attribution, Id } from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { attribution } from './support/arbitraries.js'

const officials = Id.actor('two-us-officials')
const axios = Id.actor('axios')

describe('Attribution', () => {
  describe('codecs', () => {
    codecLaws(Attribution.Attribution, attribution)
    it('rejects an empty chain, an empty link and a bad grading', () => {
      expect(issuesOf(Attribution.Attribution, { chain: [] })).toEqual([['/chain', 'too_short']])
      expect(issuesOf(Attribution.Attribution, { chain: [{}] })).toEqual([
        ['/chain/0', 'missing_key'],
      ])
      expect(
        issuesOf(Attribution.Attribution, {
          chain: [{ source: 'x', grading: { reliability: 'G', credibility: 7 } }],
        }),
      ).toEqual([
        ['/chain/0/grading/reliability', 'invalid_value'],
        ['/chain/0/grading/credibility', 'invalid_number'],
      ])
    })
  })

  describe('constructors', () => {
    it('from, accordingTo and grade', () => {
      expect(Attribution.from(officials, 'told')).toEqual({
        chain: [{ source: officials, cue: 'told' }],
      })
      expect(Attribution.accordingTo(Id.actor('al-akhbar'))).toEqual({
        chain: [{ source: 'al-akhbar', cue: 'according to' }],
      })
      expect(Attribution.grade('B2')).toEqual(O.some({ reliability: 'B', credibility: 2 }))
      expect(Attribution.grade('G7')).toEqual(O.none)
      expect(Attribution.showGrading({ reliability: 'F', credibility: 6 })).toBe('F6')
    })
    test.prop([fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), fc.integer({ min: 1, max: 6 })])(
      'grade and showGrading round-trip',
      (r, c) => {
        const g = Attribution.grade(`${r}${c}`)
        expect(O.isSome(g) && Attribution.showGrading(g.value)).toBe(`${r}${c}`)
      },
    )
  })

  describe('combinators', () => {
    it('officials → told Axios → report', () => {
      const chain = pipe(Attribution.from(officials, 'told'), Attribution.via(axios))
      expect(Attribution.sources(chain)).toEqual([officials, axios])
      expect(Attribution.depth(chain)).toBe(2)
      expect(Attribution.originalSource(chain)).toEqual(O.some(officials))
      expect(Attribution.isUnattributed(chain)).toBe(false)
      expect(Attribution.isHedged(chain)).toBe(false)
    })
    it('reportedly adds an unattributed hop; graded grades the original source', () => {
      const chain = pipe(
        Attribution.from(Id.actor('militia-official'), 'noted'),
        Attribution.reportedly(),
        Attribution.graded({ reliability: 'F', credibility: 6 }),
      )
      expect(chain.chain).toEqual([
        { source: 'militia-official', cue: 'noted', grading: { reliability: 'F', credibility: 6 } },
        { cue: 'reportedly' },
      ])
      expect(Attribution.isUnattributed(chain)).toBe(true)
      expect(Attribution.isHedged(chain)).toBe(true)
      expect(
        Attribution.originalSource(pipe(Attribution.from(axios), Attribution.reportedly())),
      ).toEqual(O.some(axios))
    })
  })
})
