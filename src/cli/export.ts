/**
 * `claimgraph export --to plover|cameo|prov|schema-org FILE`: one report in a format
 * analysts load into their own tools, on standard output.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as Report from '../Report.js'
import * as Cameo from '../interop/cameo.js'
import * as Plover from '../interop/plover.js'
import * as Prov from '../interop/prov.js'
import * as SchemaOrg from '../interop/schema-org.js'
import { command } from './command.js'
import { EXIT } from './exit.js'
import type { Context } from './io.js'
import { readDocument } from './read.js'
import { decodeTree, maxSize, maxSizeOption, nameOf, open, reportFailure } from './report.js'

/** The formats `export` writes. */
export const FORMATS = ['plover', 'cameo', 'prov', 'schema-org'] as const

/** What was left out of an export, counted by reason, for one line of standard error. */
const summary = (what: string, count: number, left: ReadonlyArray<{ readonly reason: string }>) => {
  const by = new Map<string, number>()
  for (const l of left) by.set(l.reason, (by.get(l.reason) ?? 0) + 1)
  const reasons = [...by].map(([r, n]) => `${n} ${r}`).join(', ')
  return `${count} ${what}${left.length === 0 ? '' : `; ${left.length} left out (${reasons})`}`
}

const explain = (
  ctx: Context,
  name: string,
  lines: ReadonlyArray<{ readonly node: string; readonly code: string; readonly message: string }>,
) => {
  for (const l of lines) ctx.error(`${name}: ${l.node}: ${l.code}: ${l.message}`)
}

/** The `export` command. */
export const exportCommand = command({
  name: 'export',
  summary: 'write a report as PLOVER, CAMEO, PROV-O or schema.org',
  usage: '--to FORMAT [options] FILE',
  description: `
Writes the report in FILE (one JSON document; "-" reads standard input) to standard
output in another format: plover (PLOVER event records, one JSON object per line), cameo
(CAMEO codes with Goldstein scores, one coding per line), prov (W3C PROV-O, one JSON-LD
document) or schema-org (schema.org Claim markup, one JSON-LD document).

What the format cannot carry is counted on standard error; --explain lists each
statement or event left out, and why. Exits 1 when the report is invalid.`,
  options: {
    to: {
      type: 'string',
      choices: FORMATS,
      description: 'the format to write',
    },
    base: {
      type: 'string',
      value: 'IRI',
      description: 'the IRI the JSON-LD nodes hang from (prov, schema-org)',
    },
    explain: {
      type: 'boolean',
      description: 'list every statement or event left out, and every note, on standard error',
    },
    'max-size': maxSizeOption,
  },
  operands: { min: 1, max: 1 },
  run: async ({ values, operands }, ctx) => {
    const to = values.to
    if (to === undefined) return ctx.usage(`--to is required: ${FORMATS.join(', ')}`)
    const max = maxSize(values['max-size'], ctx)
    if (max === undefined) return EXIT.usage
    const file = operands[0]!
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
      ctx.error(`${name}: invalid report  ${decodeTree(decoded.left)}`)
      return EXIT.invalid
    }
    const r = decoded.right
    const options = values.base === undefined ? {} : { base: values.base }
    switch (to) {
      case 'plover': {
        const x = Plover.fromReport(r)
        for (const rec of x.records) ctx.json(rec)
        ctx.error(`${name}: ${summary('PLOVER records', x.records.length, x.omitted)}`)
        if (values.explain) {
          explain(
            ctx,
            name,
            x.omitted.map((o) => ({ node: o.node, code: o.reason, message: o.message })),
          )
          explain(ctx, name, x.notes)
        }
        break
      }
      case 'cameo': {
        const x = Cameo.fromReport(r)
        for (const c of x.codings) ctx.json(c)
        ctx.error(`${name}: ${summary('CAMEO codings', x.codings.length, x.omitted)}`)
        if (values.explain)
          explain(
            ctx,
            name,
            x.omitted.map((o) => ({ node: o.node, code: o.reason, message: o.message })),
          )
        break
      }
      case 'prov':
        ctx.json(Prov.fromReport(r, options))
        break
      case 'schema-org':
        ctx.json(SchemaOrg.fromReport(r, options))
        break
    }
    return EXIT.ok
  },
})
