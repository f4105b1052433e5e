/**
 * Partial and uncertain times, as news reports give them: a subset of EDTF (ISO 8601-2)
 * for calendar times, and relative expressions ("last week", "on Sunday") anchored to a
 * reference date. {@link compare} answers before / after / same / overlapping / unknown:
 * a partial order that says unknown rather than guess.
 *
 * The EDTF subset: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`; an unknown year as `XXXX-MM` or
 * `XXXX-MM-DD`; a trailing qualifier `?` (uncertain), `~` (approximate) or `%` (both);
 * intervals `A/B` whose ends are dates, `..` (open) or empty (unknown). Years run from 1 to
 * 9999 (year 0 is rejected: no report dates an event to 1 BCE).
 *
 * A date whose year is unstated (`XXXX-10-25`) is unknown to every other date under
 * {@link compare}. {@link compareWith} can read such dates as lying in one same year, or
 * take their year from the report's publication date ({@link supplyYear}).
 *
 * @example
 * ```ts
 * import { Time } from 'claimgraph'
 * import assert from 'node:assert/strict'
 *
 * assert.equal(Time.compare(Time.time('XXXX-10-25'), Time.time('2024-11')), 'unknown') // the year is not known
 * assert.equal(Time.compare(Time.time('2024-10-25'), Time.time('2024-11')), 'before')
 * assert.equal(Time.compare(Time.time('2024-10'), Time.time('2024-10-25')), 'overlapping')
 * ```
 *
 * @since 0.1.0
 */
import * as C from './Codec.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

declare const TimeBrand: unique symbol

/**
 * A valid EDTF string of the supported subset.
 *
 * @category model
 * @since 0.1.0
 */
export type Time = string & { readonly [TimeBrand]: 'Time' }

/**
 * How sure the source is of a date: EDTF's `?`, `~` and `%`.
 *
 * @category model
 * @since 0.1.0
 */
export type Qualifier = 'uncertain' | 'approximate' | 'uncertain-approximate'

/**
 * A calendar date with the parts the source gives; an absent year is an unknown year.
 *
 * @category model
 * @since 0.1.0
 */
export interface DateValue {
  readonly year?: number
  readonly month?: number
  readonly day?: number
  readonly qualifier?: Qualifier
}

/**
 * One end of an interval.
 *
 * @category model
 * @since 0.1.0
 */
export type Bound =
  | { readonly kind: 'date'; readonly date: DateValue }
  | { readonly kind: 'open' }
  | { readonly kind: 'unknown' }

/**
 * A parsed {@link Time}.
 *
 * @category model
 * @since 0.1.0
 */
export type TimeValue =
  | { readonly kind: 'date'; readonly date: DateValue }
  | { readonly kind: 'interval'; readonly start: Bound; readonly end: Bound }

/**
 * A unit for relative shifts.
 *
 * @category model
 * @since 0.1.0
 */
export type Unit = 'day' | 'week' | 'month' | 'year'

/**
 * A day of the week.
 *
 * @category model
 * @since 0.1.0
 */
export type Weekday =
  'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday'

/**
 * How a relative expression moves from its anchor: by whole units ("last week" is
 * `{ unit: 'week', amount: -1 }`), or to a weekday ("on Sunday" is
 * `{ weekday: 'sunday', which: 'last' }`).
 *
 * @category model
 * @since 0.1.0
 */
export type Shift =
  | { readonly unit: Unit; readonly amount: number }
  | { readonly weekday: Weekday; readonly which: 'last' | 'next' }

/**
 * A time given relative to an anchor; without `anchor`, the report's publication time.
 *
 * @category model
 * @since 0.1.0
 */
export interface RelativeTime {
  readonly kind: 'relative'
  /** The words of the source: "last week", "on Sunday". */
  readonly phrase: string
  readonly shift: Shift
  readonly anchor?: Time
}

