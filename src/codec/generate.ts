/**
 * The code generator: an interpreter of the AST into TypeScript source — one factory per
 * codec of straight-line, monomorphic functions that check valid input and copy it in the
 * same pass into objects of a fixed shape (required properties in one literal, optional
 * ones added in declaration order). It accepts exactly what the walk accepts: a test runs
 * both, and the detailed decoder, on the same inputs.
 *
 * What it writes out: every struct (its keys matched by a `switch` in a `for…in`, each
 * value checked in place), tagged union (a `switch` on the tag), union (its conditions in
 * order), array (a counted loop; leaves checked in the loop), string (length bounds, then
 * its checks: `not-blank`, `well-formed`, `id`, `pattern`, `bcp47` and `country-code`
 * written out), number, boolean, literal and enum. What it calls: the tests of the other
 * named checks (`edtf`, `predicate`, `span-length`, … — functions of the model), foreign io-ts
 * types (`Declare`) and open JSON (`Json`) through the interpreted walk, and the generated
 * code of other exported codecs. These are the factory's *kit*, in the order
 * `compiled.plan` lists them, so the generated module imports nothing from the model.
 *
 * A node it cannot write (a struct with the key `__proto__`, a literal that is not a
 * finite number or a string) is refused with its path, and the codec keeps the
 * interpreted walk.
 *
 * @internal
 */
import * as AST from './AST.js'
import { contains } from './AST.js'
import type { AnyCheck, Check, CheckId } from './checks.js'
import { INLINE, isExternal, plan, planVisit, type Plan } from './compiled.js'
import { MAX_DEPTH, MAX_STRING_LENGTH } from './limits.js'
import { effectiveChecks } from './walk.js'

/** A node the generator cannot write, with its path from the codec's root. */
export interface Refusal {
  readonly path: string
  readonly reason: string
}

/** The code of one codec, or why there is none. */
export type Output =
  | { readonly _tag: 'Code'; readonly fingerprint: string; readonly code: string }
  | { readonly _tag: 'Refused'; readonly refusals: ReadonlyArray<Refusal> }

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason)
  }
}

const str = (s: string | number): string => JSON.stringify(s)

/**
 * The expression of a check written out, on the string in `v`. A check not listed here
 * (`edtf`, `predicate`, `span-length`, … — functions of the model) is run by the kit: the
 * generated code calls the check's own test.
 */
const WRITTEN: {
  readonly [K in CheckId]?: (c: Check<never, K>, v: string, regex: (r: RegExp) => string) => string
} = {
  'not-blank': (_c, v) => `isNotBlank(${v})`,
  'well-formed': (_c, v) => `isWellFormed(${v})`,
  pattern: (c, v, regex) => `${regex(c.params.regex)}.test(${v})`,
  id: (_c, v) => `idCharacters(${v})`,
  bcp47: (c, v, regex) => `${regex(c.params.regex)}.test(${v})`,
  'country-code': (c, v, regex) => `${regex(c.params.regex)}.test(${v})`,
}

/** Whether a node's values may be `undefined` (a foreign type may accept it). */
const mayBeUndefined = (node: AST.AST): boolean => {
  switch (node._tag) {
    case 'Declare':
      return true
    case 'Ref':
      return mayBeUndefined(node.id)
    case 'Refine':
      return mayBeUndefined(node.from)
    case 'Union':
      return node.alternatives.some((a) => a.when._tag === 'Otherwise' && mayBeUndefined(a.type))
    default:
      return false
  }
}

/**
 * Writes the factory of one codec. `external` says which nodes are other codecs' generated
 * code (called through the kit); by default, the nodes of codecs bound to generated code.
 */
export const generate = (
  root: AST.AST,
  external: (node: AST.AST) => boolean = isExternal,
): Output => {
  const p: Plan = plan(root, external)
  try {
    return { _tag: 'Code', fingerprint: p.fingerprint, code: new Writer(root, p, external).write() }
  } catch (e) {
    if (e instanceof Refused) return { _tag: 'Refused', refusals: [e.refusal] }
    throw e
  }
}

