#!/usr/bin/env node
/**
 * The `claimgraph` command: `inspect` shows a report for people, `check` decodes and
 * validates reports (one JSON document per file, or one report per line of an NDJSON file,
 * streamed in constant memory).
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import * as E from 'fp-ts/lib/Either.js'
import * as DecodeError from '../DecodeError.js'
import * as Report from '../Report.js'
import * as Render from '../Render.js'
import * as Rules from '../Rules.js'
import * as V from '../Validator.js'
import { report as seed } from '../fixtures/index.js'
import { VERSION } from './version.js'

/** Exit codes, one per kind of outcome. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, unreadable: 3, malformed: 4 } as const

const USAGE = `claimgraph ${VERSION}

Usage:
  claimgraph inspect [FILE]                 show a report (the seed report when no FILE)
  claimgraph check [options] FILE...        decode and validate reports
  claimgraph --help | --version

check reads FILE as one JSON report, or as one report per line when it ends in .ndjson
or .jsonl; "-" reads standard input (add --ndjson for one report per line).

Options for check:
  --format text|json   text for people (default), json for programs (one JSON object per line)
  --strict             use the strict rule set (warnings become errors)
  --ndjson             read standard input as NDJSON

Exit codes: 0 all valid; 1 a report is invalid; 2 usage error; 3 a file cannot be read;
4 a file is not well-formed JSON or UTF-8.
`

interface Options {
  readonly format: 'text' | 'json'
  readonly strict: boolean
  readonly ndjson: boolean
}

interface Outcome {
  reports: number
  valid: number
  invalid: number
  warnings: number
  exit: number
}

/** Bidirectional controls are shown, not obeyed, so a report cannot reorder what the terminal shows. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B-\u001F\u007F]/g
const safe = (s: string) =>
  s.replace(UNSAFE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)
/** Whether a progress line is showing on the terminal (standard error); output clears it first. */
let progressShown = false
const clearProgress = () => {
  if (progressShown) process.stderr.write('\r\x1b[K')
  progressShown = false
}
const out = (s: string) => {
  clearProgress()
  process.stdout.write(safe(s.endsWith('\n') ? s : `${s}\n`))
}
const err = (s: string) => {
  clearProgress()
  process.stderr.write(safe(s.endsWith('\n') ? s : `${s}\n`))
}
const worst = (o: Outcome, code: number) => {
  o.exit = Math.max(o.exit, code)
}

/** Decodes and validates one parsed value; prints what it finds. */
const checkValue = (value: unknown, where: string, o: Outcome, opts: Options): void => {
  o.reports++
  const decoded = Report.decode(value, { share: true }) // the value is fresh from JSON.parse: no copy needed
  if (E.isLeft(decoded)) {
    o.invalid++
    worst(o, EXIT.invalid)
    if (opts.format === 'json') {
      out(
        JSON.stringify({
          location: where,
          valid: false,
          stage: 'decode',
          issues: DecodeError.toList(decoded.left),
        }),
      )
    } else out(`${where}: invalid report\n${indent(DecodeError.toTree(decoded.left))}`)
    return
  }
  const issues = (opts.strict ? Rules.strict : Rules.standard)(decoded.right)
  const failed = V.hasErrors(issues)
  o.warnings += issues.filter((i) => i.severity === 'warning').length
  if (failed) {
    o.invalid++
    worst(o, EXIT.invalid)
  } else o.valid++
  if (issues.length === 0) return
  if (opts.format === 'json')
    out(
      JSON.stringify({
        location: where,
        valid: !failed,
        stage: 'validate',
        issues: V.toList(issues),
      }),
    )
  else
    out(
      `${where}: ${failed ? 'invalid report' : 'valid, with findings'}\n${indent(V.toText(issues))}`,
    )
}

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')

