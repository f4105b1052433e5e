import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import {
  Actor,
  Event,
  Id,
  Likelihood,
  Proposition as P,
  Render,
  Report,
  Statement,
  Threat,
  Time,
  Timeline as TL,
} from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'

const T = Time.time
const seed = fixtures.report
const { events, threats } = fixtures
const at = (
  asOf: string,
  timeline: TL.Timeline,
  events: ReadonlyArray<Event.Event> = seed.events,
) => Threat.status({ timeline, asOf: T(asOf), events })

describe('Threat status', () => {
  describe('the seed threat', () => {
    const warning = threats.warning
    const rule = (status: Threat.StatusKind) =>
      Threat.RULES.find((r) => r.kinds.includes('warning') && r.status === status)!.rule
    it('is pending with an empty timeline', () => {
      expect(at('2024-11', TL.empty)(warning)).toEqual({
        kind: 'pending',
        reason: rule('pending'),
        because: [],
      })
    })
    it('is triggered once the Iranian attack is launched from Iraqi territory', () => {
      const launched = pipe(TL.empty, TL.occurred(events.iranianAttack.id, T('2024-11-10')))
      expect(at('2024-11-11', launched)(warning)).toEqual({
        kind: 'triggered',
        reason: rule('triggered'),
        because: [0],
      })
    })
    it('is carried out when an Israeli strike on Iraq follows', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(events.iranianAttack.id, T('2024-11-10')),
        TL.occurred(events.israeliAttack.id, T('2024-11-12')),
      )
      expect(at('2024-11-20', t)(warning)).toEqual({
        kind: 'carried_out',
        reason: rule('carried_out'),
        because: [0, 1],
      })
      // as of a day when the strike had not happened yet, it is only triggered
      expect(at('2024-11-11', t)(warning).kind).toBe('triggered')
    })
    it('an Israeli strike that came before the trigger does not carry it out: preempted', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(events.israeliAttack.id, T('2024-11-01')),
        TL.occurred(events.iranianAttack.id, T('2024-11-10')),
      )
      expect(at('2024-11-20', t)(warning)).toEqual({
        kind: 'preempted',
        reason: rule('preempted'),
        because: [0, 1],
      })
    })
    it('compliance: Iraq prevents the attack', () => {
      const t = pipe(TL.empty, TL.occurred(events.iraqPrevents.id, T('2024-11-05')))
      expect(at('2024-11-20', t)(warning)).toEqual({
        kind: 'complied',
        reason: rule('complied'),
        because: [0],
      })
    })
    it('what would trigger it and what would count as compliance, in words', () => {
      const names = Render.names(seed)
      expect(Threat.renderDemand(warning, names)).toEqual(
        O.some('Iraq must bring about: Iraq prevents the Iranian attack from its territory'),
      )
      expect(P.render(warning.condition!, names)).toBe(
        'not: Iraq prevents the Iranian attack from its territory',
      )
    })
  })

  describe('a classic deterrent threat with a deadline', () => {
    const withdraw = Event.make('withdrawal', 'withdraw', 'Xland withdraws its troops', {
      status: 'hypothetical',
    })
    const strike = Event.make('strike', 'strike', 'Yland strikes Xland', { status: 'hypothetical' })
    const threat = Threat.make('deterrent', {
      issuer: [Id.actor('yland')],
      addressee: [Id.actor('xland')],
      enforcer: [Id.actor('yland')],
      condition: P.not(P.occurs(withdraw.id)),
      consequence: P.occurs(strike.id),
      deadline: T('2025-01-15'),
      window: T('2025-01-31'),
    })
    const evs = [withdraw, strike]
    it('is an ultimatum', () => {
      expect(Threat.classifyByIds(threat)).toBe('ultimatum')
    })
    it('pending before the deadline, unknown after it when nothing is known', () => {
      expect(at('2025-01-10', TL.empty, evs)(threat).kind).toBe('pending')
      expect(at('2025-01-20', TL.empty, evs)(threat).kind).toBe('unknown')
    })
    it('complied when the troops withdraw', () => {
      expect(
        at('2025-01-20', pipe(TL.empty, TL.occurred(withdraw.id, T('2025-01-10'))), evs)(threat)
          .kind,
      ).toBe('complied')
    })
    it('triggered when the deadline passes without withdrawal; not carried out when the window passes without a strike', () => {
      const t = pipe(TL.empty, TL.notOccurredBy(withdraw.id, T('2025-02-28')))
      expect(at('2025-01-20', t, evs)(threat).kind).toBe('triggered')
      const quiet = pipe(t, TL.notOccurredBy(strike.id, T('2025-02-15')))
      expect(at('2025-02-10', quiet, evs)(threat)).toMatchObject({
        kind: 'not_carried_out',
        because: [0, 1],
      })
      const unknownStrike = at('2025-02-10', t, evs)(threat)
      expect(unknownStrike.kind).toBe('unknown')
    })
  })

  describe('a conditional promise', () => {
    // "If you stop the shelling, we will not resume the blockade."
    const stop = Event.make('stop-shelling', 'stop', 'Xland stops the shelling', {
      status: 'hypothetical',
    })
    const blockade = Event.make('resume-blockade', 'blockade', 'Yland resumes the blockade', {
      status: 'hypothetical',
    })
    const promise = Threat.make('promise', {
      issuer: [Id.actor('yland')],
      addressee: [Id.actor('xland')],
      enforcer: [Id.actor('yland')],
      condition: P.occurs(stop.id),
      consequence: P.not(P.occurs(blockade.id)),
      valence: 'positive',
    })
    it('is a promise whose demand is its condition', () => {
      expect(Threat.classifyByIds(promise)).toBe('promise')
      expect(Threat.demand(promise)).toEqual(O.some(P.occurs(stop.id)))
    })
    it('is kept when the shelling stops and the blockade stays lifted; broken when it resumes', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(stop.id, T('2025-03-01')),
        TL.notOccurredBy(blockade.id, T('2025-06-01')),
      )
      expect(at('2025-05-01', t, [stop, blockade])(promise).kind).toBe('kept')
      const resumed = pipe(
        TL.empty,
        TL.occurred(stop.id, T('2025-03-01')),
        TL.occurred(blockade.id, T('2025-04-01')),
      )
      expect(at('2025-05-01', resumed, [stop, blockade])(promise).kind).toBe('broken')
    })
  })

  describe('a counter-threat issued in reply to a threat', () => {
    const us = Actor.state('yland', 'Yland', 'YYY')
    const them = Actor.state('xland', 'Xland', 'XXX')
    const strikeX = Event.make('strike-x', 'strike', 'Yland strikes Xland', {
      status: 'hypothetical',
    })
    const strikeY = Event.make('strike-y', 'strike', 'Xland strikes Yland', {
      status: 'hypothetical',
    })
    const threat = Threat.make('threat', {
      issuer: [us.id],
      addressee: [them.id],
      enforcer: [us.id],
      condition: P.occurs(strikeY.id),
      consequence: P.occurs(strikeX.id),
    })
    const counter = Threat.make('counter', {
      issuer: [them.id],
      addressee: [us.id],
      enforcer: [them.id],
      condition: P.occurs(strikeX.id),
      consequence: pipe(P.occurs(strikeY.id), P.hedge(Likelihood.fromBand('very_likely'))),
    })
    const s1 = Statement.make('s1', [us.id], 'threaten', Statement.threat(threat.id))
    const s2 = pipe(
      Statement.make('s2', [them.id], 'threaten', Statement.threat(counter.id)),
      Statement.replyTo(s1.id),
    )
    const r = Report.make({
      headline: 'Threat and counter-threat',
      author: Id.actor('me'),
      actors: [Actor.author('me'), us, them],
      events: [strikeX, strikeY],
      statements: [s1, s2],
      threats: [threat, counter],
    })
    it('decodes, replies, and each threat has its own history', () => {
      expect(E.isRight(r)).toBe(true)
      if (E.isLeft(r)) return
      expect(Report.statement(Id.statement('s2'))(r.right)).toEqual(O.some(s2))
      expect(Threat.classify(r.right)(counter)).toBe('threat')
      expect(Threat.history(counter.id)(r.right).map((v) => v.threat.id)).toEqual(['counter'])
    })
    it('a strike by Xland triggers the first threat; Yland striking back carries it out, and the counter-threat, whose consequence is that same earlier strike, is preempted', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(strikeY.id, T('2025-04-01')),
        TL.occurred(strikeX.id, T('2025-04-03')),
      )
      expect(at('2025-04-05', t, [strikeX, strikeY])(threat).kind).toBe('carried_out')
      // an event is one happening: Xland's strike of 1 April came before Yland's of the 3rd
      expect(at('2025-04-05', t, [strikeX, strikeY])(counter).kind).toBe('preempted')
    })
  })

  it('a withdrawn version and an unconditional threat', () => {
    expect(at('2025', TL.empty)(Threat.withdraw('w')(threats.warning))).toEqual({
      kind: 'withdrawn',
      reason: 'this version withdraws the threat',
      because: [],
    })
    const { condition: _c, ...unconditional } = threats.warning
    expect(at('2025', TL.empty)(unconditional).kind).toBe('triggered')
  })
})

