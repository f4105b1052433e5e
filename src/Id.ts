/**
 * Branded identifiers, one brand per kind of node, so that a statement id cannot be
 * passed where an actor id is wanted.
 *
 * An id is 1–128 ASCII characters: a letter or digit, then letters, digits, `.`, `_`, `:`
 * or `-`. Keeping ids ASCII means two ids can never differ only by Unicode normalization.
 * Ids are unique across all kinds of node in a report: an actor and an event cannot share
 * one, although each kind has its own brand (so an id names one node, whatever the kind).
 *
 * A node's own id uses {@link ActorId} and its siblings; a property that points at
 * another node uses a reference codec ({@link ActorRef} …), which `Report.decode` checks.
 *
 * @example
 * ```ts
 * import { Codec, Id } from 'claimgraph'
 * import * as E from 'fp-ts/lib/Either.js'
 * import assert from 'node:assert/strict'
 *
 * const sullivan: Id.ActorId = Id.actor('sullivan')
 * const fromData = Codec.decode(Id.ActorId)('not an id!')
 *
 * assert.equal(sullivan, 'sullivan')
 * assert.ok(E.isLeft(fromData) && fromData.left.issues[0].code === 'invalid_id')
 * ```
 *
 * @since 0.1.0
 */
import * as C from './Codec.js'
import { table } from './generated/Id.js'

/** Gives the codecs of this module their fast paths generated at build time (`npm run codegen`). */
const fast = C.compiled(table)

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

declare const ActorBrand: unique symbol
declare const EventBrand: unique symbol
declare const StatementBrand: unique symbol
declare const ThreatBrand: unique symbol

/**
 * The id of an actor.
 *
 * @category model
 * @since 0.1.0
 */
export type ActorId = string & { readonly [ActorBrand]: 'ActorId' }

/**
 * The id of an event.
 *
 * @category model
 * @since 0.1.0
 */
export type EventId = string & { readonly [EventBrand]: 'EventId' }

/**
 * The id of a statement.
 *
 * @category model
 * @since 0.1.0
 */
export type StatementId = string & { readonly [StatementBrand]: 'StatementId' }

/**
 * The id of a threat.
 *
 * @category model
 * @since 0.1.0
 */
export type ThreatId = string & { readonly [ThreatBrand]: 'ThreatId' }

/**
 * Any node id.
 *
 * @category model
 * @since 0.1.0
 */
export type NodeId = ActorId | EventId | StatementId | ThreatId

/**
 * The kinds of node a report holds, each with its own id brand.
 *
 * @category model
 * @since 0.1.0
 */
export type NodeKind = 'actor' | 'event' | 'statement' | 'threat'

/**
 * The pattern every id matches.
 *
 * @category model
 * @since 0.1.0
 */
export const PATTERN: RegExp = C.Checks.ID_PATTERN

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * Whether a value is a well-formed id of any kind.
 *
 * @category guards
 * @since 0.1.0
 */
export const isId = (u: unknown): u is string => typeof u === 'string' && PATTERN.test(u)

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const idCodec = <A extends string>(name: string): C.Codec<A> =>
  C.annotate({ identifier: name })(
    C.string<A>(name, { min: 1, max: 128, checks: [C.Checks.id], code: 'invalid_id' }),
  )

/**
 * @category codecs
 * @since 0.1.0
 */
export const ActorId: C.Codec<ActorId> = fast(idCodec('ActorId'))
/**
 * @category codecs
 * @since 0.1.0
 */
export const EventId: C.Codec<EventId> = fast(idCodec('EventId'))
/**
 * @category codecs
 * @since 0.1.0
 */
export const StatementId: C.Codec<StatementId> = fast(idCodec('StatementId'))
/**
 * @category codecs
 * @since 0.1.0
 */
export const ThreatId: C.Codec<ThreatId> = fast(idCodec('ThreatId'))

/**
 * A reference to an actor: the same strings as {@link ActorId}, in a property that points
 * at another node rather than naming the node itself. Its description is a `Ref` node, so
 * `Report.decode` checks that every reference resolves to a node of its kind, wherever
 * the property is.
 *
 * @category codecs
 * @since 0.2.0
 */
export const ActorRef: C.Codec<ActorId> = fast(C.ref(ActorId, 'actor'))
/**
 * A reference to an event (see {@link ActorRef}).
 *
 * @category codecs
 * @since 0.2.0
 */
export const EventRef: C.Codec<EventId> = fast(C.ref(EventId, 'event'))
/**
 * A reference to a statement (see {@link ActorRef}).
 *
 * @category codecs
 * @since 0.2.0
 */
export const StatementRef: C.Codec<StatementId> = fast(C.ref(StatementId, 'statement'))
/**
 * A reference to a threat (see {@link ActorRef}).
 *
 * @category codecs
 * @since 0.2.0
 */
export const ThreatRef: C.Codec<ThreatId> = fast(C.ref(ThreatId, 'threat'))

/**
 * A reference to an actor of one kind (`author`, `outlet`, …): `Report.decode` reports a
 * reference to an actor of another kind as `wrong_kind_reference`.
 *
 * @category codecs
 * @since 0.2.0
 */
export const ActorRefOf = (kind: string): C.Codec<ActorId> =>
  C.ref(ActorId, 'actor', { actorKind: kind })

/**
 * The same reference, marked as one that must not form a cycle: references so marked
 * between nodes of one kind (replies, nested statements, revisions, collective
 * membership) are checked by `Report.decode` for cycles.
 *
 * @category combinators
 * @since 0.2.0
 */
export const acyclic = <A extends string>(ref: C.Codec<A>): C.Codec<A> => {
  const node = ref.ast
  if (node._tag !== 'Ref') throw new TypeError(`${ref.name} is not a reference`)
  return C.ref(C.fromAST<A>(node.id), node.to, {
    ...(node.actorKind === undefined ? {} : { actorKind: node.actorKind }),
    acyclic: true,
  })
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const make =
  <A extends string>(kind: string) =>
  (s: string): A => {
    if (!PATTERN.test(s))
      throw new TypeError(`invalid ${kind} id ${JSON.stringify(s.slice(0, 40))}`)
    return s as A
  }

/**
 * An actor id from a literal you control. Throws a `TypeError` on a malformed literal, so
 * use it for ids written in code; decode ids that come from data with {@link ActorId}.
 *
 * @category constructors
 * @since 0.1.0
 */
export const actor: (s: string) => ActorId = make('actor')
/**
 * An event id from a literal you control (throws on a malformed literal, like {@link actor}).
 *
 * @category constructors
 * @since 0.1.0
 */
export const event: (s: string) => EventId = make('event')
/**
 * A statement id from a literal you control (throws on a malformed literal, like {@link actor}).
 *
 * @category constructors
 * @since 0.1.0
 */
export const statement: (s: string) => StatementId = make('statement')
/**
 * A threat id from a literal you control (throws on a malformed literal, like {@link actor}).
 *
 * @category constructors
 * @since 0.1.0
 */
export const threat: (s: string) => ThreatId = make('threat')
