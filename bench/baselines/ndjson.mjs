// The streaming baseline: JSON.parse and TypeBox's build-time check of every line of an
// NDJSON file, read as `claimgraph check` reads it (a stream, one line at a time),
// counting valid lines.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { check } from './typebox.generated.mjs'

let valid = 0
let lines = 0
for await (const line of createInterface({
  input: createReadStream(process.argv[2]),
  crlfDelay: Infinity,
})) {
  if (line.trim() === '') continue
  lines++
  if (check(JSON.parse(line))) valid++
}
process.stdout.write(`${JSON.stringify({ lines, valid })}\n`)
