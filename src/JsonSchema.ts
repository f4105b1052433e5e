/**
 * JSON Schema (draft 2020-12) of claimgraph's wire format, derived from the codecs'
 * own description, so it cannot drift from what {@link Report.decode} reads. The package
 * publishes the report's schemas as files too: `claimgraph/schema.json` (standard) and
 * `claimgraph/schema.strict.json` (strict), and `claimgraph schema [--strict]` prints them.
 *
 * Two profiles:
 *
 * - `standard` says everything JSON Schema can say: required properties, unknown keys
 *   refused, lengths, bounds, patterns (ids, language tags, country codes, well-formed
 *   text), unions decided as the decoder decides them.
 * - `strict` is for the structured-output modes of language models: every property is
 *   required, an optional one may be `null` (read it back with
 *   `Report.fromJson(text, { nulls: 'absent' })`), every object has
 *   `additionalProperties: false`, and only the keywords in {@link STRICT_KEYWORDS} occur;
 *   lengths, bounds and patterns are stated in words in the descriptions.
 *
 * What no JSON Schema can say — references between nodes, spans against the text, unique
 * ids, EDTF times, relations between two properties — is listed in {@link DECLARED_ONLY}
 * and in the guide: a document the schema accepts still goes through {@link Report.decode}.
 *
 * ```ts
 * import { JsonSchema, Report } from 'claimgraph'
 * import * as fixtures from 'claimgraph/fixtures'
 * import * as E from 'fp-ts/lib/Either.js'
 * import assert from 'node:assert/strict'
 *
 * const schema = JsonSchema.report('strict')
 * assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema')
 * assert.equal(schema['additionalProperties'], false)
 *
 * // What a model answers in strict mode: every optional property present, null when unknown.
 * const answer = JSON.stringify({ ...Report.encode(fixtures.report), url: null })
 * assert.ok(E.isRight(Report.fromJson(answer, { nulls: 'absent' })))
 * ```
 *
 * @since 0.2.0
 */
import type * as E from 'fp-ts/lib/Either.js'
import type { AnyCodec } from './Codec.js'
import * as Interpreter from './codec/jsonSchema.js'
import { describeProperty, describeStruct } from './internal/descriptions.js'
import * as Report from './Report.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A JSON Schema, or a part of one: plain JSON data.
 *
 * @category model
 * @since 0.2.0
 */
export type JsonSchema = { readonly [keyword: string]: unknown }

/**
 * Which subset of JSON Schema to write: `standard` (everything JSON Schema can say) or
 * `strict` (what structured-output modes of language models accept).
 *
 * @category model
 * @since 0.2.0
 */
export type Profile = 'standard' | 'strict'

/**
 * Why a codec has no JSON Schema: a foreign io-ts type inside it (made with
 * `Codec.declare`), or, in the strict profile, a required open-ended JSON value; `path`
 * says where.
 *
 * @category errors
 * @since 0.2.0
 */
export interface Unsupported {
  /** Where, as property keys (`*` for an array's items). */
  readonly path: ReadonlyArray<string>
  readonly message: string
}

/**
 * Options of {@link make}.
 *
 * @category model
 * @since 0.2.0
 */
export interface Options {
  /** `standard` (the default) or `strict`. */
  readonly profile?: Profile
  /** The schema's `title`. */
  readonly title?: string
  /** The schema's `description`. */
  readonly description?: string
}

/**
 * The JSON Schema dialect every schema declares in `$schema`.
 *
 * @category model
 * @since 0.2.0
 */
export const DIALECT: string = Interpreter.DIALECT

/**
 * The only keywords the strict profile writes, which the structured-output modes of the
 * main model providers accept: `$schema`, `$defs`, `$ref`, `title`, `description`,
 * `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`, `anyOf`.
 *
 * @category model
 * @since 0.2.0
 */
export const STRICT_KEYWORDS: ReadonlyArray<string> = Interpreter.STRICT_KEYWORDS

/**
 * The named checks no JSON Schema states (EDTF times, durations, opaque predicates, span
 * lengths, the order of an office's times, a likelihood's band and factuality, a report's
 * integrity): the
 * schema describes the structure around them, and the decoder checks them.
 *
 * @category model
 * @since 0.2.0
 */
export const DECLARED_ONLY: ReadonlyArray<string> = Interpreter.DECLARED_ONLY

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The JSON Schema of the values a codec made with `Codec` accepts, with every reused or
 * recursive definition under `$defs`; or, for a codec with a foreign io-ts type inside
 * (or a required JSON value in the strict profile), where it stops. Properties of the
 * report's model carry the words of their JSDoc as `description`. Never throws. Linear in
 * the size of the codec's description.
 *
 *
 * @category constructors
 * @since 0.2.0
 */
export const make = (codec: AnyCodec, options: Options = {}): E.Either<Unsupported, JsonSchema> =>
  Interpreter.make(codec.ast, { ...options, describe: describeProperty, describeStruct })

/**
 * The JSON Schema of a report document in the current format, `Report.FORMAT` — the
 * file published as `claimgraph/schema.json` (`standard`, the default) or
 * `claimgraph/schema.strict.json` (`strict`). Linear in the size of the format's
 * description.
 *
 * @category constructors
 * @since 0.2.0
 */
export const report = (profile: Profile = 'standard'): JsonSchema => {
  const r = Interpreter.make(Report.Structure.ast, {
    profile,
    title: `claimgraph report (${Report.FORMAT})`,
    description:
      profile === 'strict'
        ? `A news report as a graph of actors, events, statements and threats, in the format ${Report.FORMAT}, for strict structured output: every property is present, and null stands for an optional property the text does not give. Read it back with Report.fromJson(text, { nulls: 'absent' }), which also checks what this schema cannot (references, unique ids, spans, EDTF times).`
        : `A news report as a graph of actors, events, statements and threats, in the format ${Report.FORMAT}. Report.decode also checks what this schema cannot (references, unique ids, spans, EDTF times).`,
    describe: describeProperty,
    describeStruct,
  })
  /* c8 ignore next -- the report's description has no foreign type; a test holds it to that */
  if (r._tag === 'Left') throw new Error(`${r.left.path.join('/')}: ${r.left.message}`)
  return r.right
}
