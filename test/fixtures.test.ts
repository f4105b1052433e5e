import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import { describe, expect, it } from 'vitest'
import { Attribution, Evidence, Proposition as P, Report, Threat, Time } from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'

const r = fixtures.report
const { actors, events, statements, threats } = fixtures
const names = {
  event: (id: string) => r.events.find((e) => e.id === id)!.description,
  actor: (id: string) => r.actors.find((a) => a.id === id)!.id,
}

describe('fixtures', () => {
  it('decodes from its own JSON and round-trips', () => {
    const json = JSON.parse(JSON.stringify(Report.encode(r)))
    expect(Report.decode(json)).toEqual(E.right(r))
    expect(Report.Report.is(r)).toBe(true)
  })

  it('embeds the seed text and leaves unknown what the text does not say', () => {
    expect(r.text).toBe(fixtures.source)
    expect(r.outlet).toBeUndefined()
    expect(r.published).toBeUndefined()
    expect(events.airstrike.time).toBe('XXXX-10-25')
    expect(Time.parse(events.airstrike.time as Time.Time)).toEqual({
      kind: 'date',
      date: { month: 10, day: 25 },
    })
  })

  it("every span's quoted words equal the source text at its offsets", () => {
    const spans = Report.spans(r)
    expect(spans.length).toBeGreaterThan(50)
    for (const [path, span] of spans)
      expect(fixtures.source.slice(span.start, span.end), path.join('/')).toBe(span.text)
  })

  it('every statement, event and threat carries evidence', () => {
    for (const node of [...r.statements, ...r.events, ...r.threats])
      expect(node.evidence?.length ?? 0, node.id).toBeGreaterThan(0)
  })

  it('every sentence of the seed is covered by at least one evidence span', () => {
    const uncovered = Evidence.uncovered(
      fixtures.source,
      Report.spans(r).map(([, s]) => s),
    )
    expect(uncovered.map((s) => s.text)).toEqual([])
    expect(Evidence.sentences(fixtures.source)).toHaveLength(15)
  })

  it('the two statements of the U.S. conditional threat refer to the same threat', () => {
    const stating = Report.statementsOf(threats.warning.id)(r)
    expect(stating.map((s) => s.id)).toEqual([statements.warned.id, statements.warnedAgain.id])
  })

  it('the threat: issued by the U.S. to Iraq, enforced by Israel, a warning with a derived demand', () => {
    const t = threats.warning
    expect([t.issuer, t.addressee, t.enforcer]).toEqual([
      [actors.us.id],
      [actors.iraq.id],
      [actors.israel.id],
    ])
    expect(Threat.classify(fixtures.report)(t)).toBe('warning')
    expect(t.likelihood).toEqual({ cue: 'could', factuality: 'PS+' })
    const demand = Threat.demand(t)
    expect(demand).toEqual(O.some(P.occurs(events.iraqPrevents.id)))
    expect(O.map((d: P.Proposition) => P.render(d, names))(demand)).toEqual(
      O.some('Iraq prevents the Iranian attack from its territory'),
    )
    expect(events.iraqPrevents.relations).toEqual([
      { kind: 'prevents', event: events.iranianAttack.id },
    ])
    expect(events.iranianAttack.places).toEqual([
      { name: 'Iraqi territory', role: 'origin', country: 'IRQ' },
    ])
  })

  it('the anonymous-source chains read officials → Axios → report', () => {
    const chain = Report.chainOf(statements.warned.id)(r)
    expect(
      O.map((c: ReadonlyArray<{ id: string } | undefined>) => c.map((a) => a?.id))(chain),
    ).toEqual(O.some([actors.twoUsOfficials.id, actors.axios.id, actors.report.id]))
    expect(Report.isAnonymous(r)(statements.warned.attribution!)).toBe(true)
    expect(actors.twoUsOfficials.count).toBe(2)
  })

  it('the militia official "reportedly" noted: a hedged, unattributed hop', () => {
    const a = statements.militiaNoted.attribution!
    expect(Attribution.isUnattributed(a)).toBe(true)
    expect(Attribution.isHedged(a)).toBe(true)
    expect(statements.militiaNoted.hedges).toEqual([{ cue: 'reportedly', factuality: 'Uu' }])
  })

  it("al-Akhbar's affiliation with Hezbollah is recorded and quoted", () => {
    expect(actors.alAkhbar.affiliations).toEqual([actors.hezbollah.id])
    expect(statements.akhbarReport.attribution!.chain[0].evidence![0]!.text).toContain(
      'linked to Hezbollah',
    )
  })

  it('the reply, the direct quote, the declined comments and the retaliation relation', () => {
    expect(statements.desire.replyTo).toBe(statements.pressed.id)
    expect(statements.millerQuote.quote).toBe(
      'It is important that Iraq not be drawn into regional conflict,',
    )
    expect(statements.whiteHouseDeclined.content).toEqual({ kind: 'none' })
    expect(statements.embassyDeclined.act).toBe('decline_comment')
    expect(events.iranianAttack.relations).toContainEqual({
      kind: 'retaliation_for',
      event: events.airstrike.id,
    })
    expect(events.weaponsTransfer.instruments).toEqual(['drones', 'ballistic missiles'])
    expect(statements.cautioned.channel).toBe('both')
  })

  it('covers every kind of actor', () => {
    expect(new Set(r.actors.map((a) => a.kind))).toEqual(
      new Set(['author', 'state', 'organization', 'person', 'outlet', 'anonymous', 'collective']),
    )
    expect(actors.alSudani.offices).toEqual([{ title: 'Prime Minister', in: 'iraqi-government' }])
  })
})
