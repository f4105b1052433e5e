import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
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
    it('is pending with an empty timeline', () => {
      expect(at('2024-11', TL.empty)(warning)).toEqual({
        kind: 'pending',
        reason: 'the condition is not known to be met',
        because: [],
      })
    })
    it('is triggered once the Iranian attack is launched from Iraqi territory', () => {
      const launched = pipe(TL.empty, TL.occurred(events.iranianAttack.id, T('2024-11-10')))
      expect(at('2024-11-11', launched)(warning)).toMatchObject({ kind: 'triggered', because: [0] })
    })
    it('is carried out when an Israeli strike on Iraq follows', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(events.iranianAttack.id, T('2024-11-10')),
        TL.occurred(events.israeliAttack.id, T('2024-11-12')),
      )
      expect(at('2024-11-20', t)(warning)).toEqual({
        kind: 'carried_out',
        reason: 'the condition is met and the consequence followed',
        because: [0, 1],
      })
      // as of a day when the strike had not happened yet, it is only triggered
      expect(at('2024-11-11', t)(warning).kind).toBe('triggered')
    })
    it('an Israeli strike that came before the trigger does not carry it out', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(events.israeliAttack.id, T('2024-11-01')),
        TL.occurred(events.iranianAttack.id, T('2024-11-10')),
      )
      expect(at('2024-11-20', t)(warning)).toMatchObject({
        kind: 'triggered',
        reason: expect.stringContaining('before the condition'),
      })
    })
    it('compliance: Iraq prevents the attack', () => {
      const t = pipe(TL.empty, TL.occurred(events.iraqPrevents.id, T('2024-11-05')))
      expect(at('2024-11-20', t)(warning)).toMatchObject({ kind: 'complied', because: [0] })
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
      expect(Threat.classify(threat)).toBe('ultimatum')
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
      expect(Threat.classify(promise)).toBe('promise')
      expect(Threat.demand(promise)).toEqual(O.some(P.occurs(stop.id)))
    })
    it('is kept (carried out) when the shelling stops and the blockade stays lifted', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(stop.id, T('2025-03-01')),
        TL.notOccurredBy(blockade.id, T('2025-06-01')),
      )
      expect(at('2025-05-01', t, [stop, blockade])(promise).kind).toBe('carried_out')
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
      expect(Threat.classify(counter)).toBe('threat')
      expect(Threat.history(counter.id)(r.right).map((v) => v.threat.id)).toEqual(['counter'])
    })
    it('a strike by Xland triggers the first threat; Yland striking back carries it out and triggers the counter-threat', () => {
      const t = pipe(
        TL.empty,
        TL.occurred(strikeY.id, T('2025-04-01')),
        TL.occurred(strikeX.id, T('2025-04-03')),
      )
      expect(at('2025-04-05', t, [strikeX, strikeY])(threat).kind).toBe('carried_out')
      expect(at('2025-04-05', t, [strikeX, strikeY])(counter).kind).toBe('triggered')
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
