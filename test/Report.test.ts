import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import { pipe } from 'fp-ts/function'
import { describe, expect, it } from 'vitest'
import { fc, test } from '@fast-check/vitest'
import {
  Actor,
  Attribution,
  DecodeError,
  Event,
  Evidence,
  Id,
  Likelihood,
  Proposition as P,
  Report,
  Statement,
  Threat,
  Time,
} from '../src/index.js'
import { readFileSync } from 'node:fs'
import * as fixtures from '../src/fixtures/index.js'
import { validReport } from './support/valid.js'
import { reportData } from './support/arbitraries.js'
import { expectAgreement } from './support/laws.js'

const text =
  'Officials told Axios that the U.S. warned Iraq. Miller said "Iraq must act." The embassy declined to comment.'
const at = (q: string) =>
  pipe(
    Evidence.locate(text)(q),
    E.getOrElseW((e) => {
      throw new Error(e.message)
    }),
  )

/** A small report with every kind of node, built only with constructors and combinators. */
const built = () => {
  const author = Actor.author('report')
  const axios = Actor.outlet('axios', 'Axios', { country: 'USA' })
  const us = Actor.state('us', 'United States', 'USA', {
    external: { wikidata: 'Q30', cameo: 'USA' },
  })
  const iraq = Actor.state('iraq', 'Iraq', 'IRQ')
  const israel = Actor.state('israel', 'Israel', 'ISR')
  const state = Actor.organization('state-dept', 'State Department', 'ministry', {
    country: 'USA',
    relations: [{ kind: 'part_of', target: us.id }],
  })
  const miller = Actor.person('miller', 'Matthew Miller', {
    offices: [Actor.office('spokesperson', state.id)],
  })
  const officials = Actor.anonymous('officials', 'U.S. officials', { count: 2, affiliation: us.id })
  const intel = Actor.collective('intel', 'U.S. and Israeli intelligence', [us.id, israel.id])
  const embassy = Actor.organization('embassy', 'Iraqi Embassy', 'diplomatic', { country: 'IRQ' })
  const prevents = Event.make('prevent', 'prevent', 'Iraq prevents the attack', {
    status: 'hypothetical',
    agents: [iraq.id],
  })
  const strike = pipe(
    Event.make('strike', 'attack', 'Israeli attack on Iraq', {
      status: 'hypothetical',
      agents: [israel.id],
      targets: [iraq.id],
      places: [Event.place('Iraq', { country: 'IRQ' })],
      cameo: '190',
    }),
    Event.relate('response_to', prevents.id),
  )
  const threat = pipe(
    Threat.make('warning', {
      issuer: [us.id],
      addressee: [iraq.id],
      enforcer: [israel.id],
      condition: P.not(P.occurs(prevents.id)),
      consequence: pipe(P.occurs(strike.id), P.hedge(Likelihood.fromFactuality('PS+'))),
    }),
    Threat.withEvidence(at('the U.S. warned Iraq')),
  )
  const warned = pipe(
    Statement.make('warned', [us.id], 'warn', Statement.threat(threat.id)),
    Statement.to(iraq.id),
    Statement.onChannel('private'),
    Statement.attributed(
      pipe(
        Attribution.from(officials.id, 'told', [at('Officials told')]),
        Attribution.via(axios.id),
      ),
    ),
    Statement.withEvidence(at('the U.S. warned Iraq')),
  )
  const said = pipe(
    Statement.make(
      'said',
      [miller.id],
      'state',
      Statement.proposition(pipe(P.occurs(prevents.id), P.must(iraq.id))),
    ),
    Statement.quoting('Iraq must act.'),
    Statement.at(Time.time('2024-11')),
    Statement.replyTo(warned.id),
    Statement.withEvidence(at('Miller said "Iraq must act."')),
  )
  const declined = pipe(
    Statement.make('declined', [embassy.id], 'decline_comment', Statement.none),
    Statement.withEvidence(at('The embassy declined to comment.')),
  )
  const reported = Statement.make('reported', [intel.id], 'report', Statement.nested(said.id))
  return Report.make({
    headline: 'A test report',
    author: author.id,
    outlet: axios.id,
    language: 'en',
    text,
    actors: [author, axios, us, iraq, israel, state, miller, officials, intel, embassy],
    events: [prevents, strike],
    statements: [warned, said, declined, reported],
    threats: [threat],
  })
}

const codes = (u: unknown, options?: { unknownKeys?: 'reject' | 'strip' }) => {
  const r = Report.decode(u, options)
  return E.isLeft(r) ? DecodeError.toList(r.left).map((i) => `${i.path} ${i.code}`) : []
}

const base = (): Report.ReportData => {
  const r = built()
  if (E.isLeft(r)) throw new Error(DecodeError.toTree(r.left))
  return Report.encode(r.right)
}
const edit = (f: (r: Record<string, any>) => void): unknown => {
  const r = JSON.parse(JSON.stringify(base()))
  f(r)
  return r
}

