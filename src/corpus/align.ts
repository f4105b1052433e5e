/**
 * Alignment: candidates by blocking keys (sorted neighbourhood within each key), scored
 * by the tables of the guide "Across reports", in phases — organisations and states,
 * then people, outlets and anonymous sources (whose offices and affiliations refer to the
 * first), then events, threats and statements (whose parties and contents refer to the
 * earlier phases). References match through one union-find of accepted links and of this
 * run's proposals scored at least 0.8.
 *
 * @internal
 */
import type * as Actor from '../Actor.js'
import * as Event from '../Event.js'
import * as Likelihood from '../Likelihood.js'
import type * as Report from '../Report.js'
import * as Statement from '../Statement.js'
import type * as Threat from '../Threat.js'
import type * as Time from '../Time.js'
import { canonical, type Canonical } from './content.js'
import { eachKey } from './keys.js'
import { ACTOR, EVENT, STATEMENT, THREAT, type Mentions } from './Mentions.js'
import { GENERIC, normal, quote, quoteWithin, shareWord, WEAK, within, words } from './text.js'
import { gap, place, relate as relateTimes, type Placed } from './times.js'
import { UnionFind } from './UnionFind.js'

export interface RawReason {
  readonly code: string
  readonly weight: number
  readonly message: string
}

export interface RawProposal {
  readonly kind: number
  readonly a: number
  readonly b: number
  /** In hundredths, 0–100. */
  readonly score: number
  readonly link: 'same_as' | 'possibly_same_as'
  readonly band?: Likelihood.Band
  readonly reasons: ReadonlyArray<RawReason>
  readonly key: string
}

export interface Options {
  readonly window: number
  readonly only?: ReadonlySet<string>
}

/** The links already decided between nodes. */
export interface Decided {
  /** Accepted same_as, as a union-find over mentions. */
  readonly same: UnionFind
  /** Pairs with any node link (same_as, possibly_same_as, different_from). */
  readonly linked: ReadonlySet<number>
}

type Gate = { readonly gate: 'none' } | { readonly gate: 'one'; readonly reason: RawReason }
type Scored = Gate | { readonly points: ReadonlyArray<RawReason> }

const none: Scored = { gate: 'none' }

const PHASE_ONE: ReadonlySet<string> = new Set(['state', 'organization', 'collective'])

/** Actors known by a description, not a name: anonymous sources and unnamed actors. */
const described = (a: Actor.Actor): a is Actor.Anonymous | Actor.Unnamed =>
  a.kind === 'anonymous' || a.kind === 'unnamed'

export const pairCode = (size: number, x: number, y: number): number =>
  x < y ? x * size + y : y * size + x

/** How two sets of instances relate. */
const sets = (
  a: ReadonlyArray<number>,
  b: ReadonlyArray<number>,
): 'empty' | 'same' | 'shared' | 'disjoint' => {
  if (a.length === 0 || b.length === 0) return 'empty'
  if (a.length <= 8 && b.length <= 8) {
    // small lists, the common case: no sets
    let inB = 0
    for (let i = 0; i < a.length; i++) if (b.includes(a[i]!) && a.indexOf(a[i]!) === i) inB++
    if (inB === 0) return 'disjoint'
    let distinctA = 0
    for (let i = 0; i < a.length; i++) if (a.indexOf(a[i]!) === i) distinctA++
    let distinctB = 0
    for (let i = 0; i < b.length; i++) if (b.indexOf(b[i]!) === i) distinctB++
    return inB === distinctA && inB === distinctB ? 'same' : 'shared'
  }
  const sa = new Set(a)
  const sb = new Set(b)
  let common = 0
  for (const x of sb) if (sa.has(x)) common++
  if (common === 0) return 'disjoint'
  return common === sa.size && common === sb.size ? 'same' : 'shared'
}

/** The ICD 203 band a score (in hundredths) falls in. */
export const bandOf = (score: number): Likelihood.Band => {
  const p = score / 100
  let band: Likelihood.Band = Likelihood.BANDS[0]!.band
  for (const row of Likelihood.BANDS) if (p >= row.low) band = row.band
  return band
}

