import * as Arbitrary from '../../../src/arbitrary/index.js'
import { Codec, Report } from '../../../src/index.js'
// @ts-expect-error a plain JavaScript module without declarations
import { synthetic } from '../../../bench/synthetic.mjs'
import { cases } from './case.js'

// Worst cases for the decoders: valid and invalid input, wide (many nodes, many issues)
// and deep (nesting, and issues at every level of it). The detailed decoder keeps one
// growing path and one list of issues, so its reads grow with the input, never with the
// input times its depth.

const valid = (n: number): Report.ReportData => synthetic(n) as Report.ReportData

/** A report whose one statement states a proposition nested n levels deep. */
const deep = (n: number, broken: boolean): unknown => {
  const r = structuredClone(valid(10)) as any
  const event = r.events[0].id
  let p: any = { kind: 'occurs', event }
  for (let i = 0; i < n; i++)
    p = broken ? { kind: 'not', operand: p, [`extra${i}`]: 1 } : { kind: 'not', operand: p }
  r.statements[0].content = { kind: 'proposition', proposition: p }
  return r
}

/** A report of n statements, each with three structure errors and a dangling reference. */
const wideInvalid = (n: number): unknown => {
  const r = structuredClone(valid(n)) as any
  for (const s of r.statements) {
    s.act = 'shouts'
    s.speakers = ['nobody-at-all']
    s.tme = '2024'
    delete s.content
  }
  return r
}

/** One statement with n misspelled keys (each gets a hint) and n dangling references (each gets a hint). */
const hints = (n: number): unknown => {
  const r = structuredClone(valid(n)) as any
  const s = r.statements[0]
  for (let i = 0; i < n; i++) s[`speaker${i}`] = 1
  s.speakers = r.actors.map((a: any) => `${a.id}x`)
  return r
}

/** JSON nested n levels deep (arrays in objects), with n keys at the bottom. */
const json = (n: number): unknown => {
  let v: unknown = Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))
  for (let i = 0; i < n; i++) v = { a: [v] }
  return v
}
const Json = Codec.json('meta')

/**
 * `Report.fromJson` parses the text with `JSON.parse` (linear, not counted) and decodes
 * the value it parsed: the case hands it the counted value as that parsed value, so every
 * read of the document by the decoder is counted.
 */
const fromParsed = (parsed: unknown, options?: { readonly nulls: 'absent' }): unknown => {
  const parse = JSON.parse
  JSON.parse = () => parsed
  try {
    return Report.fromJson('{}', options)
  } finally {
    JSON.parse = parse
  }
}

/** A report of n statements, each with a `null` for every optional property a model leaves out. */
const nulls = (n: number): unknown => {
  const r = structuredClone(valid(n)) as any
  for (const s of r.statements)
    Object.assign(s, { time: null, evidence: null, quote: null, medium: null, replyTo: null })
  return r
}

/**
 * A report of n statements, each with two evidence spans whose words are elsewhere in the
 * text (the hint searches the text for them), and a text that grows with n.
 */
const spans = (n: number): Report.ReportData & { readonly text: string } => {
  const r = structuredClone(valid(n)) as any
  const parts: string[] = []
  r.statements.forEach((s: any, i: number) => {
    const words = `statement number ${i} said so`
    parts.push(`Before it: ${words}.`)
    s.evidence = [
      { start: 0, end: words.length, text: words },
      { start: 3, end: 3 + words.length, text: words },
    ]
  })
  r.text = parts.join(' ')
  return r
}

export default cases<any>(
  {
    name: 'Report.decode on a valid report, deep: a proposition nested n levels',
    covers: ['Report.decode', 'Codec.decode'],
    n: 15,
    build: (n) => deep(n, false),
    run: (r) => Report.decode(r),
  },
  {
    name: 'Report.decode on an invalid report, deep: an issue at every level of the nesting',
    covers: ['Report.decode', 'Codec.decode', 'Report.integrity'],
    n: 15,
    build: (n) => deep(n, true),
    run: (r) => Report.decode(r),
  },
  {
    name: 'Report.decode on an invalid report, wide: n statements with four issues each',
    covers: ['Report.decode', 'Codec.decode', 'Report.integrity'],
    n: 20,
    build: wideInvalid,
    run: (r) => Report.decode(r),
  },
  {
    name: 'Report.decode with a hint for every issue: n misspelled keys, n dangling references',
    covers: ['Report.decode', 'Codec.decode'],
    n: 20,
    build: hints,
    run: (r) => Report.decode(r),
  },
  {
    name: 'Codec.decode of JSON nested n levels deep, and n keys wide',
    covers: ['Codec.decode', 'Codec.json'],
    n: 15,
    build: json,
    run: (u) => Codec.decode(Json)(u),
  },
  {
    name: 'Codec.validateWith (the io-ts face) on an invalid report, wide',
    covers: ['Codec.validateWith'],
    n: 20,
    build: wideInvalid,
    run: (r) => Codec.validateWith(Report.Report, r, 'reject'),
  },
  {
    name: 'Report.fromJson on a valid report: the parsed document decoded without a copy',
    covers: ['Report.fromJson'],
    n: 20,
    build: valid,
    run: (r) => fromParsed(r),
  },
  {
    name: "Report.fromJson with nulls: 'absent' on n statements full of nulls",
    covers: ['Report.fromJson', 'Codec.decode'],
    n: 20,
    build: nulls,
    run: (r) => fromParsed(r, { nulls: 'absent' }),
  },
  {
    name: 'Report.fromJson on an invalid report, wide: n statements with four issues each',
    covers: ['Report.fromJson'],
    n: 20,
    build: wideInvalid,
    run: (r) => fromParsed(r),
  },
  {
    name: 'Report.make from the parts of a report of n statements',
    covers: ['Report.make'],
    n: 20,
    build: (n) => {
      const { format: _format, ...parts } = valid(n)
      return parts
    },
    run: (parts) => Report.make(parts),
  },
  {
    name: 'Report.encode of a report of n statements',
    covers: ['Report.encode'],
    n: 20,
    build: valid,
    run: (r) => Report.encode(r),
  },
  {
    name: 'Report.integrity and Report.spanIssues with 2n spans whose words are elsewhere in the text',
    covers: ['Report.integrity', 'Report.spanIssues'],
    n: 20,
    build: spans,
    run: (r) => [Report.integrity(r), Report.spanIssues(r.text)(r)],
  },
  {
    name: 'Codec.references of a report of n statements (every reference, with its path)',
    covers: ['Codec.references'],
    n: 20,
    build: valid,
    run: (r) => Codec.references(Report.Structure)(r),
  },
  {
    name: 'Arbitrary.idsOf the statements of a report of n statements',
    covers: ['Arbitrary.idsOf'],
    n: 20,
    build: valid,
    run: (r) => Arbitrary.idsOf(r, 'statement'),
  },
)
