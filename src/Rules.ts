/**
 * Built-in claim validators, each with a stable code, a default severity, what it checks
 * and why. {@link standard} is the set for everyday use; {@link strict} adds coverage and
 * evidence rules and raises every warning to an error.
 *
 * | code | severity | checks | why |
 * | --- | --- | --- | --- |
 * | `attribution/missing` | warning | a statement not in the author's voice has an attribution chain (non-answers excepted — declined to comment, had no comment, did not respond, could not be reached: the report itself witnessed them) | readers must know how the report knows a claim (PARC; AP and Reuters sourcing standards) |
 * | `attribution/anonymous-undescribed` | warning | an anonymous source (one that speaks, is quoted or passes a claim on) says whom it speaks for or how it is placed to know (an affiliation or a proximity) | AP: describe an anonymous source's position and why it is reliable |
 * | `attribution/single-anonymous-source` | warning | a claim does not rest on one anonymous person alone | AP and Reuters require more than one anonymous source, or a stated exception |
 * | `attribution/unattributed-hedge` | warning | no hop of a chain is unattributed ("reportedly") | "reportedly" hides who reported it; FactBank counts it as uncommitted |
 * | `attribution/outlet-affiliation` | warning | a claim from an outlet with known affiliations quotes them with the claim | readers weigh "al-Akhbar, linked to Hezbollah" differently from "al-Akhbar" |
 * | `quote/speaker` | error | a direct quote has a named or described speaker (whoever's words it is), not the report's own voice | a quote without a speaker cannot be checked |
 * | `quote/verbatim` | error | a direct quote's words occur verbatim in its evidence | a quote must be the speaker's exact words |
 * | `threat/missing-condition` | info | a threat states its condition | an unconditional threat gives no demand to comply with |
 * | `threat/missing-enforcer` | warning | a threat names who would carry it out | a warning and a threat differ only in the enforcer |
 * | `threat/contradictory-condition` | error | a condition does not require an event both to occur and not occur | such a condition can never be met |
 * | `threat/act-mismatch` | warning | "threaten" is used when the issuer's side enforces, "warn" when a third party does, "promise" only for a benefit, and neither for one | a warning is not a threat (CAMEO 130 vs 138), and a promise is not a threat |
 * | `threat/ultimatum-without-deadline` | warning | a threat stated as a demand has a deadline | an ultimatum (CAMEO 139) is a demand with a deadline |
 * | `time/response-precedes-cause` | error | an event that retaliates for or responds to another does not precede it (unknown order is not a violation) | causes come first |
 * | `likelihood/mixed-bands` | warning | the estimative terms of one claim fall in one ICD 203 row | ICD 203: one claim, one expression of likelihood |
 * | `evidence/span-mismatch` | error | every span's words equal the text at its offsets | evidence must point at the words it quotes |
 * | `attribution/circular` | warning | no attribution chain passes through the same actor twice | circular reporting: a claim that comes back to a source through others looks corroborated when it is one voice |
 * | `relay/uncertain-intermediary` | info | a message that travelled through intermediaries names them (an anonymous or unnamed intermediary is noted, with its candidates) | who carried a message shapes what it means |
 * | `claim/denied-by-party` | warning | no claim is denied on the record by a party to it (a `deny` by named speakers, of the claim's event, threat, statement or sourcing, by a party or one acting for it) | a claim its own party denies on the record is contested |
 * | `evidence/uncovered-sentence` | info (strict) | every sentence of the text is covered by a span | a complete encoding leaves no claim out |
 * | `evidence/missing` | info (strict) | every statement, event and threat carries evidence | every node should be anchored in the text |
 *
 * @example
 * ```ts
 * import { Rules, Validator } from 'claimgraph'
 * import * as fixtures from 'claimgraph/fixtures'
 * import assert from 'node:assert/strict'
 *
 * const issues = Rules.standard(fixtures.report)
 *
 * assert.equal(issues.length, 8)
 * assert.ok(Validator.toText(issues).endsWith('0 errors, 8 warnings, 0 info'))
 * ```
 *
 * @since 0.1.0
 */
import { pipe } from 'fp-ts/lib/function.js'
import * as Actor from './Actor.js'
import type * as Event from './Event.js'
import * as Evidence from './Evidence.js'
import type * as Likelihood from './Likelihood.js'
import type * as Id from './Id.js'
import * as Proposition from './Proposition.js'
import * as Report from './Report.js'
import * as Statement from './Statement.js'
import * as Threat from './Threat.js'
import * as Time from './Time.js'
import * as V from './Validator.js'
import { lookupById, type Lookup } from './internal/collections.js'
import { eachNode } from './internal/nodes.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A built-in rule: its validator and what the rules table says of it.
 *
 * @category model
 * @since 0.1.0
 */
