/**
 * `claimgraph schema [--strict]`: the JSON Schema of a report document, as published in
 * the package (`claimgraph/schema.json`, `claimgraph/schema.strict.json`).
 */
import * as JsonSchema from '../JsonSchema.js'
import { command } from './command.js'
import { EXIT } from './exit.js'

/** The text of a schema as the package publishes it: two-space indented JSON. */
export const schemaText = (profile: JsonSchema.Profile): string =>
  JSON.stringify(JsonSchema.report(profile), null, 2)

/** The `schema` command. */
export const schemaCommand = command({
  name: 'schema',
  summary: 'print the JSON Schema of a report document',
  usage: '[--strict]',
  description: `
Prints the JSON Schema (draft 2020-12) of a report document in the current format, the
same as the package's file claimgraph/schema.json. With --strict, prints the profile for
strict structured output of language models (claimgraph/schema.strict.json): every
property required, null for an optional one, no additional properties, only keywords
the providers' strict modes accept. Read a model's answer back with
Report.fromJson(text, { nulls: 'absent' }).

What no JSON Schema can say (references between nodes, unique ids, spans against the
text, EDTF times) is checked by decoding, not by the schema.`,
  options: {
    strict: {
      type: 'boolean',
      description: 'the profile for strict structured output of language models',
    },
  },
  operands: { min: 0, max: 0 },
  run: async ({ values }, ctx) => {
    ctx.text(schemaText(values.strict ? 'strict' : 'standard'))
    return Promise.resolve(EXIT.ok)
  },
})
