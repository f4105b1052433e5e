// A claim of responsibility sourced to "sources close to" a group, retold in a circle of
// outlets; the group denies the sourcing and the report; unnamed councils and a
// confirmation. Vesna and every name in it are invented.
import { pipe } from 'fp-ts/lib/function.js'
import { expect } from 'vitest'
import {
  Actor,
  Attribution,
  Event,
  Proposition as P,
  Report,
  Statement,
  Time,
} from '../../src/index.js'
import { type Article, build, quoting } from './support.js'

const text = [
  'Brigades Deny Role in Depot Blast',
  'The Liberation Brigades carried out Tuesday’s blast at the Kerev fuel depot, Radio Tamsin reported, citing sources close to the group. The Daily Ledger ran the claim citing Radio Tamsin, and a later Radio Tamsin bulletin cited the Ledger.',
  'The Brigades’ media office said the group "does not speak through sources close to it" and denied the report. Several local councils called for calm, and the depot’s operator confirmed that the blast had taken place.',
].join('\n')
const at = quoting(text)

const author = Actor.author('report')
const vesna = Actor.state('vesna', 'Vesna', 'XVS')
const brigades = Actor.organization('brigades', 'the Liberation Brigades', 'armed_group', {
  country: 'XVS',
})
const office = pipe(
  Actor.organization('media-office', 'the Brigades’ media office', 'media', { country: 'XVS' }),
  Actor.relate('part_of', brigades.id),
)
const tamsin = Actor.outlet('tamsin', 'Radio Tamsin', { country: 'XVS' })
const ledger = Actor.outlet('ledger', 'the Daily Ledger', { country: 'XVS' })
const close = Actor.anonymous('close-sources', 'sources close to the group', {
  proximity: [Actor.proximity('close_to', { actor: brigades.id }, 'close to')],
})
const councils = Actor.unnamed('councils', 'several local councils', { affiliation: vesna.id })
const operator = Actor.organization('operator', 'the depot’s operator', 'business', {
  country: 'XVS',
})

const tuesday = Time.relative('Tuesday’s', { weekday: 'tuesday', which: 'last' })
const blast = Event.make('blast', 'explosion', 'the blast at the Kerev fuel depot', {
  places: [Event.place('the Kerev fuel depot', { country: 'XVS' })],
  time: tuesday,
  evidence: [at('Depot Blast'), at('the blast had taken place')],
})
const byBrigades = pipe(
  Event.make('brigades-blast', 'attack', 'the Liberation Brigades carried out the blast', {
    agents: [brigades.id],
    targets: [operator.id],
    time: tuesday,
    evidence: [at('carried out Tuesday’s blast at the Kerev fuel depot')],
  }),
  Event.relate('part_of', blast.id),
)
const calm = Event.make('calm', 'restrain', 'calm in the area of the depot', {
  status: 'hypothetical',
  evidence: [at('calm')],
})

// how the report knows: the sources told Radio Tamsin, the Ledger took it from Tamsin, and
// Tamsin's later bulletin took it back from the Ledger — one voice, met twice
const claim = pipe(
  Statement.make(
    'blast-claim',
    [close.id],
    'assert',
    Statement.proposition(P.occurs(byBrigades.id)),
  ),
  Statement.attributed(
    pipe(
      Attribution.from(close.id, 'citing', [at('citing sources close to the group')]),
      Attribution.via(tamsin.id, 'reported', [at('Radio Tamsin reported')]),
      Attribution.via(ledger.id, 'citing', [
        at('The Daily Ledger ran the claim citing Radio Tamsin'),
      ]),
      Attribution.via(tamsin.id, 'cited', [at('a later Radio Tamsin bulletin cited the Ledger')]),
    ),
  ),
  Statement.withEvidence(at('The Liberation Brigades carried out Tuesday’s blast')),
)
const byOffice = Attribution.from(office.id, 'said', [at('The Brigades’ media office said')])
const neverThrough = pipe(
  Statement.make(
    'never-through',
    [office.id],
    'deny',
    Statement.sourcing({ kind: 'source', source: close.id }),
  ),
  Statement.quoting('does not speak through sources close to it'),
  Statement.attributed(byOffice),
  Statement.withEvidence(at('the group "does not speak through sources close to it"')),
)
const deniedReport = pipe(
  Statement.make(
    'denied-report',
    [office.id],
    'deny',
    Statement.sourcing({ kind: 'report', publisher: tamsin.id }),
  ),
  Statement.attributed(byOffice),
  Statement.withEvidence(at('denied the report')),
)
const calmCall = pipe(
  Statement.make('calm-call', [councils.id], 'urge', Statement.proposition(P.occurs(calm.id))),
  Statement.onChannel('public'),
  Statement.attributed(
    Attribution.from(councils.id, 'called for', [at('Several local councils called for calm')]),
  ),
  Statement.withEvidence(at('Several local councils called for calm')),
)
const confirmed = pipe(
  Statement.make('confirmed', [operator.id], 'confirm', Statement.proposition(P.occurs(blast.id))),
  Statement.attributed(
    Attribution.from(operator.id, 'confirmed', [at('the depot’s operator confirmed')]),
  ),
  Statement.withEvidence(at('the depot’s operator confirmed that the blast had taken place')),
)

export const article: Article = {
  title: 'a depot blast claimed through a circle of outlets, and denied',
  text,
  report: build({
    headline: 'Brigades Deny Role in Depot Blast',
    author: author.id,
    language: 'en',
    text,
    derivedFrom: [{ publisher: tamsin.id, kind: 'cites' }],
    actors: [author, vesna, brigades, office, tamsin, ledger, close, councils, operator],
    events: [blast, byBrigades, calm],
    statements: [claim, neverThrough, deniedReport, calmCall, confirmed],
  }),
  findings: [
    // "Tuesday's" blast, in an article without a dateline: the day cannot be placed
    ['time/relative-without-publication', 'blast'],
    ['time/relative-without-publication', 'brigades-blast'],
    // Tamsin → Ledger → Tamsin: the later bulletin repeats its own earlier claim
    ['attribution/circular', 'blast-claim'],
    // the Brigades, whose attack it is, deny on the record the source and the report
    ['claim/denied-by-party', 'blast-claim'],
  ],
  means: (r) => {
    // a denial of sourcing, not of the event: the blast itself is confirmed
    expect(r.statements.filter((s) => s.act === 'deny').map((s) => s.content.kind)).toEqual([
      'sourcing',
      'sourcing',
    ])
    expect(Actor.isIdentified(councils)).toBe(false)
    expect(Report.sources(r)).toContain('councils')
  },
}
