// The three baselines of the benchmark, each describing the same report shape as
// claimgraph's Report codec: a plain io-ts codec written the obvious way (t.type / t.union),
// a zod 4 schema, and a hand-written type guard. Structure only: no brands, no integrity.
import * as t from 'io-ts'
import { z } from 'zod'

// ---------------------------------------------------------------------------------------
// plain io-ts
// ---------------------------------------------------------------------------------------

const lit = (...vs) => t.union(vs.map((v) => t.literal(v)))
const opt = (req, optional) => t.intersection([t.type(req), t.partial(optional)])
const ids = t.array(t.string)
const span = t.type({ start: t.number, end: t.number, text: t.string })
const spans = t.array(span)
const likelihood = opt({ factuality: t.string }, { band: t.string, cue: t.string })
const timeRef = t.union([
  t.string,
  opt(
    { kind: t.literal('relative'), phrase: t.string, shift: t.UnknownRecord },
    { anchor: t.string },
  ),
])
const proposition = t.recursion('Proposition', () =>
  t.union([
    t.type({ kind: t.literal('occurs'), event: t.string }),
    t.type({ kind: t.literal('not'), operand: proposition }),
    t.type({ kind: lit('and', 'or'), operands: t.array(proposition) }),
    t.type({ kind: t.literal('epistemic'), likelihood, operand: proposition }),
    t.type({ kind: lit('ability', 'obligation'), agents: ids, operand: proposition }),
  ]),
)
const common = {
  relations: t.array(t.type({ kind: t.string, target: t.string })),
  external: t.partial({ wikidata: t.string, cameo: t.string }),
}
const actor = t.union([
  opt({ kind: t.literal('state'), id: t.string, name: t.string, country: t.string }, common),
  opt(
    { kind: t.literal('organization'), id: t.string, name: t.string, sector: t.string },
    { ...common, country: t.string },
  ),
  opt(
    { kind: t.literal('person'), id: t.string, name: t.string },
    { ...common, offices: t.array(opt({ title: t.string }, { in: t.string })) },
  ),
  opt(
    { kind: t.literal('outlet'), id: t.string, name: t.string },
    { ...common, country: t.string, affiliations: ids },
  ),
  opt(
    {
      kind: t.literal('anonymous'),
      id: t.string,
      description: t.string,
      count: t.union([t.number, t.literal('unknown')]),
    },
    { ...common, affiliation: t.string },
  ),
  opt({ kind: t.literal('collective'), id: t.string, name: t.string, members: ids }, common),
  opt({ kind: t.literal('author'), id: t.string }, { ...common, name: t.string }),
])
const event = opt(
  { id: t.string, type: t.string, description: t.string, status: t.string },
  {
    agents: ids,
    targets: ids,
    places: t.array(opt({ name: t.string, role: t.string }, { country: t.string })),
    time: timeRef,
    instruments: t.array(t.string),
    relations: t.array(t.type({ kind: t.string, event: t.string })),
    cameo: t.string,
    evidence: spans,
  },
)
const link = t.partial({
  source: t.string,
  cue: t.string,
  grading: t.type({ reliability: t.string, credibility: t.number }),
  evidence: spans,
})
const content = t.union([
  t.type({ kind: t.literal('proposition'), proposition }),
  t.type({ kind: t.literal('threat'), threat: t.string }),
  t.type({ kind: t.literal('statement'), statement: t.string }),
  t.type({ kind: t.literal('none') }),
])
const statement = opt(
  { id: t.string, speakers: ids, act: t.string, content },
  {
    addressees: ids,
    quote: t.string,
    channel: t.string,
    time: timeRef,
    replyTo: t.string,
    attribution: t.type({ chain: t.array(link) }),
    hedges: t.array(likelihood),
    evidence: spans,
  },
)
const threat = opt(
  { id: t.string, issuer: ids, addressee: ids, consequence: proposition, valence: t.string },
  {
    condition: proposition,
    enforcer: ids,
    likelihood,
    deadline: timeRef,
    window: timeRef,
    revises: t.string,
    withdrawn: t.boolean,
    evidence: spans,
  },
)
export const ioTsReport = opt(
  {
    format: t.literal('claimgraph/2'),
    headline: t.string,
    author: t.string,
    actors: t.array(actor),
    events: t.array(event),
    statements: t.array(statement),
    threats: t.array(threat),
  },
  { outlet: t.string, published: t.string, language: t.string, text: t.string },
)

// ---------------------------------------------------------------------------------------
// zod 4
// ---------------------------------------------------------------------------------------

