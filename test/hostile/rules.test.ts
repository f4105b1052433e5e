import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { Report, Rules, Validator as V } from '../../src/index.js'
import { expectScaling } from '../support/complexity.js'

// Reproductions of work that grew faster than the input in the rules, on valid reports:
// each is counted in reads of the input at n and 8n (a quadratic rule reads 64× more), and
// run once at the size that used to take tens of seconds or throw.

type R = Report.ReportData
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`)
const base = (parts: Partial<Record<keyof R, unknown>>): R =>
  ({
    format: Report.FORMAT,
    headline: 'hostile',
    author: 'author',
    actors: [{ kind: 'author', id: 'author' }],
    events: [{ id: 'e', type: 'attack', description: 'an attack', status: 'hypothetical' }],
    statements: [],
    threats: [],
    ...parts,
  }) as unknown as R
const people = (n: number, name = (id: string) => id) =>
  ids('p', n).map((id) => ({ kind: 'person', id, name: name(id) }))

/** A threat with n issuers and n other enforcers, stated ("threaten") by `statements` statements. */
const longRoles = (n: number, statements = n): R =>
  base({
    actors: [{ kind: 'author', id: 'author' }, ...people(2 * n + 1)],
    threats: [
      {
        id: 't',
        issuer: ids('p', n),
        enforcer: ids('p', 2 * n).slice(n),
        addressee: [`p${2 * n}`],
        valence: 'negative',
        consequence: { kind: 'occurs', event: 'e' },
      },
    ],
    statements: ids('s', statements).map((id) => ({
      id,
      speakers: ['p0'],
      act: 'threaten',
      content: { kind: 'threat', threat: 't' },
    })),
  })

/** A threat whose consequence holds n estimative terms, stated by n statements. */
const longConsequence = (n: number, statements = n): R =>
  base({
    actors: [{ kind: 'author', id: 'author' }, ...people(2)],
    threats: [
      {
        id: 't',
        issuer: ['p0'],
        addressee: ['p1'],
        valence: 'negative',
        consequence: {
          kind: 'and',
          operands: Array.from({ length: Math.max(2, n) }, () => ({
            kind: 'epistemic',
            likelihood: { band: 'likely', factuality: 'PR+' },
            operand: { kind: 'occurs', event: 'e' },
          })),
        },
      },
    ],
    statements: ids('s', statements).map((id) => ({
      id,
      speakers: ['p0'],
      act: 'warn',
      content: { kind: 'threat', threat: 't' },
      hedges: [{ band: 'unlikely', factuality: 'PR-' }],
    })),
  })

/** A statement with n evidence spans, relayed through n outlets, each with an affiliation it does not name. */
const manyOutlets = (n: number): R =>
  base({
    actors: [
      { kind: 'author', id: 'author' },
      { kind: 'organization', id: 'party', name: 'the Party', sector: 'party' },
      ...ids('o', n).map((id) => ({ kind: 'outlet', id, name: id, affiliations: ['party'] })),
    ],
    statements: [
      {
        id: 's',
        speakers: ['o0'],
        act: 'report',
        content: { kind: 'proposition', proposition: { kind: 'occurs', event: 'e' } },
        evidence: ids('w', n).map((w, i) => ({ start: i, end: i + w.length, text: w })),
        attribution: { chain: ids('o', n).map((source) => ({ source })) },
      },
    ],
  })

/** n sentences, each covered by its own span. */
const covered = (n: number): R => {
  const text = ids('Sentence ', n)
    .map((s) => `${s}.`)
    .join(' ')
  const spans: Array<{ start: number; end: number; text: string }> = []
  for (let i = text.indexOf('Sentence'); i >= 0; i = text.indexOf('Sentence', i + 1))
    spans.push({ start: i, end: i + 8, text: 'Sentence' })
  return base({
    text,
    events: [
      {
        id: 'e',
        type: 'attack',
        description: 'an attack',
        status: 'hypothetical',
        evidence: spans,
      },
    ],
  })
}

describe('hostile: the rules do work linear in the input', () => {
  it('the third-party-enforcer check runs once per threat, with a set (not every/includes per statement)', () => {
    expectScaling((n) => longRoles(n), Rules.threatActMismatch.validate, { n: 30 })
  })
  it(
    'a threat with 60,000 issuers and 60,000 enforcers, stated 100 times (1.3 MB): every rule, in one pass',
    { timeout: 30_000 },
    () => {
      const r = longRoles(60_000, 100)
      expect(JSON.stringify(r).length).toBeGreaterThan(1_300_000)
      expect(E.isRight(Report.decode(r))).toBe(true)
      const issues = Rules.strict(r)
      expect(issues.filter((i) => i.code === 'threat/act-mismatch')).toHaveLength(100)
    },
  )

  it('likelihood/mixed-bands walks a threat’s consequence once, not once per statement stating it', () => {
    expectScaling((n) => longConsequence(n), Rules.mixedBands.validate, { n: 30 })
    const r = longConsequence(100_000, 1_000)
    const issues = Rules.mixedBands.validate(r)
    expect(issues).toHaveLength(1_000)
  })

  it('attribution/outlet-affiliation cuts a statement’s words once, not once per link and affiliation', () => {
    expectScaling(manyOutlets, Rules.outletAffiliation.validate, { n: 30 })
    expect(Rules.outletAffiliation.validate(manyOutlets(1000))).toHaveLength(1000)
  })

  it('evidence/uncovered-sentence sweeps the sorted spans once, not once per sentence', () => {
    expectScaling(covered, Rules.uncoveredSentence.validate, { n: 50, bound: 'nlogn' })
    const r = covered(60_000)
    expect(r.text!.length).toBeGreaterThan(800_000)
    expect(Rules.uncoveredSentence.validate(r)).toEqual([])
  })
})

describe('hostile: messages do not grow with the input', () => {
  const longName = (id: string) => `${id} ${'N'.repeat(490)}`
  it('thousands of speakers with long names: every message stays short', () => {
    const speakers = ids('p', 2000)
    const r = base({
      actors: [{ kind: 'author', id: 'author' }, ...people(2000, longName)],
      statements: [
        { id: 's', speakers, act: 'threaten', content: { kind: 'none' }, addressees: speakers },
        {
          id: 's2',
          speakers,
          act: 'report',
          content: { kind: 'proposition', proposition: { kind: 'occurs', event: 'e' } },
          attribution: { chain: [{ source: 'p0' }, { source: 'author' }] },
        },
      ],
    })
    const issues = Rules.strict(r)
    expect(issues.length).toBeGreaterThan(3)
    for (const i of issues) expect(i.message.length, i.code).toBeLessThan(600)
    expect(V.toText(issues).length).toBeLessThan(700 * issues.length)
  })

  it(
    'Rules.standard does not throw on a 4.4 MB valid report whose one statement repeats a speaker a million times',
    { timeout: 60_000 },
    () => {
      const r = base({
        actors: [
          { kind: 'author', id: 'author' },
          { kind: 'person', id: 'p', name: 'P'.repeat(500) },
        ],
        statements: [
          {
            id: 's',
            speakers: Array.from({ length: 1_100_000 }, () => 'p'),
            act: 'assert',
            content: { kind: 'proposition', proposition: { kind: 'occurs', event: 'e' } },
          },
        ],
      })
      expect(JSON.stringify(r).length).toBeGreaterThan(4_400_000)
      expect(E.isRight(Report.decode(r))).toBe(true)
      const issues = Rules.standard(r)
      expect(issues.map((i) => i.code)).toContain('attribution/missing')
      for (const i of issues) expect(i.message.length).toBeLessThan(600)
    },
  )
})
