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

  describe('a document or a message as the medium of a link', () => {
    it('inMedium sets the medium of the hop just added, and the codec keeps it', () => {
      // "according to a leaked memo"
      const memo = pipe(
        Attribution.from(Id.actor('ministry'), 'according to a leaked memo'),
        Attribution.inMedium({ kind: 'document' }),
      )
      expect(memo.chain).toEqual([
        { source: 'ministry', cue: 'according to a leaked memo', medium: { kind: 'document' } },
      ])
      // "a message the group sent, which officials described to Axios": only the first hop
      const relayed = pipe(
        Attribution.from(Id.actor('group'), 'in a message'),
        Attribution.inMedium({ kind: 'message' }),
        Attribution.via(officials, 'described'),
        Attribution.via(axios),
      )
      expect(relayed.chain.map((l) => l.medium?.kind)).toEqual(['message', undefined, undefined])
      // "a statement posted on Telegram", on the last hop
      const posted = pipe(
        Attribution.from(officials, 'said'),
        Attribution.via(Id.actor('channel'), 'posted'),
        Attribution.inMedium({ kind: 'post', platform: 'Telegram' }),
      )
      expect(posted.chain[1]?.medium).toEqual({ kind: 'post', platform: 'Telegram' })
      expect(posted.chain[0]).not.toHaveProperty('medium')
      for (const a of [memo, relayed, posted])
        expect(Attribution.Attribution.decode(JSON.parse(JSON.stringify(a)))).toEqual({
          _tag: 'Right',
          right: a,
        })
    })
    it('a medium of an unknown kind is refused with its path', () => {
      expect(
        issuesOf(Attribution.Attribution, {
          chain: [{ source: 'x', cue: 'according to', medium: { kind: 'memo' } }],
        }),
      ).toEqual([['/chain/0/medium/kind', 'invalid_value']])
    })
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