export const align = (
  ix: Mentions,
  decided: Decided,
  options: Options,
): ReadonlyArray<RawProposal> => {
  const n = ix.size
  const reports = ix.reports
  // one object per distinct reason, shared by every proposal that gives it: a large
  // corpus repeats the same few reasons hundreds of thousands of times
  const reasonsSeen = new Map<string, Map<number, Map<string, RawReason>>>()
  const r = (code: string, weight: number, message: string): RawReason => {
    let byWeight = reasonsSeen.get(code)
    if (byWeight === undefined) reasonsSeen.set(code, (byWeight = new Map()))
    let byMessage = byWeight.get(weight)
    if (byMessage === undefined) byWeight.set(weight, (byMessage = new Map()))
    let x = byMessage.get(message)
    if (x === undefined) byMessage.set(message, (x = { code, weight, message }))
    return x
  }
  // this run's union-find: accepted links, then proposals at 0.5 or more, phase by phase
  const prov = new UnionFind(n)
  for (let m = 0; m < n; m++) {
    const root = decided.same.find(m)
    if (root !== m) prov.union(root, m)
  }
  const root = (report: number, id: string): number => {
    const m = ix.mention(report, id)
    return m < 0 ? -1 : prov.find(m)
  }
  // the instances a node refers to, by field: cached from the events phase on, when
  // every kind they refer to is aligned already
  let cacheRoots = false
  const rootCache = new Map<string, Array<number[] | undefined>>()
  const rootsOf = (m: number, field: string, ids: ReadonlyArray<string> | undefined): number[] => {
    if (!cacheRoots) return roots(ix.reportAt[m]!, ids)
    let byMention = rootCache.get(field)
    if (byMention === undefined) rootCache.set(field, (byMention = new Array(n)))
    let r = byMention[m]
    if (r === undefined) byMention[m] = r = roots(ix.reportAt[m]!, ids)
    return r
  }
  const roots = (report: number, ids: ReadonlyArray<string> | undefined): number[] => {
    if (ids === undefined) return []
    const out: number[] = []
    for (const id of ids) {
      const x = root(report, id)
      if (x >= 0) out.push(x)
    }
    return out
  }

  // blocking keys, per kind, with a sort key for the sorted neighbourhood
  const blocks = new Map<string, number[]>()
  const inOnly = options.only === undefined ? undefined : new Uint8Array(n)
  for (let i = 0; i < reports.length; i++) {
    eachKey(reports[i]!.report, (key, _node, id) => {
      const m = ix.mention(i, id)
      if (m < 0) return
      let list = blocks.get(key)
      if (list === undefined) blocks.set(key, (list = []))
      list.push(m)
      if (inOnly !== undefined && options.only!.has(key)) inOnly[m] = 1
    })
  }

  const sortKeys: Array<string | undefined> = new Array(n)
  const sortKey = (m: number): string => {
    let s = sortKeys[m]
    if (s !== undefined) return s
    const node = ix.nodeAt[m]!
    switch (ix.kindAt[m]) {
      case ACTOR: {
        const a = node as Actor.Actor
        s = described(a) ? normal(a.description) : a.kind === 'author' ? '' : normal(a.name)
        break
      }
      case EVENT:
        s = normal((node as Event.Event).type)
        break
      case STATEMENT: {
        const st = node as Statement.Statement
        s = st.quote === undefined ? st.act : quote(st.quote)
        break
      }
      default:
        s = ''
    }
    sortKeys[m] = s
    return s
  }
  const byOrder = (x: number, y: number): number => {
    const a = sortKey(x)
    const b = sortKey(y)
    return a < b ? -1 : a > b ? 1 : x - y
  }

  // the pairs of each phase, flat: x, y and the index of the key that found them
  const phases: number[][] = [[], [], [], [], []]
  const keyNames: string[] = []
  const phaseOf = (m: number): number => {
    const k = ix.kindAt[m]!
    if (k === ACTOR) return PHASE_ONE.has((ix.nodeAt[m] as Actor.Actor).kind) ? 0 : 1
    return k === EVENT ? 2 : k === THREAT ? 3 : 4
  }
  const window = Math.max(1, options.window)
  // the neighbours of each mention, found under any key: y · KEYS + the key's index, so
  // that a pair found under several keys is kept once, without a set of pairs
  const KEYS = blocks.size + 1
  const neighbours: Array<number[] | undefined> = new Array(n)
  for (const [key, list] of blocks) {
    if (list.length < 2) continue
    const keyIndex = keyNames.length
    keyNames.push(key)
    list.sort(byOrder)
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!
      let compared = 0
      for (let j = i + 1; j < list.length && compared < window && j - i <= 4 * window; j++) {
        const y = list[j]!
        if (ix.reportAt[x] === ix.reportAt[y] || ix.kindAt[x] !== ix.kindAt[y]) continue
        compared++
        const [a, b] = x < y ? [x, y] : [y, x]
        ;(neighbours[a] ??= []).push(b * KEYS + keyIndex)
      }
    }
  }
  const linked = decided.linked.size > 0
  for (let x = 0; x < n; x++) {
    const list = neighbours[x]
    if (list === undefined) continue
    const sorted = Float64Array.from(list).sort()
    let last = -1
    for (let i = 0; i < sorted.length; i++) {
      const y = Math.floor(sorted[i]! / KEYS)
      if (y === last) continue
      last = y
      if (linked && decided.linked.has(pairCode(n, x, y))) continue
      if (decided.same.find(x) === decided.same.find(y)) continue
      phases[phaseOf(x)]!.push(x, y, sorted[i]! - y * KEYS)
    }
  }

  // features, computed once per mention that takes part in a pair
  const reportOf = (m: number): Report.ReportData => reports[ix.reportAt[m]!]!.report
  const nameWords: Array<ReadonlyArray<string> | undefined> = new Array(n)
  const wordsOf = (m: number): ReadonlyArray<string> => {
    let w = nameWords[m]
    if (w !== undefined) return w
    const node = ix.nodeAt[m]!
    switch (ix.kindAt[m]) {
      case ACTOR: {
        const a = node as Actor.Actor
        w = words(described(a) ? a.description : a.kind === 'author' ? '' : a.name)
        break
      }
      case EVENT:
        w = words((node as Event.Event).type)
        break
      default:
        w = []
    }
    nameWords[m] = w
    return w
  }
  const placed: Array<Placed | undefined> = new Array(n)
  const placeOf = (m: number, t: Time.TimeRef): Placed => {
    let p = placed[m]
    if (p === undefined) placed[m] = p = place(t, reportOf(m).published)
    return p
  }
  const placeWords: Array<ReadonlyArray<ReadonlyArray<string>> | undefined> = new Array(n)
  const placesOf = (m: number, places: ReadonlyArray<Event.Place>) => {
    let w = placeWords[m]
    if (w === undefined) placeWords[m] = w = places.slice(0, 16).map((p) => words(p.name))
    return w
  }

  const canon = new Map<string, Array<Canonical | undefined>>()
  const canonOf = (m: number, field: string, p: Parameters<typeof canonical>[0]): Canonical => {
    let byMention = canon.get(field)
    if (byMention === undefined) canon.set(field, (byMention = new Array(n)))
    let c = byMention[m]
    if (c === undefined) {
      const report = ix.reportAt[m]!
      c = canonical(
        p,
        (id) => root(report, id),
        (id) => root(report, id),
      )
      byMention[m] = c
    }
    return c
  }

  // --- actors ---------------------------------------------------------------------------
  const actor = (x: number, y: number): Scored => {
    const a = ix.nodeAt[x] as Actor.Actor
    const b = ix.nodeAt[y] as Actor.Actor
    if (a.kind !== b.kind || a.kind === 'author' || b.kind === 'author') return none
    const wa = a.external?.wikidata
    const wb = b.external?.wikidata
    if (wa !== undefined && wb !== undefined)
      return wa === wb
        ? { gate: 'one', reason: r('actor/same-wikidata', 1, 'one Wikidata item') }
        : none
    if (a.kind === 'state' && b.kind === 'state')
      return a.country === b.country
        ? {
            gate: 'one',
            reason: r('actor/same-country', 1, `both are the state with country code ${a.country}`),
          }
        : none
    const anonymous = described(a)
    const ri = ix.reportAt[x]!
    const rj = ix.reportAt[y]!
    if (described(a) && described(b)) {
      if (a.affiliation !== undefined && b.affiliation !== undefined) {
        if (root(ri, a.affiliation) !== root(rj, b.affiliation)) return none
      }
    }
    const points: RawReason[] = []
    const ca = a.external?.cameo
    const cb = b.external?.cameo
    if (ca !== undefined && cb !== undefined)
      points.push(
        ca === cb
          ? r('actor/same-cameo', 0.4, 'the same CAMEO code')
          : r('actor/different-cameo', -0.4, 'different CAMEO codes'),
      )
    // names (descriptions of anonymous sources)
    const na = wordsOf(x)
    const nb = wordsOf(y)
    const sa = na.join(' ')
    const sb = nb.join(' ')
    if (anonymous) {
      const ka = na.filter((w) => !WEAK.has(w))
      const kb = nb.filter((w) => !WEAK.has(w))
      if (sa === sb) points.push(r('actor/same-name', 0.4, 'the same description'))
      else if (within(ka, kb) || within(kb, ka))
        points.push(r('actor/name-contained', 0.2, 'descriptions alike'))
    } else if (sa === sb)
      // a proper name of a body (not a person's: namesakes are common) is strong evidence;
      // only a different country, CAMEO code or Wikidata item speaks against it
      points.push(
        a.kind !== 'person' && na.some((w) => !GENERIC.has(w) && !WEAK.has(w))
          ? r('actor/same-name', 0.8, 'the same proper name')
          : r('actor/same-name', 0.7, 'the same name'),
      )
    else if (a.kind === 'person' ? samePerson(na, nb) : within(na, nb) || within(nb, na))
      points.push(
        r(
          'actor/name-contained',
          0.5,
          a.kind === 'person'
            ? 'the same surname, given names that agree'
            : 'one name within the other',
        ),
      )
    else if (!shareWord(na, nb))
      points.push(r('actor/names-disjoint', -0.3, 'names with no word in common'))
    // offices
    if (a.kind === 'person' && b.kind === 'person' && a.offices?.length && b.offices?.length) {
      const titles = new Set(a.offices.map((o) => normal(o.title)))
      const held = new Set(a.offices.flatMap((o) => (o.in === undefined ? [] : [root(ri, o.in)])))
      const shared = b.offices.find(
        (o) => titles.has(normal(o.title)) || (o.in !== undefined && held.has(root(rj, o.in))),
      )
      points.push(
        shared !== undefined
          ? r('actor/shared-office', 0.2, 'an office in common')
          : r('actor/offices-disjoint', -0.2, 'both list offices, none in common'),
      )
    }
    // affiliations
    if (described(a) && described(b)) {
      if (a.affiliation !== undefined && b.affiliation !== undefined)
        points.push(r('actor/same-affiliation', 0.3, 'the same affiliation'))
      points.push(
        a.count === 'unknown' || b.count === 'unknown' || a.count === b.count
          ? r('actor/same-count', 0.1, 'counts that agree')
          : r('actor/different-count', -0.3, 'different counts'),
      )
    }
    if (a.kind === 'outlet' && b.kind === 'outlet' && a.affiliations && b.affiliations) {
      if (sets(roots(ri, a.affiliations), roots(rj, b.affiliations)) !== 'disjoint')
        points.push(r('actor/same-affiliation', 0.3, 'an affiliation in common'))
    }
    if (
      (a.kind === 'organization' || a.kind === 'outlet') &&
      (b.kind === 'organization' || b.kind === 'outlet') &&
      a.country !== undefined &&
      b.country !== undefined
    )
      points.push(
        a.country === b.country
          ? r('actor/same-country-code', 0.1, 'the same country')
          : r('actor/different-country-code', -0.5, 'different countries'),
      )
    return { points }
  }

  // --- events ---------------------------------------------------------------------------
  const event = (x: number, y: number): Scored => {
    const a = ix.nodeAt[x] as Event.Event
    const b = ix.nodeAt[y] as Event.Event
    const points: RawReason[] = []
    const ta = wordsOf(x)
    const tb = wordsOf(y)
    if (ta.join(' ') === tb.join(' ')) points.push(r('event/same-type', 0.2, 'the same type'))
    else if (within(ta, tb) || within(tb, ta))
      points.push(r('event/type-contained', 0.1, 'one type within the other'))
    else if (
      a.cameo !== undefined &&
      b.cameo !== undefined &&
      a.cameo.slice(0, 2) === b.cameo.slice(0, 2)
    )
      points.push(r('event/same-cameo-root', 0.1, 'CAMEO codes of one root'))
    parties(
      r,
      points,
      'agents',
      'event',
      rootsOf(x, 'agents', a.agents),
      rootsOf(y, 'agents', b.agents),
      [0.3, 0.2, -0.3],
    )
    parties(
      r,
      points,
      'targets',
      'event',
      rootsOf(x, 'targets', a.targets),
      rootsOf(y, 'targets', b.targets),
      [0.3, 0.2, -0.3],
    )
    const pa = a.places ?? []
    const pb = b.places ?? []
    if (pa.length > 0 && pb.length > 0) {
      const wa = placesOf(x, pa)
      const wb = placesOf(y, pb)
      const shared = wa.some((u) =>
        wb.some((v) => within(u, v) || within(v, u) || u.join() === v.join()),
      )
      if (shared) points.push(r('event/shared-place', 0.1, 'a place in common'))
      else {
        const ca = new Set(pa.flatMap((p) => (p.country === undefined ? [] : [p.country])))
        const cb = pb.flatMap((p) => (p.country === undefined ? [] : [p.country]))
        if (ca.size > 0 && cb.length > 0 && !cb.some((c) => ca.has(c)))
          points.push(r('event/different-countries', -0.2, 'places in different countries'))
        else if (!shareWord(wa.flat(), wb.flat(), WEAK))
          points.push(r('event/different-places', -0.2, 'places with no word in common'))
      }
    }
    if (a.time !== undefined && b.time !== undefined) {
      const ta = placeOf(x, a.time)
      const tb = placeOf(y, b.time)
      const o = relateTimes(ta, tb)
      const days = gap(ta, tb)
      if (o === 'conflict')
        points.push(
          days > 7
            ? r('event/distant-times', -0.6, `the times are ${days} days apart`)
            : r('event/conflicting-times', -0.1, 'the times cannot meet, but are close'),
        )
      else if (o !== 'unknown') points.push(r('event/compatible-times', 0.1, 'the times can meet'))
    }
    points.push(
      Event.isFactual(a) === Event.isFactual(b)
        ? r(
            'event/same-factuality',
            0.1,
            Event.isFactual(a) ? 'both occurred or ongoing' : 'both not (yet) factual',
          )
        : r('event/factuality-differs', -0.2, 'one factual, the other not'),
    )
    return { points }
  }

  // --- threats --------------------------------------------------------------------------
  const threat = (x: number, y: number): Scored => {
    const a = ix.nodeAt[x] as Threat.Threat
    const b = ix.nodeAt[y] as Threat.Threat
    const points: RawReason[] = []
    parties(
      r,
      points,
      'issuers',
      'threat',
      rootsOf(x, 'issuer', a.issuer),
      rootsOf(y, 'issuer', b.issuer),
      [0.3, 0.2, -0.3],
    )
    parties(
      r,
      points,
      'addressees',
      'threat',
      rootsOf(x, 'addressee', a.addressee),
      rootsOf(y, 'addressee', b.addressee),
      [0.3, 0.2, -0.3],
    )
    if (
      canonOf(x, 'consequence', a.consequence).base ===
      canonOf(y, 'consequence', b.consequence).base
    )
      points.push(r('threat/same-consequence', 0.2, 'the same consequence'))
    if (
      a.condition !== undefined &&
      b.condition !== undefined &&
      canonOf(x, 'condition', a.condition).base === canonOf(y, 'condition', b.condition).base
    )
      points.push(r('threat/same-condition', 0.2, 'the same condition'))
    if (a.enforcer !== undefined && b.enforcer !== undefined) {
      const s = sets(rootsOf(x, 'enforcer', a.enforcer), rootsOf(y, 'enforcer', b.enforcer))
      if (s === 'same' || s === 'shared')
        points.push(r('threat/same-enforcers', 0.1, 'an enforcer in common'))
      else if (s === 'disjoint')
        points.push(r('threat/different-enforcers', -0.1, 'no enforcer in common'))
    }
    if (a.valence !== b.valence)
      points.push(r('threat/valence-differs', -0.5, 'a threat and a promise'))
    return { points }
  }

  // --- statements -----------------------------------------------------------------------
  const contentKeys = new Map<number, string>()
  const contentKey = (m: number, depth = 0): string => {
    const seenKey = contentKeys.get(m)
    if (seenKey !== undefined) return seenKey
    const s = ix.nodeAt[m] as Statement.Statement
    const report = ix.reportAt[m]!
    let k: string
    switch (s.content.kind) {
      case 'proposition':
        k = `p:${canonOf(m, 'content', s.content.proposition).base}`
        break
      case 'threat':
        k = `t:${root(report, s.content.threat)}`
        break
      case 'statement': {
        const nested = ix.mention(report, s.content.statement)
        k = nested < 0 || depth > 64 ? `s:?${m}` : `s:${intern(contentKey(nested, depth + 1))}`
        break
      }
      case 'sourcing': {
        // what is said of a sourcing: of a statement, of a source, of a report
        const t = s.content.target
        if (t.kind === 'statement') {
          const nested = ix.mention(report, t.statement)
          k = nested < 0 || depth > 64 ? `g:?${m}` : `g:s:${intern(contentKey(nested, depth + 1))}`
        } else if (t.kind === 'source') k = `g:a:${root(report, t.source)}`
        else k = t.publisher === undefined ? `g:r:?${m}` : `g:r:${root(report, t.publisher)}`
        break
      }
      case 'unstated':
        // something was said, but not what: never the same claim as anything
        k = `u:${m}`
        break
      case 'none':
        k = 'none'
    }
    contentKeys.set(m, k)
    return k
  }
  const interned = new Map<string, number>()
  const intern = (s: string): number => {
    let i = interned.get(s)
    if (i === undefined) interned.set(s, (i = interned.size))
    return i
  }
  const statement = (x: number, y: number): Scored => {
    const a = ix.nodeAt[x] as Statement.Statement
    const b = ix.nodeAt[y] as Statement.Statement
    const points: RawReason[] = []
    const speakers = sets(rootsOf(x, 'speakers', a.speakers), rootsOf(y, 'speakers', b.speakers))
    const matched = speakers === 'same' || speakers === 'shared'
    const ka = contentKey(x)
    const kb = contentKey(y)
    if (ka === 'none' && kb === 'none') {
      if (!matched) return none
      points.push(r('statement/both-no-content', 0.7, 'both say nothing, by the same speakers'))
    } else if (ka !== kb) return none
    else points.push(r('statement/same-content', 0.7, 'the same claim'))
    if (matched) points.push(r('statement/same-speakers', 0.2, 'a speaker in common'))
    if (a.quote !== undefined && b.quote !== undefined) {
      const qa = quote(a.quote)
      const qb = quote(b.quote)
      if (qa === qb) points.push(r('statement/same-quote', 0.2, 'the same words'))
      else if (quoteWithin(qa, qb) || quoteWithin(qb, qa))
        points.push(r('statement/quote-contained', 0.1, 'one quote within the other'))
    }
    const codeA = Statement.ACTS[a.act].cameo as string | undefined
    if (codeA !== undefined && codeA === Statement.ACTS[b.act].cameo)
      points.push(
        r(
          'statement/same-act-code',
          0.1,
          `acts "${a.act}" and "${b.act}" (CAMEO ${Statement.ACTS[a.act].cameo})`,
        ),
      )
    return { points }
  }

  const scorers: ReadonlyArray<(x: number, y: number) => Scored> = [
    actor,
    actor,
    event,
    threat,
    statement,
  ]
  const out: RawProposal[] = []
  for (let phase = 0; phase < 5; phase++) {
    cacheRoots = phase >= 2
    const found: RawProposal[] = []
    const pairs = phases[phase]!
    for (let i = 0; i < pairs.length; i += 3) {
      const x = pairs[i]!
      const y = pairs[i + 1]!
      // one instance already, through this run's same_as suggestions: nothing to add
      if (prov.find(x) === prov.find(y)) continue
      const key = keyNames[pairs[i + 2]!]!
      const s = scorers[phase]!(x, y)
      let p: RawProposal
      if ('gate' in s) {
        if (s.gate === 'none') continue
        p = proposal(ix, x, y, 100, [s.reason], key)
      } else {
        let sum = 0
        for (const q of s.points) sum += Math.round(q.weight * 100)
        const score = Math.max(0, Math.min(100, sum))
        if (score < 50) continue
        p = proposal(ix, x, y, score, s.points, key)
      }
      found.push(p)
      // a suggested same_as joins references for what follows
      if (p.score >= 80) prov.union(x, y)
    }
    for (const p of found)
      if (inOnly === undefined || (inOnly[p.a] === 1 && inOnly[p.b] === 1)) out.push(p)
  }
  out.sort(
    (p, q) =>
      p.kind - q.kind ||
      Math.min(p.a, p.b) - Math.min(q.a, q.b) ||
      Math.max(p.a, p.b) - Math.max(q.a, q.b),
  )
  return out
}