export interface Rule {
  readonly code: string
  readonly severity: V.Severity
  readonly checks: string
  readonly why: string
  readonly validate: V.Validator<Report.ReportData>
}

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

const isAuthorVoice = (r: Report.ReportData, s: Statement.Statement): boolean =>
  s.speakers.every((x) => x === r.author)

/** An anonymous source is described by whom it speaks for, or by how it is placed to know. */
const isDescribed = (a: Actor.Anonymous): boolean =>
  a.affiliation !== undefined || (a.proximity !== undefined && a.proximity.length > 0)

const rule = (
  code: string,
  severity: V.Severity,
  checks: string,
  why: string,
  validate: (code: string, severity: V.Severity) => V.Validator<Report.ReportData>,
): Rule => ({
  code,
  severity,
  checks,
  why,
  validate: validate(code, severity),
})

const name = (actors: Lookup<Id.ActorId, Actor.Actor>, id: Id.ActorId): string => {
  const a = actors.get(id)
  return a === undefined ? id : Actor.label(a)
}

/** A validator of the report's statements with a lookup built once per run. */
const statementsWith =
  <L>(lookup: (r: Report.ReportData) => L) =>
  (v: (l: L) => V.Validator<V.Focus<Statement.Statement>>): V.Validator<Report.ReportData> =>
    eachNode('statements', (report) => v(lookup(report)))

const statementsWithActors = statementsWith((r) => lookupById(r.actors))
const statementsWithThreats = statementsWith((r) => lookupById(r.threats))

// -------------------------------------------------------------------------------------
// attribution
// -------------------------------------------------------------------------------------

