import { describe, expect, it } from 'vitest'
import * as JsonSchema from '../../src/JsonSchema.js'
import { runIn } from '../support/cli.js'
// @ts-expect-error a plain JavaScript build script, without declarations
import { files } from '../../scripts/schema.mjs'

describe('cli/schema', () => {
  it('prints the schema of a report document, the same text as claimgraph/schema.json', async () => {
    const r = await runIn(['schema'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual(JsonSchema.report())
    expect(r.stdout).toBe((files(JsonSchema) as Record<string, string>)['schema.json'])
  })

  it('--strict prints the profile for strict structured output', async () => {
    const r = await runIn(['schema', '--strict'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe((files(JsonSchema) as Record<string, string>)['schema.strict.json'])
    expect(JSON.parse(r.stdout)['properties']['url']['type']).toEqual(['string', 'null'])
  })

  it('takes no operand', async () => {
    const r = await runIn(['schema', 'report.json'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
  })

  it('is listed by --help', async () => {
    const r = await runIn(['--help'])
    expect(r.stdout).toContain('schema')
    expect(r.stdout).toContain('print the JSON Schema of a report document')
  })
})
