/**
 * The arbitraries: an interpreter of the AST into fast-check arbitraries of values a node
 * accepts, and of near misses (structure-aware mutations of such values) that it rejects
 * or accepts exactly as the decoder does.
 *
 * Named checks are implemented by generators that stay within them (an id, an EDTF time,
 * a duration), by repairs that move a value into them (a span's end, a likelihood's
 * factuality), by filtering, or are declared only: a node whose values cannot be
 * generated (a `Declare`d io-ts type, a report's integrity) is refused with its path,
 * unless the caller supplies the arbitrary (references, through {@link Options.ref}).
 *
 * Recursion is unrolled to a fixed depth ({@link Options.depth}); past it, the members of
 * a union that recurse are left out.
 *
 * @internal
 */
import * as fc from 'fast-check'
import type * as AST from './AST.js'
import { holds, underlying } from './AST.js'
import type { AnyCheck, Check, CheckId } from './checks.js'
import { isWellFormed } from './checks.js'
import { MAX_STRING_LENGTH } from './limits.js'

/**
 * Options of the arbitrary of a codec.
 *
 * @category model
 * @since 0.2.0
 */
export interface Options {
  /**
   * The ids a reference may take; `undefined` when no node it may point at exists, so that
   * an optional property holding it is left out and a union member needing it is not
   * chosen. Without it, references are any well-formed ids.
   */
  readonly ref?: (node: AST.RefNode) => fc.Arbitrary<string> | undefined
  /** How deep recursive definitions go (default 3). */
  readonly depth?: number
  /** How many items past its minimum an array has at most (default 3). */
  readonly extraItems?: number
}

/**
 * What the arbitraries throw for a codec whose values they cannot generate (a declared
 * io-ts type, a check declared only), with the path of the node in the codec's
 * description (`*` for any array item).
 *
 * @category errors
 * @since 0.2.0
 */
export class Unsupported extends Error {
  constructor(
    /** Where the node is: property names, `*` for array items. */
    readonly path: string,
    /** Why its values cannot be generated. */
    readonly reason: string,
  ) {
    super(`cannot generate values at ${path === '' ? 'the root' : path}: ${reason}`)
    this.name = 'Unsupported'
  }
}

/** A string arbitrary that stays within a check, for the node it is in. */
type Generate<K extends CheckId> = (
  check: Check<never, K>,
  node: AST.StringNode,
) => fc.Arbitrary<string>

/** How the arbitraries treat one check. */
export type Implementation<K extends CheckId> =
  | { readonly generate: Generate<K> }
  | { readonly repair: (check: Check<never, K>) => (a: never) => unknown }
  | 'filter'
  | 'declared only'

const pad = (n: number, w: number) => String(n).padStart(w, '0')

/** One arbitrary per pattern: building one from a regular expression is costly. */
const byPattern = new WeakMap<RegExp, fc.Arbitrary<string>>()
const matching = (regex: RegExp): fc.Arbitrary<string> => {
  let a = byPattern.get(regex)
  if (a === undefined) byPattern.set(regex, (a = fc.stringMatching(regex)))
  return a
}

const alnum = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''),
)
const idChar = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-'.split(''),
)

/** Ids over the whole of the id pattern, mostly short. */
export const ids: fc.Arbitrary<string> = fc
  .tuple(
    alnum,
    fc.oneof(
      { weight: 9, arbitrary: fc.string({ unit: idChar, maxLength: 11 }) },
      { weight: 1, arbitrary: fc.string({ unit: idChar, maxLength: 127 }) },
    ),
  )
  .map(([a, b]) => a + b)

