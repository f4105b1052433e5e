// The defect corpus: defective variants of the seed report and of two invented articles,
// each labelled with the defect class it plants and the codes that must report it in the
// first round of checking (decoding and the strict rules together). Generated, not stored:
// `variants(seed)` builds every variant from the seed's JSON.
//
import { ceasefire, span, tariffs } from './articles.mjs'

const clone = (x) => JSON.parse(JSON.stringify(x))
const find = (list, id) => {
  const i = list.findIndex((n) => n.id === id)
  if (i < 0) throw new Error(`no node ${id}`)
  return list[i]
}
const occurs = (event) => ({ kind: 'occurs', event })

/** Every variant: `{ name, defect, base, expected, also?, skip?, options?, build() }`. */
export const variants = (seedJson) => {
  const format = seedJson.format
  const bases = {
    seed: () => clone(seedJson),
    tariffs: () => tariffs(format),
    ceasefire: () => ceasefire(format),
  }
  const out = []
  const add = (defect, base, name, expected, plant, extra = {}) =>
    out.push({
      name: `${base}: ${name}`,
      defect,
      base,
      expected,
      ...extra,
      build: () => {
        const r = bases[base]()
        plant(r)
        return r
      },
    })

  // 1. a response dated before its cause
  const response = 'time/response-precedes-cause'
  add(
    'response before cause',
    'seed',
    'the retaliation dated October 20, the airstrike October 25, years unstated',
    [response],
    (r) => {
      find(r.events, 'iranian-attack-from-iraq').time = 'XXXX-10-20'
    },
  )
  add(
    'response before cause',
    'seed',
    'the publication date supplies the year',
    [response],
    (r) => {
      r.published = '2024-11-02'
      find(r.events, 'iranian-attack-from-iraq').time = '2024-10-20'
    },
  )
  add(
    'response before cause',
    'seed',
    'the resistance dated before the efforts it answers',
    [response],
    (r) => {
      find(r.events, 'al-sudani-efforts-to-control').time = 'XXXX-06'
      find(r.events, 'resistance-to-al-sudani').time = 'XXXX-03-14'
    },
  )
  add(
    'response before cause',
    'ceasefire',
    'a halt of attacks answering a withdrawal dated before it',
    [response],
    (r) => {
      find(r.events, 'withdraw').time = '2031-04-10'
      Object.assign(find(r.events, 'halt-attacks'), {
        time: '2031-04-02',
        relations: [{ kind: 'response_to', event: 'withdraw' }],
      })
    },
  )

  // 2. "reportedly" / "allegedly" as a hedge with no source
  const hedge = 'attribution/hedge-unrecorded'
  add(
    'reportative hedge without source',
    'seed',
    'the retaliation claim without its chain',
    [hedge],
    (r) => {
      delete find(r.statements, 'assault-planned-as-retaliation').attribution
    },
  )
  add(
    'reportative hedge without source',
    'seed',
    'the militia official’s "reportedly" hop dropped',
    [hedge],
    (r) => {
      find(r.statements, 'militia-official-noted').attribution.chain.pop()
    },
  )
  add(
    'reportative hedge without source',
    'tariffs',
    'an official’s claim hedged "allegedly", first-hand chain',
    [hedge],
    (r) => {
      find(r.statements, 'official-ban-stays').hedges = [{ cue: 'allegedly', factuality: 'Uu' }]
    },
  )
  add(
    'reportative hedge without source',
    'ceasefire',
    'the fighting reported with no chain',
    [hedge],
    (r) => {
      delete find(r.statements, 'fighting-continued').attribution
    },
  )
  add(
    'reportative hedge without source',
    'ceasefire',
    'the shelling "angeblich", first-hand chain',
    [hedge],
    (r) => {
      find(r.statements, 'commander-shelling').hedges = [{ cue: 'angeblich', factuality: 'Uu' }]
    },
  )

  // 3. evidence anchored at the wrong occurrence of its words
  const occurrence = 'evidence/wrong-occurrence'
  add(
    'wrong occurrence',
    'seed',
    'the warning’s "Iraq" anchored in the headline',
    [occurrence],
    (r) => {
      find(r.statements, 'administration-warned-iraq').evidence.push(span(r.text, 'Iraq'))
    },
  )
  add(
    'wrong occurrence',
    'seed',
    'al-Sudani’s reply: "Iran and Israel" anchored in an earlier sentence',
    [occurrence],
    (r) => {
      const s = find(r.statements, 'al-sudani-desire')
      s.evidence = [s.evidence[0], span(r.text, 'between Iran and Israel', 1)]
    },
  )
  add(
    'wrong occurrence',
    'tariffs',
    'the threat’s "Westland" anchored in the headline',
    [occurrence],
    (r) => {
      find(r.statements, 'quist-threat').evidence.push(span(r.text, 'Westland'))
    },
  )
  add(
    'wrong occurrence',
    'ceasefire',
    'the commander’s chain anchored at the first "Front commander"',
    [occurrence],
    (r) => {
      find(r.statements, 'commander-shelling').attribution.chain[0].evidence = [
        span(r.text, 'Front commander', 0),
      ]
    },
  )

  // 4. attribution: the speaker is not the original source; a chain in the wrong order
  const speaker = 'attribution/speaker-not-source'
  const order = 'attribution/chain-order'
  add(
    'speaker not source',
    'seed',
    'the intelligence assessment spoken by the IRGC',
    [speaker],
    (r) => {
      find(r.statements, 'intelligence-on-irgc-preparations').speakers = ['irgc']
    },
  )
  add('speaker not source', 'seed', 'Miller’s quote sourced to Axios', [speaker], (r) => {
    find(r.statements, 'miller-quote').attribution.chain[0].source = 'axios'
  })
  add(
    'speaker not source',
    'tariffs',
    'the official’s claim spoken by Westland’s government',
    [speaker],
    (r) => {
      find(r.statements, 'official-ban-stays').speakers = ['westland-embassy']
    },
  )
  add('chain order', 'seed', 'officials and Axios swapped', [order], (r) => {
    find(r.statements, 'administration-warned-iraq').attribution.chain.reverse()
  })
  add('chain order', 'ceasefire', 'Radio Delta before the commander', [order], (r) => {
    find(r.statements, 'front-offer').attribution.chain.reverse()
  })
  add('chain order', 'tariffs', 'the report’s own voice as the last hop', [order], (r) => {
    find(r.statements, 'official-ban-stays').attribution.chain.push({ source: 'report' })
  })

  // 5. event status contradicting the text
  const status = 'event/status-unsupported'
  add(
    'status contradicts text',
    'seed',
    'the anticipated Iranian attack marked occurred',
    [status],
    (r) => {
      find(r.events, 'iranian-attack-from-iraq').status = 'occurred'
    },
  )
  add(
    'status contradicts text',
    'seed',
    'the possible Israeli attack on Iraq marked occurred',
    [status],
    (r) => {
      find(r.events, 'israeli-attack-on-iraq').status = 'occurred'
    },
  )
  add(
    'status contradicts text',
    'tariffs',
    'the threatened tariffs marked ongoing',
    [status],
    (r) => {
      find(r.events, 'tariffs').status = 'ongoing'
    },
  )
  add('status contradicts text', 'ceasefire', 'the offered halt marked occurred', [status], (r) => {
    find(r.events, 'halt-attacks').status = 'occurred'
  })

  // 6. likelihood: mixed rows as cues; a cue contradicting its values
  const mixed = 'likelihood/mixed-bands'
  const cue = 'likelihood/cue-mismatch'
  add('mixed bands', 'seed', '"likely" with "almost no chance", cues only', [mixed], (r) => {
    find(r.statements, 'warning-highlights-concerns').hedges = [
      { cue: 'likely', factuality: 'PR+' },
      { cue: 'almost no chance', factuality: 'CT-' },
    ]
  })
  add(
    'mixed bands',
    'seed',
    'the threat "likely", its consequence "remote", stated twice: one finding',
    [mixed],
    (r) => {
      const t = r.threats[0]
      t.likelihood = { cue: 'likely', factuality: 'PR+' }
      t.consequence = {
        kind: 'epistemic',
        likelihood: { cue: 'remote', factuality: 'CT-' },
        operand: t.consequence,
      }
    },
  )
  add('mixed bands', 'tariffs', 'the official "likely" and "very unlikely"', [mixed], (r) => {
    find(r.statements, 'official-ban-stays').hedges = [{ cue: 'very unlikely', factuality: 'PR-' }]
  })
  add('cue mismatch', 'seed', '"could" recorded as certain', [cue], (r) => {
    r.threats[0].likelihood = { cue: 'could', factuality: 'CT+' }
  })
  add('cue mismatch', 'seed', '"may" recorded as probable', [cue], (r) => {
    find(r.statements, 'warning-highlights-concerns').content.proposition.likelihood = {
      cue: 'may',
      factuality: 'PR+',
    }
  })
  add('cue mismatch', 'tariffs', '"likely" given the band very likely', [cue], (r) => {
    find(r.statements, 'official-ban-stays').content.proposition.likelihood = {
      cue: 'likely',
      band: 'very_likely',
      factuality: 'PR+',
    }
  })

  // 7. actor identity
  const duplicate = 'actor/duplicate'
  add('duplicate actor', 'seed', 'the United States twice', [duplicate], (r) => {
    r.actors.push({ kind: 'state', id: 'usa', name: 'the U.S.', country: 'USA' })
    r.threats[0].issuer = ['usa']
  })
  add('duplicate actor', 'seed', 'Jake Sullivan twice', [duplicate], (r) => {
    r.actors.push({ kind: 'person', id: 'jake-sullivan', name: 'Jake Sullivan' })
    find(r.statements, 'sullivan-blinken-warned-al-sudani').speakers = ['jake-sullivan', 'blinken']
  })
  add(
    'duplicate actor',
    'tariffs',
    'Mara Quist twice, accents aside',
    [duplicate],
    (r) => {
      r.actors.push({ kind: 'person', id: 'm-quist', name: 'Mára Quist' })
      find(r.statements, 'quist-threat').speakers = ['m-quist']
      find(r.statements, 'quist-threat').attribution.chain[0].source = 'm-quist'
    },
    { also: ['actor/unused'] },
  )
  add(
    'outlet typed as state',
    'seed',
    'Axios as a state',
    ['actor/not-a-state'],
    (r) => {
      Object.assign(find(r.actors, 'axios'), { kind: 'state', country: 'USA' })
    },
    { also: [duplicate] },
  )
  add(
    'outlet typed as state',
    'ceasefire',
    'Radio Delta as a state of Riverland',
    ['actor/not-a-state'],
    (r) => {
      Object.assign(find(r.actors, 'radio-delta'), { kind: 'state', country: 'XRV' })
      // a user-assigned code is not checked by name: the outlet is given the real country
      find(r.actors, 'radio-delta').country = 'LBN'
    },
  )
  add('anonymous named', 'seed', 'the one U.S. official named', ['actor/anonymous-named'], (r) => {
    find(r.actors, 'one-us-official').description = 'Daniel Brooks'
  })
  add(
    'anonymous named',
    'tariffs',
    'the Westland official given Quist’s name',
    ['actor/anonymous-named'],
    (r) => {
      find(r.actors, 'westland-official').description = 'Mara Quist'
    },
  )

  // 8. threat roles
  const selfThreat = 'threat/self-addressed'
  add('threat roles', 'seed', 'Iraq as issuer and addressee', [selfThreat], (r) => {
    r.threats[0].issuer = ['us', 'iraq']
  })
  add('threat roles', 'seed', 'Iraq as enforcer', [selfThreat], (r) => {
    r.threats[0].enforcer = ['iraq']
  })
  add(
    'threat roles',
    'tariffs',
    'Westland enforcing against itself',
    [selfThreat],
    (r) => {
      r.threats[0].enforcer = ['westland']
    },
    { also: ['threat/act-mismatch'] },
  )
  add(
    'condition without addressee',
    'seed',
    'the condition: Iran attacks (Iraq’s failure dropped)',
    ['threat/condition-without-addressee'],
    (r) => {
      r.threats[0].condition = occurs('iranian-attack-from-iraq')
    },
  )
  add(
    'condition without addressee',
    'tariffs',
    'the condition: Eastland’s own tariffs',
    ['threat/condition-without-addressee'],
    (r) => {
      r.threats[0].condition = occurs('extend-ban')
      r.threats[0].addressee = ['eastland-government']
      r.threats[0].issuer = ['westland']
      r.threats[0].enforcer = ['westland']
      find(r.events, 'tariffs').agents = ['westland']
      find(r.events, 'tariffs').targets = ['eastland']
      find(r.statements, 'quist-threat').addressees = ['eastland-government']
    },
    { also: ['attribution/speaker-not-source'] },
  )
  add(
    'condition is consequence',
    'seed',
    'the consequence copied into the condition',
    ['threat/condition-is-consequence'],
    (r) => {
      r.threats[0].condition = r.threats[0].consequence
    },
  )
  add(
    'condition is consequence',
    'ceasefire',
    'the offer’s condition is its own halt',
    ['threat/condition-is-consequence'],
    (r) => {
      r.threats[0].condition = {
        kind: 'not',
        operand: { kind: 'not', operand: occurs('halt-attacks') },
      }
    },
  )
  add(
    'window before deadline',
    'tariffs',
    'tariffs due by June 1, compliance judged June 30',
    ['threat/window-before-deadline'],
    (r) => {
      r.threats[0].window = '2031-06-01'
    },
  )

  // 9. act versus content
  add('act versus content', 'seed', 'a denial of nothing', ['statement/content-missing'], (r) => {
    Object.assign(find(r.statements, 'iran-not-deescalating'), {
      act: 'deny',
      content: { kind: 'none' },
    })
  })
  add(
    'act versus content',
    'tariffs',
    'a threat of nothing',
    ['statement/content-missing', 'threat/unused'],
    (r) => {
      find(r.statements, 'quist-threat').content = { kind: 'none' }
    },
  )
  add(
    'act versus content',
    'seed',
    'a declined comment with content',
    ['statement/non-answer-with-content'],
    (r) => {
      find(r.statements, 'white-house-no-comment').content = {
        kind: 'proposition',
        proposition: occurs('iranian-attack-from-iraq'),
      }
    },
  )
  add(
    'act versus content',
    'ceasefire',
    'the army’s silence with content',
    ['statement/non-answer-with-content'],
    (r) => {
      find(r.statements, 'army-silent').content = {
        kind: 'proposition',
        proposition: occurs('withdraw'),
      }
    },
  )

  // 10. speaker equal to addressee; agent equal to target
  add(
    'self-addressed',
    'seed',
    'Sullivan and Blinken warning Sullivan',
    ['statement/self-addressed'],
    (r) => {
      find(r.statements, 'sullivan-blinken-warned-al-sudani').addressees = ['sullivan']
    },
  )
  add(
    'self-addressed',
    'tariffs',
    'Quist addressing herself',
    ['statement/self-addressed'],
    (r) => {
      find(r.statements, 'quist-threat').addressees = ['quist']
    },
  )
  add('agent is target', 'seed', 'Israel striking Israel', ['event/agent-is-target'], (r) => {
    find(r.events, 'israeli-airstrike-in-iran').targets = ['israel']
  })
  add(
    'agent is target',
    'ceasefire',
    'the army passing the offer to itself',
    ['event/agent-is-target'],
    (r) => {
      find(r.events, 'offer-passed').agents = ['army']
    },
  )

  // 11. cycles, unused nodes, duplicate statements
  const cycle = 'event/relation-cycle'
  add('relation cycle', 'seed', 'the attack in retaliation for itself', [cycle], (r) => {
    find(r.events, 'iranian-attack-from-iraq').relations.push({
      kind: 'retaliation_for',
      event: 'iranian-attack-from-iraq',
    })
  })
  add(
    'relation cycle',
    'seed',
    'the airstrike answering the attack that answers it',
    [cycle],
    (r) => {
      find(r.events, 'israeli-airstrike-in-iran').relations = [
        { kind: 'response_to', event: 'iranian-attack-from-iraq' },
      ]
    },
  )
  add(
    'relation cycle',
    'ceasefire',
    'the halt part of the withdrawal, part of the halt',
    [cycle],
    (r) => {
      find(r.events, 'halt-attacks').relations = [{ kind: 'part_of', event: 'withdraw' }]
      find(r.events, 'withdraw').relations = [{ kind: 'part_of', event: 'halt-attacks' }]
    },
  )
  add('unused actor', 'seed', 'an actor nothing refers to', ['actor/unused'], (r) => {
    r.actors.push({ kind: 'person', id: 'nobody', name: 'Ira Vance' })
  })
  add(
    'unused actor',
    'ceasefire',
    'Lakeland’s ministry no longer speaks',
    ['actor/unused'],
    (r) => {
      r.statements = r.statements.filter((s) => s.id !== 'ministry-relayed')
      find(r.events, 'offer-passed').agents = ['lakeland']
    },
  )
  add('unused threat', 'seed', 'a second threat nobody states', ['threat/unused'], (r) => {
    r.threats.push({ ...clone(r.threats[0]), id: 'unstated' })
  })
  add(
    'duplicate statement',
    'seed',
    'the intelligence assessment extracted twice',
    ['statement/duplicate'],
    (r) => {
      r.statements.push({
        ...clone(find(r.statements, 'intelligence-on-irgc-preparations')),
        id: 'intelligence-again',
      })
    },
  )
  add(
    'duplicate statement',
    'tariffs',
    'the embassy’s silence extracted twice',
    ['statement/duplicate'],
    (r) => {
      r.statements.push({ ...clone(find(r.statements, 'embassy-no-comment')), id: 'embassy-again' })
    },
  )

  // 12. country codes
  const country = 'actor/unknown-country'
  add('unknown country', 'seed', 'Lebanon as LEB', [country], (r) => {
    find(r.actors, 'al-akhbar').country = 'LEB'
  })
  add('unknown country', 'seed', 'Iran as IRA on a place', [country], (r) => {
    find(r.events, 'israeli-airstrike-in-iran').places[0].country = 'IRA'
  })
  add('unknown country', 'seed', 'Hezbollah in HEZ', [country], (r) => {
    find(r.actors, 'hezbollah').country = 'HEZ'
  })

  // earlier rules, on the invented articles
  add(
    'act mismatch',
    'ceasefire',
    'the offer "threatened" though it is a promise of the Front’s own',
    ['threat/act-mismatch'],
    (r) => {
      find(r.statements, 'front-offer').act = 'threaten'
    },
  )
  add(
    'act mismatch',
    'tariffs',
    'Quist "warns" of Eastland’s own tariffs',
    ['threat/act-mismatch'],
    (r) => {
      find(r.statements, 'quist-threat').act = 'warn'
    },
  )
  add('span mismatch', 'tariffs', 'a span one character off', ['span_mismatch'], (r) => {
    const e = find(r.events, 'lift-ban').evidence[0]
    e.start += 1
    e.end += 1
  })
  add('quote', 'seed', 'Miller’s quote reworded', ['quote/verbatim'], (r) => {
    find(r.statements, 'miller-quote').quote = 'Iraq must never be drawn into a regional war,'
  })
  add(
    'contradictory condition',
    'ceasefire',
    'withdraw and not withdraw',
    ['threat/contradictory-condition'],
    (r) => {
      r.threats[0].condition = {
        kind: 'and',
        operands: [occurs('withdraw'), { kind: 'not', operand: occurs('withdraw') }],
      }
    },
  )

  // several defects at once: all reported in the first round
  add(
    'several at once',
    'seed',
    'a span off by one, "threaten" for a warning, an anticipated attack as occurred',
    ['span_mismatch', 'threat/act-mismatch', status],
    (r) => {
      r.threats[0].evidence[0].start += 1
      r.threats[0].evidence[0].end += 1
      r.statements[0].act = 'threaten'
      find(r.events, 'iranian-attack-from-iraq').status = 'occurred'
    },
  )
  add(
    'several at once',
    'tariffs',
    'a dangling speaker, a duplicate state, a country look-alike',
    ['dangling_reference', duplicate, country],
    (r) => {
      find(r.statements, 'embassy-no-comment').speakers = ['westland-embassy-dc']
      r.actors.push({ kind: 'state', id: 'west', name: 'Westland', country: 'XWE' })
      find(r.actors, 'westland-party').country = 'GER'
      r.threats[0].addressee = ['westland', 'west']
    },
    { also: ['actor/unused'] },
  )
  add(
    'several at once',
    'ceasefire',
    'an unknown key beside a rule defect',
    ['unknown_key', 'event/agent-is-target'],
    (r) => {
      find(r.events, 'offer-passed').agents = ['army']
      find(r.statements, 'army-silent').tim = '2031-04-02'
    },
  )

  // decoder stages together: structure errors do not hide integrity errors
  add(
    'structure with integrity',
    'seed',
    'an act misspelled "denies" beside a dangling reference',
    ['invalid_value', 'dangling_reference'],
    (r) => {
      r.statements[5].act = 'denies'
      r.threats[0].issuer = ['united-states']
    },
    {},
  )
  add(
    'structure with integrity',
    'tariffs',
    'a missing status beside a span at the wrong words',
    ['missing_key', 'span_mismatch'],
    (r) => {
      delete find(r.events, 'extend-ban').status
      const e = find(r.events, 'tariffs').evidence[0]
      e.start += 2
      e.end += 2
    },
    {},
  )
  add(
    'structure with integrity',
    'ceasefire',
    'a chain given as a string beside a duplicate id',
    ['invalid_type', 'duplicate_id'],
    (r) => {
      find(r.statements, 'ministry-relayed').attribution = 'the ministry said'
      r.events.push({ ...clone(find(r.events, 'withdraw')) })
    },
    {},
  )
  // an anonymous source laundered into the named party it works for
  add(
    'anonymity lost',
    'tariffs',
    'the anonymous official replaced by the Westland government, on record',
    ['attribution/anonymity-lost'],
    (r) => {
      const s = r.statements.find((x) => x.attribution?.chain[0].source === 'westland-official')
      s.speakers = ['westland-government']
      s.attribution.chain[0].source = 'westland-government'
      r.actors = r.actors.filter((a) => a.id !== 'westland-official')
    },
    {},
  )
  // the report's own outlet given as the source of what it reports
  add(
    "the report's own outlet as the source",
    'tariffs',
    'the outlet that publishes the report is the speaker of a claim it reports',
    ['attribution/own-outlet'],
    (r) => {
      r.outlet = 'coastal-times'
    },
    {},
  )
  add(
    "the report's own outlet as the source",
    'ceasefire',
    "a chain that starts at the report's own outlet, the commander left out",
    ['attribution/own-outlet'],
    (r) => {
      r.outlet = 'radio-delta'
      const offer = r.statements.find((s) => s.content.kind === 'threat' && s.act === 'promise')
      offer.attribution.chain = [offer.attribution.chain[1]]
    },
    {},
  )
  // an ultimatum whose condition was lost
  add(
    'condition lost',
    'tariffs',
    'the tariff ultimatum without its condition, its deadline kept',
    ['threat/deadline-without-condition'],
    (r) => {
      delete find(r.threats, 'tariff-threat').condition
    },
    {},
  )
  // a relative deadline, and the dateline left out
  add(
    'publication date left out',
    'tariffs',
    '"by Friday" as the deadline, the publication date dropped',
    ['time/relative-without-publication'],
    (r) => {
      delete r.published
      find(r.threats, 'tariff-threat').deadline = {
        kind: 'relative',
        phrase: 'by Friday',
        shift: { weekday: 'friday', which: 'next' },
      }
    },
    {},
  )
  // a promise coded as a threat, and a threat as a promise
  add(
    'valence against the consequence',
    'ceasefire',
    'an offer to halt attacks coded with a negative valence',
    ['threat/valence-mismatch'],
    (r) => {
      find(r.threats, 'offer').valence = 'negative'
    },
    { also: ['threat/act-mismatch'] },
  )
  add(
    'valence against the consequence',
    'tariffs',
    'a threat of tariffs coded with a positive valence',
    ['threat/valence-mismatch'],
    (r) => {
      find(r.threats, 'tariff-threat').valence = 'positive'
    },
    { also: ['threat/act-mismatch'] },
  )
  add(
    'nulls from a model',
    'seed',
    'null for optional fields, read as absent',
    ['threat/act-mismatch'],
    (r) => {
      r.statements[0].act = 'threaten'
      r.statements[0].channel = null
      r.events[0].time = null
    },
    { options: { nulls: 'absent' } },
  )

  return out
}
