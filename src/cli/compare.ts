/**
 * `claimgraph compare`: one story across reports. Reads report files (or one corpus
 * file), aligns them, accepts the `same_as` proposals (unless told not to), and prints the
 * alignment, the corroboration of each claim, the discrepancies, the threats across
 * reports and the corpus findings. With NDJSON input, each line is one block of reports
 * (grouped elsewhere by blocking key) and gets one result; `--keys` writes the blocking
 * keys of reports instead, as NDJSON, for grouping them elsewhere.
 */
import { basename } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import * as Corpus from '../Corpus.js'
import * as DecodeError from '../DecodeError.js'
import * as Report from '../Report.js'
import { display } from '../Render.js'
import * as Time from '../Time.js'
import * as V from '../Validator.js'
import { command } from './command.js'
import { EXIT } from './exit.js'
import type { Context } from './io.js'
import { readDocument, readLines, type Read } from './read.js'
import {
  decodeTree,
  indent,
  internalError,
  maxSize,
  maxSizeOption,
  nameOf,
  open,
  reportFailure,
  safeIssues,
} from './report.js'

interface Settings {
  readonly format: 'text' | 'json'
  readonly accept: 'same_as' | 'none'
  readonly window: number
  readonly asOf?: Time.Time
  readonly maxSize: number
}

/** At most this many rounds of aligning and accepting. */
const ROUNDS = 4
/** At most this many proposals are listed in text. */
const LISTED = 60

const isCorpus = (u: unknown): boolean =>
  typeof u === 'object' &&
  u !== null &&
  typeof (u as { format?: unknown }).format === 'string' &&
  (u as { format: string }).format.startsWith('claimgraph-corpus/')