const clockOf = fc
  .record({
    h: fc.integer({ min: 0, max: 23 }),
    m: fc.integer({ min: 0, max: 59 }),
    s: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    zone: fc.oneof(
      fc.constant(''),
      fc.constant('Z'),
      fc
        .record({
          sign: fc.constantFrom('+', '-'),
          h: fc.integer({ min: 0, max: 14 }),
          m: fc.constantFrom(0, 30, 45),
        })
        .map(({ sign, h, m }) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  })
  .map(
    ({ h, m, s, zone }) =>
      `${pad(h, 2)}:${pad(m, 2)}${s === undefined ? '' : `:${pad(s, 2)}`}${zone}`,
  )

const dateOf = fc
  .record({
    year: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1900, max: 2100 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 9999 }) },
    ),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day', 'time'),
    unknownYear: fc.boolean(),
    clock: clockOf,
    qualifier: fc.constantFrom('', '', '', '?', '~', '%'),
  })
  .map(({ year, month, day, precision, unknownYear, clock, qualifier }) => {
    const y = unknownYear && precision !== 'year' ? 'XXXX' : pad(year, 4)
    const base =
      precision === 'year'
        ? y
        : precision === 'month'
          ? `${y}-${pad(month, 2)}`
          : `${y}-${pad(month, 2)}-${pad(day, 2)}${precision === 'time' ? `T${clock}` : ''}`
    return base + qualifier
  })

/** EDTF times: dates of every precision, with qualifiers and times of day, and intervals. */
const edtfOf: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: dateOf },
  { weight: 1, arbitrary: fc.tuple(dateOf, dateOf).map(([a, b]) => `${a}/${b}`) },
  { weight: 1, arbitrary: dateOf.map((a) => `${a}/..`) },
  { weight: 1, arbitrary: dateOf.map((b) => `../${b}`) },
  { weight: 1, arbitrary: dateOf.map((a) => `${a}/`) },
  { weight: 1, arbitrary: dateOf.map((b) => `/${b}`) },
)

const part = fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined, freq: 2 })
/** ISO 8601 durations with any choice of parts. */
const durationOf: fc.Arbitrary<string> = fc
  .tuple(part, part, part, part, part, part, part)
  .map(([y, mo, w, d, h, mi, s]) => {
    const date = [
      [y, 'Y'],
      [mo, 'M'],
      [w, 'W'],
      [d, 'D'],
    ] as const
    const time = [
      [h, 'H'],
      [mi, 'M'],
      [s, 'S'],
    ] as const
    const write = (parts: ReadonlyArray<readonly [number | undefined, string]>) =>
      parts.map(([n, l]) => (n === undefined ? '' : `${n}${l}`)).join('')
    const t = write(time)
    const out = `P${write(date)}${t === '' ? '' : `T${t}`}`
    return out === 'P' ? 'P0D' : out
  })

const languages = fc.oneof(
  fc.constantFrom('en', 'en-US', 'ar', 'fr-CA', 'zh-Hant-TW', 'es-419', 'he', 'fa-IR'),
  fc.stringMatching(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$/),
)
const countries = fc.oneof(
  fc.constantFrom('USA', 'IRQ', 'ISR', 'IRN', 'LBN', 'SYR', 'GBR', 'FRA', 'UKR', 'RUS', 'CHN'),
  fc.stringMatching(/^[A-Z]{3}$/),
)

/** How the arbitraries treat each check (a new check does not compile until it is decided here). */
export const CHECKS: { readonly [K in CheckId]: Implementation<K> } = {
  'not-blank': 'filter',
  'well-formed': 'filter',
  pattern: { generate: (c) => matching(c.params.regex) },
  id: { generate: () => ids },
  edtf: { generate: () => edtfOf },
  duration: { generate: () => durationOf },
  bcp47: { generate: () => languages },
  'country-code': { generate: () => countries },
  predicate: 'filter',
  'span-length': {
    repair: () => (s: never) => {
      const span = s as { start: number; text: string }
      return { ...span, end: span.start + span.text.length }
    },
  },
  'some-key': 'filter',
  'time-order': 'filter',
  'band-factuality': {
    repair: (c) => (l: never) => {
      const likelihood = l as { readonly band?: string; readonly factuality: string }
      const implied =
        likelihood.band === undefined ? undefined : c.params.table.get(likelihood.band)
      return implied === undefined ? likelihood : { ...likelihood, factuality: implied }
    },
  },
  'format-version': 'filter',
  'report-integrity': 'declared only',
}

