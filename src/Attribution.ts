/**
 * How the report knows a claim: a chain from the original source through intermediaries
 * to the report itself (the report is always the implicit last hop). Each link has the
 * cue that attributes it ("told", "according to", "said", "reportedly"), optionally an
 * Admiralty grading, and the evidence for it. A link without a source is unattributed
 * ("reportedly").
 *
 * Whether a link is on the record or anonymous follows from its source's kind (an
 * `anonymous` actor), so it is not stored twice; {@link Report} answers it.
 *
 * @example
 * ```ts
 * import { Attribution, Id } from 'claimgraph'
 * import { pipe } from 'fp-ts/lib/function.js'
 * import assert from 'node:assert/strict'
 *
 * // "two U.S. officials told Axios", and Axios told this report
 * const chain = pipe(
 *   Attribution.from(Id.actor('two-us-officials'), 'told'),
 *   Attribution.via(Id.actor('axios')),
 * )
 *
 * assert.equal(Attribution.depth(chain), 2)
 * assert.deepEqual(Attribution.sources(chain), ['two-us-officials', 'axios'])
 * ```
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/lib/Option.js'
import * as C from './Codec.js'
import * as Id from './Id.js'
import * as Evidence from './Evidence.js'
import { table } from './generated/Attribution.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * NATO / Admiralty source reliability: A (completely reliable) to F (cannot be judged).
 *
 * @category model
 * @since 0.1.0
 */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F'

/**
 * NATO / Admiralty information credibility: 1 (confirmed) to 6 (cannot be judged).
 *
 * @category model
 * @since 0.1.0
 */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6

/**
 * An Admiralty grading such as "B2".
 *
 * @category model
 * @since 0.1.0
 */
export interface Grading {
  readonly reliability: Reliability
  readonly credibility: Credibility
}

/**
 * One hop of an attribution chain.
 *
 * @category model
 * @since 0.1.0
 */
export interface Link {
  /** Who passed the claim on; absent for an unattributed hop ("reportedly"). */
  readonly source?: Id.ActorId
  /** The words that attribute it: "told", "according to", "said", "reportedly". */
  readonly cue?: string
  readonly grading?: Grading
  readonly evidence?: ReadonlyArray<Evidence.Span>
}

/**
 * An attribution chain, original source first; the report is the implicit last hop.
 *
 * @category model
 * @since 0.1.0
 */
export interface Attribution {
  readonly chain: readonly [Link, ...Link[]]
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * @category codecs
 * @since 0.1.0
 */
export const Grading: C.Codec<Grading> = fast(
  C.struct('Grading', {
    reliability: C.keyof('Reliability', ['A', 'B', 'C', 'D', 'E', 'F']),
    credibility: C.number('credibility', { integer: true, min: 1, max: 6 }) as C.Codec<Credibility>,
  }),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Link: C.Codec<Link> = fast(
  C.refine(
    C.struct(
      'Link',
      {},
      {
        source: Id.ActorRef,
        cue: C.string('cue', { min: 1, max: 200 }),
        grading: Grading,
        evidence: Evidence.Spans,
      },
    ),
    C.Checks.someKey<Link>(['source', 'cue'], 'a link needs a source or a cue'),
  ),
)

/**
 * @category codecs
 * @since 0.1.0
 */
export const Attribution: C.Codec<Attribution> = fast(
  C.struct('Attribution', {
    chain: C.array(Link, { min: 1, max: 1000, name: 'Chain' }) as unknown as C.Codec<
      readonly [Link, ...Link[]]
    >,
  }),
)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A grading from its two-character form ("B2"), if well-formed.
 *
 * @category constructors
 * @since 0.1.0
 */
export const grade = (s: string): O.Option<Grading> => {
  const m = /^([A-F])([1-6])$/.exec(s)
  return m === null
    ? O.none
    : O.some({ reliability: m[1] as Reliability, credibility: Number(m[2]) as Credibility })
}

/**
 * A chain that starts at an original source with the cue that attributes it.
 *
 * @category constructors
 * @since 0.1.0
 */
export const from = (
  source: Id.ActorId,
  cue?: string,
  evidence?: ReadonlyArray<Evidence.Span>,
): Attribution => ({
  chain: [link(source, cue, evidence)],
})

/**
 * "according to X": a chain from X with the cue "according to".
 *
 * @category constructors
 * @since 0.1.0
 */
export const accordingTo = (
  source: Id.ActorId,
  evidence?: ReadonlyArray<Evidence.Span>,
): Attribution => from(source, 'according to', evidence)

const link = (
  source: Id.ActorId | undefined,
  cue: string | undefined,
  evidence: ReadonlyArray<Evidence.Span> | undefined,
): Link => ({
  ...(source === undefined ? {} : { source }),
  ...(cue === undefined ? {} : { cue }),
  ...(evidence === undefined ? {} : { evidence }),
})

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Adds an intermediary after the current end of the chain (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const via =
  (source: Id.ActorId, cue?: string, evidence?: ReadonlyArray<Evidence.Span>) =>
  (a: Attribution): Attribution => ({ chain: [...a.chain, link(source, cue, evidence)] })

/**
 * Adds an unattributed hop with the cue "reportedly" (or another cue), data-last.
 *
 * @category combinators
 * @since 0.1.0
 */
export const reportedly =
  (cue = 'reportedly', evidence?: ReadonlyArray<Evidence.Span>) =>
  (a: Attribution): Attribution => ({ chain: [...a.chain, link(undefined, cue, evidence)] })

/**
 * Grades the original source's link (data-last).
 *
 * @category combinators
 * @since 0.1.0
 */
export const graded =
  (grading: Grading) =>
  (a: Attribution): Attribution => {
    const [first, ...rest] = a.chain
    return { chain: [{ ...first, grading }, ...rest] }
  }

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * The original source, if the first link names one.
 *
 * @category queries
 * @since 0.1.0
 */
export const originalSource = (a: Attribution): O.Option<Id.ActorId> =>
  O.fromNullable(a.chain[0].source)

/**
 * How many hops lie between the original source and the report.
 *
 * @category queries
 * @since 0.1.0
 */
export const depth = (a: Attribution): number => a.chain.length

/**
 * The sources named along the chain, original first.
 *
 * @category queries
 * @since 0.1.0
 */
export const sources = (a: Attribution): ReadonlyArray<Id.ActorId> =>
  a.chain.flatMap((l) => (l.source === undefined ? [] : [l.source]))

/**
 * Whether any hop is unattributed.
 *
 * @category queries
 * @since 0.1.0
 */
export const isUnattributed = (a: Attribution): boolean =>
  a.chain.some((l) => l.source === undefined)

/**
 * Whether the chain carries a hedge cue ("reportedly", "allegedly", "purportedly").
 *
 * @category queries
 * @since 0.1.0
 */
export const isHedged = (a: Attribution): boolean =>
  a.chain.some(
    (l) =>
      l.cue !== undefined && /^(reportedly|allegedly|purportedly|reported)$/i.test(l.cue.trim()),
  )

/**
 * A grading's two-character form.
 *
 * @category utils
 * @since 0.1.0
 */
export const showGrading = (g: Grading): string => `${g.reliability}${g.credibility}`
