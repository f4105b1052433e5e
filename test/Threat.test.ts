import { pipe } from 'fp-ts/function'
import * as O from 'fp-ts/Option'
import { describe, expect, it } from 'vitest'
import {
  Actor,
  Event,
  Id,
  Likelihood,
  Proposition as P,
  Statement,
  Threat,
  Time,
  Timeline as TL,
} from '../src/index.js'
import { codecLaws, issuesOf } from './support/laws.js'
import { threat } from './support/arbitraries.js'

const us = Id.actor('us')
const iraq = Id.actor('iraq')
const israel = Id.actor('israel')
const prevents = P.occurs(Id.event('iraq-prevents-attack'))
const strike = P.occurs(Id.event('israeli-strike'))
const warning = Threat.make('t1', {
  issuer: [us],
  addressee: [iraq],
  enforcer: [israel],
  condition: P.not(prevents),
  consequence: strike,
  likelihood: Likelihood.fromFactuality('PS+'),
})

describe('Threat', () => {
  describe('codecs', () => {
    codecLaws(Threat.Threat, threat)
    it('requires issuer, addressee and consequence', () => {
      expect(
        issuesOf(Threat.Threat, { id: 't', valence: 'negative' }).map(([p, c]) => `${p} ${c}`),
      ).toEqual(['/issuer missing_key', '/addressee missing_key', '/consequence missing_key'])
      expect(issuesOf(Threat.Threat, { ...warning, enforcer: [] })).toEqual([
        ['/enforcer', 'too_short'],
      ])
    })
  })

  describe('queries', () => {
    const states = [
      Actor.state('us', 'United States', 'USA'),
      Actor.state('iraq', 'Iraq', 'IRQ'),
      Actor.state('israel', 'Israel', 'ISR'),
    ]
    it('classifies warnings, threats, ultimatums, promises and inducements', () => {
      const classify = Threat.classify({ actors: states })
      expect(classify(warning)).toBe('warning')
      expect(Threat.hasThirdPartyEnforcer({ actors: states })(warning)).toBe(true)
      expect(classify({ ...warning, enforcer: [us] })).toBe('threat')
      const { enforcer: _e, ...noEnforcer } = warning
      expect(classify(noEnforcer)).toBe('threat')
      expect(classify({ ...warning, deadline: Time.time('2024-12-01') })).toBe('ultimatum')
      expect(classify({ ...warning, valence: 'positive', condition: prevents })).toBe('promise')
      // a benefit for not acting: "if Iraq does not let the attack happen, aid continues"
      expect(classify({ ...warning, valence: 'positive' })).toBe('inducement')
      expect(
        classify({
          ...warning,
          valence: 'positive',
          condition: P.and(P.not(prevents), P.not(strike)),
        }),
      ).toBe('inducement')
      expect(
        classify({ ...warning, valence: 'positive', condition: P.and(P.not(prevents), strike) }),
      ).toBe('promise')
      const { condition: _c, ...unconditional } = warning
      expect(classify({ ...unconditional, valence: 'positive' })).toBe('promise')
    })

    describe('sides, from the report', () => {
      // a minister holds an office in the Xland government, part of Xland; the armed wing is
      // part of the movement its leader is a member of; a spokesman acts for the ministry
      const xland = Actor.state('xland', 'Xland', 'XXX')
      const government = pipe(
        Actor.organization('xland-government', 'the Xland government', 'government'),
        Actor.relate('part_of', xland.id),
      )
      const minister = Actor.person('minister', 'the Xland defence minister', {
        offices: [Actor.office('minister of defence', government.id)],
      })
      const ministry = pipe(
        Actor.organization('ministry', 'the Xland defence ministry', 'ministry'),
        Actor.relate('part_of', government.id),
      )
      const spokesman = pipe(
        Actor.person('spokesman', 'the ministry spokesman'),
        Actor.relate('acts_for', ministry.id),
      )
      const official = Actor.anonymous('official', 'a Xland official', { affiliation: xland.id })
      const movement = Actor.organization('movement', 'the Zland Movement', 'party')
      const leader = pipe(
        Actor.person('leader', 'the movement leader'),
        Actor.relate('member_of', movement.id),
      )
      const wing = pipe(
        Actor.organization('wing', 'the armed wing', 'armed_group'),
        Actor.relate('part_of', movement.id),
      )
      const yland = Actor.state('yland', 'Yland', 'YYY')
      const wland = Actor.state('wland', 'Wland', 'WWW')
      const alliance = Actor.organization('alliance', 'the Northern Alliance', 'international')
      const allies = [
        pipe(yland, Actor.relate('member_of', alliance.id)),
        pipe(wland, Actor.relate('member_of', alliance.id)),
      ]
      const both = Actor.collective('both', 'Xland and Wland', [xland.id, wland.id])
      // a cycle of relations is harmless
      const a = pipe(Actor.organization('a', 'A', 'other'), Actor.relate('part_of', Id.actor('b')))
      const b = pipe(Actor.organization('b', 'B', 'other'), Actor.relate('part_of', Id.actor('a')))
      const report = {
        actors: [
          xland,
          government,
          minister,
          ministry,
          spokesman,
          official,
          movement,
          leader,
          wing,
        ],
      }
      const threat = (issuer: Id.ActorId, enforcer: Id.ActorId) =>
        Threat.make('t', {
          issuer: [issuer],
          addressee: [Id.actor('yland')],
          enforcer: [enforcer],
          condition: P.occurs(Id.event('crossing')),
          consequence: P.occurs(Id.event('strike')),
        })
      it("an office in an organization of a state puts a person on the state's side", () => {
        expect(Threat.classify(report)(threat(minister.id, xland.id))).toBe('threat')
        expect(Threat.classifyByIds(threat(minister.id, xland.id))).toBe('warning')
      })
      it('acts_for, part_of, member_of and affiliation are followed, transitively', () => {
        expect(Threat.classify(report)(threat(spokesman.id, xland.id))).toBe('threat')
        expect(Threat.classify(report)(threat(official.id, ministry.id))).toBe('threat')
        expect(Threat.classify(report)(threat(leader.id, wing.id))).toBe('threat')
        expect(Threat.classify(report)(threat(leader.id, xland.id))).toBe('warning')
      })
      it('states stay distinct sides: allies in an alliance are still third parties', () => {
        const s = Threat.sides({ actors: [...allies, alliance] })
        expect(s.same(yland.id, wland.id)).toBe(false)
        expect(Threat.classify(s)(threat(yland.id, wland.id))).toBe('warning')
      })
      it('a collective stands for its members; relations in a cycle are safe', () => {
        const s = Threat.sides({ actors: [xland, wland, both, a, b] })
        expect(s.same(both.id, xland.id)).toBe(true)
        expect(s.same(xland.id, wland.id)).toBe(false)
        expect(Threat.classify(s)(threat(xland.id, both.id))).toBe('threat')
        expect(Threat.classify(s)(threat(yland.id, both.id))).toBe('warning')
        expect(s.same(a.id, b.id)).toBe(true)
      })
    })
    it('derives the demand as the simplified negation of the condition', () => {
      expect(Threat.demand(warning)).toEqual(O.some(prevents))
      const compound = {
        ...warning,
        condition: P.or(P.occurs(Id.event('a')), P.not(P.occurs(Id.event('b')))),
      }
      expect(Threat.demand(compound)).toEqual(
        O.some(P.and(P.not(P.occurs(Id.event('a'))), P.occurs(Id.event('b')))),
      )
      const { condition: _c, ...unconditional } = warning
      expect(Threat.demand(unconditional)).toEqual(O.none)
      expect(Threat.demand({ ...warning, valence: 'positive', condition: prevents })).toEqual(
        O.some(prevents),
      )
      expect(Threat.parties(warning)).toEqual([us, iraq, israel])
    })
  })

  describe('combinators', () => {
    it('revise and withdraw make new versions that point back', () => {
      const v2 = pipe(
        warning,
        Threat.withEvidence({ start: 0, end: 1, text: 'x' }),
        Threat.revise('t2', { deadline: Time.time('2024-11-30') }),
      )
      expect(v2).toMatchObject({ id: 't2', revises: 't1', deadline: '2024-11-30' })
      expect(v2.evidence).toBeUndefined()
      const v3 = Threat.withdraw('t3')(v2)
      expect(v3).toMatchObject({ id: 't3', revises: 't2', withdrawn: true })
      expect(Threat.Threat.is(v3)).toBe(true)
    })
  })
})

