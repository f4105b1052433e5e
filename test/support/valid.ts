import { fc } from '@fast-check/vitest'
import type { Actor, Attribution, Id, Proposition, Statement, Threat } from '../../src/index.js'
import { Report } from '../../src/index.js'
import { reportData } from './arbitraries.js'

const pick = <A>(pool: ReadonlyArray<A>, key: string): A => {
  let h = 0
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0
  return pool[h % pool.length]!
}

/** Rewrites a structurally valid report so that every reference resolves and nothing cycles. */
export const repair = (r: Report.ReportData): Report.ReportData => {
  const actorIds = ['author', ...r.actors.map((_, i) => `a${i}`)] as Id.ActorId[]
  const plain = [
    'author',
    ...r.actors.flatMap((a, i) => (a.kind === 'collective' ? [] : [`a${i}`])),
  ] as Id.ActorId[]
  const eventIds = r.events.map((_, i) => `e${i}`) as Id.EventId[]
  const A = (id: string) => pick(actorIds, id)
  const As = <T extends ReadonlyArray<Id.ActorId> | undefined>(ids: T): T => ids?.map(A) as T
  const P = (p: Proposition.Proposition): Proposition.Proposition | undefined => {
    switch (p.kind) {
      case 'occurs':
        return eventIds.length === 0
          ? undefined
          : { kind: 'occurs', event: pick(eventIds, p.event) }
      case 'not': {
        const o = P(p.operand)
        return o === undefined ? undefined : { kind: 'not', operand: o }
      }
      case 'and':
      case 'or': {
        const os = p.operands.map(P)
        return os.some((o) => o === undefined)
          ? undefined
          : ({ kind: p.kind, operands: os } as unknown as Proposition.Proposition)
      }
      case 'epistemic': {
        const o = P(p.operand)
        return o === undefined ? undefined : { ...p, operand: o }
      }
      default: {
        const o = P(p.operand)
        return o === undefined ? undefined : { ...p, agents: As(p.agents), operand: o }
      }
    }
  }
  const actors: Actor.Actor[] = [
    { kind: 'author', id: 'author' as Id.ActorId },
    ...r.actors.map((a, i): Actor.Actor => {
      const base = { ...a, id: `a${i}` as Id.ActorId }
      const rel =
        a.relations === undefined
          ? {}
          : { relations: a.relations.map((x) => ({ ...x, target: A(x.target) })) }
      switch (base.kind) {
        case 'person':
          return {
            ...base,
            ...rel,
            ...(base.offices === undefined
              ? {}
              : {
                  offices: base.offices.map((o) =>
                    o.in === undefined ? o : { ...o, in: A(o.in) },
                  ),
                }),
          }
        case 'outlet':
          return {
            ...base,
            ...rel,
            ...(base.affiliations === undefined ? {} : { affiliations: As(base.affiliations) }),
          }
        case 'anonymous':
          return {
            ...base,
            ...rel,
            ...(base.affiliation === undefined ? {} : { affiliation: A(base.affiliation) }),
          }
        case 'collective':
          return {
            ...base,
            ...rel,
            members: base.members.map((m) => pick(plain, m)) as unknown as typeof base.members,
          }
        default:
          return { ...base, ...rel }
      }
    }),
  ]
  const events = r.events.map((e, i) => ({
    ...e,
    id: eventIds[i]!,
    ...(e.agents === undefined ? {} : { agents: As(e.agents) }),
    ...(e.targets === undefined ? {} : { targets: As(e.targets) }),
    ...(e.relations === undefined
      ? {}
      : { relations: e.relations.map((x) => ({ ...x, event: pick(eventIds, x.event) })) }),
  }))
  const threats = r.threats
    .map((t, i): Threat.Threat => {
      const { revises, condition, answers, ...rest } = t
      const consequence = P(t.consequence)
      const c = condition === undefined ? undefined : P(condition)
      return {
        ...rest,
        id: `t${i}` as Id.ThreatId,
        issuer: As(t.issuer),
        addressee: As(t.addressee),
        ...(t.enforcer === undefined ? {} : { enforcer: As(t.enforcer) }),
        consequence: consequence ?? { kind: 'occurs', event: 'missing' as Id.EventId },
        ...(c === undefined ? {} : { condition: c }),
        ...(revises === undefined || i === 0 ? {} : { revises: `t${i - 1}` as Id.ThreatId }),
        ...(answers === undefined ? {} : { answers: { ...answers, threat: 't0' as Id.ThreatId } }),
      }
    })
    .filter(
      (t) =>
        eventIds.length > 0 ||
        (t.consequence.kind === 'occurs' && t.consequence.event !== 'missing'),
    )
  const statements = r.statements.map((s, i): Statement.Statement => {
    const { replyTo, attribution, content, ...rest } = s
    let c: Statement.Content = { kind: 'none' }
    if (content.kind === 'proposition') {
      const p = P(content.proposition)
      if (p !== undefined) c = { kind: 'proposition', proposition: p }
    } else if (content.kind === 'threat' && threats.length > 0)
      c = { kind: 'threat', threat: pick(threats, content.threat).id }
    else if (content.kind === 'statement' && i > 0)
      c = { kind: 'statement', statement: `s${i - 1}` as Id.StatementId }
    const seen = new Set<string>()
    const chain = attribution?.chain.map((l): Attribution.Link => {
      if (l.source === undefined) return l
      const src = A(l.source)
      if (seen.has(src)) return { cue: 'said' }
      seen.add(src)
      return { ...l, source: src }
    })
    return {
      ...rest,
      id: `s${i}` as Id.StatementId,
      speakers: As(s.speakers),
      ...(s.addressees === undefined ? {} : { addressees: As(s.addressees) }),
      content: c,
      ...(replyTo === undefined || i === 0 ? {} : { replyTo: `s${i - 1}` as Id.StatementId }),
      ...(chain === undefined
        ? {}
        : { attribution: { chain: chain as unknown as Attribution.Attribution['chain'] } }),
    }
  })
  const outlet = actors.find((a) => a.kind === 'outlet')
  const { outlet: _o, ...rest } = r
  return {
    ...rest,
    author: 'author' as Id.ActorId,
    ...(outlet === undefined ? {} : { outlet: outlet.id }),
    actors,
    events,
    statements,
    threats,
  }
}

/** A report that passes `Report.decode`. */
export const validReport: fc.Arbitrary<Report.ReportData> = reportData.map(repair)
