/**
 * Corroboration: the sources of each claim, the reasons they may depend on each other,
 * the range of independent sources, and a suggested Admiralty credibility — the tables
 * of the guide "Across reports". Linear in the size of the corpus (reasons join sources
 * by grouping on a key, never pair by pair).
 *
 * @internal
 */
import * as Actor from '../Actor.js'
import type * as Attribution from '../Attribution.js'
import type * as Statement from '../Statement.js'
import { canonical } from './content.js'
import { STATEMENT, THREAT, type Mentions } from './Mentions.js'
import { normal, quote, some } from './text.js'
import { UnionFind } from './UnionFind.js'

/** Published as `Corpus.Dependence`. @inline */
export type Dependence =
  | 'same_source'
  | 'shared_chain_step'
  | 'derived_from'
  | 'possibly_same_as'
  | 'identical_quote'
  | 'same_outlet'

export interface RawSource {
  /** The statement carrying the claim, or the threat in a report's own voice. */
  readonly carrier: number
  /** The original source's actor mention, or -1 when unattributed. */
  readonly actor: number
  readonly standing: 'on_record' | 'anonymous' | 'unattributed'
  readonly contradicts: boolean
  readonly via: ReadonlyArray<number>
  readonly label: string
}

export interface RawGroup {
  readonly reason: Dependence
  readonly sources: ReadonlyArray<number>
  readonly message: string
}

export interface RawCorroboration {
  readonly instance: number
  readonly sources: ReadonlyArray<RawSource>
  readonly independent: { readonly min: number; readonly max: number }
  readonly contradicting: { readonly min: number; readonly max: number }
  readonly onRecord: number
  readonly anonymous: number
  readonly unattributed: number
  readonly groups: ReadonlyArray<RawGroup>
  readonly credibility: {
    readonly credibility: Attribution.Credibility
    readonly row: string
    readonly reason: string
  }
}

export interface Derivation {
  readonly report: number
  readonly source?: number
  /** The outlet actor mention a report retells. */
  readonly outlet?: number
}

export interface Input {
  readonly ix: Mentions
  readonly same: UnionFind
  readonly possibly: UnionFind
  readonly instanceAt: Int32Array
  readonly members: ReadonlyArray<ReadonlyArray<number>>
  readonly derivations: ReadonlyArray<Derivation>
}

const label = (ix: Mentions, actor: number): string => {
  const a = ix.nodeAt[actor] as Actor.Actor
  if (a.kind !== 'author') return Actor.label(a)
  const r = ix.reports[ix.reportAt[actor]!]!.report
  const outlet = r.outlet === undefined ? -1 : ix.mention(ix.reportAt[actor]!, r.outlet)
  return outlet < 0
    ? `${Actor.label(a)} (report ${ix.reports[ix.reportAt[actor]!]!.key})`
    : `${Actor.label(ix.nodeAt[outlet] as Actor.Actor)}, in its own voice`
}

/** The acts by which a source stands against what it speaks of: it denies it, or takes it back. */
const AGAINST: ReadonlySet<Statement.Act> = new Set<Statement.Act>(['deny', 'retract'])

/**
 * Whether a statement stands against its content — the rows "stance" of the guide: a
 * negated proposition, or the act `deny` or `retract` (of a proposition, a threat, a
 * statement or a sourcing); a denial of a negation stands for it.
 */
export const negates = (s: Statement.Statement): boolean => {
  const negated =
    s.content.kind === 'proposition' &&
    canonical(
      s.content.proposition,
      () => 0,
      () => 0,
    ).negated
  return negated !== AGAINST.has(s.act)
}

/**
 * The mentions of the statements whose content is each threat mention, by threat mention,
 * in the order of the mentions. Linear in the mentions.
 */
export const statementsOfThreats = (ix: Mentions): ReadonlyMap<number, ReadonlyArray<number>> => {
  const out = new Map<number, number[]>()
  for (let m = 0; m < ix.size; m++) {
    if (ix.kindAt[m] !== STATEMENT) continue
    const s = ix.nodeAt[m] as Statement.Statement
    if (s.content.kind !== 'threat') continue
    const t = ix.mention(ix.reportAt[m]!, s.content.threat)
    if (t < 0) continue
    const list = out.get(t)
    if (list === undefined) out.set(t, [m])
    else list.push(m)
  }
  return out
}

