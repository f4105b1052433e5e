import { Report, Rules, Validator as V } from '../../../src/index.js'
import type { Case } from './case.js'
import { cases } from './case.js'

// Worst cases for each rule and for every Validator combinator: inputs that make the
// rule do the most work it can per node — long lists where a rule compares lists, the
// same threat stated by every statement where a rule looks at the threat, one outlet with
// as many affiliations as the input allows, spans in reverse order of the sentences, a
// cycle through every event.

type R = Report.ReportData
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`)
const report = (parts: Partial<R> & { readonly text?: string }): R =>
  ({
    format: Report.FORMAT,
    headline: 'worst case',
    author: 'author',
    actors: [{ kind: 'author', id: 'author' }],
    events: [],
    statements: [],
    threats: [],
    ...parts,
  }) as unknown as R

const people = (n: number) =>
  ids('p', n).map((id) => ({ kind: 'person', id, name: `Person ${id}` }))
const occurs = (event: string) => ({ kind: 'occurs', event })
const says = (event: string) => ({ kind: 'proposition', proposition: occurs(event) })

/** Four statements by n speakers each, addressed to the n in reverse, with chains of n links: lists a rule compares. */
const wide = (n: number): R =>
  report({
    actors: [
      { kind: 'author', id: 'author' },
      ...people(n),
      { kind: 'outlet', id: 'o', name: 'O' },
    ] as any,
    events: [{ id: 'e', type: 't', description: 'd', status: 'occurred' }] as any,
    statements: ids('s', 4).map((id) => ({
      id,
      speakers: ids('p', n),
      act: 'assert',
      content: says('e'),
      addressees: ids('p', n).reverse(),
      hedges: [{ cue: 'reportedly', factuality: 'Uu' }],
      attribution: {
        chain: [{ source: 'o' }, ...ids('p', n).map((source) => ({ source, cue: 'said' }))],
      },
    })) as any,
  })

/** One threat with n issuers, n enforcers (disjoint), n addressees, stated by n statements. */
const bigThreat = (n: number): R =>
  report({
    actors: [{ kind: 'author', id: 'author' }, ...people(3 * n)] as any,
    // each condition event names two actors, none on the addressee's side
    events: ids('e', n).map((id, i) => ({
      id,
      type: 't',
      description: id,
      status: 'hypothetical',
      agents: [`p${i}`, `p${n + i}`],
    })) as any,
    threats: [
      {
        id: 't',
        issuer: ids('p', n),
        enforcer: ids('p', 3 * n).slice(n, 2 * n),
        addressee: ids('p', 3 * n).slice(2 * n),
        valence: 'negative',
        likelihood: { cue: 'likely', factuality: 'PR+' },
        deadline: '2031-03-01',
        window: '2031-02-01',
        // a consequence of n estimative terms, the last from another row
        consequence: {
          kind: 'and',
          operands: ids('e', n).map((id, i) => ({
            kind: 'epistemic',
            likelihood:
              i === n - 1
                ? { cue: 'remote', factuality: 'CT-' }
                : { cue: 'likely', factuality: 'CT+' },
            operand: occurs(id),
          })),
        },
        condition: { kind: 'and', operands: ids('e', n).map(occurs) },
      },
    ] as any,
    statements: ids('s', n).map((id, i) => ({
      id,
      speakers: ['p0'],
      act: i % 3 === 0 ? 'threaten' : i % 3 === 1 ? 'warn' : 'demand',
      content: { kind: 'threat', threat: 't' },
      hedges: [{ cue: 'almost certain', factuality: 'CT+' }],
    })) as any,
  })

/** One outlet with n affiliations, and n statements from it each with n spans. */
const affiliated = (n: number): R => {
  const words = ids('w', n).join(' ')
  return report({
    text: words,
    actors: [
      { kind: 'author', id: 'author' },
      ...ids('g', n).map((id) => ({
        kind: 'organization',
        id,
        name: `Group ${id}`,
        sector: 'party',
      })),
      { kind: 'outlet', id: 'o', name: 'O', affiliations: ids('g', n) },
    ] as any,
    events: [{ id: 'e', type: 't', description: 'd', status: 'occurred' }] as any,
    statements: ids('s', 4).map((id) => ({
      id,
      speakers: ['o'],
      act: 'report',
      content: says('e'),
      evidence: ids('w', n).map((w) => {
        const start = words.indexOf(`${w} `) >= 0 ? words.indexOf(`${w} `) : words.lastIndexOf(w)
        return { start, end: start + w.length, text: w }
      }),
      attribution: {
        chain: [{ source: 'o', evidence: [{ start: 0, end: 2, text: 'w0' }] }],
      },
    })) as any,
  })
}

/** A text of n sentences, each covered by one span, spans listed last sentence first; and n nodes with a misplaced span each. */
const sentences = (n: number): R => {
  const text = ids('Sentence ', n)
    .map((s) => `${s} says the words.`)
    .join(' ')
  const starts: number[] = []
  for (let i = text.indexOf('Sentence'); i >= 0; i = text.indexOf('Sentence', i + 1)) starts.push(i)
  const words = (k: number) => {
    const at = text.indexOf('says the words', starts[k])
    return { start: at, end: at + 14, text: 'says the words' }
  }
  const head = (k: number) => ({ start: starts[k]!, end: starts[k]! + 8, text: 'Sentence' })
  return report({
    text,
    events: ids('e', n)
      .map((id, k) => ({
        id,
        type: 't',
        description: id,
        status: 'occurred',
        // the node's words anchored in sentence 0, the rest of it in sentence k
        evidence: k === 0 ? [words(0)] : [head(k), words(0)],
      }))
      .reverse() as any,
  })
}

/** n events, each responding to the next, the last to the first: one cycle through all; each dated before its cause. */
const cycle = (n: number): R =>
  report({
    events: ids('e', n).map((id, i) => ({
      id,
      type: 't',
      description: id,
      status: 'occurred',
      time: `XXXX-${String((i % 12) + 1).padStart(2, '0')}-01`,
      agents: ['author'],
      targets: ['author'],
      places: [{ name: 'x', role: 'location', country: 'GER' }],
      relations: [
        { kind: 'response_to', event: `e${(i + 1) % n}` },
        { kind: 'part_of', event: `e${(i + 1) % n}` },
        { kind: 'preparation_for', event: `e${(i + n - 1) % n}` },
      ],
    })) as any,
  })

/** n copies of one statement and of one actor: every duplicate found; n actors nobody uses. */
const copies = (n: number): R =>
  report({
    actors: [
      { kind: 'author', id: 'author' },
      ...ids('a', n).map((id) => ({
        kind: 'state',
        id,
        name: 'Axios',
        country: 'USA',
        external: { wikidata: 'Q1' },
      })),
      ...ids('x', n).map((id) => ({
        kind: 'anonymous',
        id,
        description: 'John Smith',
        count: 1,
        country: 'GER',
      })),
    ] as any,
    events: [{ id: 'e', type: 't', description: 'd', status: 'occurred' }] as any,
    statements: ids('s', n).map((id) => ({
      id,
      speakers: ['x0'],
      act: 'decline_comment',
      content: says('e'),
      quote: 'not in the evidence',
      attribution: { chain: [{ source: 'x0', cue: 'said' }] },
      evidence: [{ start: 0, end: 1, text: 'z' }],
    })) as any,
    text: 'abc',
  })

const issues = (n: number): ReadonlyArray<V.Issue> =>
  ids('i', n).map((code, i) => ({
    code,
    severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'info',
    ...(i % 2 === 0 ? { kind: 'sourcing' as const } : {}),
    message: 'm',
    node: code,
    path: ['statements', i],
  }))

/**
 * n ultimatums, each stated by a statement, their spans in reverse order of the text (the
 * threat words are sorted), and n events recorded occurred: each the consequence of one,
 * anchored in its words, or mentioned nowhere and anchored after a long clause of cues.
 */
const ultimatums = (n: number): R => {
  const sentence = (k: number) =>
    `Pay fee ${k} by noon or face a ban ${k}, the p${k} said, and may, might, could or would plan to close shop ${k}.`
  const text = Array.from({ length: n }, (_, k) => sentence(k)).join(' ')
  const span = (words: string, from: number) => {
    const start = text.indexOf(words, from)
    return { start, end: start + words.length, text: words }
  }
  const starts: number[] = []
  for (let k = 0, at = 0; k < n; k++) {
    starts.push(at)
    at += sentence(k).length + 1
  }
  return report({
    text,
    actors: [{ kind: 'author', id: 'author' }, ...people(n)] as any,
    events: ids('e', n).flatMap((id, k) => [
      {
        id,
        type: 't',
        description: id,
        status: 'occurred',
        evidence: [span(`a ban ${k}`, starts[k]!)],
      },
      {
        id: `${id}x`,
        type: 't',
        description: id,
        status: 'occurred',
        evidence: [span(`close shop ${k}`, starts[k]!)],
      },
    ]) as any,
    statements: ids('s', n)
      .map((id, k) => ({
        id,
        speakers: [`p${k}`],
        act: 'threaten',
        content: { kind: 'threat', threat: `t${k}` },
        evidence: [span(`Pay fee ${k} by noon or face a ban ${k}`, starts[k]!)],
      }))
      .reverse() as any,
    threats: ids('t', n)
      .map((id, k) => ({
        id,
        issuer: [`p${k}`],
        addressee: ['author'],
        valence: 'negative',
        consequence: occurs(`e${k}`),
        evidence: [span(`or face a ban ${k}`, starts[k]!)],
      }))
      .reverse() as any,
  })
}

/** n full names sharing one surname and one set of initials, and n short forms of each. */
const shortForms = (n: number): R =>
  report({
    actors: [
      { kind: 'author', id: 'author' },
      ...ids('p', n).map((id, k) => ({ kind: 'person', id, name: `Given${k} Aral` })),
      ...ids('q', n).map((id) => ({ kind: 'person', id, name: 'Aral' })),
      ...ids('o', n).map((id, k) => ({
        kind: 'organization',
        id,
        name: `European Union${k}`,
        sector: 'international',
      })),
      ...ids('u', n).map((id) => ({
        kind: 'organization',
        id,
        name: 'the E.U.',
        sector: 'international',
      })),
    ] as any,
  })

const rule = (r: Rules.Rule, build: (n: number) => R, bound?: 'nlogn'): Case<R> => ({
  name: `${r.code} on its worst case`,
  covers: [`Rules.${Object.entries(Rules).find(([, v]) => v === r)?.[0] ?? r.code}`],
  n: 40,
  ...(bound === undefined ? {} : { bound }),
  build,
  run: (x) => r.validate(x),
})

const everyNode = V.fromPredicate<{ readonly id: string }>('x', 'warning', () => 'm')

export default [
  ...cases<R>(
    {
      name: 'Rules.define: a rule of your own over every statement and actor',
      covers: ['Rules.define'],
      n: 100,
      build: copies,
      run: (r: R) =>
        Rules.define(
          {
            code: 'local/every-node',
            kind: 'defect',
            severity: 'info',
            set: 'standard',
            checks: 'every node',
            why: 'a rule of your own',
            fix: 'nothing',
          },
          (emit) =>
            V.concatAll(
              V.withContext((ctx) =>
                r.statements.flatMap((s) =>
                  ctx.statement(s.id) === undefined ? [emit(['statements'], 'm')] : [],
                ),
              ),
              V.actors(V.fromPredicate<{ readonly id: string }>('y', 'info', () => 'm')),
            ),
        ).validate(r),
    },
    rule(Rules.attributionMissing, wide),
    rule(Rules.anonymousUndescribed, copies),
    rule(Rules.singleAnonymousSource, copies),
    rule(Rules.unattributedHedge, wide),
    rule(Rules.outletAffiliation, affiliated),
    rule(Rules.hedgeUnrecorded, wide),
    rule(Rules.speakerNotSource, wide),
    rule(Rules.chainOrder, wide),
    rule(Rules.actorDuplicate, copies),
    rule(Rules.actorDuplicate, shortForms),
    rule(Rules.notAState, copies),
    rule(Rules.anonymousNamed, copies),
    rule(Rules.unknownCountry, cycle),
    rule(Rules.actorUnused, copies),
    rule(Rules.statementSelfAddressed, wide),
    rule(Rules.contentMissing, copies),
    rule(Rules.nonAnswerWithContent, copies),
    rule(Rules.statementDuplicate, copies),
    rule(Rules.quoteSpeaker, copies),
    rule(Rules.quoteVerbatim, copies),
    rule(Rules.agentIsTarget, cycle),
    rule(Rules.relationCycle, cycle),
    rule(Rules.statusUnsupported, bigThreat),
    rule(Rules.statusUnsupported, ultimatums, 'nlogn'),
    rule(Rules.responsePrecedesCause, cycle),
    rule(Rules.threatMissingCondition, bigThreat),
    rule(Rules.threatMissingEnforcer, bigThreat),
    rule(Rules.threatContradictoryCondition, bigThreat),
    rule(Rules.threatActMismatch, bigThreat),
    rule(Rules.ultimatumWithoutDeadline, bigThreat),
    rule(Rules.threatSelfAddressed, bigThreat),
    rule(Rules.conditionWithoutAddressee, bigThreat),
    rule(Rules.conditionIsConsequence, bigThreat),
    rule(Rules.windowBeforeDeadline, bigThreat),
    rule(Rules.threatUnused, bigThreat),
    rule(Rules.mixedBands, bigThreat),
    rule(Rules.cueMismatch, bigThreat),
    rule(Rules.spanMismatch, copies),
    rule(Rules.wrongOccurrence, sentences),
    rule(Rules.uncoveredSentence, sentences, 'nlogn'),
    rule(Rules.evidenceMissing, copies),
    {
      name: 'Rules.spansMatch against a supplied text',
      covers: ['Rules.spansMatch'],
      n: 40,
      build: sentences,
      run: (r) => Rules.spansMatch('another text entirely').validate(r),
    },
    {
      // every span's offsets and text differ in length (set aside by review, hinted by
      // decode), and one threat with a reportative cue deep in its consequence stated by n
      // statements without attribution (the cue looked up once per threat)
      name: 'Rules.review and Rules.hedgeUnrecorded with n spans of the wrong length and one hedged threat stated n times',
      covers: ['Rules.review', 'Rules.hedgeUnrecorded', 'Rules.unattributedHedge'],
      n: 30,
      bound: 'nlogn',
      build: (n) => {
        const text = 'Militants reportedly threatened the mine. '.repeat(n)
        return report({
          text,
          actors: [{ kind: 'author', id: 'author' }, ...people(2)] as any,
          events: ids('e', n).map((id) => ({
            id,
            type: 't',
            description: id,
            status: 'hypothetical',
          })) as any,
          threats: [
            {
              id: 't',
              issuer: ['p0'],
              addressee: ['p1'],
              valence: 'negative',
              consequence: {
                kind: 'and',
                operands: ids('e', n).map((id, i) => ({
                  kind: 'epistemic',
                  likelihood: { cue: i === n - 1 ? 'reportedly' : 'may', factuality: 'PS+' },
                  operand: occurs(id),
                })),
              },
            },
          ] as any,
          statements: ids('s', n).map((id, i) => ({
            id,
            speakers: ['p0'],
            act: 'threaten',
            content: { kind: 'threat', threat: 't' },
            evidence: [
              {
                start: 42 * i,
                end: 42 * i + 50,
                text: 'Militants reportedly threatened the mine.',
              },
            ],
          })) as any,
        })
      },
      run: (r) => {
        Rules.hedgeUnrecorded.validate(r)
        Rules.unattributedHedge.validate(r)
        return Rules.review({ rules: Rules.strict })(r)
      },
    },
    {
      name: 'Rules.standard, Rules.strict, Rules.toValidator and Rules.review on each worst case',
      covers: ['Rules.standard', 'Rules.strict', 'Rules.toValidator', 'Rules.review'],
      n: 30,
      bound: 'nlogn',
      build: (n) => ({
        ...bigThreat(n),
        statements: [...bigThreat(n).statements, ...wide(n).statements],
      }),
      run: (r) => {
        Rules.standard(r)
        Rules.strict(r)
        Rules.toValidator(Rules.RULES)(r)
        return Rules.review({ rules: Rules.strict })(r)
      },
    },
  ),
  ...cases<ReadonlyArray<V.Issue>>(
    {
      name: 'Rules.repairs on n issues',
      covers: ['Rules.repairs'],
      n: 200,
      bound: 'nlogn',
      build: issues,
      run: (xs) => Rules.repairs(xs),
    },
    {
      name: 'Validator formatters and gates on n issues',
      covers: [
        'Validator.toText',
        'Validator.toList',
        'Validator.hasErrors',
        'Validator.failsAt',
        'Validator.partition',
        'Validator.kindOf',
      ],
      n: 200,
      bound: 'nlogn',
      build: issues,
      run: (xs) => [
        V.toText(xs),
        V.toList(xs),
        V.hasErrors(xs),
        V.failsAt('warning')(xs),
        V.partition(xs),
        xs.map(V.kindOf),
      ],
    },
    {
      name: 'Validator issue combinators on n issues',
      covers: [
        'Validator.mapIssues',
        'Validator.regrade',
        'Validator.rename',
        'Validator.off',
        'Validator.atLeast',
        'Validator.ofKind',
        'Validator.strict',
        'Validator.contramap',
        'Validator.when',
        'Validator.concat',
        'Validator.getMonoid',
        'Validator.empty',
        'Validator.each',
      ],
      n: 200,
      build: issues,
      run: (xs) => {
        const v: V.Validator<ReadonlyArray<V.Issue>> = (a) => a
        const all = [
          V.mapIssues((i) => i)(v),
          V.regrade('i1', 'error')(v),
          V.rename('i1', 'j')(v),
          V.off('i1', 'i2')(v),
          V.atLeast('warning')(v),
          V.ofKind('defect')(v),
          V.strict(v),
          V.contramap((a: ReadonlyArray<V.Issue>) => a)(v),
          V.when((_: ReadonlyArray<V.Issue>) => true)(v),
          V.getMonoid<ReadonlyArray<V.Issue>>().concat(
            v,
            V.getMonoid<ReadonlyArray<V.Issue>>().empty,
          ),
          V.each((a: ReadonlyArray<V.Issue>) => a.map((x, i) => [['xs', i], [x]] as const))(v),
        ]
        return V.concat(v)(V.concatAll(...all))(xs)
      },
    },
  ),
  ...cases<R>({
    name: 'Validator node combinators and the shared context on n nodes of each collection',
    covers: [
      'Validator.actors',
      'Validator.events',
      'Validator.statements',
      'Validator.threats',
      'Validator.forEach',
      'Validator.withContext',
      'Validator.prepare',
      'Validator.concatAll',
      'Validator.fromPredicate',
    ],
    n: 100,
    build: (n) => ({
      ...cycle(n),
      statements: wide(4).statements,
      threats: bigThreat(n).threats,
      actors: copies(n).actors,
    }),
    run: (r) =>
      V.concatAll(
        V.actors(everyNode),
        V.events(everyNode),
        V.statements(everyNode),
        V.threats(everyNode),
        V.forEach(
          'events',
          (ctx) =>
            ({ node }) =>
              ctx.event(node.id) === node ? [] : [],
        ),
        V.withContext((ctx) => r.actors.flatMap((a) => (ctx.actor(a.id) === undefined ? [] : []))),
        V.concatAll(V.actors(everyNode), V.threats(everyNode)),
      )(V.prepare(r).report),
  }),
]
