/**
 * Partial and uncertain times, as news reports give them: a subset of EDTF (ISO 8601-2)
 * for calendar times, and relative expressions ("last week", "on Sunday") anchored to a
 * reference date. {@link compare} answers before / after / same / overlapping / unknown:
 * a partial order that says unknown rather than guess.
 *
 * The EDTF subset: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`; an unknown year as `XXXX-MM` or
 * `XXXX-MM-DD`; a trailing qualifier `?` (uncertain), `~` (approximate) or `%` (both);
 * a time of day after a full date, `YYYY-MM-DDThh:mm` or `…Thh:mm:ss`, with an optional
 * offset `Z` or `±hh:mm` (from −12:00 to +14:00; UTC is written `Z`); intervals `A/B` whose
 * ends are dates, `..` (open) or empty (unknown). Years run from 1 to 9999 (year 0 is
 * rejected: no report dates an event to 1 BCE).
 *
 * A relative time ("the next day", "on Sunday", "Saturday at 12 o'clock") is anchored to a
 * calendar time, to another relative time, to an event (resolved through a lookup the
 * caller gives, see {@link resolveWith}) or, without an anchor, to the report's
 * publication date.
 *
 * Times without an offset are read in the report's own frame, as its dates are; a time
 * with an offset is an instant, which lies within a day either side of the frame's date,
 * so it is compared exactly with other instants and with a margin with everything else.
 *
 * A date whose year is unstated (`XXXX-10-25`) is unknown to every other date under
 * {@link compare}. {@link compareWith} can read such dates as lying in one same year, or
 * take their year from the report's publication date ({@link supplyYear}).
 *
 * @example
 * ```ts
 * import { Id, Time } from 'claimgraph'
 * import assert from 'node:assert/strict'
 *
 * assert.equal(Time.compare(Time.time('XXXX-10-25'), Time.time('2024-11')), 'unknown') // the year is not known
 * assert.equal(Time.compare(Time.time('2024-10-25'), Time.time('2024-11')), 'before')
 * assert.equal(Time.compare(Time.time('2024-10'), Time.time('2024-10-25')), 'overlapping')
 *
 * // two dates of one report, in the same (unstated) year
 * const sameYear = Time.compareWith({ sameYear: true })
 * assert.equal(sameYear(Time.time('XXXX-10-25'), Time.time('XXXX-10-26')), 'before')
 * // the year the publication date gives: the nearest one
 * assert.equal(Time.supplyYear(Time.time('2025-01-03'))(Time.time('XXXX-12-30')), '2024-12-30')
 * // a time of day with an offset, and "the next day" after an event
 * assert.equal(
 *   Time.compare(Time.time('2024-10-26T12:00+03:00'), Time.time('2024-10-26T09:00Z')),
 *   'same',
 * )
 * const nextDay = Time.relative(
 *   'the next day',
 *   { unit: 'day', amount: 1 },
 *   Time.ofEvent(Id.event('strike')),
 * )
 * const strikeTime = (id: Id.EventId) => (id === 'strike' ? Time.time('2024-10-26') : undefined)
 * assert.equal(Time.compareWith({ eventTime: strikeTime })(nextDay, Time.time('2024-10-27')), 'same')
 * ```
 *
 * @since 0.1.0
 */
import * as C from './Codec.js'
import * as Id from './Id.js'
import { table } from './generated/Time.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

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
 * A time of day: hour, minute, the second when it is given, and the offset from UTC in
 * minutes when it is given (0 for `Z`).
 *
 * @category model
 * @since 0.2.0
 */
export interface TimeOfDay {
  readonly hour: number
  readonly minute: number
  readonly second?: number
  readonly offset?: number
}

/**
 * A calendar date with the parts the source gives; an absent year is an unknown year. A
 * full date may carry a time of day.
 *
 * @category model
 * @since 0.1.0
 */