describe('Threat history', () => {
  const x = Id.actor('xland')
  const y = Id.actor('yland')
  const z = Id.actor('zland')
  const strike = Event.make('strike', 'strike', 'Yland strikes Xland', { status: 'hypothetical' })
  const pullOut = Event.make('pull-out', 'withdraw', 'Xland pulls out of the border zone', {
    status: 'hypothetical',
  })
  const v1 = Threat.make('v1', {
    issuer: [y],
    addressee: [x],
    enforcer: [y],
    condition: P.not(P.occurs(pullOut.id)),
    consequence: P.occurs(strike.id),
    deadline: T('2025-03-01'),
    likelihood: Likelihood.fromBand('very_likely'),
  })
  const v2 = pipe(
    v1,
    Threat.revise('v2', {
      deadline: T('2025-02-15'),
      consequence: pipe(P.occurs(strike.id), P.hedge(Likelihood.fromFactuality('PS+'))),
      enforcer: [z],
      likelihood: Likelihood.fromBand('likely'),
    }),
  )
  const v3 = Threat.withdraw('v3')(v2)
  const statements = [
    Statement.make('first', [y], 'threaten', Statement.threat(v1.id), { time: T('2025-01-10') }),
    Statement.make('restated', [y], 'threaten', Statement.threat(v2.id), { time: T('2025-02-01') }),
    Statement.make('withdrawn', [y], 'withdraw', Statement.threat(v3.id), {
      time: T('2025-02-10'),
    }),
  ]
  const r = Report.make({
    headline: 'A threat revised, then withdrawn',
    author: Id.actor('me'),
    actors: [
      Actor.author('me'),
      Actor.state('xland', 'Xland', 'XXX'),
      Actor.state('yland', 'Yland', 'YYY'),
      Actor.state('zland', 'Zland', 'ZZZ'),
    ],
    events: [strike, pullOut],
    statements,
    threats: [v3, v1, v2],
  })

  it('traces the versions in order from any of them, with the statements of each', () => {
    if (E.isLeft(r)) throw new Error('report')
    for (const id of ['v1', 'v2', 'v3'])
      expect(Threat.history(Id.threat(id))(r.right).map((v) => v.threat.id)).toEqual([
        'v1',
        'v2',
        'v3',
      ])
    expect(
      Threat.history(Id.threat('v1'))(r.right).map((v) => v.statements.map((s) => s.id)),
    ).toEqual([['first'], ['restated'], ['withdrawn']])
    expect(Threat.history(Id.threat('none'))(r.right)).toEqual([])
  })

  it('says what changed: an earlier deadline, a vaguer consequence, a new enforcer, a weaker likelihood, then withdrawal', () => {
    if (E.isLeft(r)) throw new Error('report')
    const [first, second, third] = Threat.history(Id.threat('v1'))(r.right)
    expect(first!.changes).toEqual([])
    expect(
      second!.changes.map((c) => [c.field, 'direction' in c ? c.direction : undefined]),
    ).toEqual([
      ['enforcer', undefined],
      ['consequence', 'vaguer'],
      ['deadline', 'earlier'],
      ['likelihood', 'weaker'],
    ])
    expect(third!.changes).toEqual([{ field: 'withdrawn' }])
    const names = Render.names(r.right)
    expect(second!.changes.map((c) => Threat.describeChange(c, names))).toEqual([
      'enforcer changed: Yland → Zland',
      'consequence vaguer: Yland strikes Xland → PS+: Yland strikes Xland',
      'deadline earlier: 2025-03-01 → 2025-02-15',
      'likelihood weaker: very_likely → likely',
    ])
    expect(at('2025-02-12', TL.empty, [strike, pullOut])(third!.threat).kind).toBe('withdrawn')
  })

  it('diff covers every field', () => {
    const base = v1
    const changed = {
      ...base,
      issuer: [z] as const,
      addressee: [y] as const,
      condition: P.occurs(pullOut.id),
      valence: 'positive' as const,
      window: T('2025-04'),
    }
    const { deadline: _d, likelihood: _l, ...noDeadline } = changed
    expect(Threat.diff(base, noDeadline).map((c) => c.field)).toEqual([
      'issuer',
      'addressee',
      'condition',
      'deadline',
      'window',
      'likelihood',
      'valence',
    ])
    expect(Threat.diff(base, { ...base, consequence: P.occurs(pullOut.id) })).toMatchObject([
      { field: 'consequence', direction: 'changed' },
    ])
    expect(Threat.diff(v2, { ...v2, consequence: P.occurs(strike.id) })).toMatchObject([
      { field: 'consequence', direction: 'more specific' },
    ])
    expect(Threat.diff(base, { ...base, deadline: T('2025-04-01') })).toMatchObject([
      { direction: 'later' },
    ])
    expect(Threat.diff(base, { ...base, deadline: T('2025') })).toMatchObject([
      { direction: 'changed' },
    ])
    const names = Render.names(fixtures.report)
    expect(Threat.diff(base, noDeadline).map((c) => Threat.describeChange(c, names))).toContain(
      'deadline removed: 2025-03-01 → none',
    )
    expect(
      Threat.describeChange({ field: 'valence', from: 'negative', to: 'positive' }, names),
    ).toBe('valence changed: negative → positive')
    expect(Threat.describeChange({ field: 'condition', to: P.occurs(pullOut.id) }, names)).toBe(
      'condition changed: none → pull-out',
    )
    expect(
      Threat.describeChange(
        {
          field: 'window',
          to: Time.relative('within a week', { unit: 'week', amount: 1 }),
          direction: 'set',
        },
        names,
      ),
    ).toBe('window set: none → within a week')
  })
})

