import { readFileSync } from 'node:fs'
import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import {
  Actor,
  Event,
  Id,
  Proposition as P,
  Statement,
  Threat,
  Time,
  Timeline as TL,
} from '../src/index.js'

// The decision table of docs/threat-semantics.md, one test per row, each on invented cases.

const T = Time.time
const D = Time.duration
const ev = (id: string, description: string, ...relations: ReadonlyArray<Event.Relation>) =>
  Event.make(id, id.split('-')[0]!, description, {
    status: 'hypothetical',
    ...(relations.length > 0 ? { relations } : {}),
  })

// the actors: Yland issues, Xland is addressed, Wland is a third party; a Yland minister,
// a Yland army and an Xland spokesman belong to their states
const yland = Actor.state('yland', 'Yland', 'YYY')
const xland = Actor.state('xland', 'Xland', 'XXX')
const wland = Actor.state('wland', 'Wland', 'WWW')
const army = pipe(
  Actor.organization('yland-army', 'the Yland armed forces', 'military'),
  Actor.relate('part_of', yland.id),
)
const spokesman = Actor.person('xland-spokesman', 'the Xland foreign ministry spokesman', {
  offices: [Actor.office('spokesman', xland.id)],
})
const actors = [yland, xland, wland, army, spokesman]

// events of the cases
const crossing = ev('crossing', 'Xland troops cross the border')
const strike = ev('strike', 'Yland strikes Xland')
const stop = ev('stop-shelling', 'Xland stops the shelling')
const release = ev('release-all', 'Xland releases all the detained sailors')
const releaseSome = ev('release-some', 'Xland releases twenty of the sailors', {
  kind: 'part_of',
  event: release.id,
})
const withdrawAll = ev('withdraw-all', 'Xland withdraws all its troops from the valley')
const withdrawNorth = ev('withdraw-north', 'Xland withdraws from the northern villages', {
  kind: 'part_of',
  event: withdrawAll.id,
})
const journalist = ev('free-journalist', 'Xland frees the journalist')
const attack = ev('attack-on-port', 'militants attack the port of Yport')
const prevent = ev('xland-prevents-attack', 'Xland prevents the militant attack', {
  kind: 'prevents',
  event: attack.id,
})
const mediation = ev('mediation', 'Wland brokers a pause', { kind: 'prevents', event: strike.id })
const lift = ev('lift-blockade', 'Yland lifts the blockade of the coast')
const test = ev('missile-test', 'Xland tests a long-range missile')
const ease = ev('ease-sanctions', 'Yland eases the sanctions on Xland')
const sign = ev('sign-ceasefire', 'Xland signs the ceasefire')
const violate = ev('violate-ceasefire', 'Xland violates the ceasefire')
const sink = ev('sink-ship', 'the ship sinks', { kind: 'prevents', event: Id.event('surrender') })
const surrender = ev('surrender', 'the captain surrenders the ship')
const events = [
  ...[crossing, strike, stop, release, releaseSome, withdrawAll, withdrawNorth, journalist],
  ...[attack, prevent, mediation, lift, test, ease, sign, violate, sink, surrender],
]

type Kind = Threat.Class
interface Case {
  readonly threat: Threat.Threat
  readonly timeline: TL.Timeline
  readonly asOf: string
  readonly statements?: ReadonlyArray<Statement.Statement>
  readonly threats?: ReadonlyArray<Threat.Threat>
}

const report = (c: Case): Threat.ReportLike => ({
  actors,
  events,
  statements: c.statements ?? [],
  threats: [c.threat, ...(c.threats ?? [])],
})
const statusOf = (c: Case): Threat.Status =>
  Threat.status({ timeline: c.timeline, asOf: T(c.asOf), report: report(c) })(c.threat)
const tl = (...entries: ReadonlyArray<TL.Entry>): TL.Timeline => TL.make(...entries)
const at = (e: Event.Event, time?: string): TL.Entry =>
  time === undefined
    ? { kind: 'occurred', event: e.id }
    : { kind: 'occurred', event: e.id, time: T(time) }