/**
 * Any time a report gives: a calendar time or a relative one.
 *
 * @category model
 * @since 0.1.0
 */
export type TimeRef = Time | RelativeTime

/**
 * The answer of {@link compare}.
 *
 * @category model
 * @since 0.1.0
 */
export type Ordering = 'before' | 'after' | 'same' | 'overlapping' | 'unknown'

/**
 * The days a time may cover, as day numbers since 1970-01-01 (UTC), each end possibly
 * infinite; `known` is false when part of the time is unknown.
 *
 * @category model
 * @since 0.1.0
 */
export interface Range {
  readonly lo: number
  readonly hi: number
  readonly known: boolean
}

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

const DATE = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/

const qualifiers: Readonly<Record<string, Qualifier>> = {
  '?': 'uncertain',
  '~': 'approximate',
  '%': 'uncertain-approximate',
}
const symbols: Readonly<Record<Qualifier, string>> = {
  uncertain: '?',
  approximate: '~',
  'uncertain-approximate': '%',
}

const daysIn = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

const parseDate = (s: string): DateValue | string => {
  const m = DATE.exec(s)
  if (m === null)
    return `${JSON.stringify(s.slice(0, 40))} is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM-DD, with an optional ?, ~ or %)`
  const [, y, mo, d, q] = m
  const out: { year?: number; month?: number; day?: number; qualifier?: Qualifier } = {}
  if (y !== 'XXXX') {
    out.year = Number(y)
    if (out.year === 0) return 'year 0 is not supported (years run from 0001)'
  } else if (mo === undefined) return 'an unknown year needs at least a month (XXXX-MM)'
  if (mo !== undefined) {
    out.month = Number(mo)
    if (out.month < 1 || out.month > 12) return `month ${mo} does not exist`
  }
  if (d !== undefined) {
    out.day = Number(d)
    const max = out.year === undefined ? daysIn(2000, out.month!) : daysIn(out.year, out.month!)
    if (out.day < 1 || out.day > max) return `day ${d} does not exist in ${y}-${mo}`
  }
  if (q !== undefined) out.qualifier = qualifiers[q]!
  return out
}

const parseBound = (s: string): Bound | string => {
  if (s === '..') return { kind: 'open' }
  if (s === '') return { kind: 'unknown' }
  const d = parseDate(s)
  return typeof d === 'string' ? d : { kind: 'date', date: d }
}

/** Parses without the brand: the value, or why the string is not a supported time. */
const parseString = (s: string): TimeValue | string => {
  if (s.length > 64) return 'is longer than any supported EDTF time'
  const slash = s.indexOf('/')
  if (slash < 0) {
    const d = parseDate(s)
    return typeof d === 'string' ? d : { kind: 'date', date: d }
  }
  if (s.indexOf('/', slash + 1) >= 0) return 'an interval has exactly one "/"'
  const start = parseBound(s.slice(0, slash))
  if (typeof start === 'string') return `start: ${start}`
  const end = parseBound(s.slice(slash + 1))
  if (typeof end === 'string') return `end: ${end}`
  if (start.kind !== 'date' && end.kind !== 'date')
    return 'an interval needs at least one dated end'
  if (start.kind === 'date' && end.kind === 'date') {
    const a = dateRange(start.date)
    const b = dateRange(end.date)
    if (a.known && b.known && a.lo > b.hi) return 'an interval cannot end before it starts'
  }
  return { kind: 'interval', start, end }
}

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * Whether a value is a supported EDTF time.
 *
 * @category guards
 * @since 0.1.0
 */
export const isTime = (u: unknown): u is Time =>
  typeof u === 'string' && typeof parseString(u) !== 'string'

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The codec of {@link Time}: a string that must parse as a supported EDTF time.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Time: C.Codec<Time> = C.primitive<Time>('Time', (u) => {
  if (typeof u !== 'string')
    return { code: 'invalid_type', message: `expected Time (an EDTF string), got ${C.describe(u)}` }
  const r = parseString(u)
  return typeof r === 'string'
    ? { code: 'invalid_time', message: `Time ${r.startsWith('"') ? r : `${C.describe(u)}: ${r}`}` }
    : undefined
})

