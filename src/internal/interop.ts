/**
 * Helpers shared by the exporters in `src/interop/`: what an actor is in the terms event
 * coders use (a country and a role), calendar days of a time, the quoted words of evidence,
 * and how a proposition mentions its events.
 *
 * @internal
 */
import type * as Actor from '../Actor.js'
import type * as Evidence from '../Evidence.js'
import type * as Id from '../Id.js'
import type * as Proposition from '../Proposition.js'
import * as Time from '../Time.js'

// -------------------------------------------------------------------------------------
// actors
// -------------------------------------------------------------------------------------

/**
 * The role an actor plays, in claimgraph's own words, from which both CAMEO role codes and
 * PLOVER sector codes follow.
 */
export type Role =
  | 'government'
  | 'military'
  | 'intelligence'
  | 'armed_group'
  | 'party'
  | 'media'
  | 'international'
  | 'ngo'
  | 'business'
  | 'religious'

/** An organization's sector as a role (`other` has none). */
export const SECTOR_ROLE: Readonly<Record<Actor.Sector, Role | undefined>> = {
  government: 'government',
  executive: 'government',
  ministry: 'government',
  diplomatic: 'government',
  military: 'military',
  intelligence: 'intelligence',
  armed_group: 'armed_group',
  party: 'party',
  media: 'media',
  international: 'international',
  ngo: 'ngo',
  business: 'business',
  religious: 'religious',
  other: undefined,
}

/** Where an actor belongs and what it does, as far as the report says. */
export interface Profile {
  /** ISO 3166-1 alpha-3 code of the actor's country. */
  readonly country?: string
  readonly role?: Role
  /** The actors a collective stands for (a collective has no profile of its own). */
  readonly members?: ReadonlyArray<Id.ActorId>
  /** Why the profile is what it is, for people. */
  readonly basis: string
}

const NONE: Profile = { basis: 'the report says nothing about its country or role' }

/**
 * The profile of every actor, computed once per actor: a person takes the profile of the
 * body they hold an office in, or else of whom they act for; an anonymous source takes its
 * affiliation's; an outlet is media. A lookup follows at most {@link MAX_HOPS} links (at
 * most two per actor on the way), and answers are kept per actor, so looking up every actor
 * is linear in the number of actors.
 */
export const profiles = (
  actors: ReadonlyArray<Actor.Actor>,
): ((id: Id.ActorId) => Profile | undefined) => {
  const byId = new Map<string, Actor.Actor>()
  for (const a of actors) if (!byId.has(a.id)) byId.set(a.id, a)
  const memo = new Map<string, Profile>()
  const of = (id: Id.ActorId, hops: number): Profile | undefined => {
    const seen = memo.get(id)
    if (seen !== undefined) return seen
    const a = byId.get(id)
    if (a === undefined) return undefined
    const p = profile(a, (next) => (hops >= MAX_HOPS ? undefined : of(next, hops + 1)))
    if (hops === 0) memo.set(id, p) // deeper answers may be cut short by the hop limit
    return p
  }
  return (id) => of(id, 0)
}

/** How many links a profile may follow (a person → their office's body → its country). */
export const MAX_HOPS = 3

const profile = (a: Actor.Actor, via: (id: Id.ActorId) => Profile | undefined): Profile => {
  switch (a.kind) {
    case 'state':
      return { country: a.country, basis: 'a state' }
    case 'organization': {
      const role = SECTOR_ROLE[a.sector]
      const country = a.country ?? inherit(a, via)
      return {
        ...(country === undefined ? {} : { country }),
        ...(role === undefined ? {} : { role }),
        basis: `an organization of sector ${a.sector}`,
      }
    }
    case 'outlet':
      return {
        ...(a.country === undefined ? {} : { country: a.country }),
        role: 'media',
        basis: 'an outlet',
      }
    case 'person': {
      const office = a.offices?.find((o) => o.in !== undefined)
      if (office?.in !== undefined) {
        const p = via(office.in)
        if (p !== undefined && p.members === undefined)
          return { ...p, basis: `holds the office of ${office.title}` }
      }
      const principal = a.relations?.find((r) => r.kind === 'acts_for')
      if (principal !== undefined) {
        const p = via(principal.target)
        if (p !== undefined && p.members === undefined)
          return { ...p, basis: 'acts for another actor' }
      }
      return NONE
    }
    case 'anonymous':
    case 'unnamed': {
      if (a.affiliation === undefined) return NONE
      const p = via(a.affiliation)
      return p === undefined || p.members !== undefined
        ? NONE
        : { ...p, basis: 'by its affiliation' }
    }
    case 'collective':
      return { members: a.members, basis: 'a collective of its members' }
    case 'author':
      return { basis: "the report's own voice" }
  }
}

