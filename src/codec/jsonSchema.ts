/**
 * The JSON Schema interpreter: a JSON Schema (draft 2020-12) of the values a node accepts,
 * derived from the description alone, so it cannot drift from the decoders.
 *
 * Two profiles. `standard` says as much as JSON Schema can: lengths, bounds, patterns,
 * unknown keys refused, unions decided as the decoder decides them (`if` / `then` /
 * `else`). `strict` is for the structured-output modes of language models, which accept
 * only a small, common subset of JSON Schema: every property is listed in `required` (an
 * optional one may be `null`, which `nulls: 'absent'` reads as absent), every object has
 * `additionalProperties: false`, and only the keywords in {@link STRICT_KEYWORDS} occur.
 * What the strict profile cannot say (lengths, bounds, patterns) is said in words in the
 * descriptions, where a model reads it.
 *
 * What no JSON Schema can say is listed per check in {@link CHECKS}: a check that is
 * `declared-only` is left out of the schema, named in the description of the node that
 * carries it, and left out of {@link expressible} — the description with exactly what the
 * schema checks, which the tests compare with a JSON Schema validator.
 *
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as AST from './AST.js'
import { underlying } from './AST.js'
import * as A from './AST.js'
import type { AnyCheck, Check, CheckId } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A JSON Schema (or a part of one): plain JSON data. */
export type JsonSchema = { readonly [keyword: string]: unknown }

/** Which subset of JSON Schema to write. */
export type Profile = 'standard' | 'strict'

/** What the interpreter could not describe, and where. */
export interface Unsupported {
  readonly path: ReadonlyArray<string>
  readonly message: string
}

/** Options of {@link make}. */
export interface Options {
  readonly profile?: Profile
  /** The schema's `title`. */
  readonly title?: string
  /** The schema's `description` (the root node's own description otherwise). */
  readonly description?: string
  /**
   * The description of a property of a struct, by the struct's label and the property's
   * key, when the field has none of its own.
   */
  readonly describe?: (struct: string, key: string) => string | undefined
  /** The description of a struct, by its label, when its node has none of its own. */
  readonly describeStruct?: (struct: string) => string | undefined
}

/** The dialect every schema declares. */
export const DIALECT = 'https://json-schema.org/draft/2020-12/schema'

/**
 * The keywords the strict profile uses: those the structured-output modes of the main
 * model providers accept (OpenAI's strict mode, Anthropic's structured outputs, Gemini's
 * response schema): no lengths, bounds, patterns, formats, `oneOf`, `not`, `if` / `then`
 * or `patternProperties`.
 */
export const STRICT_KEYWORDS: ReadonlyArray<string> = [
  '$schema',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'anyOf',
]

// -------------------------------------------------------------------------------------
// checks
// -------------------------------------------------------------------------------------

/** The pattern of a well-formed string: no C0 control but tab, LF and CR, no lone surrogate. */
export const WELL_FORMED_PATTERN =
  '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uD800-\\uDFFF]*$'

/** The pattern of a string that is not blank. */
export const NOT_BLANK_PATTERN = '\\S'

/**
 * How the schema states each check: a pattern, nothing more than the structure already
 * says (`implied`), or not at all (`declared-only`: JSON Schema cannot express it).
 */
export type Treatment =
  | { readonly _tag: 'pattern'; readonly pattern: string }
  | { readonly _tag: 'keywords'; readonly schema: JsonSchema }
  | { readonly _tag: 'implied' }
  | { readonly _tag: 'declared-only'; readonly why: string }

const declared = (why: string): Treatment => ({ _tag: 'declared-only', why })

/** A regular expression as a JSON Schema pattern, if its flags allow it. */
const patternOf = (regex: RegExp): Treatment =>
  regex.flags.replace(/[gyu]/g, '') === ''
    ? { _tag: 'pattern', pattern: regex.source }
    : declared(`the pattern ${String(regex)} has flags JSON Schema cannot state`)

/**
 * How the schema treats each named check: a check added to `Params` does not compile
 * until it is decided here.
 */
