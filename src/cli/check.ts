/**
 * `claimgraph check`: decodes and validates reports, one JSON document per file or one
 * report per line of an NDJSON file (streamed, one line in memory at a time).
 */
import { readFile } from 'node:fs/promises'
import * as O from 'fp-ts/lib/Option.js'
import * as DecodeError from '../DecodeError.js'
import * as Rules from '../Rules.js'
import * as V from '../Validator.js'
import { command } from './command.js'
import { EXIT } from './exit.js'
import type { Context } from './io.js'
import { checkLinesWithJobs, defaultJobs } from './pool.js'
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
  readonly rules: V.Validator<import('../Report.js').ReportData>
  /** Data defects at or above this severity make a report invalid; sourcing findings never do. */
  readonly failOn: V.Severity
  /** An article text kept outside the reports, to check their spans against. */
  readonly text?: string
  readonly maxSize: number
  /** Whether a `null` for an optional property reads as absent (a model's strict output). */
  readonly nulls: 'absent' | 'invalid'
}

/** The settings of a check as plain data, as worker threads receive them. */
export interface Options {
  readonly format: 'text' | 'json'
  readonly strict: boolean
  readonly failOn: V.Severity
  readonly text?: string
  readonly maxSize: number
  readonly nulls: 'absent' | 'invalid'
}

/** The settings of a check from its options. */
export const settingsOf = (o: Options): Settings => ({
  format: o.format,
  rules: o.strict ? Rules.strict : Rules.standard,
  failOn: o.failOn,
  maxSize: o.maxSize,
  nulls: o.nulls,
  ...(o.text === undefined ? {} : { text: o.text }),
})

/** The counts of a run. */
export interface Tally {
  reports: number
  valid: number
  invalid: number
  malformed: number
  /** Warnings about data defects. */
  warnings: number
  /** Findings about the articles' sourcing. */
  sourcing: number
}

/** A count of a batch may start at zero: a missing one reads as 0. */
const add = (t: Partial<Tally>, k: keyof Tally, n = 1): void => {
  t[k] = (t[k] ?? 0) + n
}

/**
 * Decodes and validates one parsed value in one round (structure, integrity and the rules
 * together); prints the data defects, and the sourcing findings as the article's
 * assessment.
 */
const checkValue = (value: unknown, where: string, t: Tally, s: Settings, ctx: Context): void => {
  add(t, 'reports')
  // the value is fresh from JSON.parse: no copy needed
  const review = Rules.review({
    rules: s.rules,
    share: true,
    ...(s.nulls === 'absent' ? { nulls: 'absent' as const } : {}),
    ...(s.text === undefined ? {} : { text: s.text }),
  })(value)
  const { defects, sourcing } = V.partition(review.issues)
  const decoded = O.isSome(review.report)
  const failed = !decoded || V.failsAt(s.failOn)(defects)
  add(t, 'warnings', defects.filter((i) => i.severity === 'warning').length)
  add(t, 'sourcing', sourcing.length)
  if (failed) {
    add(t, 'invalid')
    ctx.raise(EXIT.invalid)
  } else add(t, 'valid')
  if (decoded && review.issues.length === 0) return
  if (s.format === 'json') {
    const decode =
      review.decode.length === 0
        ? []
        : DecodeError.toList({
            _tag: 'DecodeError',
            issues: review.decode as [DecodeError.DecodeIssue, ...DecodeError.DecodeIssue[]],
          })
    ctx.json({
      location: where,
      valid: !failed,
      stage: decoded ? 'validate' : 'decode',
      issues: [...decode, ...V.toList(defects)],
      assessment: V.toList(sourcing),
    })
  } else {
    const tree = decoded
      ? ''
      : `\n${decodeTree({
          _tag: 'DecodeError',
          issues: review.decode as [DecodeError.DecodeIssue, ...DecodeError.DecodeIssue[]],
        })}`
    const rules =
      review.issues.length === 0 ? '' : `\n${indent(V.toText(safeIssues(review.issues)))}`
    ctx.text(`${where}: ${failed ? 'invalid report' : 'valid, with findings'}${tree}${rules}`)
  }
}