class Writer {
  private readonly functions: string[] = []
  private readonly names = new Map<AST.AST, string>()
  private readonly constants: string[] = []
  private readonly regexes = new Map<string, string>()
  private readonly sets = new Map<string, string>()
  private readonly usedSlots = new Set<number>()
  private temp = 0

  constructor(
    private readonly root: AST.AST,
    private readonly p: Plan,
    private readonly external: (node: AST.AST) => boolean,
  ) {}

  write(): string {
    const main = this.fn(this.root, '')
    const kit = [...this.usedSlots]
      .sort((a, b) => a - b)
      .map((i) => `  const k${i} = kit[${i}]\n`)
      .join('')
    return `(kit) => {\n${kit}${this.constants.join('')}${this.functions.join('')}  return ${main}\n}`
  }

  private slot(key: object): string {
    const i = this.p.slotOf.get(key)
    if (i === undefined) throw new Error('the plan has no slot for a node it listed')
    this.usedSlots.add(i)
    return `k${i}`
  }

  private regex(r: RegExp): string {
    const text = `/${r.source}/${r.flags}`
    let name = this.regexes.get(text)
    if (name === undefined) {
      name = `R${this.regexes.size}`
      this.regexes.set(text, name)
      this.constants.push(`  const ${name} = ${text}\n`)
    }
    return name
  }