const implementationOf = (check: AnyCheck): Implementation<CheckId> =>
  CHECKS[check.id] as Implementation<CheckId>

/** Characters of text: letters, white space, letters of other scripts, a pair of surrogates. */
const textUnit = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '.', ',', '-', "'") },
  { weight: 2, arbitrary: fc.constantFrom('A', 'I', 'U', 'S', 'Q') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('é', 'ü', 'ñ', 'ع', 'ש', '中', 'д', '😀', '\n', '\t', '\u200f'),
  },
)

const text = (min: number, max: number, extra: number): fc.Arbitrary<string> =>
  fc.string({
    unit: textUnit,
    minLength: Math.min(min, max),
    maxLength: Math.min(max, Math.max(min, 1) + 8 * extra),
  })

const stringOf = (node: AST.StringNode, extra: number): fc.Arbitrary<string> => {
  const max = Math.min(node.max, MAX_STRING_LENGTH)
  let base: fc.Arbitrary<string> | undefined
  for (const c of node.checks) {
    const i = implementationOf(c)
    if (typeof i === 'object' && 'generate' in i) {
      base = (i.generate as Generate<CheckId>)(c as Check<never, CheckId>, node)
      break
    }
  }
  const tests = node.checks.map((c) => c.test as (s: string) => boolean)
  return (base ?? text(node.min, max, extra)).filter(
    (s) => s.length >= node.min && s.length <= max && tests.every((t) => t(s)),
  )
}

const numberOf = (node: AST.NumberNode): fc.Arbitrary<number> => {
  const lo = node.min ?? (node.max === undefined ? -1e6 : node.max - 2e6)
  const hi = node.max ?? lo + 2e6
  if (node.integer) {
    const min = Math.max(Math.ceil(lo), Number.MIN_SAFE_INTEGER)
    const max = Math.min(Math.floor(hi), Number.MAX_SAFE_INTEGER)
    return fc.integer({ min, max }).map((n) => (n === 0 ? 0 : n))
  }
  return fc
    .double({
      min: lo,
      max: hi,
      noNaN: true,
      noDefaultInfinity: true,
    })
    .filter((n) => Number.isFinite(n) && !Object.is(n, -0))
}

const jsonKey = text(0, 12, 1).filter((k) => k !== '__proto__' && isWellFormed(k))
const jsonText = text(0, 20, 1).filter(isWellFormed)

/** JSON values as `Codec.json` accepts them (no -0, which JSON cannot write). */
export const jsonValues = (depth: number): fc.Arbitrary<unknown> => {
  const leaf = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -1000, max: 1000 }).map((n) => (n === 0 ? 0 : n)),
    fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
      .map((n) => (n === 0 ? 0 : n)),
    jsonText,
  )
  if (depth <= 0) return leaf
  const inner = jsonValues(depth - 1)
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(jsonKey, inner, { maxKeys: 3, noNullPrototype: true }) },
  )
}

/**
 * The arbitrary of values a node accepts, or `undefined` when none can be made here (a
 * reference with no node to point at, recursion past its depth).
 */