export interface DateValue {
  readonly year?: number
  readonly month?: number
  readonly day?: number
  /** @since 0.2.0 */
  readonly time?: TimeOfDay
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
 * A time of day as a relative time gives it: `hh:mm` or `hh:mm:ss`, with an optional
 * offset `Z` or `±hh:mm` ("at 12 o'clock" is `12:00`).
 *
 * @category model
 * @since 0.2.0
 */
export type Clock = string

/**
 * An anchor that is an event: the relative time is counted from when the event happened
 * ("the day after the strike").
 *
 * @category model
 * @since 0.2.0
 */
export interface EventAnchor {
  readonly kind: 'event'
  readonly event: Id.EventId
}

/**
 * What a relative time is counted from: a calendar time, another relative time ("the next
 * day", after "on Sunday"), or an event.
 *
 * @category model
 * @since 0.2.0
 */
export type Anchor = Time | RelativeTime | EventAnchor

/**
 * A time given relative to an anchor; without `anchor`, the report's publication time.
 * `clock` gives the time of day on the day it resolves to ("Saturday at 12 o'clock").
 *
 * @category model
 * @since 0.1.0
 */
export interface RelativeTime {
  readonly kind: 'relative'
  /** The words of the source: "last week", "on Sunday". */
  readonly phrase: string
  readonly shift: Shift
  readonly anchor?: Anchor
  /** @since 0.2.0 */
  readonly clock?: Clock
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
 * The days a time may cover, as day numbers since 1970-01-01, each end possibly infinite;
 * `known` is false when part of the time is unknown. Days are the report's own calendar
 * days. A time of day sets `clock`: the second of the day `lo` (equal to `hi`), in the
 * report's frame, or — when the time states an offset — in UTC, `lo` then being the UTC
 * day.
 *
 * @category model
 * @since 0.1.0
 */
export interface Range {
  readonly lo: number
  readonly hi: number
  readonly known: boolean
  /** @since 0.2.0 */
  readonly clock?: { readonly second: number; readonly utc: boolean }
}

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

const DATE =
  /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?))?)?)?([?~%])?$/
const CLOCK = /^(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))?$/
/**
 * {@link CLOCK} with its ranges, as one pattern a JSON Schema can state (no lookaround, so that
 * generators of matching strings can read it too); a test holds the two together.
 */
const CLOCK_SYNTAX =
  /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|\+(?:00:(?:0[1-9]|[1-5]\d)|(?:0[1-9]|1[0-3]):[0-5]\d|14:00)|-(?:00:(?:0[1-9]|[1-5]\d)|(?:0[1-9]|1[01]):[0-5]\d|12:00))?$/

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

/** Parses `hh:mm[:ss][Z|±hh:mm]`: the time of day, or why it is not one. */
const parseClock = (s: string): TimeOfDay | string => {
  const m = CLOCK.exec(s)
  if (m === null)
    return `${JSON.stringify(s.slice(0, 40))} is not a time of day (hh:mm or hh:mm:ss, with an optional Z or ±hh:mm)`
  const [, h, mi, se, zone, sign, oh, om] = m
  const out: { hour: number; minute: number; second?: number; offset?: number } = {
    hour: Number(h),
    minute: Number(mi),
  }
  if (out.hour > 23) return `hour ${h} does not exist (00 to 23)`
  if (out.minute > 59) return `minute ${mi} does not exist (00 to 59)`
  if (se !== undefined) {
    out.second = Number(se)
    if (out.second > 59) return `second ${se} does not exist (00 to 59)`
  }
  if (zone === 'Z') out.offset = 0
  else if (zone !== undefined) {
    if (Number(om) > 59) return `offset ${zone} has no such minute`
    const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om))
    if (offset === 0) return 'an offset of zero is written Z'
    if (offset < -12 * 60 || offset > 14 * 60) return `offset ${zone} lies outside -12:00 to +14:00`
    out.offset = offset
  }
  return out
}