const Unit = C.keyof('Unit', ['day', 'week', 'month', 'year'])
/** The days of the week, Monday first. */
const WEEKDAY_NAMES: ReadonlyArray<Weekday> = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]
const WeekdayCodec = C.keyof('Weekday', WEEKDAY_NAMES)

const ShiftCodec: C.Codec<Shift> = new C.Codec<Shift>(
  'Shift',
  (u, d, copy) => {
    const r = UnitShift.walk(u, d, copy)
    return r !== C.INVALID ? r : WeekdayShift.walk(u, d, copy)
  },
  (u, c) =>
    typeof u === 'object' && u !== null && Object.prototype.hasOwnProperty.call(u, 'weekday')
      ? WeekdayShift.validate(u, c)
      : UnitShift.validate(u, c),
  (s) => s,
)
const UnitShift = C.struct('UnitShift', {
  unit: Unit,
  amount: C.number('amount', { integer: true, min: -1000, max: 1000 }),
})
const WeekdayShift = C.struct('WeekdayShift', {
  weekday: WeekdayCodec,
  which: C.keyof('Which', ['last', 'next']),
})

/**
 * The codec of {@link RelativeTime}.
 *
 * @category codecs
 * @since 0.1.0
 */
export const RelativeTime: C.Codec<RelativeTime> = C.struct(
  'RelativeTime',
  {
    kind: C.literal('relative'),
    phrase: C.string('phrase', { min: 1, max: 200 }),
    shift: ShiftCodec,
  },
  { anchor: Time },
)

/**
 * The codec of {@link TimeRef}: an EDTF string or a relative-time object.
 *
 * @category codecs
 * @since 0.1.0
 */
export const TimeRef: C.Codec<TimeRef> = C.stringOrObject('TimeRef', Time, RelativeTime)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A time from an EDTF literal you control. Throws a `TypeError` on an invalid literal;
 * decode times that come from data with the {@link Time} codec.
 *
 * @category constructors
 * @since 0.1.0
 */
export const time = (s: string): Time => {
  const r = parseString(s)
  if (typeof r === 'string')
    throw new TypeError(`invalid time ${JSON.stringify(s.slice(0, 40))}: ${r}`)
  return s as Time
}

/**
 * A relative time, e.g. `relative('last week', { unit: 'week', amount: -1 })`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const relative = (phrase: string, shift: Shift, anchor?: Time): RelativeTime =>
  anchor === undefined
    ? { kind: 'relative', phrase, shift }
    : { kind: 'relative', phrase, shift, anchor }

/**
 * Parses a {@link Time} into its parts (total: the brand guarantees it parses).
 *
 * @category constructors
 * @since 0.1.0
 */
export const parse = (t: Time): TimeValue => parseString(t) as TimeValue