const build = (root: AST.AST, options: Options): fc.Arbitrary<unknown> | undefined => {
  const depthLimit = options.depth ?? 3
  const extra = options.extraItems ?? 3
  const memo = new Map<AST.AST, Map<number, fc.Arbitrary<unknown> | undefined>>()
  const active = new Map<AST.SuspendNode, number>()
  let level = 0
  const path: string[] = []

  const go = (node: AST.AST): fc.Arbitrary<unknown> | undefined => {
    let byLevel = memo.get(node)
    if (byLevel === undefined) memo.set(node, (byLevel = new Map()))
    if (byLevel.has(level)) return byLevel.get(level)
    const a = make(node)
    byLevel.set(level, a)
    return a
  }

  const at = (key: string, f: () => fc.Arbitrary<unknown> | undefined) => {
    path.push(key)
    try {
      return f()
    } finally {
      path.pop()
    }
  }

  const make = (node: AST.AST): fc.Arbitrary<unknown> | undefined => {
    switch (node._tag) {
      case 'String':
        return stringOf(node, extra)
      case 'Number':
        return numberOf(node)
      case 'Boolean':
        return fc.boolean()
      case 'Literal':
        return fc.constant(node.value)
      case 'Enum':
        return fc.constantFrom(...node.values)
      case 'Array': {
        const item = at('*', () => go(node.item))
        if (item === undefined) return node.min === 0 ? fc.constant([]) : undefined
        return fc.array(item, {
          minLength: node.min,
          maxLength: Math.min(node.max, node.min + extra),
        })
      }
      case 'Struct': {
        const model: Record<string, fc.Arbitrary<unknown>> = {}
        const required: string[] = []
        for (const f of node.fields) {
          const a = at(f.key, () => go(f.type))
          if (a === undefined) {
            if (!f.optional) return undefined
            continue
          }
          model[f.key] = a
          if (!f.optional) required.push(f.key)
        }
        return fc.record(model, { requiredKeys: required, noNullPrototype: true })
      }
      case 'Tagged': {
        const members = node.members
          .map((m) => at(m.value, () => go(m.type)))
          .filter((a): a is fc.Arbitrary<unknown> => a !== undefined)
        return members.length === 0 ? undefined : fc.oneof(...members)
      }
      case 'Union': {
        const alternatives: Array<fc.Arbitrary<unknown>> = []
        node.alternatives.forEach((alt, i) => {
          const a = at(`<${i}>`, () => go(alt.type))
          // a value goes to the first alternative whose condition holds
          if (a !== undefined)
            alternatives.push(
              a.filter((v) => node.alternatives.findIndex((x) => holds(x.when, v)) === i),
            )
        })
        return alternatives.length === 0 ? undefined : fc.oneof(...alternatives)
      }
      case 'Ref': {
        if (options.ref !== undefined) return options.ref(node)
        return go(node.id)
      }
      case 'Refine': {
        const from = go(node.from)
        if (from === undefined) return undefined
        const check = node.check
        const i = implementationOf(check)
        const test = check.test as (a: unknown) => boolean
        if (i === 'declared only')
          throw new Unsupported(path.join('/'), `the check "${check.id}" is declared only`)
        if (i === 'filter') return from.filter(test)
        if ('repair' in i)
          return from
            .map((i.repair as unknown as (c: AnyCheck) => (a: unknown) => unknown)(check))
            .filter(test)
        return from.filter(test)
      }
      case 'Suspend': {
        const seen = active.get(node) ?? 0
        if (seen >= depthLimit) return undefined
        active.set(node, seen + 1)
        level++
        try {
          return at(node.annotations.identifier, () => go(node.get()))
        } finally {
          level--
          active.set(node, seen)
        }
      }
      case 'Json':
        return jsonValues(2)
      case 'Declare':
        throw new Unsupported(path.join('/'), `${node.annotations.label} is a declared io-ts type`)
    }
  }

  return go(root)
}

/**
 * The arbitrary of values a node accepts. Throws {@link Unsupported}, naming the path, for
 * a node it cannot generate values of (a declared io-ts type, a check declared only, a
 * reference whose pool is empty where the value is required).
 */
export const arbitraryOf = (node: AST.AST, options: Options = {}): fc.Arbitrary<unknown> => {
  const a = build(node, options)
  if (a === undefined)
    throw new Unsupported(
      '',
      `no value of ${node.annotations.label} can be made with these options`,
    )
  return a
}

/** A value different in type from `v`, for a wrong-type mutation. */
const wrongTypes = (v: unknown): ReadonlyArray<unknown> =>
  [null, 0, 'x', true, [], {}, 1.5].filter(
    (w) =>
      typeof w !== typeof v ||
      Array.isArray(w) !== Array.isArray(v) ||
      (w === null) !== (v === null),
  )

/**
 * Mutations of a value at one node: wrong types, and near misses of its constraints.
 * `v` is a valid value of `node`.
 */