/**
 * `attribution/missing`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const attributionMissing: Rule = rule(
  'attribution/missing',
  'warning',
  "a statement not in the author's voice has an attribution chain (non-answers excepted)",
  'readers must know how the report knows a claim (PARC; AP and Reuters sourcing standards)',
  (code, severity) =>
    statementsWithActors((actors) =>
      V.fromPredicate(code, severity, ({ report, node: s }) =>
        s.attribution === undefined && !isAuthorVoice(report, s) && !Statement.isNonAnswer(s)
          ? `the report does not say how it knows that ${s.speakers.map((x) => name(actors, x)).join(' and ')} did "${s.act.replace(/_/g, ' ')}"`
          : undefined,
      ),
    ),
)

/**
 * `attribution/anonymous-undescribed`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const anonymousUndescribed: Rule = rule(
  'attribution/anonymous-undescribed',
  'warning',
  'an anonymous source (one that speaks, is quoted or passes a claim on) says whom it speaks for or how it is placed to know (an affiliation or a proximity)',
  "AP: describe an anonymous source's position and why it is reliable",
  (code, severity) =>
    eachNode('actors', (report) => {
      // only sources: an anonymous actor that only acts in events is no source
      const sources = new Set(Report.sources(report))
      return V.fromPredicate<Actor.Actor>(code, severity, ({ node: a }) =>
        a.kind === 'anonymous' && !isDescribed(a) && sources.has(a.id)
          ? `the anonymous source "${a.description}" is not described: say whom it speaks for (an affiliation) or how it is placed to know (a proximity such as "familiar with", "close to", "briefed on")`
          : undefined,
      )
    }),
)

/**
 * `attribution/single-anonymous-source`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const singleAnonymousSource: Rule = rule(
  'attribution/single-anonymous-source',
  'warning',
  'a claim does not rest on one anonymous person alone',
  'AP and Reuters require more than one anonymous source, or a stated exception',
  (code, severity) =>
    statementsWithActors((actors) =>
      V.fromPredicate(code, severity, ({ node: s }) => {
        const first = s.attribution?.chain[0].source
        const a = first === undefined ? undefined : actors.get(first)
        return a?.kind === 'anonymous' && a.count === 1
          ? `the claim rests on a single anonymous source: ${a.description}`
          : undefined
      }),
    ),
)

/**
 * `attribution/unattributed-hedge`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const unattributedHedge: Rule = rule(
  'attribution/unattributed-hedge',
  'warning',
  'no hop of a chain is unattributed ("reportedly")',
  '"reportedly" hides who reported it; FactBank counts it as uncommitted',
  (code, severity) =>
    V.statements(
      V.fromPredicate(code, severity, ({ node: s }) => {
        const hop = s.attribution?.chain.find((l) => l.source === undefined)
        return hop === undefined
          ? undefined
          : `the chain passes through an unattributed "${hop.cue ?? 'source'}": who reported it?`
      }),
    ),
)

/**
 * `attribution/outlet-affiliation`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const outletAffiliation: Rule = rule(
  'attribution/outlet-affiliation',
  'warning',
  'a claim from an outlet with known affiliations quotes them with the claim',
  'readers weigh "al-Akhbar, linked to Hezbollah" differently from "al-Akhbar"',
  (code, severity) =>
    statementsWithActors((actors) => ({ node: s, path }) => {
      const out: V.Issue[] = []
      s.attribution?.chain.forEach((l, j) => {
        const a = l.source === undefined ? undefined : actors.get(l.source)
        if (a?.kind !== 'outlet' || a.affiliations === undefined || a.affiliations.length === 0)
          return
        const words = [...(l.evidence ?? []), ...(s.evidence ?? [])].map((e) =>
          e.text.toLowerCase(),
        )
        for (const affiliate of a.affiliations) {
          const label = name(actors, affiliate).toLowerCase()
          if (!words.some((w) => w.includes(label))) {
            out.push({
              code,
              severity,
              node: s.id,
              path: [...path, 'attribution', 'chain', j],
              message: `${a.name} is affiliated with ${name(actors, affiliate)}, but the claim does not say so`,
            })
          }
        }
      })
      return out
    }),
)

// -------------------------------------------------------------------------------------
// quotes
// -------------------------------------------------------------------------------------

/**
 * `quote/speaker`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const quoteSpeaker: Rule = rule(
  'quote/speaker',
  'error',
  "a direct quote has a named or described speaker (whoever's words it is), not the report's own voice",
  'a quote without a speaker cannot be checked',
  (code, severity) =>
    statementsWithActors((actors) =>
      V.fromPredicate(code, severity, ({ node: s }) => {
        if (!Statement.isDirect(s)) return undefined
        // the quote is in the words of wordsBy, else of the speakers
        const unnamed = Statement.wordsOf(s).some((x) => {
          const a = actors.get(x)
          return (
            a === undefined || a.kind === 'author' || (a.kind === 'anonymous' && !isDescribed(a))
          )
        })
        return unnamed ? 'a direct quote needs a named or described speaker' : undefined
      }),
    ),
)

/**
 * `quote/verbatim`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const quoteVerbatim: Rule = rule(
  'quote/verbatim',
  'error',
  "a direct quote's words occur verbatim in its evidence",
  "a quote must be the speaker's exact words",
  (code, severity) =>
    V.statements(
      V.fromPredicate(code, severity, ({ node: s }) =>
        s.quote === undefined || (s.evidence ?? []).some((e) => e.text.includes(s.quote!))
          ? undefined
          : `the quoted words do not occur verbatim in the statement's evidence`,
      ),
    ),
)

// -------------------------------------------------------------------------------------
// threats
// -------------------------------------------------------------------------------------

/**
 * `threat/missing-condition`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const threatMissingCondition: Rule = rule(
  'threat/missing-condition',
  'info',
  'a threat states its condition',
  'an unconditional threat gives no demand to comply with',
  (code, severity) =>
    V.threats(
      V.fromPredicate(code, severity, ({ node: t }) =>
        t.condition === undefined ? 'the threat states no condition' : undefined,
      ),
    ),
)

/**
 * `threat/missing-enforcer`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const threatMissingEnforcer: Rule = rule(
  'threat/missing-enforcer',
  'warning',
  'a threat names who would carry it out',
  'a warning and a threat differ only in the enforcer',
  (code, severity) =>
    V.threats(
      V.fromPredicate(code, severity, ({ node: t }) =>
        t.enforcer === undefined ? 'the threat does not say who would carry it out' : undefined,
      ),
    ),
)

/** True when some conjunction requires an event both to occur and not to occur. */
const contradictory = (p: Proposition.Proposition): boolean => {
  const nnf = Proposition.simplify(p)
  const check = (q: Proposition.Proposition): boolean => {
    switch (q.kind) {
      case 'and': {
        const pos = new Set<string>()
        const neg = new Set<string>()
        for (const o of q.operands) {
          if (o.kind === 'occurs') pos.add(o.event)
          if (o.kind === 'not' && o.operand.kind === 'occurs') neg.add(o.operand.event)
        }
        for (const e of pos) if (neg.has(e)) return true
        return q.operands.some(check)
      }
      case 'or':
        return q.operands.every(check)
      case 'not':
      case 'occurs':
        return false
      default:
        return check(q.operand)
    }
  }
  return check(nnf)
}

