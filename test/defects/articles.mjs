// Two invented articles (not taken from any real reporting), encoded as claimgraph JSON
// with evidence spans found by quoting the text. The defect corpus plants defects in them
// and in the seed report.

/** A span of `text`: the `occurrence`-th place `words` occur (0-based). */
export const span = (text, words, occurrence = 0) => {
  let at = -1
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(words, at + 1)
    if (at < 0) throw new Error(`not in the text: ${words}`)
  }
  return { start: at, end: at + words.length, text: words }
}

const occurs = (event) => ({ kind: 'occurs', event })

export const tariffs = (format) => {
  const text = [
    'Eastland Threatens Tariffs on Westland Steel',
    'Eastland will impose tariffs on Westland steel unless Westland lifts its export ban by June 30, trade minister Mara Quist said on Tuesday. Westland’s government allegedly plans to extend the ban, according to the Coastal Times, which is owned by the Westland Party. A Westland official, speaking on condition of anonymity, said the ban was likely to stay. The Westland embassy declined to comment.',
  ].join('\n')
  const at = (w, k) => span(text, w, k)
  return {
    format,
    headline: 'Eastland Threatens Tariffs on Westland Steel',
    author: 'report',
    language: 'en',
    published: '2031-05-14',
    text,
    actors: [
      { kind: 'author', id: 'report' },
      { kind: 'state', id: 'eastland', name: 'Eastland', country: 'XEA' },
      { kind: 'state', id: 'westland', name: 'Westland', country: 'XWE' },
      {
        kind: 'organization',
        id: 'eastland-government',
        name: 'the Eastland government',
        sector: 'government',
        country: 'XEA',
        relations: [{ kind: 'part_of', target: 'eastland' }],
      },
      {
        kind: 'organization',
        id: 'westland-government',
        name: 'Westland’s government',
        sector: 'government',
        country: 'XWE',
        relations: [{ kind: 'part_of', target: 'westland' }],
      },
      {
        kind: 'person',
        id: 'quist',
        name: 'Mara Quist',
        offices: [{ title: 'trade minister', in: 'eastland-government' }],
      },
      {
        kind: 'organization',
        id: 'westland-party',
        name: 'the Westland Party',
        sector: 'party',
        country: 'XWE',
      },
      {
        kind: 'outlet',
        id: 'coastal-times',
        name: 'the Coastal Times',
        affiliations: ['westland-party'],
      },
      {
        kind: 'anonymous',
        id: 'westland-official',
        description: 'a Westland official',
        count: 1,
        affiliation: 'westland-government',
      },
      {
        kind: 'organization',
        id: 'westland-embassy',
        name: 'the Westland embassy',
        sector: 'diplomatic',
        country: 'XWE',
      },
    ],
    events: [
      {
        id: 'tariffs',
        type: 'sanction',
        description: 'Eastland imposes tariffs on Westland steel',
        status: 'hypothetical',
        agents: ['eastland'],
        targets: ['westland'],
        evidence: [at('impose tariffs on Westland steel')],
      },
      {
        id: 'lift-ban',
        type: 'lift',
        description: 'Westland lifts its export ban',
        status: 'hypothetical',
        agents: ['westland-government'],
        evidence: [at('Westland lifts its export ban')],
      },
      {
        id: 'extend-ban',
        type: 'extend',
        description: 'Westland extends the export ban',
        status: 'planned',
        agents: ['westland-government'],
        evidence: [at('plans to extend the ban')],
      },
      {
        id: 'ban-stays',
        type: 'continue',
        description: 'the ban stays',
        status: 'hypothetical',
        evidence: [at('the ban was likely to stay')],
      },
    ],
    threats: [
      {
        id: 'tariff-threat',
        issuer: ['eastland'],
        addressee: ['westland'],
        enforcer: ['eastland'],
        valence: 'negative',
        condition: { kind: 'not', operand: occurs('lift-ban') },
        consequence: occurs('tariffs'),
        likelihood: { cue: 'will', factuality: 'CT+' },
        deadline: '2031-06-30',
        evidence: [
          at('Eastland Threatens Tariffs on Westland Steel'),
          at(
            'Eastland will impose tariffs on Westland steel unless Westland lifts its export ban by June 30',
          ),
        ],
      },
    ],
    statements: [
      {
        id: 'quist-threat',
        speakers: ['quist'],
        act: 'threaten',
        content: { kind: 'threat', threat: 'tariff-threat' },
        addressees: ['westland'],
        attribution: {
          chain: [
            {
              source: 'quist',
              cue: 'said',
              evidence: [at('trade minister Mara Quist said on Tuesday')],
            },
          ],
        },
        evidence: [
          at(
            'Eastland will impose tariffs on Westland steel unless Westland lifts its export ban by June 30, trade minister Mara Quist said on Tuesday.',
          ),
        ],
      },
      {
        id: 'times-extension',
        speakers: ['coastal-times'],
        act: 'report',
        content: { kind: 'proposition', proposition: occurs('extend-ban') },
        hedges: [{ cue: 'allegedly', factuality: 'Uu' }],
        attribution: {
          chain: [
            {
              source: 'coastal-times',
              cue: 'according to',
              evidence: [
                at('according to the Coastal Times, which is owned by the Westland Party'),
              ],
            },
          ],
        },
        evidence: [at('Westland’s government allegedly plans to extend the ban')],
      },
      {
        id: 'official-ban-stays',
        speakers: ['westland-official'],
        act: 'assert',
        content: {
          kind: 'proposition',
          proposition: {
            kind: 'epistemic',
            likelihood: { cue: 'likely', band: 'likely', factuality: 'PR+' },
            operand: occurs('ban-stays'),
          },
        },
        attribution: {
          chain: [
            {
              source: 'westland-official',
              cue: 'said',
              evidence: [at('A Westland official, speaking on condition of anonymity, said')],
            },
          ],
        },
        evidence: [
          at(
            'A Westland official, speaking on condition of anonymity, said the ban was likely to stay.',
          ),
        ],
      },
      {
        id: 'embassy-no-comment',
        speakers: ['westland-embassy'],
        act: 'decline_comment',
        content: { kind: 'none' },
        evidence: [at('The Westland embassy declined to comment.')],
      },
    ],
  }
}