const proposal = (
  ix: Mentions,
  x: number,
  y: number,
  score: number,
  reasons: ReadonlyArray<RawReason>,
  key: string,
): RawProposal => {
  const [a, b] = x < y ? [x, y] : [y, x]
  const kind = ix.kindAt[a]!
  const anonymous = kind === ACTOR && described(ix.nodeAt[a] as Actor.Actor)
  return score >= 80 && !anonymous
    ? { kind, a, b, score, link: 'same_as', reasons, key }
    : { kind, a, b, score, link: 'possibly_same_as', band: bandOf(score), reasons, key }
}

/** Persons: the same surname, and given names (or initials) that agree. */
const samePerson = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => {
  if (a.length === 0 || b.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false
  const ga = a.slice(0, -1)
  const gb = b.slice(0, -1)
  if (ga.length === 0 || gb.length === 0) return true
  const x = ga[0]!
  const y = gb[0]!
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))
}

const parties = (
  r: (code: string, weight: number, message: string) => RawReason,
  points: RawReason[],
  field: string,
  kind: string,
  a: ReadonlyArray<number>,
  b: ReadonlyArray<number>,
  weights: readonly [number, number, number],
) => {
  switch (sets(a, b)) {
    case 'same':
      points.push(r(`${kind}/same-${field}`, weights[0], `the same ${field}`))
      return
    case 'shared':
      points.push(r(`${kind}/shared-${field}`, weights[1], `some ${field} in common`))
      return
    case 'disjoint':
      points.push(r(`${kind}/different-${field}`, weights[2], `no ${field} in common`))
      return
    default:
  }
}
