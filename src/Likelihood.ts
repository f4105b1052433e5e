/**
 * How sure a claim is: hedge cues ("could", "may", "likely", "reportedly",
 * "anticipated") mapped to ICD 203 estimative bands, with their probability ranges, and to
 * FactBank factuality values (CT+, PR+, PS+, CT−, PR−, PS−, CTu, Uu).
 *
 * ICD 203 rows: almost no chance 1–5%, very unlikely 5–20%, unlikely 20–45%, roughly even
 * chance 45–55%, likely 55–80%, very likely 80–95%, almost certain 95–99%. Words outside
 * ICD 203's vocabulary ("may", "could", "most likely") carry a factuality value but no band.
 * {@link LEXICON} lists every known cue with its values and why; {@link cue} builds a
 * likelihood from a cue written in code, {@link fromCue} from a cue read from data.
 *
 * @example
 * ```ts
 * import { Likelihood } from 'claimgraph'
 * import * as O from 'fp-ts/lib/Option.js'
 * import assert from 'node:assert/strict'
 *
 * assert.deepEqual(
 *   Likelihood.fromCue('very likely'),
 *   O.some({ cue: 'very likely', band: 'very_likely', factuality: 'PR+' }),
 * )
 * assert.deepEqual(Likelihood.fromCue('reportedly'), O.some({ cue: 'reportedly', factuality: 'Uu' }))
 * assert.deepEqual(Likelihood.probability(Likelihood.fromBand('likely')), [0.55, 0.8])
 *
 * // a cue written in code is checked at compile time; one read from data goes through fromCue
 * assert.deepEqual(Likelihood.cue('believed to'), { cue: 'believed to', factuality: 'PR+' })
 * assert.deepEqual(Likelihood.fromCue('believed by some'), O.none)
 * assert.equal(Likelihood.LEXICON.find((e) => e.cue === 'would')?.factuality, 'PR+')
 * ```
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/lib/Option.js'
import type * as Ordering from 'fp-ts/lib/Ord.js'
import * as C from './Codec.js'
import { table } from './generated/Likelihood.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

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
 * One cue of the hedge lexicon: the words, the FactBank value they give a claim relative
 * to the source that uses them, the ICD 203 row they name (ICD 203's own words only), and
 * why. `W` is the type of the words (a literal type in {@link LEXICON}).
 *
 * @category model
 * @since 0.2.0
 */
export interface LexiconEntry<W extends string = string> {
  readonly cue: W
  readonly factuality: Factuality
  readonly band?: Band
  readonly note: string
}

const inRow =
  (band: Band, note: string) =>
  <const W extends string>(...cues: ReadonlyArray<W>): ReadonlyArray<LexiconEntry<W>> =>
    cues.map((cue) => ({
      cue,
      band,
      factuality: BANDS.find((r) => r.band === band)!.factuality,
      note,
    }))
const entry =
  (factuality: Factuality, note: string) =>
  <const W extends string>(...cues: ReadonlyArray<W>): ReadonlyArray<LexiconEntry<W>> =>
    cues.map((cue) => ({ cue, factuality, note }))

const HEARSAY =
  'hearsay: the source passes the claim on without committing to it (FactBank Uu); not an ICD 203 term'
const POSSIBLE = 'possibility (FactBank PS+); not an ICD 203 term, so no band'
const PROBABLE = 'probability short of certainty (FactBank PR+); not an ICD 203 term, so no band'
const BELIEF =
  'a belief held by unnamed others that the source passes on with some confidence ("X is believed to hold the hostages"): probable (FactBank PR+); not an ICD 203 term'
const UNATTRIBUTED =
  'sourcing without a name ("sources say", "according to"): the claim is passed on, the source does not commit to it (FactBank Uu); record who said it in the attribution chain'

