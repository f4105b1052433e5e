/**
 * How sure a claim is: hedge cues ("could", "may", "likely", "reportedly",
 * "anticipated") mapped to ICD 203 estimative bands, with their probability ranges, and to
 * FactBank factuality values (CT+, PR+, PS+, CT−, PR−, PS−, CTu, Uu).
 *
 * ICD 203 rows: almost no chance 1–5%, very unlikely 5–20%, unlikely 20–45%, roughly even
 * chance 45–55%, likely 55–80%, very likely 80–95%, almost certain 95–99%. Words outside
 * ICD 203's vocabulary ("may", "could") carry a factuality value but no band.
 *
 * @example
 * ```ts
 * import { Likelihood } from 'claimgraph'
 * import * as O from 'fp-ts/Option'
 * import assert from 'node:assert/strict'
 *
 * assert.deepEqual(
 *   Likelihood.fromCue('very likely'),
 *   O.some({ cue: 'very likely', band: 'very_likely', factuality: 'PR+' }),
 * )
 * assert.deepEqual(Likelihood.fromCue('reportedly'), O.some({ cue: 'reportedly', factuality: 'Uu' }))
 * assert.deepEqual(Likelihood.probability(Likelihood.fromBand('likely')), [0.55, 0.8])
 * ```
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/lib/Option.js'
import type * as Ordering from 'fp-ts/lib/Ord.js'
import * as C from './Codec.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An ICD 203 estimative band, from least to most likely.
 *
 * @category model
 * @since 0.1.0
 */
export type Band =
  | 'almost_no_chance'
  | 'very_unlikely'
  | 'unlikely'
  | 'roughly_even'
  | 'likely'
  | 'very_likely'
  | 'almost_certain'

/**
 * A FactBank factuality value: certain (CT), probable (PR), possible (PS), each positive
 * or negative; CTu (certain but unknown polarity) and Uu (uncommitted).
 *
 * @category model
 * @since 0.1.0
 */
export type Factuality = 'CT+' | 'PR+' | 'PS+' | 'CT-' | 'PR-' | 'PS-' | 'CTu' | 'Uu'

/**
 * A hedge: the cue words as written, the ICD 203 band they express (if any), and the
 * FactBank value relative to the source that uses them.
 *
 * @category model
 * @since 0.1.0
 */
export interface Likelihood {
  readonly factuality: Factuality
  readonly band?: Band
  readonly cue?: string
}

/**
 * One ICD 203 row.
 *
 * @category model
 * @since 0.1.0
 */
export interface BandRow {
  readonly band: Band
  readonly low: number
  readonly high: number
  readonly terms: ReadonlyArray<string>
  readonly factuality: Factuality
}

/**
 * The ICD 203 table, least likely first, with the FactBank value each band implies.
 *
 * @category model
 * @since 0.1.0
 */
export const BANDS: ReadonlyArray<BandRow> = [
  {
    band: 'almost_no_chance',
    low: 0.01,
    high: 0.05,
    terms: ['almost no chance', 'remote', 'remotely'],
    factuality: 'CT-',
  },
  {
    band: 'very_unlikely',
    low: 0.05,
    high: 0.2,
    terms: ['very unlikely', 'highly improbable', 'highly unlikely'],
    factuality: 'PR-',
  },
  {
    band: 'unlikely',
    low: 0.2,
    high: 0.45,
    terms: ['unlikely', 'improbable', 'improbably'],
    factuality: 'PR-',
  },
  {
    band: 'roughly_even',
    low: 0.45,
    high: 0.55,
    terms: ['roughly even chance', 'roughly even odds', 'even chance'],
    factuality: 'Uu',
  },
  {
    band: 'likely',
    low: 0.55,
    high: 0.8,
    terms: ['likely', 'probable', 'probably'],
    factuality: 'PR+',
  },
  {
    band: 'very_likely',
    low: 0.8,
    high: 0.95,
    terms: ['very likely', 'highly probable', 'highly likely'],
    factuality: 'PR+',
  },
  {
    band: 'almost_certain',
    low: 0.95,
    high: 0.99,
    terms: ['almost certain', 'almost certainly', 'nearly certain'],
    factuality: 'CT+',
  },
]

/**
 * Hedge words outside ICD 203's vocabulary, with their FactBank value.
 *
 * @category model
 * @since 0.1.0
 */
export const CUES: Readonly<Record<string, Factuality>> = {
  will: 'CT+',
  certainly: 'CT+',
  definitely: 'CT+',
  must: 'CT+',
  expected: 'PR+',
  anticipated: 'PR+',
  planned: 'PR+',
  may: 'PS+',
  might: 'PS+',
  could: 'PS+',
  possibly: 'PS+',
  possible: 'PS+',
  potential: 'PS+',
  potentially: 'PS+',
  'may not': 'PS-',
  'might not': 'PS-',
  'could not': 'PS-',
  not: 'CT-',
  never: 'CT-',
  reportedly: 'Uu',
  allegedly: 'Uu',
  purportedly: 'Uu',
  reported: 'Uu',
  said: 'Uu',
}

const BY_BAND: ReadonlyMap<Band, BandRow> = new Map(BANDS.map((r) => [r.band, r]))
const BY_TERM: ReadonlyMap<string, BandRow> = new Map(
  BANDS.flatMap((r) => r.terms.map((t) => [t, r] as const)),
)

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * @category codecs
 * @since 0.1.0
 */