const parseDate = (s: string): DateValue | string => {
  const m = DATE.exec(s)
  if (m === null)
    return `${JSON.stringify(s.slice(0, 40))} is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM-DD, YYYY-MM-DDThh:mm, with an optional ?, ~ or %)`
  const [, y, mo, d, clock, q] = m
  const out: {
    year?: number
    month?: number
    day?: number
    time?: TimeOfDay
    qualifier?: Qualifier
  } = {}
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
  if (clock !== undefined) {
    const c = parseClock(clock)
    if (typeof c === 'string') return c
    out.time = c
    if (q !== undefined) return 'a time of day cannot be qualified with ?, ~ or %'
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

const pad = (n: string): string => n.padStart(2, '0')

/**
 * How to write a date given in a common local form (30/06/2031, 06/30/2031, 30.06.2031,
 * 2031/06/30, 06/2031) as EDTF, or undefined when the string is in none of them.
 */
const localDate = (s: string): string | undefined => {
  const write = (...dates: ReadonlyArray<string>) =>
    `write dates as YYYY-MM-DD (${dates.join(' or ')})`
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s)
  if (ymd !== null) {
    const [, y, m, d] = ymd
    return typeof parseDate(`${y}-${pad(m!)}-${pad(d!)}`) === 'string'
      ? undefined
      : write(`${y}-${pad(m!)}-${pad(d!)}`)
  }
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s)
  if (dmy !== null) {
    const [, a, b, y] = dmy
    // day first (30/06/2031) or month first (06/30/2031): whichever gives a real date
    const dayFirst = `${y}-${pad(b!)}-${pad(a!)}`
    const monthFirst = `${y}-${pad(a!)}-${pad(b!)}`
    const readings = [...new Set([dayFirst, monthFirst])].filter(
      (d) => typeof parseDate(d) !== 'string',
    )
    if (readings.length === 0) return undefined
    return readings.length === 1
      ? write(readings[0]!)
      : `write dates as YYYY-MM-DD (${monthFirst} if the month comes first, ${dayFirst} if the day does)`
  }
  const my = /^(\d{1,2})[/.](\d{4})$/.exec(s)
  if (my !== null && Number(my[1]) >= 1 && Number(my[1]) <= 12)
    return `write months as YYYY-MM (${my[2]!}-${pad(my[1]!)})`
  return undefined
}