/**
 * Formats parts back into EDTF; `format(parse(t)) === t`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const format = (v: TimeValue): Time => {
  const date = (d: DateValue): string => {
    let s = d.year === undefined ? 'XXXX' : String(d.year).padStart(4, '0')
    if (d.month !== undefined) s += `-${String(d.month).padStart(2, '0')}`
    if (d.day !== undefined) s += `-${String(d.day).padStart(2, '0')}`
    return d.qualifier === undefined ? s : s + symbols[d.qualifier]
  }
  const bound = (b: Bound): string =>
    b.kind === 'date' ? date(b.date) : b.kind === 'open' ? '..' : ''
  return (v.kind === 'date' ? date(v.date) : `${bound(v.start)}/${bound(v.end)}`) as Time
}

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

const DAY = 86_400_000
const dayNumber = (y: number, m: number, d: number): number => {
  const date = new Date(0)
  date.setUTCFullYear(y, m - 1, d)
  return Math.floor(date.getTime() / DAY)
}

const UNKNOWN: Range = { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, known: false }

const dateRange = (d: DateValue): Range => {
  if (d.year === undefined) return UNKNOWN
  // A qualified date is widened by one unit of its precision on each side.
  const w = d.qualifier === undefined ? 0 : 1
  if (d.month === undefined)
    return { lo: dayNumber(d.year - w, 1, 1), hi: dayNumber(d.year + w, 12, 31), known: true }
  if (d.day === undefined) {
    return {
      lo: dayNumber(d.year, d.month - w, 1),
      hi: dayNumber(d.year, d.month + 1 + w, 0),
      known: true,
    }
  }
  return {
    lo: dayNumber(d.year, d.month, d.day - w),
    hi: dayNumber(d.year, d.month, d.day + w),
    known: true,
  }
}

/**
 * The days a calendar time may cover. An unknown year gives an unknown, unbounded range;
 * an open interval end is unbounded but known; an unknown end is unbounded and unknown.
 *
 * @category queries
 * @since 0.1.0
 */
export const range = (t: Time): Range => {
  const v = parse(t)
  if (v.kind === 'date') return dateRange(v.date)
  const end = (b: Bound): Range =>
    b.kind === 'date'
      ? dateRange(b.date)
      : { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, known: b.kind === 'open' }
  const s = end(v.start)
  const e = end(v.end)
  return { lo: s.lo, hi: e.hi, known: s.known && e.known }
}

/** Indexed by day number modulo 7: day 0, 1970-01-01, was a Thursday. */
const WEEKDAYS: ReadonlyArray<Weekday> = [...WEEKDAY_NAMES.slice(3), ...WEEKDAY_NAMES.slice(0, 3)]

const shiftMonths = (day: number, months: number, edge: 'start' | 'end'): number => {
  const d = new Date(day * DAY)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth() + months
  return edge === 'start' ? dayNumber(y, m + 1, 1) : dayNumber(y, m + 2, 0)
}

/**
 * The days a time may cover; a relative time is resolved against its own anchor or, when
 * it has none, against `publication` (unknown when that is absent too).
 *
 * @category queries
 * @since 0.1.0
 */
export const resolve = (t: TimeRef, publication?: Time): Range => {
  if (typeof t === 'string') return range(t)
  const anchor = t.anchor ?? publication
  if (anchor === undefined) return UNKNOWN
  const a = range(anchor)
  if (!a.known || !Number.isFinite(a.lo) || !Number.isFinite(a.hi)) return UNKNOWN
  const s = t.shift
  if ('weekday' in s) {
    const target = WEEKDAYS.indexOf(s.weekday)
    const weekday = (n: number) => ((n % 7) + 7) % 7
    if (s.which === 'last') {
      const prev = (n: number) => n - 1 - weekday(n - 1 - target)
      return { lo: prev(a.lo), hi: prev(a.hi), known: true }
    }
    const next = (n: number) => n + 1 + weekday(target - n - 1)
    return { lo: next(a.lo), hi: next(a.hi), known: true }
  }
  switch (s.unit) {
    case 'day':
      return { lo: a.lo + s.amount, hi: a.hi + s.amount, known: true }
    case 'week': {
      const monday = (n: number) => n - weekday(n)
      const weekday = (n: number) => (((n - 4) % 7) + 7) % 7 // 1970-01-05 was a Monday
      return { lo: monday(a.lo + 7 * s.amount), hi: monday(a.hi + 7 * s.amount) + 6, known: true }
    }
    case 'month':
      return {
        lo: shiftMonths(a.lo, s.amount, 'start'),
        hi: shiftMonths(a.hi, s.amount, 'end'),
        known: true,
      }
    case 'year': {
      const year = (n: number) => new Date(n * DAY).getUTCFullYear() + s.amount
      return { lo: dayNumber(year(a.lo), 1, 1), hi: dayNumber(year(a.hi), 12, 31), known: true }
    }
  }
}