/**
 * `threat/contradictory-condition`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const threatContradictoryCondition: Rule = rule(
  'threat/contradictory-condition',
  'error',
  'a condition does not require an event both to occur and not occur',
  'such a condition can never be met',
  (code, severity) =>
    V.threats(
      V.fromPredicate(code, severity, ({ node: t }) =>
        t.condition !== undefined && contradictory(t.condition)
          ? 'the condition can never be met: it requires an event both to occur and not to occur'
          : undefined,
      ),
    ),
)

/**
 * `threat/act-mismatch`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const threatActMismatch: Rule = rule(
  'threat/act-mismatch',
  'warning',
  '"threaten" is used when the issuer\'s side enforces, "warn" when a third party does, "promise" only for a benefit, and neither for one',
  'a warning is not a threat (CAMEO 130 vs 138), and a promise is not a threat',
  (code, severity) =>
    statementsWith((r) => ({ threats: lookupById(r.threats), sides: Threat.sides(r) }))(
      ({ threats, sides }) => {
        // one answer per threat, however many statements state it
        const thirdParty = new Map<string, boolean>()
        const isThirdParty = (t: Threat.Threat): boolean => {
          let v = thirdParty.get(t.id)
          if (v === undefined) {
            v = Threat.hasThirdPartyEnforcer(sides)(t)
            thirdParty.set(t.id, v)
          }
          return v
        }
        return V.fromPredicate(code, severity, ({ node: s }) => {
          if (s.content.kind !== 'threat') return undefined
          const t = threats.get(s.content.threat)
          if (t === undefined) return undefined
          if (t.valence === 'positive')
            return s.act === 'threaten' || s.act === 'warn'
              ? `the consequence benefits the addressee: this is a promise, not ${s.act === 'warn' ? 'a warning' : 'a threat'}`
              : undefined
          if (s.act === 'promise')
            return 'the consequence harms the addressee: this is a threat, not a promise'
          if (t.enforcer === undefined) return undefined
          if (s.act === 'threaten' && isThirdParty(t))
            return 'the consequence would be carried out by a third party: this is a warning, not a threat'
          if (s.act === 'warn' && !isThirdParty(t))
            return "the issuer's side would carry out the consequence itself: this is a threat, not a warning"
          return undefined
        })
      },
    ),
)

/**
 * `threat/ultimatum-without-deadline`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const ultimatumWithoutDeadline: Rule = rule(
  'threat/ultimatum-without-deadline',
  'warning',
  'a threat stated as a demand has a deadline',
  'an ultimatum (CAMEO 139) is a demand with a deadline',
  (code, severity) =>
    statementsWithThreats((threats) =>
      V.fromPredicate(code, severity, ({ node: s }) => {
        if (s.act !== 'demand' || s.content.kind !== 'threat') return undefined
        const t = threats.get(s.content.threat)
        return t !== undefined && t.deadline === undefined
          ? 'a demand backed by a threat is an ultimatum, but no deadline is given'
          : undefined
      }),
    ),
)

// -------------------------------------------------------------------------------------
// time
// -------------------------------------------------------------------------------------

/**
 * `time/response-precedes-cause`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const responsePrecedesCause: Rule = rule(
  'time/response-precedes-cause',
  'error',
  'an event that retaliates for or responds to another does not precede it (unknown order is not a violation)',
  'causes come first',
  (code, severity) =>
    eachNode('events', (report) => {
      const events = lookupById(report.events)
      return ({ node: e, path }: V.Focus<Event.Event>) => {
        const out: V.Issue[] = []
        e.relations?.forEach((rel, j) => {
          if (rel.kind !== 'retaliation_for' && rel.kind !== 'response_to') return
          const cause = events.get(rel.event)
          if (e.time === undefined || cause?.time === undefined) return
          if (Time.compare(e.time, cause.time, report.published) === 'before') {
            out.push({
              code,
              severity,
              node: e.id,
              path: [...path, 'relations', j],
              message: `"${e.description}" is dated before "${cause.description}", which it ${rel.kind === 'retaliation_for' ? 'retaliates for' : 'responds to'}`,
            })
          }
        })
        return out
      }
    }),
)

// -------------------------------------------------------------------------------------
// likelihood
// -------------------------------------------------------------------------------------

/**
 * `likelihood/mixed-bands`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const mixedBands: Rule = rule(
  'likelihood/mixed-bands',
  'warning',
  'the estimative terms of one claim fall in one ICD 203 row',
  'ICD 203: one claim, one expression of likelihood',
  (code, severity) =>
    statementsWithThreats((threats) =>
      V.fromPredicate(code, severity, ({ node: s }) => {
        const t = s.content.kind === 'threat' ? threats.get(s.content.threat) : undefined
        // the distinct bands, in order of first use (most claims have none: no allocation then)
        let bands: string[] | undefined
        const add = (l: Likelihood.Likelihood) => {
          if (l.band === undefined) return
          if (bands === undefined) bands = [l.band]
          else if (!bands.includes(l.band)) bands.push(l.band)
        }
        s.hedges?.forEach(add)
        if (s.content.kind === 'proposition') eachLikelihood(s.content.proposition, add)
        if (t?.likelihood !== undefined) add(t.likelihood)
        if (t !== undefined) eachLikelihood(t.consequence, add)
        return bands !== undefined && bands.length > 1
          ? `the claim mixes estimative terms from different ICD 203 rows: ${bands.join(', ').replace(/_/g, ' ')}`
          : undefined
      }),
    ),
)

/**
 * Visits the likelihoods of a proposition in the order `Proposition.likelihoods` lists
 * them; iterative, so that no nesting of hand-built data can overflow the stack.
 */
