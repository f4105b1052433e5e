import { Event, Id, Proposition as P, Threat, Time, Timeline } from 'claimgraph'
import { pipe } from 'fp-ts/lib/function.js'
import assert from 'node:assert/strict'

// Yland: "If Xland deploys missiles to the island, we will blockade it."
// Xland, in answer: "Any blockade of our territory will be met by closing the strait."
// Zland, Yland's ally: "If the strait is closed, our navy will escort the tankers through."
const ev = (id: string, description: string, ...relations: ReadonlyArray<Event.Relation>) =>
  Event.make(id, id.split('-')[0]!, description, { status: 'hypothetical', relations })
const deploy = ev('deploy-missiles', 'Xland deploys missiles to the island')
const blockade = ev('blockade-of-xland', 'a blockade of Xland territory')
const blockadeIsland = ev('blockade-island', 'Yland blockades the island', {
  kind: 'instance_of',
  event: blockade.id,
})
const close = ev('close-strait', 'Xland closes the strait')
const escort = ev('escort-tankers', 'Zland escorts the tankers')
const events = [deploy, blockade, blockadeIsland, close, escort]
const [x, y, z] = [Id.actor('xland'), Id.actor('yland'), Id.actor('zland')]

const first = Threat.make('island-threat', {
  issuer: [y],
  addressee: [x],
  condition: P.occurs(deploy.id),
  consequence: P.occurs(blockadeIsland.id),
})
const counter = pipe(
  Threat.make('strait-threat', {
    issuer: [x],
    addressee: [y],
    condition: P.occurs(blockade.id),
    consequence: P.occurs(close.id),
  }),
  Threat.answering(first.id, 'counter'),
)
const escortThreat = Threat.make('escort-threat', {
  issuer: [z],
  addressee: [x],
  condition: P.occurs(close.id),
  consequence: P.occurs(escort.id),
})
const report = { actors: [], events, statements: [], threats: [first, counter, escortThreat] }

// the counter-threat's condition is the first threat's consequence: a blockade of the
// island is a blockade of Xland territory
assert.deepEqual(Threat.chains(first.id)(report), [
  {
    from: 'island-threat',
    to: 'strait-threat',
    path: ['blockade-island', 'blockade-of-xland'],
    entailed: true,
  },
])
assert.deepEqual(Threat.escalation(report).answers, [
  { from: 'strait-threat', to: 'island-threat', as: 'counter' },
])

// one timeline: the missiles went in, the blockade followed
const T = Time.time
const timeline = Timeline.make(
  { kind: 'occurred', event: deploy.id, time: T('2031-08-01') },
  { kind: 'occurred', event: blockadeIsland.id, time: T('2031-08-03') },
)
const status = Threat.status({ timeline, asOf: T('2031-08-05'), events })
assert.equal(status(first).kind, 'carried_out')
assert.equal(status(counter).kind, 'triggered')
assert.equal(status(escortThreat).kind, 'pending')

// projected forward from the deployment alone: what is certain, and what each step assumes
const projection = Threat.project(
  report,
  Timeline.make({ kind: 'occurred', event: deploy.id, time: T('2031-08-01') }),
  Timeline.empty,
)
assert.deepEqual(
  projection.steps.map((s) => [s.threat, s.depth, s.certain, s.assumes]),
  [
    ['island-threat', 0, true, []],
    ['strait-threat', 1, false, ['island-threat']],
    ['escort-threat', 2, false, ['strait-threat']],
  ],
)
assert.deepEqual(projection.cycles, [])