const notBy = (e: Event.Event, by: string): TL.Entry => ({
  kind: 'not_occurred',
  event: e.id,
  by: T(by),
})

/** A negative threat: issued by Yland to Xland, enforced by Yland's army or by Wland. */
const negative = (
  kind: Kind,
  parts: Partial<Omit<Threat.Threat, 'id' | 'issuer' | 'addressee'>> &
    Pick<Threat.Threat, 'consequence'>,
): Threat.Threat =>
  Threat.make(`${kind}-case`, {
    issuer: [yland.id],
    addressee: [xland.id],
    enforcer: [kind === 'warning' ? wland.id : army.id],
    ...parts,
  })
const deterrent = (kind: Kind, extra: Partial<Threat.Threat> = {}) =>
  negative(kind, { condition: P.occurs(crossing.id), consequence: P.occurs(strike.id), ...extra })
const compellent = (kind: Kind, demanded: Event.Event, extra = {}) =>
  negative(kind, {
    condition: P.not(P.occurs(demanded.id)),
    consequence: P.occurs(strike.id),
    ...extra,
  })
const ultimatum = (extra: Partial<Threat.Threat> = {}) =>
  Threat.make('ultimatum-case', {
    issuer: [yland.id],
    addressee: [xland.id],
    enforcer: [army.id],
    condition: P.not(P.occurs(release.id)),
    consequence: P.occurs(strike.id),
    deadline: T('2031-01-20'),
    ...extra,
  })
const promise = (extra: Partial<Threat.Threat> = {}) =>
  Threat.make('promise-case', {
    issuer: [yland.id],
    addressee: [xland.id],
    enforcer: [yland.id],
    condition: P.occurs(stop.id),
    consequence: P.occurs(lift.id),
    valence: 'positive',
    ...extra,
  })
const inducement = (extra: Partial<Threat.Threat> = {}) =>
  Threat.make('inducement-case', {
    issuer: [yland.id],
    addressee: [xland.id],
    enforcer: [yland.id],
    condition: P.not(P.occurs(test.id)),
    consequence: P.occurs(ease.id),
    valence: 'positive',
    ...extra,
  })

const any = (kind: Kind, extra: Partial<Threat.Threat> = {}): Threat.Threat =>
  kind === 'threat' || kind === 'warning'
    ? deterrent(kind, extra)
    : kind === 'ultimatum'
      ? ultimatum(extra)
      : kind === 'promise'
        ? promise(extra)
        : inducement(extra)