const zIds = z.array(z.string())
const zSpans = z.array(z.object({ start: z.number(), end: z.number(), text: z.string() }))
const zLikelihood = z.object({
  factuality: z.string(),
  band: z.string().optional(),
  cue: z.string().optional(),
})
const zTimeRef = z.union([
  z.string(),
  z.object({
    kind: z.literal('relative'),
    phrase: z.string(),
    shift: z.record(z.string(), z.unknown()),
    anchor: z.string().optional(),
  }),
])
const zProposition = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('occurs'), event: z.string() }),
    z.object({ kind: z.literal('not'), operand: zProposition }),
    z.object({ kind: z.literal('and'), operands: z.array(zProposition) }),
    z.object({ kind: z.literal('or'), operands: z.array(zProposition) }),
    z.object({ kind: z.literal('epistemic'), likelihood: zLikelihood, operand: zProposition }),
    z.object({ kind: z.literal('ability'), agents: zIds, operand: zProposition }),
    z.object({ kind: z.literal('obligation'), agents: zIds, operand: zProposition }),
  ]),
)
const zCommon = {
  relations: z.array(z.object({ kind: z.string(), target: z.string() })).optional(),
  external: z.object({ wikidata: z.string().optional(), cameo: z.string().optional() }).optional(),
}
const zActor = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('state'),
    id: z.string(),
    name: z.string(),
    country: z.string(),
    ...zCommon,
  }),
  z.object({
    kind: z.literal('organization'),
    id: z.string(),
    name: z.string(),
    sector: z.string(),
    country: z.string().optional(),
    ...zCommon,
  }),
  z.object({
    kind: z.literal('person'),
    id: z.string(),
    name: z.string(),
    offices: z.array(z.object({ title: z.string(), in: z.string().optional() })).optional(),
    ...zCommon,
  }),
  z.object({
    kind: z.literal('outlet'),
    id: z.string(),
    name: z.string(),
    country: z.string().optional(),
    affiliations: zIds.optional(),
    ...zCommon,
  }),
  z.object({
    kind: z.literal('anonymous'),
    id: z.string(),
    description: z.string(),
    count: z.union([z.number(), z.literal('unknown')]),
    affiliation: z.string().optional(),
    ...zCommon,
  }),
  z.object({
    kind: z.literal('collective'),
    id: z.string(),
    name: z.string(),
    members: zIds,
    ...zCommon,
  }),
  z.object({ kind: z.literal('author'), id: z.string(), name: z.string().optional(), ...zCommon }),
])
const zEvent = z.object({
  id: z.string(),
  type: z.string(),
  description: z.string(),
  status: z.string(),
  agents: zIds.optional(),
  targets: zIds.optional(),
  places: z
    .array(z.object({ name: z.string(), role: z.string(), country: z.string().optional() }))
    .optional(),
  time: zTimeRef.optional(),
  instruments: z.array(z.string()).optional(),
  relations: z.array(z.object({ kind: z.string(), event: z.string() })).optional(),
  cameo: z.string().optional(),
  evidence: zSpans.optional(),
})
const zLink = z.object({
  source: z.string().optional(),
  cue: z.string().optional(),
  grading: z.object({ reliability: z.string(), credibility: z.number() }).optional(),
  evidence: zSpans.optional(),
})
const zContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('proposition'), proposition: zProposition }),
  z.object({ kind: z.literal('threat'), threat: z.string() }),
  z.object({ kind: z.literal('statement'), statement: z.string() }),
  z.object({ kind: z.literal('none') }),
])
const zStatement = z.object({
  id: z.string(),
  speakers: zIds,
  act: z.string(),
  content: zContent,
  addressees: zIds.optional(),
  quote: z.string().optional(),
  channel: z.string().optional(),
  time: zTimeRef.optional(),
  replyTo: z.string().optional(),
  attribution: z.object({ chain: z.array(zLink) }).optional(),
  hedges: z.array(zLikelihood).optional(),
  evidence: zSpans.optional(),
})
const zThreat = z.object({
  id: z.string(),
  issuer: zIds,
  addressee: zIds,
  consequence: zProposition,
  valence: z.string(),
  condition: zProposition.optional(),
  enforcer: zIds.optional(),
  likelihood: zLikelihood.optional(),
  deadline: zTimeRef.optional(),
  window: zTimeRef.optional(),
  revises: z.string().optional(),
  withdrawn: z.boolean().optional(),
  evidence: zSpans.optional(),
})
export const zodReport = z.object({
  format: z.literal('claimgraph/2'),
  headline: z.string(),
  author: z.string(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  language: z.string().optional(),
  text: z.string().optional(),
  actors: z.array(zActor),
  events: z.array(zEvent),
  statements: z.array(zStatement),
  threats: z.array(zThreat),
})

// ---------------------------------------------------------------------------------------
// hand-written guard
// ---------------------------------------------------------------------------------------

const isObj = (u) => typeof u === 'object' && u !== null && !Array.isArray(u)
const isStr = (u) => typeof u === 'string'
const optStr = (u) => u === undefined || typeof u === 'string'
const isStrs = (u) => Array.isArray(u) && u.every(isStr)
const optStrs = (u) => u === undefined || isStrs(u)
const isSpans = (u) =>
  u === undefined ||
  (Array.isArray(u) &&
    u.every(
      (s) => isObj(s) && typeof s.start === 'number' && typeof s.end === 'number' && isStr(s.text),
    ))
const isLikelihood = (u) => isObj(u) && isStr(u.factuality) && optStr(u.band) && optStr(u.cue)
const isTimeRef = (u) =>
  u === undefined ||
  isStr(u) ||
  (isObj(u) && u.kind === 'relative' && isStr(u.phrase) && isObj(u.shift) && optStr(u.anchor))
const isProp = (u) => {
  if (!isObj(u)) return false
  switch (u.kind) {
    case 'occurs':
      return isStr(u.event)
    case 'not':
      return isProp(u.operand)
    case 'and':
    case 'or':
      return Array.isArray(u.operands) && u.operands.every(isProp)
    case 'epistemic':
      return isLikelihood(u.likelihood) && isProp(u.operand)
    case 'ability':
    case 'obligation':
      return isStrs(u.agents) && isProp(u.operand)
    default:
      return false
  }
}
const isCommon = (a) =>
  (a.relations === undefined ||
    (Array.isArray(a.relations) &&
      a.relations.every((r) => isObj(r) && isStr(r.kind) && isStr(r.target)))) &&
  (a.external === undefined ||
    (isObj(a.external) && optStr(a.external.wikidata) && optStr(a.external.cameo)))
const isActor = (a) => {
  if (!isObj(a) || !isStr(a.id) || !isCommon(a)) return false
  switch (a.kind) {
    case 'state':
      return isStr(a.name) && isStr(a.country)
    case 'organization':
      return isStr(a.name) && isStr(a.sector) && optStr(a.country)
    case 'person':
      return (
        isStr(a.name) &&
        (a.offices === undefined ||
          (Array.isArray(a.offices) &&
            a.offices.every((o) => isObj(o) && isStr(o.title) && optStr(o.in))))
      )
    case 'outlet':
      return isStr(a.name) && optStr(a.country) && optStrs(a.affiliations)
    case 'anonymous':
      return (
        isStr(a.description) &&
        (typeof a.count === 'number' || a.count === 'unknown') &&
        optStr(a.affiliation)
      )
    case 'collective':
      return isStr(a.name) && isStrs(a.members)
    case 'author':
      return optStr(a.name)
    default:
      return false
  }
}
const isEvent = (e) =>
  isObj(e) &&
  isStr(e.id) &&
  isStr(e.type) &&
  isStr(e.description) &&
  isStr(e.status) &&
  optStrs(e.agents) &&
  optStrs(e.targets) &&
  (e.places === undefined ||
    (Array.isArray(e.places) &&
      e.places.every((p) => isObj(p) && isStr(p.name) && isStr(p.role) && optStr(p.country)))) &&
  isTimeRef(e.time) &&
  optStrs(e.instruments) &&
  (e.relations === undefined ||
    (Array.isArray(e.relations) &&
      e.relations.every((r) => isObj(r) && isStr(r.kind) && isStr(r.event)))) &&
  optStr(e.cameo) &&
  isSpans(e.evidence)
const isContent = (c) =>
  isObj(c) &&
  (c.kind === 'proposition'
    ? isProp(c.proposition)
    : c.kind === 'threat'
      ? isStr(c.threat)
      : c.kind === 'statement'
        ? isStr(c.statement)
        : c.kind === 'none')
const isLink = (l) =>
  isObj(l) &&
  optStr(l.source) &&
  optStr(l.cue) &&
  (l.grading === undefined ||
    (isObj(l.grading) &&
      isStr(l.grading.reliability) &&
      typeof l.grading.credibility === 'number')) &&
  isSpans(l.evidence)
const isStatement = (s) =>
  isObj(s) &&
  isStr(s.id) &&
  isStrs(s.speakers) &&
  isStr(s.act) &&
  isContent(s.content) &&
  optStrs(s.addressees) &&
  optStr(s.quote) &&
  optStr(s.channel) &&
  isTimeRef(s.time) &&
  optStr(s.replyTo) &&
  (s.attribution === undefined ||
    (isObj(s.attribution) &&
      Array.isArray(s.attribution.chain) &&
      s.attribution.chain.every(isLink))) &&
  (s.hedges === undefined || (Array.isArray(s.hedges) && s.hedges.every(isLikelihood))) &&
  isSpans(s.evidence)
const isThreat = (x) =>
  isObj(x) &&
  isStr(x.id) &&
  isStrs(x.issuer) &&
  isStrs(x.addressee) &&
  isProp(x.consequence) &&
  isStr(x.valence) &&
  (x.condition === undefined || isProp(x.condition)) &&
  optStrs(x.enforcer) &&
  (x.likelihood === undefined || isLikelihood(x.likelihood)) &&
  isTimeRef(x.deadline) &&
  isTimeRef(x.window) &&
  optStr(x.revises) &&
  (x.withdrawn === undefined || typeof x.withdrawn === 'boolean') &&
  isSpans(x.evidence)
export const guardReport = (u) =>
  isObj(u) &&
  u.format === 'claimgraph/2' &&
  isStr(u.headline) &&
  isStr(u.author) &&
  optStr(u.outlet) &&
  optStr(u.published) &&
  optStr(u.language) &&
  optStr(u.text) &&
  Array.isArray(u.actors) &&
  u.actors.every(isActor) &&
  Array.isArray(u.events) &&
  u.events.every(isEvent) &&
  Array.isArray(u.statements) &&
  u.statements.every(isStatement) &&
  Array.isArray(u.threats) &&
  u.threats.every(isThreat)
