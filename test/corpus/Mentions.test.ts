import { describe, expect, it } from 'vitest'
import { Actor, Event } from '../../src/index.js'
import { build } from '../../src/corpus/Mentions.js'
import { report } from '../support/corpus.js'

const V = Actor.state('velmora', 'Velmora', 'VLM')
const A = Actor.state('ardesh', 'Ardesh', 'ARD')

describe('corpus/Mentions', () => {
  describe('build', () => {
    it('mentions numbered report by report: actors, events, statements, threats', () => {
      const r1 = report({ actors: [V], events: [Event.make('e', 'strike', 'x')] })
      const r2 = report({ actors: [A] })
      const ix = build([
        { key: 'r1', report: r1 },
        { key: 'r2', report: r2 },
      ])
      // the author voice comes first in each report
      expect([...ix.first]).toEqual([0, 3, 5])
      expect(ix.size).toBe(5)
      expect(ix.mention(0, 'e')).toBe(2)
      expect(ix.kindAt[2]).toBe(1)
      expect(ix.mention(1, 'ardesh')).toBe(4)
      expect(ix.mention(1, 'e')).toBe(-1)
      expect(ix.reportOf('r2')).toBe(1)
      expect(ix.reportOf('r3')).toBe(-1)
    })

    it('data not checked by a codec: the first of a repeated key or id is the one looked up', () => {
      const twice = { ...report({ actors: [V] }), actors: [V, V] }
      const ix = build([
        { key: 'r1', report: twice },
        { key: 'r1', report: report({ actors: [A] }) },
      ])
      expect(ix.reportOf('r1')).toBe(0)
      expect(ix.mention(0, 'velmora')).toBe(0)
      expect(ix.positionAt[ix.mention(0, 'velmora')]).toBe(0)
      // every node is still a mention: two of the first report, two of the second
      expect(ix.size).toBe(4)
    })
  })
})
