/**
 * What a timeline and a report's event relations tell about when each event first occurred,
 * and propositions evaluated against it at any instant — the engine behind
 * `Timeline.evaluate` and `Threat.status`.
 *
 * Each event gets an interval for its first occurrence, in day numbers: it had surely not
 * occurred before day `lo`, and surely had by day `hi` (`+∞` when no entry shows it
 * occurred). An instant is itself a range of days (a partial time is an instant somewhere
 * within it). At an instant, an event may be true (occurred), false (not yet), or open
 * (nothing recorded decides it): a set of these, a {@link Mask}. Masks combine pointwise
 * through Kleene's connectives, so a set shrinks when a time is made more precise and never
 * moves from one decided value to another.
 *
 * Relations, as implications between occurrences (`X → Y`: X occurring means Y occurred):
 * an instance implies its general event (`instance_of`), a whole implies each of its parts
 * (`part_of`, read backwards). Occurrence flows forward along implications, non-occurrence
 * backward; `prevents` makes either side never occur once the other is recorded.
 *
 * Building is n·log n in the number of entries, events and relations (two sorts); an
 * evaluation is linear in the proposition, and its reasons linear in the entries they visit.
 *
 * @internal
 */
import type * as Event from '../Event.js'
import type * as Id from '../Id.js'
import type * as Proposition from '../Proposition.js'
import { MAX_DEPTH, tooDeep } from './depth.js'
import * as Time from '../Time.js'

// What this module reads of a timeline, written out here because Timeline imports this
// module: the two stand one above the other, never in a circle.
type Truth = 'true' | 'false' | 'unknown'
type Entry =
  | { readonly kind: 'occurred'; readonly event: Id.EventId; readonly time?: Time.TimeRef }
  | { readonly kind: 'not_occurred'; readonly event: Id.EventId; readonly by: Time.TimeRef }
interface Timeline {
  readonly entries: ReadonlyArray<Entry>
}

/** A set of possible values: bit 1 true, 2 false, 4 open (unknown, nothing recorded decides it). */
export type Mask = number
export const TRUE = 1
export const FALSE = 2
export const OPEN = 4
const ALL = TRUE | FALSE | OPEN

const INF = Number.POSITIVE_INFINITY
const NINF = Number.NEGATIVE_INFINITY

/** The Kleene value a mask stands for: decided only when one value is possible. */
export const truth = (m: Mask): Truth => (m === TRUE ? 'true' : m === FALSE ? 'false' : 'unknown')

// Kleene's connectives on the three values, and pointwise on sets of them.
const VALUES = [TRUE, FALSE, OPEN] as const
const and1 = (a: number, b: number): number =>
  a === FALSE || b === FALSE ? FALSE : a === TRUE && b === TRUE ? TRUE : OPEN
const or1 = (a: number, b: number): number =>
  a === TRUE || b === TRUE ? TRUE : a === FALSE && b === FALSE ? FALSE : OPEN
const table = (op: (a: number, b: number) => number): Uint8Array => {
  const t = new Uint8Array(64)
  for (let x = 0; x < 8; x++)
    for (let y = 0; y < 8; y++) {
      let m = 0
      for (const a of VALUES) for (const b of VALUES) if (x & a && y & b) m |= op(a, b)
      t[x * 8 + y] = m
    }
  return t
}
const AND = table(and1)
const OR = table(or1)
export const andMask = (a: Mask, b: Mask): Mask => AND[a * 8 + b]!
export const orMask = (a: Mask, b: Mask): Mask => OR[a * 8 + b]!
export const notMask = (m: Mask): Mask =>
  (m & OPEN) | (m & TRUE ? FALSE : 0) | (m & FALSE ? TRUE : 0)

/** The instant of a time: the days it may cover. */
export type Instant = Time.Range

/** When a proposition became true (or false) for good, when the facts say it did. */
export interface Since {
  readonly t?: Time.Range
  readonly f?: Time.Range
}