describe('Threat status: what an analyst would sign', () => {
  // "Release the detained sailors by 20 January 2031, or Yland will strike."
  const release = Event.make('release', 'release', 'Xland releases the detained sailors', {
    status: 'hypothetical',
  })
  const strike = Event.make('strike', 'strike', 'Yland strikes Xland', { status: 'hypothetical' })
  const ultimatum = Threat.make('sailors', {
    issuer: [Id.actor('yland')],
    addressee: [Id.actor('xland')],
    enforcer: [Id.actor('yland')],
    condition: P.not(P.occurs(release.id)),
    consequence: P.occurs(strike.id),
    deadline: T('2031-01-20'),
  })
  const evs = [release, strike]
  const status = (t: TL.Timeline, asOf: string, threat = ultimatum) =>
    Threat.status({ timeline: t, asOf: T(asOf), events: evs })(threat)

  it('the condition is judged at the deadline: sailors still held a month before it is not yet a trigger', () => {
    const held = pipe(TL.empty, TL.notOccurredBy(release.id, T('2030-12-16')))
    expect(status(held, '2030-12-16').kind).toBe('pending')
  })
  it('a release after the deadline is compliance, late: not the same as compliance', () => {
    const late = pipe(TL.empty, TL.occurred(release.id, T('2031-01-25')))
    expect(status(late, '2031-02-01').kind).toBe('complied_late')
    expect(status(late, '2031-01-21').kind).toBe('triggered')
  })
  it('"not released by the deadline" stays known once the as-of time is past it', () => {
    const defied = pipe(TL.empty, TL.notOccurredBy(release.id, T('2031-01-20')))
    expect(status(defied, '2031-02-01')).toMatchObject({ kind: 'triggered', because: [0] })
  })
  it('with no window, a triggered ultimatum is not "not carried out" the day after the deadline', () => {
    const defied = pipe(TL.empty, TL.notOccurredBy(release.id, T('2031-01-20')))
    expect(status(defied, '2031-01-21').kind).toBe('triggered')
    expect(status(defied, '2033-01-21').kind).toBe('triggered')
  })
  it('"by" and "before" a deadline: a release on the day itself', () => {
    const onTheDay = pipe(TL.empty, TL.occurred(release.id, T('2031-01-20')))
    expect(status(onTheDay, '2031-02-01').kind).toBe('complied')
    expect(status(onTheDay, '2031-02-01', { ...ultimatum, deadlineBound: 'before' }).kind).toBe(
      'complied_late',
    )
    // "by January": any day of January counts
    const january = { ...ultimatum, deadline: T('2031-01') }
    expect(
      status(pipe(TL.empty, TL.occurred(release.id, T('2031-01-31'))), '2031-03', january).kind,
    ).toBe('complied')
  })
  it('a window measured from the trigger, as a duration', () => {
    const t = pipe(
      TL.empty,
      TL.notOccurredBy(release.id, T('2031-01-20')),
      TL.occurred(strike.id, T('2031-01-23')),
    )
    const within = (d: string) =>
      status(t, '2031-02-01', { ...ultimatum, within: Time.duration(d) })
    expect(within('PT72H').kind).toBe('carried_out')
    expect(within('PT48H').kind).toBe('carried_out_late')
    // an end time and a duration: the earlier end counts
    expect(
      status(t, '2031-02-01', {
        ...ultimatum,
        within: Time.duration('P7D'),
        window: T('2031-01-22'),
      }).kind,
    ).toBe('carried_out_late')
  })

  // "If Xland stops the shelling, Yland will lift the blockade."
  const stop = Event.make('stop', 'stop', 'Xland stops the shelling', { status: 'hypothetical' })
  const lift = Event.make('lift', 'lift', 'Yland lifts the blockade', { status: 'hypothetical' })
  const offer = Threat.make('offer', {
    issuer: [Id.actor('yland')],
    addressee: [Id.actor('xland')],
    condition: P.occurs(stop.id),
    consequence: P.occurs(lift.id),
    valence: 'positive',
  })
  it('a promise not taken up is pending, not "complied"', () => {
    const t = pipe(TL.empty, TL.notOccurredBy(stop.id, T('2031-02-01')))
    const s = Threat.status({ timeline: t, asOf: T('2031-02-01'), events: [stop, lift] })(offer)
    expect(s.kind).toBe('pending')
    // with a deadline that passed, the offer lapsed
    const due = { ...offer, deadline: T('2031-01-31') }
    expect(
      Threat.status({ timeline: t, asOf: T('2031-02-05'), events: [stop, lift] })(due).kind,
    ).toBe('lapsed')
  })

  it('partial times are not an order: condition and consequence both dated 2030', () => {
    const attack = Event.make('attack', 'attack', 'Xland attacks', { status: 'hypothetical' })
    const deterrent = Threat.make('deterrent', {
      issuer: [Id.actor('yland')],
      addressee: [Id.actor('xland')],
      condition: P.occurs(attack.id),
      consequence: P.occurs(strike.id),
    })
    const t = pipe(TL.empty, TL.occurred(attack.id, T('2030')), TL.occurred(strike.id, T('2030')))
    const s = Threat.status({ timeline: t, asOf: T('2031'), events: [attack, strike] })(deterrent)
    expect(s).toMatchObject({
      kind: 'unknown',
      possible: ['carried_out', 'preempted'],
      because: [0, 1],
    })
  })

  it('wording: a consequence the timeline says nothing about is not "not followed yet"', () => {
    const defied = pipe(TL.empty, TL.notOccurredBy(release.id, T('2031-01-20')))
    const s = status(defied, '2031-01-21')
    expect(s.reason).not.toContain('has not followed yet')
    expect(s.reason).toContain('the timeline does not show that it has')
  })

  it('a consequence that can no longer occur is not carried out, whatever the window', () => {
    const pause = pipe(
      Event.make('pause', 'mediate', 'Wland brokers a pause', { status: 'hypothetical' }),
      Event.relate('prevents', strike.id),
    )
    const t = pipe(
      TL.empty,
      TL.notOccurredBy(release.id, T('2031-01-20')),
      TL.occurred(pause.id, T('2031-01-22')),
    )
    expect(
      Threat.status({ timeline: t, asOf: T('2031-01-25'), events: [release, strike, pause] })(
        ultimatum,
      ).kind,
    ).toBe('not_carried_out')
  })
})