  private set(values: ReadonlyArray<string>): string {
    const text = JSON.stringify(values)
    let name = this.sets.get(text)
    if (name === undefined) {
      name = `E${this.sets.size}`
      this.sets.set(text, name)
      this.constants.push(`  const ${name} = new Set(${text})\n`)
    }
    return name
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.temp++}`
  }

  /** The expression of a check on the value in `v`. */
  private check(c: AnyCheck, v: string): string {
    const written = INLINE.has(c.id)
      ? (WRITTEN[c.id] as
          ((c: AnyCheck, v: string, regex: (r: RegExp) => string) => string) | undefined)
      : undefined
    return written === undefined ? `${this.slot(c)}(${v})` : written(c, v, (r) => this.regex(r))
  }

  /** The name of a function `(u, d, c, n)` for a node. */
  private fn(node: AST.AST, path: string): string {
    if (node !== this.root && this.external(node)) return this.slot(node)
    const known = this.names.get(node)
    if (known !== undefined) return known
    if (node._tag === 'Suspend') {
      // the recursive definition is its body
      const name = this.fn(node.get(), path)
      this.names.set(node, name)
      return name
    }
    if (node._tag === 'Json' || node._tag === 'Declare') return this.slot(node)
    const name = `f${this.names.size}`
    this.names.set(node, name)
    const label = node.annotations.label.replace(/[^\x20-\x7e]/g, '?')
    let body: string
    switch (node._tag) {
      case 'Struct':
        body = this.struct(node, path)
        break
      case 'Tagged':
        body = this.tagged(node, path)
        break
      case 'Union':
        body = this.union(node, path)
        break
      default: {
        const r = this.fresh('r')
        body = `    let ${r}\n${this.value(node, 'u', r, 'd', path, '    ')}    return ${r}\n`
      }
    }
    this.functions.push(
      `  // ${node._tag} ${label}\n  function ${name}(u, d, c, n) {\n${body}  }\n`,
    )
    return name
  }

  /**
   * Statements that check the value in `v` (at depth `d`, an expression) and put the
   * accepted value in the variable `out`, or return INVALID.
   */
  private value(
    node: AST.AST,
    v: string,
    out: string,
    d: string,
    path: string,
    ind: string,
  ): string {
    if (node !== this.root && this.external(node)) return this.call(this.slot(node), v, out, d, ind)
    switch (node._tag) {
      case 'String': {
        const min = node.min
        const max = Math.min(node.max, MAX_STRING_LENGTH)
        const tests = [`typeof ${v} !== "string"`]
        if (min > 0) tests.push(`${v}.length < ${min}`)
        tests.push(`${v}.length > ${max}`)
        for (const c of effectiveChecks(node.checks)) tests.push(`!${this.check(c, v)}`)
        return `${ind}if (${tests.join(' || ')}) return INVALID\n${ind}${out} = ${v}\n`
      }
      case 'Number': {
        const tests = [`typeof ${v} !== "number"`, `!Number.isFinite(${v})`]
        if (node.integer) tests.push(`!Number.isSafeInteger(${v})`)
        tests.push(`Object.is(${v}, -0)`)
        if (node.min !== undefined && Number.isFinite(node.min)) tests.push(`${v} < ${node.min}`)
        if (node.min !== undefined && node.min === Number.POSITIVE_INFINITY) tests.push('true')
        if (node.max !== undefined && Number.isFinite(node.max)) tests.push(`${v} > ${node.max}`)
        if (node.max !== undefined && node.max === Number.NEGATIVE_INFINITY) tests.push('true')
        return `${ind}if (${tests.join(' || ')}) return INVALID\n${ind}${out} = ${v}\n`
      }
      case 'Boolean':
        return `${ind}if (typeof ${v} !== "boolean") return INVALID\n${ind}${out} = ${v}\n`
      case 'Literal': {
        const value = node.value
        if (typeof value === 'number' && !Number.isFinite(value))
          throw new Refused({ path, reason: `the literal ${String(value)} cannot be written` })
        return `${ind}if (${v} !== ${str(value)}) return INVALID\n${ind}${out} = ${v}\n`
      }
      case 'Enum': {
        const test =
          node.values.length <= 4
            ? node.values.length === 0
              ? 'true'
              : node.values.map((x) => `${v} !== ${str(x)}`).join(' && ')
            : `typeof ${v} !== "string" || !${this.set(node.values)}.has(${v})`
        return `${ind}if (${test}) return INVALID\n${ind}${out} = ${v}\n`
      }
      case 'Ref':
        return this.value(node.id, v, out, d, path, ind)
      case 'Refine':
        return node.stage === 'input'
          ? `${ind}if (!${this.check(node.check, v)}) return INVALID\n${this.value(node.from, v, out, d, path, ind)}`
          : `${this.value(node.from, v, out, d, path, ind)}${ind}if (!${this.check(node.check, out)}) return INVALID\n`
      case 'Array':
        return this.array(node, v, out, d, path, ind)
      case 'Suspend':
      case 'Struct':
      case 'Tagged':
      case 'Union':
      case 'Json':
      case 'Declare':
        return this.call(this.fn(node, path), v, out, d, ind)
    }
  }

  private call(f: string, v: string, out: string, d: string, ind: string): string {
    return `${ind}${out} = ${f}(${v}, ${d}, c, n)\n${ind}if (${out} === INVALID) return INVALID\n`
  }

  private array(
    node: AST.ArrayNode,
    v: string,
    out: string,
    d: string,
    path: string,
    ind: string,
  ): string {
    const len = this.fresh('n')
    const i = this.fresh('i')
    const o = this.fresh('o')
    const x = this.fresh('x')
    const y = this.fresh('y')
    const bounds = [`${len} < ${node.min}`]
    if (Number.isFinite(node.max)) bounds.push(`${len} > ${node.max}`)
    const inner = `${ind}    `
    const item = this.value(node.item, x, y, `${d} + 1`, `${path}/*`, inner)
    return (
      `${ind}if (${d} >= ${MAX_DEPTH} || !Array.isArray(${v})) return INVALID\n` +
      `${ind}const ${len} = ${v}.length\n` +
      (node.min > 0 || Number.isFinite(node.max)
        ? `${ind}if (${bounds.join(' || ')}) return INVALID\n`
        : '') +
      `${ind}const ${o} = c ? new Array(${len}) : ${v}\n` +
      `${ind}for (let ${i} = 0; ${i} < ${len}; ${i}++) {\n` +
      `${inner}const ${x} = ${v}[${i}]\n${inner}let ${y}\n${item}` +
      `${inner}if (c) ${o}[${i}] = ${y}\n` +
      `${ind}  }\n` +
      `${ind}${out} = ${o}\n`
    )
  }

  private struct(node: AST.StructNode, path: string): string {
    const name = this.names.get(node)!
    const fields = node.fields
    const vars = fields.map(() => this.fresh('v'))
    const flags = fields.map((f) =>
      f.optional && mayBeUndefined(f.type) ? this.fresh('h') : undefined,
    )
    const required = fields.filter((f) => !f.optional).length
    const ind = '          '
    const cases = fields
      .map((f, i) => {
        if (f.key === '__proto__')
          throw new Refused({
            path: `${path}/__proto__`,
            reason: 'a property named "__proto__" cannot be written',
          })
        const v = this.fresh('x')
        const flag = flags[i]
        return (
          `        case ${str(f.key)}: {\n` +
          `${ind}const ${v} = u[k]\n` +
          (f.optional ? `${ind}if (n && ${v} === null) break\n` : '') +
          this.value(f.type, v, vars[i]!, 'd + 1', `${path}/${f.key}`, ind) +
          (f.optional ? (flag === undefined ? '' : `${ind}${flag} = true\n`) : `${ind}r++\n`) +
          `${ind}break\n        }\n`
        )
      })
      .join('')
    const literal = fields
      .map((f, i) => (f.optional ? undefined : `${str(f.key)}: ${vars[i]}`))
      .filter((x) => x !== undefined)
      .join(', ')
    const optional = fields
      .map((f, i) =>
        f.optional
          ? `    if (${flags[i] ?? `${vars[i]} !== undefined`}) o[${str(f.key)}] = ${vars[i]}\n`
          : '',
      )
      .join('')
    const declared = [...vars, ...flags.filter((f) => f !== undefined).map((f) => `${f} = false`)]
    return (
      `    if (d >= ${MAX_DEPTH} || typeof u !== "object" || u === null || Array.isArray(u)) return INVALID\n` +
      `    const p = Object.getPrototypeOf(u)\n` +
      `    if (p !== Object.prototype && p !== null) {\n` +
      `      const r = ${name}(own(u), d, c, n)\n` +
      `      return r === INVALID || c ? r : u\n` +
      `    }\n` +
      (declared.length > 0 ? `    let ${declared.join(', ')}\n` : '') +
      (required > 0 ? `    let r = 0\n` : '') +
      `    for (const k in u) {\n` +
      `      switch (k) {\n${cases}` +
      `        default:\n          return INVALID\n      }\n    }\n` +
      (required > 0 ? `    if (r !== ${required}) return INVALID\n` : '') +
      `    if (!c) return u\n` +
      `    const o = { ${literal} }\n${optional}` +
      `    return o\n`
    )
  }

  private tagged(node: AST.TaggedNode, path: string): string {
    const cases = node.members
      .map((m) => {
        const r = this.fresh('r')
        const body = this.value(m.type, 'u', r, 'd', `${path}(${m.value})`, '          ')
        return `        case ${str(m.value)}: {\n          let ${r}\n${body}          return ${r}\n        }\n`
      })
      .join('')
    return (
      `    if (typeof u !== "object" || u === null) return INVALID\n` +
      `    switch (u[${str(node.tag)}]) {\n${cases}        default:\n          return INVALID\n    }\n`
    )
  }

  private union(node: AST.UnionNode, path: string): string {
    const object = `typeof u === "object" && u !== null && !Array.isArray(u)`
    const branches = node.alternatives
      .map((a, i) => {
        const w = a.when
        const cond =
          w._tag === 'TypeOf'
            ? w.type === 'object'
              ? object
              : `typeof u === ${str(w.type)}`
            : w._tag === 'Has'
              ? `has(u, ${str(w.key)})`
              : 'true'
        const r = this.fresh('r')
        const body = this.value(a.type, 'u', r, 'd', `${path}|${i}`, '      ')
        return `    if (${cond}) {\n      let ${r}\n${body}      return ${r}\n    }\n`
      })
      .join('')
    return `${branches}    return INVALID\n`
  }
}

