/**
 * Whether the words of an event read as a harm or a benefit to whoever it befalls: the
 * lexicon behind `threat/valence-mismatch`. English, French, German, Spanish, Italian and
 * Portuguese words for the acts threats and promises are made of (strikes, sanctions,
 * tariffs, arrests; aid, relief, release, pardon). A word after a verb that undoes it
 * within three words reads the other way: "lift sanctions" and "cut tariffs" are benefits,
 * "suspend aid" and "deny access" are harms. Words that disagree, or none, say nothing.
 *
 * @internal
 */
import type * as Event from '../Event.js'
import type * as Id from '../Id.js'
import * as Proposition from '../Proposition.js'

/** How an event befalls whoever it is done to. */
export type Polarity = 'harm' | 'benefit'

const HARM: ReadonlyArray<string> = [
  // English
  'attack',
  'attacks',
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'bomb',
  'bombing',
  'bombardment',
  'shelling',
  'raid',
  'raids',
  'invade',
  'invasion',
  'assault',
  'offensive',
  'retaliation',
  'retaliate',
  'reprisal',
  'reprisals',
  'punish',
  'punishment',
  'sanction',
  'sanctions',
  'tariff',
  'tariffs',
  'duties',
  'levies',
  'embargo',
  'blockade',
  'siege',
  'ban',
  'boycott',
  'expel',
  'expulsion',
  'arrest',
  'arrests',
  'detain',
  'detention',
  'prosecute',
  'prosecution',
  'indictment',
  'execute',
  'execution',
  'kill',
  'killing',
  'destroy',
  'destruction',
  'seize',
  'seizure',
  'confiscate',
  'fine',
  'fines',
  'penalty',
  'penalties',
  'war',
  'shutdown',
  'evict',
  'eviction',
  'deport',
  'deportation',
  'hostilities',
  // French
  'frappe',
  'frappes',
  'attaque',
  'représailles',
  'droits de douane',
  'arrestation',
  'amende',
  'blocus',
  // German
  'angriff',
  'vergeltung',
  'sanktionen',
  'zölle',
  'strafzölle',
  'festnahme',
  'strafe',
  // Spanish, Italian, Portuguese
  'ataque',
  'represalia',
  'represalias',
  'sanciones',
  'aranceles',
  'arresto',
  'multa',
  'bloqueo',
  'attacco',
  'rappresaglia',
  'sanzioni',
  'dazi',
  'sanções',
  'tarifas',
  'retaliação',
]

const BENEFIT: ReadonlyArray<string> = [
  // English
  'aid',
  'assistance',
  'relief',
  'release',
  'releases',
  'freed',
  'pardon',
  'amnesty',
  'reward',
  'rewards',
  'investment',
  'loan',
  'loans',
  'grant',
  'grants',
  'funding',
  'access',
  'recognition',
  'ceasefire',
  'truce',
  'concession',
  'concessions',
  'compensation',
  'exemption',
  'exemptions',
  'waiver',
  'rebate',
  'subsidy',
  'subsidies',
  'protection',
  'safe passage',
  'debt relief',
  'tariff relief',
  'sanctions relief',
  'sanction relief',
  'tax relief',
  'membership',
  'visa-free',
  // French
  'aide',
  'allègement',
  'libération',
  'grâce',
  'récompense',
  // German
  'hilfe',
  'freilassung',
  'entlastung',
  'belohnung',
  'erleichterung',
  // Spanish, Italian, Portuguese
  'ayuda',
  'alivio',
  'liberación',
  'indulto',
  'recompensa',
  'aiuti',
  'liberazione',
  'ajuda',
  'libertação',
]

/** Verbs and words that undo what follows them within three words. */
const UNDO: ReadonlySet<string> = new Set([
  'lift',
  'lifts',
  'lifting',
  'lifted',
  'ease',
  'eases',
  'easing',
  'eased',
  'remove',
  'removes',
  'removing',
  'removal',
  'end',
  'ends',
  'ending',
  'halt',
  'halts',
  'halting',
  'stop',
  'stops',
  'stopping',
  'suspend',
  'suspends',
  'suspending',
  'suspension',
  'cut',
  'cuts',
  'cutting',
  'reduce',
  'reduces',
  'reducing',
  'reduction',
  'drop',
  'drops',
  'dropping',
  'waive',
  'waives',
  'waiving',
  'cancel',
  'cancels',
  'cancelling',
  'canceling',
  'withhold',
  'withholds',
  'withholding',
  'withdraw',
  'withdraws',
  'withdrawing',
  'withdrawal',
  'deny',
  'denies',
  'denying',
  'denial',
  'revoke',
  'revokes',
  'revoking',
  'unfreeze',
  'no',
  'without',
  'levée',
  'lever',
  'suspendre',
  'aufheben',
  'aufhebung',
  'levantar',
  'levantamiento',
  'revocare',
  'sospendere',
])

/** Lower-case words (letters, digits, hyphens inside words), Unicode-aware. */
const words = (s: string): ReadonlyArray<string> =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== '')

const HARMS: ReadonlySet<string> = new Set(HARM)
const BENEFITS: ReadonlySet<string> = new Set(BENEFIT)

/** Texts longer than this are read only to here: a label, not an article. */
const MAX_TEXT = 1000

/**
 * How the words of `text` read: `harm`, `benefit`, or `undefined` when they say neither or
 * disagree. Linear in the length of the text (read up to 1,000 characters).
 */
export const polarityOfText = (text: string): Polarity | undefined => {
  const ws = words(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text)
  let found: Polarity | undefined
  for (let i = 0; i < ws.length; i++) {
    // the longest phrase first: three words, two, one
    let read: Polarity | undefined
    for (let n = Math.min(3, ws.length - i); n >= 1 && read === undefined; n--) {
      const phrase = n === 1 ? ws[i]! : ws.slice(i, i + n).join(' ')
      read = HARMS.has(phrase) ? 'harm' : BENEFITS.has(phrase) ? 'benefit' : undefined
    }
    if (read === undefined) continue
    let undone = false
    for (let j = Math.max(0, i - 3); j < i; j++) if (UNDO.has(ws[j]!)) undone = true
    const p: Polarity = undone ? (read === 'harm' ? 'benefit' : 'harm') : read
    if (found !== undefined && found !== p) return undefined
    found = p
  }
  return found
}

const flip = (p: Polarity | undefined): Polarity | undefined =>
  p === undefined ? undefined : p === 'harm' ? 'benefit' : 'harm'

const agree = (ps: ReadonlyArray<Polarity | undefined>): Polarity | undefined => {
  const first = ps[0]
  return first !== undefined && ps.every((p) => p === first) ? first : undefined
}

/**
 * How a proposition reads, from the words of the events it names (each event's
 * description, or its type when the description says nothing): `not` reverses, `and` and `or` need every part to agree, hedges, abilities
 * and obligations read as what they qualify. Linear in the size of the proposition.
 */
export const polarityOf =
  (event: (id: Id.EventId) => Event.Event | undefined) =>
  (p: Proposition.Proposition): Polarity | undefined =>
    Proposition.fold<Polarity | undefined>({
      occurs: (id) => {
        const e = event(id)
        return e === undefined
          ? undefined
          : (polarityOfText(e.description) ?? polarityOfText(e.type))
      },
      not: flip,
      and: agree,
      or: agree,
      epistemic: (_, r) => r,
      ability: (_, r) => r,
      obligation: (_, r) => r,
    })(p)