/** Parses without the brand: the value, or why the string is not a supported time. */
const parseString = (s: string): TimeValue | string => {
  if (s.length > 64) return 'is longer than any supported EDTF time'
  const local = localDate(s)
  if (local !== undefined) return local
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
  if (start.kind === 'date' && end.kind === 'date' && endsBeforeStart(start.date, end.date))
    return 'an interval cannot end before it starts'
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
export const Time: C.Codec<Time> = fast(
  C.string<Time>('Time', {
    checks: [
      C.Checks.edtf((s) => {
        const r = parseString(s)
        return typeof r === 'string' ? r : undefined
      }),
    ],
    code: 'invalid_time',
    expected: 'an EDTF string',
  }),
)

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

const UnitShift = C.struct('UnitShift', {
  unit: Unit,
  amount: C.number('amount', { integer: true, min: -1000, max: 1000 }),
})
const WeekdayShift = C.struct('WeekdayShift', {
  weekday: WeekdayCodec,
  which: C.keyof('Which', ['last', 'next']),
})
const ShiftCodec: C.Codec<Shift> = C.union('Shift', [
  [C.when.has('weekday'), WeekdayShift],
  [C.when.otherwise, UnitShift],
])

/**
 * The codec of {@link Clock}: a time of day, `hh:mm` or `hh:mm:ss`, with an optional offset
 * `Z` or `±hh:mm` (from −12:00 to +14:00).
 *
 * @category codecs
 * @since 0.2.0
 */
export const Clock: C.Codec<Clock> = fast(
  C.string<Clock>('Clock', {
    pattern: CLOCK_SYNTAX,
    patternMessage:
      'must be a time of day: hh:mm or hh:mm:ss, with an optional offset Z or ±hh:mm from -12:00 to +14:00 (UTC is written Z)',
    code: 'invalid_time',
    expected: 'a time of day',
  }),
)

/**
 * The codec of {@link EventAnchor}.
 *
 * @category codecs
 * @since 0.2.0
 */
export const EventAnchor: C.Codec<EventAnchor> = fast(
  C.struct('EventAnchor', {
    kind: C.literal('event'),
    event: Id.EventRef,
  }),
)

/**
 * The codec of {@link Anchor}: an EDTF string, or an object told apart by `kind`
 * (`relative` or `event`).
 *
 * @category codecs
 * @since 0.2.0
 */
export const Anchor: C.Codec<Anchor> = fast(
  C.lazy('Anchor', () =>
    C.stringOrObject(
      'Anchor',
      Time,
      C.tagged('AnchorObject', 'kind', { relative: RelativeTime, event: EventAnchor }) as C.Codec<
        RelativeTime | EventAnchor
      >,
    ),
  ),
)

/**
 * The codec of {@link RelativeTime}.
 *
 * @category codecs
 * @since 0.1.0
 */
export const RelativeTime: C.Codec<RelativeTime> = fast(
  C.lazy('RelativeTime', () =>
    C.struct(
      'RelativeTime',
      {
        kind: C.literal('relative'),
        phrase: C.string('phrase', { min: 1, max: 200 }),
        shift: ShiftCodec,
      },
      { anchor: Anchor, clock: Clock },
    ),
  ),
)

/**
 * The codec of {@link TimeRef}: an EDTF string or a relative-time object.
 *
 * @category codecs
 * @since 0.1.0
 */
export const TimeRef: C.Codec<TimeRef> = fast(C.stringOrObject('TimeRef', Time, RelativeTime))

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
 * A relative time, e.g. `relative('last week', { unit: 'week', amount: -1 })`; with an
 * anchor, `relative('the next day', { unit: 'day', amount: 1 }, ofEvent(strike.id))`; with
 * a time of day, `relative("Saturday at 12 o'clock", { weekday: 'saturday', which: 'next' },
 * undefined, clock('12:00'))`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const relative = (
  phrase: string,
  shift: Shift,
  anchor?: Anchor,
  clock?: Clock,
): RelativeTime => ({
  kind: 'relative',
  phrase,
  shift,
  ...(anchor === undefined ? {} : { anchor }),
  ...(clock === undefined ? {} : { clock }),
})

/**
 * An anchor that is an event: a relative time counted from when it happened.
 *
 * @category constructors
 * @since 0.2.0
 */
export const ofEvent = (event: Id.EventId): EventAnchor => ({ kind: 'event', event })

/**
 * A time of day from a literal you control (`'12:00'`, `'06:30+03:00'`). Throws a
 * `TypeError` on an invalid literal; decode times of day from data with {@link Clock}.
 *
 * @category constructors
 * @since 0.2.0
 */
export const clock = (s: string): Clock => {
  const r = parseClock(s)
  if (typeof r === 'string')
    throw new TypeError(`invalid time of day ${JSON.stringify(s.slice(0, 40))}: ${r}`)
  return s
}

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
  const two = (n: number) => String(n).padStart(2, '0')
  const date = (d: DateValue): string => {
    let s = d.year === undefined ? 'XXXX' : String(d.year).padStart(4, '0')
    if (d.month !== undefined) s += `-${two(d.month)}`
    if (d.day !== undefined) s += `-${two(d.day)}`
    if (d.time !== undefined) s += `T${formatClock(d.time)}`
    return d.qualifier === undefined ? s : s + symbols[d.qualifier]
  }
  const bound = (b: Bound): string =>
    b.kind === 'date' ? date(b.date) : b.kind === 'open' ? '..' : ''
  return (v.kind === 'date' ? date(v.date) : `${bound(v.start)}/${bound(v.end)}`) as Time
}