const ENTRIES = Object.freeze([
  ...inRow('almost_no_chance', 'ICD 203 row "almost no chance" (1–5%)')(
    'almost no chance',
    'remote',
    'remotely',
  ),
  ...inRow('very_unlikely', 'ICD 203 row "very unlikely" (5–20%)')(
    'very unlikely',
    'highly improbable',
    'highly unlikely',
  ),
  ...inRow('unlikely', 'ICD 203 row "unlikely" (20–45%)')('unlikely', 'improbable', 'improbably'),
  ...inRow('unlikely', 'ICD 203 row "unlikely" (20–45%), as a predicate ("is unlikely to")')(
    'is unlikely to',
    'are unlikely to',
  ),
  ...inRow('roughly_even', 'ICD 203 row "roughly even chance" (45–55%): the source is uncommitted')(
    'roughly even chance',
    'roughly even odds',
    'even chance',
  ),
  ...inRow('likely', 'ICD 203 row "likely" (55–80%)')('likely', 'probable', 'probably'),
  ...inRow('likely', 'ICD 203 row "likely" (55–80%), as a predicate ("is likely to")')(
    'is likely to',
    'are likely to',
  ),
  ...inRow('very_likely', 'ICD 203 row "very likely" (80–95%)')(
    'very likely',
    'highly probable',
    'highly likely',
  ),
  ...inRow('almost_certain', 'ICD 203 row "almost certain" (95–99%)')(
    'almost certain',
    'almost certainly',
    'nearly certain',
  ),
  ...entry(
    'CT+',
    'a prediction stated without a hedge: the source commits to it (FactBank gives unhedged future events CT+)',
  )('will'),
  ...entry('CT+', 'certainty (FactBank CT+); ICD 203 reserves its top row for "almost certain"')(
    'certainly',
    'definitely',
    'undoubtedly',
    'no doubt',
  ),
  ...entry(
    'CT+',
    'epistemic "must" ("must have known"): a conclusion the source is sure of; an obligation is Proposition.must, not a hedge',
  )('must'),
  ...entry(
    'PR+',
    'a conditional consequence or the future seen from the past ("said it would respond"): committed, given the condition the model states apart, but less than "will"',
  )('would'),
  ...entry(
    'PR+',
    'probable (FactBank PR+); not an ICD 203 term — between "likely" and "very likely" — so no band',
  )('most likely', 'in all likelihood'),
  ...entry('PR+', 'an expected or scheduled event (FactBank PR+); not an ICD 203 term')(
    'expected',
    'expected to',
    'is expected to',
    'are expected to',
    'anticipated',
    'planned',
    'set to',
    'poised to',
  ),
  ...entry('PR+', PROBABLE)(
    'believed',
    'thought',
    'understood',
    'presumably',
    'apparently',
    'seemingly',
    'appears',
    'appears to',
    'appear to',
    'seems',
    'seems to',
    'seem to',
    'should',
  ),
  ...entry('PR+', BELIEF)(
    'believed to',
    'is believed to',
    'are believed to',
    'thought to',
    'is thought to',
    'are thought to',
    'understood to',
    'is understood to',
    'are understood to',
    'it is believed',
    'it is thought',
  ),
  ...entry(
    'PR+',
    'British press sourcing ("it is understood that…", "the BBC understands"): the outlet has it from sources it does not name and stands by it (FactBank PR+)',
  )('it is understood', 'understands'),
  ...entry('PS+', POSSIBLE)(
    'may',
    'might',
    'could',
    'possibly',
    'possible',
    'potential',
    'potentially',
    'perhaps',
    'maybe',
    'conceivably',
    'suspected',
  ),
  ...entry(
    'PS+',
    'ability or possibility ("Xland can strike"): as a hedge, possible (FactBank PS+); a claimed capacity is Proposition.able',
  )('can'),
  ...entry('PS+', 'a possibility the source will not exclude (FactBank PS+)')(
    'cannot rule out',
    'cannot be ruled out',
    'not ruled out',
  ),
  ...entry('PS-', 'a possibility that the event does not happen (FactBank PS−)')(
    'may not',
    'might not',
    'could not',
  ),
  ...entry('PR-', 'a conditional or reported refusal: probably not (FactBank PR−)')('would not'),
  ...entry('PR-', 'probably not (FactBank PR−); not an ICD 203 term')('doubtful', 'doubts'),
  ...entry('CT-', 'negation or impossibility as the source presents it (FactBank CT−)')(
    'not',
    'never',
    'will not',
    "won't",
    'cannot',
    "can't",
  ),
  ...entry('Uu', HEARSAY)(
    'reportedly',
    'allegedly',
    'purportedly',
    'reported',
    'said',
    'supposedly',
    'is said to',
    'are said to',
    'said to',
    'reported to',
    'is reported to',
    'are reported to',
    'alleged',
    'alleged to',
    'is alleged to',
    'claimed',
    'rumored',
    'rumoured',
    'unconfirmed',
  ),
  ...entry(
    'Uu',
    'the appearance, which the source hints may not be the reality ("ostensibly a trade mission"): uncommitted (FactBank Uu)',
  )('ostensibly'),
  ...entry('Uu', UNATTRIBUTED)(
    'according to',
    'sources say',
    'sources said',
    'sources told',
    'word is',
    'rumour has it',
    'rumor has it',
    'it is claimed',
    'it is alleged',
  ),
  ...entry('Uu', 'the source says it does not know (FactBank Uu)')('unclear'),
])