describe('Threat status over the partial order', () => {
  // times, each with the more precise times inside it
  const finer: Readonly<Record<string, ReadonlyArray<string>>> = {
    '2031': ['2031-01', '2031-02', '2031-06'],
    '2031-01': ['2031-01-10', '2031-01-20', '2031-01-21', '2031-01-25', '2031-01-10/2031-01-30'],
    '2031-01-10/2031-01-30': ['2031-01-15', '2031-01-20', '2031-01-25', '2031-01-20~'],
    '2031-01-20~': ['2031-01-19', '2031-01-20', '2031-01-21'],
    '2031-02': ['2031-02-01', '2031-02-15'],
    '2031-06': ['2031-06-01'],
  }
  const times = [...new Set([...Object.keys(finer), ...Object.values(finer).flat()])].map((t) =>
    T(t),
  )
  const refine = (t: string, choice: number): string => {
    const below = finer[t]
    if (below === undefined || choice === 0) return t
    return refine(below[choice % below.length]!, Math.floor(choice / below.length))
  }
  const ids = ['e0', 'e1', 'e2', 'e3'].map(Id.event)
  const eventId = fc.constantFrom(...ids)
  const time = fc.constantFrom(...times)
  const entry: fc.Arbitrary<TL.Entry> = fc.oneof(
    fc.record(
      { kind: fc.constant('occurred' as const), event: eventId, time },
      { requiredKeys: ['kind', 'event'] },
    ),
    fc.record({ kind: fc.constant('not_occurred' as const), event: eventId, by: time }),
  )
  const timeline = fc.array(entry, { maxLength: 6 }).map((entries) => ({ entries }))
  const prop: fc.Arbitrary<P.Proposition> = fc.letrec<{ p: P.Proposition }>((tie) => ({
    p: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      eventId.map(P.occurs),
      eventId.map(P.occurs),
      tie('p').map(P.not),
      fc.tuple(tie('p'), tie('p')).map(([a, b]) => P.and(a, b)),
      fc.tuple(tie('p'), tie('p')).map(([a, b]) => P.or(a, b)),
    ),
  })).p
  const related: fc.Arbitrary<ReadonlyArray<Event.Event>> = fc
    .array(
      fc.record({
        from: eventId,
        kind: fc.constantFrom('instance_of', 'part_of', 'prevents' as const),
        to: eventId,
      }),
      { maxLength: 3 },
    )
    .map((rs) =>
      ids.map((e) =>
        Event.make(e, 'x', e, {
          relations: rs.filter((r) => r.from === e).map((r) => ({ kind: r.kind, event: r.to })),
        }),
      ),
    )
  const threat: fc.Arbitrary<Threat.Threat> = fc
    .record(
      {
        condition: prop,
        consequence: prop,
        valence: fc.constantFrom('negative', 'positive' as const),
        deadline: fc.constantFrom('2031-01-20', '2031-01', '2031-01-20~').map(T),
        deadlineBound: fc.constantFrom('by', 'before' as const),
        within: fc.constantFrom('P3D', 'PT72H', 'P1M').map(Time.duration),
        window: fc.constantFrom('2031-02', '2031-01-25').map(T),
      },
      { requiredKeys: ['consequence', 'valence'] },
    )
    .map((parts) =>
      Threat.make('t', { issuer: [Id.actor('y')], addressee: [Id.actor('x')], ...parts }),
    )

  test.prop([threat, related, timeline, time, fc.nat(), fc.nat()], { numRuns: 400 })(
    'refining a time never turns one decided status into a different decided status',
    (t, events, tl, asOf, which, choice) => {
      const status = (l: TL.Timeline, at: Time.TimeRef) =>
        Threat.status({ timeline: l, asOf: at, events })(t)
      const before = status(tl, asOf)
      // refine one entry's time, or the as-of time
      const i = which % (tl.entries.length + 1)
      const entries = tl.entries.map((e, j) => {
        if (j !== i) return e
        if (e.kind === 'occurred')
          return e.time === undefined
            ? { ...e, time: T(refine('2031', choice)) }
            : { ...e, time: T(refine(e.time as string, choice)) }
        return { ...e, by: T(refine(e.by as string, choice)) }
      })
      const at = i === tl.entries.length ? T(refine(asOf, choice)) : asOf
      const after = status({ entries }, at)
      if (before.kind !== 'unknown' && after.kind !== 'unknown')
        expect(after.kind).toBe(before.kind)
      if (before.kind === 'unknown') expect(before.possible!.length).toBeGreaterThan(1)
      // an unknown status names what refining can make of it (on a timeline that does not
      // contradict itself: an event both recorded as occurred and as not occurred by a time)
      const occurred = new Set(tl.entries.filter((e) => e.kind === 'occurred').map((e) => e.event))
      if (tl.entries.some((e) => e.kind === 'not_occurred' && occurred.has(e.event))) return
      // (nor through relations: a whole dated before its part had not occurred)
      if (events.some((e) => (e.relations ?? []).length > 0)) return
      if (before.kind !== 'unknown') return
      if (after.kind !== 'unknown') expect(before.possible).toContain(after.kind)
      else for (const k of after.possible!) expect(before.possible).toContain(k)
    },
  )

  test.prop([threat, related, timeline, time])(
    'a status is always one of the statuses its kind has a rule for',
    (t, events, tl, asOf) => {
      const s = Threat.status({ timeline: tl, asOf, events })(t)
      const kind = Threat.classifyByIds(t)
      const allowed = Threat.RULES.filter((r) => r.kinds.includes(kind)).map((r) => r.status)
      expect(allowed).toContain(s.kind)
      for (const k of s.possible ?? []) expect(allowed).toContain(k)
      expect(s.reason).toBe(
        Threat.RULES.find((r) => r.kinds.includes(kind) && r.status === s.kind)!.rule,
      )
    },
  )
  it('an undated consequence is unknown until a time orders it; a time that cannot, leaves it unknown', () => {
    // "Yland will cut the gas": the cut is recorded, first without a date, then as "2031"
    const cut = Event.make('cut', 'cut', 'Yland cuts the gas to Xland', { status: 'occurred' })
    const unconditional = Threat.make('gas', {
      issuer: [Id.actor('yland')],
      addressee: [Id.actor('xland')],
      consequence: P.occurs(cut.id),
    })
    const of = (t: TL.Timeline, asOf: string) =>
      Threat.status({ timeline: t, asOf: T(asOf), events: [cut] })(unconditional)
    expect(of(TL.make({ kind: 'occurred', event: cut.id }), '2031-01-25')).toMatchObject({
      kind: 'unknown',
      possible: ['triggered', 'carried_out'],
    })
    expect(of(pipe(TL.empty, TL.occurred(cut.id, T('2031'))), '2031-01-25')).toMatchObject({
      kind: 'unknown',
      possible: ['triggered', 'carried_out'],
    })
    expect(of(pipe(TL.empty, TL.occurred(cut.id, T('2031-01-10'))), '2031-01-25').kind).toBe(
      'carried_out',
    )
    expect(of(pipe(TL.empty, TL.occurred(cut.id, T('2031-03-10'))), '2031-01-25').kind).toBe(
      'triggered',
    )
  })
})