/** A problem with the bytes of a file or line, not with a report. */
const malformed = (where: string, message: string, o: Outcome, opts: Options): void => {
  worst(o, EXIT.malformed)
  if (opts.format === 'json')
    out(JSON.stringify({ location: where, valid: false, stage: 'parse', message }))
  else out(`${where}: ${message}`)
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

const decodeText = (bytes: Uint8Array): string | undefined => {
  try {
    return utf8.decode(bytes)
  } catch {
    return undefined
  }
}

const parse = (text: string): Read => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (e) {
    return { ok: false, message: `not valid JSON (${(e as Error).message.slice(0, 120)})` }
  }
}

const BOM = '\uFEFF'

type Read =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string }

/** Reads one whole JSON document: an empty file, bad UTF-8 and bad JSON each get their message. */
const readDocument = async (stream: NodeJS.ReadableStream): Promise<Read> => {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  if (bytes.length === 0) return { ok: false, message: 'file is empty' }
  let text = decodeText(bytes)
  if (text === undefined) return { ok: false, message: 'not valid UTF-8' }
  if (text.startsWith(BOM)) text = text.slice(1)
  if (text.trim() === '') return { ok: false, message: 'file holds only white space' }
  return parse(text)
}

const checkDocument = async (
  stream: NodeJS.ReadableStream,
  name: string,
  o: Outcome,
  opts: Options,
): Promise<void> => {
  const read = await readDocument(stream)
  if (read.ok) checkValue(read.value, name, o, opts)
  else malformed(name, read.message, o, opts)
}

/** Streams an NDJSON file line by line; memory holds one line at a time. */
const checkLines = async (
  stream: NodeJS.ReadableStream,
  name: string,
  o: Outcome,
  opts: Options,
): Promise<void> => {
  const progress = process.stderr.isTTY === true && opts.format === 'text'
  let pending: Buffer[] = []
  let line = 0
  let sawAny = false
  const handle = (bytes: Buffer, last: boolean) => {
    line++
    const where = `${name}:${line}`
    let text = decodeText(bytes)
    if (text === undefined) return malformed(where, 'not valid UTF-8', o, opts)
    if (line === 1 && text.startsWith(BOM)) text = text.slice(1)
    if (text.endsWith('\r')) text = text.slice(0, -1)
    if (text.trim() === '') return
    sawAny = true
    const parsed = parse(text)
    if (!parsed.ok) {
      return malformed(
        where,
        last ? `truncated line: no newline at the end and ${parsed.message}` : parsed.message,
        o,
        opts,
      )
    }
    checkValue(parsed.value, where, o, opts)
    if (progress && line % 1000 === 0) {
      process.stderr.write(`\rchecked ${line} lines of ${safe(name)}…`)
      progressShown = true
    }
  }
  for await (const chunk of stream) {
    let buf = chunk as Buffer
    let nl = buf.indexOf(10)
    while (nl >= 0) {
      pending.push(buf.subarray(0, nl))
      handle(pending.length === 1 ? pending[0]! : Buffer.concat(pending), false)
      pending = []
      buf = buf.subarray(nl + 1)
      nl = buf.indexOf(10)
    }
    if (buf.length > 0) pending.push(Buffer.from(buf))
  }
  if (pending.length > 0) handle(Buffer.concat(pending), true)
  clearProgress()
  if (!sawAny && line <= 1) malformed(name, 'file is empty', o, opts)
}

const openFile = async (file: string, o: Outcome): Promise<NodeJS.ReadableStream | undefined> => {
  try {
    const s = await stat(file)
    if (s.isDirectory()) {
      worst(o, EXIT.unreadable)
      err(`${file}: is a directory`)
      return undefined
    }
    const stream = createReadStream(file)
    return stream
  } catch (e) {
    worst(o, EXIT.unreadable)
    const code = (e as NodeJS.ErrnoException).code
    err(
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`}`,
    )
    return undefined
  }
}