export const ceasefire = (format) => {
  const text = [
    'Mediators Relay Ceasefire Offer to Northern Front',
    'The Northern Front will halt its attacks on Riverport if the army withdraws from the valley, a Front commander told Radio Delta on Sunday. The Lakeland foreign ministry said it had passed the offer to the army. The army did not respond. Fighting in the valley reportedly continued overnight, and the Front commander said the army had shelled the valley on Saturday.',
  ].join('\n')
  const at = (w, k) => span(text, w, k)
  return {
    format,
    headline: 'Mediators Relay Ceasefire Offer to Northern Front',
    author: 'report',
    language: 'en',
    text,
    actors: [
      { kind: 'author', id: 'report' },
      { kind: 'state', id: 'riverland', name: 'Riverland', country: 'XRV' },
      {
        kind: 'organization',
        id: 'front',
        name: 'the Northern Front',
        sector: 'armed_group',
        country: 'XRV',
      },
      {
        kind: 'organization',
        id: 'army',
        name: 'the army',
        sector: 'military',
        country: 'XRV',
        relations: [{ kind: 'part_of', target: 'riverland' }],
      },
      {
        kind: 'anonymous',
        id: 'commander',
        description: 'a Front commander',
        count: 1,
        affiliation: 'front',
      },
      { kind: 'outlet', id: 'radio-delta', name: 'Radio Delta' },
      { kind: 'state', id: 'lakeland', name: 'Lakeland', country: 'XLK' },
      {
        kind: 'organization',
        id: 'lakeland-ministry',
        name: 'the Lakeland foreign ministry',
        sector: 'ministry',
        country: 'XLK',
        relations: [{ kind: 'part_of', target: 'lakeland' }],
      },
    ],
    events: [
      {
        id: 'halt-attacks',
        type: 'halt',
        description: 'the Front halts its attacks on Riverport',
        status: 'hypothetical',
        agents: ['front'],
        evidence: [at('halt its attacks on Riverport')],
      },
      {
        id: 'withdraw',
        type: 'withdraw',
        description: 'the army withdraws from the valley',
        status: 'hypothetical',
        agents: ['army'],
        evidence: [at('the army withdraws from the valley')],
      },
      {
        id: 'offer-passed',
        type: 'relay',
        description: 'Lakeland passes the offer to the army',
        status: 'occurred',
        agents: ['lakeland-ministry'],
        targets: ['army'],
        evidence: [
          at('Mediators Relay Ceasefire Offer to Northern Front'),
          at('passed the offer to the army'),
        ],
      },
      {
        id: 'fighting',
        type: 'fight',
        description: 'fighting in the valley',
        status: 'ongoing',
        agents: ['front', 'army'],
        evidence: [at('Fighting in the valley')],
      },
      {
        id: 'shelling',
        type: 'shell',
        description: 'the army shells the valley',
        status: 'occurred',
        agents: ['army'],
        evidence: [at('the army had shelled the valley on Saturday')],
      },
    ],
    threats: [
      {
        id: 'offer',
        issuer: ['front'],
        addressee: ['army'],
        enforcer: ['front'],
        valence: 'positive',
        condition: occurs('withdraw'),
        consequence: occurs('halt-attacks'),
        likelihood: { cue: 'will', factuality: 'CT+' },
        evidence: [
          at(
            'The Northern Front will halt its attacks on Riverport if the army withdraws from the valley',
          ),
        ],
      },
    ],
    statements: [
      {
        id: 'front-offer',
        speakers: ['front'],
        act: 'promise',
        content: { kind: 'threat', threat: 'offer' },
        addressees: ['army'],
        attribution: {
          chain: [
            {
              source: 'commander',
              cue: 'told',
              evidence: [at('a Front commander told Radio Delta')],
            },
            { source: 'radio-delta' },
          ],
        },
        evidence: [
          at(
            'The Northern Front will halt its attacks on Riverport if the army withdraws from the valley, a Front commander told Radio Delta on Sunday.',
          ),
        ],
      },
      {
        id: 'ministry-relayed',
        speakers: ['lakeland-ministry'],
        act: 'state',
        content: { kind: 'proposition', proposition: occurs('offer-passed') },
        attribution: { chain: [{ source: 'lakeland-ministry', cue: 'said' }] },
        evidence: [at('The Lakeland foreign ministry said it had passed the offer to the army.')],
      },
      {
        id: 'army-silent',
        speakers: ['army'],
        act: 'decline_comment',
        content: { kind: 'none' },
        evidence: [at('The army did not respond.')],
      },
      {
        id: 'fighting-continued',
        speakers: ['report'],
        act: 'report',
        content: { kind: 'proposition', proposition: occurs('fighting') },
        hedges: [{ cue: 'reportedly', factuality: 'Uu' }],
        attribution: { chain: [{ cue: 'reportedly' }] },
        evidence: [at('Fighting in the valley reportedly continued overnight')],
      },
      {
        id: 'commander-shelling',
        speakers: ['commander'],
        act: 'assert',
        content: { kind: 'proposition', proposition: occurs('shelling') },
        attribution: {
          chain: [{ source: 'commander', cue: 'said', evidence: [at('the Front commander said')] }],
        },
        evidence: [at('the Front commander said the army had shelled the valley on Saturday.')],
      },
    ],
  }
}