const formatClock = (t: TimeOfDay): string => {
  const two = (n: number) => String(n).padStart(2, '0')
  let s = `${two(t.hour)}:${two(t.minute)}`
  if (t.second !== undefined) s += `:${two(t.second)}`
  if (t.offset === 0) return `${s}Z`
  if (t.offset === undefined) return s
  const o = Math.abs(t.offset)
  return `${s}${t.offset < 0 ? '-' : '+'}${two(Math.floor(o / 60))}:${two(o % 60)}`
}

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

const DAY = 86_400_000
const SECONDS = 86_400
const dayNumber = (y: number, m: number, d: number): number => {
  const date = new Date(0)
  date.setUTCFullYear(y, m - 1, d)
  return Math.floor(date.getTime() / DAY)
}

const UNKNOWN: Range = { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, known: false }

/** The days of a date, its time of day left aside. */
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

/** A single known day with a time of day: in the frame, or as a UTC instant when an offset is given. */
const withClock = (days: Range, t: TimeOfDay): Range => {
  if (!days.known || days.lo !== days.hi || !Number.isFinite(days.lo)) return days
  const second = t.hour * 3600 + t.minute * 60 + (t.second ?? 0)
  if (t.offset === undefined) return { ...days, clock: { second, utc: false } }
  const instant = days.lo * SECONDS + second - t.offset * 60
  const day = Math.floor(instant / SECONDS)
  return { lo: day, hi: day, known: true, clock: { second: instant - day * SECONDS, utc: true } }
}

const fullDateRange = (d: DateValue): Range =>
  d.time === undefined ? dateRange(d) : withClock(dateRange(d), d.time)

/** True when an interval's end lies wholly before its start. */
const endsBeforeStart = (start: DateValue, end: DateValue): boolean =>
  compareRanges(fullDateRange(start), fullDateRange(end)) === 'after'

/**
 * The days a calendar time may cover. An unknown year gives an unknown, unbounded range;
 * an open interval end is unbounded but known; an unknown end is unbounded and unknown. A
 * date with a time of day gives a single day with its `clock`; an interval's ends count by
 * their days.
 *
 * @category queries
 * @since 0.1.0
 */
export const range = (t: Time): Range => resolveIn(t, NO_CONTEXT, newTrace())

/** Indexed by day number modulo 7: day 0, 1970-01-01, was a Thursday. */
const WEEKDAYS: ReadonlyArray<Weekday> = [...WEEKDAY_NAMES.slice(3), ...WEEKDAY_NAMES.slice(0, 3)]

const shiftMonths = (day: number, months: number, edge: 'start' | 'end'): number => {
  const d = new Date(day * DAY)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth() + months
  return edge === 'start' ? dayNumber(y, m + 1, 1) : dayNumber(y, m + 2, 0)
}

/** Moves a known, finite range of days by a shift. */
const applyShift = (a: Range, s: Shift): Range => {
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
 * What resolving a time needs besides the time: the report's publication date (the anchor
 * of relative times without one) and the time of each event, for relative times anchored
 * to an event.
 *
 * @category model
 * @since 0.2.0
 */
export interface ResolveOptions {
  readonly publication?: Time
  /** The time of an event, if the report gives one. */
  readonly eventTime?: (event: Id.EventId) => TimeRef | undefined
}

/** How a resolution reads dates: the options, and a year for year-less dates (or none: the date does not exist then). */
interface Context extends ResolveOptions {
  readonly fill?: (d: DateValue) => DateValue | undefined
}

/** What a resolution met: dates with an unstated year, with a stated one, and dates that do not exist once filled. */
interface Trace {
  unstated: boolean
  stated: boolean
  invalid: boolean
}
const newTrace = (): Trace => ({ unstated: false, stated: false, invalid: false })
const NO_CONTEXT: Context = {}

/** A date read in a context: noted in the trace, and filled when the context says so. */
const readDate = (d: DateValue, ctx: Context, trace: Trace): DateValue | undefined => {
  if (d.year === undefined) trace.unstated = true
  else trace.stated = true
  if (ctx.fill === undefined || d.year !== undefined) return d
  const filled = ctx.fill(d)
  if (filled === undefined) trace.invalid = true
  return filled
}

