/**
 * Named checks: the refinements of the wire format, each with an id, parameters, the code
 * it fails with, a description in words, what it implies, and its test. Nodes hold checks
 * as data, so every interpreter sees which check it meets and either implements it or
 * says that it cannot (an explicit "declared only"): each interpreter keeps a record from
 * {@link CheckId} to its implementation, so a check added to {@link Params} does not
 * compile until every interpreter has decided.
 *
 * Implications replace a promise the caller used to make: a check that implies
 * `well-formed` and `not-blank` (an id, an EDTF time) lets the fast walk skip the scans
 * for control characters and blankness, and a test holds every such check to it.
 *
 * @since 0.2.0
 */
import type { DecodeCode, DecodeIssue } from '../DecodeError.js'
import { describe } from './describe.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a check may promise about every string it accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type Implied = 'well-formed' | 'not-blank'

/**
 * Every named check, with its parameters. Adding one here makes each interpreter's record
 * of implementations incomplete until it decides how to treat the new check.
 *
 * @category model
 * @since 0.2.0
 */
export interface Params {
  /** At least one character that is not white space. */
  readonly 'not-blank': Readonly<Record<never, never>>
  /** Well-formed UTF-16 (no unpaired surrogate) without C0 controls but tab, LF and CR. */
  readonly 'well-formed': Readonly<Record<never, never>>
  /** A regular expression the whole string must match. */
  readonly pattern: { readonly regex: RegExp; readonly message: string }
  /** A node id: {@link ID_PATTERN}. */
  readonly id: { readonly regex: RegExp }
  /** A supported EDTF time (dates, partial dates, times of day, qualifiers, intervals). */
  readonly edtf: Readonly<Record<never, never>>
  /** An ISO 8601 duration (`PT72H`, `P3D`). */
  readonly duration: Readonly<Record<never, never>>
  /** A BCP 47 language tag such as `en` or `en-US`. */
  readonly bcp47: { readonly regex: RegExp }
  /** An ISO 3166-1 alpha-3 country code. */
  readonly 'country-code': { readonly regex: RegExp }
  /** A refinement written as a function in user code: opaque to every interpreter. */
  readonly predicate: { readonly name: string }
  /** A span's offsets cover exactly as many characters as its text has. */
  readonly 'span-length': Readonly<Record<never, never>>
  /** An object has at least one of these properties (a link: a source or a cue). */
  readonly 'some-key': { readonly keys: ReadonlyArray<string> }
  /** The time under `start` is not after the time under `end` (when both are given). */
  readonly 'time-order': { readonly start: string; readonly end: string }
  /** A likelihood's band implies its factuality (`table`: band → factuality). */
  readonly 'band-factuality': { readonly table: ReadonlyMap<string, string> }
  /** A document's `format` is one this version reads (checked on the input, first). */
  readonly 'format-version': { readonly formats: ReadonlyArray<string> }
  /** A report's ids are unique, its references resolve, nothing cycles, spans match its text. */
  readonly 'report-integrity': Readonly<Record<never, never>>
}

/**
 * The id of a named check.
 *
 * @category model
 * @since 0.2.0
 */
export type CheckId = keyof Params

/**
 * Why a value fails a check: a message, and a code when the check's own code is not the
 * one to use.
 *
 * @category model
 * @since 0.2.0
 */
export interface Problem {
  readonly code?: DecodeCode
  readonly message: string
}

/**
 * A named check of values of type `A`.
 *
 * @category model
 * @since 0.2.0
 */
export interface Check<A, K extends CheckId = CheckId> {
  readonly id: K
  readonly params: Params[K]
  /** What the check requires, in words, for docs and schema descriptions. */
  readonly description: string
  /** The code a failure gets; without it, the node's code (or `invalid_value`). */
  readonly code?: DecodeCode
  readonly implies: ReadonlyArray<Implied>
  /** Whether a value passes. Fast: the valid path calls it on every value. */
  readonly test: (a: A) => boolean
  /** Why a value that fails `test` fails; `label` names the value. */
  readonly explain: (a: A, label: string) => Problem
  /**
   * For checks of whole values: every problem, at paths inside the value. With
   * `partial`, the value may have parts that failed to decode (see `HOLE`), and the check
   * reports what it can about the parts that decoded.
   */
  readonly issues?: (a: A, partial: boolean) => ReadonlyArray<DecodeIssue>
}

/**
 * A check of any value.
 *
 * @category model
 * @since 0.2.0
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- checks are invariant in A
export type AnyCheck = Check<any>

/**
 * What the declaration of each check says, whatever its parameters.
 *
 * @category model
 * @since 0.2.0
 */
export interface Definition {
  readonly description: string
  readonly code?: DecodeCode
  readonly implies: ReadonlyArray<Implied>
}

/**
 * The declaration of every named check.
 *
 * @category model
 * @since 0.2.0
 */
