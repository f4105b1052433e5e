/**
 * claimgraph: validated types and combinators for actors, statements, attributions and
 * conditional threats in news reports. Every module is a namespace:
 *
 * ```ts
 * import { Actor, Threat, Report } from 'claimgraph'
 * ```
 *
 * @packageDocumentation
 */

/** The codec toolkit: io-ts types with stable error codes, strict objects and tagged unions. */
export * as Codec from './Codec.js'
/** The decode error model: issues with paths and stable codes; tree and list formatters. */
export * as DecodeError from './DecodeError.js'
/** Branded identifiers, one brand per kind of node. */
export * as Id from './Id.js'