/** A problem with the bytes of a file or line, not with a report (exit 4). */
const malformed = (where: string, message: string, s: Settings, ctx: Context, t?: Tally): void => {
  if (t !== undefined) {
    add(t, 'reports')
    add(t, 'malformed')
  }
  ctx.raise(EXIT.malformed)
  if (s.format === 'json') ctx.json({ location: where, valid: false, stage: 'parse', message })
  else ctx.text(`${where}: ${message}`)
}

/** Checks one read document, keeping an exception inside it from stopping the run. */
export const checkRead = (read: Read, where: string, t: Tally, s: Settings, ctx: Context): void => {
  if (!read.ok) return malformed(where, read.message, s, ctx, t)
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
  options: Options,
): Promise<void> => {
  const progress = s.format === 'text'
  let reports = 0
  let lines = 0
  if (jobs > 1) {
    const r = await checkLinesWithJobs(stream, name, t as unknown as Record<string, number>, ctx, {
      jobs,
      maxSize: s.maxSize,
      progress,
      workerData: options,
      checkRead: (read, where, tally, c) => checkRead(read, where, tally as unknown as Tally, s, c),
      malformed: (where, message) => malformed(where, message, s, ctx, t),
    })
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
        malformed(where, line.message, s, ctx, t)
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
--format json, one JSON object per report, then {"summary": …}. Each report is
checked in one round: structure, integrity and the rules together. Data defects
(the extraction is wrong) are listed as issues, and make a report invalid at
--fail-on's severity; sourcing findings (one anonymous source, an unattributed
"reportedly") are the article's assessment ("assessment" in JSON), never a failure.
A line or document that is not JSON is counted as a malformed report (exit 4).`,
  options: {
    format: {
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      description: 'text for people; json for programs, one object per line',
    },
    strict: {
      type: 'boolean',
      description: 'use the strict rule set (warnings about data defects become errors)',
    },
    'fail-on': {
      type: 'string',
      choices: ['warning', 'error'],
      default: 'error',
      description: 'the severity of a data defect that makes a report invalid',
    },
    text: {
      type: 'string',
      value: 'FILE',
      description: 'check every span against the article text in FILE (kept outside the reports)',
    },
    nulls: {
      type: 'string',
      choices: ['absent', 'invalid'],
      default: 'invalid',
      description:
        'absent: read a null for an optional property as if it were absent, as language models write under strict structured output (claimgraph schema --strict)',
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
    let text: string | undefined
    if (values.text !== undefined) {
      try {
        text = await readFile(values.text, 'utf8')
      } catch (e) {
        ctx.error(
          `${values.text}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        )
        return EXIT.unreadable
      }
    }
    const options: Options = {
      format: values.format,
      strict: values.strict,
      failOn: values['fail-on'],
      maxSize: max,
      nulls: values.nulls,
      ...(text === undefined ? {} : { text }),
    }
    const s = settingsOf(options)
    const t: Tally = { reports: 0, valid: 0, invalid: 0, malformed: 0, warnings: 0, sourcing: 0 }
    for (const file of operands) {
      if (ctx.closed()) break
      const lines = values.ndjson || (file !== '-' && /\.(ndjson|jsonl)$/i.test(file))
      const stream = await open(file, ctx)
      if (stream === undefined) continue
      const name = nameOf(file)
      try {
        if (lines) await checkLines(stream, name, t, s, ctx, jobs, options)
        else checkRead(await readDocument(stream, s.maxSize), name, t, s, ctx)
      } catch (e) {
        reportFailure(e, name, ctx)
      }
    }
    const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`
    if (s.format === 'json') ctx.json({ summary: { ...t, exit: ctx.status() } })
    else
      ctx.text(
        `checked ${n(t.reports, 'report')} in ${n(operands.length, 'file')}: ${t.valid} valid, ${t.invalid} invalid, ${t.malformed} malformed; ${n(t.warnings, 'warning')}, ${n(t.sourcing, 'sourcing finding')}`,
      )
    return ctx.status()
  },
})