describe('Report', () => {
  describe('constructors', () => {
    it('builds a report with every kind of node, and its JSON decodes back equal', () => {
      const r = built()
      expect(E.isRight(r)).toBe(true)
      if (E.isLeft(r)) return
      const json = JSON.parse(JSON.stringify(Report.encode(r.right)))
      expect(json.format).toBe('claimgraph/2')
      expect(Report.FORMAT).toBe('claimgraph/2')
      expect(Report.decode(json)).toEqual(E.right(r.right))
      expect(new Set(r.right.actors.map((a) => a.kind))).toEqual(
        new Set(['author', 'outlet', 'state', 'organization', 'person', 'anonymous', 'collective']),
      )
      expect(new Set(r.right.statements.map((s) => s.content.kind))).toEqual(
        new Set(['threat', 'proposition', 'none', 'statement']),
      )
    })
  })

  describe('codecs', () => {
    test.prop([validReport], { numRuns: 200 })(
      'decode(encode(x)) equals x for generated reports',
      (r) => {
        const decoded = Report.decode(JSON.parse(JSON.stringify(r)))
        if (E.isLeft(decoded)) throw new Error(DecodeError.toTree(decoded.left))
        expect(Report.decode(Report.encode(decoded.right))).toEqual(decoded)
        expect(Report.Report.is(r)).toBe(true)
      },
    )

    test.prop([reportData])(
      'the guard agrees with the decoder on structurally valid reports',
      (r) => {
        expectAgreement(Report.Report, r)
      },
    )

    test.prop([fc.anything()])('never throws on anything', (u) => {
      expectAgreement(Report.Report, u)
    })

    it('an unknown format version has its own error and nothing else', () => {
      expect(codes({ format: 'claimgraph/3', anything: 1 })).toEqual([
        '/format unsupported_version',
      ])
      expect(codes({ format: 2 })).toEqual(['/format unsupported_version'])
      expect(codes({ format: 'claimgraph/0' })).toEqual(['/format unsupported_version'])
      expect(codes({})).toContain('/format missing_key')
    })

    describe('migrate', () => {
      const v1 = JSON.parse(
        readFileSync(new URL('./data/seed.claimgraph-1.json', import.meta.url), 'utf8'),
      )

      it('the claimgraph/1 JSON of the seed decodes to the same report', () => {
        expect(v1.format).toBe('claimgraph/1')
        expect(Report.decode(v1)).toEqual(E.right(fixtures.report))
        expect(Report.fromJson(JSON.stringify(v1))).toEqual(E.right(fixtures.report))
        expect(Report.encode(fixtures.report).format).toBe('claimgraph/2')
      })

      it('migrate: claimgraph/1 becomes a copy in the current format, nothing else changes', () => {
        const m = Report.migrate(v1)
        expect(E.isRight(m)).toBe(true)
        if (E.isLeft(m)) return
        expect(m.right).not.toBe(v1)
        expect(m.right).toEqual({ ...v1, format: 'claimgraph/2' })
        expect(v1.format).toBe('claimgraph/1') // the input is left alone
        expect(JSON.stringify(m.right)).toBe(JSON.stringify(Report.encode(fixtures.report)))
      })

      it('migrate: the current format and a missing format pass through; others are refused', () => {
        const current = Report.encode(fixtures.report)
        expect(Report.migrate(current)).toEqual(E.right(current))
        expect(Report.migrate({ headline: 'h' })).toEqual(E.right({ headline: 'h' }))
        expect(Report.migrate(42)).toEqual(E.right(42))
        const old = Report.migrate({ format: 'claimgraph/0' })
        expect(E.isLeft(old) && DecodeError.toList(old.left)).toEqual([
          {
            path: '/format',
            code: 'unsupported_version',
            message:
              'this version of claimgraph reads format "claimgraph/2" (and migrates "claimgraph/1"), not "claimgraph/0"',
          },
        ])
        const hostile = new Proxy(
          {},
          {
            getOwnPropertyDescriptor: () => {
              throw new Error('no')
            },
          },
        )
        const r = Report.migrate(hostile)
        expect(E.isLeft(r) && r.left.issues[0]!.code).toBe('unreadable_input')
      })

      it('a claimgraph/1 document with errors reports them at their paths', () => {
        const broken = JSON.parse(JSON.stringify(v1))
        broken.statements[0].speakers = ['nobody']
        broken.actors[1].country = 'usa'
        // structure and integrity are reported together, in one round
        expect(codes(broken)).toEqual([
          '/actors/1/country invalid_string',
          '/statements/0/speakers/0 dangling_reference',
        ])
        delete broken.actors[1].country
        expect(codes(broken)).toEqual([
          '/actors/1/country missing_key',
          '/statements/0/speakers/0 dangling_reference',
        ])
      })
    })

    it('integrity: duplicate ids', () => {
      expect(codes(edit((r) => (r.events[1].id = 'prevent')))).toEqual([
        '/events/1/id duplicate_id',
        '/threats/0/consequence/operand/event dangling_reference',
      ])
      expect(codes(edit((r) => (r.threats[0].id = 'us')))).toContain('/threats/0/id duplicate_id')
    })

    it('integrity: dangling references', () => {
      expect(codes(edit((r) => (r.statements[0].speakers = ['nobody'])))).toEqual([
        '/statements/0/speakers/0 dangling_reference',
      ])
      expect(codes(edit((r) => (r.threats[0].condition.operand.event = 'nothing')))).toEqual([
        '/threats/0/condition/operand/event dangling_reference',
      ])
      expect(codes(edit((r) => (r.statements[0].attribution.chain[1].source = 'reuters')))).toEqual(
        ['/statements/0/attribution/chain/1/source dangling_reference'],
      )
    })

    it('integrity: the outlet of a link\'s medium ("in an interview with Radio Sava")', () => {
      expect(
        codes(
          edit(
            (r) =>
              (r.statements[0].attribution.chain[0].medium = {
                kind: 'interview',
                outlet: 'radio-sava',
              }),
          ),
        ),
      ).toEqual(['/statements/0/attribution/chain/0/medium/outlet dangling_reference'])
      expect(
        codes(edit((r) => (r.statements[0].attribution.chain[0].medium = { kind: 'document' }))),
      ).toEqual([])
    })

    it('integrity: proximity, candidates and the affiliation of unnamed actors', () => {
      const push = (actor: Record<string, unknown>) => edit((r) => r.actors.push(actor))
      expect(
        codes(
          push({
            kind: 'anonymous',
            id: 'src',
            description: 'a source close to the embassy',
            count: 1,
            proximity: [
              { kind: 'close_to', actor: 'embassy' },
              { kind: 'briefed_on', event: 'strike', actor: 'nobody' },
              { kind: 'briefed_on', event: 'warned' },
            ],
            candidates: [{ actor: 'miller' }, { actor: 'ghost' }],
          }),
        ),
      ).toEqual([
        '/actors/10/proximity/1/actor dangling_reference',
        '/actors/10/proximity/2/event wrong_kind_reference',
        '/actors/10/candidates/1/actor dangling_reference',
      ])
      expect(
        codes(
          push({
            kind: 'unnamed',
            id: 'some',
            description: 'some entities',
            count: 'unknown',
            affiliation: 'atlantis',
            candidates: [{ actor: 'prevent' }],
          }),
        ),
      ).toEqual([
        '/actors/10/affiliation dangling_reference',
        '/actors/10/candidates/0/actor wrong_kind_reference',
      ])
    })

    it('integrity: intermediaries, wordsBy, media and sourcing targets', () => {
      expect(
        codes(
          edit((r) => {
            r.statements[0].intermediaries = [
              { actor: 'embassy', onBehalfOf: 'iraq' },
              { actor: 'nobody', onBehalfOf: 'prevent' },
            ]
            r.statements[1].wordsBy = ['officials', 'ghost']
            r.statements[1].medium = { kind: 'interview', outlet: 'us' }
          }),
        ),
      ).toEqual([
        '/statements/0/intermediaries/1/actor dangling_reference',
        '/statements/0/intermediaries/1/onBehalfOf wrong_kind_reference',
        '/statements/1/wordsBy/1 dangling_reference',
        '/statements/1/medium/outlet wrong_kind_reference',
      ])
      const sourcing = (target: unknown) =>
        edit(
          (r) =>
            (r.statements[2] = {
              ...r.statements[2],
              act: 'deny',
              content: { kind: 'sourcing', target },
            }),
        )
      expect(codes(sourcing({ kind: 'statement', statement: 'warned' }))).toEqual([])
      expect(codes(sourcing({ kind: 'report', publisher: 'axios' }))).toEqual([])
      expect(codes(sourcing({ kind: 'report' }))).toEqual([])
      expect(codes(sourcing({ kind: 'statement', statement: 'gone' }))).toEqual([
        '/statements/2/content/target/statement dangling_reference',
      ])
      expect(codes(sourcing({ kind: 'source', source: 'strike' }))).toEqual([
        '/statements/2/content/target/source wrong_kind_reference',
      ])
      expect(codes(sourcing({ kind: 'report', publisher: 'ghost' }))).toEqual([
        '/statements/2/content/target/publisher dangling_reference',
      ])
    })

    it('provenance: the address, the reports it derives from, and meta, kept as they are', () => {
      const r = edit((r) => {
        r.url = 'https://example.org/news/2031/dam'
        r.derivedFrom = [
          { publisher: 'axios', kind: 'retells', published: '2024-11-04' },
          { url: 'https://example.net/a', headline: 'Earlier' },
        ]
        r.meta = { extractor: 'model-x', run: 17, confidence: [0.5, 0.9] }
        r.events[0].meta = { span: 'p2' }
      })
      const decoded = Report.decode(r)
      expect(E.isRight(decoded)).toBe(true)
      if (E.isRight(decoded)) {
        expect(decoded.right.meta).toEqual({
          extractor: 'model-x',
          run: 17,
          confidence: [0.5, 0.9],
        })
        expect(decoded.right.events[0]!.meta).toEqual({ span: 'p2' })
        expect(Report.encode(decoded.right)).toEqual(r)
      }
      expect(codes(edit((r) => (r.url = 'example.org')))).toEqual(['/url invalid_string'])
      expect(codes(edit((r) => (r.derivedFrom = [{ kind: 'retells' }])))).toEqual([
        '/derivedFrom/0 missing_key',
      ])
      expect(
        codes(edit((r) => (r.derivedFrom = [{ publisher: 'ghost' }, { publisher: 'strike' }]))),
      ).toEqual([
        '/derivedFrom/0/publisher dangling_reference',
        '/derivedFrom/1/publisher wrong_kind_reference',
      ])
    })

    it('integrity: events that relative times are counted from', () => {
      const after = (event: string) => ({
        kind: 'relative',
        phrase: 'the day after',
        shift: { unit: 'day', amount: 1 },
        anchor: { kind: 'event', event },
      })
      const nested = (event: string) => ({
        kind: 'relative',
        phrase: 'a week later',
        shift: { unit: 'week', amount: 1 },
        anchor: after(event),
      })
      expect(codes(edit((r) => (r.statements[1].time = after('strike'))))).toEqual([])
      expect(codes(edit((r) => (r.statements[1].time = after('nothing'))))).toEqual([
        '/statements/1/time/anchor/event dangling_reference',
      ])
      expect(codes(edit((r) => (r.events[0].time = nested('warned'))))).toEqual([
        '/events/0/time/anchor/anchor/event wrong_kind_reference',
      ])
      expect(
        codes(
          edit((r) => {
            r.threats[0].deadline = after('gone')
            r.threats[0].window = nested('gone')
          }),
        ),
      ).toEqual([
        '/threats/0/deadline/anchor/event dangling_reference',
        '/threats/0/window/anchor/anchor/event dangling_reference',
      ])
      expect(
        codes(
          edit((r) => {
            r.actors[6].offices[0].from = after('gone')
            r.actors[6].offices[0].to = nested('prevent')
          }),
        ),
      ).toEqual(['/actors/6/offices/0/from/anchor/event dangling_reference'])
    })

    it('integrity: the threat a threat answers must exist, and be a threat', () => {
      expect(
        codes(edit((r) => (r.threats[0].answers = { threat: 'no-such-threat', as: 'counter' }))),
      ).toEqual(['/threats/0/answers/threat dangling_reference'])
      expect(
        codes(edit((r) => (r.threats[0].answers = { threat: 'us', as: 'rejection' }))),
      ).toEqual(['/threats/0/answers/threat wrong_kind_reference'])
      expect(
        codes(edit((r) => (r.threats[0].answers = { threat: r.threats[0].id, as: 'counter' }))),
      ).toEqual([])
    })

    it('integrity: references to the wrong kind of node', () => {
      expect(codes(edit((r) => (r.statements[0].speakers = ['prevent'])))).toEqual([
        '/statements/0/speakers/0 wrong_kind_reference',
      ])
      expect(codes(edit((r) => (r.statements[0].content.threat = 'said')))).toEqual([
        '/statements/0/content/threat wrong_kind_reference',
      ])
      expect(codes(edit((r) => (r.author = 'us')))).toEqual(['/author wrong_kind_reference'])
      expect(codes(edit((r) => (r.outlet = 'us')))).toEqual(['/outlet wrong_kind_reference'])
      expect(codes(edit((r) => (r.events[1].relations[0].event = 'warning')))).toEqual([
        '/events/1/relations/0/event wrong_kind_reference',
      ])
    })

    it('integrity: cycles through reply-to, nested statements, revisions and collectives', () => {
      expect(codes(edit((r) => (r.statements[0].replyTo = 'said')))).toEqual([
        '/statements/1/replyTo cycle',
      ])
      expect(codes(edit((r) => (r.statements[1].replyTo = 'said')))).toEqual([
        '/statements/1/replyTo cycle',
      ])
      expect(
        codes(
          edit((r) => (r.statements[1].content = { kind: 'statement', statement: 'reported' })),
        ),
      ).toEqual(['/statements/3/content/statement cycle'])
      expect(codes(edit((r) => (r.threats[0].revises = 'warning')))).toEqual([
        '/threats/0/revises cycle',
      ])
      expect(
        codes(
          edit((r) =>
            r.actors.push(
              { kind: 'collective', id: 'c1', name: 'C1', members: ['c2'] },
              { kind: 'collective', id: 'c2', name: 'C2', members: ['c1'] },
            ),
          ),
        ),
      ).toEqual(['/actors/11/members/0 cycle'])
    })

    it('integrity: a chain may pass through the same source twice (circular reporting is a rule, not a structural error)', () => {
      expect(
        codes(
          edit((r) => r.statements[0].attribution.chain.push({ source: 'officials', cue: 'told' })),
        ),
      ).toEqual([])
    })

    it('integrity: evidence that does not match the text', () => {
      expect(codes(edit((r) => (r.statements[0].evidence[0].start += 1)))).toEqual([
        '/statements/0/evidence/0 span_mismatch',
      ])
      expect(
        codes(edit((r) => (r.statements[0].evidence[0] = { start: 1, end: 4, text: 'abc' }))),
      ).toEqual(['/statements/0/evidence/0 span_mismatch'])
      expect(
        codes(edit((r) => (r.threats[0].evidence[0] = { start: 5000, end: 5003, text: 'abc' }))),
      ).toEqual(['/threats/0/evidence/0 span_mismatch'])
      expect(
        codes(
          edit((r) => (r.statements[0].attribution.chain[0].evidence[0].text = 'Officials tell')),
        ),
      ).toEqual(['/statements/0/attribution/chain/0/evidence/0 span_mismatch'])
    })

    it('integrity: a mismatched span says where its words are, while the hint budget lasts', () => {
      const on = (t: string, ...spans: ReadonlyArray<Evidence.Span>) => {
        const b = base()
        const strip = ({ evidence: _e, ...l }: Attribution.Link): Attribution.Link => l
        const bare: Report.ReportData = {
          ...b,
          text: t,
          statements: b.statements.map(({ evidence: _e, attribution, ...x }, i) => ({
            ...x,
            ...(attribution === undefined
              ? {}
              : {
                  attribution: {
                    chain: [strip(attribution.chain[0]), ...attribution.chain.slice(1).map(strip)],
                  },
                }),
            ...(i === 0 ? { evidence: spans } : {}),
          })),
          threats: b.threats.map(({ evidence: _e, ...x }) => x),
        }
        return Report.spanIssues(t)(bare).map((i) => i.message)
      }
      const cafe = 'Café owners said the strike hit the port.'
      expect(on(cafe, { start: 22, end: 28, text: 'strike' })).toEqual([
        'the text at 22–28 is "trike ", not "strike"; these look like UTF-8 byte offsets: in UTF-16 code units the words are at 21–27 (Evidence.relocate moves the span)',
      ])
      expect(on('😀 rockets hit', { start: 2, end: 9, text: 'rockets' })[0]).toContain(
        'these look like code point offsets: in UTF-16 code units the words are at 3–10',
      )
      expect(on(cafe, { start: 0, end: 4, text: 'port' })[0]).toMatch(/; the words occur at 36–40$/)
      expect(on('the port, the port', { start: 0, end: 4, text: 'port' })[0]).toMatch(
        /; the words occur at 4–8 \(the nearest of 2 occurrences\)$/,
      )
      expect(on(cafe, { start: 90, end: 95, text: 'storm' })).toEqual([
        'span 90–95 lies beyond the end of the text (41 characters); the words do not occur in the text',
      ])
      // a text so long that searching it would spend the budget: the issue, without a hint
      const long = 'a'.repeat(700_000)
      expect(on(long, { start: 0, end: 1, text: 'b' })).toEqual([
        'the text at 0–1 is "a", not "b"; the words do not occur in the text',
      ])
    })

    it('migrate: an input that throws when read is unreadable_input, never an exception', () => {
      // a getter that throws: the format cannot be read
      const throwing = (e: unknown) => ({
        get format(): string {
          throw e
        },
      })
      for (const [thrown, reason] of [
        [new Error('no access'), 'no access'],
        ['a string', 'a string'],
      ] as const) {
        const m = Report.migrate(throwing(thrown))
        expect(E.isLeft(m) && DecodeError.toList(m.left)).toEqual([
          expect.objectContaining({
            code: 'unreadable_input',
            message: `the input could not be read: ${reason}`,
          }),
        ])
      }
    })

    it('fromJson decodes JSON text, and text that is not JSON is invalid_json', () => {
      const r = built()
      if (E.isLeft(r)) throw new Error('report')
      expect(Report.fromJson(JSON.stringify(Report.encode(r.right)))).toEqual(E.right(r.right))
      expect(codes(undefined)).toEqual([' invalid_type'])
      const bad = Report.fromJson('{"format": "claimgraph/1",')
      expect(E.isLeft(bad) && DecodeError.toList(bad.left).map((i) => i.code)).toEqual([
        'invalid_json',
      ])
      const stripped = Report.fromJson(JSON.stringify({ ...Report.encode(r.right), extra: 1 }), {
        unknownKeys: 'strip',
      })
      expect(stripped).toEqual(E.right(r.right))
    })

    it('unknown keys are errors by default and can be stripped', () => {
      const misspelled = edit((r) => (r.statements[0].adressees = ['iraq']))
      expect(codes(misspelled)).toEqual(['/statements/0/adressees unknown_key'])
      const stripped = Report.decode(misspelled, { unknownKeys: 'strip' })
      expect(E.isRight(stripped) && 'adressees' in stripped.right.statements[0]!).toBe(false)
    })

    describe('errors in one round: a structure error does not hide integrity errors elsewhere', () => {
      it('a structure error and a dangling reference in another statement are reported together', () => {
        expect(
          codes(
            edit((r) => {
              r.statements[0].act = 'shout'
              r.statements[1].speakers = ['nobody']
            }),
          ),
        ).toEqual([
          '/statements/0/act invalid_value',
          '/statements/1/speakers/0 dangling_reference',
        ])
      })

      it('a dangling reference inside the statement that has the structure error is reported too', () => {
        expect(
          codes(
            edit((r) => {
              r.statements[0].act = 'shout'
              r.statements[0].speakers = ['nobody']
            }),
          ),
        ).toEqual([
          '/statements/0/speakers/0 dangling_reference',
          '/statements/0/act invalid_value',
        ])
      })

      it('duplicate ids, wrong kinds, cycles and spans are reported with structure errors', () => {
        expect(
          codes(
            edit((r) => {
              r.headline = ''
              r.events[1].id = 'prevent'
              r.statements[0].content.threat = 'said'
              r.threats[0].revises = 'warning'
              r.statements[2].evidence[0].start += 1
              r.statements[2].evidence[0].end += 1
              r.threats[0].valence = 'bad'
            }),
          ),
        ).toEqual([
          '/headline invalid_string',
          '/events/1/id duplicate_id',
          '/statements/0/content/threat wrong_kind_reference',
          '/statements/2/evidence/0 span_mismatch',
          // the event that lost its id to the duplicate is not found
          '/threats/0/consequence/operand/event dangling_reference',
          '/threats/0/valence invalid_value',
          '/threats/0/revises cycle',
        ])
      })

      it('a node whose id decoded still resolves references: only its broken field is reported', () => {
        expect(
          codes(
            edit((r) => {
              r.actors[3].name = ''
              r.statements[1].speakers = ['nobody']
            }),
          ),
        ).toEqual(['/actors/3/name invalid_string', '/statements/1/speakers/0 dangling_reference'])
      })

      it('references to a kind of node one of whose ids is unknown are not judged (they may point at it)', () => {
        // the third actor has an unknown kind, so its id is unknown: "iraq" may be it
        const broken = edit((r) => {
          r.actors[3].kind = 'country'
          r.statements[1].speakers = ['nobody']
          r.threats[0].condition.operand.event = 'nothing'
        })
        expect(codes(broken)).toEqual([
          '/actors/3/kind invalid_tag',
          '/threats/0/condition/operand/event dangling_reference',
        ])
      })

      it('spans are not checked against a text that did not decode', () => {
        expect(
          codes(
            edit((r) => {
              r.text = `${r.text}\u0000`
              r.statements[2].evidence[0].start += 1
              r.statements[2].evidence[0].end += 1
            }),
          ),
        ).toEqual(['/text invalid_string'])
      })

      it('an unsupported format, or text that is not JSON, is reported alone', () => {
        expect(codes(edit((r) => ((r.format = 'claimgraph/9'), (r.headline = ''))))).toEqual([
          '/format unsupported_version',
        ])
        const bad = Report.fromJson('{"format": "claimgraph/1", "headline": ""')
        expect(E.isLeft(bad) && bad.left.issues.map((i) => i.code)).toEqual(['invalid_json'])
      })

      it('the list, the tree and the io-ts errors are in document order', () => {
        const u = edit((r) => {
          r.statements[3].act = 'shout'
          r.actors[2].relations = [{ kind: 'part_of', target: 'nobody' }]
        })
        expect(codes(u)).toEqual([
          '/actors/2/relations/0/target dangling_reference',
          '/statements/3/act invalid_value',
        ])
        const r = Report.decode(u)
        expect(E.isLeft(r) && DecodeError.toTree(r.left).split('\n').slice(0, 3)).toEqual([
          '2 issues',
          '├─ actors',
          '│  └─ 2',
        ])
        const viaIoTs = Report.Report.decode(u)
        expect(
          E.isLeft(viaIoTs) &&
            DecodeError.toList(DecodeError.fromValidationErrors(viaIoTs.left)).map((i) => i.path),
        ).toEqual(['/actors/2/relations/0/target', '/statements/3/act'])
      })

      it('past MAX_ISSUES structure errors, integrity is not run and the list ends with too_many_issues', () => {
        const u = edit((r) => {
          for (let i = 0; i < 1500; i++) r.actors.push({ kind: 'state', id: `s${i}`, name: '' })
          r.statements[0].speakers = ['nobody']
        })
        const r = Report.decode(u)
        expect(E.isLeft(r) && r.left.issues.length).toBe(DecodeError.MAX_ISSUES + 1)
        expect(E.isLeft(r) && r.left.issues.at(-1)!.code).toBe('too_many_issues')
      })
    })

    describe("fromJson with nulls: 'absent' (strict structured output of language models)", () => {
      const json = (f: (r: Record<string, any>) => void) => JSON.stringify(edit(f))
      it('null for an optional property is read as absent', () => {
        const text = json((r) => {
          r.statements[2].quote = null
          r.statements[2].replyTo = null
          r.threats[0].window = null
          r.published = null
        })
        expect(Report.fromJson(text)._tag).toBe('Left')
        const r = Report.fromJson(text, { nulls: 'absent' })
        if (E.isLeft(r)) throw new Error(DecodeError.toTree(r.left))
        expect('quote' in r.right.statements[2]!).toBe(false)
        expect('published' in r.right).toBe(false)
        expect(Report.decode(JSON.parse(text), { nulls: 'absent' })).toEqual(r)
      })
      it('null for a required property is still an error, and reported in the same round', () => {
        const r = Report.fromJson(
          json((r) => {
            r.statements[2].act = null
            r.statements[1].quote = null
          }),
          { nulls: 'absent' },
        )
        expect(E.isLeft(r) && DecodeError.toList(r.left).map((i) => `${i.path} ${i.code}`)).toEqual(
          ['/statements/2/act invalid_type'],
        )
      })
    })

    describe('repair hints', () => {
      const messages = (u: unknown) => {
        const r = Report.decode(u)
        return E.isLeft(r) ? r.left.issues.map((i) => i.message) : []
      }

      it('an unknown key suggests the nearest declared key (nearest first, ties by declaration order)', () => {
        expect(messages(edit((r) => (r.statements[1].tim = '2024')))).toEqual([
          'Statement has no property "tim" (did you mean "time"?)',
        ])
        expect(messages(edit((r) => (r.statements[1].speaker = ['miller'])))[0]).toContain(
          '(did you mean "speakers"?)',
        )
        expect(messages(edit((r) => (r.statements[1].Quote = 'x')))[0]).toContain(
          '(did you mean "quote"?)',
        )
        expect(messages(edit((r) => (r.statements[1].zzzzzz = 1)))[0]).not.toContain('did you mean')
      })

      it('a value that fails every alternative of a union names them all; a number written as a string gets the number', () => {
        const anon = (count: unknown) =>
          edit((r) => (r.actors.find((a: any) => a.kind === 'anonymous').count = count))
        const at = base().actors.findIndex((a) => a.kind === 'anonymous')
        const issues = (u: unknown) => {
          const r = Report.decode(u)
          return E.isLeft(r) ? r.left.issues.map((i) => `/${i.path.join('/')} ${i.message}`) : []
        }
        expect(issues(anon('1'))).toEqual([
          `/actors/${at}/count expected Count (an integer from 1 to 1000000 or "unknown"), got "1"; write the number 1, without quotes`,
        ])
        expect(issues(anon('several'))).toEqual([
          `/actors/${at}/count expected Count (an integer from 1 to 1000000 or "unknown"), got "several"`,
        ])
        expect(issues(anon(' 12 '))[0]).toContain('write the number 12, without quotes')
        // a plain number written as a string
        expect(issues(edit((r) => (r.statements[0].evidence[0].start = '83')))[0]).toMatch(
          /expected start \(a number\), got "83"; write the number 83, without quotes$/,
        )
        // the number itself still decodes; "unknown" too
        expect(E.isRight(Report.decode(anon(3)))).toBe(true)
        expect(E.isRight(Report.decode(anon('unknown')))).toBe(true)
      })

      it('a date in a local form (day or month first, slashes or dots) says how to write it', () => {
        const deadline = (d: string) => edit((r) => (r.threats[0].deadline = d))
        const cases: ReadonlyArray<readonly [string, string]> = [
          ['06/30/2031', 'write dates as YYYY-MM-DD (2031-06-30)'],
          ['30/06/2031', 'write dates as YYYY-MM-DD (2031-06-30)'],
          ['30.06.2031', 'write dates as YYYY-MM-DD (2031-06-30)'],
          [
            '1.7.2031',
            'write dates as YYYY-MM-DD (2031-01-07 if the month comes first, 2031-07-01 if the day does)',
          ],
          ['2031/06/30', 'write dates as YYYY-MM-DD (2031-06-30)'],
          ['06/2031', 'write months as YYYY-MM (2031-06)'],
        ]
        for (const [d, fix] of cases)
          expect(messages(deadline(d))).toEqual([`Time ${JSON.stringify(d)}: ${fix}`])
        // a form that is no date at all keeps the general message
        expect(messages(deadline('31/31/2031'))[0]).not.toContain('write dates')
        // an EDTF interval is still an interval
        expect(E.isRight(Report.decode(deadline('2031-06-01/2031-06-30')))).toBe(true)
      })

      it('a null for an optional property says to leave it out, or to decode with nulls: absent', () => {
        expect(messages(edit((r) => (r.statements[0].quote = null)))).toEqual([
          "expected quote (a string), got null; the property is optional: leave it out when it has no value, or decode with { nulls: 'absent' }",
        ])
        expect(messages(edit((r) => (r.url = null)))).toEqual([
          "expected url (a string), got null; the property is optional: leave it out when it has no value, or decode with { nulls: 'absent' }",
        ])
        // a required property gets no such advice
        expect(messages(edit((r) => (r.headline = null)))[0]).not.toContain('optional')
        expect(
          E.isRight(
            Report.decode(
              edit((r) => (r.url = null)),
              { nulls: 'absent' },
            ),
          ),
        ).toBe(true)
      })

      it('a value outside a fixed set suggests the nearest allowed value', () => {
        expect(messages(edit((r) => (r.statements[0].act = 'denies')))[0]).toContain(
          'got "denies" (did you mean "deny"?)',
        )
        expect(messages(edit((r) => (r.statements[0].act = 'Warn')))[0]).toContain(
          '(did you mean "warn"?)',
        )
        expect(messages(edit((r) => (r.statements[0].content.kind = 'threats')))[0]).toContain(
          '(did you mean "threat"?)',
        )
      })

      it('a dangling reference suggests the nearest id of a node of its kind', () => {
        expect(messages(edit((r) => (r.statements[0].speakers = ['irak'])))).toEqual([
          'no actor has id "irak" (did you mean "iraq"?)',
        ])
        expect(messages(edit((r) => (r.threats[0].condition.operand.event = 'prevents')))).toEqual([
          'no event has id "prevents" (did you mean "prevent"?)',
        ])
      })

      it('a dangling reference that is a longer or shorter form of an id suggests it', () => {
        // words added or left out at the start or the end, at a word boundary
        for (const [wrong, right] of [
          ['axios-news', 'axios'],
          ['the-state-dept', 'state-dept'],
          ['miller-matthew', 'miller'],
          ['iraqi-embassy', 'embassy'],
          ['us_officials', 'officials'],
        ] as const)
          expect(messages(edit((r) => (r.statements[0].speakers = [wrong])))).toEqual([
            `no actor has id "${wrong}" (did you mean "${right}"?)`,
          ])
        // not inside a word, and not from two letters
        expect(
          messages(edit((r) => (r.statements[0].speakers = ['embassyish-group'])))[0],
        ).not.toContain('did you mean')
        expect(
          messages(edit((r) => (r.statements[0].speakers = ['us-xyzxyzxyz'])))[0],
        ).not.toContain('did you mean')
      })

      it('a value outside a fixed set lists every allowed value when there are up to 40', () => {
        const m = messages(edit((r) => (r.statements[0].act = 'ultimatum')))[0]!
        for (const act of Object.keys(Statement.ACTS)) expect(m).toContain(JSON.stringify(act))
        expect(m).not.toContain('…')
      })

      it('a value of the wrong shape gets a one-line example of the shape, derived from the codec', () => {
        expect(
          messages(edit((r) => (r.statements[1].content.proposition = 'Iraq must act'))),
        ).toEqual([
          'expected Proposition (an object), got "Iraq must act"; for example {"kind":"occurs","event":"<event id>"}',
        ])
        expect(messages(edit((r) => (r.statements[0].attribution.chain = 'Axios')))).toEqual([
          'expected Chain (an array), got "Axios"; for example [{"source":"<actor id>"}]',
        ])
      })

      it('a span whose words are elsewhere says where they occur', () => {
        const [m] = messages(
          edit((r) => {
            r.statements[2].evidence[0].start += 4
            r.statements[2].evidence[0].end += 4
          }),
        )
        const span = at('The embassy declined to comment.')
        expect(m).toContain(`the words occur at ${span.start}–${span.end}`)
      })

      it('offsets that look like UTF-8 byte offsets or code point offsets are named as such', () => {
        const text = 'Café owners in Baghdad said the strike hit the port. 😀 Officials said more.'
        const report = (start: number, words: string) => ({
          format: Report.FORMAT,
          headline: 'h',
          author: 'me',
          text,
          actors: [{ kind: 'author', id: 'me' }],
          events: [],
          statements: [
            {
              id: 's',
              speakers: ['me'],
              act: 'state',
              content: { kind: 'none' },
              evidence: [{ start, end: start + words.length, text: words }],
            },
          ],
          threats: [],
        })
        const strike = text.indexOf('strike')
        expect(messages(report(strike + 1, 'strike'))[0]).toContain(
          `these look like UTF-8 byte offsets: in UTF-16 code units the words are at ${strike}–${strike + 6}`,
        )
        const more = text.indexOf('more')
        expect(messages(report(more - 1, 'more'))[0]).toContain(
          `these look like code point offsets: in UTF-16 code units the words are at ${more}–${more + 4}`,
        )
      })

      it('a span whose words do not occur says so', () => {
        const [m] = messages(edit((r) => (r.statements[2].evidence[0].text = 'x'.repeat(32))))
        expect(m).toContain('the words do not occur in the text')
      })
    })
  })

  describe('queries', () => {
    const r = (() => {
      const x = built()
      if (E.isLeft(x)) throw new Error('fixture')
      return x.right
    })()
    it('lookups', () => {
      expect(O.map((a: Actor.Actor) => a.kind)(Report.actor(Id.actor('miller'))(r))).toEqual(
        O.some('person'),
      )
      expect(O.isSome(Report.event(Id.event('strike'))(r))).toBe(true)
      expect(O.isSome(Report.threat(Id.threat('warning'))(r))).toBe(true)
      expect(Report.statement(Id.statement('nope'))(r)).toEqual(O.none)
      expect(Report.index(r).actors.get(Id.actor('us'))?.kind).toBe('state')
    })
    it('statementsBy, statementsOf, threatsAgainst, attributionOf, chainOf', () => {
      expect(Report.statementsBy(Id.actor('miller'))(r).map((s) => s.id)).toEqual(['said'])
      expect(Report.statementsOf(Id.threat('warning'))(r).map((s) => s.id)).toEqual(['warned'])
      expect(Report.threatsAgainst(Id.actor('iraq'))(r).map((t) => t.id)).toEqual(['warning'])
      expect(Report.threatsAgainst(Id.actor('us'))(r)).toEqual([])
      expect(O.map(Attribution.sources)(Report.attributionOf(Id.statement('warned'))(r))).toEqual(
        O.some(['officials', 'axios']),
      )
      expect(
        O.map((c: ReadonlyArray<Actor.Actor | undefined>) => c.map((a) => a?.id))(
          Report.chainOf(Id.statement('warned'))(r),
        ),
      ).toEqual(O.some(['officials', 'axios', 'report']))
      expect(Report.isAnonymous(r)(r.statements[0]!.attribution!)).toBe(true)
      expect(Report.isAnonymous(r)(Attribution.from(Id.actor('miller')))).toBe(false)
    })
    it('actorsMentioned, originalSources, spans', () => {
      expect(Report.actorsMentioned(r)).toEqual([
        'iraq',
        'israel',
        'us',
        'officials',
        'axios',
        'miller',
        'embassy',
        'intel',
      ])
      expect(Report.originalSources(r)).toEqual(['officials', 'miller', 'embassy', 'intel'])
      expect(Report.spans(r).map(([p]) => p.join('/'))).toEqual([
        'statements/0/attribution/chain/0/evidence/0',
        'statements/0/evidence/0',
        'statements/1/evidence/0',
        'statements/2/evidence/0',
        'threats/0/evidence/0',
      ])
      expect(Report.integrity(r)).toEqual([])
    })
    it('sources: speakers, the authors of quoted words and chain sources; not messengers', () => {
      expect(Report.sources(r)).toEqual(['us', 'officials', 'axios', 'miller', 'embassy', 'intel'])
      const relayed = pipe(
        r.statements[1]!,
        Statement.through(Id.actor('embassy')),
        Statement.inWordsOf(Id.actor('israel')),
      )
      expect(Report.sources({ ...r, statements: [relayed] })).toEqual(['miller', 'israel'])
      expect(Report.actorsMentioned({ ...r, statements: [relayed] })).toContain('embassy')
    })
    it('chainOf, originalSources and sources: unattributed hops, no chain, the author', () => {
      const hedged = pipe(
        Statement.make('hedged', [Id.actor('miller')], 'assert', Statement.unstated),
        Statement.attributed({ chain: [{ cue: 'reportedly' }, { source: Id.actor('axios') }] }),
      )
      const own = Statement.make('own', [r.author], 'assert', Statement.unstated)
      const more = { ...r, statements: [...r.statements, hedged, own] }
      expect(
        O.map((c: ReadonlyArray<Actor.Actor | undefined>) => c.map((a) => a?.id))(
          Report.chainOf(Id.statement('hedged'))(more),
        ),
      ).toEqual(O.some([undefined, 'axios', 'report']))
      // no chain: the report's own voice only
      expect(
        O.map((c: ReadonlyArray<Actor.Actor | undefined>) => c.map((a) => a?.id))(
          Report.chainOf(Id.statement('declined'))(more),
        ),
      ).toEqual(O.some(['report']))
      expect(Report.chainOf(Id.statement('nope'))(more)).toEqual(O.none)
      // a chain that starts unattributed names no original source; the author's own claim does
      expect(Report.originalSources(more)).toEqual([
        'officials',
        'miller',
        'embassy',
        'intel',
        'report',
      ])
      // the report's author voice is no source
      expect(Report.sources(more)).not.toContain('report')
      expect(Report.sources(more)).toContain('axios')
    })
    it('actorsMentioned: messengers and those they act for, outlets of a medium, sourcing targets', () => {
      const carried = pipe(
        Statement.make('carried', [Id.actor('us')], 'offer', Statement.unstated),
        Statement.through(Id.actor('embassy'), { onBehalfOf: Id.actor('state-dept') }),
        Statement.inMedium(Statement.medium('interview', { outlet: Id.actor('axios') })),
      )
      const denied = Statement.make(
        'denied',
        [Id.actor('iraq')],
        'deny',
        Statement.sourcing({ kind: 'source', source: Id.actor('officials') }),
      )
      const denial = Statement.make(
        'denial',
        [Id.actor('israel')],
        'deny',
        Statement.sourcing({ kind: 'report', publisher: Id.actor('miller') }),
      )
      const plain = Statement.make(
        'plain',
        [Id.actor('israel')],
        'deny',
        Statement.sourcing({ kind: 'report' }),
      )
      expect(
        Report.actorsMentioned({
          ...r,
          events: [],
          threats: [],
          statements: [carried, denied, denial, plain],
        }),
      ).toEqual(['us', 'embassy', 'state-dept', 'axios', 'iraq', 'officials', 'israel', 'miller'])
    })
    it('timeContext: the publication date and the times of events', () => {
      const dated = {
        ...r,
        published: Time.time('2024-11-05'),
        events: r.events.map((e) =>
          e.id === 'strike' ? { ...e, time: Time.time('2024-10-26') } : e,
        ),
      }
      const after = Time.relative(
        'the next day',
        { unit: 'day', amount: 1 },
        Time.ofEvent(Id.event('strike')),
      )
      const context = Report.timeContext(dated)
      expect(context.publication).toBe('2024-11-05')
      expect(Time.compareWith(context)(after, Time.time('2024-10-27'))).toBe('same')
      expect(Time.compareWith(Report.timeContext(r))(after, Time.time('2024-10-27'))).toBe(
        'unknown',
      )
    })
  })
})