const eachLikelihood = (
  p: Proposition.Proposition,
  f: (l: Likelihood.Likelihood) => void,
): void => {
  let later: Proposition.Proposition[] | undefined
  let q: Proposition.Proposition | undefined = p
  while (q !== undefined) {
    switch (q.kind) {
      case 'occurs':
        q = later?.pop()
        break
      case 'and':
      case 'or':
        later ??= []
        for (let i = q.operands.length - 1; i > 0; i--) later.push(q.operands[i]!)
        q = q.operands[0]
        break
      case 'epistemic':
        f(q.likelihood)
        q = q.operand
        break
      default:
        q = q.operand
    }
  }
}

// -------------------------------------------------------------------------------------
// evidence
// -------------------------------------------------------------------------------------

const spanRule =
  (text: (r: Report.ReportData) => string | undefined) =>
  (code: string, severity: V.Severity): V.Validator<Report.ReportData> =>
  (report) => {
    const t = text(report)
    if (t === undefined) return []
    const matches = Evidence.matches(t)
    return Report.spans(report).flatMap(([path, span, node]) =>
      matches(span)
        ? []
        : [
            {
              code,
              severity,
              node,
              path,
              message: `the span ${span.start}–${span.end} does not quote the text`,
            },
          ],
    )
  }

/**
 * `evidence/span-mismatch`, against the report's own text.
 *
 * @category constructors
 * @since 0.1.0
 */
export const spanMismatch: Rule = rule(
  'evidence/span-mismatch',
  'error',
  "every span's words equal the text at its offsets",
  'evidence must point at the words it quotes',
  spanRule((r) => r.text),
)

/**
 * `evidence/span-mismatch` against a text you supply (for reports that do not embed it).
 *
 * @category constructors
 * @since 0.1.0
 */
export const spansMatch = (text: string): Rule =>
  rule(
    'evidence/span-mismatch',
    'error',
    "every span's words equal the text at its offsets",
    'evidence must point at the words it quotes',
    spanRule(() => text),
  )

/**
 * `evidence/uncovered-sentence`: each sentence of the report's text that no span touches.
 *
 * @category constructors
 * @since 0.1.0
 */
export const uncoveredSentence: Rule = rule(
  'evidence/uncovered-sentence',
  'info',
  'every sentence of the text is covered by a span',
  'a complete encoding leaves no claim out',
  (code, severity) => (report) => {
    if (report.text === undefined) return []
    const spans = Report.spans(report).map(([, span]) => span)
    return Evidence.uncovered(report.text, spans).map((s) => ({
      code,
      severity,
      path: ['text'],
      message: `no evidence covers the sentence at ${s.start}–${s.end}: ${JSON.stringify(s.text.length > 80 ? `${s.text.slice(0, 80)}…` : s.text)}`,
    }))
  },
)

/**
 * `evidence/missing`: nodes without evidence.
 *
 * @category constructors
 * @since 0.1.0
 */
export const evidenceMissing: Rule = rule(
  'evidence/missing',
  'info',
  'every statement, event and threat carries evidence',
  'every node should be anchored in the text',
  (code, severity) => {
    const check = V.fromPredicate<{
      readonly id: string
      readonly evidence?: ReadonlyArray<Evidence.Span>
    }>(code, severity, ({ node }) =>
      node.evidence === undefined || node.evidence.length === 0
        ? 'no evidence anchors this node in the text'
        : undefined,
    )
    return V.concatAll(V.events(check), V.statements(check), V.threats(check))
  },
)

