import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { Codec, DecodeError, Id, Report } from '../../src/index.js'
import * as fixtures from '../../src/fixtures/index.js'

type Tree =
  | { readonly kind: 'leaf'; readonly who: Id.ActorId }
  | {
      readonly kind: 'node'
      readonly children: ReadonlyArray<Tree>
      readonly about?: Id.EventId | { readonly text: string }
    }

/** A made-up node type with references in every kind of place: arrays, unions, recursion, refinements. */
const Tree: Codec.Codec<Tree> = Codec.lazy(
  'Tree',
  (): Codec.Codec<Tree> =>
    Codec.tagged('Tree', 'kind', {
      leaf: Codec.struct('Leaf', { kind: Codec.literal('leaf'), who: Id.ActorRef }),
      node: Codec.struct(
        'Node',
        { kind: Codec.literal('node'), children: Codec.array(Tree) },
        {
          about: Codec.refine(
            Codec.stringOrObject(
              'About',
              Id.EventRef,
              Codec.struct('Quote', { text: Codec.string('text') }),
            ),
            'About',
            () => undefined,
          ),
        },
      ),
    }) as Codec.Codec<Tree>,
)

describe('codec/references', () => {
  describe('queries', () => {
    it('references finds every value of a reference node, with its path and kind', () => {
      const tree = {
        kind: 'node',
        about: 'e1',
        children: [
          { kind: 'leaf', who: 'a1' },
          { kind: 'node', children: [{ kind: 'leaf', who: 'a2' }] },
        ],
      } as unknown as Tree
      expect(Codec.references(Tree)(tree)).toEqual([
        { path: ['children', 0, 'who'], id: 'a1', to: 'actor' },
        { path: ['children', 1, 'children', 0, 'who'], id: 'a2', to: 'actor' },
        { path: ['about'], id: 'e1', to: 'event' },
      ])
    })

    it('a node id is not a reference', () => {
      const Node = Codec.struct('Node', { id: Id.ActorId, peer: Id.ActorRef })
      expect(Codec.references(Node)({ id: 'x' as Id.ActorId, peer: 'y' as Id.ActorId })).toEqual([
        { path: ['peer'], id: 'y', to: 'actor' },
      ])
    })
  })

  describe('integrity', () => {
    const seed = JSON.parse(JSON.stringify(Report.encode(fixtures.report)))
    const refs = Codec.references(Report.Structure)(seed)

    it('the seed has references in many places', () => {
      expect(new Set(refs.map((r) => r.to))).toEqual(
        new Set(['actor', 'event', 'statement', 'threat']),
      )
      expect(refs.length).toBeGreaterThan(50)
    })

    it('every reference of the seed, wherever it is, is checked: a dangling one is reported at its path', () => {
      for (const r of refs) {
        const copy = JSON.parse(JSON.stringify(seed))
        let o = copy
        for (const k of r.path.slice(0, -1)) o = o[k]
        o[r.path.at(-1)!] = 'no-such-node'
        const result = Report.decode(copy)
        expect(E.isLeft(result), DecodeError.pointer(r.path)).toBe(true)
        if (E.isLeft(result))
          expect(DecodeError.toList(result.left).map((i) => `${i.path} ${i.code}`)).toContain(
            `${DecodeError.pointer(r.path)} dangling_reference`,
          )
      }
    })
  })
})