export const corroborate = (input: Input): ReadonlyArray<RawCorroboration> => {
  const { ix, same, possibly, members, derivations } = input
  const nReports = ix.reports.length

  const stating = statementsOfThreats(ix)

  // the identity of actors as tokens: their instance, and for outlets their normalised name
  const tokens = (actor: number): ReadonlyArray<string> => {
    const a = ix.nodeAt[actor] as Actor.Actor
    const i = `i${same.find(actor)}`
    return a.kind === 'outlet' ? [i, `n:${normal(a.name)}`] : [i]
  }
  const outletOf = (report: number): number => {
    const r = ix.reports[report]!.report
    return r.outlet === undefined ? -1 : ix.mention(report, r.outlet)
  }

  // one outlet: reports whose outlets share an instance or a normalised name
  const outlets = new UnionFind(nReports)
  const hasOutlet = new Uint8Array(nReports)
  {
    const first = new Map<string, number>()
    for (let i = 0; i < nReports; i++) {
      const o = outletOf(i)
      if (o < 0) continue
      hasOutlet[i] = 1
      for (const tok of tokens(o)) {
        const f = first.get(tok)
        if (f === undefined) first.set(tok, i)
        else outlets.union(f, i)
      }
    }
  }

  // derivation: reports and retold outlets, joined by derived_from links
  const node = new Map<string, number>()
  const derivation = new UnionFind(nReports + 2 * derivations.length)
  const derived = new Uint8Array(nReports + 2 * derivations.length)
  for (const d of derivations) {
    derived[d.report] = 1
    if (d.source !== undefined) {
      derivation.union(d.report, d.source)
      derived[d.source] = 1
    }
    if (d.outlet !== undefined) {
      for (const tok of tokens(d.outlet)) {
        let k = node.get(tok)
        if (k === undefined) node.set(tok, (k = nReports + node.size))
        derivation.union(d.report, k)
      }
    }
  }
  if (node.size > 0)
    for (let i = 0; i < nReports; i++) {
      const o = outletOf(i)
      if (o < 0) continue
      for (const tok of tokens(o)) {
        const k = node.get(tok)
        if (k !== undefined) {
          derivation.union(i, k)
          derived[i] = 1
        }
      }
    }

  const out: RawCorroboration[] = []
  for (let inst = 0; inst < members.length; inst++) {
    const ms = members[inst]!
    const kind = ix.kindAt[ms[0]!]!
    if (kind !== STATEMENT && kind !== THREAT) continue
    const sources: RawSource[] = []
    const quotes: Array<string | undefined> = []
    let reference: boolean | undefined
    const fromStatement = (m: number, contradicts: (s: Statement.Statement) => boolean) => {
      const s = ix.nodeAt[m] as Statement.Statement
      const report = ix.reportAt[m]!
      const chain = s.attribution?.chain
      const via: number[] = []
      if (chain !== undefined)
        for (let j = 1; j < chain.length; j++) {
          const src = chain[j]!.source
          const a = src === undefined ? -1 : ix.mention(report, src)
          if (a >= 0) via.push(a)
        }
      const outlet = outletOf(report)
      if (outlet >= 0) via.push(outlet)
      const q = s.quote === undefined ? undefined : quote(s.quote)
      const against = contradicts(s)
      const add = (actor: number) => {
        const a = actor < 0 ? undefined : (ix.nodeAt[actor] as Actor.Actor)
        sources.push({
          carrier: m,
          actor,
          standing:
            a === undefined
              ? 'unattributed'
              : a.kind === 'anonymous' || a.kind === 'unnamed'
                ? 'anonymous'
                : 'on_record',
          contradicts: against,
          via,
          label:
            a === undefined ? `unattributed (${chain?.[0].cue ?? 'no source'})` : label(ix, actor),
        })
        quotes.push(q)
      }
      if (chain !== undefined) {
        const src = chain[0].source
        add(src === undefined ? -1 : ix.mention(report, src))
      } else for (const sp of s.speakers) add(ix.mention(report, sp))
    }
    for (const m of ms) {
      if (kind === STATEMENT) {
        const s = ix.nodeAt[m] as Statement.Statement
        const negated = negates(s)
        reference ??= negated
        fromStatement(m, () => negated !== reference)
      } else {
        const carriers = stating.get(m)
        if (carriers !== undefined) for (const st of carriers) fromStatement(st, negates)
        else {
          // a threat in the report's own voice
          const report = ix.reportAt[m]!
          const author = ix.mention(report, ix.reports[report]!.report.author)
          const outlet = outletOf(report)
          sources.push({
            carrier: m,
            actor: author,
            standing: 'on_record',
            contradicts: false,
            via: outlet >= 0 ? [outlet] : [],
            label: label(ix, author),
          })
          quotes.push(undefined)
        }
      }
    }

    // reasons, as groups of sources sharing a key
    const groups: RawGroup[] = []
    const keyed = (key: (i: number) => ReadonlyArray<string>) => {
      const by = new Map<string, number[]>()
      for (let i = 0; i < sources.length; i++) {
        if (sources[i]!.actor < 0) continue
        for (const k of key(i)) {
          const list = by.get(k)
          if (list === undefined) by.set(k, [i])
          else if (list[list.length - 1] !== i) list.push(i)
        }
      }
      return by
    }
    const sameKey = (i: number) => `i${same.find(sources[i]!.actor)}`
    const distinctSources = (list: ReadonlyArray<number>) =>
      new Set(list.map((i) => sameKey(i))).size > 1
    const bySame = keyed((i) => [sameKey(i)])
    for (const list of bySame.values())
      if (list.length > 1 && new Set(list.map((i) => sources[i]!.carrier)).size > 1)
        groups.push({
          reason: 'same_source',
          sources: list,
          message: `the same source: ${sources[list[0]!]!.label}`,
        })
    // shared chain steps: an intermediary of one is an intermediary, or the outlet, of another
    {
      const steps = new Map<string, number[]>()
      const viaOutlet = new Map<string, number[]>()
      const stepLabel = new Map<string, string>()
      for (let i = 0; i < sources.length; i++) {
        const s = sources[i]!
        if (s.actor < 0) continue
        const outlet = outletOf(ix.reportAt[s.carrier]!)
        for (const v of s.via) {
          const into = v === outlet ? viaOutlet : steps
          for (const tok of tokens(v)) {
            const list = into.get(tok)
            if (list === undefined) into.set(tok, [i])
            else if (list[list.length - 1] !== i) list.push(i)
            if (!stepLabel.has(tok)) stepLabel.set(tok, Actor.label(ix.nodeAt[v] as Actor.Actor))
          }
        }
      }
      const emitted = new Set<string>()
      for (const [tok, list] of steps) {
        const all = [...new Set([...list, ...(viaOutlet.get(tok) ?? [])])].sort((a, b) => a - b)
        const key = all.join(',')
        if (all.length < 2 || !distinctSources(all) || emitted.has(key)) continue
        emitted.add(key)
        groups.push({
          reason: 'shared_chain_step',
          sources: all,
          message: `passed through one step: ${stepLabel.get(tok)}`,
        })
      }
    }
    // derived_from
    {
      const by = keyed((i) => {
        const report = ix.reportAt[sources[i]!.carrier]!
        return derived[report] === 1 ? [`d${derivation.find(report)}`] : []
      })
      for (const list of by.values()) {
        const reports = [...new Set(list.map((i) => ix.reportAt[sources[i]!.carrier]!))]
        if (reports.length < 2 || !distinctSources(list)) continue
        groups.push({
          reason: 'derived_from',
          sources: list,
          message: `reports that retell one another: ${some(reports.map((r) => ix.reports[r]!.key))}`,
        })
      }
    }
    // possibly_same_as between anonymous sources
    {
      const by = keyed((i) =>
        sources[i]!.standing === 'anonymous' ? [`p${possibly.find(sources[i]!.actor)}`] : [],
      )
      for (const list of by.values()) {
        if (list.length < 2 || !distinctSources(list)) continue
        groups.push({
          reason: 'possibly_same_as',
          sources: list,
          message: `anonymous sources that may be one person: ${some(list.map((i) => sources[i]!.label))}`,
        })
      }
    }
    // identical quotes
    {
      const by = keyed((i) => (quotes[i] === undefined ? [] : [`q${quotes[i]}`]))
      for (const [k, list] of by) {
        if (list.length < 2 || !distinctSources(list)) continue
        groups.push({
          reason: 'identical_quote',
          sources: list,
          message: `the same words: "${k.slice(1)}"`,
        })
      }
    }
    // one outlet
    {
      const by = keyed((i) => {
        const report = ix.reportAt[sources[i]!.carrier]!
        return hasOutlet[report] === 1 ? [`o${outlets.find(report)}`] : []
      })
      for (const list of by.values()) {
        const reports = new Set(list.map((i) => ix.reportAt[sources[i]!.carrier]!))
        if (reports.size < 2 || !distinctSources(list)) continue
        const o = outletOf(ix.reportAt[sources[list[0]!]!.carrier]!)
        groups.push({
          reason: 'same_outlet',
          sources: list,
          message: `reports from one outlet: ${Actor.label(ix.nodeAt[o] as Actor.Actor)}`,
        })
      }
    }

    const range = (side: boolean) => {
      const members: number[] = []
      for (let i = 0; i < sources.length; i++)
        if (sources[i]!.actor >= 0 && sources[i]!.contradicts === side) members.push(i)
      const local = new Map<number, number>(members.map((i, k) => [i, k]))
      const join = (uf: UnionFind, list: ReadonlyArray<number>) => {
        let first = -1
        for (const i of list) {
          const k = local.get(i)
          if (k === undefined) continue
          if (first < 0) first = k
          else uf.union(first, k)
        }
      }
      const certain = new UnionFind(members.length)
      const cautious = new UnionFind(members.length)
      for (const list of bySame.values()) {
        join(certain, list)
        join(cautious, list)
      }
      for (const g of groups) if (g.reason !== 'same_source') join(cautious, g.sources)
      const count = (uf: UnionFind) => {
        let c = 0
        for (let k = 0; k < members.length; k++) if (uf.find(k) === k) c++
        return c
      }
      const standings = { on_record: 0, anonymous: 0 }
      for (let k = 0; k < members.length; k++) {
        if (certain.find(k) !== k) continue
        const st = sources[members[k]!]!.standing
        if (st !== 'unattributed') standings[st]++
      }
      return { min: count(cautious), max: count(certain), standings }
    }
    const backing = range(false)
    const against = range(true)
    const unattributed = sources.filter((s) => s.actor < 0 && !s.contradicts).length
    out.push({
      instance: inst,
      sources,
      independent: { min: backing.min, max: backing.max },
      contradicting: { min: against.min, max: against.max },
      onRecord: backing.standings.on_record,
      anonymous: backing.standings.anonymous,
      unattributed,
      groups,
      credibility: suggest(backing, against),
    })
  }
  return out
}

