/**
 * Blocking keys: for each node of one report, the keys under which alignment compares it
 * with nodes of other reports. A pure function of the report; actors named in a key are
 * named portably (never by a report's local id).
 *
 * @internal
 */
import type * as Actor from '../Actor.js'
import type * as Event from '../Event.js'
import type * as Id from '../Id.js'
import * as Proposition from '../Proposition.js'
import type * as Report from '../Report.js'
import type * as Statement from '../Statement.js'
import type * as Threat from '../Threat.js'
import { normal, quote, words, WEAK } from './text.js'

/** How many leading words of a quote make its key. */
const QUOTE_WORDS = 6
/** The shortest name word that makes a key of its own. */
const MIN_WORD = 4

export interface Key {
  readonly key: string
  readonly node: Id.NodeKind
  readonly id: Id.NodeId
}

/** A person's surname: the last word of the name. */
export const surname = (name: string): string | undefined => {
  const ws = words(name)
  return ws[ws.length - 1]
}

/**
 * An actor named portably: a state by its country code, a person by surname, an
 * anonymous source by its affiliation (or its description), a report's voice not at all,
 * anything else by its normalised name.
 */
export const portable = (
  actors: ReadonlyMap<string, Actor.Actor>,
  id: string,
  depth = 0,
): string | undefined => {
  const a = actors.get(id)
  if (a === undefined) return undefined
  switch (a.kind) {
    case 'state':
      return `country:${a.country}`
    case 'person': {
      const s = surname(a.name)
      return s === undefined ? undefined : `person:${s}`
    }
    case 'anonymous':
    case 'unnamed': {
      const of =
        a.affiliation === undefined || depth > 0
          ? undefined
          : portable(actors, a.affiliation, depth + 1)
      return of === undefined ? `${a.kind}:${normal(a.description)}` : `${a.kind}:${of}`
    }
    case 'author':
      return undefined
    default: {
      const n = normal(a.name)
      return n === '' ? undefined : `name:${n}`
    }
  }
}

/** The actors of one report, with each one's portable name computed once. */
interface Actors {
  readonly get: (id: string) => Actor.Actor | undefined
  readonly portable: (id: string) => string | undefined
}

const actorsOf = (r: Report.ReportData): Actors => {
  const byId = new Map<string, Actor.Actor>()
  for (const a of r.actors) if (!byId.has(a.id)) byId.set(a.id, a)
  const names = new Map<string, string | undefined>()
  return {
    get: (id) => byId.get(id),
    portable: (id) => {
      if (names.has(id)) return names.get(id)
      const p = portable(byId, id)
      names.set(id, p)
      return p
    },
  }
}

/** The portable names of a list of actors, without repeats, in order. */
const portables = (
  actors: Actors,
  ids: ReadonlyArray<string> | undefined,
): ReadonlyArray<string> => {
  if (ids === undefined) return []
  const out = new Set<string>()
  for (const id of ids) {
    const p = actors.portable(id)
    if (p !== undefined) out.add(p)
  }
  return [...out]
}

/** The keys of an actor. */
const actorKeys = (actors: Actors, a: Actor.Actor, out: string[]) => {
  if (a.kind === 'author') return
  if (a.external?.wikidata !== undefined) out.push(`actor:wikidata:${a.external.wikidata}`)
  if (a.external?.cameo !== undefined) out.push(`actor:cameo:${a.external.cameo}`)
  switch (a.kind) {
    case 'state':
      out.push(`actor:country:${a.country}`)
      return
    case 'person': {
      const s = surname(a.name)
      if (s !== undefined) out.push(`actor:name:${s}`)
      return
    }
    case 'anonymous':
    case 'unnamed': {
      const of = a.affiliation === undefined ? undefined : actors.portable(a.affiliation)
      if (of !== undefined) out.push(`actor:${a.kind}:${of}`)
      else
        for (const w of new Set(words(a.description)))
          if (w.length >= MIN_WORD && !WEAK.has(w)) out.push(`actor:${a.kind}-word:${w}`)
      return
    }
    default:
      for (const w of new Set(words(a.name))) if (w.length >= MIN_WORD) out.push(`actor:name:${w}`)
  }
}

/** The agent–target pair keys of an event (prefixed), or its type with each party. */
const eventKeys = (actors: Actors, e: Event.Event, prefix: string, out: string[]) => {
  const agents = portables(actors, e.agents)
  const targets = portables(actors, e.targets)
  for (const a of agents) for (const t of targets) out.push(`${prefix}:agent-target:${a}|${t}`)
  const type = normal(e.type)
  for (const a of agents) out.push(`${prefix}:type:${type}|agent:${a}`)
  for (const t of targets) out.push(`${prefix}:type:${type}|target:${t}`)
  if (agents.length === 0 && targets.length === 0) out.push(`${prefix}:type:${type}`)
}