/** Each row's cases, for one kind of its row: every case must give the row's status. */
const CASES: Readonly<Record<string, (kind: Kind) => ReadonlyArray<Case>>> = {
  withdrawn: (kind) => [
    {
      threat: Threat.withdraw('w')(any(kind)),
      timeline: tl(at(crossing, '2031-03-01')),
      asOf: '2031-06',
    },
  ],
  // superseded and unknown (of every kind) have their own tests below
  'threat/pending': (kind) => [
    // "if Xland's troops cross the border, Yland will strike": nothing recorded
    { threat: deterrent(kind), timeline: TL.empty, asOf: '2031-03-01' },
    // "unless Xland stops the shelling …": not stopped so far, and no deadline judges it
    {
      threat: compellent(kind, stop),
      timeline: tl(notBy(stop, '2031-03-01')),
      asOf: '2031-03-01',
    },
  ],
  'threat/holding': (kind) => [
    { threat: deterrent(kind), timeline: tl(notBy(crossing, '2031-03-01')), asOf: '2031-02-20' },
  ],
  'threat/triggered': (kind) => [
    // the troops crossed; the strike is not recorded
    { threat: deterrent(kind), timeline: tl(at(crossing, '2031-03-01')), asOf: '2031-03-02' },
    // "if Xland does not prevent the militants' attack": the attack happened, so it can't
    {
      threat: compellent(kind, prevent),
      timeline: tl(at(attack, '2031-03-01'), notBy(strike, '2031-03-05')),
      asOf: '2031-03-05',
    },
    // no condition at all
    {
      threat: negative(kind, { consequence: P.occurs(strike.id) }),
      timeline: TL.empty,
      asOf: '2031-03-02',
    },
  ],
  'threat/carried_out': (kind) => [
    {
      threat: deterrent(kind, { within: D('P7D') }),
      timeline: tl(at(crossing, '2031-03-01'), at(strike, '2031-03-05')),
      asOf: '2031-03-10',
    },
    // open-ended demand, unmet when the strike came
    {
      threat: compellent(kind, stop),
      timeline: tl(notBy(stop, '2031-03-10'), at(strike, '2031-03-05')),
      asOf: '2031-03-10',
    },
  ],
  'threat/carried_out_late': (kind) => [
    {
      threat: deterrent(kind, { within: D('PT72H') }),
      timeline: tl(at(crossing, '2031-03-01'), at(strike, '2031-03-10')),
      asOf: '2031-03-12',
    },
    {
      threat: deterrent(kind, { window: T('2031-03') }),
      timeline: tl(at(crossing, '2031-03-01'), at(strike, '2031-04-02')),
      asOf: '2031-05',
    },
  ],
  'threat/not_carried_out': (kind) => [
    {
      threat: deterrent(kind, { within: D('P7D') }),
      timeline: tl(at(crossing, '2031-03-01'), notBy(strike, '2031-03-20')),
      asOf: '2031-03-25',
    },
    // Wland's mediation made the strike impossible
    {
      threat: deterrent(kind),
      timeline: tl(at(crossing, '2031-03-01'), at(mediation, '2031-03-02')),
      asOf: '2031-03-03',
    },
  ],
  'threat/preempted': (kind) => [
    {
      threat: deterrent(kind),
      timeline: tl(at(strike, '2031-02-20'), at(crossing, '2031-03-01')),
      asOf: '2031-03-05',
    },
    // struck while the troops had not crossed
    {
      threat: deterrent(kind),
      timeline: tl(notBy(crossing, '2031-03-31'), at(strike, '2031-03-05')),
      asOf: '2031-03-20',
    },
    // struck after the journalist was freed
    {
      threat: compellent(kind, journalist),
      timeline: tl(at(journalist, '2031-03-01'), at(strike, '2031-03-05')),
      asOf: '2031-03-20',
    },
  ],
  'threat/complied': (kind) => [
    // "unless the journalist is freed …"
    {
      threat: compellent(kind, journalist),
      timeline: tl(at(journalist, '2031-03-01')),
      asOf: '2031-03-02',
    },
    // "if Xland does not prevent the attack": Xland prevented it
    {
      threat: compellent(kind, prevent),
      timeline: tl(at(prevent, '2031-03-01')),
      asOf: '2031-03-02',
    },
  ],
  'threat/partly_complied': (kind) => [
    {
      threat: compellent(kind, withdrawAll),
      timeline: tl(at(withdrawNorth, '2031-03-01'), notBy(withdrawAll, '2031-03-10')),
      asOf: '2031-03-10',
    },
  ],
  'ultimatum/pending': () => [
    // the sailors are held a month before the deadline
    { threat: ultimatum(), timeline: tl(notBy(release, '2030-12-16')), asOf: '2030-12-16' },
    { threat: ultimatum(), timeline: TL.empty, asOf: '2031-01-20' },
  ],
  'ultimatum/holding': () => [
    // "if your ships enter the strait before 1 April, they will be sunk"
    {
      threat: ultimatum({
        condition: P.occurs(crossing.id),
        deadline: T('2031-04-01'),
        deadlineBound: 'before',
      }),
      timeline: tl(notBy(crossing, '2031-03-15')),
      asOf: '2031-03-15',
    },
  ],
  'ultimatum/triggered': () => [
    { threat: ultimatum(), timeline: tl(notBy(release, '2031-01-21')), asOf: '2031-01-25' },
    // the crossing before the deadline sets a deterrent ultimatum off at once
    {
      threat: ultimatum({ condition: P.occurs(crossing.id), deadline: T('2031-04-01') }),
      timeline: tl(at(crossing, '2031-03-02')),
      asOf: '2031-03-03',
    },
  ],
  'ultimatum/carried_out': () => [
    {
      threat: ultimatum({ within: D('P7D') }),
      timeline: tl(notBy(release, '2031-01-21'), at(strike, '2031-01-22')),
      asOf: '2031-01-25',
    },
  ],
  'ultimatum/carried_out_late': () => [
    {
      threat: ultimatum({ within: D('P2D') }),
      timeline: tl(notBy(release, '2031-01-21'), at(strike, '2031-01-28')),
      asOf: '2031-02-01',
    },
  ],
  'ultimatum/not_carried_out': () => [
    {
      threat: ultimatum({ within: D('P7D') }),
      timeline: tl(notBy(release, '2031-01-21'), notBy(strike, '2031-02-10')),
      asOf: '2031-02-05',
    },
  ],
  'ultimatum/preempted': () => [
    // struck ten days before the deadline, with the sailors still held
    {
      threat: ultimatum(),
      timeline: tl(notBy(release, '2031-01-10'), at(strike, '2031-01-10')),
      asOf: '2031-01-12',
    },
    // struck although the sailors were released in time
    {
      threat: ultimatum(),
      timeline: tl(at(release, '2031-01-15'), at(strike, '2031-01-25')),
      asOf: '2031-02-01',
    },
  ],
  'ultimatum/complied': () => [
    { threat: ultimatum(), timeline: tl(at(release, '2031-01-15')), asOf: '2031-01-16' },
    { threat: ultimatum(), timeline: tl(at(release, '2031-01-20')), asOf: '2031-02-01' },
  ],
  'ultimatum/complied_late': () => [
    { threat: ultimatum(), timeline: tl(at(release, '2031-01-25')), asOf: '2031-02-01' },
    // "before the 20th": released on the 20th is late
    {
      threat: ultimatum({ deadlineBound: 'before' }),
      timeline: tl(at(release, '2031-01-20')),
      asOf: '2031-02-01',
    },
  ],
  'ultimatum/partly_complied': () => [
    {
      threat: ultimatum(),
      timeline: tl(at(releaseSome, '2031-01-18'), notBy(release, '2031-01-31')),
      asOf: '2031-02-01',
    },
  ],
  'promise/pending': () => [
    // "if Xland stops the shelling, Yland will lift the blockade": not stopped so far
    { threat: promise(), timeline: tl(notBy(stop, '2031-02-01')), asOf: '2031-02-01' },
    { threat: promise(), timeline: TL.empty, asOf: '2031-02-01' },
  ],
  'promise/holding': () => [
    // "if Xland signs the ceasefire and keeps it …"
    {
      threat: promise({ condition: P.and(P.occurs(sign.id), P.not(P.occurs(violate.id))) }),
      timeline: tl(at(sign, '2031-02-01'), notBy(violate, '2031-03-01')),
      asOf: '2031-03-01',
    },
  ],
  'promise/triggered': () => [
    { threat: promise(), timeline: tl(at(stop, '2031-03-01')), asOf: '2031-03-05' },
  ],
  'promise/kept': () => [
    {
      threat: promise({ within: D('P7D') }),
      timeline: tl(at(stop, '2031-03-01'), at(lift, '2031-03-03')),
      asOf: '2031-03-05',
    },
  ],
  'promise/kept_late': () => [
    {
      threat: promise({ within: D('P7D') }),
      timeline: tl(at(stop, '2031-03-01'), at(lift, '2031-03-20')),
      asOf: '2031-03-25',
    },
  ],
  'promise/broken': () => [
    {
      threat: promise({ within: D('P7D') }),
      timeline: tl(at(stop, '2031-03-01'), notBy(lift, '2031-03-31')),
      asOf: '2031-04-01',
    },
  ],
  'promise/preempted': () => [
    {
      threat: promise(),
      timeline: tl(at(lift, '2031-02-20'), at(stop, '2031-03-01')),
      asOf: '2031-03-05',
    },
  ],
  'promise/lapsed': () => [
    {
      threat: promise({ deadline: T('2031-03-01') }),
      timeline: tl(notBy(stop, '2031-03-05')),
      asOf: '2031-03-10',
    },
    // "if the captain surrenders the ship": the ship sank
    {
      threat: promise({ condition: P.occurs(surrender.id) }),
      timeline: tl(at(sink, '2031-03-01')),
      asOf: '2031-03-10',
    },
  ],
  'promise/rejected': () => [
    {
      threat: promise(),
      timeline: TL.empty,
      asOf: '2031-03-10',
      statements: [
        Statement.make(
          'dismissed',
          [spokesman.id],
          'reject',
          Statement.threat(Id.threat('promise-case')),
          {
            time: T('2031-03-02'),
          },
        ),
      ],
    },
  ],
  'inducement/pending': () => [{ threat: inducement(), timeline: TL.empty, asOf: '2031-04-01' }],
  'inducement/holding': () => [
    { threat: inducement(), timeline: tl(notBy(test, '2031-04-01')), asOf: '2031-04-01' },
  ],
  'inducement/triggered': () => [
    {
      threat: inducement({ deadline: T('2031-06-30') }),
      timeline: tl(notBy(test, '2031-07-01')),
      asOf: '2031-07-05',
    },
  ],
  'inducement/kept': () => [
    {
      threat: inducement(),
      timeline: tl(notBy(test, '2031-05-31'), at(ease, '2031-05-01')),
      asOf: '2031-05-31',
    },
  ],
  'inducement/kept_late': () => [
    {
      threat: inducement({ deadline: T('2031-06-30'), within: D('P30D') }),
      timeline: tl(notBy(test, '2031-07-01'), at(ease, '2031-09-01')),
      asOf: '2031-09-05',
    },
  ],
  'inducement/broken': () => [
    {
      threat: inducement({ deadline: T('2031-06-30'), within: D('P30D') }),
      timeline: tl(notBy(test, '2031-07-01'), notBy(ease, '2031-09-01')),
      asOf: '2031-09-05',
    },
  ],
  'inducement/lapsed': () => [
    { threat: inducement(), timeline: tl(at(test, '2031-04-10')), asOf: '2031-04-11' },
  ],
  'inducement/rejected': () => [
    {
      threat: inducement(),
      timeline: TL.empty,
      asOf: '2031-04-11',
      threats: [
        // Xland answers with a threat of its own that rejects the offer
        Threat.make('defiance', {
          issuer: [xland.id],
          addressee: [yland.id],
          condition: P.occurs(ease.id),
          consequence: P.occurs(test.id),
          answers: { threat: Id.threat('inducement-case'), as: 'rejection' },
        }),
      ],
    },
  ],
}

