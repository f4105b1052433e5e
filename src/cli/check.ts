/**
 * `claimgraph check`: decodes and validates reports, one JSON document per file or one
 * report per line of an NDJSON file (streamed, one line in memory at a time).
 */
import * as E from 'fp-ts/lib/Either.js'
import * as DecodeError from '../DecodeError.js'
import * as Report from '../Report.js'
import * as Rules from '../Rules.js'
import * as V from '../Validator.js'
import { command } from './command.js'
import { EXIT } from './exit.js'
import type { Context } from './io.js'
import { checkLinesWithJobs, defaultJobs, type Settings, type Tally } from './pool.js'
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

/** Decodes and validates one parsed value; prints what it finds. */
const checkValue = (value: unknown, where: string, t: Tally, s: Settings, ctx: Context): void => {
  t.reports++
  // the value is fresh from JSON.parse: no copy needed
  const decoded = Report.decode(value, { share: true })
  if (E.isLeft(decoded)) {
    t.invalid++
    ctx.raise(EXIT.invalid)
    if (s.format === 'json')
      ctx.json({
        location: where,
        valid: false,
        stage: 'decode',
        issues: DecodeError.toList(decoded.left),
      })
    else ctx.text(`${where}: invalid report\n${decodeTree(decoded.left)}`)
    return
  }
  const issues = (s.strict ? Rules.strict : Rules.standard)(decoded.right)
  const failed = V.hasErrors(issues)
  t.warnings += issues.filter((i) => i.severity === 'warning').length
  if (failed) {
    t.invalid++
    ctx.raise(EXIT.invalid)
  } else t.valid++
  if (issues.length === 0) return
  if (s.format === 'json')
    ctx.json({ location: where, valid: !failed, stage: 'validate', issues: V.toList(issues) })
  else
    ctx.text(
      `${where}: ${failed ? 'invalid report' : 'valid, with findings'}\n${indent(V.toText(safeIssues(issues)))}`,
    )
}

/** A problem with the bytes of a file or line, not with a report (exit 4). */
const malformed = (where: string, message: string, s: Settings, ctx: Context): void => {
  ctx.raise(EXIT.malformed)
  if (s.format === 'json') ctx.json({ location: where, valid: false, stage: 'parse', message })
  else ctx.text(`${where}: ${message}`)
}

/** Checks one read document, keeping an exception inside it from stopping the run. */
export const checkRead = (read: Read, where: string, t: Tally, s: Settings, ctx: Context): void => {
  if (!read.ok) return malformed(where, read.message, s, ctx)
  try {
    checkValue(read.value, where, t, s, ctx)
  } catch (e) {
    internalError(e, where, ctx)
  }
}

const checkLines = async (
  stream: NodeJS.ReadableStream,
  name: string,
  t: Tally,
  s: Settings,
  ctx: Context,
  jobs: number,
): Promise<void> => {
  const progress = s.format === 'text'
  let reports = 0
  let lines = 0
  if (jobs > 1) {
    const r = await checkLinesWithJobs(stream, name, t, s, ctx, jobs, checkRead, (where, m) =>
      malformed(where, m, s, ctx),
    )
    if (r.stopped) return
    reports = r.reports
    lines = r.lines
  } else
    for await (const line of readLines(stream, s.maxSize)) {
      if (ctx.closed()) return
      lines = line.number
      const where = `${name}:${line.number}`
      if (line.kind === 'blank') continue
      if (line.kind === 'too-long') {
        malformed(where, line.message, s, ctx)
        return
      }
      reports++
      checkRead(line.read, where, t, s, ctx)
      if (progress && line.number % 1000 === 0)
        ctx.progress(`checked ${line.number} lines of ${name}…`)
    }
  if (reports === 0)
    malformed(
      name,
      lines === 0
        ? 'file is empty'
        : `holds no report: ${lines === 1 ? 'its one line is' : `all ${lines} lines are`} blank`,
      s,
      ctx,
    )
}

/** The `check` command. */
export const check = command({
  name: 'check',
  summary: 'decode and validate reports (JSON files, NDJSON streams)',
  usage: '[options] FILE...',
  description: `
Decodes and validates each FILE: one JSON report per file, or one report per line when
the name ends in .ndjson or .jsonl (or with --ndjson), streamed one line at a time. "-"
reads standard input. Blank lines between reports are skipped; a file without any
report (empty, or only blank lines) is malformed (exit 4).

Prints the problems and findings of each report, then a summary line; with
--format json, one JSON object per report with issues, then {"summary": …}.`,
  options: {
    format: {
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      description: 'text for people; json for programs, one object per line',
    },
    strict: {
      type: 'boolean',
      description: 'use the strict rule set (findings become errors)',
    },
    ndjson: {
      type: 'boolean',
      description: 'read every FILE and standard input as one report per line',
    },
    'max-size': maxSizeOption,
    jobs: {
      type: 'string',
      short: 'j',
      value: 'N',
      description:
        'check the reports of NDJSON streams in N worker threads (output in the order of the lines); 1 checks them in this thread. Default: the number of cores',
    },
  },
  operands: { min: 1, max: Infinity },
  run: async ({ values, operands }, ctx) => {
    const max = maxSize(values['max-size'], ctx)
    if (max === undefined) return EXIT.usage
    const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs)
    if (!/^\d{1,3}$/.test(values.jobs ?? '1') || jobs < 1 || jobs > 256)
      return ctx.usage(
        `--jobs takes a number of threads from 1 to 256, not ${JSON.stringify(values.jobs)}`,
      )
    const s: Settings = { format: values.format, strict: values.strict, maxSize: max }
    const t: Tally = { reports: 0, valid: 0, invalid: 0, warnings: 0 }
    for (const file of operands) {
      if (ctx.closed()) break
      const lines = values.ndjson || (file !== '-' && /\.(ndjson|jsonl)$/i.test(file))
      const stream = await open(file, ctx)
      if (stream === undefined) continue
      const name = nameOf(file)
      try {
        if (lines) await checkLines(stream, name, t, s, ctx, jobs)
        else checkRead(await readDocument(stream, s.maxSize), name, t, s, ctx)
      } catch (e) {
        reportFailure(e, name, ctx)
      }
    }
    const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`
    if (s.format === 'json') ctx.json({ summary: { ...t, exit: ctx.status() } })
    else
      ctx.text(
        `checked ${n(t.reports, 'report')} in ${n(operands.length, 'file')}: ${t.valid} valid, ${t.invalid} invalid, ${n(t.warnings, 'warning')}`,
      )
    return ctx.status()
  },
})