export const CHECKS: { readonly [K in CheckId]: (check: Check<never, K>) => Treatment } = {
  'not-blank': () => ({ _tag: 'pattern', pattern: NOT_BLANK_PATTERN }),
  'well-formed': () => ({ _tag: 'pattern', pattern: WELL_FORMED_PATTERN }),
  pattern: (c) => patternOf(c.params.regex),
  id: (c) => patternOf(c.params.regex),
  bcp47: (c) => patternOf(c.params.regex),
  'country-code': (c) => patternOf(c.params.regex),
  edtf: () => declared('an EDTF time is parsed, not matched'),
  duration: () => declared('an ISO 8601 duration is parsed, not matched'),
  predicate: (c) => declared(`"${c.params.name}" is a function`),
  'span-length': () => declared('it compares two properties with the length of a third'),
  'some-key': (c) => ({
    _tag: 'keywords',
    schema: { anyOf: c.params.keys.map((k) => ({ required: [k] })) },
  }),
  'time-order': () => declared('it compares two times, which are parsed'),
  'band-factuality': () => declared('it relates two properties by a table'),
  'format-version': () => ({ _tag: 'implied' }),
  'report-integrity': () => declared('it relates nodes to each other and to the text'),
}

/** The treatment of a check. */
export const treatment = (check: AnyCheck): Treatment =>
  (CHECKS[check.id] as (c: AnyCheck) => Treatment)(check)

/** Every check that no JSON Schema states, with the reason. */
export const DECLARED_ONLY: ReadonlyArray<CheckId> = [
  'edtf',
  'duration',
  'predicate',
  'span-length',
  'time-order',
  'band-factuality',
  'report-integrity',
]

const isDeclaredOnly = (check: AnyCheck): boolean => treatment(check)._tag === 'declared-only'

// -------------------------------------------------------------------------------------
// expressible
// -------------------------------------------------------------------------------------

/**
 * The description of exactly what the standard schema checks: the same node with every
 * `declared-only` check left out (a string's check dropped, a refinement replaced by what
 * it refines). Decoding with it and validating with the schema agree.
 */
export const expressible: (node: AST.AST) => AST.AST = A.memoize((node, self) => {
  switch (node._tag) {
    case 'String':
      return node.checks.some(isDeclaredOnly)
        ? A.string(node.annotations, {
            min: node.min,
            max: node.max,
            code: node.code,
            checks: node.checks.filter((c) => !isDeclaredOnly(c)),
          })
        : node
    case 'Array':
      return A.array(node.annotations, self(node.item), { min: node.min, max: node.max })
    case 'Struct':
      return A.struct(
        node.annotations,
        node.fields.map((f) => ({ ...f, type: self(f.type) })),
      )
    case 'Tagged':
      return A.tagged(
        node.annotations,
        node.tag,
        node.members.map((m) => ({ value: m.value, type: self(m.type) })),
      )
    case 'Union':
      return A.union(
        node.annotations,
        node.alternatives.map((a) => ({ when: a.when, type: self(a.type) })),
      )
    case 'Ref':
      return A.ref(node.annotations, self(node.id), {
        to: node.to,
        ...(node.actorKind === undefined ? {} : { actorKind: node.actorKind }),
        acyclic: node.acyclic,
      })
    case 'Refine':
      return isDeclaredOnly(node.check)
        ? self(node.from)
        : A.refine(node.annotations, self(node.from), node.check, node.stage)
    case 'Suspend':
      return A.suspend(node.annotations, () => self(node.get()))
    case 'Number':
    case 'Boolean':
    case 'Literal':
    case 'Enum':
    case 'Json':
    case 'Declare':
      return node
  }
})

// -------------------------------------------------------------------------------------
// interpreter
// -------------------------------------------------------------------------------------

class Refusal {
  constructor(
    readonly path: ReadonlyArray<string>,
    readonly message: string,
  ) {}
}

/** Whether a node becomes a definition of its own in `$defs`. */
const isDefinition = (node: AST.AST): boolean => {
  switch (node._tag) {
    case 'Struct':
    case 'Tagged':
    case 'Suspend':
      return true
    case 'String':
      return node.annotations.identifier !== undefined
    case 'Refine': {
      const u = underlying(node.from)
      return u._tag === 'Struct' || u._tag === 'Tagged'
    }
    default:
      return false
  }
}