/**
 * Compares two times: `before` / `after` when their ranges cannot meet, `same` when both
 * are the same single, unqualified day, `overlapping` when both are known and their ranges
 * meet, and `unknown` otherwise. `before` is a strict partial order (irreflexive,
 * transitive) and `compare(a, b)` mirrors `compare(b, a)`.
 *
 * @category queries
 * @since 0.1.0
 */
export const compare = (a: TimeRef, b: TimeRef, publication?: Time): Ordering =>
  compareRanges(resolve(a, publication), resolve(b, publication))

/**
 * {@link compare} on resolved ranges.
 *
 * @category queries
 * @since 0.1.0
 */
export const compareRanges = (a: Range, b: Range): Ordering => {
  if (a.hi < b.lo) return 'before'
  if (a.lo > b.hi) return 'after'
  if (!a.known || !b.known) return 'unknown'
  if (a.lo === a.hi && b.lo === b.hi && a.lo === b.lo) return 'same'
  return 'overlapping'
}

/**
 * Whether `a` is known to lie wholly before `b`.
 *
 * @category queries
 * @since 0.1.0
 */
export const isBefore = (a: TimeRef, b: TimeRef, publication?: Time): boolean =>
  compare(a, b, publication) === 'before'

// -------------------------------------------------------------------------------------
// unstated years
// -------------------------------------------------------------------------------------

/**
 * How {@link compareWith} reads times.
 *
 * - `publication`: the report's publication time; relative times without an anchor are
 *   resolved against it (as the third argument of {@link compare}).
 * - `sameYear`: the caller knows that the dates whose year is unstated all lie in one and
 *   the same year, whichever it is (two dates of one report: "on October 25 … on
 *   October 26"). They are then compared by their known parts: `XXXX-10-25` is before
 *   `XXXX-10-26` and the same as `XXXX-10-25`.
 * - `yearFromPublication`: a date whose year is unstated takes the year that
 *   {@link supplyYear} gives it from `publication`.
 *
 * Without options, {@link compareWith} answers exactly as {@link compare}.
 *
 * @category model
 * @since 0.2.0
 */
export interface CompareOptions {
  readonly publication?: Time
  readonly sameYear?: boolean
  readonly yearFromPublication?: boolean
}

/** Maps every calendar date of a time; `undefined` when a mapped time is no longer valid. */
const mapDates = (t: Time, f: (d: DateValue) => DateValue): Time | undefined => {
  const v = parse(t)
  const bound = (b: Bound): Bound => (b.kind === 'date' ? { kind: 'date', date: f(b.date) } : b)
  const mapped = format(
    v.kind === 'date'
      ? { kind: 'date', date: f(v.date) }
      : { kind: 'interval', start: bound(v.start), end: bound(v.end) },
  )
  return mapped === t || typeof parseString(mapped) !== 'string' ? mapped : undefined
}

const mapRefDates = (t: TimeRef, f: (d: DateValue) => DateValue): TimeRef | undefined => {
  if (typeof t === 'string') return mapDates(t, f)
  if (t.anchor === undefined) return t
  const anchor = mapDates(t.anchor, f)
  return anchor === undefined ? undefined : { ...t, anchor }
}

/** Which calendar dates a time uses: with an unstated year, with a stated one, or none. */
const yearsUsed = (t: TimeRef): { readonly unstated: boolean; readonly stated: boolean } => {
  const base = typeof t === 'string' ? t : t.anchor
  if (base === undefined) return { unstated: false, stated: true } // the publication date
  const v = parse(base)
  const dates =
    v.kind === 'date'
      ? [v.date]
      : [v.start, v.end].flatMap((b) => (b.kind === 'date' ? [b.date] : []))
  return {
    unstated: dates.some((d) => d.year === undefined),
    stated: dates.some((d) => d.year !== undefined),
  }
}

