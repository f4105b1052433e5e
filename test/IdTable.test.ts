import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { IdTable, MAX_PROBE, hashId } from '../src/internal/IdTable.js'

/** Adds every id in order (value = position) and answers like a Map where the first id wins. */
const agreesWithMap = (
  table: IdTable,
  ids: ReadonlyArray<string>,
  probes: ReadonlyArray<string>,
) => {
  const map = new Map<string, number>()
  ids.forEach((id, i) => {
    expect(table.add(id, i)).toBe(map.get(id) ?? -1)
    if (!map.has(id)) map.set(id, i)
  })
  for (const id of [...ids, ...probes]) expect(table.get(id)).toBe(map.get(id) ?? -1)
}

describe('IdTable', () => {
  test.prop([fc.array(fc.string(), { maxLength: 300 }), fc.array(fc.string()), fc.nat()])(
    'answers like a Map, duplicates included',
    (ids, probes, basis) => {
      const table = new IdTable(ids.length, basis)
      agreesWithMap(table, ids, probes)
    },
  )

  test.prop([fc.array(fc.string(), { minLength: 40, maxLength: 200 }), fc.nat()])(
    'more ids than its capacity: still right, through the fallback',
    (ids, basis) => {
      const table = new IdTable(4, basis)
      agreesWithMap(table, ids, ['never added'])
      if (new Set(ids).size > 16) expect(table.degraded).toBe(true)
    },
  )

  it('ids that all collide cannot make it quadratic: past MAX_PROBE it moves to a Map', () => {
    const basis = 12345
    const capacity = 5000
    let size = 16
    while (size < capacity * 2) size *= 2
    // find ids whose hash lands in one slot of a table of this size
    const colliding: string[] = []
    for (let i = 0; colliding.length < MAX_PROBE * 3; i++) {
      const id = `x${i}`
      if ((hashId(id, basis) & (size - 1)) === 7) colliding.push(id)
    }
    const table = new IdTable(capacity, basis)
    agreesWithMap(table, colliding, ['x-missing'])
    expect(table.degraded).toBe(true)
  })

  it('a lookup that would probe past MAX_PROBE moves the table to a Map, and still answers', () => {
    const basis = 777
    const capacity = 5000
    let size = 16
    while (size < capacity * 2) size *= 2
    const homedAt = (slot: number, count: number, prefix: string): string[] => {
      const out: string[] = []
      for (let i = 0; out.length < count; i++) {
        const id = `${prefix}${i}`
        if ((hashId(id, basis) & (size - 1)) === slot) out.push(id)
      }
      return out
    }
    // two runs that touch: slots 7…(7 + MAX_PROBE − 1), then the next MAX_PROBE − 4 slots
    const first = homedAt(7, MAX_PROBE, 'a')
    const second = homedAt(7 + MAX_PROBE, MAX_PROBE - 4, 'b')
    const table = new IdTable(capacity, basis)
    ;[...first, ...second].forEach((id, i) => expect(table.add(id, i)).toBe(-1))
    expect(table.degraded).toBe(false)
    const missing = homedAt(7, 1, 'missing')[0]!
    expect(table.get(missing)).toBe(-1)
    expect(table.degraded).toBe(true)
    expect(table.get(second[0]!)).toBe(MAX_PROBE)
  })

  it('a few ids stay in the table', () => {
    const table = new IdTable(3)
    agreesWithMap(table, ['a', 'b', 'c'], ['d'])
    expect(table.degraded).toBe(false)
  })
})
