import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Statement } from '../../src/index.js'
import * as fixtures from '../../src/fixtures/index.js'
import * as Cameo from '../../src/interop/cameo.js'
import * as Plover from '../../src/interop/plover.js'
import * as Prov from '../../src/interop/prov.js'
import * as SchemaOrg from '../../src/interop/schema-org.js'
// @ts-expect-error a plain JavaScript build script, without declarations
import { blocks, embedded } from '../../scripts/interop-seed.mjs'

const guide = readFileSync(new URL('../../docs/interop.md', import.meta.url), 'utf8')

describe('docs/interop.md', () => {
  it('shows the seed in each format exactly as the exporters write it (run `npm run docs:interop`)', () => {
    const expected = blocks({ Cameo, Plover, Prov, SchemaOrg }, fixtures.report)
    expect(Object.keys(embedded(guide)).sort()).toEqual(['cameo', 'plover', 'prov', 'schema-org'])
    for (const [name, text] of Object.entries(embedded(guide) as Record<string, string>))
      expect(text, name).toBe(expected[name])
  })

  it("names every act in the table of the acts' CAMEO defaults, with its code", () => {
    const table = guide.slice(
      guide.indexOf('The defaults of the acts are:'),
      guide.indexOf('### Event codes of events'),
    )
    for (const [act, { cameo }] of Object.entries(Statement.ACTS)) {
      const row = table.split('\n').find((l) => l.includes(`\`${act}\``))
      expect(row, act).toBeDefined()
      expect(row, act).toContain(cameo === undefined ? '| none' : `\`${cameo}\``)
    }
  })

  it('names every act in the list of assertive and denying acts, or as one without force', () => {
    const text = guide.slice(
      guide.indexOf('A statement commits to an event'),
      guide.indexOf('### Entities'),
    )
    for (const [act, force] of Object.entries(Plover.FORCE))
      if (force !== 'none') expect(text, act).toContain(`\`${act}\``)
  })
})