/**
 * Every combination of leap year and weekday of January 1 occurs in 28 consecutive
 * Gregorian years, so an answer that holds in each of them holds whatever the year.
 */
const CYCLE: ReadonlyArray<number> = Array.from({ length: 28 }, (_, i) => 2001 + i)

/**
 * A year for each date of `t` whose year is unstated, taken from the publication date:
 * the year that puts the date nearest to it (the days between their ranges, none when
 * they meet), and on a tie the earlier year, since reports date past events by day and
 * month alone more often than future ones. Only years in which the date exists are
 * considered (`XXXX-02-29` takes a leap year). A publication date without a known, finite
 * range supplies nothing, and a time that the years would make invalid (an interval that
 * ends before it starts) is returned as it is.
 *
 * Around New Year: published 2025-01-03, `XXXX-12-30` is 2024-12-30 and `XXXX-01-02` is
 * 2025-01-02; published 2024-12-30, `XXXX-01-02` is 2025-01-02. Constant time.
 *
 * @category combinators
 * @since 0.2.0
 */
export const supplyYear =
  (publication: Time) =>
  (t: TimeRef): TimeRef => {
    const p = range(publication)
    if (!p.known || !Number.isFinite(p.lo) || !Number.isFinite(p.hi)) return t
    const middle = new Date(((p.lo + p.hi) / 2) * DAY).getUTCFullYear()
    const fill = (d: DateValue): DateValue => {
      if (d.year !== undefined) return d
      let best: DateValue = d
      let distance = Number.POSITIVE_INFINITY
      for (let year = middle - 4; year <= middle + 4; year++) {
        if (year < 1 || year > 9999) continue
        if (d.day !== undefined && d.day > daysIn(year, d.month!)) continue
        const candidate = { ...d, year }
        const r = dateRange(candidate)
        const gap = r.hi < p.lo ? p.lo - r.hi : r.lo > p.hi ? r.lo - p.hi : 0
        if (gap < distance) {
          best = candidate
          distance = gap
        }
      }
      return best
    }
    return mapRefDates(t, fill) ?? t
  }

/**
 * {@link compare} with {@link CompareOptions}: dates whose year is unstated can be compared
 * by their known parts when they lie in one year (`sameYear`), or given a year from the
 * publication date (`yearFromPublication`). With both, a pair of year-less dates follows
 * `sameYear` (what the caller knows of the pair), and a year-less date against a dated
 * one takes its year from the publication date.
 *
 * Under `sameYear`, the answer is the one that holds in every year of the 28-year
 * Gregorian cycle in which both times exist — `XXXX-02-28` and "the day after
 * `XXXX-02-28`" are `unknown` to `XXXX-03-01` (leap years) — and `unknown` when they
 * disagree. A year-less date against a dated one stays `unknown`: the shared year says
 * nothing about a stated one. Constant time.
 *
 * @category queries
 * @since 0.2.0
 */
export const compareWith =
  (options: CompareOptions) =>
  (a: TimeRef, b: TimeRef): Ordering => {
    const { publication, sameYear = false, yearFromPublication = false } = options
    const plain = compare(a, b, publication)
    if (plain !== 'unknown') return plain
    const ya = yearsUsed(a)
    const yb = yearsUsed(b)
    if (sameYear && !ya.stated && !yb.stated && (ya.unstated || yb.unstated)) {
      let answer: Ordering | undefined
      for (const year of CYCLE) {
        const fill = (d: DateValue): DateValue => (d.year === undefined ? { ...d, year } : d)
        const fa = mapRefDates(a, fill)
        const fb = mapRefDates(b, fill)
        if (fa === undefined || fb === undefined) continue // the dates do not exist that year
        const r = compare(fa, fb, publication)
        if (answer === undefined) answer = r
        else if (answer !== r) return 'unknown'
      }
      return answer ?? 'unknown'
    }
    if (yearFromPublication && publication !== undefined && (ya.unstated || yb.unstated)) {
      const fill = supplyYear(publication)
      return compare(fill(a), fill(b), publication)
    }
    return plain
  }