describe('Threat history: an issuer whose office changed between versions', () => {
  // the defence minister threatens; restated three months later as prime minister
  const xland = Actor.state('xland', 'Xland', 'XXX')
  const government = Actor.organization('government', 'the Xland government', 'government')
  const person = Actor.person('noor', 'Amira Noor', {
    offices: [
      { title: 'defence minister', in: government.id, from: T('2029-05'), to: T('2031-02-28') },
      { title: 'prime minister', in: government.id, from: T('2031-03-01') },
    ],
  })
  const v1 = Threat.make('v1', {
    issuer: [person.id],
    addressee: [Id.actor('yland')],
    condition: P.occurs(Id.event('crossing')),
    consequence: P.occurs(Id.event('strike')),
  })
  const v2 = Threat.revise('v2', { within: Time.duration('P2D') })(v1)
  const stated = (id: string, threat: Id.ThreatId, time: string) =>
    Statement.make(id, [person.id], 'threaten', Statement.threat(threat), { time: T(time) })
  const r = {
    actors: [xland, government, person],
    threats: [v1, v2],
    statements: [stated('s1', v1.id, '2031-01-10'), stated('s2', v2.id, '2031-04-02')],
    published: T('2031-04-03'),
  }
  it('says so, with the offices held when each version was stated', () => {
    const [, second] = Threat.history(v1.id)(r)
    const office = second!.changes.find((c) => c.field === 'office')
    expect(office).toEqual({
      field: 'office',
      actor: 'noor',
      from: [person.offices![0]],
      to: [person.offices![1]],
    })
    const names = {
      actor: (a: Id.ActorId) => (a === 'government' ? 'the Xland government' : a),
      event: String,
    }
    expect(Threat.describeChange(office!, names)).toBe(
      'office of noor changed: defence minister, the Xland government → prime minister, the Xland government',
    )
  })
  it('says nothing when the offices did not change, the statements are undated, or the actors are not given', () => {
    const sameOffice = {
      ...r,
      statements: [stated('s1', v1.id, '2031-03-10'), stated('s2', v2.id, '2031-04-02')],
    }
    expect(Threat.history(v1.id)(sameOffice)[1]!.changes.map((c) => c.field)).toEqual(['within'])
    const { actors: _a, ...noActors } = r
    expect(Threat.history(v1.id)(noActors)[1]!.changes.map((c) => c.field)).toEqual(['within'])
    const undated = {
      ...r,
      statements: r.statements.map(({ time: _t, ...s }) => s as Statement.Statement),
    }
    expect(Threat.history(v1.id)(undated)[1]!.changes.map((c) => c.field)).toEqual(['within'])
  })
})