/**
 * A cue of {@link LEXICON}, as a literal type: what {@link cue} accepts, so that a cue
 * written in code that is not in the lexicon fails to compile.
 *
 * @category model
 * @since 0.2.0
 */
export type Cue = (typeof LEXICON)[number]['cue']

/**
 * The hedge lexicon: every cue {@link fromCue} and {@link cue} know, with its FactBank value,
 * its ICD 203 row where the cue is one of ICD 203's own terms, and a note. Cues are matched
 * without regard to case, spacing or the form of the apostrophe. The guide
 * `docs/attribution.md` prints the whole table.
 *
 * ICD 203 asks analysts to use its seven rows' words; words outside them ("may", "most
 * likely") keep their FactBank value but get no band, so that `likelihood/mixed-bands`
 * compares only what ICD 203 defines.
 *
 * @category model
 * @since 0.2.0
 */
export const LEXICON = ENTRIES

const normalize = (cue: string): string =>
  cue
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")

const BY_CUE: ReadonlyMap<string, LexiconEntry> = new Map(
  LEXICON.map((e) => [normalize(e.cue), e] as const),
)

/**
 * Hedge words outside ICD 203's vocabulary, with their FactBank value: the entries of
 * {@link LEXICON} without a band.
 *
 * @category model
 * @since 0.1.0
 */
export const CUES: Readonly<Record<string, Factuality>> = Object.fromEntries(
  LEXICON.filter((e) => e.band === undefined).map((e) => [e.cue, e.factuality]),
)

const BY_BAND: ReadonlyMap<Band, BandRow> = new Map(BANDS.map((r) => [r.band, r]))

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * @category codecs
 * @since 0.1.0
 */
export const Band: C.Codec<Band> = fast(
  C.keyof(
    'Band',
    BANDS.map((r) => r.band),
  ),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Factuality: C.Codec<Factuality> = fast(
  C.keyof('Factuality', ['CT+', 'PR+', 'PS+', 'CT-', 'PR-', 'PS-', 'CTu', 'Uu']),
)

/**
 * The codec of {@link Likelihood}; a band must agree with the factuality it implies.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Likelihood: C.Codec<Likelihood> = fast(
  C.refine(
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
  ),
)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The likelihood a cue expresses, if the cue is in {@link LEXICON} (case, spacing and the
 * form of the apostrophe are ignored); the cue is kept as written. Linear in the length
 * of the cue.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromCue = (cue: string): O.Option<Likelihood> => {
  if (cue.length > 200) return O.none
  const e = BY_CUE.get(normalize(cue))
  if (e === undefined) return O.none
  return O.some(
    e.band === undefined
      ? { cue, factuality: e.factuality }
      : { cue, band: e.band, factuality: e.factuality },
  )
}

/**
 * The likelihood of a cue you write in code — `cue('most likely')`, `cue('believed to')` —
 * as the guides use it. Its parameter is {@link Cue}, the literal words of {@link LEXICON}:
 * a cue that is not in the lexicon does not compile. Cues that come from data are strings:
 * read them with {@link fromCue}, which gives `none` for an unknown one. `cue` never throws:
 * called from untyped code with words outside the lexicon, it gives the words without a
 * factuality, which `Report.make` and `Report.decode` then reject (`missing_key`), with its
 * path. Linear in the length of the cue.
 *
 * @category constructors
 * @since 0.2.0
 */
export const cue = (words: Cue): Likelihood => {
  const l = fromCue(words)
  // untyped code only: the words without a factuality, which decoding rejects at their path
  return O.isSome(l) ? l.value : ({ cue: words } as unknown as Likelihood)
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