const check = async (files: ReadonlyArray<string>, opts: Options): Promise<number> => {
  const o: Outcome = { reports: 0, valid: 0, invalid: 0, warnings: 0, exit: EXIT.ok }
  for (const file of files) {
    const isLines = file === '-' ? opts.ndjson : /\.(ndjson|jsonl)$/i.test(file)
    const stream = file === '-' ? process.stdin : await openFile(file, o)
    if (stream === undefined) continue
    const name = file === '-' ? '<stdin>' : file
    try {
      await (isLines ? checkLines(stream, name, o, opts) : checkDocument(stream, name, o, opts))
    } catch (e) {
      worst(o, EXIT.unreadable)
      err(`${name}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
  }
  const summary = `checked ${o.reports} report${o.reports === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}: ${o.valid} valid, ${o.invalid} invalid, ${o.warnings} warning${o.warnings === 1 ? '' : 's'}`
  if (opts.format === 'json')
    out(
      JSON.stringify({
        summary: {
          reports: o.reports,
          valid: o.valid,
          invalid: o.invalid,
          warnings: o.warnings,
          exit: o.exit,
        },
      }),
    )
  else out(summary)
  return o.exit
}

const inspect = async (file: string | undefined): Promise<number> => {
  let report: Report.Report = seed
  if (file !== undefined) {
    const o: Outcome = { reports: 0, valid: 0, invalid: 0, warnings: 0, exit: EXIT.ok }
    const stream = file === '-' ? process.stdin : await openFile(file, o)
    if (stream === undefined) return o.exit
    let read: Read
    try {
      read = await readDocument(stream)
    } catch (e) {
      err(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
      return EXIT.unreadable
    }
    if (!read.ok) {
      err(`${file}: ${read.message}`)
      return EXIT.malformed
    }
    const decoded = Report.decode(read.value, { share: true })
    if (E.isLeft(decoded)) {
      err(`${file}: invalid report\n${indent(DecodeError.toTree(decoded.left))}`)
      return EXIT.invalid
    }
    report = decoded.right
  }
  out(Render.inspect(report))
  const issues = Rules.standard(report)
  out(`\nValidation (standard rules)\n${indent(V.toText(issues))}`)
  return V.hasErrors(issues) ? EXIT.invalid : EXIT.ok
}

const parseArgs = (args: ReadonlyArray<string>): { files: string[]; opts: Options } | string => {
  const files: string[] = []
  let format: Options['format'] = 'text'
  let strict = false
  let ndjson = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--format') {
      const v = args[++i]
      if (v !== 'text' && v !== 'json')
        return `--format takes "text" or "json", not ${JSON.stringify(v ?? '')}`
      format = v
    } else if (a.startsWith('--format=')) {
      const v = a.slice('--format='.length)
      if (v !== 'text' && v !== 'json')
        return `--format takes "text" or "json", not ${JSON.stringify(v)}`
      format = v
    } else if (a === '--strict') strict = true
    else if (a === '--ndjson') ndjson = true
    else if (a.startsWith('--')) return `unknown option ${a}`
    else files.push(a)
  }
  return { files, opts: { format, strict, ndjson } }
}

const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  const [command, ...rest] = argv
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE)
    return EXIT.ok
  }
  if (command === '--version' || command === '-v') {
    out(VERSION)
    return EXIT.ok
  }
  if (command === 'inspect') {
    if (rest.length > 1) {
      err(`inspect takes at most one FILE\n\n${USAGE}`)
      return EXIT.usage
    }
    return inspect(rest[0])
  }
  if (command === 'check') {
    const parsed = parseArgs(rest)
    if (typeof parsed === 'string') {
      err(`${parsed}\n\n${USAGE}`)
      return EXIT.usage
    }
    if (parsed.files.length === 0) {
      err(`check needs at least one FILE (or - for standard input)\n\n${USAGE}`)
      return EXIT.usage
    }
    return check(parsed.files, parsed.opts)
  }
  err(command === undefined ? USAGE : `unknown command ${JSON.stringify(command)}\n\n${USAGE}`)
  return EXIT.usage
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    err(`claimgraph: internal error: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 70
  },
)