describe('Threat status: the less common shapes', () => {
  const x = Actor.state('xland', 'Xland', 'XXX')
  const y = Actor.state('yland', 'Yland', 'YYY')
  const envoy = Actor.person('envoy', 'the Xland envoy', { offices: [Actor.office('envoy', x.id)] })
  const act = Event.make('ceasefire', 'agree', 'Xland agrees to a ceasefire', {
    status: 'hypothetical',
  })
  const aid = Event.make('aid', 'aid', 'Yland sends aid', { status: 'hypothetical' })
  const offer = Threat.make('offer', {
    issuer: [y.id],
    addressee: [x.id],
    condition: P.occurs(act.id),
    consequence: P.occurs(aid.id),
    valence: 'positive',
  })
  const rejecting = (id: string, speaker: Actor.Actor, time?: string) =>
    Statement.make(
      id,
      [speaker.id],
      'reject',
      Statement.threat(offer.id),
      time === undefined ? {} : { time: T(time) },
    )
  const status = (
    asOf: string,
    statements: ReadonlyArray<Statement.Statement>,
    threats: ReadonlyArray<Threat.Threat> = [],
    threat = offer,
  ) =>
    Threat.status({
      timeline: TL.empty,
      asOf: T(asOf),
      report: {
        actors: [x, y, envoy],
        events: [act, aid],
        statements,
        threats: [offer, ...threats],
      },
    })(threat)

  it('a rejection: undated counts as made; dated, it counts from its day; by a third party, not at all', () => {
    expect(status('2031-01-01', [rejecting('r', envoy)]).kind).toBe('rejected')
    expect(status('2031-03-01', [rejecting('r', envoy, '2031-03-05')]).kind).toBe('pending')
    expect(status('2031-03-05', [rejecting('r', envoy, '2031-03-05')]).kind).toBe('rejected')
    expect(status('2031-03', [rejecting('r', envoy, '2031-03-05')])).toMatchObject({
      kind: 'unknown',
      possible: ['pending', 'rejected'],
    })
    expect(status('2031-03-10', [rejecting('r', y)]).kind).toBe('pending')
    // the earliest of its dates counts
    expect(
      status('2031-03-06', [
        rejecting('r1', envoy, '2031-03-09'),
        rejecting('r2', envoy, '2031-03-05'),
      ]).kind,
    ).toBe('rejected')
  })
  it('a rejection as a threat that answers the offer: dated by its statements, or stated when it has none', () => {
    const answer = Threat.make('answer', {
      issuer: [x.id],
      addressee: [y.id],
      consequence: P.occurs(Id.event('something')),
      answers: { threat: offer.id, as: 'rejection' },
    })
    expect(status('2031-01-01', [], [answer]).kind).toBe('rejected')
    const said = Statement.make('said', [envoy.id], 'state', Statement.threat(answer.id), {
      time: T('2031-03-05'),
    })
    expect(status('2031-03-01', [said], [answer]).kind).toBe('pending')
    // a counter-offer is not a rejection
    expect(
      status('2031-01-01', [], [{ ...answer, answers: { threat: offer.id, as: 'counter' } }]).kind,
    ).toBe('pending')
  })
  it('an offer rejected and then lapsed stays rejected; taken up despite the rejection, it is due', () => {
    const due = { ...offer, deadline: T('2031-02-01') }
    const refused = Threat.status({
      timeline: TL.make({ kind: 'not_occurred', event: act.id, by: T('2031-02-01') }),
      asOf: T('2031-03-01'),
      report: {
        actors: [x, y, envoy],
        events: [act, aid],
        statements: [rejecting('r', envoy)],
        threats: [due],
      },
    })(due)
    expect(refused.kind).toBe('rejected')
    // nothing recorded about the act: taken up in time, or not
    expect(status('2031-03-01', [rejecting('r', envoy)], [], due)).toMatchObject({
      kind: 'unknown',
      possible: ['triggered', 'rejected'],
    })
    const accepted = Threat.status({
      timeline: TL.make({ kind: 'occurred', event: act.id, time: T('2031-01-10') }),
      asOf: T('2031-01-20'),
      report: {
        actors: [x, y, envoy],
        events: [act, aid],
        statements: [rejecting('r', envoy)],
        threats: [offer],
      },
    })(offer)
    expect(accepted.kind).toBe('triggered')
  })
  it('a deadline whose year is unknown cannot be judged; without events or a report, relations are simply absent', () => {
    const unknownYear = Threat.make('u', {
      issuer: [y.id],
      addressee: [x.id],
      condition: P.not(P.occurs(act.id)),
      consequence: P.occurs(aid.id),
      deadline: T('XXXX-03-01'),
    })
    const s = Threat.status({ timeline: TL.empty, asOf: T('2031-06') })(unknownYear)
    expect(s.kind).toBe('unknown')
    expect(Threat.status({ timeline: TL.empty, asOf: T('2031-06') })(offer).kind).toBe('pending')
  })
  it('partial compliance reads a demand through hedges and abilities, not through obligations', () => {
    // "Unless the convoy is allowed through by 1 March, Xland will close the border":
    // the demand is the convoy passing; its first trucks passed, the whole did not
    const pass = Event.make('pass', 'pass', 'the aid convoy passes', { status: 'hypothetical' })
    const first = Event.make('first', 'pass', 'the first trucks of the convoy pass', {
      status: 'hypothetical',
      relations: [{ kind: 'part_of', event: pass.id }],
    })
    const pay = Event.make('pay', 'pay', 'Yland pays the transit fees', {
      status: 'hypothetical',
      relations: [{ kind: 'part_of', event: pass.id }],
    })
    const close = Event.make('close', 'close', 'Xland closes the border', {
      status: 'hypothetical',
    })
    const ultimatum = (demand: P.Proposition) =>
      Threat.make('convoy', {
        issuer: [x.id],
        addressee: [y.id],
        enforcer: [x.id],
        condition: P.not(demand),
        consequence: P.occurs(close.id),
        deadline: T('2031-03-01'),
      })
    const timeline = pipe(
      TL.empty,
      TL.occurred(first.id, T('2031-02-20')),
      TL.notOccurredBy(pass.id, T('2031-03-02')),
    )
    const of = (demand: P.Proposition) =>
      Threat.status({ timeline, asOf: T('2031-03-05'), events: [pass, first, pay, close] })(
        ultimatum(demand),
      )
    expect(of(P.occurs(pass.id)).kind).toBe('partly_complied')
    // "… the convoy is likely allowed through": the hedge defers to the facts
    expect(of(P.hedge(Likelihood.fromBand('likely'))(P.occurs(pass.id))).kind).toBe(
      'partly_complied',
    )
    // "… Yland is able to let it through": shown only by the act, which did not happen
    expect(of(P.able(y.id)(P.occurs(pass.id))).kind).toBe('unknown')
    // "… Yland is obliged to let it through": an obligation is never settled, and is no
    // event demanded, so it is not met in part
    const obliged = of(P.must(y.id)(P.occurs(pass.id)))
    expect(obliged.kind).toBe('unknown')
    expect(obliged.possible).not.toContain('partly_complied')
  })
})

