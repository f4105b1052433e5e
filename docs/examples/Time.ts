import { Time } from 'claimgraph'
import assert from 'node:assert/strict'

assert.equal(Time.compare(Time.time('XXXX-10-25'), Time.time('2024-11')), 'unknown') // the year is not known
assert.equal(Time.compare(Time.time('2024-10-25'), Time.time('2024-11')), 'before')
assert.equal(Time.compare(Time.time('2024-10'), Time.time('2024-10-25')), 'overlapping')
