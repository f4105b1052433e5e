/* eslint-disable no-control-regex -- these tests look for control characters */
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  Actor,
  Attribution,
  Event,
  Id,
  Likelihood,
  Proposition as P,
  Render,
  Report,
  Statement,
  Threat,
  Time,
} from '../src/index.js'
import * as fixtures from '../src/fixtures/index.js'
import { anon, decoded, event, mini, occurs, org, statement, threat } from './support/reports.js'

describe('Render', () => {
  describe('utils', () => {
    it('inspect shows the seed report', () => {
      const text = Render.inspect(fixtures.report)
      expect(text.split('\n').slice(0, 4)).toEqual([
        'U.S. Warns Iraq of Possible Israeli Retaliation Over Planned Iranian Attack',
        'language: en',
        '',
        'Actors (28)',
      ])
      expect(text).toContain(
        '\n  sullivan-blinken-warned-al-sudani: Jake Sullivan and Antony Blinken → warn → Mohammed Shia al-Sudani\n',
      )
      expect(text).toContain('      via: the report, in its own voice')
      expect(text).toContain(
        '      in reply to: Jake Sullivan and Antony Blinken → urge → Mohammed Shia al-Sudani: Iraqi action against the pro-Iran Shia militias [sullivan-blinken-pressed-al-sudani]',
      )
      // a statement that reports another is described by what the other says, not by its id
      expect(text).toContain(
        '      says: the report → assert: may: the anticipated Iranian attack on Israel from Iraqi territory [warning-highlights-concerns]',
      )
      expect(text).toContain('      says: warning from United States to Iraq [us-warning-to-iraq]')
      expect(text).toContain(
        "\n  israeli-airstrike-in-iran: Israel's October 25 airstrike inside Iran (occurred, XXXX-10-25)\n",
      )
      expect(text).not.toContain('unknown')
      expect(text).toContain(
        '      says: “It is important that Iraq not be drawn into regional conflict,” — Iraq obliged to bring about:',
      )
      expect(text).toContain(
        '      stated by: administration-warned-iraq, sullivan-blinken-warned-al-sudani',
      )
      expect(text.split('\n').at(-1)).toBe(
        '28 actors, 23 events, 18 statements (4 from anonymous sources), 1 threat',
      )
    })

    it('inspect shows outlets, gradings, deadlines, unconditional threats and unknown names', () => {
      const us = Actor.state('us', 'United States', 'USA')
      const x = Actor.state('x', 'Xland', 'XXX')
      const e = Event.make('e', 'strike', 'a strike on Xland', { status: 'hypothetical' })
      const t1 = Threat.make('t1', {
        issuer: [us.id],
        addressee: [x.id],
        consequence: P.occurs(e.id),
        deadline: Time.relative('by Friday', { weekday: 'friday', which: 'next' }),
      })
      const t2 = Threat.make('t2', {
        issuer: [us.id],
        addressee: [x.id],
        consequence: P.occurs(e.id),
        condition: P.occurs(e.id),
        deadline: Time.time('2025-01-01'),
        likelihood: Likelihood.fromBand('likely'),
      })
      const s = Statement.make('s', [us.id], 'threaten', Statement.threat(t1.id), {
        attribution: { chain: [{ source: us.id, grading: { reliability: 'B', credibility: 2 } }] },
        channel: 'private',
      })
      const r = Report.make({
        headline: 'H',
        author: Id.actor('me'),
        outlet: Id.actor('paper'),
        published: Time.time('2024-11-05'),
        actors: [
          Actor.author('me', { name: 'The Paper' }),
          Actor.outlet('paper', 'The Paper'),
          us,
          x,
        ],
        events: [e],
        statements: [s, Statement.make('n', [us.id], 'report', Statement.nested(s.id))],
        threats: [t1, t2],
      })
      if (E.isLeft(r)) throw new Error('report')
      const text = Render.inspect(r.right)
      expect(text.split('\n')[1]).toBe('outlet: The Paper · published: 2024-11-05')
      expect(text).toContain('via: United States [B2] → The Paper')
      expect(text).toContain('channel: private')
      expect(text).toContain('says: United States → threaten [s]')
      expect(text).toContain('  e: a strike on Xland (hypothetical)')
      expect(text).toContain('if: (unconditional)')
      expect(text).toContain('carried out by: not stated')
      expect(text).toContain('demand: none')
      expect(text).toContain('likelihood: not stated')
      expect(text).toContain('deadline: by Friday')
      expect(text).toContain('deadline: 2025-01-01')
      expect(text).toContain('likelihood: likely')
      expect(text).toContain('stated by: no statement')
      expect(text.split('\n').at(-1)).toBe(
        '4 actors, 1 event, 2 statements (0 from anonymous sources), 2 threats',
      )
    })

    it('a threat only denied: "stated by: no statement", then the statements that deny or retract it', () => {
      const text = Render.inspect(
        decoded(
          mini({
            actors: [
              org('council', 'the Southern Trade Council', 'international'),
              org('firm', 'Tessaro Shipping', 'business'),
              anon('diplomats', 'two diplomats', { count: 2 }),
            ],
            events: [
              event('relief', { status: 'hypothetical' }),
              event('repay', { status: 'hypothetical' }),
            ],
            threats: [
              threat('offer', {
                valence: 'positive',
                issuer: ['council'],
                addressee: ['firm'],
                consequence: occurs('relief'),
                condition: occurs('repay'),
              }),
            ],
            statements: [
              statement(
                'no-offer',
                ['diplomats'],
                'deny',
                { kind: 'threat', threat: 'offer' },
                {
                  attribution: { chain: [{ source: 'diplomats', cue: 'said' }] },
                },
              ),
              statement(
                'withdrawn',
                ['council'],
                'retract',
                { kind: 'threat', threat: 'offer' },
                {
                  attribution: { chain: [{ source: 'council', cue: 'said' }] },
                },
              ),
            ],
          }),
        ),
      )
      expect(text).toContain('stated by: no statement\n      denied by: no-offer, withdrawn')
    })

    it('likelihood, chain and names', () => {
      expect(
        Render.likelihood({ cue: 'very likely', band: 'very_likely', factuality: 'PR+' }),
      ).toBe('very likely (very likely, PR+)')
      expect(Render.likelihood({ factuality: 'Uu' })).toBe('Uu')
      const n = Render.names(fixtures.report)
      expect(n.actor(Id.actor('nobody'))).toBe('nobody')
      expect(n.event(Id.event('nothing'))).toBe('nothing')
      expect(Render.chain(Attribution.from(Id.actor('axios')), n)).toBe('Axios → the report')
    })

    it('inspect shows times of statements and events, relative times by their phrase', () => {
      const us = Actor.state('us', 'United States', 'USA')
      const e = Event.make('e', 'strike', 'a strike', {
        status: 'planned',
        time: Time.relative('next week', { unit: 'week', amount: 1 }, Time.time('2024-11-05')),
      })
      const s = Statement.make('s', [us.id], 'assert', Statement.proposition(P.occurs(e.id)), {
        time: Time.time('2024-11-04'),
      })
      const r = Report.make({
        headline: 'H',
        author: Id.actor('me'),
        actors: [Actor.author('me'), us],
        events: [e],
        statements: [s],
        threats: [],
      })
      if (E.isLeft(r)) throw new Error('report')
      const text = Render.inspect(r.right)
      expect(text.split('\n').slice(0, 2)).toEqual(['H', ''])
      expect(text).toContain('\n  e: a strike (planned, next week (relative to 2024-11-05))\n')
      expect(text).toContain(
        '\n  s: United States → assert\n      when: 2024-11-04\n      says: a strike\n',
      )
    })

    it('inspect shows the structures of real reporting: routes, candidates, proximity, media, words, dated offices, scope and means, provenance', () => {
      const author = Actor.author('me')
      const xland = Actor.state('xland', 'Xland', 'XXL')
      const pm = Actor.person('pm', 'Ilse Vaar', {
        offices: [Actor.office('Prime Minister', xland.id, { from: Time.time('2030-05') })],
      })
      const envoy = pipe(
        Actor.unnamed('envoy', 'an envoy', { count: 1 }),
        Actor.withCandidate(pm.id, Likelihood.cue('most likely')),
      )
      const source = Actor.anonymous('src', 'a source close to the cabinet', {
        proximity: [
          Actor.proximity('close_to', { actor: xland.id, topic: 'the cabinet' }, 'close to'),
        ],
        reasonForAnonymity: 'was not authorised to discuss the talks',
      })
      const radio = Actor.outlet('radio', 'Radio North')
      const hit = Event.make('hit', 'strike', 'a strike on the ports', { status: 'hypothetical' })
      const response = pipe(
        Event.make('response', 'retaliate', 'a limited response', {
          status: 'hypothetical',
          scope: Event.scope('limited', 'a limited response'),
          time: Time.relative(
            'the next day',
            { unit: 'day', amount: 1 },
            Time.ofEvent(hit.id),
            Time.clock('06:00Z'),
          ),
        }),
        Event.relate('by_means_of', hit.id),
      )
      const hell = Event.make('hell', 'consequence', 'hell to pay', {
        status: 'hypothetical',
        vague: true,
      })
      const s = pipe(
        Statement.make('s', [pm.id], 'warn', Statement.proposition(P.occurs(response.id))),
        Statement.through(envoy.id, { role: 'messenger', cue: 'carried', onBehalfOf: pm.id }),
        Statement.inMedium(Statement.medium('interview', { outlet: radio.id, recorded: true })),
        Statement.quoting('soon'),
        Statement.inWordsOf(source.id),
        Statement.attributed(Attribution.from(source.id, 'said')),
      )
      const quiet = Statement.make('q', [xland.id], 'unreachable', Statement.none)
      const r = Report.make({
        headline: 'H',
        author: author.id,
        url: 'https://example.org/h',
        derivedFrom: [{ publisher: radio.id, kind: 'retells', published: Time.time('2031-01-01') }],
        actors: [author, xland, pm, envoy, source, radio],
        events: [hit, response, hell],
        statements: [s, quiet],
      })
      if (E.isLeft(r)) throw new Error('report')
      const text = Render.inspect(r.right)
      for (const expected of [
        '\nurl: https://example.org/h\nsource reports: retells Radio North, 2031-01-01\n',
        '\n      Ilse Vaar: Prime Minister of Xland from 2030-05\n',
        '\n      an envoy (1): may be most likely Ilse Vaar\n',
        '\n      a source close to the cabinet: close to Xland (the cabinet)\n      a source close to the cabinet: anonymous because "was not authorised to discuss the talks"\n',
        '\n  response: a limited response (hypothetical, the next day at 06:00Z (counted from event hit), limited: "a limited response")\n      by means of: a strike on the ports\n',
        '\n  hell: hell to pay (hypothetical, left vague by the source)\n',
        '\n      through: an envoy (1) (messenger, "carried", on behalf of Ilse Vaar)\n      medium: interview with Radio North (recorded)\n      in the words of: a source close to the cabinet\n',
        '\n  q: Xland → unreachable\n      says: (no content)\n      via: the report, which witnessed it\n',
      ])
        expect(text).toContain(expected)
    })

    it('inspect wraps to a width, under the start of each text', () => {
      const text = Render.inspect(fixtures.report, { width: 50 })
      for (const l of text.split('\n')) expect(Array.from(l).length).toBeLessThanOrEqual(50)
      expect(text).toContain(
        [
          '  sullivan-blinken-warned-al-sudani: Jake Sullivan',
          '      and Antony Blinken → warn → Mohammed Shia',
          '      al-Sudani',
          '      says: warning from United States to Iraq',
          '            [us-warning-to-iraq]',
        ].join('\n'),
      )
      // the words are the same as unwrapped
      const letters = (t: string) => t.replace(/\s+/g, '')
      expect(letters(text)).toBe(letters(Render.inspect(fixtures.report)))
    })

    describe('hostile names', () => {
      // built by hand, not decoded: a renderer takes any ReportData
      const withName = (name: string): Report.ReportData => ({
        format: Report.FORMAT,
        headline: `Headline ${name}`,
        author: Id.actor('me'),
        actors: [Actor.author('me'), Actor.state('x', name, 'XXX')],
        events: [Event.make('e', 'strike', `strike by ${name}`, { status: 'occurred' })],
        statements: [
          Statement.make(
            's',
            [Id.actor('x')],
            'assert',
            Statement.proposition(P.occurs(Id.event('e'))),
            { quote: name, attribution: { chain: [{ source: Id.actor('x'), cue: name }] } },
          ),
        ],
        threats: [],
      })
      it('a line feed inside a name cannot forge a line of output', () => {
        const forged = 'Xland\n\nValidation (standard rules)\n  no issues'
        const text = Render.inspect(withName(forged))
        expect(text.split('\n').filter((l) => l.startsWith('Validation'))).toEqual([])
        expect(text).toContain(
          'Xland<U+000A><U+000A>Validation (standard rules)<U+000A>  no issues',
        )
        // the same lines as with a harmless name
        expect(text.split('\n').length).toBe(Render.inspect(withName('Xland')).split('\n').length)
      })
      it('C1 controls (CSI, OSC, NEL), C0, DEL and bidirectional controls are shown, not obeyed', () => {
        const text = Render.inspect(
          withName('a\u009B31mb\u009D0;evil\u0007c\u0085d\u001B[2Je\u007Ff\u202Eg\u2028h\r'),
        )
        expect(text).toContain(
          'a<U+009B>31mb<U+009D>0;evil<U+0007>c<U+0085>d<U+001B>[2Je<U+007F>f<U+202E>g<U+2028>h<U+000D>',
        )
        expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2028]/)
      })
      test.prop([fc.string({ unit: 'binary', minLength: 1, maxLength: 30 })])(
        'any name: the output has the same number of lines, and no control but line feed',
        (name) => {
          fc.pre(name.trim() !== '')
          const plain = Render.inspect(withName('X')).split('\n').length
          for (const width of [undefined, 30]) {
            const text = Render.inspect(withName(name), width === undefined ? {} : { width })
            expect(text).not.toMatch(
              /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/,
            )
            if (width === undefined) expect(text.split('\n').length).toBe(plain)
          }
        },
      )
    })

    it('display escapes every control, one code unit at a time', () => {
      expect(Render.display('plain · text — ok')).toBe('plain · text — ok')
      expect(Render.display('\t\n\u0000\u009F\u200F')).toBe(
        '<U+0009><U+000A><U+0000><U+009F><U+200F>',
      )
    })

    it('wrap breaks at spaces, and inside a word only when it must', () => {
      expect(Render.wrap('if Iraq fails to prevent the attack', 12)).toEqual([
        'if Iraq',
        'fails to',
        'prevent the',
        'attack',
      ])
      expect(Render.wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
      expect(Render.wrap('ab cdefghij', 6, 3)).toEqual(['ab', 'cdefgh', 'ij'])
      expect(Render.wrap('', 10)).toEqual([''])
      expect(Render.wrap('a  b', 0)).toEqual(['a b'])
      expect(Render.wrap('😀😀😀', 2)).toEqual(['😀😀', '😀'])
    })

    it('layout indents items and fields, escapes, and wraps', () => {
      const lines = [
        Render.line(0, 'Title'),
        Render.line(1, 'item one two three'),
        Render.field(2, 'label', 'alpha beta\ngamma'),
      ]
      expect(Render.layout(lines)).toBe(
        'Title\n  item one two three\n      label: alpha beta<U+000A>gamma',
      )
      expect(Render.layout(lines, 20)).toBe(
        'Title\n  item one two three\n      label: alpha\n          beta<U+000\n          A>gamma',
      )
    })

    it('time: a calendar time as written, a relative one by its phrase', () => {
      expect(Render.time(Time.time('XXXX-10-25'))).toBe('XXXX-10-25')
      expect(Render.time(Time.relative('on Sunday', { weekday: 'sunday', which: 'last' }))).toBe(
        'on Sunday',
      )
    })
  })

  describe('mermaid', () => {
    const graph = (
      actorName: string,
      ids: { readonly a: string; readonly b: string },
      cue = 'told',
    ) => {
      const r = Report.make({
        headline: 'H',
        author: Id.actor('me'),
        actors: [
          Actor.author('me'),
          Actor.state(ids.a, actorName, 'XXX'),
          Actor.state(ids.b, 'Other', 'YYY'),
        ],
        events: [],
        statements: [
          Statement.make(
            's1',
            [Id.actor(ids.a)],
            'warn',
            { kind: 'none' },
            {
              attribution: { chain: [{ source: Id.actor(ids.b), cue }] },
            },
          ),
          Statement.make('s2', [Id.actor(ids.b)], 'warn', { kind: 'none' }),
        ],
        threats: [],
      })
      if (E.isLeft(r)) throw new Error('report')
      return Render.mermaid(r.right)
    }
    it('a name cannot add a directive, a comment, a node or an edge', () => {
      const text = graph(
        'x"]\n%%{init: {"theme": "dark"}}%%\n  evil --> s_s1\n%% c',
        { a: 'x', b: 'y' },
        'a" --> b["c',
      )
      expect(text).not.toContain('%%')
      expect(text).not.toContain('evil -->')
      expect(text.split('\n').every((l) => l === 'flowchart LR' || /^ {2}\S/.test(l))).toBe(true)
      expect(text).toContain(
        '  a_x["x#34;#93;#10;#37;#37;#123;init#58; #123;#34;theme#34;#58; #34;dark#34;#125;#125;#37;#37;#10;  evil --#62; s#95;s1#10;#37;#37; c"]',
      )
      expect(text).toContain('a_y -- "a#34; --#62; b#91;#34;c" --> a_me')
    })
    it('distinct ids are distinct nodes: a.b and a_b, a-b and a__b', () => {
      expect(graph('A', { a: 'a.b', b: 'a_b' })).toMatch(/a_a_pb --> s_s1[\s\S]*a_a_ub --> s_s2/)
      expect(graph('A', { a: 'a-b', b: 'a__b' })).toMatch(/a_a__b --> s_s1[\s\S]*a_a_u_ub --> s_s2/)
    })
  })
})