describe('Threat status: a relative deadline and a publication date without a year', () => {
  // "…will execute the journalist unless the council releases the prisoners by Friday"
  const release = Event.make('release', 'release', 'the council releases the prisoners', {
    status: 'hypothetical',
  })
  const execute = Event.make('execute', 'kill', 'the militia kills the journalist', {
    status: 'hypothetical',
  })
  const evs = [release, execute]
  const byFriday = Time.relative('by Friday', { weekday: 'friday', which: 'next' })
  const ultimatum = (deadline: Time.TimeRef) =>
    Threat.make('ultimatum', {
      issuer: [Id.actor('militia')],
      addressee: [Id.actor('council')],
      enforcer: [Id.actor('militia')],
      condition: P.not(P.occurs(release.id)),
      consequence: P.occurs(execute.id),
      deadline,
    })
  const released = pipe(TL.empty, TL.occurred(release.id, T('2029-03-15')))
  const status = (t: Threat.Threat, publication?: string, timeline = released) =>
    Threat.status({
      timeline,
      asOf: T('2029-03-25'),
      events: evs,
      ...(publication === undefined ? {} : { publication: T(publication) }),
    })(t)

  it('a weekday deadline against a year-less publication date: unknown, and the reason names the missing year', () => {
    const s = status(ultimatum(byFriday), 'XXXX-03-14')
    expect(s.kind).toBe('unknown')
    expect(s.reason).toContain('"by Friday" is relative to the publication date XXXX-03-14')
    expect(s.reason).toContain('no year')
    expect(s.reason).toContain('`publication`')
    expect(s.reason).not.toContain('cannot order')
  })

  it('the year of the as-of time and of the timeline is never assumed for the publication date', () => {
    // as-of 2029-03-25 and a release dated 2029-03-15 would place Friday as 2029-03-16,
    // but the dateline "March 14" may be of another year
    const s = status(ultimatum(byFriday), 'XXXX-03-14')
    expect(s.kind).toBe('unknown')
    expect(s.possible).toContain('complied')
    // with the year given, it is decided
    expect(status(ultimatum(byFriday), '2029-03-14').kind).toBe('complied')
  })

  it("the report's own year-less `published` draws the same reason", () => {
    const report = pipe(
      Report.make({
        headline: 'Militia sets Friday deadline',
        published: T('XXXX-06-05'),
        author: Id.actor('desk'),
        actors: [
          Actor.author('desk'),
          Actor.organization('militia', 'the militia', 'armed_group'),
          Actor.organization('council', 'the council', 'government'),
        ],
        events: evs,
        threats: [ultimatum(byFriday)],
      }),
      E.getOrElseW((e) => {
        throw new Error(JSON.stringify(e))
      }),
    )
    const timeline = pipe(TL.empty, TL.occurred(release.id, T('2031-06-06')))
    const s = Threat.status({ timeline, asOf: T('2031-06-20'), report })(report.threats[0]!)
    expect(s.kind).toBe('unknown')
    expect(s.reason).toContain('XXXX-06-05')
    // the context's publication supplies the year the report lacks
    expect(
      Threat.status({ timeline, asOf: T('2031-06-20'), report, publication: T('2031-06-05') })(
        report.threats[0]!,
      ).kind,
    ).toBe('complied')
  })

  it('a deadline counted through other relative times ("the day after Sunday") follows its anchors to the publication date', () => {
    const sunday = Time.relative('on Sunday', { weekday: 'sunday', which: 'next' })
    const dayAfter = Time.relative('the day after', { unit: 'day', amount: 1 }, sunday)
    const s = status(ultimatum(dayAfter), 'XXXX-03-14')
    expect(s.kind).toBe('unknown')
    expect(s.reason).toContain('"the day after" is relative to the publication date XXXX-03-14')
  })

  it('a relative window end with no publication date at all: the reason says none is given', () => {
    const threat = Threat.make('warning', {
      issuer: [Id.actor('militia')],
      addressee: [Id.actor('council')],
      enforcer: [Id.actor('militia')],
      consequence: P.occurs(execute.id),
      window: Time.relative('by the end of next week', { unit: 'week', amount: 1 }),
    })
    const s = status(threat, undefined, TL.empty)
    expect(s.kind).toBe('unknown')
    expect(s.reason).toBe(
      'the window "by the end of next week" is relative to the publication date, and none is given: give it as the report\'s `published` or the status context\'s `publication`',
    )
  })

  it('a deadline anchored to an event, or absolute, keeps the reason of the table', () => {
    const rule = Threat.RULES.find((r) => r.kinds.includes('ultimatum') && r.status === 'unknown')!
    const afterRelease = Time.relative(
      'two days after',
      { unit: 'day', amount: 2 },
      Time.ofEvent(execute.id),
    )
    expect(status(ultimatum(afterRelease), 'XXXX-03-14').reason).toBe(rule.rule)
    // an absolute deadline that a release dated only "March" cannot be ordered with
    const march = pipe(TL.empty, TL.occurred(release.id, T('2029-03')))
    expect(status(ultimatum(T('2029-03-20')), 'XXXX-03-14', march).reason).toBe(rule.rule)
  })
})