const nameOf = (node: AST.AST): string => node.annotations.identifier ?? node.annotations.label

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** What the strict profile leaves out of a string, in words. */
const stringWords = (node: AST.StringNode): ReadonlyArray<string> => {
  const words: Array<string> = []
  const implied = new Set(node.checks.flatMap((c) => c.implies))
  for (const c of node.checks)
    if (!implied.has(c.id as never) && c.id !== 'well-formed') words.push(c.description)
  if (node.max < 1_000_000) words.push(`at most ${plural(node.max, 'character')}`)
  return words
}

const join = (...parts: ReadonlyArray<string | undefined>): string | undefined => {
  const ps = parts.filter((p): p is string => p !== undefined && p !== '')
  return ps.length === 0 ? undefined : ps.map((p) => p.replace(/\.?$/, '.')).join(' ')
}

const sentence = (words: ReadonlyArray<string>): string | undefined =>
  words.length === 0
    ? undefined
    : `${words[0]!.charAt(0).toUpperCase()}${words.join('; ').slice(1)}`

const withDescription = (schema: JsonSchema, description: string | undefined): JsonSchema => {
  if (description === undefined) return schema
  const { description: _, ...rest } = schema
  return { description, ...rest }
}

/**
 * The JSON Schema of a node, with every reused or recursive definition in `$defs`; or what
 * could not be described (a `Declare` node, a required JSON value in the strict profile),
 * with its path. Never throws.
 */