/** The table "Suggested Admiralty credibility" of the guide, first row that applies. */
export const suggest = (
  backing: { readonly min: number; readonly max: number },
  against: { readonly min: number; readonly max: number },
): RawCorroboration['credibility'] => {
  const contested = against.max > 0
  if (backing.max === 0)
    return {
      credibility: 6,
      row: 'credibility/no-source',
      reason: 'no attributed source backs the claim: its truth cannot be judged',
    }
  if (backing.min >= 2)
    return contested
      ? {
          credibility: 2,
          row: 'credibility/contested',
          reason: `${backing.min} independent sources back it, but ${against.max} contradict${against.max === 1 ? 's' : ''} it`,
        }
      : {
          credibility: 1,
          row: 'credibility/confirmed',
          reason: `confirmed by at least ${backing.min} independent sources`,
        }
  if (backing.max >= 2)
    return contested
      ? {
          credibility: 3,
          row: 'credibility/uncertain',
          reason: `${backing.max} sources back it, but they may all be one, and it is contradicted`,
        }
      : {
          credibility: 2,
          row: 'credibility/probable',
          reason: `${backing.max} sources back it, but they may all be one: not independently confirmed`,
        }
  if (!contested)
    return {
      credibility: 3,
      row: 'credibility/single',
      reason: 'one source: not confirmed',
    }
  return against.min >= 2
    ? {
        credibility: 5,
        row: 'credibility/improbable',
        reason: `one source backs it, and ${against.min} independent sources contradict it`,
      }
    : {
        credibility: 4,
        row: 'credibility/doubtful',
        reason: 'one source backs it, and another contradicts it',
      }
}
