/**
 * Evidence: spans of the source text that a node rests on. A span holds its offsets
 * (UTF-16 code units, end exclusive) and the exact words, so it can be checked against the
 * text. {@link locate} finds a quote in a text and fails clearly when the quote is absent
 * or ambiguous; offsets are never typed by hand.
 *
 * @example
 * ```ts
 * import { Evidence } from 'claimgraph'
 * import * as E from 'fp-ts/lib/Either.js'
 * import assert from 'node:assert/strict'
 *
 * const text = 'Two officials told Axios. One official said more.'
 *
 * assert.deepEqual(
 *   Evidence.locate(text)('told Axios'),
 *   E.right({ start: 14, end: 24, text: 'told Axios' }),
 * )
 * // "official" occurs twice: quote more words, or pick an occurrence
 * assert.ok(E.isLeft(Evidence.locate(text)('official')))
 * assert.deepEqual(
 *   Evidence.locate(text)('official', { occurrence: 1 }),
 *   E.right({ start: 30, end: 38, text: 'official' }),
 * )
 * ```
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js'
import * as C from './Codec.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A span of the source text: `text === source.slice(start, end)`.
 *
 * @category model
 * @since 0.1.0
 */
export interface Span {
  readonly start: number
  readonly end: number
  readonly text: string
}

/**
 * Why a quote could not be located.
 *
 * @category errors
 * @since 0.1.0
 */
export type LocateError =
  | { readonly _tag: 'NotFound'; readonly quote: string; readonly message: string }
  | {
      readonly _tag: 'Ambiguous'
      readonly quote: string
      readonly offsets: ReadonlyArray<number>
      readonly message: string
    }
  | { readonly _tag: 'EmptyQuote'; readonly quote: string; readonly message: string }

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const offset = (name: string) => C.number(name, { integer: true, min: 0 })

/**
 * The codec of {@link Span}: non-empty, `end - start` equal to the length of `text`.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Span: C.Codec<Span> = C.refine(
  C.struct('Span', {
    start: offset('start'),
    end: offset('end'),
    text: C.string('text', { min: 1 }),
  }),
  'Span',
  (s) =>
    s.end - s.start === s.text.length
      ? undefined
      : {
          code: 'invalid_value',
          message: `span ${s.start}–${s.end} has length ${s.end - s.start} but its text has ${s.text.length} characters`,
        },
)

/**
 * The codec of a list of spans.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Spans: C.Codec<ReadonlyArray<Span>> = C.array(Span, { max: 10_000, name: 'Spans' })

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const preview = (q: string) => JSON.stringify(q.length > 60 ? `${q.slice(0, 60)}…` : q)

/**
 * Locates a quote in a text. With `occurrence` (0-based), picks that occurrence; with
 * `after`, searches from that offset on. Without either, the quote must occur exactly once.
 *
 * @category constructors
 * @since 0.1.0
 */
export const locate =
  (source: string) =>
  (
    quote: string,
    options: { readonly occurrence?: number; readonly after?: number } = {},
  ): E.Either<LocateError, Span> => {
    if (quote.length === 0)
      return E.left({ _tag: 'EmptyQuote', quote, message: 'cannot locate an empty quote' })
    const from = options.after ?? 0
    const offsets: number[] = []
    for (let i = source.indexOf(quote, from); i >= 0; i = source.indexOf(quote, i + 1)) {
      offsets.push(i)
      if (options.occurrence === undefined && offsets.length > 1) break
      if (options.occurrence !== undefined && offsets.length > options.occurrence) break
    }
    const pick = options.occurrence ?? 0
    if (offsets.length <= pick) {
      return E.left({
        _tag: 'NotFound',
        quote,
        message: `quote ${preview(quote)} does not occur in the text${from > 0 ? ` after offset ${from}` : ''}`,
      })
    }
    if (options.occurrence === undefined && offsets.length > 1) {
      return E.left({
        _tag: 'Ambiguous',
        quote,
        offsets,
        message: `quote ${preview(quote)} occurs more than once (at ${offsets.join(', ')}, …); quote more words or pass an occurrence`,
      })
    }
    const start = offsets[pick]!
    return E.right({ start, end: start + quote.length, text: quote })
  }

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * Whether a span's words equal the text at its offsets.
 *
 * @category queries
 * @since 0.1.0
 */
export const matches =
  (source: string) =>
  (span: Span): boolean =>
    span.end <= source.length &&
    span.end - span.start === span.text.length &&
    // slice-and-compare is several times faster than startsWith when the encodings differ
    source.slice(span.start, span.end) === span.text

/**
 * Whether two spans share at least one character.
 *
 * @category queries
 * @since 0.1.0
 */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'prof',
  'adm',
  'maj',
])
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']'])

/** True when the period at `i` ends an initialism ("U.S.", "J.") or a known abbreviation ("Gen."). */
const isAbbreviation = (text: string, i: number): boolean => {
  let j = i
  while (j > 0 && i - j < 12 && /[A-Za-z.]/.test(text[j - 1]!)) j--
  const word = text.slice(j, i)
  return /^(?:[A-Z]\.)*[A-Z]$/.test(word) || ABBREVIATIONS.has(word.toLowerCase())
}

/**
 * The sentences of a text, as spans, trimmed of surrounding white space. A line break
 * always ends a sentence (headlines, paragraphs); `.`, `!` and `?` end one when followed
 * by white space (or a closing quote), except after an initialism ("U.S.") or a common
 * abbreviation ("Gen."), which therefore never end a sentence. Linear in the length of
 * the text.
 *
 * @category queries
 * @since 0.1.0
 */
export const sentences = (text: string): ReadonlyArray<Span> => {
  const out: Span[] = []
  let start = 0
  const push = (end: number) => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) })
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\n') {
      push(i)
      start = i + 1
    } else if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1
      while (j < text.length && CLOSERS.has(text[j]!)) j++
      const next = text[j]
      if (j < text.length && next !== ' ' && next !== '\t' && next !== '\r') continue
      if (ch === '.' && isAbbreviation(text, i)) continue
      push(j)
      start = j
      i = j - 1
    }
  }
  push(text.length)
  return out
}

/**
 * The sentences of `text` that no span overlaps.
 *
 * @category queries
 * @since 0.1.0
 */
export const uncovered = (text: string, spans: ReadonlyArray<Span>): ReadonlyArray<Span> => {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  return sentences(text).filter((s) => {
    for (const span of sorted) {
      if (span.start >= s.end) break
      if (overlaps(span, s)) return false
    }
    return true
  })
}