export const make = (node: AST.AST, options: Options = {}): E.Either<Unsupported, JsonSchema> => {
  const strict = options.profile === 'strict'
  const defs = new Map<string, JsonSchema>()
  const names = new Map<AST.AST, string>()
  const taken = new Set<string>()

  const reserve = (n: AST.AST): string => {
    const base = nameOf(n).replace(/[^A-Za-z0-9_.-]/g, '_')
    let name = base
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`
    taken.add(name)
    names.set(n, name)
    return name
  }

  /** A schema that refers to a node: its definition, or the node inline. */
  const use = (n: AST.AST, path: ReadonlyArray<string>): JsonSchema => {
    if (n === node) return { $ref: '#' }
    if (strict && n._tag === 'String') return body(n, path)
    if (!isDefinition(n)) return body(n, path)
    if (n._tag === 'Suspend') {
      // Several recursive nodes may stand for one definition: one name for all.
      const same = names.get(n.get())
      if (same !== undefined && !names.has(n)) names.set(n, same)
    }
    const known = names.get(n)
    if (known !== undefined) return { $ref: `#/$defs/${known}` }
    const name = reserve(n)
    defs.set(name, {})
    defs.set(name, body(n, path))
    return { $ref: `#/$defs/${name}` }
  }

  const nullable = (s: JsonSchema): JsonSchema =>
    typeof s['type'] === 'string' && s['enum'] === undefined
      ? { ...s, type: [s['type'], 'null'] }
      : Object.keys(s).every((k) => k === 'anyOf' || k === 'description')
        ? { ...s, anyOf: [...(s['anyOf'] as ReadonlyArray<unknown>), { type: 'null' }] }
        : { anyOf: [s, { type: 'null' }] }

  const body = (n: AST.AST, path: ReadonlyArray<string>): JsonSchema => {
    const own = n.annotations.description
    switch (n._tag) {
      case 'String': {
        if (strict) return withDescription({ type: 'string' }, join(own, sentence(stringWords(n))))
        // Only a check the schema states can stand in for the checks it implies.
        const implied = new Set(
          n.checks.filter((c) => treatment(c)._tag === 'pattern').flatMap((c) => c.implies),
        )
        const patterns: Array<string> = []
        const more: Array<JsonSchema> = []
        const unstated: Array<string> = []
        for (const c of n.checks) {
          if (implied.has(c.id as never)) continue
          const t = treatment(c)
          if (t._tag === 'pattern') patterns.push(t.pattern)
          else if (t._tag === 'keywords') more.push(t.schema)
          else if (t._tag === 'declared-only') unstated.push(c.description)
        }
        const s: Record<string, unknown> = { type: 'string' }
        if (n.min > 0) s['minLength'] = n.min
        if (n.max < 1_000_000) s['maxLength'] = n.max
        if (patterns[0] !== undefined) s['pattern'] = patterns[0]
        const all = [...patterns.slice(1).map((p) => ({ pattern: p })), ...more]
        if (all.length > 0) s['allOf'] = all
        return withDescription(
          s,
          join(
            own,
            unstated.length === 0
              ? undefined
              : `Not checked by this schema: ${unstated.join('; ')}`,
          ),
        )
      }
      case 'Number': {
        const s: Record<string, unknown> = { type: n.integer ? 'integer' : 'number' }
        const words: Array<string> = []
        if (n.min !== undefined) {
          if (strict) words.push(`at least ${n.min}`)
          else s['minimum'] = n.min
        }
        if (n.max !== undefined) {
          if (strict) words.push(`at most ${n.max}`)
          else s['maximum'] = n.max
        }
        return withDescription(s, join(own, sentence(words)))
      }
      case 'Boolean':
        return withDescription({ type: 'boolean' }, own)
      case 'Literal':
        return withDescription(
          strict
            ? { type: typeof n.value === 'number' ? 'number' : 'string', enum: [n.value] }
            : { const: n.value },
          own,
        )
      case 'Enum':
        return withDescription({ type: 'string', enum: [...n.values] }, own)
      case 'Array': {
        const s: Record<string, unknown> = { type: 'array', items: use(n.item, [...path, '*']) }
        const words: Array<string> = []
        if (n.min > 0) {
          if (strict) words.push(`at least ${plural(n.min, 'item')}`)
          else s['minItems'] = n.min
        }
        if (Number.isFinite(n.max)) {
          if (strict) words.push(`at most ${plural(n.max, 'item')}`)
          else s['maxItems'] = n.max
        }
        return withDescription(s, join(own, sentence(words)))
      }
      case 'Struct': {
        const properties: Record<string, unknown> = {}
        const required: Array<string> = []
        for (const f of n.fields) {
          const target = underlying(f.type)
          if (strict && target._tag === 'Json') {
            if (f.optional) continue
            throw new Refusal(
              [...path, f.key],
              'a required JSON value cannot be described with additionalProperties: false',
            )
          }
          const described =
            f.description ?? options.describe?.(n.annotations.label, f.key) ?? undefined
          const s = use(f.type, [...path, f.key])
          const t = strict && f.optional ? nullable(s) : s
          const { description: inner, ...rest } = t
          properties[f.key] = withDescription(
            rest,
            join(
              described ??
                (inner === undefined || f.type._tag === 'Array' ? words(f.type) : undefined),
              inner as string | undefined,
              strict && f.optional ? 'Null when not known or not stated' : undefined,
            ),
          )
          if (strict || !f.optional) required.push(f.key)
        }
        return withDescription(
          { type: 'object', properties, required, additionalProperties: false },
          own ?? options.describeStruct?.(n.annotations.label),
        )
      }
      case 'Tagged':
        return withDescription(
          { anyOf: n.members.map((m) => use(m.type, [...path, `${n.tag}=${m.value}`])) },
          own,
        )
      case 'Union': {
        if (strict)
          return withDescription(
            { anyOf: n.alternatives.map((a, i) => use(a.type, [...path, `|${i}`])) },
            own,
          )
        // The first alternative whose condition holds decides, as in the decoder.
        let s: JsonSchema | false = false
        for (let i = n.alternatives.length - 1; i >= 0; i--) {
          const a = n.alternatives[i]!
          const then = use(a.type, [...path, `|${i}`])
          s = a.when._tag === 'Otherwise' ? then : { if: condition(a.when), then, else: s }
        }
        return withDescription(s === false ? { not: {} } : s, own)
      }
      case 'Ref': {
        const to = n.actorKind === undefined ? `${n.to}` : `${n.to} (${n.actorKind})`
        const s = use(n.id, path)
        return withDescription(
          s,
          join(own, `The id of ${/^[aeiou]/.test(to) ? 'an' : 'a'} ${to} of the report`),
        )
      }
      case 'Refine': {
        const t = treatment(n.check)
        const from =
          underlying(n.from) === n.from && isDefinition(n.from)
            ? body(n.from, path)
            : use(n.from, path)
        if (t._tag === 'keywords' && !strict)
          return {
            ...from,
            allOf: [...((from['allOf'] as ReadonlyArray<unknown>) ?? []), t.schema],
          }
        if (t._tag === 'pattern' && !strict)
          return {
            ...from,
            allOf: [...((from['allOf'] as ReadonlyArray<unknown>) ?? []), { pattern: t.pattern }],
          }
        if (t._tag === 'implied') return from
        const note =
          strict || t._tag === 'pattern' || t._tag === 'keywords'
            ? n.check.description
            : `Not checked by this schema: ${n.check.description}`
        return withDescription(
          from,
          join(
            from['description'] as string | undefined,
            own,
            note.charAt(0).toUpperCase() + note.slice(1),
          ),
        )
      }
      case 'Suspend': {
        // The definition of a recursive node is the node it stands for, under one name.
        const inner = n.get()
        const mine = names.get(n)
        if (!isDefinition(inner)) return use(inner, path)
        if (mine !== undefined && !names.has(inner)) names.set(inner, mine)
        return body(inner, path)
      }
      case 'Json':
        return withDescription(json(), own)
      case 'Declare':
        throw new Refusal(
          path,
          `${n.annotations.label} is a foreign io-ts type with no description`,
        )
    }
  }

  /** Any JSON value, as the decoder reads one (a definition of its own: it is recursive). */
  const json = (): JsonSchema => {
    const name = 'Json'
    if (!defs.has(name)) {
      taken.add(name)
      defs.set(name, {
        description: 'Any JSON value; the key "__proto__" is refused',
        anyOf: [
          { type: ['null', 'boolean', 'number'] },
          { type: 'string', pattern: WELL_FORMED_PATTERN },
          { type: 'array', items: { $ref: '#/$defs/Json' } },
          {
            type: 'object',
            propertyNames: { not: { const: '__proto__' }, pattern: WELL_FORMED_PATTERN },
            additionalProperties: { $ref: '#/$defs/Json' },
          },
        ],
      })
    }
    return { $ref: '#/$defs/Json' }
  }

  try {
    const root = body(node, [])
    const head: Record<string, unknown> = { $schema: DIALECT }
    if (options.title !== undefined) head['title'] = options.title
    const description = options.description ?? (root['description'] as string | undefined)
    if (description !== undefined) head['description'] = description
    const { description: _, ...rest } = root
    const sorted = [...defs.keys()].sort()
    return E.right({
      ...head,
      ...rest,
      ...(sorted.length === 0
        ? {}
        : { $defs: Object.fromEntries(sorted.map((k) => [k, defs.get(k)!])) }),
    })
  } catch (e) {
    if (e instanceof Refusal) return E.left({ path: e.path, message: e.message })
    throw e
  }
}

