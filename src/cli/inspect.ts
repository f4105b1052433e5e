/**
 * `claimgraph inspect`: one report for people, followed by what the standard rules find.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as Report from '../Report.js'
import * as Render from '../Render.js'
import * as Rules from '../Rules.js'
import * as V from '../Validator.js'
import { report as seed } from '../fixtures/index.js'
import { command } from './command.js'
import { EXIT } from './exit.js'
import { readDocument } from './read.js'
import {
  decodeTree,
  indent,
  maxSize,
  maxSizeOption,
  nameOf,
  open,
  reportFailure,
  safeIssues,
} from './report.js'

/** Reads the width given with `--width`: a whole number of columns, 0 for no wrapping. */
const parseWidth = (raw: string): number | undefined =>
  /^\d{1,5}$/.test(raw) ? Number(raw) : undefined

/** The `inspect` command. */
export const inspect = command({
  name: 'inspect',
  summary: 'show a report for people (the seed report when no FILE)',
  usage: '[options] [FILE]',
  description: `
Shows the report in FILE (one JSON document; "-" reads standard input), or the seed
report when no FILE is given: its actors by kind, its events and statements with their
ids and times, attribution chains, hedges and threats, then what the standard rules
find. Lines wrap to the width of the terminal (or COLUMNS).

Exits 1 when the report is invalid or the rules find an error.`,
  options: {
    width: {
      type: 'string',
      value: 'COLUMNS',
      description:
        'wrap lines to this many columns; 0 does not wrap  (default: the terminal width, or COLUMNS)',
    },
    'max-size': maxSizeOption,
  },
  operands: { min: 0, max: 1 },
  run: async ({ values, operands }, ctx) => {
    const max = maxSize(values['max-size'], ctx)
    if (max === undefined) return EXIT.usage
    let width = ctx.columns
    if (values.width !== undefined) {
      width = parseWidth(values.width)
      if (width === undefined)
        return ctx.usage(
          `--width takes a number of columns (0: no wrapping), not ${JSON.stringify(values.width)}`,
        )
    }
    let report: Report.Report = seed
    const file = operands[0]
    if (file !== undefined) {
      const name = nameOf(file)
      const stream = await open(file, ctx)
      if (stream === undefined) return ctx.status()
      let read
      try {
        read = await readDocument(stream, max)
      } catch (e) {
        reportFailure(e, name, ctx)
        return ctx.status()
      }
      if (!read.ok) {
        ctx.error(`${name}: ${read.message}`)
        return EXIT.malformed
      }
      const decoded = Report.decode(read.value, { share: true })
      if (E.isLeft(decoded)) {
        ctx.error(`${name}: invalid report\n${decodeTree(decoded.left)}`)
        return EXIT.invalid
      }
      report = decoded.right
    }
    const issues = Rules.standard(report)
    const code = V.hasErrors(issues) ? EXIT.invalid : EXIT.ok
    ctx.raise(code)
    ctx.text(Render.inspect(report, width === undefined || width === 0 ? {} : { width }))
    ctx.text(`\nValidation (standard rules)\n${indent(V.toText(safeIssues(issues)))}`)
    return code
  },
})