/** The range of a calendar time in a context; `clock` false reads only its days. */
const timeRange = (t: Time, ctx: Context, trace: Trace, clock: boolean): Range => {
  const v = parse(t)
  if (v.kind === 'date') {
    const d = readDate(v.date, ctx, trace)
    return d === undefined ? UNKNOWN : clock ? fullDateRange(d) : dateRange(d)
  }
  const end = (b: Bound): Range => {
    if (b.kind !== 'date')
      return {
        lo: Number.NEGATIVE_INFINITY,
        hi: Number.POSITIVE_INFINITY,
        known: b.kind === 'open',
      }
    const d = readDate(b.date, ctx, trace)
    return d === undefined ? UNKNOWN : dateRange(d)
  }
  const s = end(v.start)
  const e = end(v.end)
  if (ctx.fill !== undefined && s.known && e.known && s.lo > e.hi) {
    trace.invalid = true // the years filled in turn the interval around
    return UNKNOWN
  }
  return { lo: s.lo, hi: e.hi, known: s.known && e.known }
}

/**
 * Resolves a time iteratively: the chain of anchors is followed to a calendar time (or the
 * publication date, or an event's time, each event at most once), then the shifts are
 * applied from the innermost out, and the outermost time of day last.
 */
const resolveIn = (t: TimeRef, ctx: Context, trace: Trace): Range => {
  if (typeof t === 'string') return timeRange(t, ctx, trace, true)
  const shifts: Shift[] = []
  let seen: Set<Id.EventId> | undefined
  let base: Range = UNKNOWN
  let cur: TimeRef | undefined = t
  while (cur !== undefined) {
    if (typeof cur === 'string') {
      base = timeRange(cur, ctx, trace, false)
      break
    }
    shifts.push(cur.shift)
    const anchor: Anchor | undefined = cur.anchor
    if (anchor === undefined) {
      if (ctx.publication !== undefined) base = timeRange(ctx.publication, ctx, trace, false)
      break
    }
    if (typeof anchor === 'string' || anchor.kind === 'relative') {
      cur = anchor
      continue
    }
    seen ??= new Set()
    if (ctx.eventTime === undefined || seen.has(anchor.event)) break // unknown, or a cycle
    seen.add(anchor.event)
    // the event's time, read by its days whatever kind of time it is
    cur = ctx.eventTime(anchor.event)
    if (cur !== undefined && typeof cur !== 'string') continue
    if (cur !== undefined) {
      base = timeRange(cur, ctx, trace, false)
      break
    }
  }
  if (!base.known || !Number.isFinite(base.lo) || !Number.isFinite(base.hi)) return UNKNOWN
  let r = base
  for (let i = shifts.length - 1; i >= 0; i--) r = applyShift(r, shifts[i]!)
  if (t.clock === undefined) return r
  const c = parseClock(t.clock)
  return typeof c === 'string' ? r : withClock(r, c)
}

/**
 * The days a time may cover; a relative time is resolved against its own anchor or, when
 * it has none, against `publication` (unknown when that is absent too). An anchor that is
 * an event is unknown here: {@link resolveWith} resolves it.
 *
 * @category queries
 * @since 0.1.0
 */
export const resolve = (t: TimeRef, publication?: Time): Range =>
  resolveIn(t, publication === undefined ? NO_CONTEXT : { publication }, newTrace())

/**
 * {@link resolve} with {@link ResolveOptions}: relative times anchored to an event are
 * counted from the event's time (itself possibly relative), following each event at most
 * once; a cycle of anchors is unknown. Linear in the length of the chain of anchors.
 *
 * @category queries
 * @since 0.2.0
 */
export const resolveWith =
  (options: ResolveOptions) =>
  (t: TimeRef): Range =>
    resolveIn(t, options, newTrace())