// -------------------------------------------------------------------------------------
// real reporting: circular chains, relayed messages, denials by a party
// -------------------------------------------------------------------------------------

/**
 * `attribution/circular`: an attribution chain passes through the same actor twice.
 *
 * @category constructors
 * @since 0.2.0
 */
export const circular: Rule = rule(
  'attribution/circular',
  'warning',
  'no attribution chain passes through the same actor twice',
  'circular reporting: a claim that comes back to a source through others looks corroborated when it is one voice',
  (code, severity) =>
    statementsWithActors((actors) => ({ node: s, path }) => {
      const chain = s.attribution?.chain
      if (chain === undefined || chain.length < 2) return []
      let out: V.Issue[] | undefined
      // where each source was first met: linear in the chain
      const first = new Map<Id.ActorId, number>()
      for (let j = 0; j < chain.length; j++) {
        const source = chain[j]!.source
        if (source === undefined) continue
        const k = first.get(source)
        if (k === undefined) {
          first.set(source, j)
          continue
        }
        ;(out ??= []).push({
          code,
          severity,
          node: s.id,
          path: [...path, 'attribution', 'chain', j, 'source'],
          message: `the chain passes through ${name(actors, source)} twice (links ${k} and ${j}): circular reporting, one voice that may look like two`,
        })
      }
      return out ?? []
    }),
)

/**
 * `relay/uncertain-intermediary`: a message travelled through an intermediary the report
 * does not identify (an anonymous or unnamed actor, with or without candidates).
 *
 * @category constructors
 * @since 0.2.0
 */
export const uncertainIntermediary: Rule = rule(
  'relay/uncertain-intermediary',
  'info',
  'a message that travelled through intermediaries names them (an anonymous or unnamed intermediary is noted, with its candidates)',
  'who carried a message shapes what it means',
  (code, severity) =>
    statementsWithActors((actors) => ({ node: s, path }) => {
      const hops = s.intermediaries
      if (hops === undefined || hops.length === 0) return []
      let out: V.Issue[] | undefined
      for (let j = 0; j < hops.length; j++) {
        const a = actors.get(hops[j]!.actor)
        if (a === undefined || Actor.isIdentified(a)) continue
        const candidates = Actor.candidates(a)
        const who =
          candidates.length === 0
            ? `who ${a.kind === 'unnamed' && a.count !== 1 ? 'are' : 'is'} not identified`
            : `whose identity is uncertain: ${candidates
                .map(
                  (c) =>
                    `${c.likelihood?.cue ?? c.likelihood?.band?.replace(/_/g, ' ') ?? 'possibly'} ${name(actors, c.actor)}`,
                )
                .join(', or ')}`
        ;(out ??= []).push({
          code,
          severity,
          node: s.id,
          path: [...path, 'intermediaries', j],
          message: `the message passed through ${Actor.label(a)}, ${who}`,
        })
      }
      return out ?? []
    }),
)

/** The actors a node stands for: itself, what it acts for or is part or a member of, where it holds office. */
const sidesOf = (a: Actor.Actor | undefined, id: Id.ActorId): ReadonlyArray<Id.ActorId> => {
  if (a === undefined) return [id]
  const out: Id.ActorId[] = [id]
  a.relations?.forEach(
    (r) =>
      (r.kind === 'acts_for' || r.kind === 'part_of' || r.kind === 'member_of') &&
      out.push(r.target),
  )
  if (a.kind === 'person') a.offices?.forEach((o) => o.in !== undefined && out.push(o.in))
  return out
}

/** The events a proposition asserts to occur: under an even number of negations, through modalities, not under `or`. */
const asserted = (p: Proposition.Proposition): ReadonlyArray<Id.EventId> => {
  const out: Id.EventId[] = []
  const stack: Array<readonly [Proposition.Proposition, boolean]> = [[p, true]]
  while (stack.length > 0) {
    const [q, positive] = stack.pop()!
    switch (q.kind) {
      case 'occurs':
        if (positive) out.push(q.event)
        break
      case 'not':
        stack.push([q.operand, !positive])
        break
      case 'and':
        if (positive) for (const o of q.operands) stack.push([o, positive])
        break
      case 'or':
        if (!positive) for (const o of q.operands) stack.push([o, positive])
        break
      default:
        stack.push([q.operand, positive])
    }
  }
  return out
}