/**
 * Every blocking key of every node of a report. Linear in the size of the report, but
 * for the agent–target pairs of an event (the product of its agents and targets,
 * capped at 64 per event).
 */
export const blockingKeys = (r: Report.ReportData): ReadonlyArray<Key> => {
  const out: Key[] = []
  eachKey(r, (key, node, id) => out.push({ key, node, id }))
  return out
}

/**
 * Every blocking key of every node of a report, to a visitor: each node's keys without
 * repeats, at most 64 of them. Allocates no object per key.
 */
export const eachKey = (
  r: Report.ReportData,
  visit: (key: string, node: Id.NodeKind, id: Id.NodeId) => void,
): void => {
  const actors = actorsOf(r)
  const events = new Map<string, Event.Event>()
  for (const e of r.events) if (!events.has(e.id)) events.set(e.id, e)
  const threats = new Map<string, Threat.Threat>()
  for (const th of r.threats) if (!threats.has(th.id)) threats.set(th.id, th)
  const buffer: string[] = []
  const emit = (node: Id.NodeKind, id: Id.NodeId) => {
    let kept = 0
    for (let i = 0; i < buffer.length && kept < 64; i++) {
      const key = buffer[i]!
      if (buffer.indexOf(key) !== i) continue
      kept++
      visit(key, node, id)
    }
    buffer.length = 0
  }
  for (const a of r.actors) {
    actorKeys(actors, a, buffer)
    emit('actor', a.id)
  }
  for (const e of r.events) {
    eventKeys(actors, capped(e), 'event', buffer)
    emit('event', e.id)
  }
  for (const th of r.threats) {
    threatKeys(actors, th, 'threat', buffer, events)
    emit('threat', th.id)
  }
  for (const s of r.statements) {
    statementKeys(actors, events, threats, s, buffer)
    emit('statement', s.id)
  }
}

/** An event with at most eight agents and eight targets: the keys of the rest add nothing new. */
const capped = (e: Event.Event): Event.Event =>
  (e.agents?.length ?? 0) <= 8 && (e.targets?.length ?? 0) <= 8
    ? e
    : {
        ...e,
        ...(e.agents === undefined ? {} : { agents: e.agents.slice(0, 8) }),
        ...(e.targets === undefined ? {} : { targets: e.targets.slice(0, 8) }),
      }

const threatKeys = (
  actors: Actors,
  th: Threat.Threat,
  prefix: string,
  out: string[],
  events?: ReadonlyMap<string, Event.Event>,
) => {
  const issuers = portables(actors, th.issuer.slice(0, 8))
  const addressees = portables(actors, th.addressee.slice(0, 8))
  for (const i of issuers) for (const a of addressees) out.push(`${prefix}:parties:${i}|${a}`)
  if (events === undefined) return
  const ids = Proposition.events(th.consequence)
  for (let i = 0; i < ids.length && i < 8; i++) {
    const e = events.get(ids[i]!)
    if (e !== undefined) eventKeys(actors, capped(e), 'threat:consequence', out)
  }
}

const statementKeys = (
  actors: Actors,
  events: ReadonlyMap<string, Event.Event>,
  threats: ReadonlyMap<string, Threat.Threat>,
  s: Statement.Statement,
  out: string[],
) => {
  for (const p of portables(actors, s.speakers.slice(0, 8))) out.push(`statement:speaker:${p}`)
  for (const id of s.speakers.slice(0, 8)) {
    const a = actors.get(id)
    if (
      a !== undefined &&
      (a.kind === 'organization' || a.kind === 'outlet' || a.kind === 'collective')
    )
      for (const w of new Set(words(a.name)))
        if (w.length >= MIN_WORD) out.push(`statement:speaker-word:${w}`)
  }
  if (s.quote !== undefined) {
    const q = quote(s.quote).split(' ').slice(0, QUOTE_WORDS).join(' ')
    if (q !== '') out.push(`statement:quote:${q}`)
  }
  const content = s.content
  if (content.kind === 'proposition') {
    const ids = Proposition.events(content.proposition)
    for (let i = 0; i < ids.length && i < 8; i++) {
      const e = events.get(ids[i]!)
      if (e !== undefined) eventKeys(actors, capped(e), 'statement:event', out)
    }
  } else if (content.kind === 'threat') {
    const th = threats.get(content.threat)
    if (th !== undefined) threatKeys(actors, th, 'statement:threat', out)
  }
}