/**
 * Compares two times: `before` / `after` when their ranges cannot meet, `same` when both
 * are the same single, unqualified day (or the same time of day on it), `overlapping` when
 * both are known and their ranges meet, and `unknown` otherwise. `before` is a strict
 * partial order (irreflexive, transitive) and `compare(a, b)` mirrors `compare(b, a)`.
 *
 * @category queries
 * @since 0.1.0
 */
export const compare = (a: TimeRef, b: TimeRef, publication?: Time): Ordering =>
  compareRanges(resolve(a, publication), resolve(b, publication))

/** How far an instant may lie from the frame's calendar: offsets run from −12:00 to +14:00. */
const EARLIEST = -14 * 3600
const LATEST = 12 * 3600

/**
 * {@link compare} on resolved ranges. Days compare as days. A time of day compares by the
 * second with another of the same kind (two in the frame, or two instants with offsets); an
 * instant against anything read in the frame allows for every offset (−12:00 to +14:00).
 *
 * @category queries
 * @since 0.1.0
 */
export const compareRanges = (a: Range, b: Range): Ordering => {
  const instantA = a.clock?.utc === true
  const instantB = b.clock?.utc === true
  // seconds since the epoch; a frame time seen from an instant may lie anywhere its offset allows
  const widen = instantA !== instantB
  const lo = (r: Range, instant: boolean) =>
    (r.clock === undefined ? r.lo * SECONDS : r.lo * SECONDS + r.clock.second) +
    (widen && !instant ? EARLIEST : 0)
  const hi = (r: Range, instant: boolean) =>
    (r.clock === undefined ? (r.hi + 1) * SECONDS - 1 : r.hi * SECONDS + r.clock.second) +
    (widen && !instant ? LATEST : 0)
  if (hi(a, instantA) < lo(b, instantB)) return 'before'
  if (lo(a, instantA) > hi(b, instantB)) return 'after'
  if (!a.known || !b.known) return 'unknown'
  if (!widen && a.lo === a.hi && b.lo === b.hi && a.lo === b.lo) {
    if (a.clock === undefined && b.clock === undefined) return 'same'
    if (a.clock !== undefined && b.clock !== undefined && a.clock.second === b.clock.second)
      return 'same'
  }
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
 * How {@link compareWith} reads times: {@link ResolveOptions} (the publication date, and
 * the time of each event), and two ways to read dates whose year is unstated.
 *
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
export interface CompareOptions extends ResolveOptions {
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

/** Maps the calendar dates of a time and of its chain of anchors (event anchors aside), iteratively. */
const mapRefDates = (t: TimeRef, f: (d: DateValue) => DateValue): TimeRef | undefined => {
  const chain: RelativeTime[] = []
  let cur: Anchor | undefined = t
  while (cur !== undefined && typeof cur !== 'string' && cur.kind === 'relative') {
    chain.push(cur)
    cur = cur.anchor
  }
  let out: Anchor | undefined = cur
  if (typeof cur === 'string') {
    out = mapDates(cur, f)
    if (out === undefined) return undefined
    if (out === cur) return t
  } else return t
  for (let i = chain.length - 1; i >= 0; i--) out = { ...chain[i]!, anchor: out }
  return out as TimeRef
}

/**
 * Every combination of leap year and weekday of January 1 occurs in 28 consecutive
 * Gregorian years, so an answer that holds in each of them holds whatever the year.
 */
const CYCLE: ReadonlyArray<number> = Array.from({ length: 28 }, (_, i) => 2001 + i)

/** The year nearest the publication's range for a year-less date (ties: the earlier year). */
const nearestYear =
  (p: Range) =>
  (d: DateValue): DateValue | undefined => {
    if (d.year !== undefined) return d
    const middle = new Date(((p.lo + p.hi) / 2) * DAY).getUTCFullYear()
    let best: DateValue | undefined
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

const finite = (r: Range) => r.known && Number.isFinite(r.lo) && Number.isFinite(r.hi)

/**
 * A year for each date of `t` whose year is unstated (in its chain of anchors too), taken
 * from the publication date: the year that puts the date nearest to it (the days between
 * their ranges, none when they meet), and on a tie the earlier year, since reports date
 * past events by day and month alone more often than future ones. Only years in which the
 * date exists are considered (`XXXX-02-29` takes a leap year). A publication date without
 * a known, finite range supplies nothing, and a time that the years would make invalid (an
 * interval that ends before it starts) is returned as it is.
 *
 * Around New Year: published 2025-01-03, `XXXX-12-30` is 2024-12-30 and `XXXX-01-02` is
 * 2025-01-02; published 2024-12-30, `XXXX-01-02` is 2025-01-02. Linear in the length of the
 * chain of anchors.
 *
 * @category combinators
 * @since 0.2.0
 */
export const supplyYear =
  (publication: Time) =>
  (t: TimeRef): TimeRef => {
    const p = range(publication)
    if (!finite(p)) return t
    const fill = nearestYear(p)
    return mapRefDates(t, (d) => fill(d) ?? d) ?? t
  }

/**
 * {@link compare} with {@link CompareOptions}: anchors that are events are resolved through
 * `eventTime`, and dates whose year is unstated can be compared by their known parts when
 * they lie in one year (`sameYear`), or given a year from the publication date
 * (`yearFromPublication`). With both, a pair of times that use year-less dates only follows
 * `sameYear` (what the caller knows of the pair), and a year-less date against a dated one
 * takes its year from the publication date.
 *
 * Under `sameYear`, the answer is the one that holds in every year of the 28-year
 * Gregorian cycle in which both times exist — `XXXX-02-28` and "the day after
 * `XXXX-02-28`" are `unknown` to `XXXX-03-01` (leap years) — and `unknown` when they
 * disagree. A year-less date against a dated one stays `unknown`: the shared year says
 * nothing about a stated one. Linear in the length of the chains of anchors.
 *
 * @category queries
 * @since 0.2.0
 */
export const compareWith =
  (options: CompareOptions) =>
  (a: TimeRef, b: TimeRef): Ordering => {
    const { sameYear = false, yearFromPublication = false, publication } = options
    const ta = newTrace()
    const tb = newTrace()
    const plain = compareRanges(resolveIn(a, options, ta), resolveIn(b, options, tb))
    if (plain !== 'unknown' || !(ta.unstated || tb.unstated)) return plain
    if (sameYear && !ta.stated && !tb.stated) {
      let answer: Ordering | undefined
      for (const year of CYCLE) {
        const ctx: Context = {
          ...options,
          fill: (d) =>
            d.day !== undefined && d.day > daysIn(year, d.month!) ? undefined : { ...d, year },
        }
        const fa = newTrace()
        const fb = newTrace()
        const r = compareRanges(resolveIn(a, ctx, fa), resolveIn(b, ctx, fb))
        if (fa.invalid || fb.invalid) continue // the dates do not exist that year
        if (answer === undefined) answer = r
        else if (answer !== r) return 'unknown'
      }
      return answer ?? 'unknown'
    }
    if (yearFromPublication && publication !== undefined) {
      const p = range(publication)
      if (!finite(p)) return plain
      const ctx: Context = { ...options, fill: nearestYear(p) }
      return compareRanges(resolveIn(a, ctx, newTrace()), resolveIn(b, ctx, newTrace()))
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
 * Constant time (durations are at most 64 characters).
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
export const Duration: C.Codec<Duration> = fast(
  C.string<Duration>('Duration', {
    checks: [
      C.Checks.duration((s) => {
        const r = parseDurationString(s)
        return typeof r === 'string' ? r : undefined
      }),
    ],
    code: 'invalid_duration',
    expected: 'an ISO 8601 string such as "PT72H"',
  }),
)

/**
 * A duration from an ISO 8601 literal you control, e.g. `duration('PT72H')`. Throws a
 * `TypeError` on an invalid literal; decode durations that come from data with the
 * {@link Duration} codec.
 * Constant time.
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
 * Constant time.
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
 * Constant time.
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