describe('Threat chains, escalation and projection', () => {
  const T = Time.time
  const [x, y, w] = [Id.actor('xland'), Id.actor('yland'), Id.actor('wland')]
  const ev = (id: string, ...relations: ReadonlyArray<Event.Relation>) =>
    Event.make(id, 'x', id.replace(/-/g, ' '), {
      status: 'hypothetical',
      ...(relations.length > 0 ? { relations } : {}),
    })
  // "an attack on Xland's bases" is an instance of "an attack on Xland territory"; the
  // invasion is a whole whose part is the river crossing
  const crossing = ev('xland-crosses-border')
  const attackOnXland = ev('attack-on-xland')
  const strikeBases = ev('yland-strikes-bases', {
    kind: 'instance_of',
    event: attackOnXland.id,
  })
  const closeStrait = ev('xland-closes-strait')
  const blockade = ev('wland-blockades-ports')
  const invasion = ev('yland-invades')
  const riverCrossing = ev('yland-crosses-river', { kind: 'part_of', event: invasion.id })
  const events = [
    crossing,
    attackOnXland,
    strikeBases,
    closeStrait,
    blockade,
    invasion,
    riverCrossing,
  ]
  const threat = (id: string, parts: Omit<Threat.Threat, 'id' | 'valence'>) =>
    Threat.make(id, parts)
  const first = threat('first', {
    issuer: [y],
    addressee: [x],
    condition: P.occurs(crossing.id),
    consequence: P.occurs(strikeBases.id),
  })
  const counter = pipe(
    threat('counter', {
      issuer: [x],
      addressee: [y],
      condition: P.occurs(attackOnXland.id),
      consequence: P.occurs(closeStrait.id),
    }),
    Threat.answering(first.id, 'counter'),
  )
  const third = threat('third', {
    issuer: [w],
    addressee: [x],
    condition: P.occurs(closeStrait.id),
    consequence: P.occurs(blockade.id),
  })
  // a whole makes its parts occur: an invasion means the river was crossed
  const invade = threat('invade', {
    issuer: [y],
    addressee: [x],
    condition: P.occurs(blockade.id),
    consequence: P.occurs(invasion.id),
  })
  const river = threat('river', {
    issuer: [x],
    addressee: [y],
    condition: P.and(P.occurs(riverCrossing.id), P.occurs(Id.event('second-event'))),
    consequence: P.occurs(crossing.id),
  })
  const report = (...threats: ReadonlyArray<Threat.Threat>): Threat.ReportLike => ({
    actors: [],
    events,
    statements: [],
    threats,
  })
  const all = report(first, counter, third, invade, river)

  it("chains: the counter-threat's condition is met by the first threat's consequence, through instance_of", () => {
    expect(Threat.chains(first.id)(all)).toEqual([
      {
        from: 'first',
        to: 'counter',
        path: ['yland-strikes-bases', 'attack-on-xland'],
        entailed: true,
      },
    ])
    expect(Threat.chains(counter.id)(all)).toEqual([
      { from: 'counter', to: 'third', path: ['xland-closes-strait'], entailed: true },
    ])
  })
  it('chains: a whole means its parts, and a part of a condition is met but not all of it', () => {
    expect(Threat.chains(invade.id)(all)).toEqual([
      {
        from: 'invade',
        to: 'river',
        path: ['yland-invades', 'yland-crosses-river'],
        entailed: false,
      },
    ])
    expect(Threat.chains(Id.threat('nothing'))(all)).toEqual([])
  })
  it('escalation: answers, consequences, entailments and conditions, as edges through events', () => {
    const g = Threat.escalation(all)
    expect(g.answers).toEqual([{ from: 'counter', to: 'first', as: 'counter' }])
    expect(g.consequences).toContainEqual({ threat: 'first', event: 'yland-strikes-bases' })
    expect(g.entails).toEqual([
      { from: 'yland-strikes-bases', to: 'attack-on-xland', via: 'instance_of' },
      { from: 'yland-invades', to: 'yland-crosses-river', via: 'part_of' },
    ])
    expect(g.conditions).toContainEqual({ event: 'attack-on-xland', threat: 'counter' })
    expect(g.conditions).toHaveLength(6)
  })

  it('project: the facts set off the first threat; each assumed consequence sets off the next', () => {
    const crossed = TL.make({ kind: 'occurred', event: crossing.id, time: T('2031-03-01') })
    const p = Threat.project(all, crossed, TL.empty)
    expect(p.steps).toEqual([
      { threat: 'first', depth: 0, certain: true, assumes: [], carriedOut: false },
      { threat: 'counter', depth: 1, certain: false, assumes: ['first'], carriedOut: false },
      { threat: 'third', depth: 2, certain: false, assumes: ['counter'], carriedOut: false },
      { threat: 'invade', depth: 3, certain: false, assumes: ['third'], carriedOut: false },
    ])
    expect(p.cycles).toEqual([])
    expect(p.truncated).toBe(false)
    // nothing happened: nothing is set off; an assumption sets it off instead
    expect(Threat.project(all, TL.empty, TL.empty).steps).toEqual([])
    expect(Threat.project(all, TL.empty, crossed).steps.map((s) => s.threat)).toEqual([
      'first',
      'counter',
      'third',
      'invade',
    ])
  })
  it('project: a consequence that already happened needs no assumption', () => {
    const facts = TL.make(
      { kind: 'occurred', event: crossing.id, time: T('2031-03-01') },
      { kind: 'occurred', event: strikeBases.id, time: T('2031-03-02') },
    )
    const p = Threat.project(all, facts, TL.empty)
    expect(p.steps.slice(0, 2)).toEqual([
      { threat: 'first', depth: 0, certain: true, assumes: [], carriedOut: true },
      { threat: 'counter', depth: 0, certain: true, assumes: [], carriedOut: false },
    ])
  })
  it('project: the depth is bounded, and a cascade that loops back is a cycle', () => {
    const crossed = TL.make({ kind: 'occurred', event: crossing.id, time: T('2031-03-01') })
    const short = Threat.project(all, crossed, TL.empty, { depth: 1 })
    expect(short.steps.map((s) => s.threat)).toEqual(['first', 'counter'])
    expect(short.truncated).toBe(true)
    // Xland and Yland each threaten to strike back if struck: each retaliation is a new
    // attack, an instance of the general one the other's threat is about
    const xAttacks = ev('xland-attacks')
    const yAttacks = ev('yland-attacks')
    const firstStrike = ev('xland-first-strike', { kind: 'instance_of', event: xAttacks.id })
    const yBack = ev('yland-retaliates', { kind: 'instance_of', event: yAttacks.id })
    const xBack = ev('xland-retaliates', { kind: 'instance_of', event: xAttacks.id })
    const mutual: Threat.ReportLike = {
      actors: [],
      events: [xAttacks, yAttacks, firstStrike, yBack, xBack],
      statements: [],
      threats: [
        threat('y-deters', {
          issuer: [y],
          addressee: [x],
          condition: P.occurs(xAttacks.id),
          consequence: P.occurs(yBack.id),
        }),
        threat('x-deters', {
          issuer: [x],
          addressee: [y],
          condition: P.occurs(yAttacks.id),
          consequence: P.occurs(xBack.id),
        }),
      ],
    }
    const p = Threat.project(
      mutual,
      TL.empty,
      TL.make({ kind: 'occurred', event: firstStrike.id, time: T('2031-05-01') }),
    )
    expect(p.steps.map((s) => [s.threat, s.depth])).toEqual([
      ['y-deters', 0],
      ['x-deters', 1],
    ])
    expect(p.cycles).toEqual([{ threat: 'y-deters', after: 'x-deters' }])
    expect(p.truncated).toBe(false)
    expect(Threat.chains(Id.threat('y-deters'))(mutual).map((c) => c.to)).toEqual(['x-deters'])
  })
  it('project: withdrawn and revised versions are not projected; the current version is', () => {
    const v2 = Threat.revise('first-v2', { consequence: P.occurs(blockade.id) })(first)
    const gone = Threat.withdraw('counter-withdrawn')(counter)
    const crossed = TL.make({ kind: 'occurred', event: crossing.id, time: T('2031-03-01') })
    expect(
      Threat.project(report(first, v2, counter, gone, invade), crossed, TL.empty).steps.map(
        (s) => s.threat,
      ),
    ).toEqual(['first-v2', 'invade'])
  })
})

