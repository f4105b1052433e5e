import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { Codec, Id } from '../../src/index.js'
import { codes, pipeline, seedJson } from './support.js'

const withEdit = (f: (r: any) => void) => {
  const r = seedJson()
  f(r)
  return codes(pipeline(r))
}
const airstrike = 0 // events[0] is the airstrike in the seed

describe('hostile: numbers', () => {
  it('NaN, ±Infinity, -0 and 1e309 (Infinity from JSON) are invalid_number', () => {
    for (const bad of [
      Number.NaN,
      Infinity,
      -Infinity,
      -0,
      JSON.parse('1e309'),
      JSON.parse('-1e309'),
    ]) {
      expect(
        withEdit((r) => (r.actors.find((a: any) => a.kind === 'anonymous').count = bad)),
        String(bad),
      ).toEqual(['/actors/24/count invalid_number'])
      expect(withEdit((r) => (r.threats[0].evidence[0].start = bad))).toEqual([
        '/threats/0/evidence/0/start invalid_number',
      ])
    }
  })
  it('non-integers where integers are wanted', () => {
    expect(withEdit((r) => (r.actors[24].count = 2.5))).toEqual(['/actors/24/count invalid_number'])
    expect(withEdit((r) => (r.threats[0].evidence[0].end = 10.5))).toEqual([
      '/threats/0/evidence/0/end invalid_number',
    ])
    expect(
      withEdit(
        (r) =>
          (r.statements[0].attribution.chain[0].grading = { reliability: 'B', credibility: 2.5 }),
      ),
    ).toEqual(['/statements/0/attribution/chain/0/grading/credibility invalid_number'])
    expect(withEdit((r) => (r.actors[24].count = 2 ** 60))).toEqual([
      '/actors/24/count invalid_number',
    ])
  })
})

describe('hostile: dates', () => {
  for (const bad of [
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-13',
    '0000',
    '0000-01-01',
    '2024-00-10',
    '2024-1-5',
    '2024-10-25T24:00:00Z',
    '2024-10-25T00:00:00+00:00',
    '2024-10-25T00:00~',
    'XXXX',
    'XXXX-13-01',
    '2024-10-25~~',
    '2024~-10',
    '20241025',
    '+2024',
    '-2024',
    ' 2024',
    '2024 ',
    '2024/2023',
    '../..',
    '2024/..//',
    '2024-10-25/2024-10-24',
    '２０２４',
  ]) {
    it(`"${bad}" is invalid_time`, () => {
      expect(withEdit((r) => (r.events[airstrike].time = bad))).toEqual([
        `/events/${airstrike}/time invalid_time`,
      ])
    })
  }
  it('a date past the end of the supported length is invalid_time, and a relative time with a bad anchor too', () => {
    expect(withEdit((r) => (r.events[airstrike].time = '2024-10-25/' + '2024'.repeat(20)))).toEqual(
      [`/events/${airstrike}/time invalid_time`],
    )
    expect(
      withEdit(
        (r) =>
          (r.events[airstrike].time = {
            kind: 'relative',
            phrase: 'on Sunday',
            shift: { weekday: 'sunday', which: 'last' },
            anchor: '2024-02-30',
          }),
      ),
    ).toEqual([`/events/${airstrike}/time/anchor invalid_time`])
  })
})

describe('hostile: strings', () => {
  it('empty and whitespace-only strings where text is required', () => {
    expect(withEdit((r) => (r.headline = ''))).toEqual(['/headline invalid_string'])
    expect(withEdit((r) => (r.headline = ' \t\n '))).toEqual(['/headline invalid_string'])
    expect(withEdit((r) => (r.actors[1].name = '   '))).toEqual(['/actors/1/name invalid_string'])
  })
  it('lone surrogates and NUL are rejected everywhere', () => {
    expect(withEdit((r) => (r.headline = 'abc\uD800'))).toEqual(['/headline invalid_string'])
    expect(withEdit((r) => (r.headline = '\uDFFFabc'))).toEqual(['/headline invalid_string'])
    expect(withEdit((r) => (r.actors[1].name = 'Iraq\u0000'))).toEqual([
      '/actors/1/name invalid_string',
    ])
    expect(withEdit((r) => (r.statements[13].quote = 'x\u0007'))).toEqual([
      '/statements/13/quote invalid_string',
    ])
  })
  it('bidi controls are kept in text (right-to-left languages need them) but never in ids', () => {
    expect(withEdit((r) => (r.actors[1].name = 'العراق\u200F'))).toEqual([])
    expect(withEdit((r) => (r.actors[1].name = 'Iraq\u202Eevil'))).toEqual([])
    expect(withEdit((r) => (r.actors[1].id = 'iraq\u202E'))).toContain('/actors/1/id invalid_id')
  })
  it('ids that differ only by Unicode normalization cannot both exist: ids are ASCII', () => {
    const nfc = 'caf\u00e9'
    const nfd = 'cafe\u0301'
    expect(Codec.decode(Id.ActorId)(nfc)._tag).toBe('Left')
    expect(Codec.decode(Id.ActorId)(nfd)._tag).toBe('Left')
    expect(
      withEdit((r) =>
        r.actors.push(
          { kind: 'state', id: nfc, name: 'x', country: 'FRA' },
          { kind: 'state', id: nfd, name: 'y', country: 'FRA' },
        ),
      ),
    ).toEqual(['/actors/28/id invalid_id', '/actors/29/id invalid_id'])
  })
})

describe('hostile: structure', () => {
  it('unknown keys, misspelled keys', () => {
    expect(withEdit((r) => (r.statments = []))).toEqual(['/statments unknown_key'])
    expect(withEdit((r) => (r.threats[0].enforcr = ['israel']))).toEqual([
      '/threats/0/enforcr unknown_key',
    ])
  })
  it('duplicated ids and references to the wrong kind of node', () => {
    expect(withEdit((r) => (r.events[1].id = r.events[0].id))).toContain(
      '/events/1/id duplicate_id',
    )
    expect(withEdit((r) => (r.threats[0].enforcer = ['iranian-attack-from-iraq']))).toEqual([
      '/threats/0/enforcer/0 wrong_kind_reference',
    ])
  })
  it('missing required fields, null where a value is wanted, arrays where objects are wanted', () => {
    expect(withEdit((r) => delete r.threats[0].consequence)).toEqual([
      '/threats/0/consequence missing_key',
    ])
    expect(withEdit((r) => (r.threats[0].likelihood = null))).toEqual([
      '/threats/0/likelihood invalid_type',
    ])
    expect(withEdit((r) => (r.statements[0].attribution = [r.statements[0].attribution]))).toEqual([
      '/statements/0/attribution invalid_type',
    ])
    expect(withEdit((r) => (r.actors = {}))).toEqual(['/actors invalid_type'])
    expect(codes(pipeline(null))).toEqual([' invalid_type'])
    expect(codes(pipeline([]))).toEqual([' invalid_type'])
    expect(codes(pipeline('{"format":"claimgraph/1"}'))).toEqual([' invalid_type'])
    expect(E.isLeft(pipeline(undefined))).toBe(true)
  })
})