/**
 * `claim/denied-by-party`: a claim is denied on the record by a party to it.
 *
 * A denial is a statement with the act `deny` whose speakers are all named (not anonymous,
 * unnamed or the report's own voice). An actor stands for itself and for what it acts for,
 * is part or a member of, or holds an office in; a denier is a party when something it
 * stands for is a party or something a party stands for (the ministry answers for its
 * police). It denies a claim by a party when:
 *
 * - its content is an event the claim asserts, and it is a party to the event (an agent or
 *   a target);
 * - its content is the threat the claim states, and it is a party to the threat (an issuer,
 *   an addressee or an enforcer);
 * - it is about the claim itself (nested, or the sourcing of the claim), or about the
 *   claim's sourcing in general — a source of its chain, the report of a publisher in its
 *   chain, or this report — and it is a party to the claim: a speaker or addressee, or a
 *   party to an event the claim asserts or to the threat it states.
 *
 * Linear in the size of the report (a chain has at most 1,000 links).
 *
 * @category constructors
 * @since 0.2.0
 */
export const deniedByParty: Rule = rule(
  'claim/denied-by-party',
  'warning',
  "no claim is denied on the record by a party to it (a `deny` by named speakers, of the claim's event, threat, statement or sourcing, by a party or one acting for it)",
  'a claim its own party denies on the record is contested',
  (code, severity) =>
    eachNode('statements', (report) => {
      const actors = lookupById(report.actors)
      const events = lookupById(report.events)
      const threats = lookupById(report.threats)
      const statements = lookupById(report.statements)
      /** The parties of an event, of a threat and of a claim, each set built once. */
      const memo = new Map<string, ReadonlySet<Id.ActorId>>()
      // each party with what it stands for: the ministry answers for its police
      const once = (key: string, build: () => Iterable<Id.ActorId>) => {
        let set = memo.get(key)
        if (set === undefined) {
          const parties = new Set<Id.ActorId>()
          for (const x of build()) for (const side of sidesOf(actors.get(x), x)) parties.add(side)
          memo.set(key, (set = parties))
        }
        return set
      }
      const eventParties = (e: Id.EventId) =>
        once(`e:${e}`, () => {
          const event = events.get(e)
          return [...(event?.agents ?? []), ...(event?.targets ?? [])]
        })
      const threatParties = (t: Id.ThreatId) =>
        once(`t:${t}`, () => {
          const threat = threats.get(t)
          return threat === undefined ? [] : Threat.parties(threat)
        })
      const claimParties = (s: Statement.Statement) =>
        once(`s:${s.id}`, function* () {
          yield* s.speakers
          yield* s.addressees ?? []
          const c = s.content
          if (c.kind === 'proposition')
            for (const e of asserted(c.proposition)) {
              const event = events.get(e)
              yield* event?.agents ?? []
              yield* event?.targets ?? []
            }
          if (c.kind === 'threat') {
            const threat = threats.get(c.threat)
            if (threat !== undefined) yield* Threat.parties(threat)
          }
        })
      /** The first denial on the record by a speaker standing for one of `parties`, if any. */
      type Denial = { readonly id: Id.StatementId; readonly speaker: Id.ActorId }
      const byEvent = new Map<Id.EventId, Denial>()
      const byThreat = new Map<Id.ThreatId, Denial>()
      const byStatement = new Map<Id.StatementId, Denial>()
      // denials of a source (or a publisher), and of this report: side → denial
      const bySource = new Map<Id.ActorId, Map<Id.ActorId, Denial>>()
      const ofThisReport = new Map<Id.ActorId, Denial>()
      for (const d of report.statements) {
        if (d.act !== 'deny') continue
        const onRecord = d.speakers.every((x) => {
          const a = actors.get(x)
          return (
            x !== report.author && a !== undefined && Actor.isIdentified(a) && a.kind !== 'author'
          )
        })
        if (!onRecord) continue
        const sides: Id.ActorId[] = []
        for (const x of d.speakers) for (const side of sidesOf(actors.get(x), x)) sides.push(side)
        const denial: Denial = { id: d.id, speaker: d.speakers[0] }
        const standsFor = (parties: ReadonlySet<Id.ActorId>) => sides.some((x) => parties.has(x))
        const c = d.content
        if (c.kind === 'proposition') {
          for (const e of asserted(c.proposition))
            if (!byEvent.has(e) && standsFor(eventParties(e))) byEvent.set(e, denial)
        } else if (c.kind === 'threat') {
          if (!byThreat.has(c.threat) && standsFor(threatParties(c.threat)))
            byThreat.set(c.threat, denial)
        } else if (
          c.kind === 'statement' ||
          (c.kind === 'sourcing' && c.target.kind === 'statement')
        ) {
          const target =
            c.kind === 'statement'
              ? c.statement
              : (c.target as { statement: Id.StatementId }).statement
          const claim = statements.get(target)
          if (claim !== undefined && !byStatement.has(target) && standsFor(claimParties(claim)))
            byStatement.set(target, denial)
        } else if (c.kind === 'sourcing') {
          const t = c.target
          const into =
            t.kind === 'report' && t.publisher === undefined
              ? ofThisReport
              : (() => {
                  const key =
                    t.kind === 'source' ? t.source : (t as { publisher: Id.ActorId }).publisher
                  let m = bySource.get(key)
                  if (m === undefined) bySource.set(key, (m = new Map()))
                  return m
                })()
          for (const side of sides) if (!into.has(side)) into.set(side, denial)
        }
      }
      const none =
        byEvent.size + byThreat.size + byStatement.size + bySource.size + ofThisReport.size === 0
      const standing = (
        parties: ReadonlySet<Id.ActorId>,
        sides: ReadonlyMap<Id.ActorId, Denial>,
      ) => {
        // the smaller side is walked, the larger probed
        if (sides.size < parties.size) {
          for (const [side, d] of sides) if (parties.has(side)) return d
        } else
          for (const p of parties) {
            const d = sides.get(p)
            if (d !== undefined) return d
          }
        return undefined
      }
      return ({ node: s, path }: V.Focus<Statement.Statement>) => {
        if (none || s.act === 'deny' || Statement.isNonAnswer(s)) return []
        const c = s.content
        let found: Denial | undefined = byStatement.get(s.id)
        if (found === undefined && c.kind === 'proposition')
          for (const e of asserted(c.proposition)) if ((found = byEvent.get(e)) !== undefined) break
        if (found === undefined && c.kind === 'threat') found = byThreat.get(c.threat)
        if (found === undefined && ofThisReport.size > 0)
          found = standing(claimParties(s), ofThisReport)
        const chain = s.attribution?.chain
        if (found === undefined && chain !== undefined && bySource.size > 0)
          for (const l of chain) {
            const sides = l.source === undefined ? undefined : bySource.get(l.source)
            if (sides !== undefined && (found = standing(claimParties(s), sides)) !== undefined)
              break
          }
        if (found === undefined || found.id === s.id) return []
        return [
          {
            code,
            severity,
            node: s.id,
            path,
            message: `${name(actors, found.speaker)}, a party to this claim, denied it on the record (statement "${found.id}")`,
          },
        ]
      }
    }),
)