/** The helpers of `compiled.ts` a piece of generated code uses. */
const HELPERS = ['INVALID', 'idCharacters', 'isNotBlank', 'isWellFormed', 'own', 'has'] as const

/**
 * The source of one generated module: a factory per codec, in a table keyed by
 * fingerprint. `codecs` are the module's exported codecs by name.
 */
export const generateModule = (
  module: string,
  codecs: ReadonlyArray<readonly [string, AST.AST]>,
  external: (node: AST.AST) => boolean = isExternal,
  visits: ReadonlyArray<readonly [string, AST.AST, (node: AST.AST) => boolean]> = [],
): { readonly source: string; readonly refused: ReadonlyArray<readonly [string, Refusal]> } => {
  const entries: string[] = []
  const refused: Array<readonly [string, Refusal]> = []
  const done = new Map<string, string>()
  let bodies = ''
  for (const [name, node] of codecs) {
    const out = generate(node, external)
    if (out._tag === 'Refused') {
      for (const r of out.refusals) refused.push([name, r])
      continue
    }
    const known = done.get(out.fingerprint)
    if (known !== undefined) continue
    const id = `${module}_${name}`
    done.set(out.fingerprint, id)
    bodies += `\n/** ${module}.${name} */\nconst ${id}: Factory = ${out.code}\n`
    entries.push(`  ${str(out.fingerprint)}: ${id}, // ${module}.${name}\n`)
  }
  const visitEntries: string[] = []
  for (const [name, root, match] of visits) {
    const out = generateVisit(root, match)
    const id = `${module}_${name}_visit`
    bodies += `\n/** ${module}: the visit ${name} */\nconst ${id}: VisitFactory = ${out.code}\n`
    visitEntries.push(`  ${str(out.fingerprint)}: ${id},\n`)
  }
  const used = HELPERS.filter((h) => new RegExp(`\\b${h}\\b`).test(bodies))
  const source =
    `/* eslint-disable */\n` +
    `// Generated by \`npm run codegen\` from the descriptions of the codecs of src/${module}.ts.\n` +
    `// Do not edit: a test regenerates this file and fails when it differs.\n` +
    `// @ts-nocheck\n` +
    `import type { Factory, Table${visits.length > 0 ? ', VisitFactory' : ''} } from '../codec/compiled.js'\n` +
    (used.length > 0 ? `import { ${used.join(', ')} } from '../codec/compiled.js'\n` : '') +
    bodies +
    `\n/** The generated fast paths of src/${module}.ts, by the fingerprint of each codec's description. */\n` +
    `export const table: Table = {\n${entries.join('')}}\n` +
    (visits.length > 0
      ? `\n/** The generated visitors of src/${module}.ts, by fingerprint. */\n` +
        `export const visits: Readonly<Record<string, VisitFactory>> = {\n${visitEntries.join('')}}\n`
      : '')
  return { source, refused }
}

