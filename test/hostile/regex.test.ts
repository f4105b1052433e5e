import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import {
  Actor,
  Attribution,
  Codec,
  DecodeError,
  Evidence,
  Id,
  Likelihood,
  Report,
  Time,
} from '../../src/index.js'

// Strings of 100,000 characters shaped to make a backtracking regular expression explode.
const N = 100_000
const adversarial: ReadonlyArray<string> = [
  'a'.repeat(N),
  'a'.repeat(N) + '!',
  'A.'.repeat(N / 2),
  'A.'.repeat(N / 2) + ' x',
  '9'.repeat(N),
  '2024-'.repeat(N / 5),
  'XXXX-'.repeat(N / 5),
  'Q1'.repeat(N / 2),
  'USA'.repeat(N / 3) + 'x',
  'en-'.repeat(N / 3),
  '\uD800'.repeat(N),
  'a'.repeat(N - 1) + '\u0000',
  ' '.repeat(N) + 'x',
  '. '.repeat(N / 2),
  '"'.repeat(N),
]

describe('hostile: regular expressions on 100,000-character inputs', () => {
  it('every decoder with a pattern answers (ids, times, codes, tags, languages)', () => {
    const decoders: ReadonlyArray<Codec.AnyCodec> = [
      Id.ActorId,
      Time.Time,
      Time.TimeRef,
      Time.Duration,
      Actor.CountryCode,
      Actor.External,
      Likelihood.Likelihood,
    ]
    for (const s of adversarial) {
      for (const d of decoders)
        expect(E.isLeft(Codec.decode(d)(s)) || d === Actor.External).toBe(true)
      expect(E.isLeft(Codec.decode(Actor.External)({ wikidata: s, cameo: s }))).toBe(true)
      expect(
        E.isLeft(
          Report.decode({
            format: 'claimgraph/1',
            headline: 'h',
            author: 'a',
            language: s,
            actors: [],
            events: [],
            statements: [],
            threats: [],
          }),
        ),
      ).toBe(true)
    }
  })
  it('Time, Likelihood, Attribution and Evidence helpers answer', () => {
    for (const s of adversarial) {
      expect(Time.isTime(s)).toBe(false)
      expect(Likelihood.fromCue(s)._tag).toBe('None')
      expect(Attribution.grade(s)._tag).toBe('None')
      expect(Attribution.isHedged({ chain: [{ cue: s }] })).toBe(false)
      expect(Evidence.sentences(s).length).toBeGreaterThanOrEqual(0)
      expect(E.isLeft(Evidence.locate(s)('needle'))).toBe(true)
    }
  })
  it('error paths with numeric-looking keys of any length', () => {
    const r = Report.decode({ format: 'claimgraph/1', ['9'.repeat(N)]: 1 })
    expect(E.isLeft(r) && DecodeError.toList(r.left).length).toBeGreaterThan(0)
  })
})