// -------------------------------------------------------------------------------------
// durations
// -------------------------------------------------------------------------------------

declare const DurationBrand: unique symbol

/**
 * An ISO 8601 duration such as `PT72H` ("within 72 hours"), `P3D`, `P2W` or `P1M`: `P`,
 * then whole numbers of years, months, weeks and days, then optionally `T` and whole
 * numbers of hours, minutes and seconds. At least one part; parts in that order; no
 * fractions and no signs (a window or a delay is never negative). Each number has at most
 * six digits.
 *
 * @category model
 * @since 0.2.0
 */
export type Duration = string & { readonly [DurationBrand]: 'Duration' }

/**
 * The parts of a {@link Duration}; absent parts are zero.
 *
 * @category model
 * @since 0.2.0
 */
export interface DurationValue {
  readonly years?: number
  readonly months?: number
  readonly weeks?: number
  readonly days?: number
  readonly hours?: number
  readonly minutes?: number
  readonly seconds?: number
}

const DURATION_PARTS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const
const DURATION_LETTERS = ['Y', 'M', 'W', 'D', 'H', 'M', 'S'] as const
/** Linear: each group is optional and ends in its own letter, so nothing backtracks. */
const DURATION =
  /^P(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6})S)?)?$/

/** Parses without the brand: the parts, or why the string is not a supported duration. */
const parseDurationString = (s: string): DurationValue | string => {
  if (s.length > 64) return 'is longer than any supported ISO 8601 duration'
  const m = DURATION.exec(s)
  if (m === null) {
    if (/^-?P[\d.,YMWDTHS]*[.,]/.test(s))
      return `${JSON.stringify(s.slice(0, 40))} has a fraction: use a smaller unit (PT90M, not PT1.5H)`
    if (s.startsWith('-')) return `${JSON.stringify(s.slice(0, 40))} is negative`
    return `${JSON.stringify(s.slice(0, 40))} is not an ISO 8601 duration (PT72H, P3D, P2W, P1M, P1Y2M10DT2H30M)`
  }
  const out: { -readonly [K in keyof DurationValue]: number } = {}
  let any = false
  for (let i = 0; i < DURATION_PARTS.length; i++) {
    const digits = m[i + 1]
    if (digits === undefined) continue
    out[DURATION_PARTS[i]!] = Number(digits)
    any = true
  }
  if (!any) return `${JSON.stringify(s)} has no parts (write P0D for no time at all)`
  if (s.endsWith('T'))
    return `${JSON.stringify(s)} has a "T" with no hours, minutes or seconds after it`
  return out
}

/**
 * Whether a value is a supported ISO 8601 duration.
 *
 * @category guards
 * @since 0.2.0
 */
export const isDuration = (u: unknown): u is Duration =>
  typeof u === 'string' && typeof parseDurationString(u) !== 'string'

/**
 * The codec of {@link Duration}: a string that must parse as a supported ISO 8601
 * duration (code `invalid_duration` otherwise).
 *
 * @category codecs
 * @since 0.2.0
 */
export const Duration: C.Codec<Duration> = C.primitive<Duration>('Duration', (u) => {
  if (typeof u !== 'string')
    return {
      code: 'invalid_type',
      message: `expected Duration (an ISO 8601 string such as "PT72H"), got ${C.describe(u)}`,
    }
  const r = parseDurationString(u)
  return typeof r === 'string'
    ? {
        code: 'invalid_duration',
        message: `Duration ${r.startsWith('"') ? r : `${C.describe(u)}: ${r}`}`,
      }
    : undefined
})