export const DEFINITIONS: { readonly [K in CheckId]: Definition } = {
  'not-blank': { description: 'not blank', implies: [] },
  'well-formed': {
    description:
      'well-formed UTF-16 without C0 controls (tab, line feed and carriage return aside)',
    implies: [],
  },
  pattern: { description: 'matches a pattern', implies: [] },
  id: {
    description:
      'an id: 1–128 ASCII letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
    code: 'invalid_id',
    implies: ['well-formed', 'not-blank'],
  },
  edtf: {
    description:
      'an EDTF time: YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM(-DD), ?, ~ or %, a time of day (THH:MM[:SS][Z|±HH:MM]), intervals',
    code: 'invalid_time',
    implies: ['well-formed', 'not-blank'],
  },
  duration: {
    description: 'an ISO 8601 duration such as PT72H, P3D, P2W or P1Y2M10DT2H30M',
    code: 'invalid_duration',
    implies: ['well-formed', 'not-blank'],
  },
  bcp47: {
    description: 'a BCP 47 language tag such as "en" or "en-US"',
    implies: ['well-formed', 'not-blank'],
  },
  'country-code': {
    description: 'an ISO 3166-1 alpha-3 country code (three capital letters)',
    implies: ['well-formed', 'not-blank'],
  },
  predicate: { description: 'a condition written as a function', implies: [] },
  'span-length': {
    description: 'end − start equals the length of the text',
    code: 'span_mismatch',
    implies: [],
  },
  'some-key': {
    description: 'at least one of some properties',
    code: 'missing_key',
    implies: [],
  },
  'time-order': {
    description: 'a start that is not after its end',
    code: 'invalid_value',
    implies: [],
  },
  'band-factuality': {
    description: 'a band implies its factuality',
    code: 'invalid_value',
    implies: [],
  },
  'format-version': {
    description: 'a format this version of claimgraph reads',
    code: 'unsupported_version',
    implies: [],
  },
  'report-integrity': {
    description: 'unique ids, references that resolve, no cycles, spans that match the text',
    implies: [],
  },
}

/**
 * Every check id, in declaration order.
 *
 * @category model
 * @since 0.2.0
 */
export const IDS: ReadonlyArray<CheckId> = Object.keys(DEFINITIONS) as ReadonlyArray<CheckId>

/**
 * The pattern of every node id (the length bound included).
 *
 * @category model
 * @since 0.2.0
 */
export const ID_PATTERN: RegExp = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A named check from its id, parameters and behaviour; the declaration supplies its
 * description, code and implications.
 *
 * @category constructors
 * @since 0.2.0
 */
export const make = <A, K extends CheckId>(
  id: K,
  params: Params[K],
  behaviour: {
    readonly test: (a: A) => boolean
    readonly explain: (a: A, label: string) => Problem
    readonly issues?: (a: A, partial: boolean) => ReadonlyArray<DecodeIssue>
    readonly description?: string
  },
): Check<A, K> => {
  const d: Definition = DEFINITIONS[id]
  return Object.freeze({
    id,
    params,
    description: behaviour.description ?? d.description,
    ...(d.code === undefined ? {} : { code: d.code }),
    implies: d.implies,
    test: behaviour.test,
    explain: behaviour.explain,
    ...(behaviour.issues === undefined ? {} : { issues: behaviour.issues }),
  })
}

const NOT_BLANK = /\S/
/** A quick scan for anything {@link isWellFormed} must look at closely (the common case finds nothing). */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/

/** Well-formed UTF-16 without C0 controls, tested one code unit at a time. */
const wellFormedSlow = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x20 ? c < 0xd800 || c >= 0xe000 : c === 9 || c === 10 || c === 13) continue
    if (c >= 0x20 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++
        continue
      }
    }
    return false
  }
  return true
}

/**
 * True when a string is well-formed UTF-16 (no unpaired surrogate) without NUL or other
 * C0 controls (tab, line feed and carriage return aside). One pass, no allocation.
 *
 * @category guards
 * @since 0.2.0
 */
export const isWellFormed = (s: string): boolean => !SUSPECT.test(s) || wellFormedSlow(s)

/**
 * True when a string has a character that is not white space; the first character
 * settles the common case without a regular expression.
 *
 * @category guards
 * @since 0.2.0
 */
export const isNotBlank = (s: string): boolean => {
  const c = s.charCodeAt(0)
  return (c > 0x20 && c < 0x7f) || NOT_BLANK.test(s)
}

/**
 * The check that a string is not blank.
 *
 * @category constructors
 * @since 0.2.0
 */
export const notBlank: Check<string, 'not-blank'> = make(
  'not-blank',
  {},
  {
    test: isNotBlank,
    explain: (_s, label) => ({ message: `${label} must not be blank` }),
  },
)

/**
 * The check that a string is well-formed UTF-16 without C0 controls.
 *
 * @category constructors
 * @since 0.2.0
 */
export const wellFormed: Check<string, 'well-formed'> = make(
  'well-formed',
  {},
  {
    test: isWellFormed,
    explain: (_s, label) => ({
      message: `${label} contains a control character or an unpaired surrogate`,
    }),
  },
)

/** A regular expression without the flags that make `test` stateful. */
const stateless = (regex: RegExp): RegExp =>
  regex.global || regex.sticky ? new RegExp(regex.source, regex.flags.replace(/[gy]/g, '')) : regex

