import * as E from 'fp-ts/Either'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import { Codec, Id, DecodeError } from '../src/index.js'
import { expectAgreement } from './support/laws.js'

const validId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,40}$/)

describe('Id', () => {
  describe('codecs', () => {
    it('ActorId accepts well-formed ids', () => {
      expect(Codec.decode(Id.ActorId)('us.officials-2')).toEqual(E.right('us.officials-2'))
    })

    it('ActorId rejects malformed ids with invalid_id or invalid_type', () => {
      const codes = (u: unknown) =>
        E.isLeft(Codec.decode(Id.ActorId)(u))
          ? DecodeError.toList(
              (Codec.decode(Id.ActorId)(u) as E.Left<DecodeError.DecodeError>).left,
            ).map((i) => i.code)
          : []
      expect(codes('')).toEqual(['invalid_id'])
      expect(codes(' us')).toEqual(['invalid_id'])
      expect(codes('caf\u00e9')).toEqual(['invalid_id'])
      expect(codes('x'.repeat(129))).toEqual(['too_long'])
      expect(codes(42)).toEqual(['invalid_type'])
      expect(codes(null)).toEqual(['invalid_type'])
    })

    test.prop([validId])('guard and decoder agree on valid ids', (s) => {
      expect(Id.ActorId.is(s)).toBe(true)
      expect(Codec.decode(Id.ActorId)(s)).toEqual(E.right(s))
      expect(Id.ActorId.encode(s as Id.ActorId)).toBe(s)
    })

    test.prop([
      fc.oneof(
        fc.string(),
        validId,
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{120,135}$/),
        fc.stringMatching(/^[ -~]{0,12}$/),
      ),
    ])('the codecs accept exactly the strings PATTERN matches', (s) => {
      expect(Id.ActorId.is(s)).toBe(Id.PATTERN.test(s))
      expect(Id.isId(s)).toBe(Id.PATTERN.test(s))
      expectAgreement(Id.StatementId, s)
    })

    test.prop([fc.anything()])('guard and decoder agree on anything, and never throw', (u) => {
      expectAgreement(Id.EventId, u)
    })

    test.prop([fc.string({ unit: 'grapheme' })])(
      'ids that differ only by normalization cannot both be valid',
      (s) => {
        if (s.normalize('NFC') !== s.normalize('NFD')) {
          expect(Id.isId(s.normalize('NFC')) && Id.isId(s.normalize('NFD'))).toBe(false)
        }
      },
    )
  })

  describe('combinators', () => {
    it('ActorRefOf refers to an actor of one kind; acyclic keeps the kind and marks the reference', () => {
      const outlet = Id.ActorRefOf('outlet')
      expect(outlet.ast).toMatchObject({ _tag: 'Ref', to: 'actor', actorKind: 'outlet' })
      expect(Id.acyclic(outlet).ast).toMatchObject({
        _tag: 'Ref',
        to: 'actor',
        actorKind: 'outlet',
        acyclic: true,
      })
      const replies = Id.acyclic(Id.StatementRef).ast
      expect(replies).toMatchObject({ _tag: 'Ref', to: 'statement', acyclic: true })
      expect('actorKind' in replies).toBe(false)
    })

    it('acyclic refuses a codec that is not a reference', () => {
      expect(() => Id.acyclic(Id.StatementId)).toThrow(TypeError)
    })
  })

  describe('constructors', () => {
    it('actor brands a literal', () => {
      const a = Id.actor('iraq')
      expectTypeOf(a).toEqualTypeOf<Id.ActorId>()
      expectTypeOf(a).not.toEqualTypeOf<Id.StatementId>()
      expect(a).toBe('iraq')
    })

    it('rejects a malformed literal', () => {
      expect(() => Id.statement('bad id')).toThrow(TypeError)
      expect(Id.event('e1')).toBe('e1')
      expect(Id.threat('t1')).toBe('t1')
    })

    it('keeps kinds apart at the type level', () => {
      // @ts-expect-error a statement id is not an actor id
      const wrong: Id.ActorId = Id.statement('s1')
      expect(wrong).toBe('s1')
    })
  })
})