/**
 * Writes the factory of a visitor of the nodes `match` chooses inside values of `root`
 * (see `compiled.bindVisit`): functions that read only the properties that may hold a
 * chosen node, and call its callback (a slot of the kit) at each value.
 */
export const generateVisit = (
  root: AST.AST,
  match: (node: AST.AST) => boolean,
): { readonly fingerprint: string; readonly code: string } => {
  const p = planVisit(root, match)
  const has = contains(match)
  const functions: string[] = []
  const names = new Map<AST.AST, string>()
  const used = new Set<number>()
  let temp = 0
  const top = AST.underlying(root)
  const fields = top._tag === 'Struct' ? top.fields.length : 0
  const slot = (node: AST.AST): string => {
    const i = p.slotOf.get(node)!
    used.add(i)
    return `k${i}`
  }
  const object = (v: string) => `typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})`
  /** Statements that visit the value in `v` (where: `t`), returning false when a callback does. */
  const visit = (node: AST.AST, v: string, t: string, ind: string): string => {
    if (match(node)) return `${ind}if (!${slot(node)}(${v}, ${t}, s)) return false\n`
    if (!has(node)) return ''
    switch (node._tag) {
      case 'Ref':
        return visit(node.id, v, t, ind)
      case 'Refine':
        return visit(node.from, v, t, ind)
      case 'Array': {
        const i = `i${temp++}`
        const n = `n${temp++}`
        return (
          `${ind}if (Array.isArray(${v})) {\n${ind}  const ${n} = ${v}.length\n` +
          `${ind}  for (let ${i} = 0; ${i} < ${n}; ${i}++) {\n` +
          visit(node.item, `${v}[${i}]`, t, `${ind}    `) +
          `${ind}  }\n${ind}}\n`
        )
      }
      default:
        return `${ind}if (!${fn(node)}(${v}, ${t}, s)) return false\n`
    }
  }
  const fn = (node: AST.AST): string => {
    if (node._tag === 'Suspend') return fn(node.get())
    const known = names.get(node)
    if (known !== undefined) return known
    const name = `g${names.size}`
    names.set(node, name)
    let body = ''
    switch (node._tag) {
      case 'Struct':
        body += `    if (!(${object('v')})) return true\n`
        for (const [k, f] of node.fields.entries()) {
          if (!has(f.type)) continue
          const x = `x${temp++}`
          body += `    const ${x} = v[${str(f.key)}]\n    if (${x} !== undefined) {\n`
          if (node === top && fields > 0 && AST.underlying(f.type)._tag === 'Array') {
            // the root's arrays: say which item a value lies in
            const item = (AST.underlying(f.type) as AST.ArrayNode).item
            const i = `i${temp++}`
            body +=
              `      if (Array.isArray(${x})) for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {\n` +
              visit(item, `${x}[${i}]`, `${i} * ${fields} + ${k}`, '        ') +
              `      }\n`
          } else body += visit(f.type, x, node === top ? '-1' : 't', '      ')
          body += `    }\n`
        }
        break
      case 'Tagged':
        body +=
          `    if (!(${object('v')})) return true\n    switch (v[${str(node.tag)}]) {\n` +
          node.members
            .filter((m) => has(m.type))
            .map(
              (m) =>
                `      case ${str(m.value)}:\n${visit(m.type, 'v', 't', '        ')}        return true\n`,
            )
            .join('') +
          `    }\n`
        break
      case 'Union':
        for (const a of node.alternatives) {
          const w = a.when
          const cond =
            w._tag === 'TypeOf'
              ? w.type === 'object'
                ? object('v')
                : `typeof v === ${str(w.type)}`
              : w._tag === 'Has'
                ? `${object('v')} && Object.prototype.propertyIsEnumerable.call(v, ${str(w.key)})`
                : 'true'
          body += `    if (${cond}) {\n${visit(a.type, 'v', 't', '      ')}      return true\n    }\n`
        }
        break
      default:
        body += visit(node, 'v', 't', '    ')
    }
    functions.push(`  function ${name}(v, t, s) {\n${body}    return true\n  }\n`)
    return name
  }
  const main = has(root) ? fn(root) : undefined
  const kit = [...used]
    .sort((a, b) => a - b)
    .map((i) => `  const k${i} = kit[${i}]\n`)
    .join('')
  const code =
    main === undefined
      ? '(kit) => (value, s) => true'
      : `(kit) => {\n${kit}${functions.join('')}  return (value, s) => ${main}(value, -1, s)\n}`
  return { fingerprint: p.fingerprint, code }
}