/** A report key from a file name: its stem, with anything else than the key's characters as "-". */
export const keyOf = (file: string, taken: Set<string>): string => {
  const stem = basename(file).replace(/\.[^.]*$/, '')
  let base = stem
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 100)
  if (base === '') base = 'report'
  let key = base
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`
  taken.add(key)
  return key
}

/** The anonymous actors of a corpus, as `key id`: one pass over its actors. */
const anonymousActors = (c: Corpus.CorpusData): ReadonlySet<string> => {
  const out = new Set<string>()
  for (const e of c.reports)
    for (const a of e.report.actors) if (a.kind === 'anonymous') out.add(`${e.key} ${a.id}`)
  return out
}

/** The result of comparing one corpus. */
interface Outcome {
  readonly corpus: Corpus.Corpus
  readonly proposals: ReadonlyArray<Corpus.Proposal>
  readonly accepted: number
  readonly rounds: number
}

/**
 * Aligns, and accepts `same_as` proposals round after round (all of them at most once).
 * The proposals are those of every round, one per pair.
 */
const align = (c: Corpus.Corpus, s: Settings, only?: ReadonlyArray<string>): Outcome => {
  const options = { window: s.window, ...(only === undefined ? {} : { only }) }
  let corpus = c
  // by pair: a pair proposed again in a later round keeps its place and its latest score
  const all = new Map<string, Corpus.Proposal>()
  const pair = (p: Corpus.Proposal) => JSON.stringify([p.a.report, p.a.id, p.b.report, p.b.id])
  let accepted = 0
  let rounds = 0
  for (; rounds < ROUNDS; rounds++) {
    const ps = Corpus.align(options)(corpus)
    for (const p of ps) all.set(pair(p), p)
    if (s.accept === 'none') break
    const same = Corpus.suggesting('same_as')(ps)
    // anonymous sources that may be one person: recorded as such, never merged
    const anonymous = Corpus.suggesting('possibly_same_as')(Corpus.ofNode('actor')(ps))
    const anonymousSet = anonymous.length === 0 ? new Set<string>() : anonymousActors(corpus)
    const sources = anonymous.filter(
      (p) =>
        anonymousSet.has(`${p.a.report} ${p.a.id}`) && anonymousSet.has(`${p.b.report} ${p.b.id}`),
    )
    if (same.length === 0 && sources.length === 0) break
    const next = Corpus.accept([...same, ...sources])(corpus)
    if (E.isLeft(next)) break
    corpus = next.right
    accepted += same.length
    if (same.length === 0) break
  }
  return { corpus, proposals: [...all.values()], accepted, rounds: rounds + 1 }
}

const fixed = (n: number) => n.toFixed(2)
const mention = (m: Corpus.Mention) => display(`${m.report}:${m.id}`)
const quoted = (s: string) => JSON.stringify(display(s.length > 80 ? `${s.slice(0, 80)}…` : s))

/** The findings for one corpus: everything the command prints. */
const analyse = (o: Outcome, s: Settings) => ({
  corroboration: Corpus.corroboration(o.corpus),
  discrepancies: Corpus.discrepancies(o.corpus),
  threats: Corpus.threatStatus(s.asOf === undefined ? {} : { asOf: s.asOf })(o.corpus),
  findings: Corpus.singleAnonymousSource(o.corpus),
})

const reportsOf = (m: ReadonlyArray<Corpus.Mention>) => new Set(m.map((x) => x.report)).size

const text = (where: string, o: Outcome, s: Settings, ctx: Context): void => {
  const a = analyse(o, s)
  const c = o.corpus
  const lines: string[] = []
  lines.push(
    `${where}: ${c.reports.length} report${c.reports.length === 1 ? '' : 's'} (${c.reports.map((e) => display(e.key)).join(', ')})`,
  )
  const same = o.proposals.filter((p) => p.link === 'same_as').length
  lines.push(
    '',
    `Alignment: ${o.proposals.length} proposal${o.proposals.length === 1 ? '' : 's'} (${same} same_as, ${o.proposals.length - same} possibly_same_as); ${
      s.accept === 'none'
        ? 'none accepted (--accept none)'
        : `${o.accepted} same_as accepted by the command in ${o.rounds} round${o.rounds === 1 ? '' : 's'}`
    }`,
  )
  for (const p of o.proposals.slice(0, LISTED))
    lines.push(
      `  ${p.node.padEnd(9)} ${`${mention(p.a)} = ${mention(p.b)}`.padEnd(48)} ${p.link === 'same_as' ? 'same_as ' : 'possibly'} ${fixed(p.score)}  ${p.reasons.map((r) => r.code).join(', ')}`,
    )
  if (o.proposals.length > LISTED)
    lines.push(`  … and ${o.proposals.length - LISTED} more (--format json lists them all)`)
  const claims = a.corroboration.filter((x) => reportsOf(x.instance.mentions) > 1)
  lines.push(
    '',
    `Corroboration: ${claims.length} claim${claims.length === 1 ? '' : 's'} in two or more reports`,
  )
  for (const x of claims) {
    const range =
      x.independent.min === x.independent.max
        ? `${x.independent.min}`
        : `${x.independent.min}–${x.independent.max}`
    lines.push(
      `  ${display(x.instance.name)} (${x.instance.node}, ${reportsOf(x.instance.mentions)} reports): ${range} independent; ${x.onRecord} on the record, ${x.anonymous} anonymous, ${x.unattributed} unattributed${x.contradicting.max > 0 ? `; contradicted by ${x.contradicting.max}` : ''}; credibility ${x.credibility.credibility} (${x.credibility.row})`,
    )
    for (const d of x.dependencies) lines.push(`    ${d.reason}: ${display(d.message)}`)
  }
  const conflicts = a.discrepancies.filter((d) => d.nature === 'conflict').length
  lines.push(
    '',
    `Discrepancies: ${a.discrepancies.length} (${conflicts} conflict${conflicts === 1 ? '' : 's'})`,
  )
  for (const d of a.discrepancies)
    lines.push(
      `  ${d.nature.padEnd(12)} ${display(d.instance)} ${d.field}: ${d.reference.mentions.map(mention).join(', ')} ${quoted(d.reference.value)} | ${d.other.mentions.map(mention).join(', ')} ${quoted(d.other.value)}`,
    )
  if (a.threats.length > 0) {
    lines.push(
      '',
      `Threats across reports (as of ${display(typeof a.threats[0]!.asOf === 'string' ? a.threats[0]!.asOf : a.threats[0]!.asOf.phrase)})`,
    )
    for (const t of a.threats)
      lines.push(
        `  ${display(t.instance.name)}: ${t.status.kind} (${t.mentions.map((x) => `${display(x.mention.report)}: ${x.alone.kind} → ${x.corpus.kind}`).join('; ')})`,
      )
  }
  if (a.findings.length > 0) lines.push('', 'Findings', indent(V.toText(safeIssues(a.findings))))
  ctx.text(lines.join('\n'))
}

const json = (where: string, o: Outcome, s: Settings, ctx: Context, block?: string): void => {
  const a = analyse(o, s)
  ctx.json({
    location: where,
    valid: true,
    ...(block === undefined ? {} : { block }),
    reports: o.corpus.reports.map((e) => e.key),
    proposals: o.proposals,
    accepted: o.accepted,
    links: o.corpus.links,
    ...a,
    findings: V.toList(a.findings),
  })
}

const invalid = (where: string, e: DecodeError.DecodeError, s: Settings, ctx: Context): void => {
  ctx.raise(EXIT.invalid)
  if (s.format === 'json')
    ctx.json({ location: where, valid: false, stage: 'decode', issues: DecodeError.toList(e) })
  else ctx.text(`${where}: invalid\n${decodeTree(e)}`)
}

const malformed = (where: string, message: string, s: Settings, ctx: Context): void => {
  ctx.raise(EXIT.malformed)
  if (s.format === 'json') ctx.json({ location: where, valid: false, stage: 'parse', message })
  else ctx.text(`${where}: ${message}`)
}

/** Compares one corpus given as a value: a corpus document, or a block of reports. */
const compareValue = (value: unknown, where: string, s: Settings, ctx: Context): void => {
  let block: string | undefined
  let u = value
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isCorpus(value)) {
    const { block: b, ...rest } = value as Record<string, unknown>
    if (typeof b === 'string') block = b
    u = { format: Corpus.FORMAT, links: [], ...rest }
  }
  const decoded = Corpus.decode(u, { share: true })
  if (E.isLeft(decoded)) return invalid(where, decoded.left, s, ctx)
  const o = align(decoded.right, s, block === undefined ? undefined : [block])
  if (s.format === 'json') json(where, o, s, ctx, block)
  else text(block === undefined ? where : `${where} (block ${display(block)})`, o, s, ctx)
}

/** The blocking keys of each report read, as NDJSON lines `{"block", "report"}`. */
const emitKeys = (key: string, value: unknown, where: string, s: Settings, ctx: Context): void => {
  const entry =
    typeof value === 'object' && value !== null && 'key' in value && 'report' in value
      ? (value as { key: unknown; report: unknown })
      : { key, report: value }
  if (typeof entry.key !== 'string' || !Corpus.KEY_PATTERN.test(entry.key))
    return invalid(
      where,
      DecodeError.make(
        DecodeError.issue(
          ['key'],
          'invalid_id',
          `a report key must match ${String(Corpus.KEY_PATTERN)}`,
        ),
      ),
      s,
      ctx,
    )
  const decoded = Report.decode(entry.report, { share: true })
  if (E.isLeft(decoded)) return invalid(where, decoded.left, s, ctx)
  const seen = new Set<string>()
  for (const k of Corpus.blockingKeys(decoded.right)) {
    if (seen.has(k.key)) continue
    seen.add(k.key)
    ctx.json({ block: k.key, report: entry.key })
  }
}

/** The `compare` command. */
export const compare = command({
  name: 'compare',
  summary: 'one story across reports: alignment, corroboration, discrepancies',
  usage: '[options] FILE...',
  description: `
