/**
 * The arbitraries the tests use: all derived from the codecs' descriptions by
 * `claimgraph/arbitrary`, none written by hand, so they follow the wire format.
 */
import * as Arbitrary from '../../src/arbitrary/index.js'
import { Time } from '../../src/index.js'

export const {
  actor,
  attribution,
  event,
  likelihood,
  proposition,
  reportData,
  span,
  statement,
  threat,
  time,
  timeRef,
} = Arbitrary

/** Relative times. */
export const relative = Arbitrary.of(Time.RelativeTime)

/** Calendar dates whose every part is known: a year, a month or a day of a stated year, unqualified. */
export const knownDate = Arbitrary.time.filter((t) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t))
