// The report shape of the benchmark's baselines, written once as plain data and read by
// small interpreters into TypeBox, valibot and effect schemas (io-ts, zod and the hand
// guard in ../shapes.mjs are written out by hand). Structure only, as in ../shapes.mjs:
// types and required keys; no ids, dates, string contents, unknown keys or references.
export const FORMAT = 'claimgraph/2'

const S = { t: 'string' }
const N = { t: 'number' }
const B = { t: 'boolean' }
const lit = (v) => ({ t: 'literal', v })
const arr = (item) => ({ t: 'array', item })
const obj = (req, opt = {}) => ({ t: 'object', req, opt })
const union = (...alts) => ({ t: 'union', alts })
/** A union of objects told apart by `kind`. */
const tagged = (...alts) => ({ t: 'tagged', alts })
const record = { t: 'record' }
const self = { t: 'self' }

const ids = arr(S)
const spans = arr(obj({ start: N, end: N, text: S }))
const likelihood = obj({ factuality: S }, { band: S, cue: S })
const timeRef = union(S, obj({ kind: lit('relative'), phrase: S, shift: record }, { anchor: S }))
/** The one recursive definition: `self` inside it is the proposition itself. */
export const proposition = tagged(
  obj({ kind: lit('occurs'), event: S }),
  obj({ kind: lit('not'), operand: self }),
  obj({ kind: lit('and'), operands: arr(self) }),
  obj({ kind: lit('or'), operands: arr(self) }),
  obj({ kind: lit('epistemic'), likelihood, operand: self }),
  obj({ kind: lit('ability'), agents: ids, operand: self }),
  obj({ kind: lit('obligation'), agents: ids, operand: self }),
)
const P = { t: 'proposition' }
const common = {
  relations: arr(obj({ kind: S, target: S })),
  external: obj({}, { wikidata: S, cameo: S }),
}
const actor = tagged(
  obj({ kind: lit('state'), id: S, name: S, country: S }, common),
  obj({ kind: lit('organization'), id: S, name: S, sector: S }, { ...common, country: S }),
  obj(
    { kind: lit('person'), id: S, name: S },
    { ...common, offices: arr(obj({ title: S }, { in: S })) },
  ),
  obj({ kind: lit('outlet'), id: S, name: S }, { ...common, country: S, affiliations: ids }),
  obj(
    { kind: lit('anonymous'), id: S, description: S, count: union(N, lit('unknown')) },
    { ...common, affiliation: S },
  ),
  obj({ kind: lit('collective'), id: S, name: S, members: ids }, common),
  obj({ kind: lit('author'), id: S }, { ...common, name: S }),
)
const event = obj(
  { id: S, type: S, description: S, status: S },
  {
    agents: ids,
    targets: ids,
    places: arr(obj({ name: S, role: S }, { country: S })),
    time: timeRef,
    instruments: arr(S),
    relations: arr(obj({ kind: S, event: S })),
    cameo: S,
    evidence: spans,
  },
)
const link = obj(
  {},
  { source: S, cue: S, grading: obj({ reliability: S, credibility: N }), evidence: spans },
)
const content = tagged(
  obj({ kind: lit('proposition'), proposition: P }),
  obj({ kind: lit('threat'), threat: S }),
  obj({ kind: lit('statement'), statement: S }),
  obj({ kind: lit('none') }),
)
const statement = obj(
  { id: S, speakers: ids, act: S, content },
  {
    addressees: ids,
    quote: S,
    channel: S,
    time: timeRef,
    replyTo: S,
    attribution: obj({ chain: arr(link) }),
    hedges: arr(likelihood),
    evidence: spans,
  },
)
const threat = obj(
  { id: S, issuer: ids, addressee: ids, consequence: P, valence: S },
  {
    condition: P,
    enforcer: ids,
    likelihood,
    deadline: timeRef,
    window: timeRef,
    revises: S,
    withdrawn: B,
    evidence: spans,
  },
)
export const report = obj(
  {
    format: lit(FORMAT),
    headline: S,
    author: S,
    actors: arr(actor),
    events: arr(event),
    statements: arr(statement),
    threats: arr(threat),
  },
  { outlet: S, published: S, language: S, text: S },
)

/**
 * Interprets the shape with a schema library's constructors: `l` gives string, number,
 * boolean, literal, array, object, union, tagged, record, and `recursive(f)`, which makes
 * the proposition from `f(self)`.
 */
export const interpret = (l) => {
  let prop
  const go = (n, me) => {
    switch (n.t) {
      case 'string':
        return l.string()
      case 'number':
        return l.number()
      case 'boolean':
        return l.boolean()
      case 'literal':
        return l.literal(n.v)
      case 'array':
        return l.array(go(n.item, me))
      case 'record':
        return l.record()
      case 'object':
        return l.object(
          Object.fromEntries(Object.entries(n.req).map(([k, v]) => [k, go(v, me)])),
          Object.fromEntries(Object.entries(n.opt).map(([k, v]) => [k, go(v, me)])),
        )
      case 'union':
        return l.union(n.alts.map((a) => go(a, me)))
      case 'tagged':
        return l.tagged(n.alts.map((a) => go(a, me)))
      case 'self':
        return me
      case 'proposition':
        return (prop ??= l.recursive((me2) => go(proposition, me2)))
    }
  }
  return go(report, undefined)
}
