import { fc } from '@fast-check/vitest'
import * as E from 'fp-ts/Either'
import type { Id } from '../../src/index.js'
import { Actor, Corpus, Report } from '../../src/index.js'
import { validReport } from './valid.js'

export const author = Actor.author('report')

/** The right side of an Either, or a thrown error with the left side. */
export const valid = <A>(r: E.Either<unknown, A>): A =>
  E.getOrElseW((e) => {
    throw new Error(JSON.stringify(e, null, 1))
  })(r)

/** A report from parts; the author voice is added. */
export const report = (
  parts: Partial<Omit<Report.Parts, 'actors'>> & { readonly actors: ReadonlyArray<Actor.Actor> },
): Report.Report =>
  valid(
    Report.make({
      headline: 'h',
      author: author.id,
      ...parts,
      actors: [author, ...parts.actors],
    }),
  )

/** A corpus from reports under keys, with links. */
export const corpus = (
  reports: Readonly<Record<string, Report.ReportData>>,
  links: ReadonlyArray<Corpus.Link> = [],
): Corpus.Corpus =>
  valid(
    Corpus.make({
      reports: Object.entries(reports).map(([key, report]) => ({ key, report })),
      links,
    }),
  )

/** A mention written `key:id`. */
export const m = (s: string): Corpus.Mention => {
  const i = s.indexOf(':')
  return Corpus.mention(s.slice(0, i), s.slice(i + 1))
}

/** The proposal between two mentions written `key:id`, if any. */
export const proposal = (
  c: Corpus.CorpusData,
  a: string,
  b: string,
  options: Corpus.AlignOptions = {},
): Corpus.Proposal | undefined => Corpus.between(m(a), m(b))(Corpus.align(options)(c))[0]

/** The reason codes of a proposal. */
export const codes = (p: Corpus.Proposal | undefined): ReadonlyArray<string> =>
  p === undefined ? [] : p.reasons.map((r) => r.code)

const kinds = ['actor', 'event', 'statement', 'threat'] as const

/**
 * A valid corpus: one to four valid reports, links between nodes of one kind
 * (`same_as`, `possibly_same_as`), and `derived_from` from later reports to earlier ones.
 */
export const validCorpus: fc.Arbitrary<Corpus.CorpusOutput> = fc
  .tuple(
    fc.array(validReport, { minLength: 1, maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean()), {
      maxLength: 6,
    }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 3 }),
  )
  .map(([reports, pairs, derivations]) => {
    const entries = reports.map((report, i) => ({ key: `r${i}` as Corpus.ReportKey, report }))
    const nodes = (i: number, k: number): ReadonlyArray<{ readonly id: string }> => {
      const r = reports[i]!
      return [r.actors, r.events, r.statements, r.threats][k]!
    }
    const links: Corpus.Link[] = []
    for (const [ra, rb, k, na, nb, possibly] of pairs) {
      const i = ra % reports.length
      const j = rb % reports.length
      const kind = k % 4
      const xs = nodes(i, kind)
      const ys = nodes(j, kind)
      if (xs.length === 0 || ys.length === 0) continue
      const a = { report: entries[i]!.key, id: xs[na % xs.length]!.id as Id.NodeId }
      const b = { report: entries[j]!.key, id: ys[nb % ys.length]!.id as Id.NodeId }
      if (a.report === b.report && a.id === b.id) continue
      links.push(
        possibly
          ? {
              kind: 'possibly_same_as',
              node: kinds[kind]!,
              a,
              b,
              likelihood: { factuality: 'PR+', band: 'likely' },
            }
          : { kind: 'same_as', node: kinds[kind]!, a, b },
      )
    }
    for (const [x, y, byOutlet] of derivations) {
      if (reports.length < 2) break
      const i = 1 + (x % (reports.length - 1))
      const j = y % i
      const outlet = reports[i]!.actors.find((a) => a.kind === 'outlet')
      links.push(
        byOutlet && outlet !== undefined
          ? { kind: 'derived_from', report: entries[i]!.key, outlet: outlet.id }
          : { kind: 'derived_from', report: entries[i]!.key, source: entries[j]!.key },
      )
    }
    return { format: Corpus.FORMAT, reports: entries, links }
  })