/**
 * A duration from an ISO 8601 literal you control, e.g. `duration('PT72H')`. Throws a
 * `TypeError` on an invalid literal; decode durations that come from data with the
 * {@link Duration} codec.
 *
 * @category constructors
 * @since 0.2.0
 */
export const duration = (s: string): Duration => {
  const r = parseDurationString(s)
  if (typeof r === 'string')
    throw new TypeError(`invalid duration ${JSON.stringify(s.slice(0, 40))}: ${r}`)
  return s as Duration
}

/**
 * A duration from its parts, e.g. `durationOf({ hours: 72 })` is `PT72H`. Throws a
 * `TypeError` when a part is not a whole number from 0 to 999,999, or when no part is given.
 *
 * @category constructors
 * @since 0.2.0
 */
export const durationOf = (parts: DurationValue): Duration => {
  let date = ''
  let time = ''
  for (let i = 0; i < DURATION_PARTS.length; i++) {
    const n = parts[DURATION_PARTS[i]!]
    if (n === undefined) continue
    if (!Number.isInteger(n) || n < 0 || n > 999_999)
      throw new TypeError(
        `invalid duration: ${DURATION_PARTS[i]} must be a whole number from 0 to 999999, got ${String(n)}`,
      )
    if (i < 4) date += `${n}${DURATION_LETTERS[i]}`
    else time += `${n}${DURATION_LETTERS[i]}`
  }
  if (date === '' && time === '') throw new TypeError('invalid duration: no part is given')
  return `P${date}${time === '' ? '' : `T${time}`}` as Duration
}

/**
 * The parts of a {@link Duration} (total: the brand guarantees it parses).
 *
 * @category constructors
 * @since 0.2.0
 */
export const parseDuration = (d: Duration): DurationValue => parseDurationString(d) as DurationValue

/** The last day a Date can hold, as a day number (year 275760). */
const LAST_DAY = 100_000_000

/** Moves a day by whole months: to the same day of the month, or past its end. */
const addMonths = (day: number, months: number, overflow: boolean): number => {
  if (!Number.isFinite(day) || months === 0) return day
  const d = new Date(day * DAY)
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months
  const year = Math.floor(total / 12)
  if (year > 200_000) return Number.POSITIVE_INFINITY
  const month = total - year * 12 + 1
  const dom = d.getUTCDate()
  const last = daysIn(year, month)
  // a day that the target month lacks (31 January + P1M) is its last day, or, read as an
  // overflow, the days after it (3 March): both are possible readings, so both are kept
  return overflow
    ? dayNumber(year, month, 1) + dom - 1
    : dayNumber(year, month, Math.min(dom, last))
}

/**
 * Adds a duration to the days a time may cover (data-last). Partial times stay honest: the
 * result is widened, never narrowed by a guess — adding `PT5H` to a day gives that day or
 * the next (the hour is unknown), and adding `P1M` to 31 January gives 28 February to
 * 3 March (a month from the 31st has two readings). Unbounded ends stay unbounded. Constant
 * time.
 *
 * @category combinators
 * @since 0.2.0
 */
export const addDuration =
  (d: Duration) =>
  (r: Range): Range => {
    const v = parseDuration(d)
    const months = (v.years ?? 0) * 12 + (v.months ?? 0)
    const days = (v.weeks ?? 0) * 7 + (v.days ?? 0)
    const seconds = (v.hours ?? 0) * 3600 + (v.minutes ?? 0) * 60 + (v.seconds ?? 0)
    const lo = addMonths(r.lo, months, false) + days + Math.floor(seconds / 86_400)
    const hi = addMonths(r.hi, months, true) + days + Math.ceil(seconds / 86_400)
    return {
      lo: lo > LAST_DAY ? Number.POSITIVE_INFINITY : lo,
      hi: hi > LAST_DAY ? Number.POSITIVE_INFINITY : hi,
      known: r.known,
    }
  }