export const Band: C.Codec<Band> = C.keyof(
  'Band',
  BANDS.map((r) => r.band),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Factuality: C.Codec<Factuality> = C.keyof('Factuality', [
  'CT+',
  'PR+',
  'PS+',
  'CT-',
  'PR-',
  'PS-',
  'CTu',
  'Uu',
])

/**
 * The codec of {@link Likelihood}; a band must agree with the factuality it implies.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Likelihood: C.Codec<Likelihood> = C.refine(
  C.struct(
    'Likelihood',
    { factuality: Factuality },
    { band: Band, cue: C.string('cue', { min: 1, max: 200 }) },
  ),
  C.Checks.make(
    'band-factuality',
    { table: new Map(BANDS.map((r) => [r.band, r.factuality])) },
    {
      test: (l: Likelihood) =>
        l.band === undefined || BY_BAND.get(l.band)!.factuality === l.factuality,
      explain: (l: Likelihood) => ({
        message: `band "${l.band}" implies factuality ${BY_BAND.get(l.band!)!.factuality}, not ${l.factuality}`,
      }),
    },
  ),
)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The likelihood a cue expresses, if the cue is known (case and spacing are ignored).
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromCue = (cue: string): O.Option<Likelihood> => {
  const key = cue.trim().toLowerCase().replace(/\s+/g, ' ')
  const row = BY_TERM.get(key)
  if (row !== undefined) return O.some({ cue, band: row.band, factuality: row.factuality })
  const f = CUES[key]
  return f === undefined || !Object.prototype.hasOwnProperty.call(CUES, key)
    ? O.none
    : O.some({ cue, factuality: f })
}

/**
 * The likelihood of an ICD 203 band.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromBand = (band: Band): Likelihood => ({
  band,
  factuality: BY_BAND.get(band)!.factuality,
})

/**
 * A likelihood with only a factuality value.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromFactuality = (factuality: Factuality): Likelihood => ({ factuality })

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

const ORDER: ReadonlyArray<Band> = BANDS.map((r) => r.band)

const weakerFactuality: Readonly<Record<Factuality, Factuality>> = {
  'CT+': 'PR+',
  'PR+': 'PS+',
  'PS+': 'PS+',
  'CT-': 'PR-',
  'PR-': 'PS-',
  'PS-': 'PS-',
  CTu: 'Uu',
  Uu: 'Uu',
}
const negatedFactuality: Readonly<Record<Factuality, Factuality>> = {
  'CT+': 'CT-',
  'PR+': 'PR-',
  'PS+': 'PS-',
  'CT-': 'CT+',
  'PR-': 'PR+',
  'PS-': 'PS+',
  CTu: 'CTu',
  Uu: 'Uu',
}

const withBand = (factuality: Factuality, band: Band | undefined): Likelihood =>
  band === undefined ? { factuality } : { factuality: BY_BAND.get(band)!.factuality, band }

/**
 * One step less committed: a band moves one row toward even chance, CT becomes PR and PR
 * becomes PS. The cue is dropped (the words no longer describe the value).
 *
 * @category combinators
 * @since 0.1.0
 */
export const weaken = (l: Likelihood): Likelihood => {
  if (l.band === undefined) return { factuality: weakerFactuality[l.factuality] }
  const i = ORDER.indexOf(l.band)
  const mid = ORDER.indexOf('roughly_even')
  return withBand(l.factuality, ORDER[i === mid ? i : i < mid ? i + 1 : i - 1])
}

/**
 * The likelihood of the opposite claim: the band mirrored (likely ↔ unlikely), the
 * factuality's polarity flipped. `negate(negate(l))` equals `l` without its cue.
 *
 * @category combinators
 * @since 0.1.0
 */
export const negate = (l: Likelihood): Likelihood =>
  l.band === undefined
    ? { factuality: negatedFactuality[l.factuality] }
    : withBand(l.factuality, ORDER[ORDER.length - 1 - ORDER.indexOf(l.band)])

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

const NOMINAL: Readonly<Record<Factuality, readonly [number, number]>> = {
  'CT+': [0.95, 1],
  'PR+': [0.55, 0.95],
  'PS+': [0.2, 0.8],
  'CT-': [0, 0.05],
  'PR-': [0.05, 0.45],
  'PS-': [0.2, 0.8],
  CTu: [0, 1],
  Uu: [0, 1],
}

/**
 * The probability range a likelihood stands for: its band's ICD 203 range, or a nominal
 * range for its factuality value when it has no band.
 *
 * @category queries
 * @since 0.1.0
 */
export const probability = (l: Likelihood): readonly [number, number] => {
  if (l.band !== undefined) {
    const r = BY_BAND.get(l.band)!
    return [r.low, r.high]
  }
  return NOMINAL[l.factuality]
}

/**
 * The ICD 203 row of a likelihood, if it has a band.
 *
 * @category queries
 * @since 0.1.0
 */
export const row = (l: Likelihood): O.Option<BandRow> =>
  l.band === undefined ? O.none : O.some(BY_BAND.get(l.band)!)

/**
 * Orders likelihoods by the midpoint of their probability range, then by its width
 * (narrower first).
 *
 * @category queries
 * @since 0.1.0
 */
export const Ord: Ordering.Ord<Likelihood> = {
  equals: (a, b) => Ord.compare(a, b) === 0,
  compare: (a, b) => {
    const [al, ah] = probability(a)
    const [bl, bh] = probability(b)
    const d = al + ah - (bl + bh)
    if (d !== 0) return d < 0 ? -1 : 1
    const w = ah - al - (bh - bl)
    return w === 0 ? 0 : w < 0 ? -1 : 1
  },
}