describe('Threat status: year-less dates take the publication year', () => {
  // "Repay the bridge loan by 30 June, or the lenders will seize the port", published 2031-05-12
  const repay = Event.make('repay', 'pay', 'the ministry repays the loan', {
    status: 'hypothetical',
  })
  const seize = Event.make('seize', 'seize', 'the lenders seize the port', {
    status: 'hypothetical',
  })
  const evs = [repay, seize]
  const ultimatum = (deadline: Time.TimeRef, extra: Partial<Threat.Threat> = {}) =>
    Threat.make('loan', {
      issuer: [Id.actor('lenders')],
      addressee: [Id.actor('ministry')],
      enforcer: [Id.actor('lenders')],
      condition: P.not(P.occurs(repay.id)),
      consequence: P.occurs(seize.id),
      deadline,
      ...extra,
    })
  const status = (
    t: Threat.Threat,
    asOf: string,
    publication: string | undefined,
    ...entries: ReadonlyArray<TL.Entry>
  ) =>
    Threat.status({
      timeline: TL.make(...entries),
      asOf: T(asOf),
      events: evs,
      ...(publication === undefined ? {} : { publication: T(publication) }),
    })(t)
  const at = (e: Event.Event, time: string): TL.Entry => ({
    kind: 'occurred',
    event: e.id,
    time: T(time),
  })
  const june30 = ultimatum(T('XXXX-06-30'))

  it('a year-less deadline before it passes: pending (the publication year)', () => {
    expect(status(june30, '2031-06-01', '2031-05-12').kind).toBe('pending')
  })

  it('a year-less deadline met by a dated compliance: complied', () => {
    expect(status(june30, '2031-07-05', '2031-05-12', at(repay, '2031-06-20')).kind).toBe(
      'complied',
    )
  })

  it("the report's `published` supplies the year when the context gives none", () => {
    const report = pipe(
      Report.make({
        headline: 'Lenders set a deadline for the bridge loan',
        published: T('2031-05-12'),
        author: Id.actor('desk'),
        actors: [
          Actor.author('desk'),
          Actor.organization('lenders', 'the lenders', 'business'),
          Actor.organization('ministry', 'the ministry', 'government'),
        ],
        events: evs,
        threats: [june30],
      }),
      E.getOrElseW((e) => {
        throw new Error(JSON.stringify(e))
      }),
    )
    const s = (asOf: string, timeline: TL.Timeline) =>
      Threat.status({ timeline, asOf: T(asOf), report })(report.threats[0]!).kind
    expect(s('2031-06-01', TL.empty)).toBe('pending')
    expect(s('2031-07-05', TL.make(at(repay, '2031-06-20')))).toBe('complied')
  })

  it('a year-less event takes the publication year too: a repayment "on 2 July" is late', () => {
    expect(status(june30, '2031-07-05', '2031-05-12', at(repay, 'XXXX-07-02')).kind).toBe(
      'complied_late',
    )
    expect(status(june30, '2031-07-05', '2031-05-12', at(repay, 'XXXX-06-20')).kind).toBe(
      'complied',
    )
  })

  it('a date that states its year keeps it: a repayment in 2032 had not happened by July 2031', () => {
    const s = status(june30, '2031-07-05', '2031-05-12', at(repay, '2032-06-20'))
    expect(s.kind).not.toBe('complied')
    expect(s.kind).not.toBe('complied_late')
  })

  it('a deadline near New Year takes the next year: published 2031-12-20, "by 5 January" is 2032-01-05', () => {
    const jan5 = ultimatum(T('XXXX-01-05'))
    expect(status(jan5, '2031-12-28', '2031-12-20').kind).toBe('pending')
    expect(status(jan5, '2032-01-04', '2031-12-20').kind).toBe('pending')
    // "paid on 3 January" (year-less): 2032-01-03, in time
    expect(status(jan5, '2032-01-10', '2031-12-20', at(repay, 'XXXX-01-03')).kind).toBe('complied')
    // "paid on 8 January": late
    expect(status(jan5, '2032-01-10', '2031-12-20', at(repay, 'XXXX-01-08')).kind).toBe(
      'complied_late',
    )
    // "paid on 28 December": before the deadline, in 2031
    expect(status(jan5, '2032-01-10', '2031-12-20', at(repay, 'XXXX-12-28')).kind).toBe('complied')
  })

  it('a year-less as-of time takes the publication year', () => {
    expect(status(june30, 'XXXX-06-01', '2031-05-12').kind).toBe('pending')
    expect(status(june30, 'XXXX-07-05', '2031-05-12', at(repay, 'XXXX-06-20')).kind).toBe(
      'complied',
    )
  })

  it('a publication date of a year alone supplies the year', () => {
    expect(status(june30, '2031-07-05', '2031', at(repay, '2031-06-20')).kind).toBe('complied')
  })

  it('a year-less window end: "strikes by the end of August" once the talks collapsed', () => {
    // no deadline: a threat; the consequence must follow within the window
    const collapse = Event.make('collapse', 'collapse', 'the talks collapse', {
      status: 'hypothetical',
    })
    const strike = Event.make('strike', 'strike', 'the union strikes', { status: 'hypothetical' })
    const threat = Threat.make('strike-threat', {
      issuer: [Id.actor('union')],
      addressee: [Id.actor('employers')],
      enforcer: [Id.actor('union')],
      condition: P.occurs(collapse.id),
      consequence: P.occurs(strike.id),
      window: T('XXXX-08-31'),
    })
    const s = (...entries: ReadonlyArray<TL.Entry>) =>
      Threat.status({
        timeline: TL.make(...entries),
        asOf: T('2031-09-20'),
        events: [collapse, strike],
        publication: T('2031-07-01'),
      })(threat).kind
    expect(s(at(collapse, '2031-08-10'), at(strike, '2031-08-20'))).toBe('carried_out')
    expect(s(at(collapse, '2031-08-10'), at(strike, 'XXXX-09-05'))).toBe('carried_out_late')
  })

  it('a year-less deadline with a `within` window: "seize the port within a week" of 15 March', () => {
    const march15 = ultimatum(T('XXXX-03-15'), { within: Time.duration('P7D') })
    const notPaid: TL.Entry = { kind: 'not_occurred', event: repay.id, by: T('XXXX-03-31') }
    expect(status(march15, '2031-04-10', '2031-03-01', notPaid, at(seize, 'XXXX-03-20')).kind).toBe(
      'carried_out',
    )
    expect(status(march15, '2031-04-10', '2031-03-01', notPaid, at(seize, 'XXXX-03-30')).kind).toBe(
      'carried_out_late',
    )
  })

  it('a promise with a year-less deadline: "amnesty if the rebels disarm by 1 September"', () => {
    const disarm = Event.make('disarm', 'disarm', 'the rebels disarm', { status: 'hypothetical' })
    const amnesty = Event.make('amnesty', 'amnesty', 'the government grants amnesty', {
      status: 'hypothetical',
    })
    const promise = Threat.make('amnesty-offer', {
      issuer: [Id.actor('government')],
      addressee: [Id.actor('rebels')],
      valence: 'positive',
      condition: P.occurs(disarm.id),
      consequence: P.occurs(amnesty.id),
      deadline: T('XXXX-09-01'),
    })
    const s = (asOf: string, ...entries: ReadonlyArray<TL.Entry>) =>
      Threat.status({
        timeline: TL.make(...entries),
        asOf: T(asOf),
        events: [disarm, amnesty],
        publication: T('2031-07-15'),
      })(promise).kind
    expect(s('2031-08-01')).toBe('pending')
    expect(s('2031-08-25', at(disarm, 'XXXX-08-20'))).toBe('triggered')
    expect(s('2031-09-10', { kind: 'not_occurred', event: disarm.id, by: T('XXXX-09-02') })).toBe(
      'lapsed',
    )
  })

  it('a relative deadline anchored to a year-less event: "three days after the summit on 25 October"', () => {
    const summit = Event.make('summit', 'meet', 'the summit', { time: T('XXXX-10-25') })
    const deadline = Time.relative(
      'three days after the summit',
      { unit: 'day', amount: 3 },
      Time.ofEvent(summit.id),
    )
    const t = ultimatum(deadline)
    const s = (asOf: string, ...entries: ReadonlyArray<TL.Entry>) =>
      Threat.status({
        timeline: TL.make(...entries),
        asOf: T(asOf),
        events: [...evs, summit],
        publication: T('2031-10-20'),
      })(t).kind
    expect(s('2031-10-27')).toBe('pending')
    expect(s('2031-11-05', at(repay, '2031-10-28'))).toBe('complied')
    expect(s('2031-11-05', at(repay, '2031-10-29'))).toBe('complied_late')
  })

  it('a year-less deadline and a publication date without a year: unknown, and the reason names the deadline', () => {
    const s = status(june30, '2031-07-05', 'XXXX-05-12', at(repay, '2031-06-20'))
    expect(s.kind).toBe('unknown')
    expect(s.reason).toContain('the deadline XXXX-06-30 has no year')
    expect(s.reason).toContain('XXXX-05-12')
    expect(s.reason).toContain('`published`')
    expect(s.reason).toContain('`publication`')
  })

  it('a year-less deadline and no publication date: unknown, and the reason says none is given', () => {
    const s = status(june30, '2031-07-05', undefined, at(repay, '2031-06-20'))
    expect(s.kind).toBe('unknown')
    expect(s.reason).toContain('the deadline XXXX-06-30 has no year')
    expect(s.reason).toContain('no publication date is given')
  })

  it('a year-less window end and no publication year: the reason names the window', () => {
    const threat = Threat.make('w', {
      issuer: [Id.actor('lenders')],
      addressee: [Id.actor('ministry')],
      consequence: P.occurs(seize.id),
      window: T('XXXX-08-31'),
    })
    const s = status(threat, '2031-09-20', 'XXXX-05-12')
    expect(s.kind).toBe('unknown')
    expect(s.reason).toContain('the window XXXX-08-31 has no year')
  })
})