export interface Knowledge {
  /** What a proposition may be at an instant. */
  readonly at: (
    p: Proposition.Proposition,
    instant: Instant,
    memo?: Map<Proposition.Proposition, Mask>,
  ) => Mask
  /** From when a proposition is true (or false) for good, as far as the facts go. */
  readonly since: (p: Proposition.Proposition) => Since
  /** The indices of the entries that decide `p`'s value at `instant`, sorted. */
  readonly because: (p: Proposition.Proposition, instant: Instant) => ReadonlyArray<number>
  /** The interval of an event's first occurrence: [lo, hi] in days, and whether recorded. */
  readonly occurrence: (
    event: Id.EventId,
  ) => { readonly lo: number; readonly hi: number; readonly recorded: boolean } | undefined
  /** The events that are parts of `event` (`part_of` it), directly. */
  readonly parts: (event: Id.EventId) => ReadonlyArray<Id.EventId>
  /** The instant of a time (unknown when it cannot be resolved). */
  readonly resolve: (t: Time.TimeRef) => Instant
}

/** Adjacency lists in two flat arrays (compressed rows). */
interface Graph {
  readonly start: Int32Array
  readonly to: Int32Array
}

const graph = (
  n: number,
  from: ArrayLike<number>,
  to: ArrayLike<number> | undefined, // undefined: the edge's own position
): Graph => {
  const m = from.length
  const start = new Int32Array(n + 1)
  for (let k = 0; k < m; k++) start[from[k]! + 1]!++
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!
  const fill = start.slice(0, n)
  const out = new Int32Array(m)
  for (let k = 0; k < m; k++) out[fill[from[k]!]!++] = to === undefined ? k : to[k]!
  return { start, to: out }
}

/**
 * For every node, the best of `own` over the nodes that reach it along `g` (itself
 * included): processed best first, each node is assigned by the first search that reaches
 * it, so every node and edge is visited once after one sort.
 */
const propagate = (own: Float64Array, g: Graph, mode: 'min' | 'max'): Float64Array => {
  const n = own.length
  const neutral = mode === 'min' ? INF : NINF
  const result = new Float64Array(n).fill(neutral)
  const order: number[] = []
  for (let i = 0; i < n; i++) if (own[i] !== neutral) order.push(i)
  order.sort(mode === 'min' ? (a, b) => own[a]! - own[b]! : (a, b) => own[b]! - own[a]!)
  const assigned = new Uint8Array(n)
  const queue = new Int32Array(n)
  for (const s of order) {
    if (assigned[s] === 1) continue
    const v = own[s]!
    assigned[s] = 1
    result[s] = v
    let head = 0
    let tail = 0
    queue[tail++] = s
    while (head < tail) {
      const u = queue[head++]!
      for (let k = g.start[u]!; k < g.start[u + 1]!; k++) {
        const w = g.to[k]!
        if (assigned[w] === 1) continue
        assigned[w] = 1
        result[w] = v
        queue[tail++] = w
      }
    }
  }
  return result
}

/** The nodes that reach `s` along `g` (or that `s` reaches), `s` included, each once. */
const reach = (g: Graph, s: number, seen: Set<number>, visit: (u: number) => void): void => {
  if (seen.has(s)) return
  seen.add(s)
  const stack = [s]
  while (stack.length > 0) {
    const u = stack.pop()!
    visit(u)
    for (let k = g.start[u]!; k < g.start[u + 1]!; k++) {
      const w = g.to[k]!
      if (!seen.has(w)) {
        seen.add(w)
        stack.push(w)
      }
    }
  }
}

const max = (a: Time.Range, b: Time.Range): Time.Range => ({
  lo: Math.max(a.lo, b.lo),
  hi: Math.max(a.hi, b.hi),
  known: a.known && b.known,
})
const min = (a: Time.Range, b: Time.Range): Time.Range => ({
  lo: Math.min(a.lo, b.lo),
  hi: Math.min(a.hi, b.hi),
  known: a.known && b.known,
})