/**
 * The check that a whole string matches `regex`; `message` completes "‹label› …"
 * ("must be a Wikidata item id (Q123)").
 *
 * @category constructors
 * @since 0.2.0
 */
export const pattern = (regex: RegExp, message?: string): Check<string, 'pattern'> => {
  const r = stateless(regex)
  const words = message ?? `must match ${String(r)}`
  return make(
    'pattern',
    { regex: r, message: words },
    {
      test: (s) => r.test(s),
      explain: (s, label) => ({ message: `${label} ${words}, got ${describe(s)}` }),
      description: words.replace(/^must (?:be )?/, ''),
    },
  )
}

/** {@link ID_PATTERN} without its length bound, which the node checks first: a third faster. */
const ID_CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/

/**
 * The check that a string is a node id.
 *
 * @category constructors
 * @since 0.2.0
 */
export const id: Check<string, 'id'> = make(
  'id',
  { regex: ID_PATTERN },
  {
    test: (s) => ID_CHARACTERS.test(s),
    explain: (s, label) => ({
      message: `${label} must be 1–128 ASCII letters, digits, ".", "_", ":" or "-", starting with a letter or digit, got ${describe(s)}`,
    }),
  },
)

/** A check of strings that must parse: `why` says what is wrong with one that does not. */
const parsed =
  <K extends 'edtf' | 'duration'>(id: K) =>
  (why: (s: string) => string | undefined): Check<string, K> =>
    make(id, {} as Params[K], {
      test: (s) => why(s) === undefined,
      explain: (s, label) => {
        const r = why(s) ?? 'is not supported'
        return { message: `${label} ${r.startsWith('"') ? r : `${describe(s)}: ${r}`}` }
      },
    })

/**
 * The check that a string is a supported EDTF time; `why` says what is wrong with a
 * string that is not one (and `undefined` for one that is).
 *
 * @category constructors
 * @since 0.2.0
 */
export const edtf: (why: (s: string) => string | undefined) => Check<string, 'edtf'> =
  parsed('edtf')

/**
 * The check that a string is an ISO 8601 duration (`why` as for {@link edtf}).
 *
 * @category constructors
 * @since 0.2.0
 */
export const duration: (why: (s: string) => string | undefined) => Check<string, 'duration'> =
  parsed('duration')

/**
 * The check that an object has at least one of `keys`; `message` says so in the
 * domain's words ("a link needs a source or a cue").
 *
 * @category constructors
 * @since 0.2.0
 */
export const someKey = <A extends object>(
  keys: ReadonlyArray<string>,
  message: string,
): Check<A, 'some-key'> =>
  make(
    'some-key',
    { keys: [...keys] },
    {
      test: (a) => keys.some((k) => (a as Record<string, unknown>)[k] !== undefined),
      explain: () => ({ message }),
      description: `at least one of ${keys.map((k) => `"${k}"`).join(', ')}`,
    },
  )

/**
 * The check that the time under `start` is not after the one under `end`, when both are
 * given; `after(a, b)` says whether `a` is certainly after `b`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const timeOrder = <A extends object>(
  start: string,
  end: string,
  after: (a: never, b: never) => boolean,
  message: string,
): Check<A, 'time-order'> =>
  make(
    'time-order',
    { start, end },
    {
      test: (a) => {
        const o = a as Record<string, never>
        return o[start] === undefined || o[end] === undefined || !after(o[start], o[end])
      },
      explain: () => ({ message }),
      description: `"${start}" is not after "${end}"`,
    },
  )

const BCP47 = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$/

/**
 * The check that a string is a BCP 47 language tag.
 *
 * @category constructors
 * @since 0.2.0
 */
export const bcp47: Check<string, 'bcp47'> = make(
  'bcp47',
  { regex: BCP47 },
  {
    test: (s) => BCP47.test(s),
    explain: (s, label) => ({
      message: `${label} must be a BCP 47 language tag such as "en" or "en-US", got ${describe(s)}`,
    }),
  },
)

const ALPHA3 = /^[A-Z]{3}$/

/**
 * The check that a string has the form of an ISO 3166-1 alpha-3 code.
 *
 * @category constructors
 * @since 0.2.0
 */
export const countryCode: Check<string, 'country-code'> = make(
  'country-code',
  { regex: ALPHA3 },
  {
    test: (s) => ALPHA3.test(s),
    explain: (s, label) => ({
      message: `${label} must be an ISO 3166-1 alpha-3 code (three capital letters), got ${describe(s)}`,
    }),
  },
)

/**
 * A check written as a function returning a problem (or `undefined`): what
 * `Codec.refine(codec, name, f)` makes. Opaque: an interpreter that cannot run it says so.
 *
 * @category constructors
 * @since 0.2.0
 */
export const predicate = <A>(
  name: string,
  f: (a: A) => { readonly code: string; readonly message: string } | undefined,
): Check<A, 'predicate'> =>
  make(
    'predicate',
    { name },
    {
      test: (a) => f(a) === undefined,
      explain: (a) => {
        const p = f(a)
        return p === undefined
          ? { message: `${name} rejected the value` }
          : { code: p.code as DecodeCode, message: p.message }
      },
      description: name,
    },
  )
