// Writes package.json's "exports" and "typesVersions" from scripts/entries.mjs.
// `node scripts/exports.mjs --check` only says whether package.json is up to date.
import { readFileSync, writeFileSync } from 'node:fs'
import { exportsField, typesVersionsField } from './entries.mjs'

const path = new URL('../package.json', import.meta.url)

/** package.json as it should be: the same, with the two fields derived from the entries. */
export const expected = () => {
  const pkg = JSON.parse(readFileSync(path, 'utf8'))
  return { ...pkg, exports: exportsField(), typesVersions: typesVersionsField() }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const before = readFileSync(path, 'utf8')
  const after = `${JSON.stringify(expected(), null, 2)}\n`
  if (process.argv.includes('--check')) {
    console.log(
      before === after
        ? 'package.json exports are up to date'
        : 'package.json exports are stale: run node scripts/exports.mjs',
    )
    process.exitCode = before === after ? 0 : 1
  } else {
    writeFileSync(path, after)
    console.log(
      before === after ? 'package.json exports were up to date' : 'package.json exports updated',
    )
  }
}