/**
 * {@link Time.supplyYear} from a publication date that has a year (a known, finite range),
 * or none when it has no year or there is none.
 */
export const yearSupplier = (
  publication: Time.Time | undefined,
): ((t: Time.TimeRef) => Time.TimeRef) | undefined => {
  if (publication === undefined) return undefined
  const p = Time.range(publication)
  return p.known && Number.isFinite(p.lo) && Number.isFinite(p.hi)
    ? Time.supplyYear(publication)
    : undefined
}

/**
 * Builds what a timeline knows. `firstRecorded` reads each event as one happening whose
 * earliest recorded occurrence is its first: recorded occurrences all later than an instant
 * mean it had not occurred by then (threat status reads a timeline so); without it, only
 * `not_occurred` entries and `prevents` say an event had not occurred (open world).
 * `yearFromPublication` gives every date whose year is unstated (of entries, events and
 * the times resolved) the year nearest the publication date, when that has a year.
 */
export const knowledge = (
  timeline: Timeline,
  events: ReadonlyArray<Event.Event>,
  publication: Time.Time | undefined,
  firstRecorded: boolean,
  yearFromPublication = false,
): Knowledge => {
  const index = new Map<string, number>()
  const ids: string[] = []
  const id = (e: string): number => {
    let i = index.get(e)
    if (i === undefined) {
      i = ids.length
      index.set(e, i)
      ids.push(e)
    }
    return i
  }
  for (const e of events) id(e.id)
  const entries: ReadonlyArray<Entry> = timeline.entries
  const entryEvent = new Int32Array(entries.length)
  const entryLo = new Float64Array(entries.length)
  const entryHi = new Float64Array(entries.length)
  // relative times may be counted from the report's events ("three days after the strike")
  const times = new Map<string, Time.TimeRef>()
  for (const e of events) if (e.time !== undefined) times.set(e.id, e.time)
  // with `yearFromPublication`, a date whose year is unstated takes the publication's nearest year
  const supply = yearFromPublication ? yearSupplier(publication) : undefined
  const withYear = (t: Time.TimeRef): Time.TimeRef => (supply === undefined ? t : supply(t))
  const resolveIn = Time.resolveWith({
    ...(publication === undefined ? {} : { publication }),
    eventTime: (e) => {
      const t = times.get(e)
      return t === undefined ? undefined : withYear(t)
    },
  })
  const resolveRef = (t: Time.TimeRef): Time.Range => resolveIn(withYear(t))
  // timelines repeat their dates: each distinct calendar time is parsed once
  const calendar = new Map<string, Time.Range>()
  const resolve = (t: Time.TimeRef): Time.Range => {
    if (typeof t !== 'string') return resolveRef(t)
    let r = calendar.get(t)
    if (r === undefined) {
      r = resolveRef(t)
      calendar.set(t, r)
    }
    return r
  }
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!
    entryEvent[k] = id(entry.event)
    const time = entry.kind === 'occurred' ? entry.time : entry.by
    const r = time === undefined ? undefined : resolve(time)
    entryLo[k] = r === undefined || !r.known ? NINF : r.lo
    entryHi[k] = r === undefined || !r.known ? INF : r.hi
  }
  // implications X → Y, and the prevents pairs
  const from: number[] = []
  const to: number[] = []
  const partFrom: number[] = []
  const partTo: number[] = []
  const preventer: number[] = []
  const prevented: number[] = []
  for (const e of events) {
    const relations = e.relations
    if (relations === undefined) continue
    const x = id(e.id)
    for (const r of relations) {
      if (r.kind === 'instance_of') {
        from.push(x)
        to.push(id(r.event))
      } else if (r.kind === 'part_of') {
        const whole = id(r.event)
        from.push(whole)
        to.push(x)
        partFrom.push(whole)
        partTo.push(x)
      } else if (r.kind === 'prevents') {
        preventer.push(x)
        prevented.push(id(r.event))
      }
    }
  }
  const n = ids.length
  const forward = graph(n, from, to)
  const backward = graph(n, to, from)
  const partsOf = graph(n, partFrom, partTo)
  const prevention = graph(n, [...preventer, ...prevented], [...prevented, ...preventer])
  const entriesOf = graph(n, entryEvent, undefined)

  const ownHi = new Float64Array(n).fill(INF)
  const ownLo = new Float64Array(n).fill(INF)
  const ownRecorded = new Float64Array(n).fill(INF) // 0 when recorded: min-propagated
  const ownNotBy = new Float64Array(n).fill(NINF)
  // an uncertain "not by" ("not by 2031") may reach further: up to the end of its days
  const ownNotByLatest = new Float64Array(n).fill(NINF)
  for (let k = 0; k < entries.length; k++) {
    const i = entryEvent[k]!
    if (entries[k]!.kind === 'occurred') {
      ownRecorded[i] = 0
      if (entryHi[k]! < ownHi[i]!) ownHi[i] = entryHi[k]!
      if (entryLo[k]! < ownLo[i]!) ownLo[i] = entryLo[k]!
    } else {
      // not occurred by an instant in [lo, hi]: surely not through day lo
      const bound = entryLo[k]! + 1
      if (bound > ownNotBy[i]!) ownNotBy[i] = bound
      if (entryHi[k]! + 1 > ownNotByLatest[i]!) ownNotByLatest[i] = entryHi[k]! + 1
    }
  }
  const hi = propagate(ownHi, forward, 'min')
  const recLo = propagate(ownLo, forward, 'min')
  const recorded = propagate(ownRecorded, forward, 'min')
  const notBy = propagate(ownNotBy, backward, 'max')
  const notByLatest = propagate(ownNotByLatest, backward, 'max')
  const baseLo = (i: number): number =>
    firstRecorded && recorded[i] === 0 ? Math.max(notBy[i]!, recLo[i]!) : notBy[i]!
  // prevents: either side recorded means the other never occurs, from the recorded time
  const ownNeverLo = new Float64Array(n).fill(INF)
  const ownNeverHi = new Float64Array(n).fill(INF)
  const ownNever = new Float64Array(n).fill(INF) // 0 when never: min-propagated
  const never = (target: number, cause: number) => {
    if (recorded[cause] !== 0) return
    ownNever[target] = 0
    const a = baseLo(cause)
    const b = hi[cause]!
    const lo = Math.min(a, b)
    if (lo < ownNeverLo[target]!) ownNeverLo[target] = lo
    if (Math.max(a, b) < ownNeverHi[target]!) ownNeverHi[target] = Math.max(a, b)
  }
  for (let k = 0; k < preventer.length; k++) {
    never(preventer[k]!, prevented[k]!)
    never(prevented[k]!, preventer[k]!)
  }
  const isNever = propagate(ownNever, backward, 'min')
  const neverLo = propagate(ownNeverLo, backward, 'min')
  const neverHi = propagate(ownNeverHi, backward, 'min')
  const lo = (i: number): number => (isNever[i] === 0 ? INF : baseLo(i))

  const eventMask = (i: number, a: Instant): Mask => {
    const rec = recorded[i] === 0
    // an event that something prevented never occurs, at any instant
    if (isNever[i] === 0 && !rec) return FALSE
    // eventually (an instant after every day): whatever was recorded occurred
    if (a.lo === INF) return rec ? (isNever[i] === 0 ? TRUE | FALSE : TRUE) : OPEN
    const l = lo(i)
    const h = hi[i]!
    let m = 0
    if (a.lo < Math.min(l, h)) m |= FALSE
    if (rec && a.hi >= Math.max(l, h)) m |= TRUE
    if (h < l && a.hi >= h && a.lo < l) m |= TRUE | FALSE
    if (l < h && a.hi >= l && a.lo < h) {
      if (rec) m |= TRUE | FALSE
      else {
        // not recorded: open, but perhaps still within an uncertain "not by"
        m |= OPEN
        if (a.lo < notByLatest[i]!) m |= FALSE
      }
    }
    return m === 0 ? ALL : m
  }

  /** What `p` may be at `instant`; with `memo`, every node's mask is kept for the reasons. */
  const at = (
    p: Proposition.Proposition,
    instant: Instant,
    memo?: Map<Proposition.Proposition, Mask>,
  ): Mask => {
    const go = (q: Proposition.Proposition, depth: number): Mask => {
      if (depth > MAX_DEPTH) throw tooDeep('evaluating a proposition')
      let m: Mask
      switch (q.kind) {
        case 'occurs': {
          const i = index.get(q.event)
          m = i === undefined ? OPEN : eventMask(i, instant)
          break
        }
        case 'not':
          m = notMask(go(q.operand, depth + 1))
          break
        case 'and':
        case 'or': {
          const op = q.kind === 'and' ? AND : OR
          m = go(q.operands[0], depth + 1)
          for (let k = 1; k < q.operands.length; k++) m = op[m * 8 + go(q.operands[k]!, depth + 1)]!
          break
        }
        case 'epistemic':
          m = go(q.operand, depth + 1)
          break
        case 'ability': {
          const o = go(q.operand, depth + 1)
          m = (o & TRUE) | (o & (FALSE | OPEN) ? OPEN : 0)
          break
        }
        case 'obligation':
          m = OPEN
      }
      memo?.set(q, m)
      return m
    }
    return go(p, 0)
  }

  const since = (p: Proposition.Proposition): Since => {
    const go = (q: Proposition.Proposition, depth: number): Since => {
      if (depth > MAX_DEPTH) throw tooDeep('evaluating a proposition')
      switch (q.kind) {
        case 'occurs': {
          const i = index.get(q.event)
          if (i === undefined) return {}
          const out: { t?: Time.Range; f?: Time.Range } = {}
          if (recorded[i] === 0 && isNever[i] !== 0) {
            const a = baseLo(i)
            const b = hi[i]!
            out.t = { lo: Math.min(a, b), hi: Math.max(a, b), known: true }
          }
          if (isNever[i] === 0 && recorded[i] !== 0)
            out.f = { lo: neverLo[i]!, hi: neverHi[i]!, known: true }
          return out
        }
        case 'not': {
          const s = go(q.operand, depth + 1)
          return { ...(s.f ? { t: s.f } : {}), ...(s.t ? { f: s.t } : {}) }
        }
        case 'and':
        case 'or': {
          // and: true for good once all are; false for good once any is (or dually)
          let all: Time.Range | undefined
          let allDefined = true
          let any: Time.Range | undefined
          for (const o of q.operands) {
            const s = go(o, depth + 1)
            const mine = q.kind === 'and' ? s.t : s.f
            const other = q.kind === 'and' ? s.f : s.t
            if (mine === undefined) allDefined = false
            else if (allDefined) all = all === undefined ? mine : max(all, mine)
            if (other !== undefined) any = any === undefined ? other : min(any, other)
          }
          const whenAll = allDefined ? all : undefined
          return q.kind === 'and'
            ? { ...(whenAll ? { t: whenAll } : {}), ...(any ? { f: any } : {}) }
            : { ...(any ? { t: any } : {}), ...(whenAll ? { f: whenAll } : {}) }
        }
        case 'epistemic':
          return go(q.operand, depth + 1)
        case 'ability': {
          const s = go(q.operand, depth + 1)
          return s.t ? { t: s.t } : {}
        }
        case 'obligation':
          return {}
      }
    }
    return go(p, 0)
  }

  const because = (p: Proposition.Proposition, instant: Instant): ReadonlyArray<number> => {
    // entries are marked, then listed in order: no list is copied or sorted
    const marked = new Uint8Array(entries.length)
    let count = 0
    const out = {
      add: (e: number) => {
        if (marked[e] === 0) {
          marked[e] = 1
          count++
        }
      },
    }
    // each event is visited once per kind of evidence, however often the proposition names it
    const seen = { by: new Set<number>(), maybe: new Set<number>(), any: new Set<number>() }
    const seenNot = { decided: new Set<number>(), bearing: new Set<number>() }
    const seenLater = { decided: new Set<number>(), bearing: new Set<number>() }
    const seenCause = new Set<number>()
    /** Occurrence entries: shown by the instant, possibly by it, or any at all. */
    const occurred = (i: number, mode: 'by' | 'maybe' | 'any') =>
      reach(backward, i, seen[mode], (u) => {
        for (let k = entriesOf.start[u]!; k < entriesOf.start[u + 1]!; k++) {
          const e = entriesOf.to[k]!
          if (entries[e]!.kind !== 'occurred') continue
          if (
            mode === 'any' ||
            (mode === 'by' ? entryHi[e]! <= instant.lo : entryLo[e]! <= instant.hi)
          )
            out.add(e)
        }
      })
    /** Non-occurrence: entries showing it had not occurred (through all, or part, of the instant). */
    const notOccurred = (i: number, mode: 'decided' | 'bearing') => {
      const edge = mode === 'decided' ? instant.hi : instant.lo
      reach(forward, i, seenNot[mode], (u) => {
        for (let k = entriesOf.start[u]!; k < entriesOf.start[u + 1]!; k++) {
          const e = entriesOf.to[k]!
          if (entries[e]!.kind === 'not_occurred' && entryLo[e]! + 1 > edge) out.add(e)
        }
      })
      if (firstRecorded)
        reach(backward, i, seenLater[mode], (u) => {
          for (let k = entriesOf.start[u]!; k < entriesOf.start[u + 1]!; k++) {
            const e = entriesOf.to[k]!
            if (entries[e]!.kind === 'occurred' && entryLo[e]! > edge) out.add(e)
          }
        })
      // what makes it, or an event it implies, never occur: the other side of a prevents
      reach(forward, i, seenCause, (u) => {
        for (let k = prevention.start[u]!; k < prevention.start[u + 1]!; k++) {
          const other = prevention.to[k]!
          if (recorded[other] === 0) occurred(other, 'any')
        }
      })
    }
    const masks = new Map<Proposition.Proposition, Mask>()
    const go = (q: Proposition.Proposition, value: Truth, depth: number): void => {
      if (depth > MAX_DEPTH) throw tooDeep('evaluating a proposition')
      switch (q.kind) {
        case 'occurs': {
          const i = index.get(q.event)
          if (i === undefined) return
          if (value !== 'false') occurred(i, value === 'true' ? 'by' : 'maybe')
          if (value !== 'true') notOccurred(i, value === 'false' ? 'decided' : 'bearing')
          return
        }
        case 'not':
          go(q.operand, value === 'true' ? 'false' : value === 'false' ? 'true' : value, depth + 1)
          return
        case 'and':
        case 'or':
          for (const o of q.operands) if (truth(masks.get(o)!) === value) go(o, value, depth + 1)
          return
        case 'epistemic':
          go(q.operand, value, depth + 1)
          return
        case 'ability':
          if (value === 'true') go(q.operand, value, depth + 1)
          return
        case 'obligation':
          return
      }
    }
    go(p, truth(at(p, instant, masks)), 0)
    const list: number[] = []
    for (let e = 0; count > 0 && e < marked.length; e++)
      if (marked[e] === 1) {
        list.push(e)
        count--
      }
    return list
  }

  return {
    at,
    since,
    because,
    occurrence: (event) => {
      const i = index.get(event)
      return i === undefined ? undefined : { lo: lo(i), hi: hi[i]!, recorded: recorded[i] === 0 }
    },
    parts: (event) => {
      const i = index.get(event)
      if (i === undefined) return []
      const out: Id.EventId[] = []
      for (let k = partsOf.start[i]!; k < partsOf.start[i + 1]!; k++)
        out.push(ids[partsOf.to[k]!]! as Id.EventId)
      return out
    },
    resolve: (t) => {
      const r = resolveRef(t)
      return r.known ? r : { lo: NINF, hi: INF, known: false }
    },
  }
}
