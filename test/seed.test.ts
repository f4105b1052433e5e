import { readFileSync, existsSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { source } from '../src/fixtures/source.js'

const local = new URL('../seeds/000_87b2d1bdb5359199.txt', import.meta.url)
const shared = new URL('../../shared/seeds/000_87b2d1bdb5359199.txt', import.meta.url)
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')

describe('seeds', () => {
  it('seeds/ holds the seed document byte for byte', () => {
    // The shared copy sits beside the repository on development and CI machines.
    if (!existsSync(shared)) return expect(readFileSync(local).length).toBeGreaterThan(0)
    expect(sha(readFileSync(local))).toBe(sha(readFileSync(shared)))
  })

  it('the fixture embeds the seed text exactly', () => {
    expect(source).toBe(readFileSync(local, 'utf8'))
  })
})