const an = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`

/** A property's value in words, for a property whose interface says nothing of it. */
const words = (node: AST.AST): string => {
  const n = node._tag === 'Suspend' ? node : node._tag === 'Refine' ? underlying(node) : node
  switch (n._tag) {
    case 'String':
      return n.annotations.identifier !== undefined
        ? `The ${n.annotations.identifier.replace(/Id$/, '').toLowerCase()}'s id`
        : n.min > 0
          ? 'A non-empty string'
          : 'A string'
    case 'Number':
      return n.integer ? 'An integer' : 'A number'
    case 'Boolean':
      return 'True or false'
    case 'Literal':
      return `Always ${JSON.stringify(n.value)}`
    case 'Enum':
      return `${capital(an(n.annotations.label))}: one of the values listed`
    case 'Array':
      return `A list; each item: ${lower(words(n.item))}`
    case 'Json':
      return 'Any JSON value: data of the pipeline that made the document, kept as it is'
    case 'Ref':
      return `The id of ${an(n.actorKind ?? n.to)} of the report`
    case 'Struct':
    case 'Tagged':
    case 'Union':
    case 'Suspend':
    case 'Refine':
    case 'Declare':
      return capital(an(n.annotations.label))
  }
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

const condition = (when: AST.Condition): JsonSchema => {
  switch (when._tag) {
    case 'TypeOf':
      return { type: when.type }
    case 'Has':
      return { type: 'object', required: [when.key] }
    case 'Otherwise':
      return {}
  }
}
