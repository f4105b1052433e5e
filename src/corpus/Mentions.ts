/**
 * The mentions of a corpus numbered 0 … n−1, report by report (in each: actors, events,
 * statements, threats), with lookups by report key and by id. Built once per call of a
 * corpus function, in time linear in the size of the corpus.
 *
 * @internal
 */
import type * as Actor from '../Actor.js'
import type * as Event from '../Event.js'
import type * as Id from '../Id.js'
import type * as Report from '../Report.js'
import type * as Statement from '../Statement.js'
import type * as Threat from '../Threat.js'

export const ACTOR = 0
export const EVENT = 1
export const STATEMENT = 2
export const THREAT = 3
export const KINDS: ReadonlyArray<Id.NodeKind> = ['actor', 'event', 'statement', 'threat']
export const KIND_CODE: Readonly<Record<Id.NodeKind, number>> = {
  actor: 0,
  event: 1,
  statement: 2,
  threat: 3,
}
export const COLLECTIONS = ['actors', 'events', 'statements', 'threats'] as const

export type Node = Actor.Actor | Event.Event | Statement.Statement | Threat.Threat

export interface Source {
  readonly key: string
  readonly report: Report.ReportData
}

export interface Mentions {
  readonly reports: ReadonlyArray<Source>
  /** The first mention of each report; one more entry closes the last report. */
  readonly first: Int32Array
  readonly size: number
  readonly reportAt: Int32Array
  readonly kindAt: Uint8Array
  /** The position of each mention in its report's collection. */
  readonly positionAt: Int32Array
  readonly nodeAt: ReadonlyArray<Node>
  /** The index of a report by its key, or -1. */
  readonly reportOf: (key: string) => number
  /** The mention with this id in report `r`, or -1. */
  readonly mention: (r: number, id: string) => number
}

export const build = (reports: ReadonlyArray<Source>): Mentions => {
  let size = 0
  for (const { report: r } of reports)
    size += r.actors.length + r.events.length + r.statements.length + r.threats.length
  const first = new Int32Array(reports.length + 1)
  const reportAt = new Int32Array(size)
  const kindAt = new Uint8Array(size)
  const positionAt = new Int32Array(size)
  const nodeAt: Node[] = new Array(size)
  const keys = new Map<string, number>()
  const ids: Array<Map<string, number>> = new Array(reports.length)
  let m = 0
  for (let i = 0; i < reports.length; i++) {
    const { key, report: r } = reports[i]!
    if (!keys.has(key)) keys.set(key, i)
    first[i] = m
    const table = new Map<string, number>()
    ids[i] = table
    const collections: ReadonlyArray<ReadonlyArray<Node>> = [
      r.actors,
      r.events,
      r.statements,
      r.threats,
    ]
    for (let k = 0; k < 4; k++) {
      const nodes = collections[k]!
      for (let j = 0; j < nodes.length; j++) {
        const n = nodes[j]!
        reportAt[m] = i
        kindAt[m] = k
        positionAt[m] = j
        nodeAt[m] = n
        if (!table.has(n.id)) table.set(n.id, m)
        m++
      }
    }
  }
  first[reports.length] = m
  return {
    reports,
    first,
    size,
    reportAt,
    kindAt,
    positionAt,
    nodeAt,
    reportOf: (key) => keys.get(key) ?? -1,
    mention: (r, id) => ids[r]?.get(id) ?? -1,
  }
}