Reads the reports in the FILEs (one JSON report per file; each gets the key of its file
name), or one corpus file ("format": "claimgraph-corpus/1", with its own keys and
links), aligns their nodes, and prints the proposals with their scores and reasons, the
corroboration of each claim found in two or more reports (independent sources as a
range, on the record and anonymous, a suggested Admiralty credibility), the
discrepancies field by field, the threats across reports, and the corpus findings.
Proposals suggesting same_as are accepted, round after round, and those that say two
anonymous sources may be one person are recorded as possibly_same_as (so that
independence counts them as possibly one), unless --accept none; nothing else is
linked.

NDJSON (a name ending in .ndjson or .jsonl, or --ndjson): each line is one block, a
corpus document or {"block": KEY, "reports": [{"key", "report"}…]}, compared on its own
(with a block key, only the pairs of that block are proposed); one result per line.

--keys writes the blocking keys of each report instead, one {"block", "report"} per
line: a report per file, or per NDJSON line as {"key", "report"}. Group the lines by
block elsewhere (a database, a cluster), and compare each block.

Exit codes as for check: 1 when a report or corpus is invalid.`,
  options: {
    format: {
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      description: 'text for people; json for programs, one object per line',
    },
    accept: {
      type: 'string',
      choices: ['same_as', 'none'],
      default: 'same_as',
      description: 'accept the proposals that suggest same_as, or none',
    },
    window: {
      type: 'string',
      value: 'N',
      description: 'how many neighbours each node is compared with in a block (default: 8)',
    },
    'as-of': {
      type: 'string',
      value: 'DATE',
      description: 'evaluate threats as of this EDTF date (default: the latest publication)',
    },
    keys: { type: 'boolean', description: 'write the blocking keys of each report as NDJSON' },
    ndjson: { type: 'boolean', description: 'read every FILE and standard input as NDJSON' },
    'max-size': maxSizeOption,
  },
  operands: { min: 1, max: Infinity },
  run: async ({ values, operands }, ctx) => {
    const max = maxSize(values['max-size'], ctx)
    if (max === undefined) return EXIT.usage
    let window = 8
    if (values.window !== undefined) {
      if (!/^\d{1,4}$/.test(values.window) || Number(values.window) < 1)
        return ctx.usage(
          `--window takes a number from 1 to 9999, not ${JSON.stringify(values.window)}`,
        )
      window = Number(values.window)
    }
    let asOf: Time.Time | undefined
    if (values['as-of'] !== undefined) {
      if (!Time.isTime(values['as-of']))
        return ctx.usage(
          `--as-of takes an EDTF date such as 2030-11-01, not ${JSON.stringify(values['as-of'])}`,
        )
      asOf = values['as-of']
    }
    const s: Settings = {
      format: values.format,
      accept: values.accept,
      window,
      maxSize: max,
      ...(asOf === undefined ? {} : { asOf }),
    }
    const taken = new Set<string>()
    const documents: Array<{ key: string; where: string; value: unknown }> = []
    for (const file of operands) {
      if (ctx.closed()) break
      const lines = values.ndjson || (file !== '-' && /\.(ndjson|jsonl)$/i.test(file))
      const stream = await open(file, ctx)
      if (stream === undefined) continue
      const name = nameOf(file)
      try {
        if (lines) {
          let any = false
          for await (const line of readLines(stream, s.maxSize)) {
            if (ctx.closed()) break
            const where = `${name}:${line.number}`
            if (line.kind === 'blank') continue
            any = true
            if (line.kind === 'too-long') {
              malformed(where, line.message, s, ctx)
              break
            }
            if (!line.read.ok) {
              malformed(where, line.read.message, s, ctx)
              continue
            }
            try {
              if (values.keys)
                emitKeys(keyOf(`${file}-${line.number}`, taken), line.read.value, where, s, ctx)
              else compareValue(line.read.value, where, s, ctx)
            } catch (e) {
              internalError(e, where, ctx)
            }
          }
          if (!any) malformed(name, 'file is empty or holds only blank lines', s, ctx)
          continue
        }
        const read: Read = await readDocument(stream, s.maxSize)
        if (!read.ok) malformed(name, read.message, s, ctx)
        else documents.push({ key: keyOf(file, taken), where: name, value: read.value })
      } catch (e) {
        reportFailure(e, name, ctx)
      }
    }
    if (documents.length === 0) return ctx.status()
    try {
      if (values.keys) {
        for (const d of documents) emitKeys(d.key, d.value, d.where, s, ctx)
        return ctx.status()
      }
      const corpora = documents.filter((d) => isCorpus(d.value))
      if (corpora.length > 0) {
        if (documents.length > 1)
          return ctx.usage('compare takes one corpus file, or report files, not both')
        compareValue(corpora[0]!.value, corpora[0]!.where, s, ctx)
        return ctx.status()
      }
      const where = documents.map((d) => d.where).join(', ')
      // each report is decoded on its own, so that its issues name its file
      let ok = true
      for (const d of documents) {
        const r = Report.decode(d.value, { share: true })
        if (E.isLeft(r)) {
          ok = false
          invalid(d.where, r.left, s, ctx)
        }
      }
      if (!ok) return ctx.status()
      compareValue(
        {
          format: Corpus.FORMAT,
          reports: documents.map((d) => ({ key: d.key, report: d.value })),
          links: [],
        },
        where,
        s,
        ctx,
      )
    } catch (e) {
      internalError(e, 'compare', ctx)
    }
    return ctx.status()
  },
})