const nearMisses = (node: AST.AST, v: unknown): ReadonlyArray<unknown> => {
  const n = underlying(node)
  const out: unknown[] = [...wrongTypes(v), undefined]
  switch (n._tag) {
    case 'String': {
      const s = v as string
      out.push(
        '',
        ' ',
        `${s}\u0000`,
        `${s}\uD800`,
        `\uDC00${s}`,
        `${s}!`,
        ` ${s}`,
        s.toUpperCase(),
        s.slice(1),
      )
      if (n.max < 1000) out.push('x'.repeat(n.max + 1))
      break
    }
    case 'Number': {
      const x = v as number
      out.push(Number.NaN, Infinity, -0, x + 0.5, x + 1, x - 1, String(x))
      if (n.min !== undefined) out.push(n.min - 1)
      if (n.max !== undefined) out.push(n.max + 1)
      break
    }
    case 'Enum':
    case 'Literal':
      out.push(`${String(v)}s`, String(v).toUpperCase(), String(v).slice(0, -1))
      break
    case 'Array': {
      const a = v as ReadonlyArray<unknown>
      out.push([...a, ...a], a.slice(1), [])
      if (a.length > 0) out.push([...a, a[0]])
      break
    }
    case 'Struct':
    case 'Tagged': {
      const o = v as Record<string, unknown>
      const keys = Object.keys(o)
      for (const k of keys) {
        const { [k]: _, ...rest } = o
        out.push(rest, { ...o, [`${k}s`]: o[k] })
      }
      out.push({ ...o, unknown: 1 }, Object.assign(Object.create({ inherited: 1 }) as object, o))
      if (n._tag === 'Tagged')
        out.push({ ...o, [n.tag]: `${String(o[n.tag])}x` }, { ...o, [n.tag]: 1 })
      break
    }
    case 'Json':
      out.push({ a: Number.NaN }, [() => 1], { ['__proto__']: 1 })
      break
    default:
  }
  return out
}

/** The children of a value along its node, with the key under which each lies. */
const childrenOf = (
  node: AST.AST,
  v: unknown,
): ReadonlyArray<readonly [string | number, AST.AST, unknown]> => {
  const n = underlying(node)
  switch (n._tag) {
    case 'Array':
      return Array.isArray(v) ? v.map((x, i) => [i, n.item, x] as const) : []
    case 'Struct': {
      if (typeof v !== 'object' || v === null) return []
      const o = v as Record<string, unknown>
      return n.fields
        .filter((f) => o[f.key] !== undefined)
        .map((f) => [f.key, f.type, o[f.key]] as const)
    }
    case 'Tagged': {
      const o = v as Record<string, unknown>
      const m = n.members.find((x) => x.value === o[n.tag])
      return m === undefined ? [] : childrenOf(m.type, v)
    }
    case 'Union': {
      const alt = n.alternatives.find((a) => holds(a.when, v))
      return alt === undefined ? [] : childrenOf(alt.type, v)
    }
    case 'Ref':
      return []
    default:
      return []
  }
}

/**
 * Structure-aware mutations: a valid value with one change at one place that the
 * description knows about — a wrong type, a missing or misspelled key, an unknown key,
 * a near miss of a string, number, enum or tag, an array too long or too short, a
 * control character. Most are invalid; some are still valid (a near miss that happens to
 * pass), which is as useful for comparing two readings of the format.
 */
export const mutationOf = (node: AST.AST, valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc
    .tuple(valid, fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), fc.nat())
    .map(([v, choices, pick]) => {
      const copy = structuredClone(v)
      // descend while the choices say so: 0 stops here, k > 0 goes to child k - 1
      let here: unknown = copy
      let hereNode = node
      let parent: Record<string | number, unknown> | undefined
      let key: string | number | undefined
      for (const choice of choices) {
        const children = childrenOf(hereNode, here)
        if (children.length === 0 || choice % (children.length + 1) === 0) break
        const [k, childNode, child] = children[(choice % (children.length + 1)) - 1]!
        parent = here as Record<string | number, unknown>
        key = k
        here = child
        hereNode = childNode
      }
      const options = nearMisses(hereNode, here)
      const replacement = options[pick % options.length]
      if (parent === undefined || key === undefined) return replacement
      parent[key] = replacement
      return copy
    })
