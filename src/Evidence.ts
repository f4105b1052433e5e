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
import { table } from './generated/Evidence.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

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
 * The codec of {@link Span}: non-empty, `end - start` equal to the length of `text`
 * (`span_mismatch` otherwise).
 *
 * @category codecs
 * @since 0.1.0
 */
export const Span: C.Codec<Span> = fast(
  C.refine(
    C.struct('Span', {
      start: offset('start'),
      end: offset('end'),
      text: C.string('text', { min: 1 }),
    }),
    C.Checks.make(
      'span-length',
      {},
      {
        test: (s: Span) => s.end - s.start === s.text.length,
        explain: (s: Span) => ({
          message:
            s.end < s.start
              ? `span ${s.start}–${s.end} ends before it starts`
              : `span ${s.start}–${s.end} covers ${s.end - s.start} characters but its text has ${s.text.length}`,
        }),
      },
    ),
  ),
)

/**
 * The codec of a list of spans.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Spans: C.Codec<ReadonlyArray<Span>> = fast(
  C.array(Span, { max: 10_000, name: 'Spans' }),
)

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

/**
 * What a span's offsets say about where its words are in a text: they match; they are
 * UTF-8 byte offsets, or code point offsets (what Python's string indices count), of the
 * words; the words are elsewhere in the text (the occurrence nearest to the span's
 * start, and how many there are); or the words are absent.
 *
 * @category model
 * @since 0.2.0
 */
export type Diagnosis =
  | { readonly _tag: 'Matches' }
  | { readonly _tag: 'Utf8Offsets'; readonly span: Span }
  | { readonly _tag: 'CodePointOffsets'; readonly span: Span }
  | { readonly _tag: 'Elsewhere'; readonly span: Span; readonly occurrences: number }
  | { readonly _tag: 'Absent' }

/** The UTF-16 index of a position counted in `unit`s (UTF-8 bytes or code points), if it falls between characters. */
const toUtf16 = (source: string, position: number, unit: 'utf8' | 'codePoint'): number => {
  let counted = 0
  for (let i = 0; i <= source.length;) {
    if (counted === position) return i
    if (counted > position || i === source.length) return -1
    const c = source.codePointAt(i)!
    const width = c > 0xffff ? 2 : 1
    counted += unit === 'codePoint' ? 1 : c < 0x80 ? 1 : c < 0x800 ? 2 : c <= 0xffff ? 3 : 4
    i += width
  }
  return -1
}

const reinterpret = (source: string, span: Span, unit: 'utf8' | 'codePoint'): Span | undefined => {
  const start = toUtf16(source, span.start, unit)
  if (start < 0) return undefined
  const end = start + span.text.length
  if (start === span.start || source.slice(start, end) !== span.text) return undefined
  return { start, end, text: span.text }
}

/**
 * Where a span's words are in a text, when its offsets do not find them (see
 * {@link Diagnosis}). Linear in the length of the text (the search for the words
 * included, for words that do not overlap themselves).
 *
 * @category queries
 * @since 0.2.0
 */
export const diagnose =
  (source: string) =>
  (span: Span): Diagnosis => {
    if (matches(source)(span)) return { _tag: 'Matches' }
    if (span.text.length === 0) return { _tag: 'Absent' }
    const utf8 = reinterpret(source, span, 'utf8')
    if (utf8 !== undefined) return { _tag: 'Utf8Offsets', span: utf8 }
    const codePoints = reinterpret(source, span, 'codePoint')
    if (codePoints !== undefined) return { _tag: 'CodePointOffsets', span: codePoints }
    let best = -1
    let occurrences = 0
    for (
      let i = source.indexOf(span.text);
      i >= 0;
      i = source.indexOf(span.text, i + span.text.length)
    ) {
      occurrences++
      if (best < 0 || Math.abs(i - span.start) < Math.abs(best - span.start)) best = i
    }
    return best < 0
      ? { _tag: 'Absent' }
      : {
          _tag: 'Elsewhere',
          span: { start: best, end: best + span.text.length, text: span.text },
          occurrences,
        }
  }

/**
 * A span moved to where its words are: unchanged when it matches; its offsets read as
 * UTF-8 byte offsets or code point offsets when that finds the words; otherwise the
 * occurrence of its words nearest to its start. `NotFound` when the words do not occur.
 * Linear in the length of the text.
 *
 * In `'Café owners said the strike hit the port.'`, the span `{ start: 22, end: 28, text:
 * 'strike' }` counts UTF-8 bytes ("é" is two); relocated, it is `{ start: 21, end: 27 }`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const relocate =
  (source: string) =>
  (span: Span): E.Either<LocateError, Span> => {
    const d = diagnose(source)(span)
    switch (d._tag) {
      case 'Matches':
        return E.right(span)
      case 'Absent':
        return E.left({
          _tag: 'NotFound',
          quote: span.text,
          message: `quote ${preview(span.text)} does not occur in the text`,
        })
      default:
        return E.right(d.span)
    }
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
  // titles and ranks
  'messrs',
  'mme',
  'mlle',
  'hon',
  'rev',
  'fr',
  'brig',
  'cmdr',
  'cdr',
  'cpl',
  'pvt',
  'supt',
  'gens',
  'sens',
  'reps',
  'govs',
  // months (a dateline's "Oct. 3") and other abbreviations followed by a number or a name
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'nos',
  'vol',
  'pp',
  'approx',
  'dept',
  'mt',
  'ft',
  'ave',
  'blvd',
])
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']'])

/**
 * True when the period at `i` ends an initialism ("U.S.", "J.", "p.m.") or a known
 * abbreviation: a title or rank ("Gen.", "Lt.", "Sen."), a month ("Oct."), "No.", "St.".
 */
const isAbbreviation = (text: string, i: number): boolean => {
  let j = i
  while (j > 0 && i - j < 12 && /[A-Za-z.]/.test(text[j - 1]!)) j--
  const word = text.slice(j, i)
  return (
    /^(?:[A-Z]\.)*[A-Z]$/.test(word) ||
    /^(?:[a-z]\.)+[a-z]$/.test(word) ||
    ABBREVIATIONS.has(word.toLowerCase())
  )
}

/**
 * The sentences of a text, as spans, trimmed of surrounding white space. A line break
 * always ends a sentence (headlines, paragraphs); `.`, `!` and `?` end one when followed
 * by white space (or a closing quote), except after an initialism ("U.S.", "J.", "a.m.")
 * or a common abbreviation — a title or rank ("Mr.", "Gen.", "Lt. Col.", "Sen."), a month
 * ("BAMAKO, Oct. 3 (Reuters) —"), "No.", "St." — which therefore never end a sentence. Linear in the length of
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
 * The sentences of `text` that no span overlaps (a span overlaps a sentence when they share
 * a code unit, or when an empty span lies strictly inside it). The spans may come in any
 * order. One sweep over the sentences and the spans sorted by start: the spans that start
 * before a sentence ends cover it exactly when the farthest of their ends lies past its
 * start, and both only grow from one sentence to the next. Costs n·log n in the number of
 * spans (the sort) plus linear in the length of the text.
 *
 * @category queries
 * @since 0.1.0
 */
export const uncovered = (text: string, spans: ReadonlyArray<Span>): ReadonlyArray<Span> => {
  const sorted = spans.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start)
  const out: Span[] = []
  let k = 0
  let reach = Number.NEGATIVE_INFINITY
  for (const s of sentences(text)) {
    while (k < sorted.length && sorted[k]!.start < s.end) reach = Math.max(reach, sorted[k++]!.end)
    if (!(reach > s.start)) out.push(s)
  }
  return out
}