// -------------------------------------------------------------------------------------
// rule sets
// -------------------------------------------------------------------------------------

/**
 * The rules of the standard set, in the order they run.
 *
 * @category model
 * @since 0.1.0
 */
export const STANDARD: ReadonlyArray<Rule> = [
  attributionMissing,
  anonymousUndescribed,
  singleAnonymousSource,
  unattributedHedge,
  outletAffiliation,
  quoteSpeaker,
  quoteVerbatim,
  threatMissingCondition,
  threatMissingEnforcer,
  threatContradictoryCondition,
  threatActMismatch,
  ultimatumWithoutDeadline,
  responsePrecedesCause,
  mixedBands,
  spanMismatch,
  circular,
  uncertainIntermediary,
  deniedByParty,
]

/**
 * The rules of the strict set: the standard ones plus coverage and evidence rules.
 *
 * @category model
 * @since 0.1.0
 */
export const STRICT: ReadonlyArray<Rule> = [...STANDARD, uncoveredSentence, evidenceMissing]

/**
 * One validator from a list of rules.
 *
 * @category combinators
 * @since 0.1.0
 */
export const toValidator = (rules: ReadonlyArray<Rule>): V.Validator<Report.ReportData> =>
  V.concatAll(...rules.map((r) => r.validate))

/**
 * The standard rule set as one validator.
 *
 * @category combinators
 * @since 0.1.0
 */
export const standard: V.Validator<Report.ReportData> = toValidator(STANDARD)

/**
 * The strict rule set as one validator: every warning becomes an error.
 *
 * @category combinators
 * @since 0.1.0
 */
export const strict: V.Validator<Report.ReportData> = pipe(
  toValidator(STRICT),
  V.mapIssues((i) => (i.severity === 'warning' ? { ...i, severity: 'error' } : i)),
)

/**
 * Finds a built-in rule by its code.
 *
 * @category utils
 * @since 0.1.0
 */
export const byCode = (code: string): Rule | undefined => STRICT.find((r) => r.code === code)
