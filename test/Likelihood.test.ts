import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import { pipe } from 'fp-ts/function'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import {
  Actor,
  Event,
  Id,
  Likelihood as L,
  Proposition as P,
  Report,
  Statement,
} from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { likelihood } from './support/arbitraries.js'

describe('Likelihood', () => {
  describe('codecs', () => {
    codecLaws(L.Likelihood, likelihood)
    it('a band must agree with its factuality', () => {
      expect(issuesOf(L.Likelihood, { band: 'likely', factuality: 'CT-' })).toEqual([
        ['/', 'invalid_value'],
      ])
      expect(issuesOf(L.Likelihood, { factuality: 'XX' })).toEqual([
        ['/factuality', 'invalid_value'],
      ])
    })
  })

  describe('constructors', () => {
    it('fromCue maps ICD 203 terms to bands and FactBank values', () => {
      expect(L.fromCue('Very Likely')).toEqual(
        O.some({ cue: 'Very Likely', band: 'very_likely', factuality: 'PR+' }),
      )
      expect(L.fromCue('almost  no chance')).toEqual(
        O.some({ cue: 'almost  no chance', band: 'almost_no_chance', factuality: 'CT-' }),
      )
      expect(L.fromCue('could')).toEqual(O.some({ cue: 'could', factuality: 'PS+' }))
      expect(L.fromCue('reportedly')).toEqual(O.some({ cue: 'reportedly', factuality: 'Uu' }))
      expect(L.fromCue('anticipated')).toEqual(O.some({ cue: 'anticipated', factuality: 'PR+' }))
      expect(L.fromCue('banana')).toEqual(O.none)
      expect(L.fromCue('constructor')).toEqual(O.none)
      expect(L.fromCue('__proto__')).toEqual(O.none)
    })

    it('fromCue knows the everyday hedges of news reporting', () => {
      const values = [
        'would',
        'most likely',
        'can',
        'will',
        'might',
        'probably',
        'allegedly',
        'possibly',
        'perhaps',
        'is said to',
        'cannot be ruled out',
        'won’t',
      ].map((c) => O.map((l: L.Likelihood) => [l.factuality, l.band ?? '-'])(L.fromCue(c)))
      expect(values).toEqual(
        [
          ['PR+', '-'],
          ['PR+', '-'],
          ['PS+', '-'],
          ['CT+', '-'],
          ['PS+', '-'],
          ['PR+', 'likely'],
          ['Uu', '-'],
          ['PS+', '-'],
          ['PS+', '-'],
          ['Uu', '-'],
          ['PS+', '-'],
          ['CT-', '-'],
        ].map(O.some),
      )
      expect(L.fromCue('  Most   Likely ')).toEqual(
        O.some({ cue: '  Most   Likely ', factuality: 'PR+' }),
      )
      expect(L.fromCue('x'.repeat(10_000))).toEqual(O.none)
    })

    it('cue: the likelihood of a cue written in code; words outside the lexicon do not compile, and never throw', () => {
      expect(L.cue('may')).toEqual({ cue: 'may', factuality: 'PS+' })
      expect(L.cue('very likely')).toEqual({
        cue: 'very likely',
        band: 'very_likely',
        factuality: 'PR+',
      })
      // @ts-expect-error a cue written in code that is not in the lexicon does not compile
      expect(L.cue('banana')).toEqual({ cue: 'banana' })
      // from untyped code: no exception; the words without a factuality, which decoding rejects
      const untyped = L.cue as (words: string) => unknown
      expect(untyped('toString')).toEqual({ cue: 'toString' })
      expect(untyped('believed by many')).toEqual({ cue: 'believed by many' })
      expect(E.isLeft(L.Likelihood.decode(untyped('believed by many')))).toBe(true)
      expectTypeOf(L.cue).parameter(0).toEqualTypeOf<L.Cue>()
      expectTypeOf<'believed to'>().toMatchTypeOf<L.Cue>()
      expectTypeOf<'believed by many'>().not.toMatchTypeOf<L.Cue>()
    })

    it('cue: an unknown cue from untyped code is rejected by Report.make with its path', () => {
      const untyped = L.cue as unknown as (words: string) => L.Likelihood
      const made = Report.make({
        headline: 'h',
        author: Id.actor('me'),
        actors: [Actor.author('me')],
        events: [Event.make('e', 'strike', 'a strike')],
        statements: [
          Statement.make(
            's',
            [Id.actor('me')],
            'assert',
            Statement.proposition(
              pipe(P.occurs(Id.event('e')), P.hedge(untyped('believed by many'))),
            ),
          ),
        ],
      })
      expect(E.isLeft(made)).toBe(true)
      const paths = E.isLeft(made) ? made.left.issues.map((i) => i.path.join('.')) : []
      expect(paths).toContain('statements.0.content.proposition.likelihood.factuality')
    })

    it('the phrasings of belief, report and sourcing that newsrooms use are cues', () => {
      const value = (w: string) => O.map((l: L.Likelihood) => l.factuality)(L.fromCue(w))
      // "The hostages are believed to include…", "the envoy is thought to have…"
      for (const w of [
        'believed to',
        'are believed to',
        'Thought to',
        'is understood to',
        'expected to',
        'appears to',
        'seems to',
        'it is understood',
        'it is believed',
      ])
        expect(value(w), w).toEqual(O.some('PR+'))
      // hearsay: "is said to", "was reported to", "sources say", "according to"
      for (const w of [
        'said to',
        'is reported to',
        'reported to',
        'purportedly',
        'ostensibly',
        'according to',
        'Sources say',
        'sources said',
        'rumour has it',
        'alleged to',
      ])
        expect(value(w), w).toEqual(O.some('Uu'))
      for (const w of ['could', 'may', 'might', 'possibly'])
        expect(value(w), w).toEqual(O.some('PS+'))
      expect(value('apparently')).toEqual(O.some('PR+'))
      // "is likely to" names an ICD 203 row, and so has its band
      expect(L.fromCue('is likely to')).toEqual(
        O.some({ cue: 'is likely to', band: 'likely', factuality: 'PR+' }),
      )
      expect(L.fromCue('are unlikely to')).toEqual(
        O.some({ cue: 'are unlikely to', band: 'unlikely', factuality: 'PR-' }),
      )
      // words that only look like a cue are not one
      expect(L.fromCue('believed')).not.toEqual(L.fromCue('believed in'))
      expect(L.fromCue('according')).toEqual(O.none)
    })

    it('the lexicon: one entry per cue, each a valid likelihood with a note; ICD 203 terms carry their row', () => {
      const keys = L.LEXICON.map((e) => e.cue.toLowerCase())
      expect(new Set(keys).size).toBe(keys.length)
      for (const e of L.LEXICON) {
        expect(e.note.length, e.cue).toBeGreaterThan(10)
        expect(L.Likelihood.is(L.cue(e.cue)), e.cue).toBe(true)
        expect(L.fromCue(e.cue)).toEqual(
          O.some(
            e.band === undefined
              ? { cue: e.cue, factuality: e.factuality }
              : { cue: e.cue, band: e.band, factuality: e.factuality },
          ),
        )
      }
      // ICD 203's own words carry their row, alone or as a predicate ("is likely to")
      const banded = L.LEXICON.filter((e) => e.band !== undefined)
      expect(banded.map((e) => e.cue).filter((c) => !/^(is|are) /.test(c))).toEqual(
        L.BANDS.flatMap((r) => r.terms),
      )
      for (const e of banded)
        expect(
          L.BANDS.find((r) => r.band === e.band)!.terms.some(
            (t) => e.cue.endsWith(t) || e.cue.includes(` ${t} `),
          ),
          e.cue,
        ).toBe(true)
      expect(L.CUES['most likely']).toBe('PR+')
      expect(L.CUES['likely']).toBeUndefined()
    })

    it('every ICD 203 band has its documented range', () => {
      expect(L.BANDS.map((r) => [r.band, r.low, r.high])).toEqual([
        ['almost_no_chance', 0.01, 0.05],
        ['very_unlikely', 0.05, 0.2],
        ['unlikely', 0.2, 0.45],
        ['roughly_even', 0.45, 0.55],
        ['likely', 0.55, 0.8],
        ['very_likely', 0.8, 0.95],
        ['almost_certain', 0.95, 0.99],
      ])
    })
  })

  describe('combinators', () => {
    test.prop([likelihood])('negate is an involution (up to the cue)', (l) => {
      const { cue: _c, ...bare } = l
      expect(L.negate(L.negate(l))).toEqual(bare)
    })

    test.prop([likelihood])('weaken never moves away from even chance', (l) => {
      const mid = (x: L.Likelihood) =>
        Math.abs((L.probability(x)[0] + L.probability(x)[1]) / 2 - 0.5)
      if (l.band !== undefined) expect(mid(L.weaken(l))).toBeLessThanOrEqual(mid(l))
      expect(L.Likelihood.is(L.weaken(l))).toBe(true)
    })

    it('weaken and negate on examples', () => {
      expect(L.weaken(L.fromBand('almost_certain'))).toEqual(L.fromBand('very_likely'))
      expect(L.weaken(L.fromBand('almost_no_chance'))).toEqual(L.fromBand('very_unlikely'))
      expect(L.weaken(L.fromBand('roughly_even'))).toEqual(L.fromBand('roughly_even'))
      expect(L.weaken(L.fromFactuality('CT+'))).toEqual(L.fromFactuality('PR+'))
      expect(L.negate(L.fromBand('likely'))).toEqual(L.fromBand('unlikely'))
      expect(L.negate(L.fromFactuality('PS+'))).toEqual(L.fromFactuality('PS-'))
    })
  })

  describe('queries', () => {
    test.prop([likelihood, likelihood, likelihood])('Ord is a total preorder', (a, b, c) => {
      expect(L.Ord.compare(a, b)).toBe(-L.Ord.compare(b, a) || 0)
      if (L.Ord.compare(a, b) <= 0 && L.Ord.compare(b, c) <= 0)
        expect(L.Ord.compare(a, c)).toBeLessThanOrEqual(0)
      expect(L.Ord.equals(a, a)).toBe(true)
    })

    it('orders bands from least to most likely', () => {
      const sorted = [...L.BANDS]
        .reverse()
        .map((r) => L.fromBand(r.band))
        .sort(L.Ord.compare)
      expect(sorted.map((l) => l.band)).toEqual(L.BANDS.map((r) => r.band))
      expect(L.row(L.fromBand('likely'))).toEqual(O.some(L.BANDS[4]))
      expect(L.row(L.fromFactuality('Uu'))).toEqual(O.none)
      expect(L.probability(L.fromFactuality('CT+'))).toEqual([0.95, 1])
    })

    test.prop([fc.constantFrom(...L.BANDS.flatMap((r) => r.terms))])(
      'every ICD 203 term maps to its own row',
      (term) => {
        const l = L.fromCue(term)
        expect(O.isSome(l) && L.BANDS.find((r) => r.band === l.value.band)!.terms).toContain(term)
      },
    )
  })
})
