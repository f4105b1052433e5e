/**
 * Times across reports: each resolved against its own report (a relative time anchored
 * to its publication date, an unstated year supplied by it, `Time.supplyYear`), and, when
 * a year stays unstated, compared by their known parts (`Time.compareWith` under
 * `sameYear`). Constant time per time.
 *
 * @internal
 */
import * as Time from '../Time.js'

export interface Placed {
  /** As written, anchored and with a year supplied where the report's date gives one. */
  readonly ref: Time.TimeRef
  readonly range: Time.Range
  /** The time with every year removed, when a year stays unstated: compared by parts. */
  readonly parts?: Time.Time
}

/** How two placed times relate. */
export type Relation = 'same' | 'conflict' | 'more-specific' | 'compatible' | 'unknown'

const DAY = 86_400_000

const anchored = (t: Time.TimeRef, published: Time.Time | undefined): Time.TimeRef =>
  typeof t === 'string' || t.anchor !== undefined || published === undefined
    ? t
    : { ...t, anchor: published }

const finite = (r: Time.Range) => r.known && Number.isFinite(r.lo) && Number.isFinite(r.hi)

/** A time without its years (dates by month and day), or undefined if it has none to drop. */
const withoutYears = (t: Time.TimeRef): Time.Time | undefined => {
  if (typeof t !== 'string') return undefined
  const v = Time.parse(t)
  const strip = (d: Time.DateValue): Time.DateValue | undefined => {
    if (d.month === undefined) return undefined
    const { year: _year, ...rest } = d
    return rest
  }
  if (v.kind === 'date') {
    const d = strip(v.date)
    return d === undefined ? undefined : Time.format({ kind: 'date', date: d })
  }
  const bound = (b: Time.Bound): Time.Bound | undefined => {
    if (b.kind !== 'date') return b
    const d = strip(b.date)
    return d === undefined ? undefined : { kind: 'date', date: d }
  }
  const start = bound(v.start)
  const end = bound(v.end)
  if (start === undefined || end === undefined) return undefined
  const s = Time.format({ kind: 'interval', start, end })
  return Time.isTime(s) ? s : undefined
}

/** Places a time of a report with the given publication date. */
export const place = (t: Time.TimeRef, published: Time.Time | undefined): Placed => {
  const a = anchored(t, published)
  const ref = published === undefined ? a : Time.supplyYear(published)(a)
  const range = Time.resolve(ref, published)
  if (finite(range) || !range.known) {
    const parts = range.known ? undefined : withoutYears(ref)
    return parts === undefined ? { ref, range } : { ref, range, parts }
  }
  return { ref, range }
}

/** The days a time covers in a leap year, for a time compared by its parts. */
const inLeapYear = (parts: Time.Time): Time.Range => {
  const filled = parts.replace(/XXXX/g, '2000')
  return Time.isTime(filled) ? Time.range(filled) : { lo: 0, hi: 0, known: false }
}

/** How many days lie between two times that cannot meet (0 when they can, or are unknown). */
export const gap = (a: Placed, b: Placed): number => {
  const x = a.range
  const y = b.range
  if (!finite(x) || !finite(y)) return 0
  return x.hi < y.lo ? y.lo - x.hi : y.hi < x.lo ? x.lo - y.hi : 0
}

/** The span of a time in days, for choosing the most specific (infinite when unknown). */
export const span = (p: Placed): number => {
  if (finite(p.range)) return p.range.hi - p.range.lo
  if (p.parts !== undefined) {
    const r = inLeapYear(p.parts)
    return r.known ? r.hi - r.lo : Number.POSITIVE_INFINITY
  }
  return Number.POSITIVE_INFINITY
}

const within = (a: Time.Range, b: Time.Range) => a.lo >= b.lo && a.hi <= b.hi

/** How two placed times relate: the table "Times" of the guide. */
export const relate = (a: Placed, b: Placed): Relation => {
  const x = a.range
  const y = b.range
  if (x.known && y.known) {
    if (x.hi < y.lo || y.hi < x.lo) return 'conflict'
    if (x.lo === y.lo && x.hi === y.hi) return 'same'
    return within(x, y) || within(y, x) ? 'more-specific' : 'compatible'
  }
  // a year stays unstated: compare by the known parts of both
  const pa = a.parts ?? (x.known && finite(x) ? withoutYears(a.ref) : undefined)
  const pb = b.parts ?? (y.known && finite(y) ? withoutYears(b.ref) : undefined)
  if (pa === undefined || pb === undefined) return 'unknown'
  const o = Time.compareWith({ sameYear: true })(pa, pb)
  if (o === 'before' || o === 'after') return 'conflict'
  if (o === 'unknown') return 'unknown'
  if (o === 'same') return a.parts !== undefined && b.parts !== undefined ? 'same' : 'more-specific'
  const ra = inLeapYear(pa)
  const rb = inLeapYear(pb)
  return within(ra, rb) || within(rb, ra) ? 'more-specific' : 'compatible'
}

/** Days since 1970 as an ISO date. */
export const isoDay = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10)
