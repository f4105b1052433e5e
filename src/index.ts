/**
 * claimgraph: validated types and combinators for actors, statements, attributions and
 * conditional threats in news reports. Every module is a namespace:
 *
 * ```ts
 * import { Actor, Report, Threat } from 'claimgraph'
 * import assert from 'node:assert/strict'
 *
 * assert.equal(typeof Actor.state, 'function')
 * assert.equal(typeof Report.decode, 'function')
 * assert.equal(typeof Threat.classify, 'function')
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
/** Partial and uncertain times (an EDTF subset), relative times, and their partial order. */
export * as Time from './Time.js'
/** Hedge cues, ICD 203 estimative bands and FactBank factuality values. */
export * as Likelihood from './Likelihood.js'
/** ISO 3166-1 alpha-3 country codes: the table, user-assigned ranges and name checks. */
export * as Country from './Country.js'
/** States, organizations, people, outlets, anonymous sources, collectives and the author voice. */
export * as Actor from './Actor.js'
/** Things that happened or may happen, and how events relate to each other. */
export * as Event from './Event.js'
/** Claim content: events, negation, conjunction, disjunction and modality. */
export * as Proposition from './Proposition.js'
/** Attribution chains from the original source to the report, with cues and gradings. */
export * as Attribution from './Attribution.js'
/** Speech acts: who said what to whom, how and when. */
export * as Statement from './Statement.js'
/** Conditional threats, warnings, ultimatums and promises, with their derived demand. */
export * as Threat from './Threat.js'
/** Evidence spans anchored in the source text, and sentence coverage. */
export * as Evidence from './Evidence.js'
/** The report as a graph: decoding with referential integrity, encoding, and queries. */
export * as Report from './Report.js'
/** Plain-text renderings of a report for people. */
export * as Render from './Render.js'
/** Claim validators: the Validator type, its monoid and combinators, and formatters. */
export * as Validator from './Validator.js'
/** Built-in claim rules with stable codes, and the standard and strict rule sets. */
export * as Rules from './Rules.js'
/** What is known about events over time, and three-valued evaluation of propositions. */
export * as Timeline from './Timeline.js'
/** Many reports of one story: alignment proposals, instances, corroboration, discrepancies. */
export * as Corpus from './Corpus.js'
/** JSON Schema (draft 2020-12) of the wire format, derived from the codecs: standard and strict profiles. */
export * as JsonSchema from './JsonSchema.js'