/** An organization without a country of its own takes the country of what it is part of. */
const inherit = (
  a: Actor.Actor,
  via: (id: Id.ActorId) => Profile | undefined,
): string | undefined => {
  const whole = a.relations?.find((r) => r.kind === 'part_of')
  return whole === undefined ? undefined : via(whole.target)?.country
}

// -------------------------------------------------------------------------------------
// times
// -------------------------------------------------------------------------------------

const CALENDAR_DAY = /^(?!0000)\d{4}-\d{2}-\d{2}$/

/** A day number (days since 1970-01-01) as `YYYY-MM-DD`. */
export const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10)

/**
 * The calendar days a time covers, when they are known and bounded: the first day, and the
 * last when it differs. A date without a year takes it from the publication date
 * (`Time.supplyYear`); a time anchored to an event is not followed (it has no days here).
 */
export const days = (
  t: Time.TimeRef | undefined,
  publication: Time.Time | undefined,
): { readonly first: string; readonly last?: string } | undefined => {
  if (t === undefined) return undefined
  const r = Time.resolve(
    publication === undefined ? t : Time.supplyYear(publication)(t),
    publication,
  )
  if (!r.known || !Number.isFinite(r.lo) || !Number.isFinite(r.hi)) return undefined
  const first = isoDay(r.lo)
  const last = isoDay(r.hi)
  // years 0001 to 9999 only: a widened year 0001~ reaches year 0, which no calendar date has
  if (!CALENDAR_DAY.test(first) || !CALENDAR_DAY.test(last)) return undefined
  return r.hi === r.lo ? { first } : { first, last }
}

// -------------------------------------------------------------------------------------
// evidence
// -------------------------------------------------------------------------------------

/** The longest quotation an exporter copies from the text for one span. */
export const MAX_QUOTE = 1000

/**
 * The words of the text that each span quotes, each cut to {@link MAX_QUOTE} characters
 * (with "…"), so that what an exporter writes stays linear in the report.
 */
export const quotes = (
  text: string | undefined,
  spans: ReadonlyArray<Evidence.Span> | undefined,
): ReadonlyArray<string> => {
  if (text === undefined || spans === undefined) return []
  const out: string[] = []
  for (const s of spans) {
    const end = Math.min(s.end, s.start + MAX_QUOTE)
    const words = text.slice(s.start, end)
    if (words.length > 0) out.push(end < s.end ? `${words}…` : words)
  }
  return out
}

// -------------------------------------------------------------------------------------
// propositions
// -------------------------------------------------------------------------------------

/**
 * How a proposition mentions an event: `positive` when it says the event occurs,
 * `negative` when it says it does not, `open` when the event sits under a modality or a
 * disjunction (the proposition does not commit to it either way).
 */
export type Mention = 'positive' | 'negative' | 'open'

/**
 * Visits every event a proposition mentions with how it mentions it, iteratively (no
 * recursion, whatever the depth), once per `occurs` node.
 */
export const mentions = (
  p: Proposition.Proposition,
  f: (event: Id.EventId, mention: Mention) => void,
): void => {
  const stack: Array<readonly [Proposition.Proposition, Mention]> = [[p, 'positive']]
  while (stack.length > 0) {
    const [q, m] = stack.pop()!
    switch (q.kind) {
      case 'occurs':
        f(q.event, m)
        break
      case 'not':
        stack.push([
          q.operand,
          m === 'positive' ? 'negative' : m === 'negative' ? 'positive' : 'open',
        ])
        break
      case 'and':
        for (let i = q.operands.length - 1; i >= 0; i--) stack.push([q.operands[i]!, m])
        break
      case 'or':
        for (let i = q.operands.length - 1; i >= 0; i--) stack.push([q.operands[i]!, 'open'])
        break
      case 'epistemic':
      case 'ability':
      case 'obligation':
        stack.push([q.operand, 'open'])
    }
  }
}