describe('Threat: the less common shapes', () => {
  const T = Time.time
  const e = (id: string) => P.occurs(Id.event(id))
  const base = Threat.make('t', {
    issuer: [Id.actor('y')],
    addressee: [Id.actor('x')],
    condition: e('a'),
    consequence: e('b'),
  })

  it('sides: collectives of collectives stand for all their members, each once', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => Actor.state(id, id, 'AAA'))
    const ab = Actor.collective('ab', 'A and B', [a!.id, b!.id, a!.id])
    const abc = Actor.collective('abc', 'A, B and C', [ab.id, c!.id, ab.id])
    const loop = Actor.collective('loop', 'a loop', [Id.actor('loop'), a!.id])
    const s = Threat.sides({ actors: [a!, b!, c!, ab, abc, loop] })
    expect(s.of(abc.id)).toHaveLength(3)
    expect(s.of(abc.id)).toBe(s.of(abc.id)) // expanded once
    expect(s.same(abc.id, c!.id)).toBe(true)
    expect(s.of(loop.id)).toHaveLength(1)
  })

  it('classify reads restraint through hedges and abilities: a hedged refraining condition is an inducement', () => {
    const hedged = pipe(P.not(e('a')), P.hedge(Likelihood.fromBand('likely')))
    expect(Threat.classifyByIds({ ...base, valence: 'positive', condition: hedged })).toBe(
      'inducement',
    )
    expect(
      Threat.classifyByIds({
        ...base,
        valence: 'positive',
        condition: pipe(e('a'), P.able(Id.actor('x'))),
      }),
    ).toBe('promise')
  })

  it('functions that read conditions and consequences refuse a cyclic proposition', () => {
    const n = { kind: 'not', operand: e('a') } as { kind: 'not'; operand: P.Proposition }
    n.operand = n
    const cyclic = { ...base, condition: n as P.Proposition, consequence: n as P.Proposition }
    const r = { actors: [], events: [], statements: [], threats: [cyclic] }
    for (const f of [
      () => Threat.classifyByIds({ ...cyclic, valence: 'positive' }),
      () => Threat.demand(cyclic),
      () => Threat.escalation(r),
      () => Threat.chains(cyclic.id)(r),
      () => Threat.project(r, TL.empty, TL.empty),
      () => Threat.status({ timeline: TL.empty, asOf: T('2031') })(cyclic),
    ])
      expect(f).toThrow(/nested more than 256 levels deep, or is cyclic/)
  })

  it('diff: enforcers set or removed, actor lists of other sizes, a consequence made vaguer by an "or", a stronger likelihood', () => {
    const { enforcer: _e, ...noEnforcer } = { ...base, enforcer: [Id.actor('w')] as const }
    expect(Threat.diff(noEnforcer, { ...base, enforcer: [Id.actor('w')] })).toMatchObject([
      { field: 'enforcer', to: ['w'] },
    ])
    expect(
      Threat.diff(base, { ...base, issuer: [Id.actor('y'), Id.actor('z')] }).map((c) => c.field),
    ).toEqual(['issuer'])
    expect(Threat.diff(base, { ...base, issuer: [Id.actor('y'), Id.actor('y')] })).toEqual([])
    expect(Threat.diff(base, { ...base, consequence: P.or(e('b'), e('c')) })).toMatchObject([
      { field: 'consequence', direction: 'vaguer' },
    ])
    expect(
      Threat.diff(
        { ...base, likelihood: Likelihood.fromBand('likely') },
        { ...base, likelihood: Likelihood.fromBand('very_likely') },
      ),
    ).toMatchObject([{ field: 'likelihood', direction: 'stronger' }])
  })

  it('diff and describeChange: a deadline bound, a window as a duration, what a threat answers', () => {
    const changed = {
      ...base,
      deadlineBound: 'before' as const,
      within: Time.duration('PT72H'),
      answers: { threat: Id.threat('other'), as: 'counter' as const },
    }
    const names = { actor: String, event: String }
    expect(Threat.diff(base, changed).map((c) => Threat.describeChange(c, names))).toEqual([
      'deadline bound changed: by → before',
      'within changed: none → PT72H',
      'answers changed: none → counter of other',
    ])
    expect(Threat.diff(changed, base).map((c) => Threat.describeChange(c, names))).toEqual([
      'deadline bound changed: before → by',
      'within changed: PT72H → none',
      'answers changed: counter of other → none',
    ])
    expect(Threat.describeChange({ field: 'issuer', to: [Id.actor('y')] }, names)).toBe(
      'issuer changed: nobody → y',
    )
    expect(Threat.describeChange({ field: 'likelihood', direction: 'changed' }, names)).toBe(
      'likelihood changed: none → none',
    )
    expect(
      Threat.describeChange(
        { field: 'office', actor: Id.actor('y'), from: [], to: [{ title: 'envoy' }] },
        names,
      ),
    ).toBe('office of y changed: no office → envoy')
  })

  it('history: a revision of a missing version, versions nobody stated, and statements of other content', () => {
    const v2 = { ...Threat.revise('v2', {})(base), revises: Id.threat('missing') }
    const other = Statement.make('said', [Id.actor('y')], 'state', Statement.none)
    const h = Threat.history(v2.id)({ threats: [v2], statements: [other] })
    expect(h.map((v) => [v.threat.id, v.statements])).toEqual([['v2', []]])
    // a history whose versions are undated: the later one counts as stated
    const v3 = Threat.revise('v3', {})(base)
    const undated = Statement.make('s', [Id.actor('y')], 'state', Statement.threat(v3.id))
    const dated = [1, 2].map((d) =>
      Statement.make(`d${d}`, [Id.actor('y')], 'state', Statement.threat(base.id), {
        time: T(`2031-01-0${d}`),
      }),
    )
    const versions = Threat.history(base.id)({
      threats: [base, v3],
      statements: [undated, ...dated],
    })
    expect(
      Threat.statuses({ timeline: TL.empty, asOf: T('2031-01-01') })(versions).map(
        (v) => v.status.kind,
      ),
    ).toEqual(['superseded', 'pending'])
  })

  it('chains: nothing when no condition asks for what the consequence makes occur; negated and obliged events do not count', () => {
    const a = { ...base, consequence: P.and(P.not(e('x')), pipe(e('y'), P.must(Id.actor('z')))) }
    const b = { ...base, id: Id.threat('b'), condition: P.and(e('x'), e('y')) }
    const r = { actors: [], events: [], statements: [], threats: [a, b] }
    expect(Threat.chains(a.id)(r)).toEqual([])
    expect(Threat.escalation(r).consequences).toEqual([{ threat: 'b', event: 'b' }])
  })

  it('project: a deadline judged at its instant, an assumed consequence with no datable trigger, an unconditional threat', () => {
    const ultimatum = {
      ...base,
      id: Id.threat('u'),
      condition: P.not(e('release')),
      consequence: P.and(e('strike'), P.hedge(Likelihood.fromBand('likely'))(e('sanction'))),
      deadline: T('2031-01-20'),
    }
    const follow = { ...base, id: Id.threat('f'), condition: e('sanction'), consequence: e('z') }
    const unconditional: Threat.Threat = { ...base, id: Id.threat('now') }
    delete (unconditional as { condition?: P.Proposition }).condition
    const r = {
      actors: [],
      events: [],
      statements: [],
      threats: [ultimatum, follow, unconditional],
    }
    const p = Threat.project(
      r,
      TL.make({ kind: 'not_occurred', event: Id.event('release'), by: T('2031-01-25') }),
      TL.empty,
    )
    expect(p.steps.map((s) => [s.threat, s.depth, s.assumes])).toEqual([
      ['u', 0, []],
      ['now', 0, []],
      ['f', 1, ['u']],
    ])
  })
})