const label = (r: Threat.Rule) => (r.kinds.length === 5 ? 'every kind' : r.kinds.join(', '))

describe('Threat decision table', () => {
  it('docs/threat-semantics.md states exactly the rules of Threat.RULES', () => {
    const doc = readFileSync(new URL('../docs/threat-semantics.md', import.meta.url), 'utf8')
    const table = /<!-- decision-table -->\n([\s\S]*?)\n<!-- \/decision-table -->/.exec(doc)![1]!
    const rows = table
      .split('\n')
      .slice(2)
      .map((line) => {
        const [kinds, status, rule] = line.slice(2, -2).split(' | ')
        return [kinds, status!.replace(/`/g, ''), rule]
      })
    expect(rows).toEqual(Threat.RULES.map((r) => [label(r), r.status, r.rule]))
  })

  it('every kind has a rule for each status it can take, and a status its rule as reason', () => {
    for (const kind of ['threat', 'warning', 'ultimatum', 'promise', 'inducement'] as const)
      for (const status of [
        'withdrawn',
        'superseded',
        'unknown',
        'pending',
        'holding',
        'triggered',
      ])
        expect(Threat.RULES.some((r) => r.kinds.includes(kind) && r.status === status)).toBe(true)
  })

  for (const r of Threat.RULES) {
    if (r.status === 'superseded' || r.status === 'unknown') continue
    it(`${label(r)} · ${r.status}: ${r.rule}`, () => {
      for (const kind of r.kinds) {
        const cases = (CASES[`${kind === 'warning' ? 'threat' : kind}/${r.status}`] ??
          CASES[r.status])!(kind)
        expect(cases.length).toBeGreaterThan(0)
        for (const c of cases) {
          expect(Threat.classify({ actors })(c.threat), c.threat.id).toBe(kind)
          const s = statusOf(c)
          expect(s, `${kind}: ${JSON.stringify(c.timeline.entries)} as of ${c.asOf}`).toMatchObject(
            {
              kind: r.status,
              reason: r.rule,
            },
          )
          expect(s.possible).toBeUndefined()
        }
      }
    })
  }

  it('every kind · superseded: a later version of the threat has been stated by the as-of time', () => {
    for (const kind of ['threat', 'warning', 'ultimatum', 'promise', 'inducement'] as const) {
      const v1 = any(kind)
      const v2 = Threat.revise('v2', { within: D('P3D') })(v1)
      const first = Statement.make('s1', [yland.id], 'state', Statement.threat(v1.id), {
        time: T('2031-01-05'),
      })
      const again = Statement.make('s2', [yland.id], 'state', Statement.threat(v2.id), {
        time: T('2031-01-10'),
      })
      const history = Threat.history(v2.id)({ threats: [v1, v2], statements: [first, again] })
      const ctx = (asOf: string) => ({ timeline: TL.empty, asOf: T(asOf), events })
      const rule = Threat.RULES.find((x) => x.status === 'superseded')!.rule
      expect(Threat.statuses(ctx('2031-01-12'))(history).map((v) => v.status.kind)).toEqual([
        'superseded',
        Threat.status(ctx('2031-01-12'))(v2).kind,
      ])
      expect(Threat.statuses(ctx('2031-01-12'))(history)[0]!.status.reason).toBe(rule)
      // before the second version was stated, the first stands
      expect(Threat.statuses(ctx('2031-01-07'))(history)[0]!.status.kind).not.toBe('superseded')
      // "in January": perhaps stated by then, perhaps not
      expect(Threat.statuses(ctx('2031-01'))(history)[0]!.status.possible).toContain('superseded')
    }
  })

  it('every kind · unknown: the recorded times cannot order the events that decide the status, and possible lists what is left', () => {
    const rule = Threat.RULES.find((x) => x.status === 'unknown')!.rule
    const cases: ReadonlyArray<readonly [Kind, Case, ReadonlyArray<Threat.StatusKind>]> = [
      // crossing and strike both dated only 2030: which came first?
      [
        'threat',
        {
          threat: deterrent('threat'),
          timeline: tl(at(crossing, '2030'), at(strike, '2030')),
          asOf: '2031',
        },
        ['carried_out', 'preempted'],
      ],
      [
        'warning',
        {
          threat: deterrent('warning'),
          timeline: tl(at(crossing, '2030'), at(strike, '2030')),
          asOf: '2031',
        },
        ['carried_out', 'preempted'],
      ],
      // released "in January", against a deadline of the 20th
      [
        'ultimatum',
        { threat: ultimatum(), timeline: tl(at(release, '2031-01')), asOf: '2031-02-15' },
        ['complied', 'complied_late'],
      ],
      // the deadline passed, and nothing is recorded
      [
        'ultimatum',
        { threat: ultimatum(), timeline: TL.empty, asOf: '2031-02-15' },
        ['triggered', 'complied'],
      ],
      [
        'promise',
        {
          threat: promise(),
          timeline: tl(at(stop, '2031-03'), at(lift, '2031-03')),
          asOf: '2031-04',
        },
        ['preempted', 'kept'],
      ],
      [
        'inducement',
        {
          threat: inducement({ deadline: T('2031-03-01') }),
          timeline: tl(at(test, '2031')),
          asOf: '2032',
        },
        ['triggered', 'lapsed'],
      ],
    ]
    for (const [kind, c, possible] of cases) {
      expect(Threat.classify({ actors })(c.threat)).toBe(kind)
      expect(statusOf(c)).toMatchObject({ kind: 'unknown', reason: rule, possible })
    }
  })
})
