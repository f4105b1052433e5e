/**
 * Built-in claim validators, each one record with a stable code, a kind, a default
 * severity, what it checks, why and how to fix what it finds. A rule's kind says what its
 * findings are about: a `defect` of the data (the extraction is wrong or inconsistent) or
 * a `sourcing` finding about the article (its sourcing is weak), which is the article's
 * assessment and true of a correct extraction.
 *
 * {@link standard} is the set for everyday use; {@link strict} adds coverage and evidence
 * rules and raises the warnings of data defects to errors, so a pipeline can gate on
 * `Validator.hasErrors(Rules.strict(report))`: the seed report passes, and its eight
 * sourcing findings are still reported, as sourcing findings.
 *
 * The rules ({@link RULES}; this table, the validators guide and the code come from one
 * list, and a test fails when they drift):
 *
 * | code | kind | severity | set | checks | why | how to fix |
 * | --- | --- | --- | --- | --- | --- | --- |
 * | `attribution/missing` | sourcing | warning | standard | a statement not in the author's voice has an attribution chain (non-answers excepted: the report itself witnessed them) | readers must know how the report knows a claim (PARC; AP and Reuters sourcing standards) | add the chain the article gives ({ chain: [{ source, cue: "told" }] }); if the article gives none, the finding stands as the article's |
 * | `attribution/anonymous-undescribed` | sourcing | warning | standard | an anonymous source (one that speaks or passes a claim on) says whom it speaks for, or how it is placed to know ("familiar with", "close to") | AP: describe an anonymous source's position and why it is reliable | set the affiliation the article gives ("a U.S. official" → affiliation: the United States); if it gives none, the finding stands |
 * | `attribution/single-anonymous-source` | sourcing | warning | standard | a claim does not rest on one anonymous person alone, unless the report says why the source is anonymous (a stated exception) | AP and Reuters require more than one anonymous source, or a stated exception | record the reason the article gives for the anonymity (reasonForAnonymity: "was not authorised to speak publicly"); if it gives none, the finding stands; check the count if it says more than one |
 * | `attribution/unattributed-hedge` | sourcing | warning | standard | no hop of a chain is unattributed, and no reportative hedge ("reportedly", "allegedly"; in the hedges or the content) stands without a named reporter (an intermediary in the chain) | "reportedly" hides who reported it; FactBank counts it as uncommitted | name the source if the article does; otherwise the finding stands as the article's |
 * | `attribution/outlet-affiliation` | sourcing | warning | standard | a claim from an outlet with known affiliations quotes them with the claim | readers weigh "al-Akhbar, linked to Hezbollah" differently from "al-Akhbar" | point the link's evidence at the words that name the affiliation ("linked to Hezbollah") if the article has them |
 * | `attribution/hedge-unrecorded` | defect | warning | standard | a statement hedged "reportedly", "allegedly", "is said to"… records in its chain who reported it: an intermediary, or a link with that cue (with or without a source); such a cue anywhere in the content (a stated threat's included) of a statement with no attribution at all is caught too | the hedge says someone else reported the claim; a chain without that hop says the report knows it first-hand | append { cue: "reportedly" } to the chain (or create { chain: [{ cue: "reportedly" }] }), with the source if the article names one |
 * | `attribution/speaker-not-source` | defect | warning | standard | a quote's chain starts at whoever said the words (or an actor tied to them); a claim of the speaker's own (assert, state, deny…) and a report pass through the speaker somewhere in the chain | the chain is how the words reached the report: it starts with whoever said them | put the speaker first in the chain ({ source: speaker, cue: "said" }), or make the chain's first source the speaker if the words are theirs |
 * | `attribution/chain-order` | defect | warning | standard | a chain runs from the original source to the outlet nearest the report: no person, official or body after an outlet, and not the report's own voice | a chain in the wrong order names the outlet as the original source | reorder the links, original source first ("officials told Axios" is [officials, Axios]); drop the author, the implicit last hop |
 * | `attribution/own-outlet` | defect | warning | standard | no statement is spoken by the outlet that publishes the report, and no chain starts at it: the outlet's own reporting is the report's voice | a claim given to the outlet that publishes it has lost the source that told it | make the author the speaker for the outlet's own reporting ("the Ledger has learned"); make whoever told the outlet the speaker and the chain's source ("officials told the Ledger" is [officials]) |
 * | `attribution/anonymity-lost` | defect | warning | standard | when the words that attribute a statement (its chain's cues and evidence, its own evidence) say the source is anonymous ("familiar with", "on condition of anonymity", "sous couvert d'anonymat"), a speaker or a source of its chain is anonymous or unnamed | a named party put in the place of an anonymous source turns an unnamed claim into an on-record one | make the anonymous source the speaker (an actor of kind "anonymous"), or the first source of the chain when a named actor passed the claim on |
 * | `actor/duplicate` | defect | warning | standard | no person, outlet or organization appears twice under two ids (same name; an organization or outlet under its initials, "the EU" and "the European Union"; a person under the surname alone, "Aral" and "Defne Aral", unless the short form fits two actors), no state twice (same country code), no two actors share a Wikidata item | one actor under two ids splits its statements and hides that it is one voice | keep one id, point every reference at it, and remove the other actor |
 * | `actor/not-a-state` | defect | warning | standard | a state's name is a name of its country (ISO name, capital, common alias, demonym or initials): an outlet or a body typed as a state is caught | "Axios" typed as a state with code USA speaks as the United States | give the actor its kind (outlet, organization, person), or the state its country's name |
 * | `actor/anonymous-named` | defect | warning | standard | an anonymous source's description is not a personal name (nor the name of a person in the report) | a named speaker is on the record: typing it anonymous raises false sourcing findings and hides the name | make it a person with that name (kind "person"), or describe the source as the article does ("a senior official") |
 * | `actor/unknown-country` | defect | warning | standard | every country code (of a state, organization, outlet or place) is an assigned ISO 3166-1 alpha-3 code, or one reserved for user assignment (XKX) | a code that names no country (an IOC code such as GER, a typo) breaks every export and join by country | use the ISO 3166-1 alpha-3 code (DEU, not GER); for a place the table lacks, a user-assigned code (XKX for Kosovo) |
 * | `actor/unused` | defect | info | standard | every actor is referred to by something: an event, a statement, a chain, a threat or another actor | an actor nothing refers to is a leftover, or a reference that was lost | point the reference that was meant at it, or remove it |
 * | `statement/self-addressed` | defect | warning | standard | no speaker of a statement is also its addressee | an actor warning or urging itself is a speaker or addressee put in the wrong place | check who spoke and to whom; remove the speaker from the addressees |
 * | `statement/content-missing` | defect | warning | standard | a statement whose act says something (deny, threaten, warn, assert…) has content, or quotes the words | a denial of nothing, a threat of nothing: the content was lost in extraction | give the content: the proposition denied or asserted, or the threat ({ kind: "threat", threat }) |
 * | `statement/non-answer-with-content` | defect | warning | standard | a non-answer (declined to comment) has no content | whoever declined to comment said nothing that can be a claim | set content to { kind: "none" }, or, if something was said, use the act that says it |
 * | `statement/duplicate` | defect | warning | standard | no two statements are the same in everything but their id (evidence included) | one statement extracted twice counts one voice twice | remove the copy, pointing any reply or nested statement at the one kept |
 * | `quote/speaker` | defect | error | standard | a direct quote's speaker is an actor of the report other than its own voice | a quote without a speaker cannot be checked | make the speaker whoever the article quotes (a named person, or an anonymous source as described) |
 * | `quote/verbatim` | defect | error | standard | a direct quote's words occur verbatim in its evidence | a quote must be the speaker's exact words | copy the quote from the text exactly, or point the evidence at the sentence that has it |
 * | `event/agent-is-target` | defect | warning | standard | no actor is both an agent and a target of one event | an actor attacking or pressing itself is an agent or target put in the wrong place | check who acted and on whom; remove the actor from one of the lists |
 * | `event/relation-cycle` | defect | error | standard | no event is related to itself, responses and preparations never come round to their own start, and part_of / instance_of / by_means_of never loop | an event in retaliation for itself, or two events each answering the other, cannot both have come first | reverse or remove the relation the issue points at (a response points back to its cause) |
 * | `event/status-unsupported` | defect | warning | standard | an event given status occurred (or ongoing, when it has evidence) is asserted by some statement (with a cue that does not look ahead) or presupposed by a relation (a response to it that is not hypothetical, or a part of it that occurred); otherwise it is not only what a threat demands or would bring about (anchored in the threat's words, or not at all), and has evidence whose sentence (the words just before it, when nothing mentions it) does not present it as possible, planned, threatened or conditional | an anticipated attack recorded as having happened is the costliest error an extraction can make | give the status the article gives ("anticipated", "planned", "hypothetical"), or point the evidence at the words that say it happened |
 * | `time/response-precedes-cause` | defect | error | standard | an event that retaliates for or responds to another is not dated before it, nor a statement before the statement it replies to (replyTo) or is about (a denial, confirmation or report of it), nor a threat first stated before the threat it answers or revises (a threat is first stated at its earliest dated statement); dates whose year is unstated are compared by their known parts, in the year the publication date gives them (unknown order is not a violation) | causes come first | check both dates against the text; a response points back to its cause (swap the relation if it points the wrong way) |
 * | `time/relative-without-publication` | defect | info | standard | a relative time counted from the publication date ("by Friday", "two days ago") is in a report that gives its publication date, with a year when the time names a weekday | without the publication date a relative time cannot be placed: deadlines, replies and threat statuses that depend on it stay unknown | add the report's "published" date as the article gives it (the dateline), or anchor the time to a date or an event; an article that gives no date leaves the finding standing |
 * | `threat/missing-condition` | defect | info | standard | a threat states its condition (one with a deadline or time limit is threat/deadline-without-condition) | an unconditional threat gives no demand to comply with | add the condition if the article gives one ("if Iraq fails to prevent…") |
 * | `threat/deadline-without-condition` | defect | warning | standard | a threat with a deadline, a window or a time limit (within) states its condition | a deadline is a time to meet a demand by: without the condition, an ultimatum reads as an unconditional threat, and its status cannot be decided | add the condition the deadline is for ("unless the fleet removes its nets by 30 June": not the nets removed), or remove the deadline if the text gives none |
 * | `threat/missing-enforcer` | defect | info | standard | a threat names who would carry it out | a warning and a threat differ only in the enforcer | add the enforcer if the article names one |
 * | `threat/contradictory-condition` | defect | error | standard | a condition does not require an event both to occur and not occur | such a condition can never be met | remove the negation that was added by mistake, or the operand that contradicts the other |
 * | `threat/act-mismatch` | defect | warning | standard | "threaten" is used when the issuer's side enforces (offices, part_of, acts_for, member_of), "warn" when a third party does, "promise" only for a benefit, and neither for one | a warning is not a threat (CAMEO 130 vs 138), and a promise is not a threat | use the act the enforcer and the valence imply ("warn" for a third party, "promise" for a benefit), or correct the enforcer |
 * | `threat/valence-mismatch` | defect | warning | standard | a threat's consequence reads as a harm and a promise's as a benefit, from the words of its events ("lift sanctions" and "cut tariffs" are benefits, "suspend aid" a harm; not reverses); words that say neither, or disagree, draw nothing | a promise coded as a threat (or a threat as a promise) turns its demand and its status around | set the valence the consequence implies ("positive" for relief, aid, a release; "negative" for strikes, sanctions, tariffs), or correct the consequence |
 * | `threat/ultimatum-without-deadline` | defect | info | standard | a threat stated as a demand has a deadline | an ultimatum (CAMEO 139) is a demand with a deadline | add the deadline if the article gives one ("by March 1") |
 * | `threat/self-addressed` | defect | warning | standard | no issuer or enforcer of a threat is also its addressee | a threat is made to someone else; an addressee among the issuers is a role in the wrong place | check who issued the threat, who would carry it out and to whom it was made |
 * | `threat/condition-without-addressee` | defect | warning | standard | a condition whose events name actors involves the addressee, or an actor on its side (part of it, acting for it, holding an office in it, of its country) | the demand is derived from the condition: a condition about others asks the addressee to do what it cannot | check the condition (often the addressee's failure to act: not(addressee prevents …)) and the addressee |
 * | `threat/condition-is-consequence` | defect | error | standard | a condition is not the consequence itself | "if X happens, X happens" threatens nothing: one of the two was copied into the other | give the condition what the addressee must do or avoid, and the consequence what would follow |
 * | `threat/window-before-deadline` | defect | warning | standard | the window for the consequence does not end before the deadline for the condition | the consequence cannot be due before the addressee has had until the deadline to comply | check the two dates; the window is when the consequence would follow by, the deadline when compliance is judged |
 * | `threat/unused` | defect | info | standard | every threat is stated by a statement, or revised by a later version | a threat nobody states is a leftover, or a statement that lost its content | point the statement that states it at it ({ kind: "threat", threat }), or remove it |
 * | `likelihood/mixed-bands` | defect | warning | standard | the estimative terms of one claim (bands, or cues such as "likely" written alone) fall in one ICD 203 row; a threat's are checked once, at the threat | ICD 203: one claim, one expression of likelihood | keep the term the article uses for this claim and remove the one that belongs to another claim |
 * | `likelihood/cue-mismatch` | defect | warning | standard | a likelihood's factuality and band agree with its cue, when the cue is a known word ("could" is possible, not certain) | the cue is what the article says; a value that contradicts it misstates how sure the source is | set the factuality and band the cue expresses (Likelihood.fromCue gives them) |
 * | `evidence/span-mismatch` | defect | error | standard | every span's words equal the text at its offsets (the report's own text, or one you give) | evidence must point at the words it quotes | recompute the offsets with Evidence.locate (UTF-16 code units, end exclusive); the message says where the words occur |
 * | `evidence/wrong-occurrence` | defect | warning | standard | a node's evidence is not anchored at another occurrence of its words: a span alone in its sentence whose words also occur, unanchored, in the one sentence that holds the node's other spans | offsets found by searching for the first occurrence of a phrase often point at the headline or an earlier sentence | move the span to the occurrence the message gives (Evidence.locate with an occurrence or after option) |
 * | `evidence/uncovered-sentence` | defect | info | strict | every sentence of the text is covered by a span | a complete encoding leaves no claim out | model the claim the sentence makes, or anchor the node it belongs to there |
 * | `evidence/missing` | defect | info | strict | every statement, event and threat carries evidence | every node should be anchored in the text | add the span of the words the node comes from (Evidence.locate) |
 * | `attribution/circular` | sourcing | warning | standard | no attribution chain passes through the same actor twice | circular reporting: a claim that comes back to a source through others looks corroborated when it is one voice | nothing to repair when the article reports it so; if a link was repeated by mistake, remove it |
 * | `relay/uncertain-intermediary` | sourcing | info | standard | a message that travelled through intermediaries names them: an intermediary that is anonymous or unnamed (with or without candidate identities) is noted | who carried a message shapes what it means; "an official, most likely the prime minister" is not the prime minister | nothing to repair when the article leaves the messenger unnamed; give the candidates it names |
 * | `claim/denied-by-party` | sourcing | warning | standard | no claim is denied on the record by a party to it: a `deny` by named speakers of an event the claim asserts, of the threat it states, of the claim itself, or of its sourcing, where a speaker is a party or stands with one (either acts for, is part or a member of, or holds an office in the other: the ministry answers for its police) | a claim its own party denies on the record is contested; readers must weigh the denial with it | nothing to repair: the denial is the article's; report it with the claim |
 *
 * @example
 * ```ts
 * import { Rules, Validator } from 'claimgraph'
 * import * as fixtures from 'claimgraph/fixtures'
 * import assert from 'node:assert/strict'
 *
 * const issues = Rules.strict(fixtures.report)
 *
 * assert.equal(Validator.hasErrors(issues), false) // no defect in the seed's data
 * assert.equal(Validator.partition(issues).sourcing.length, 8) // the article's sourcing
 * assert.ok(Validator.toText(issues).endsWith('0 errors, 0 warnings, 0 info; 8 sourcing findings'))
 * ```
 *
 * @since 0.1.0
 */
import { pipe } from 'fp-ts/lib/function.js'
import * as O from 'fp-ts/lib/Option.js'
import * as E from 'fp-ts/lib/Either.js'
import * as Actor from './Actor.js'
import * as C from './Codec.js'
import * as Country from './Country.js'
import * as DecodeError from './DecodeError.js'
import * as Evidence from './Evidence.js'
import type * as Id from './Id.js'
import * as Likelihood from './Likelihood.js'
import * as Proposition from './Proposition.js'
import * as Report from './Report.js'
import type * as Attribution from './Attribution.js'
import * as Statement from './Statement.js'
import * as Threat from './Threat.js'
import * as Time from './Time.js'
import * as V from './Validator.js'
import { polarityOf } from './internal/polarity.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What the rules table says of a rule: its stable code, its kind (a data defect or a
 * sourcing finding), its default severity, the set it belongs to (`standard` rules run in
 * both sets, `strict` ones only in {@link strict}), what it checks, why, and how to fix
 * what it finds.
 *
 * @category model
 * @since 0.2.0
 */
export interface Spec {
  readonly code: string
  readonly kind: V.Kind
  readonly severity: V.Severity
  readonly set: 'standard' | 'strict'
  readonly checks: string
  readonly why: string
  readonly fix: string
}

/**
 * A rule: one record with its row of the rules table and its validator.
 *
 * @category model
 * @since 0.1.0
 */
export interface Rule extends Spec {
  readonly validate: V.Validator<Report.ReportData>
}

/**
 * How a rule reports one issue: at a path, with a message, about a node; the code,
 * severity and kind come from the rule's {@link Spec}.
 *
 * @category model
 * @since 0.2.0
 */
export type Emit = (path: DecodeError.Path, message: string, node?: string) => V.Issue

/**
 * Everything one round of checking finds in an input: the decoded report (when it
 * decodes), the decoder's issues (structure and integrity), and the rules' issues, found
 * on whatever decoded structurally, so that a report whose references or spans fail
 * integrity still gets its rule findings in the same round.
 *
 * Paths: `decode` and `issues` keep the library's paths — arrays of keys and indices, as
 * in every `DecodeError.DecodeIssue` and `Validator.Issue`, to walk the input with — while
 * {@link repairs} and `claimgraph check` write each path as a JSON Pointer string
 * (`DecodeError.pointer`: `/statements/7/evidence/0`), the form a person or a model reads
 * and a JSON Patch takes.
 *
 * @category model
 * @since 0.2.0
 */
export interface Review {
  readonly report: O.Option<Report.Report>
  readonly decode: ReadonlyArray<DecodeError.DecodeIssue>
  readonly issues: ReadonlyArray<V.Issue>
}

/**
 * One entry of a repair list: where (a JSON Pointer, `/statements/7/evidence/0`: the
 * issue's path array through `DecodeError.pointer`), which code, what is wrong, and how
 * such a problem is fixed in general (for the rules' codes).
 *
 * @category model
 * @since 0.2.0
 */
export interface Repair {
  readonly path: string
  readonly code: string
  readonly message: string
  readonly fix?: string
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A rule from its row of the table and a function that builds its validator from an
 * {@link Emit} (which stamps every issue with the rule's code, severity and kind). Build
 * the validator with `Validator.forEach` or `Validator.withContext` so that it shares the
 * pass and the lookups of the other rules.
 *
 * @category constructors
 * @since 0.2.0
 */
export const define = (spec: Spec, build: (emit: Emit) => V.Validator<Report.ReportData>): Rule => {
  const { code, severity, kind } = spec
  const emit: Emit = (path, message, node) =>
    node === undefined
      ? { code, severity, kind, message, path }
      : { code, severity, kind, message, node, path }
  return { ...spec, validate: build(emit) }
}

// -------------------------------------------------------------------------------------
// helpers (internal)
// -------------------------------------------------------------------------------------

const NONE: ReadonlyArray<V.Issue> = Object.freeze([])

/** At most `max` characters of `s`, with an ellipsis when cut: messages never grow with the input. */
const clip = (s: string, max = 80): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s)
const quoted = (s: string, max = 80): string => JSON.stringify(clip(s, max))

/** How a message names an actor: its label (cut), or its id when it has none. */
const label = (ctx: V.Context, id: string): string => {
  const a = ctx.actor(id)
  return clip(a === undefined ? id : Actor.label(a), 60)
}

/** At most three names, then how many more: "A, B and C and 997 more". */
const names = (ctx: V.Context, ids: ReadonlyArray<string>): string => {
  const shown = ids.slice(0, 3).map((x) => label(ctx, x))
  const more = ids.length - shown.length
  const list =
    shown.length <= 1
      ? (shown[0] ?? '')
      : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]!}`
  return more > 0 ? `${list} and ${more} more` : list
}

/** Lower-case words of a text (letters and digits, Unicode-aware), for cue and label matching. */
const tokens = (s: string): string[] =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w !== '')

/** Whether `words` contain one of the single words or the phrases of a lexicon. */
const lexicon = (entries: ReadonlyArray<string>) => {
  const single = new Set(entries.filter((e) => !e.includes(' ')))
  const phrases = entries.filter((e) => e.includes(' '))
  return (text: string | undefined): boolean => {
    if (text === undefined) return false
    const ws = tokens(text.length > 1000 ? text.slice(0, 1000) : text)
    if (ws.some((w) => single.has(w))) return true
    if (phrases.length === 0) return false
    const joined = ` ${ws.join(' ')} `
    return phrases.some((p) => joined.includes(` ${p} `))
  }
}

/**
 * Reportative cues: the claim passed through someone the article does not name. English,
 * French, German, Spanish, Italian and Portuguese.
 */
const isReportative = lexicon([
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'reported',
  'rumoured',
  'rumored',
  'said to',
  'is said',
  'are said',
  'was said',
  'were said',
  'according to reports',
  'according to media reports',
  'it is understood',
  'it is claimed',
  'it is alleged',
  'alleged to',
  'sources say',
  'sources said',
  'rumour has it',
  'rumor has it',
  'angeblich',
  'mutmaßlich',
  'soll',
  'sollen',
  'prétendument',
  'aurait',
  'auraient',
  'selon des informations',
  'dit-on',
  'supuestamente',
  'presuntamente',
  'al parecer',
  'según informes',
  'presumibilmente',
  'secondo indiscrezioni',
  'supostamente',
  'alegadamente',
])

/** Words that present an event as possible, planned or conditional rather than as having happened. */
const isAnticipation = lexicon([
  'anticipated',
  'anticipate',
  'anticipates',
  'planned',
  'planning',
  'plans',
  'plan',
  'plotted',
  'plotting',
  'potential',
  'possible',
  'possibly',
  'may',
  'might',
  'could',
  'would',
  'will',
  'expected',
  'expects',
  'intended',
  'intends',
  'threatened',
  'threatens',
  'imminent',
  'looming',
  'upcoming',
  'future',
  'proposed',
  'prospective',
  'if',
  'unless',
  'avoid',
  'avoiding',
  'prevent',
  'preventing',
  'avert',
  'averting',
  'deter',
  'risk',
  'risks',
  'fear',
  'fears',
  'feared',
  'prévu',
  'prévue',
  'pourrait',
  'envisagé',
  'geplant',
  'könnte',
  'drohend',
  'previsto',
  'prevista',
  'podría',
  'planeado',
  'possibile',
  'potrebbe',
  // obligations, demands and threats: "must repay … or face tariffs"
  'must',
  'or face',
  'or else',
  'otherwise',
  'ultimatum',
  'threat',
  'threaten',
  'threatening',
  'vowed',
  'vows',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'warned',
  'warns',
  'demanded',
  'demands',
  // plans and expectations: "is set to", "aims to"
  'set to',
  'poised to',
  'about to',
  'going to',
  'is to',
  'are to',
  'aims to',
  'seeks to',
  'considering',
  'weighing',
  'contemplating',
  'prepared to',
  'ready to',
  'within',
  'shall',
  'should',
  // French, German, Spanish, Italian, Portuguese
  'doit',
  'devra',
  'devrait',
  'pourraient',
  'menace',
  'menacé',
  'menacent',
  'sinon',
  'envisage',
  'compte',
  'muss',
  'müssen',
  'droht',
  'drohte',
  'drohen',
  'andernfalls',
  'sonst',
  'würde',
  'würden',
  'könnten',
  'plant',
  'planen',
  'erwartet',
  'debe',
  'deberá',
  'podrían',
  'amenaza',
  'amenazó',
  'amenazan',
  'planea',
  'planean',
  'de lo contrario',
  'se espera',
  'deve',
  'dovrà',
  'potrebbero',
  'minaccia',
  'minacciato',
  'altrimenti',
  'poderia',
  'poderá',
  'ameaça',
  'ameaçou',
  'caso contrário',
  'pretende',
])

/** Acts that assert a claim of the speaker's own: its chain starts at the speaker. */
const ASSERTIVE: ReadonlySet<string> = new Set([
  'assert',
  'state',
  'note',
  'emphasize',
  'echo',
  'deny',
  'accuse',
  'restate',
  'confirm',
  'retract',
  'reject',
])

const isAuthorVoice = (r: Report.ReportData, s: Statement.Statement): boolean =>
  s.speakers.every((x) => x === r.author)

/** Ids of the actors that are sources (they speak, are quoted or pass a claim on): the only ones source rules look at. */
const SOURCES = Symbol('sources')
const sources = (ctx: V.Context): ReadonlySet<string> =>
  ctx.memo(SOURCES, (r) => new Set<string>(Report.sources(r)))

/**
 * The actors each actor is directly tied to, both ways: relations, offices, affiliations
 * and collective membership. Linear in the number of ties.
 */
const TIES = Symbol('ties')
const ties = (ctx: V.Context): ReadonlyMap<string, ReadonlySet<string>> =>
  ctx.memo(TIES, (r) => {
    const out = new Map<string, Set<string>>()
    const tie = (a: string, b: string) => {
      let s = out.get(a)
      if (s === undefined) out.set(a, (s = new Set()))
      s.add(b)
      let t = out.get(b)
      if (t === undefined) out.set(b, (t = new Set()))
      t.add(a)
    }
    for (const a of r.actors) {
      for (const rel of a.relations ?? []) tie(a.id, rel.target)
      if (a.kind === 'person')
        for (const o of a.offices ?? []) if (o.in !== undefined) tie(a.id, o.in)
      if (a.kind === 'outlet') for (const x of a.affiliations ?? []) tie(a.id, x)
      if (a.kind === 'anonymous' && a.affiliation !== undefined) tie(a.id, a.affiliation)
      if (a.kind === 'anonymous')
        for (const p of a.proximity ?? []) if (p.actor !== undefined) tie(a.id, p.actor)
      if (a.kind === 'collective') for (const m of a.members) tie(a.id, m)
    }
    return out
  })

const tied = (ctx: V.Context, a: string, b: string): boolean =>
  a === b || ties(ctx).get(a)?.has(b) === true

/** Relations that put two actors on one side (alignment and links do not). */
const SAME_SIDE: ReadonlySet<string> = new Set(['part_of', 'acts_for', 'member_of'])

/**
 * Sides: actors joined by membership, office, affiliation or a collective, or sharing a
 * country code, fall on one side (a union-find over the actors, near-linear).
 */
const SIDES = Symbol('sides')
const side = (ctx: V.Context): ((id: string) => string) =>
  ctx.memo(SIDES, (r) => {
    const parent = new Map<string, string>()
    const find = (x: string): string => {
      let root = x
      for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p
      // path compression
      let y = x
      while (y !== root) {
        const next = parent.get(y)!
        parent.set(y, root)
        y = next
      }
      return root
    }
    const union = (a: string, b: string) => {
      const x = find(a)
      const y = find(b)
      if (x !== y) parent.set(x, y)
    }
    for (const a of r.actors) {
      for (const rel of a.relations ?? []) if (SAME_SIDE.has(rel.kind)) union(a.id, rel.target)
      if (a.kind === 'person')
        for (const o of a.offices ?? []) if (o.in !== undefined) union(a.id, o.in)
      if (a.kind === 'anonymous' && a.affiliation !== undefined) union(a.id, a.affiliation)
      if (a.kind === 'collective') for (const m of a.members) union(a.id, m)
    }
    const byCountry = new Map<string, string>()
    for (const a of r.actors) {
      const country = 'country' in a ? a.country : undefined
      if (country === undefined) continue
      const first = byCountry.get(country)
      if (first === undefined) byCountry.set(country, a.id)
      else union(first, a.id)
    }
    return find
  })

/**
 * Whether a threat's enforcers are all off its issuers' side (a warning, not a threat),
 * following actor relations: once per threat, on sides computed once per report.
 */
const SIDES_OF_THREATS = Symbol('threat sides')
const THIRD_PARTY = Symbol('third-party')
const thirdParty = (ctx: V.Context, t: Threat.Threat): boolean => {
  const memo = ctx.memo(THIRD_PARTY, () => new Map<string, boolean>())
  const known = memo.get(t.id)
  if (known !== undefined) return known
  const answer = Threat.hasThirdPartyEnforcer(ctx.memo(SIDES_OF_THREATS, Threat.sides))(t)
  memo.set(t.id, answer)
  return answer
}

/** The ICD 203 band of a likelihood: its own, or the one its cue expresses. */
const bandOf = (l: Likelihood.Likelihood): Likelihood.Band | undefined => {
  if (l.band !== undefined) return l.band
  if (l.cue === undefined) return undefined
  const known = Likelihood.fromCue(l.cue)
  return O.isSome(known) ? known.value.band : undefined
}

/**
 * Visits the likelihoods of a proposition in the order `Proposition.likelihoods` lists
 * them, with a function that gives each one's path when asked; iterative, so that no
 * nesting of hand-built data can overflow the stack.
 */
interface Step {
  readonly p: Proposition.Proposition
  readonly up: Step | undefined
  readonly key: ReadonlyArray<string | number>
}
const pathOf = (s: Step | undefined): Array<string | number> => {
  const parts: Array<ReadonlyArray<string | number>> = []
  for (let x = s; x !== undefined; x = x.up) parts.push(x.key)
  return parts.reverse().flat()
}
const eachLikelihood = (
  p: Proposition.Proposition,
  f: (l: Likelihood.Likelihood, path: () => Array<string | number>) => void,
): void => {
  const stack: Step[] = [{ p, up: undefined, key: [] }]
  while (stack.length > 0) {
    const s = stack.pop()!
    const q = s.p
    switch (q.kind) {
      case 'occurs':
        break
      case 'and':
      case 'or':
        for (let i = q.operands.length - 1; i >= 0; i--)
          stack.push({ p: q.operands[i]!, up: s, key: ['operands', i] })
        break
      case 'epistemic':
        f(q.likelihood, () => [...pathOf(s), 'likelihood'])
        stack.push({ p: q.operand, up: s, key: ['operand'] })
        break
      default:
        stack.push({ p: q.operand, up: s, key: ['operand'] })
    }
  }
}

/** The distinct bands of a list of likelihoods, in order of first use. */
const addBand = (bands: Likelihood.Band[], l: Likelihood.Likelihood | undefined): void => {
  if (l === undefined) return
  const b = bandOf(l)
  if (b !== undefined && !bands.includes(b)) bands.push(b)
}

/** A threat's bands (its likelihood and its consequence's), computed once per threat. */
const THREAT_BANDS = Symbol('threat-bands')
const threatBands = (ctx: V.Context, t: Threat.Threat): ReadonlyArray<Likelihood.Band> => {
  const memo = ctx.memo(THREAT_BANDS, () => new Map<string, ReadonlyArray<Likelihood.Band>>())
  const known = memo.get(t.id)
  if (known !== undefined) return known
  const bands: Likelihood.Band[] = []
  addBand(bands, t.likelihood)
  eachLikelihood(t.consequence, (l) => addBand(bands, l))
  memo.set(t.id, bands)
  return bands
}

const showBands = (bands: ReadonlyArray<Likelihood.Band>) => bands.join(', ').replace(/_/g, ' ')

/** Lower case, no diacritics or punctuation: how names are compared. */
const normName = (s: string): string => {
  // eslint-disable-next-line no-control-regex
  const plain = /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKD').replace(/\p{M}/gu, '')
  const words = plain
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return words.startsWith('the ') ? words.slice(4) : words
}

/**
 * Every actor id the report refers to, wherever a reference field is (derived from the
 * report's description, so fields added to the format are counted).
 */
const USED = Symbol('used')
const usedActors = (ctx: V.Context): ReadonlySet<string> =>
  ctx.memo(USED, (r) => {
    const used = new Set<string>()
    for (const ref of C.references(Report.Structure)(r)) if (ref.to === 'actor') used.add(ref.id)
    return used
  })

// -------------------------------------------------------------------------------------
// the rules: attribution
// -------------------------------------------------------------------------------------

/**
 * `attribution/missing`.
 *
 * @category model
 * @since 0.1.0
 */
export const attributionMissing: Rule = define(
  {
    code: 'attribution/missing',
    kind: 'sourcing',
    severity: 'warning',
    set: 'standard',
    checks:
      "a statement not in the author's voice has an attribution chain (non-answers excepted: the report itself witnessed them)",
    why: 'readers must know how the report knows a claim (PARC; AP and Reuters sourcing standards)',
    fix: 'add the chain the article gives ({ chain: [{ source, cue: "told" }] }); if the article gives none, the finding stands as the article\'s',
  },
  (emit) =>
    V.forEach(
      'statements',
      (ctx) =>
        ({ node: s, path }) =>
          s.attribution === undefined && !isAuthorVoice(ctx.report, s) && !Statement.isNonAnswer(s)
            ? [
                emit(
                  path,
                  `the report does not say how it knows that ${names(ctx, s.speakers)} did "${s.act.replace(/_/g, ' ')}"`,
                  s.id,
                ),
              ]
            : NONE,
    ),
)

/**
 * `attribution/anonymous-undescribed`.
 *
 * @category model
 * @since 0.1.0
 */
export const anonymousUndescribed: Rule = define(
  {
    code: 'attribution/anonymous-undescribed',
    kind: 'sourcing',
    severity: 'warning',
    set: 'standard',
    checks:
      'an anonymous source (one that speaks or passes a claim on) says whom it speaks for, or how it is placed to know ("familiar with", "close to")',
    why: "AP: describe an anonymous source's position and why it is reliable",
    fix: 'set the affiliation the article gives ("a U.S. official" → affiliation: the United States); if it gives none, the finding stands',
  },
  (emit) =>
    V.forEach(
      'actors',
      (ctx) =>
        ({ node: a, path }) =>
          a.kind === 'anonymous' &&
          a.affiliation === undefined &&
          (a.proximity === undefined || a.proximity.length === 0) &&
          sources(ctx).has(a.id)
            ? [
                emit(
                  path,
                  `the anonymous source ${quoted(a.description)} has no affiliation or proximity: say whom it speaks for, or how it is placed to know`,
                  a.id,
                ),
              ]
            : NONE,
    ),
)

/**
 * `attribution/single-anonymous-source`.
 *
 * @category model
 * @since 0.1.0
 */
export const singleAnonymousSource: Rule = define(
  {
    code: 'attribution/single-anonymous-source',
    kind: 'sourcing',
    severity: 'warning',
    set: 'standard',
    checks:
      'a claim does not rest on one anonymous person alone, unless the report says why the source is anonymous (a stated exception)',
    why: 'AP and Reuters require more than one anonymous source, or a stated exception',
    fix: 'record the reason the article gives for the anonymity (reasonForAnonymity: "was not authorised to speak publicly"); if it gives none, the finding stands; check the count if it says more than one',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      const first = s.attribution?.chain[0].source
      const a = first === undefined ? undefined : ctx.actor(first)
      return a?.kind === 'anonymous' && a.count === 1 && a.reasonForAnonymity === undefined
        ? [
            emit(
              path,
              `the claim rests on a single anonymous source: ${clip(a.description, 60)}`,
              s.id,
            ),
          ]
        : NONE
    }),
)

/**
 * The first reportative cue of a statement: in its hedges (`at` is the hedge's index), else
 * anywhere in its content (`at` is `'content'`): a proposition's likelihoods, or a stated
 * threat's likelihood and those of its condition and consequence (once per threat).
 */
const reportativeCue = (ctx: V.Context) => {
  const byThreat = new Map<string, string | undefined>()
  const inProposition = (p: Proposition.Proposition | undefined): string | undefined =>
    p === undefined ? undefined : Proposition.likelihoods(p).find((l) => isReportative(l.cue))?.cue
  const inThreat = (id: string): string | undefined => {
    if (byThreat.has(id)) return byThreat.get(id)
    const t = ctx.threat(id)
    const cue =
      t === undefined
        ? undefined
        : isReportative(t.likelihood?.cue)
          ? t.likelihood!.cue
          : (inProposition(t.consequence) ?? inProposition(t.condition))
    byThreat.set(id, cue)
    return cue
  }
  return (
    s: Statement.Statement,
  ): { readonly cue: string; readonly at: number | 'content' } | undefined => {
    const hedges = s.hedges
    if (hedges !== undefined) {
      const j = hedges.findIndex((h) => isReportative(h.cue))
      if (j >= 0) return { cue: hedges[j]!.cue!, at: j }
    }
    const c = s.content
    const cue =
      c.kind === 'proposition'
        ? inProposition(c.proposition)
        : c.kind === 'threat'
          ? inThreat(c.threat)
          : undefined
    return cue === undefined ? undefined : { cue, at: 'content' }
  }
}

/**
 * `attribution/unattributed-hedge`.
 *
 * @category model
 * @since 0.1.0
 */
export const unattributedHedge: Rule = define(
  {
    code: 'attribution/unattributed-hedge',
    kind: 'sourcing',
    severity: 'warning',
    set: 'standard',
    checks:
      'no hop of a chain is unattributed, and no reportative hedge ("reportedly", "allegedly"; in the hedges or the content) stands without a named reporter (an intermediary in the chain)',
    why: '"reportedly" hides who reported it; FactBank counts it as uncommitted',
    fix: "name the source if the article does; otherwise the finding stands as the article's",
  },
  (emit) =>
    V.forEach('statements', (ctx) => {
      const cueOf = reportativeCue(ctx)
      return ({ node: s, path }) => {
        const chain = s.attribution?.chain
        const hop = chain?.find((l) => l.source === undefined)
        if (hop !== undefined)
          return [
            emit(
              path,
              `the chain passes through an unattributed ${quoted(hop.cue ?? 'source', 40)}: who reported it?`,
              s.id,
            ),
          ]
        const hedge = cueOf(s)
        if (hedge === undefined || named(ctx, s)) return NONE
        return [
          emit(
            path,
            `the claim is hedged ${quoted(hedge.cue, 40)}, and nobody is named for it`,
            s.id,
          ),
        ]
      }
    }),
)

/**
 * Whether a link's source reports: someone other than the statement's speakers (an
 * intermediary), or an outlet, which reports what it publishes.
 */
const relays = (ctx: V.Context, s: Statement.Statement, l: Attribution.Link): boolean =>
  l.source !== undefined &&
  (s.speakers.length > 100 || !s.speakers.includes(l.source) || isOutlet(ctx.actor(l.source)))

/**
 * Whether the chain records that someone else reported the claim: an unattributed hop, a
 * reportative cue, or a reporter.
 */
const reported = (ctx: V.Context, s: Statement.Statement): boolean =>
  s.attribution?.chain.some(
    (l) => l.source === undefined || isReportative(l.cue) || relays(ctx, s, l),
  ) === true

/** Whether the chain names whoever reported the claim: a reporter, or a named reportative link. */
const named = (ctx: V.Context, s: Statement.Statement): boolean =>
  s.attribution?.chain.some(
    (l) => l.source !== undefined && (relays(ctx, s, l) || isReportative(l.cue)),
  ) === true

/** Per statement, whether a label occurs in its evidence or a link's: word n-grams, built once. */
const grams = (spans: ReadonlyArray<Evidence.Span> | undefined, lengths: ReadonlySet<number>) => {
  const out = new Set<string>()
  if (spans === undefined) return out
  for (const span of spans) {
    const ws = tokens(span.text)
    for (const n of lengths)
      for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '))
  }
  return out
}

/**
 * `attribution/outlet-affiliation`.
 *
 * @category model
 * @since 0.1.0
 */
export const outletAffiliation: Rule = define(
  {
    code: 'attribution/outlet-affiliation',
    kind: 'sourcing',
    severity: 'warning',
    set: 'standard',
    checks: 'a claim from an outlet with known affiliations quotes them with the claim',
    why: 'readers weigh "al-Akhbar, linked to Hezbollah" differently from "al-Akhbar"',
    fix: 'point the link\'s evidence at the words that name the affiliation ("linked to Hezbollah") if the article has them',
  },
  (emit) =>
    V.forEach('statements', (ctx) => {
      // each affiliate's label as words, once per actor
      const labels = new Map<string, string>()
      const labelOf = (id: string) => {
        let l = labels.get(id)
        if (l === undefined) {
          const a = ctx.actor(id)
          l = tokens(a === undefined ? id : Actor.label(a)).join(' ')
          labels.set(id, l)
        }
        return l
      }
      const outletOf = (l: { readonly source?: string }) => {
        const a = l.source === undefined ? undefined : ctx.actor(l.source)
        return a?.kind === 'outlet' && a.affiliations !== undefined && a.affiliations.length > 0
          ? a
          : undefined
      }
      return ({ node: s, path }) => {
        const chain = s.attribution?.chain
        if (chain === undefined) return NONE
        // the label lengths wanted by every outlet of the chain, so that the statement's
        // own words are cut into word sequences once
        let lengths: Set<number> | undefined
        for (const l of chain) {
          const a = outletOf(l)
          if (a !== undefined)
            for (const x of a.affiliations!)
              (lengths ??= new Set()).add(Math.min(8, labelOf(x).split(' ').length))
        }
        if (lengths === undefined) return NONE
        const own = grams(s.evidence, lengths)
        let out: V.Issue[] | undefined
        for (let j = 0; j < chain.length; j++) {
          const l = chain[j]!
          const a = outletOf(l)
          if (a === undefined) continue
          const link = grams(l.evidence, lengths)
          for (const affiliate of new Set(a.affiliations)) {
            const words = labelOf(affiliate)
            const key = words.split(' ').slice(0, 8).join(' ')
            if (words === '' || own.has(key) || link.has(key)) continue
            ;(out ??= []).push(
              emit(
                [...path, 'attribution', 'chain', j],
                `${clip(a.name, 60)} is affiliated with ${label(ctx, affiliate)}, but the claim does not say so`,
                s.id,
              ),
            )
          }
        }
        return out ?? NONE
      }
    }),
)

/**
 * `attribution/hedge-unrecorded`.
 *
 * @category model
 * @since 0.2.0
 */
export const hedgeUnrecorded: Rule = define(
  {
    code: 'attribution/hedge-unrecorded',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      'a statement hedged "reportedly", "allegedly", "is said to"… records in its chain who reported it: an intermediary, or a link with that cue (with or without a source); such a cue anywhere in the content (a stated threat\'s included) of a statement with no attribution at all is caught too',
    why: 'the hedge says someone else reported the claim; a chain without that hop says the report knows it first-hand',
    fix: 'append { cue: "reportedly" } to the chain (or create { chain: [{ cue: "reportedly" }] }), with the source if the article names one',
  },
  (emit) =>
    V.forEach('statements', (ctx) => {
      const cueOf = reportativeCue(ctx)
      return ({ node: s, path }) => {
        const found = cueOf(s)
        if (found === undefined) return NONE
        const chain = s.attribution?.chain
        // a hedge inside the content of an attributed claim may be the source's own
        // ("analysts said the group has reportedly…"): only a hedge of the statement asks
        // for the hop then
        if (reported(ctx, s) || (found.at === 'content' && chain !== undefined)) return NONE
        const { cue, at } = found
        const where = at === 'content' ? ' in its content' : ''
        return [
          emit(
            [...path, ...(at === 'content' ? ['content'] : ['hedges', at])],
            chain === undefined
              ? `the statement is hedged ${quoted(cue, 40)}${where} but has no attribution chain: the words say someone reported it, and the data names nobody; add { chain: [{ cue: ${quoted(cue, 40)} }] }`
              : `the statement is hedged ${quoted(cue, 40)} but every hop of its chain is attributed: append { cue: ${quoted(cue, 40)} } for the hop the hedge stands for`,
            s.id,
          ),
        ]
      }
    }),
)

/**
 * `attribution/speaker-not-source`.
 *
 * @category model
 * @since 0.2.0
 */
export const speakerNotSource: Rule = define(
  {
    code: 'attribution/speaker-not-source',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      "a quote's chain starts at whoever said the words (or an actor tied to them); a claim of the speaker's own (assert, state, deny…) and a report pass through the speaker somewhere in the chain",
    why: 'the chain is how the words reached the report: it starts with whoever said them',
    fix: 'put the speaker first in the chain ({ source: speaker, cue: "said" }), or make the chain\'s first source the speaker if the words are theirs',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      const chain = s.attribution?.chain
      if (chain === undefined || isAuthorVoice(ctx.report, s)) return NONE
      const voices: ReadonlyArray<string> =
        s.wordsBy === undefined ? s.speakers : [...s.speakers, ...s.wordsBy]
      const speaks = (x: string) => voices.some((p) => tied(ctx, x, p))
      if (s.act === 'report') {
        if (s.speakers.length > 100) return NONE
        return chain.some((l) => l.source !== undefined && speaks(l.source))
          ? NONE
          : [
              emit(
                [...path, 'attribution', 'chain'],
                `${names(ctx, s.speakers)} reports the claim, but is not in its chain: add it as the hop that passed the claim on`,
                s.id,
              ),
            ]
      }
      if (s.quote === undefined && !ASSERTIVE.has(s.act)) return NONE
      const first = chain[0].source
      if (first === undefined || s.speakers.length > 100 || speaks(first)) return NONE
      // an assertion may rest on others the speaker cites ("citing witnesses"): the speaker
      // is then a later hop of the chain; a quote's chain starts with whoever said the words
      if (s.quote === undefined && chain.some((l) => l.source !== undefined && speaks(l.source)))
        return NONE
      return [
        emit(
          [...path, 'attribution', 'chain', 0, 'source'],
          `the ${s.quote === undefined ? 'claim' : 'quote'} is ${names(ctx, s.speakers)}'s, but its chain starts at ${label(ctx, first)}${s.quote === undefined ? ' and does not pass through the speaker' : ''}: put ${label(ctx, s.speakers[0])} in the chain, or make ${label(ctx, first)} the speaker`,
          s.id,
        ),
      ]
    }),
)

const isOutlet = (a: Actor.Actor | undefined): boolean =>
  a?.kind === 'outlet' || (a?.kind === 'organization' && a.sector === 'media')

/**
 * `attribution/chain-order`.
 *
 * @category model
 * @since 0.2.0
 */
export const chainOrder: Rule = define(
  {
    code: 'attribution/chain-order',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      "a chain runs from the original source to the outlet nearest the report: no person, official or body after an outlet, and not the report's own voice",
    why: 'a chain in the wrong order names the outlet as the original source',
    fix: 'reorder the links, original source first ("officials told Axios" is [officials, Axios]); drop the author, the implicit last hop',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      const chain = s.attribution?.chain
      if (chain === undefined) return NONE
      let out: V.Issue[] | undefined
      let outlet: string | undefined
      for (let j = 0; j < chain.length; j++) {
        const id = chain[j]!.source
        if (id === undefined) continue
        const a = ctx.actor(id)
        const at = [...path, 'attribution', 'chain', j, 'source']
        if (a?.kind === 'author') {
          ;(out ??= []).push(
            emit(
              at,
              "the report's own voice is the implicit last hop of every chain: remove it",
              s.id,
            ),
          )
        } else if (isOutlet(a)) outlet ??= id
        else if (outlet !== undefined && a !== undefined) {
          ;(out ??= []).push(
            emit(
              at,
              `${label(ctx, id)} comes after the outlet ${label(ctx, outlet)}: a chain starts at the original source, so move ${label(ctx, id)} before ${label(ctx, outlet)}`,
              s.id,
            ),
          )
        }
      }
      return out ?? NONE
    }),
)

/**
 * Words that say a source is anonymous. English, French, German, Spanish, Italian and
 * Portuguese.
 */
const ANONYMITY: ReadonlyArray<string> = [
  'familiar with',
  'condition of anonymity',
  'on condition that they not be named',
  'declined to be named',
  'asked not to be named',
  'requested anonymity',
  'not authorized to speak',
  'not authorised to speak',
  'unnamed',
  'anonymous',
  'sources said',
  'sources say',
  'according to sources',
  'couvert d’anonymat',
  "couvert d'anonymat",
  'sous couvert de l’anonymat',
  "sous couvert de l'anonymat",
  'requérant l’anonymat',
  "requérant l'anonymat",
  'bedingung der anonymität',
  'nicht namentlich genannt',
  'anonym bleiben',
  'condición de anonimato',
  'pidió no ser identificado',
  'pidió el anonimato',
  'condizione di anonimato',
  'chiesto di restare anonimo',
  'condição de anonimato',
  'pediu para não ser identificado',
]

const ANONYMITY_WORDS: ReadonlyArray<readonly [string, string]> = ANONYMITY.map((w) => [
  w,
  ` ${tokens(w).join(' ')} `,
])

/** The first words of `ANONYMITY` in a text, if any (read up to 1,000 characters). */
const anonymityIn = (text: string): string | undefined => {
  const joined = ` ${tokens(text.length > 1000 ? text.slice(0, 1000) : text).join(' ')} `
  return ANONYMITY_WORDS.find(([, w]) => joined.includes(w))?.[0]
}

/**
 * `attribution/anonymity-lost`.
 *
 * @category model
 * @since 0.2.0
 */
export const anonymityLost: Rule = define(
  {
    code: 'attribution/anonymity-lost',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      'when the words that attribute a statement (its chain\'s cues and evidence, its own evidence) say the source is anonymous ("familiar with", "on condition of anonymity", "sous couvert d\'anonymat"), a speaker or a source of its chain is anonymous or unnamed',
    why: 'a named party put in the place of an anonymous source turns an unnamed claim into an on-record one',
    fix: 'make the anonymous source the speaker (an actor of kind "anonymous"), or the first source of the chain when a named actor passed the claim on',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      if (isAuthorVoice(ctx.report, s)) return NONE
      const anonymous = (id: string | undefined) => {
        const a = id === undefined ? undefined : ctx.actor(id)
        return a !== undefined && !Actor.isIdentified(a)
      }
      const chain = s.attribution?.chain ?? []
      if (s.speakers.some(anonymous) || chain.some((l) => anonymous(l.source))) return NONE
      let words: string | undefined
      for (const l of chain) {
        words ??= l.cue === undefined ? undefined : anonymityIn(l.cue)
        for (const e of l.evidence ?? []) words ??= anonymityIn(e.text)
      }
      for (const e of s.evidence ?? []) words ??= anonymityIn(e.text)
      if (words === undefined) return NONE
      return [
        emit(
          [...path, 'speakers', 0],
          `the words that attribute the statement say its source is anonymous (${quoted(words)}), but its speakers (${names(ctx, s.speakers)}) are named and no source of its chain is anonymous: make the anonymous source the speaker, or the chain's first source`,
          s.id,
        ),
      ]
    }),
)

/**
 * `attribution/own-outlet`.
 *
 * @category model
 * @since 0.2.0
 */
export const ownOutlet: Rule = define(
  {
    code: 'attribution/own-outlet',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      "no statement is spoken by the outlet that publishes the report, and no chain starts at it: the outlet's own reporting is the report's voice",
    why: 'a claim given to the outlet that publishes it has lost the source that told it',
    fix: 'make the author the speaker for the outlet\'s own reporting ("the Ledger has learned"); make whoever told the outlet the speaker and the chain\'s source ("officials told the Ledger" is [officials])',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      const own = ctx.report.outlet
      if (own === undefined) return NONE
      const message = `${label(ctx, own)} publishes this report: its own reporting is the author's voice (make the author the speaker), and a claim someone told it is that source's (make them the speaker)`
      const speaker = s.speakers.indexOf(own)
      if (speaker >= 0) return [emit([...path, 'speakers', speaker], message, s.id)]
      const first = s.attribution?.chain[0].source
      return first === own
        ? [emit([...path, 'attribution', 'chain', 0, 'source'], message, s.id)]
        : NONE
    }),
)

// -------------------------------------------------------------------------------------
// the rules: actors
// -------------------------------------------------------------------------------------

/** The key under which two actors are the same: a state's country, a name, a Wikidata item. */
const identities = (a: Actor.Actor): ReadonlyArray<string> => {
  const out: string[] = []
  if (a.external?.wikidata !== undefined) out.push(`wikidata ${a.external.wikidata}`)
  switch (a.kind) {
    case 'state':
      out.push(`state ${a.country}`)
      break
    case 'person':
    case 'outlet':
      out.push(`${a.kind} ${normName(a.name)}`)
      break
    case 'organization':
      out.push(`organization ${normName(a.name)} ${a.country ?? ''}`)
      break
    default:
  }
  return out
}

/** The words of a name, lower-case, without accents, dots or a leading "the" (hyphens kept). */
const nameWords = (s: string): string[] => {
  const words = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,'’"]/g, '')
    .split(/\s+/u)
    .filter((w) => w !== '')
  return words[0] === 'the' ? words.slice(1) : words
}

/** A name written as initials ("EU", "the W.H.O."), as upper-case letters, or undefined. */
const acronymOf = (name: string): string | undefined => {
  const bare = name.trim().replace(/^the\s+/iu, '')
  return /^(?:\p{Lu}\.?){2,}$/u.test(bare) ? bare.replace(/\./g, '') : undefined
}

/** The initials of a name's capitalised words ("the European Union" is "EU"), when it has two or more. */
const initialsOf = (name: string): string | undefined => {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/^the\s+/iu, '')
    .split(/\s+/u)
  const named = words.filter((w) => /^\p{L}/u.test(w))
  // every word that is not lower-case counts: "eBay Marketplace" has no initials
  const capitals = named.filter((w) => w !== w.toLowerCase())
  return capitals.length >= 2 && capitals.every((w) => /^\p{Lu}/u.test(w))
    ? capitals.map((w) => w[0]!).join('')
    : undefined
}

/** An actor's short form and long forms: initials and names they abbreviate, a surname alone and full names. */
const forms = (
  a: Actor.Actor,
): { readonly short?: string; readonly long?: string; readonly how: string } | undefined => {
  switch (a.kind) {
    case 'organization':
    case 'outlet': {
      const acronym = acronymOf(a.name)
      if (acronym !== undefined) return { short: `${a.kind} ${acronym}`, how: 'its initials' }
      const initials = initialsOf(a.name)
      return initials === undefined ? undefined : { long: `${a.kind} ${initials}`, how: 'in full' }
    }
    case 'person': {
      const words = nameWords(a.name)
      if (words.length === 1) return { short: `person ${words[0]!}`, how: 'its surname' }
      return words.length > 1
        ? { long: `person ${words[words.length - 1]!}`, how: 'in full' }
        : undefined
    }
    default:
      return undefined
  }
}

const countryOf = (a: Actor.Actor): string | undefined =>
  a.kind === 'organization' || a.kind === 'outlet' ? a.country : undefined

/**
 * Actors that are another under a short form: for each actor flagged, the index of the
 * actor it repeats and how. A short form that fits two different long forms is ambiguous
 * and matches neither. Linear in the number of actors.
 */
const ALIASES = Symbol('aliases')
const aliases = (ctx: V.Context) =>
  ctx.memo(ALIASES, (r) => {
    // the long forms of each key: the first actor, and whether two different names share it
    const longs = new Map<
      string,
      { readonly at: number; readonly name: string; ambiguous: boolean }
    >()
    const shorts: Array<readonly [number, string]> = []
    r.actors.forEach((a, i) => {
      const f = forms(a)
      if (f?.short !== undefined) shorts.push([i, f.short])
      if (f?.long === undefined || !('name' in a)) return
      const name = normName(a.name)
      const seen = longs.get(f.long)
      if (seen === undefined) longs.set(f.long, { at: i, name, ambiguous: false })
      else if (seen.name !== name) seen.ambiguous = true
    })
    const out = new Map<number, number>()
    for (const [i, key] of shorts) {
      const long = longs.get(key)
      if (long === undefined || long.ambiguous) continue
      const a = countryOf(r.actors[i]!)
      const b = countryOf(r.actors[long.at]!)
      if (a !== undefined && b !== undefined && a !== b) continue
      if (i > long.at) out.set(i, long.at)
      else if (!out.has(long.at)) out.set(long.at, i)
    }
    return out
  })

/**
 * `actor/duplicate`.
 *
 * @category model
 * @since 0.2.0
 */
export const actorDuplicate: Rule = define(
  {
    code: 'actor/duplicate',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      'no person, outlet or organization appears twice under two ids (same name; an organization or outlet under its initials, "the EU" and "the European Union"; a person under the surname alone, "Aral" and "Defne Aral", unless the short form fits two actors), no state twice (same country code), no two actors share a Wikidata item',
    why: 'one actor under two ids splits its statements and hides that it is one voice',
    fix: 'keep one id, point every reference at it, and remove the other actor',
  },
  (emit) =>
    V.forEach('actors', (ctx) => {
      const first = new Map<string, number>()
      return ({ node: a, path }) => {
        const i = path[1] as number
        for (const key of identities(a)) {
          const j = first.get(key)
          if (j === undefined) first.set(key, i)
          else if (j !== i)
            return [
              emit(
                path,
                `${quoted(Actor.label(a), 60)} is the same ${a.kind} as actors/${j}: keep one id and point every reference at it`,
                a.id,
              ),
            ]
        }
        const j = aliases(ctx).get(i)
        if (j === undefined) return NONE
        const other = ctx.report.actors[j]!
        return [
          emit(
            path,
            `${quoted(Actor.label(a), 60)} is the same ${a.kind} as actors/${j} (${quoted(Actor.label(other), 60)}), ${forms(a)?.how ?? 'by name'}: keep one id and point every reference at it`,
            a.id,
          ),
        ]
      }
    }),
)

/**
 * `actor/not-a-state`.
 *
 * @category model
 * @since 0.2.0
 */
export const notAState: Rule = define(
  {
    code: 'actor/not-a-state',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      "a state's name is a name of its country (ISO name, capital, common alias, demonym or initials): an outlet or a body typed as a state is caught",
    why: '"Axios" typed as a state with code USA speaks as the United States',
    fix: "give the actor its kind (outlet, organization, person), or the state its country's name",
  },
  (emit) =>
    V.actors(({ node: a, path }) =>
      a.kind === 'state' && Country.isAssigned(a.country) && !Country.nameMatches(a.country, a.name)
        ? [
            emit(
              path,
              `${quoted(a.name, 60)} is not a name of ${a.country} (${pipe(
                Country.name(a.country),
                O.getOrElse(() => a.country),
              )}): if it is an outlet, a body or a person, give it that kind; otherwise check the country code`,
              a.id,
            ),
          ]
        : NONE,
    ),
)

const ROLE_WORDS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'minister',
  'diplomat',
  'diplomats',
  'officer',
  'officers',
  'commander',
  'aide',
  'aides',
  'adviser',
  'advisor',
  'person',
  'people',
  'member',
  'members',
  'analyst',
  'expert',
  'insider',
  'negotiator',
  'envoy',
  'senior',
  'resident',
  'witness',
  'witnesses',
  'employee',
  'staffer',
  'lawmaker',
  'legislator',
  'leader',
  'fighter',
  'militant',
  'activist',
  'journalist',
  'correspondent',
])

const PERSON_NAMES = Symbol('person names')

/** Particles of personal names ("al-", "bin", "van"): lower case, yet part of a name. */
const PARTICLE = /^(?:al|el|bin|ibn|bint|van|von|der|de|da|di|du|la|le)(?:-\p{Lu}[\p{L}'’-]*)?$/u

/** A description that reads as a personal name: two to four capitalised words or particles, none a role. */
const looksLikeName = (description: string): boolean => {
  const ws = description.trim().split(/\s+/)
  if (ws.length < 2 || ws.length > 4) return false
  let capitalised = 0
  for (const w of ws) {
    if (ROLE_WORDS.has(w.toLowerCase())) return false
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(w) && /\p{Ll}/u.test(w)) capitalised++
    else if (!PARTICLE.test(w)) return false
  }
  return (
    capitalised >= 1 && capitalised + (ws.length - capitalised) >= 2 && capitalised >= ws.length - 1
  )
}

/**
 * `actor/anonymous-named`.
 *
 * @category model
 * @since 0.2.0
 */
export const anonymousNamed: Rule = define(
  {
    code: 'actor/anonymous-named',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      "an anonymous source's description is not a personal name (nor the name of a person in the report)",
    why: 'a named speaker is on the record: typing it anonymous raises false sourcing findings and hides the name',
    fix: 'make it a person with that name (kind "person"), or describe the source as the article does ("a senior official")',
  },
  (emit) =>
    V.forEach('actors', (ctx) => {
      // built when the first anonymous actor is met
      const people = () =>
        ctx.memo(
          PERSON_NAMES,
          (r) => new Set(r.actors.flatMap((a) => (a.kind === 'person' ? [normName(a.name)] : []))),
        )
      return ({ node: a, path }) =>
        a.kind === 'anonymous' &&
        (people().has(normName(a.description)) || looksLikeName(a.description))
          ? [
              emit(
                path,
                `the anonymous source is described as ${quoted(a.description, 60)}, which is a personal name: make it a person, or describe the source as the article does`,
                a.id,
              ),
            ]
          : NONE
    }),
)

const countryIssue = (code: string): string | undefined => {
  if (Country.isAssigned(code) || Country.isUserAssigned(code)) return undefined
  const meant = Country.suggest(code)
  return `"${clip(code, 10)}" is not an ISO 3166-1 alpha-3 code${
    O.isSome(meant)
      ? `: did you mean "${meant.value}" (${pipe(
          Country.name(meant.value),
          O.getOrElse(() => 'user-assigned'),
        )})?`
      : ' (nor one reserved for user assignment, such as XKX)'
  }`
}

/**
 * `actor/unknown-country`.
 *
 * @category model
 * @since 0.2.0
 */
export const unknownCountry: Rule = define(
  {
    code: 'actor/unknown-country',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      'every country code (of a state, organization, outlet or place) is an assigned ISO 3166-1 alpha-3 code, or one reserved for user assignment (XKX)',
    why: 'a code that names no country (an IOC code such as GER, a typo) breaks every export and join by country',
    fix: 'use the ISO 3166-1 alpha-3 code (DEU, not GER); for a place the table lacks, a user-assigned code (XKX for Kosovo)',
  },
  (emit) =>
    V.concatAll(
      V.actors(({ node: a, path }) => {
        const country = 'country' in a ? a.country : undefined
        const problem = country === undefined ? undefined : countryIssue(country)
        return problem === undefined ? NONE : [emit([...path, 'country'], problem, a.id)]
      }),
      V.events(({ node: e, path }) => {
        let out: V.Issue[] | undefined
        e.places?.forEach((p, j) => {
          const problem = p.country === undefined ? undefined : countryIssue(p.country)
          if (problem !== undefined)
            (out ??= []).push(emit([...path, 'places', j, 'country'], problem, e.id))
        })
        return out ?? NONE
      }),
    ),
)

/**
 * `actor/unused`.
 *
 * @category model
 * @since 0.2.0
 */
export const actorUnused: Rule = define(
  {
    code: 'actor/unused',
    kind: 'defect',
    severity: 'info',
    set: 'standard',
    checks:
      'every actor is referred to by something: an event, a statement, a chain, a threat or another actor',
    why: 'an actor nothing refers to is a leftover, or a reference that was lost',
    fix: 'point the reference that was meant at it, or remove it',
  },
  (emit) =>
    V.forEach(
      'actors',
      (ctx) =>
        ({ node: a, path }) =>
          usedActors(ctx).has(a.id)
            ? NONE
            : [emit(path, `nothing in the report refers to ${quoted(Actor.label(a), 60)}`, a.id)],
    ),
)

// -------------------------------------------------------------------------------------
// the rules: statements and quotes
// -------------------------------------------------------------------------------------

/**
 * `statement/self-addressed`.
 *
 * @category model
 * @since 0.2.0
 */
export const statementSelfAddressed: Rule = define(
  {
    code: 'statement/self-addressed',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks: 'no speaker of a statement is also its addressee',
    why: 'an actor warning or urging itself is a speaker or addressee put in the wrong place',
    fix: 'check who spoke and to whom; remove the speaker from the addressees',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      if (s.addressees === undefined || s.addressees.length === 0) return NONE
      const speakers = new Set<string>(s.speakers)
      const j = s.addressees.findIndex((x) => speakers.has(x))
      return j < 0
        ? NONE
        : [
            emit(
              [...path, 'addressees', j],
              `${label(ctx, s.addressees[j]!)} is both a speaker and an addressee of the statement`,
              s.id,
            ),
          ]
    }),
)

/**
 * `statement/content-missing`.
 *
 * @category model
 * @since 0.2.0
 */
export const contentMissing: Rule = define(
  {
    code: 'statement/content-missing',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      'a statement whose act says something (deny, threaten, warn, assert…) has content, or quotes the words',
    why: 'a denial of nothing, a threat of nothing: the content was lost in extraction',
    fix: 'give the content: the proposition denied or asserted, or the threat ({ kind: "threat", threat })',
  },
  (emit) =>
    V.statements(({ node: s, path }) =>
      s.content.kind === 'none' && s.quote === undefined && !Statement.isNonAnswer(s)
        ? [
            emit(
              [...path, 'content'],
              `the act "${s.act.replace(/_/g, ' ')}" has no content: say what was ${s.act === 'deny' ? 'denied' : s.act === 'threaten' ? 'threatened' : 'said'}`,
              s.id,
            ),
          ]
        : NONE,
    ),
)

/**
 * `statement/non-answer-with-content`.
 *
 * @category model
 * @since 0.2.0
 */
export const nonAnswerWithContent: Rule = define(
  {
    code: 'statement/non-answer-with-content',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks: 'a non-answer (declined to comment) has no content',
    why: 'whoever declined to comment said nothing that can be a claim',
    fix: 'set content to { kind: "none" }, or, if something was said, use the act that says it',
  },
  (emit) =>
    V.statements(({ node: s, path }) =>
      Statement.isNonAnswer(s) && s.content.kind !== 'none'
        ? [
            emit(
              [...path, 'content'],
              `"${s.act.replace(/_/g, ' ')}" is a non-answer, but the statement has ${s.content.kind} content`,
              s.id,
            ),
          ]
        : NONE,
    ),
)

/** A statement's content and circumstances as one string with sorted keys, without its id. */
const fingerprint = (s: Statement.Statement): string => {
  const { id: _id, ...rest } = s
  return JSON.stringify(rest, (_k, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/**
 * `statement/duplicate`.
 *
 * @category model
 * @since 0.2.0
 */
export const statementDuplicate: Rule = define(
  {
    code: 'statement/duplicate',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks: 'no two statements are the same in everything but their id (evidence included)',
    why: 'one statement extracted twice counts one voice twice',
    fix: 'remove the copy, pointing any reply or nested statement at the one kept',
  },
  (emit) =>
    V.forEach('statements', () => {
      const seen = new Map<string, number>()
      return ({ node: s, path }) => {
        const key = fingerprint(s)
        const j = seen.get(key)
        if (j === undefined) {
          seen.set(key, path[1] as number)
          return NONE
        }
        return [emit(path, `the statement repeats statements/${j} in everything but its id`, s.id)]
      }
    }),
)

/**
 * `quote/speaker`.
 *
 * @category model
 * @since 0.1.0
 */
export const quoteSpeaker: Rule = define(
  {
    code: 'quote/speaker',
    kind: 'defect',
    severity: 'error',
    set: 'standard',
    checks: "a direct quote's speaker is an actor of the report other than its own voice",
    why: 'a quote without a speaker cannot be checked',
    fix: 'make the speaker whoever the article quotes (a named person, or an anonymous source as described)',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      if (s.quote === undefined) return NONE
      // the quote is in the words of wordsBy, else of the speakers
      const words = Statement.wordsOf(s)
      const j = words.findIndex((x) => {
        const a = ctx.actor(x)
        return a === undefined || a.kind === 'author'
      })
      return j < 0
        ? NONE
        : [
            emit(
              [...path, s.wordsBy === undefined ? 'speakers' : 'wordsBy', j],
              'a direct quote needs a speaker other than the report itself',
              s.id,
            ),
          ]
    }),
)

/**
 * `quote/verbatim`.
 *
 * @category model
 * @since 0.1.0
 */
export const quoteVerbatim: Rule = define(
  {
    code: 'quote/verbatim',
    kind: 'defect',
    severity: 'error',
    set: 'standard',
    checks: "a direct quote's words occur verbatim in its evidence",
    why: "a quote must be the speaker's exact words",
    fix: 'copy the quote from the text exactly, or point the evidence at the sentence that has it',
  },
  (emit) =>
    V.statements(({ node: s, path }) =>
      s.quote === undefined || (s.evidence ?? []).some((e) => e.text.includes(s.quote!))
        ? NONE
        : [
            emit(
              [...path, 'quote'],
              "the quoted words do not occur verbatim in the statement's evidence",
              s.id,
            ),
          ],
    ),
)

// -------------------------------------------------------------------------------------
// the rules: events and time
// -------------------------------------------------------------------------------------

/**
 * `event/agent-is-target`.
 *
 * @category model
 * @since 0.2.0
 */
export const agentIsTarget: Rule = define(
  {
    code: 'event/agent-is-target',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks: 'no actor is both an agent and a target of one event',
    why: 'an actor attacking or pressing itself is an agent or target put in the wrong place',
    fix: 'check who acted and on whom; remove the actor from one of the lists',
  },
  (emit) =>
    V.forEach('events', (ctx) => ({ node: e, path }) => {
      if (e.agents === undefined || e.targets === undefined || e.targets.length === 0) return NONE
      const agents = new Set<string>(e.agents)
      const j = e.targets.findIndex((x) => agents.has(x))
      return j < 0
        ? NONE
        : [
            emit(
              [...path, 'targets', j],
              `${label(ctx, e.targets[j]!)} is both an agent and a target of the event`,
              e.id,
            ),
          ]
    }),
)

/** Relation kinds whose target comes before the event (edge e → target in "after" terms). */
const BACKWARD: ReadonlySet<string> = new Set(['retaliation_for', 'response_to'])
/** Relation kinds whose target comes after the event. */
const FORWARD: ReadonlySet<string> = new Set(['preparation_for'])
/** Relation kinds that nest an event in another: they must not loop. */
const NESTING: ReadonlySet<string> = new Set(['part_of', 'instance_of', 'by_means_of'])

/**
 * Reports each edge that closes a cycle in a graph of `n` nodes, by an iterative
 * depth-first search (linear, stack-safe). `edges(i)` lists node i's out-edges as
 * [target, tag] pairs; `found(i, tag)` reports the edge.
 */
const cycles = (
  n: number,
  edges: (i: number) => ReadonlyArray<readonly [number, number]>,
  found: (from: number, tag: number) => void,
): void => {
  const state = new Uint8Array(n)
  const nodes: number[] = []
  const next: number[] = []
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue
    nodes.push(root)
    next.push(0)
    state[root] = 1
    while (nodes.length > 0) {
      const top = nodes.length - 1
      const node = nodes[top]!
      const out = edges(node)
      const j = next[top]!
      if (j >= out.length) {
        state[node] = 2
        nodes.pop()
        next.pop()
        continue
      }
      next[top] = j + 1
      const [t, tag] = out[j]!
      if (state[t] === 1) found(node, tag)
      else if (state[t] === 0) {
        state[t] = 1
        nodes.push(t)
        next.push(0)
      }
    }
  }
}

/**
 * `event/relation-cycle`.
 *
 * @category model
 * @since 0.2.0
 */
export const relationCycle: Rule = define(
  {
    code: 'event/relation-cycle',
    kind: 'defect',
    severity: 'error',
    set: 'standard',
    checks:
      'no event is related to itself, responses and preparations never come round to their own start, and part_of / instance_of / by_means_of never loop',
    why: 'an event in retaliation for itself, or two events each answering the other, cannot both have come first',
    fix: 'reverse or remove the relation the issue points at (a response points back to its cause)',
  },
  (emit) =>
    V.withContext((ctx) => {
      const events = ctx.report.events
      const at = new Map<string, number>()
      events.forEach((e, i) => {
        if (!at.has(e.id)) at.set(e.id, i)
      })
      const out: V.Issue[] = []
      // "after" edges: e → c when e comes after c; tags pack (event index, relation index)
      const after: Array<Array<readonly [number, number]>> = events.map(() => [])
      const nest: Array<Array<readonly [number, number]>> = events.map(() => [])
      const where: Array<readonly [number, number]> = []
      events.forEach((e, i) => {
        e.relations?.forEach((rel, j) => {
          const t = at.get(rel.event)
          if (t === undefined) return
          if (t === i) {
            out.push(
              emit(
                ['events', i, 'relations', j],
                `"${clip(e.description, 60)}" is related to itself (${rel.kind.replace(/_/g, ' ')})`,
                e.id,
              ),
            )
            return
          }
          const tag = where.push([i, j]) - 1
          if (BACKWARD.has(rel.kind)) after[i]!.push([t, tag])
          else if (FORWARD.has(rel.kind)) after[t]!.push([i, tag])
          else if (NESTING.has(rel.kind)) nest[i]!.push([t, tag])
        })
      })
      const report = (what: string) => (_from: number, tag: number) => {
        const [i, j] = where[tag]!
        const e = events[i]!
        const rel = e.relations![j]!
        out.push(
          emit(
            ['events', i, 'relations', j],
            `this ${rel.kind.replace(/_/g, ' ')} relation closes a cycle: ${what}; reverse or remove it`,
            e.id,
          ),
        )
      }
      cycles(events.length, (i) => after[i]!, report('each event would come after itself'))
      cycles(events.length, (i) => nest[i]!, report('each event would be part of itself'))
      return out
    }),
)

/**
 * How each event is mentioned: 1 when only as possible, conditional or under a modality,
 * 2 when some statement asserts it outright. Linear in the size of the statements and
 * threats.
 */
const MENTIONS = Symbol('mentions')
const mentions = (ctx: V.Context): ReadonlyMap<string, 1 | 2> =>
  ctx.memo(MENTIONS, (r) => {
    const out = new Map<string, 1 | 2>()
    const mark = (id: string, factual: boolean) => {
      if (factual) out.set(id, 2)
      else if (!out.has(id)) out.set(id, 1)
    }
    // presented as a fact: certain, probable, or reported ("reportedly" says who knows it,
    // not that it may not have happened)
    // a cue that looks ahead ("is expected to", "will") presents it as still to come
    const committed = (l: Likelihood.Likelihood) =>
      (l.factuality === 'CT+' ||
        l.factuality === 'PR+' ||
        l.factuality === 'Uu' ||
        l.factuality === 'CTu') &&
      !isAnticipation(l.cue)
    const walk = (p: Proposition.Proposition, factual: boolean) => {
      const stack: Array<readonly [Proposition.Proposition, boolean]> = [[p, factual]]
      while (stack.length > 0) {
        const [q, f] = stack.pop()!
        switch (q.kind) {
          case 'occurs':
            mark(q.event, f)
            break
          case 'and':
            for (const o of q.operands) stack.push([o, f])
            break
          case 'or':
            for (const o of q.operands) stack.push([o, false])
            break
          case 'epistemic':
            stack.push([q.operand, f && committed(q.likelihood)])
            break
          default:
            stack.push([q.operand, false])
        }
      }
    }
    for (const s of r.statements) {
      if (s.content.kind !== 'proposition') continue
      const hedged = s.hedges?.some((h) => !committed(h)) === true
      walk(s.content.proposition, !hedged && s.act !== 'deny')
    }
    for (const t of r.threats) {
      walk(t.consequence, false)
      if (t.condition !== undefined) walk(t.condition, false)
    }
    return out
  })

/** Relations from an event that occurred which presuppose the related event happened. */
const PRESUPPOSING: ReadonlySet<string> = new Set([...BACKWARD, ...NESTING])

/**
 * What the report holds about events beyond the statements: the events a threat demands or
 * would bring about, the events a relation from an occurred event presupposes, and the
 * words of the threats (their evidence and that of the statements stating them), merged
 * and sorted. n·log n in the size of the events, statements and threats.
 */
const SUPPORT = Symbol('status support')
const support = (ctx: V.Context) =>
  ctx.memo(SUPPORT, (r) => {
    const inThreat = new Set<string>()
    const presupposed = new Set<string>()
    // a response, even one only planned or anticipated, presupposes its cause ("planned as
    // retaliation for the October airstrike"); a hypothetical one does not ("if Iran attacks,
    // Israel would respond"); a part or a means presupposes its whole once it happened
    for (const e of r.events) {
      const happened = e.status === 'occurred' || e.status === 'ongoing'
      for (const rel of e.relations ?? [])
        if (
          (e.status !== 'hypothetical' && BACKWARD.has(rel.kind)) ||
          (happened && PRESUPPOSING.has(rel.kind))
        )
          presupposed.add(rel.event)
    }
    const spans: Array<readonly [number, number]> = []
    const stated = new Set<string>()
    for (const t of r.threats) {
      for (const p of [t.consequence, t.condition]) {
        const stack = p === undefined ? [] : [p]
        while (stack.length > 0) {
          const q = stack.pop()!
          if (q.kind === 'occurs') inThreat.add(q.event)
          else if (q.kind === 'and' || q.kind === 'or') stack.push(...q.operands)
          else stack.push(q.operand)
        }
      }
      for (const x of t.evidence ?? []) spans.push([x.start, x.end])
      stated.add(t.id)
    }
    for (const s of r.statements)
      if (s.content.kind === 'threat' && stated.has(s.content.threat))
        for (const x of s.evidence ?? []) spans.push([x.start, x.end])
    spans.sort((a, b) => a[0] - b[0])
    const words: Array<[number, number]> = []
    for (const [start, end] of spans) {
      const last = words[words.length - 1]
      if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end)
      else words.push([start, end])
    }
    /** Whether a span lies within the words of a threat, by binary search. */
    const threatWords = (span: Evidence.Span): boolean => {
      let lo = 0
      let hi = words.length - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const [a, b] = words[mid]!
        if (span.start < a) hi = mid - 1
        else if (span.start >= b) lo = mid + 1
        else return span.end <= b
      }
      return false
    }
    return { inThreat, presupposed, threatWords }
  })

/** Where a clause may begin: the words of a span are read from the last of these before it. */
const CLAUSE_BREAK = /[,;:()—–]/g

/** How many words before a span that nothing else mentions are read with it ("is expected to"). */
const LEAD_WORDS = 4
/** The words of a span read for anticipation when nothing mentions its event. */
const HEAD_WORDS = 6
/** Words that begin an event's aim ("efforts to prevent", "bemüht, … zu verhindern"). */
const PURPOSE: ReadonlySet<string> = new Set(['to', 'zu', 'um', 'pour', 'afin', 'para', 'per'])

/** Infinitive markers and auxiliaries that join a cue to the words of a span ("expected to", "could be"). */
const LINKS: ReadonlySet<string> = new Set(['to', 'be', 'de', 'zu', 'di', 'a', 'da', 'être', 'ser'])

/**
 * `event/status-unsupported`.
 *
 * @category model
 * @since 0.2.0
 */
export const statusUnsupported: Rule = define(
  {
    code: 'event/status-unsupported',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      "an event given status occurred (or ongoing, when it has evidence) is asserted by some statement (with a cue that does not look ahead) or presupposed by a relation (a response to it that is not hypothetical, or a part of it that occurred); otherwise it is not only what a threat demands or would bring about (anchored in the threat's words, or not at all), and has evidence whose sentence (the words just before it, when nothing mentions it) does not present it as possible, planned, threatened or conditional",
    why: 'an anticipated attack recorded as having happened is the costliest error an extraction can make',
    fix: 'give the status the article gives ("anticipated", "planned", "hypothetical"), or point the evidence at the words that say it happened',
  },
  (emit) =>
    V.forEach('events', (ctx) => ({ node: e, path }) => {
      if (e.status !== 'occurred' && e.status !== 'ongoing') return NONE
      const mentioned = mentions(ctx).get(e.id)
      // said to have happened: a statement asserts it, or an occurred event presupposes it
      if (mentioned === 2) return NONE
      const { inThreat, presupposed, threatWords } = support(ctx)
      if (presupposed.has(e.id)) return NONE
      const evidence = e.evidence ?? []
      // "if the blockade goes on": an ongoing event may be a condition of its own continuing,
      // so without evidence only an event said to have occurred is judged
      if (e.status === 'ongoing' && evidence.length === 0) return NONE
      const shown = evidence.length > 0 ? ` (${quoted(evidence[0]!.text, 60)})` : ''
      // the threat's words only: what a threat demands or would bring about has not happened
      // until the report says so
      if (inThreat.has(e.id) && evidence.every(threatWords))
        return [
          emit(
            [...path, 'status'],
            `"${clip(e.description, 60)}" has status "${e.status}", but the report mentions it only as what a threat demands or would bring about${shown}: give it the status the article gives, such as "hypothetical", until the report says it happened`,
            e.id,
          ),
        ]
      if (mentioned === undefined && evidence.length === 0) return NONE
      const text = ctx.report.text
      const sentences = text === undefined ? [] : sentencesOf(ctx)
      const sentence = (span: Evidence.Span): Evidence.Span | undefined => {
        const k = text === undefined ? -1 : sentenceAt(sentences, span.start)
        return k < 0 || sentences[k]!.end < span.end ? undefined : sentences[k]
      }
      // mentioned as possible: a span is read with its sentence ("an Israeli military
      // response" is anticipated in "the U.S. may not be able to prevent an Israeli military
      // response"); mentioned nowhere: a span is read with its clause ("is expected to
      // impose tariffs"), so that "which had threatened to" does not taint "shelled the base"
      const context =
        mentioned === 1
          ? (span: Evidence.Span) => sentence(span)?.text ?? span.text
          : (span: Evidence.Span) => {
              // the span's first words, up to a marker of purpose: what follows is the event's
              // own aim ("urging restraint to avoid a war" is not an anticipated urging)
              const ws = tokens(span.text)
              let end = 0
              while (end < ws.length && end < HEAD_WORDS && !PURPOSE.has(ws[end]!)) end++
              const head = ws.slice(0, end).join(' ')
              const s = sentence(span)
              if (s === undefined) return head
              const before = s.text.slice(
                Math.max(0, span.start - s.start - 200),
                span.start - s.start,
              )
              let from = 0
              for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + 1
              const lead = tokens(before.slice(from)).slice(-LEAD_WORDS)
              const last = lead.slice(-1).join(' ')
              // the lead governs the span only when it ends at a cue ("must repay", "or face
              // tariffs") or an infinitive marker ("is expected to impose", "menace de
              // fermer"): "will lift the provisional duties it imposed" reads the span alone
              const pair = lead.slice(-2)
              // the last two words a cue phrase ("or face"), not a cue word and another
              const phrase =
                pair.length === 2 && !isAnticipation(pair[0]) && isAnticipation(pair.join(' '))
              const governs = isAnticipation(last) || phrase || LINKS.has(last)
              return governs ? `${lead.join(' ')} ${head}` : head
            }
      if (!evidence.every((span) => isAnticipation(context(span)))) return NONE
      return [
        emit(
          [...path, 'status'],
          `"${clip(e.description, 60)}" has status "${e.status}", but the report only mentions it as possible, planned or conditional${shown}: give it the status the article gives, such as "anticipated"`,
          e.id,
        ),
      ]
    }),
)

/** Whether a time uses a date whose year is unstated. */
const yearless = (t: Time.Time): boolean => t.startsWith('XXXX')

const showTime = (t: Time.TimeRef): string => clip(typeof t === 'string' ? t : t.phrase, 40)

/**
 * Whether `a` is known to come before `b`, and on what reading: `undefined` when not;
 * otherwise a note for the message. Dates whose year is unstated take their year from the
 * publication date when the report has one; without one, two year-less dates are read as
 * lying in one year, unless the later month could be the next year's (a response in
 * January to a cause in December, less than half a year apart across New Year).
 */
const order = (
  published: Time.Time | undefined,
  a: Time.TimeRef,
  b: Time.TimeRef,
): string | undefined => {
  if (Time.compare(a, b, published) === 'before') return ''
  // a publication date whose year is unstated ("Oct. 3") supplies no year: the dates are
  // then read as lying in one year, as those of a wire story are
  if (published !== undefined && !yearless(published))
    return Time.compareWith({ publication: published, yearFromPublication: true })(a, b) ===
      'before'
      ? `, in the year the publication date (${published}) gives both`
      : undefined
  if (Time.compareWith({ sameYear: true })(a, b) !== 'before') return undefined
  if (
    typeof a === 'string' &&
    typeof b === 'string' &&
    a.startsWith('XXXX') &&
    b.startsWith('XXXX')
  ) {
    const next = `2002${a.slice(4)}`
    const prev = `2001${b.slice(4)}`
    if (Time.isTime(next) && Time.isTime(prev) && Time.range(next).lo - Time.range(prev).hi <= 183)
      return undefined
  }
  return `, reading the two dates, whose year is unstated, as lying in one year${published === undefined ? '' : ` (the publication date, ${published}, gives no year either)`}`
}

/**
 * The phrase of a relative time that the publication date must place, if the report cannot:
 * counted from the publication date (no anchor, or an anchor counted from it) while the
 * report gives none, or a weekday counted from a publication date without a year.
 */
const unplaced = (
  t: Time.TimeRef | undefined,
  published: Time.Time | undefined,
): string | undefined => {
  let at: Time.Anchor | undefined = t
  let phrase: string | undefined
  let weekday = false
  // follows the anchors (decoding bounds their depth) to the first that is not relative
  while (at !== undefined && typeof at !== 'string' && at.kind === 'relative') {
    phrase ??= at.phrase
    weekday ||= 'weekday' in at.shift
    at = at.anchor
  }
  if (phrase === undefined || at !== undefined) return undefined
  return published === undefined || (weekday && yearless(published)) ? phrase : undefined
}

/**
 * `time/relative-without-publication`.
 *
 * @category model
 * @since 0.2.0
 */
export const relativeWithoutPublication: Rule = define(
  {
    code: 'time/relative-without-publication',
    kind: 'defect',
    severity: 'info',
    set: 'standard',
    checks:
      'a relative time counted from the publication date ("by Friday", "two days ago") is in a report that gives its publication date, with a year when the time names a weekday',
    why: 'without the publication date a relative time cannot be placed: deadlines, replies and threat statuses that depend on it stay unknown',
    fix: 'add the report\'s "published" date as the article gives it (the dateline), or anchor the time to a date or an event; an article that gives no date leaves the finding standing',
  },
  (emit) => {
    const check = (
      t: Time.TimeRef | undefined,
      published: Time.Time | undefined,
      at: ReadonlyArray<string | number>,
      node: string,
    ): ReadonlyArray<V.Issue> => {
      const phrase = unplaced(t, published)
      return phrase === undefined
        ? NONE
        : [
            emit(
              at,
              `${quoted(phrase, 60)} is counted from the publication date, which the report does not give: add the report's "published" date (a year-less one, such as XXXX-05-12, does not place a weekday), or anchor the time to a date or an event`,
              node,
            ),
          ]
    }
    return V.concatAll(
      V.forEach(
        'events',
        (ctx) =>
          ({ node: e, path }) =>
            check(e.time, ctx.report.published, [...path, 'time'], e.id),
      ),
      V.forEach(
        'statements',
        (ctx) =>
          ({ node: s, path }) =>
            check(s.time, ctx.report.published, [...path, 'time'], s.id),
      ),
      V.forEach('threats', (ctx) => ({ node: t, path }) => [
        ...check(t.deadline, ctx.report.published, [...path, 'deadline'], t.id),
        ...check(t.window, ctx.report.published, [...path, 'window'], t.id),
      ]),
    )
  },
)

/**
 * `time/response-precedes-cause`.
 *
 * @category model
 * @since 0.1.0
 */
export const responsePrecedesCause: Rule = define(
  {
    code: 'time/response-precedes-cause',
    kind: 'defect',
    severity: 'error',
    set: 'standard',
    checks:
      'an event that retaliates for or responds to another is not dated before it, nor a statement before the statement it replies to (replyTo) or is about (a denial, confirmation or report of it), nor a threat first stated before the threat it answers or revises (a threat is first stated at its earliest dated statement); dates whose year is unstated are compared by their known parts, in the year the publication date gives them (unknown order is not a violation)',
    why: 'causes come first',
    fix: 'check both dates against the text; a response points back to its cause (swap the relation if it points the wrong way)',
  },
  (emit) =>
    V.concatAll(
      V.forEach('events', (ctx) => ({ node: e, path }) => {
        const relations = e.relations
        if (relations === undefined || e.time === undefined) return NONE
        let out: V.Issue[] | undefined
        for (let j = 0; j < relations.length; j++) {
          const rel = relations[j]!
          if (rel.kind !== 'retaliation_for' && rel.kind !== 'response_to') continue
          const cause = ctx.event(rel.event)
          if (cause?.time === undefined) continue
          const o = order(ctx.report.published, e.time, cause.time)
          if (o !== undefined) {
            ;(out ??= []).push(
              emit(
                [...path, 'relations', j],
                `"${clip(e.description, 60)}" (${showTime(e.time)}) is dated before "${clip(cause.description, 60)}" (${showTime(cause.time)}), which it ${rel.kind === 'retaliation_for' ? 'retaliates for' : 'responds to'}${o}`,
                e.id,
              ),
            )
          }
        }
        return out ?? NONE
      }),
      // a reply comes after what it replies to, and a statement about a statement (a
      // denial, confirmation or report of it) after that statement
      V.forEach('statements', (ctx) => ({ node: s, path }) => {
        if (s.time === undefined) return NONE
        let out: V.Issue[] | undefined
        const check = (id: string, at: ReadonlyArray<string>, how: string) => {
          const earlier = ctx.statement(id)
          if (earlier?.time === undefined) return
          const o = order(ctx.report.published, s.time!, earlier.time)
          if (o !== undefined)
            (out ??= []).push(
              emit(
                [...path, ...at],
                `the statement "${clip(s.id, 40)}" (${showTime(s.time!)}) is dated before the statement "${clip(earlier.id, 40)}" (${showTime(earlier.time)}), which it ${how}${o}`,
                s.id,
              ),
            )
        }
        if (s.replyTo !== undefined) check(s.replyTo, ['replyTo'], 'replies to')
        if (s.content.kind === 'statement')
          check(
            s.content.statement,
            ['content', 'statement'],
            `is about ("${s.act.replace(/_/g, ' ')}")`,
          )
        return out ?? NONE
      }),
      // a threat is first stated after the threat it answers or revises
      V.forEach('threats', (ctx) => ({ node: t, path }) => {
        if (t.answers === undefined && t.revises === undefined) return NONE
        const first = firstStated(ctx)
        const at = first.get(t.id)
        if (at === undefined) return NONE
        let out: V.Issue[] | undefined
        const check = (id: string, where: ReadonlyArray<string>, how: string) => {
          const earlier = first.get(id)
          if (earlier === undefined) return
          const o = order(ctx.report.published, at, earlier)
          if (o !== undefined)
            (out ??= []).push(
              emit(
                [...path, ...where],
                `the threat "${clip(t.id, 40)}" (first stated ${showTime(at)}) is stated before the threat "${clip(id, 40)}" (first stated ${showTime(earlier)}), which it ${how}${o}`,
                t.id,
              ),
            )
        }
        if (t.answers !== undefined)
          check(t.answers.threat, ['answers', 'threat'], `answers (as a ${t.answers.as})`)
        if (t.revises !== undefined) check(t.revises, ['revises'], 'revises')
        return out ?? NONE
      }),
    ),
)

const FIRST_STATED = Symbol('first stated')
/**
 * When each threat was first stated: the time of its earliest dated statement (the one
 * whose time begins first), built once per report. Linear in the statements. A date whose
 * year is unstated begins, for this choice, in the year the publication date gives it, or
 * in one same year when the publication date gives none; `order` then compares the chosen
 * dates as it compares any two.
 */
const firstStated = (ctx: V.Context): ReadonlyMap<string, Time.TimeRef> =>
  ctx.memo(FIRST_STATED, (r) => {
    const lo = new Map<string, number>()
    const first = new Map<string, Time.TimeRef>()
    const yearOf =
      r.published !== undefined && !yearless(r.published)
        ? Time.supplyYear(r.published)
        : (t: Time.TimeRef): Time.TimeRef => {
            const placed = typeof t === 'string' && yearless(t) ? `2001${t.slice(4)}` : undefined
            return placed !== undefined && Time.isTime(placed) ? placed : t
          }
    for (const s of r.statements) {
      if (s.content.kind !== 'threat' || s.time === undefined) continue
      const range = Time.resolve(yearOf(s.time), r.published)
      if (!range.known) continue
      const id = s.content.threat
      if (range.lo < (lo.get(id) ?? Infinity)) {
        lo.set(id, range.lo)
        first.set(id, s.time)
      }
    }
    return first
  })

// -------------------------------------------------------------------------------------
// the rules: threats
// -------------------------------------------------------------------------------------

/**
 * `threat/missing-condition`.
 *
 * @category model
 * @since 0.1.0
 */
export const threatMissingCondition: Rule = define(
  {
    code: 'threat/missing-condition',
    kind: 'defect',
    severity: 'info',
    set: 'standard',
    checks:
      'a threat states its condition (one with a deadline or time limit is threat/deadline-without-condition)',
    why: 'an unconditional threat gives no demand to comply with',
    fix: 'add the condition if the article gives one ("if Iraq fails to prevent…")',
  },
  (emit) =>
    V.threats(({ node: t, path }) =>
      t.condition === undefined && timeLimit(t) === undefined
        ? [emit(path, 'the threat states no condition', t.id)]
        : NONE,
    ),
)

/** A threat's deadline, window or time limit, as the message shows it. */
const timeLimit = (t: Threat.Threat): string | undefined =>
  t.deadline !== undefined
    ? `${t.deadlineBound ?? 'by'} ${showTime(t.deadline)}`
    : t.within !== undefined
      ? `within ${t.within}`
      : t.window !== undefined
        ? `a window of ${showTime(t.window)}`
        : undefined

/**
 * `threat/deadline-without-condition`.
 *
 * @category model
 * @since 0.2.0
 */
export const deadlineWithoutCondition: Rule = define(
  {
    code: 'threat/deadline-without-condition',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks: 'a threat with a deadline, a window or a time limit (within) states its condition',
    why: 'a deadline is a time to meet a demand by: without the condition, an ultimatum reads as an unconditional threat, and its status cannot be decided',
    fix: 'add the condition the deadline is for ("unless the fleet removes its nets by 30 June": not the nets removed), or remove the deadline if the text gives none',
  },
  (emit) =>
    V.threats(({ node: t, path }) => {
      if (t.condition !== undefined) return NONE
      const limit = timeLimit(t)
      return limit === undefined
        ? NONE
        : [
            emit(
              path,
              `the threat sets a ${t.deadline === undefined && t.within !== undefined ? 'time limit' : 'deadline'} (${limit}) but states no condition: what must be done by then? An ultimatum whose condition is lost reads as an unconditional threat`,
              t.id,
            ),
          ]
    }),
)

/**
 * `threat/missing-enforcer`.
 *
 * @category model
 * @since 0.1.0
 */
export const threatMissingEnforcer: Rule = define(
  {
    code: 'threat/missing-enforcer',
    kind: 'defect',
    severity: 'info',
    set: 'standard',
    checks: 'a threat names who would carry it out',
    why: 'a warning and a threat differ only in the enforcer',
    fix: 'add the enforcer if the article names one',
  },
  (emit) =>
    V.threats(({ node: t, path }) =>
      t.enforcer === undefined
        ? [emit(path, 'the threat does not say who would carry it out', t.id)]
        : NONE,
    ),
)

/** True when some conjunction requires an event both to occur and not to occur. */
const contradictory = (p: Proposition.Proposition): boolean => {
  const nnf = Proposition.simplify(p)
  const check = (q: Proposition.Proposition): boolean => {
    switch (q.kind) {
      case 'and': {
        const pos = new Set<string>()
        const neg = new Set<string>()
        for (const o of q.operands) {
          if (o.kind === 'occurs') pos.add(o.event)
          if (o.kind === 'not' && o.operand.kind === 'occurs') neg.add(o.operand.event)
        }
        for (const e of pos) if (neg.has(e)) return true
        return q.operands.some(check)
      }
      case 'or':
        return q.operands.every(check)
      case 'not':
      case 'occurs':
        return false
      default:
        return check(q.operand)
    }
  }
  return check(nnf)
}

/**
 * `threat/contradictory-condition`.
 *
 * @category model
 * @since 0.1.0
 */
export const threatContradictoryCondition: Rule = define(
  {
    code: 'threat/contradictory-condition',
    kind: 'defect',
    severity: 'error',
    set: 'standard',
    checks: 'a condition does not require an event both to occur and not occur',
    why: 'such a condition can never be met',
    fix: 'remove the negation that was added by mistake, or the operand that contradicts the other',
  },
  (emit) =>
    V.threats(({ node: t, path }) =>
      t.condition !== undefined && contradictory(t.condition)
        ? [
            emit(
              [...path, 'condition'],
              'the condition can never be met: it requires an event both to occur and not to occur',
              t.id,
            ),
          ]
        : NONE,
    ),
)

/**
 * `threat/valence-mismatch`.
 *
 * @category model
 * @since 0.2.0
 */
export const valenceMismatch: Rule = define(
  {
    code: 'threat/valence-mismatch',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      'a threat\'s consequence reads as a harm and a promise\'s as a benefit, from the words of its events ("lift sanctions" and "cut tariffs" are benefits, "suspend aid" a harm; not reverses); words that say neither, or disagree, draw nothing',
    why: 'a promise coded as a threat (or a threat as a promise) turns its demand and its status around',
    fix: 'set the valence the consequence implies ("positive" for relief, aid, a release; "negative" for strikes, sanctions, tariffs), or correct the consequence',
  },
  (emit) =>
    V.forEach('threats', (ctx) => ({ node: t, path }) => {
      const read = polarityOf(ctx.event)(t.consequence)
      const expected = t.valence === 'negative' ? 'harm' : 'benefit'
      if (read === undefined || read === expected) return NONE
      const words = Proposition.events(t.consequence)
        .slice(0, 2)
        .map((id) => quoted(ctx.event(id)?.description ?? id, 60))
        .join(', ')
      return [
        emit(
          [...path, 'valence'],
          `the consequence (${words}) reads as a ${read} to the addressee, but the valence is ${t.valence}: ${t.valence === 'negative' ? 'a promise (valence "positive") coded as a threat' : 'a threat (valence "negative") coded as a promise'}?`,
          t.id,
        ),
      ]
    }),
)

/**
 * `threat/act-mismatch`.
 *
 * @category model
 * @since 0.1.0
 */
export const threatActMismatch: Rule = define(
  {
    code: 'threat/act-mismatch',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      '"threaten" is used when the issuer\'s side enforces (offices, part_of, acts_for, member_of), "warn" when a third party does, "promise" only for a benefit, and neither for one',
    why: 'a warning is not a threat (CAMEO 130 vs 138), and a promise is not a threat',
    fix: 'use the act the enforcer and the valence imply ("warn" for a third party, "promise" for a benefit), or correct the enforcer',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      if (s.content.kind !== 'threat') return NONE
      const t = ctx.threat(s.content.threat)
      if (t === undefined) return NONE
      const at = [...path, 'act']
      if (t.valence === 'positive')
        return s.act === 'threaten' || s.act === 'warn'
          ? [
              emit(
                at,
                `the consequence benefits the addressee: this is a promise, not ${s.act === 'warn' ? 'a warning' : 'a threat'}`,
                s.id,
              ),
            ]
          : NONE
      if (s.act === 'promise')
        return [
          emit(at, 'the consequence harms the addressee: this is a threat, not a promise', s.id),
        ]
      if (t.enforcer === undefined) return NONE
      if (s.act === 'threaten' && thirdParty(ctx, t))
        return [
          emit(
            at,
            'the consequence would be carried out by a third party: this is a warning, not a threat',
            s.id,
          ),
        ]
      if (s.act === 'warn' && !thirdParty(ctx, t))
        return [
          emit(
            at,
            "the issuer's side would carry out the consequence itself: this is a threat, not a warning",
            s.id,
          ),
        ]
      return NONE
    }),
)

/**
 * `threat/ultimatum-without-deadline`.
 *
 * @category model
 * @since 0.1.0
 */
export const ultimatumWithoutDeadline: Rule = define(
  {
    code: 'threat/ultimatum-without-deadline',
    kind: 'defect',
    severity: 'info',
    set: 'standard',
    checks: 'a threat stated as a demand has a deadline',
    why: 'an ultimatum (CAMEO 139) is a demand with a deadline',
    fix: 'add the deadline if the article gives one ("by March 1")',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      if (s.act !== 'demand' || s.content.kind !== 'threat') return NONE
      const t = ctx.threat(s.content.threat)
      return t !== undefined && t.deadline === undefined
        ? [
            emit(
              path,
              'a demand backed by a threat is an ultimatum, but no deadline is given',
              s.id,
            ),
          ]
        : NONE
    }),
)

/**
 * `threat/self-addressed`.
 *
 * @category model
 * @since 0.2.0
 */
export const threatSelfAddressed: Rule = define(
  {
    code: 'threat/self-addressed',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks: 'no issuer or enforcer of a threat is also its addressee',
    why: 'a threat is made to someone else; an addressee among the issuers is a role in the wrong place',
    fix: 'check who issued the threat, who would carry it out and to whom it was made',
  },
  (emit) =>
    V.forEach('threats', (ctx) => ({ node: t, path }) => {
      const addressees = new Set<string>(t.addressee)
      let out: V.Issue[] | undefined
      for (const role of ['issuer', 'enforcer'] as const) {
        const list = t[role]
        const j = list?.findIndex((x) => addressees.has(x)) ?? -1
        if (j >= 0)
          (out ??= []).push(
            emit(
              [...path, role, j],
              `${label(ctx, list![j]!)} is both ${role} and addressee of the threat`,
              t.id,
            ),
          )
      }
      return out ?? NONE
    }),
)

/** The actors a proposition involves: its events' agents and targets, and modal agents. */
const involved = (ctx: V.Context, p: Proposition.Proposition): string[] => {
  const out: string[] = []
  const stack = [p]
  while (stack.length > 0) {
    const q = stack.pop()!
    switch (q.kind) {
      case 'occurs': {
        const e = ctx.event(q.event)
        if (e?.agents !== undefined) for (const a of e.agents) out.push(a)
        if (e?.targets !== undefined) for (const a of e.targets) out.push(a)
        break
      }
      case 'and':
      case 'or':
        for (const o of q.operands) stack.push(o)
        break
      case 'ability':
      case 'obligation':
        for (const a of q.agents) out.push(a)
        stack.push(q.operand)
        break
      default:
        stack.push(q.operand)
    }
  }
  return out
}

/**
 * `threat/condition-without-addressee`.
 *
 * @category model
 * @since 0.2.0
 */
export const conditionWithoutAddressee: Rule = define(
  {
    code: 'threat/condition-without-addressee',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      'a condition whose events name actors involves the addressee, or an actor on its side (part of it, acting for it, holding an office in it, of its country)',
    why: 'the demand is derived from the condition: a condition about others asks the addressee to do what it cannot',
    fix: "check the condition (often the addressee's failure to act: not(addressee prevents …)) and the addressee",
  },
  (emit) =>
    V.forEach('threats', (ctx) => ({ node: t, path }) => {
      if (t.condition === undefined) return NONE
      const actors = involved(ctx, t.condition)
      if (actors.length === 0) return NONE
      const sideOf = side(ctx)
      const sides = new Set(t.addressee.map(sideOf))
      if (actors.some((a) => sides.has(sideOf(a)))) return NONE
      return [
        emit(
          [...path, 'condition'],
          `the condition involves only ${names(ctx, [...new Set(actors)])}, not the addressee ${names(ctx, t.addressee)}: the demand derived from it would ask the addressee to bring about what others do`,
          t.id,
        ),
      ]
    }),
)

/**
 * `threat/condition-is-consequence`.
 *
 * @category model
 * @since 0.2.0
 */
export const conditionIsConsequence: Rule = define(
  {
    code: 'threat/condition-is-consequence',
    kind: 'defect',
    severity: 'error',
    set: 'standard',
    checks: 'a condition is not the consequence itself',
    why: '"if X happens, X happens" threatens nothing: one of the two was copied into the other',
    fix: 'give the condition what the addressee must do or avoid, and the consequence what would follow',
  },
  (emit) =>
    V.threats(({ node: t, path }) =>
      t.condition !== undefined &&
      Proposition.Eq.equals(Proposition.simplify(t.condition), Proposition.simplify(t.consequence))
        ? [emit([...path, 'condition'], 'the condition is the same as the consequence', t.id)]
        : NONE,
    ),
)

/**
 * `threat/window-before-deadline`.
 *
 * @category model
 * @since 0.2.0
 */
export const windowBeforeDeadline: Rule = define(
  {
    code: 'threat/window-before-deadline',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks: 'the window for the consequence does not end before the deadline for the condition',
    why: 'the consequence cannot be due before the addressee has had until the deadline to comply',
    fix: 'check the two dates; the window is when the consequence would follow by, the deadline when compliance is judged',
  },
  (emit) =>
    V.forEach(
      'threats',
      (ctx) =>
        ({ node: t, path }) =>
          t.window !== undefined &&
          t.deadline !== undefined &&
          Time.compare(t.window, t.deadline, ctx.report.published) === 'before'
            ? [
                emit(
                  [...path, 'window'],
                  'the window for the consequence ends before the deadline',
                  t.id,
                ),
              ]
            : NONE,
    ),
)

/**
 * `threat/unused`.
 *
 * @category model
 * @since 0.2.0
 */
export const threatUnused: Rule = define(
  {
    code: 'threat/unused',
    kind: 'defect',
    severity: 'info',
    set: 'standard',
    checks: 'every threat is stated by a statement, or revised by a later version',
    why: 'a threat nobody states is a leftover, or a statement that lost its content',
    fix: 'point the statement that states it at it ({ kind: "threat", threat }), or remove it',
  },
  (emit) =>
    V.forEach('threats', (ctx) => {
      const used = ctx.memo('rules/threats-used', (r) => {
        const s = new Set<string>()
        for (const x of r.statements) if (x.content.kind === 'threat') s.add(x.content.threat)
        for (const t of r.threats) if (t.revises !== undefined) s.add(t.revises)
        return s
      })
      return ({ node: t, path }) =>
        used.has(t.id) ? NONE : [emit(path, 'no statement states this threat', t.id)]
    }),
)

// -------------------------------------------------------------------------------------
// the rules: likelihood
// -------------------------------------------------------------------------------------

/**
 * `likelihood/mixed-bands`.
 *
 * @category model
 * @since 0.1.0
 */
export const mixedBands: Rule = define(
  {
    code: 'likelihood/mixed-bands',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      'the estimative terms of one claim (bands, or cues such as "likely" written alone) fall in one ICD 203 row; a threat\'s are checked once, at the threat',
    why: 'ICD 203: one claim, one expression of likelihood',
    fix: 'keep the term the article uses for this claim and remove the one that belongs to another claim',
  },
  (emit) =>
    V.concatAll(
      V.forEach('threats', (ctx) => ({ node: t, path }) => {
        const bands = threatBands(ctx, t)
        return bands.length > 1
          ? [
              emit(
                path,
                `the threat mixes estimative terms from different ICD 203 rows: ${showBands(bands)}`,
                t.id,
              ),
            ]
          : NONE
      }),
      V.forEach('statements', (ctx) => ({ node: s, path }) => {
        const own: Likelihood.Band[] = []
        s.hedges?.forEach((h) => addBand(own, h))
        if (s.content.kind === 'proposition')
          eachLikelihood(s.content.proposition, (l) => addBand(own, l))
        if (own.length === 0) return NONE
        const t = s.content.kind === 'threat' ? ctx.threat(s.content.threat) : undefined
        const theirs = t === undefined ? [] : threatBands(ctx, t)
        const added = theirs.length > 0 && own.some((b) => !theirs.includes(b))
        if (own.length < 2 && !added) return NONE
        const all = [...own]
        for (const b of theirs) if (!all.includes(b)) all.push(b)
        return [
          emit(
            path,
            `the claim mixes estimative terms from different ICD 203 rows: ${showBands(all)}`,
            s.id,
          ),
        ]
      }),
    ),
)

const LEVEL: Readonly<Record<Likelihood.Factuality, string>> = {
  'CT+': 'certain',
  'CT-': 'certain',
  CTu: 'certain',
  'PR+': 'probable',
  'PR-': 'probable',
  'PS+': 'possible',
  'PS-': 'possible',
  Uu: 'uncommitted',
}

/** Why a likelihood's cue and its values disagree, if they do. */
const cueProblem = (l: Likelihood.Likelihood): string | undefined => {
  if (l.cue === undefined) return undefined
  const known = Likelihood.fromCue(l.cue)
  if (O.isNone(known)) return undefined
  const k = known.value
  if (k.band !== undefined && l.band !== undefined && k.band !== l.band)
    return `the cue ${quoted(l.cue, 40)} is ICD 203 "${k.band.replace(/_/g, ' ')}", not "${l.band.replace(/_/g, ' ')}": set band "${k.band}" and factuality "${k.factuality}"`
  if (LEVEL[k.factuality] !== LEVEL[l.factuality])
    return `the cue ${quoted(l.cue, 40)} is ${LEVEL[k.factuality]} (${k.factuality}), not ${LEVEL[l.factuality]} (${l.factuality}): set factuality "${k.factuality}"${k.band === undefined ? '' : ` and band "${k.band}"`}, or use the article's words as the cue`
  return undefined
}

/**
 * `likelihood/cue-mismatch`.
 *
 * @category model
 * @since 0.2.0
 */
export const cueMismatch: Rule = define(
  {
    code: 'likelihood/cue-mismatch',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      'a likelihood\'s factuality and band agree with its cue, when the cue is a known word ("could" is possible, not certain)',
    why: 'the cue is what the article says; a value that contradicts it misstates how sure the source is',
    fix: 'set the factuality and band the cue expresses (Likelihood.fromCue gives them)',
  },
  (emit) => {
    const check = (
      path: DecodeError.Path,
      node: string,
      out: { list?: V.Issue[] },
      l: Likelihood.Likelihood | undefined,
      sub: () => Array<string | number>,
    ) => {
      if (l === undefined) return
      const problem = cueProblem(l)
      if (problem !== undefined) (out.list ??= []).push(emit([...path, ...sub()], problem, node))
    }
    return V.concatAll(
      V.statements(({ node: s, path }) => {
        const out: { list?: V.Issue[] } = {}
        s.hedges?.forEach((h, j) => check(path, s.id, out, h, () => ['hedges', j]))
        if (s.content.kind === 'proposition')
          eachLikelihood(s.content.proposition, (l, sub) =>
            check(path, s.id, out, l, () => ['content', 'proposition', ...sub()]),
          )
        return out.list ?? NONE
      }),
      V.threats(({ node: t, path }) => {
        const out: { list?: V.Issue[] } = {}
        check(path, t.id, out, t.likelihood, () => ['likelihood'])
        eachLikelihood(t.consequence, (l, sub) =>
          check(path, t.id, out, l, () => ['consequence', ...sub()]),
        )
        if (t.condition !== undefined)
          eachLikelihood(t.condition, (l, sub) =>
            check(path, t.id, out, l, () => ['condition', ...sub()]),
          )
        return out.list ?? NONE
      }),
    )
  },
)

// -------------------------------------------------------------------------------------
// the rules: evidence
// -------------------------------------------------------------------------------------

/** The one span check (integrity's evidence pass), against the report's text or a given one. */
const spanCheck =
  (text: (r: Report.ReportData) => string | undefined) =>
  (emit: Emit): V.Validator<Report.ReportData> =>
    V.withContext((ctx) => {
      const t = text(ctx.report)
      if (t === undefined) return NONE
      return Report.spanIssues(t)(ctx.report).map((i) => {
        const [collection, index] = i.path
        const holder =
          typeof collection === 'string' && typeof index === 'number'
            ? (ctx.report[collection as V.Collection] as ReadonlyArray<{ readonly id?: string }>)?.[
                index
              ]
            : undefined
        return emit(i.path, i.message, holder?.id)
      })
    })

const SPAN_MISMATCH: Spec = {
  code: 'evidence/span-mismatch',
  kind: 'defect',
  severity: 'error',
  set: 'standard',
  checks:
    "every span's words equal the text at its offsets (the report's own text, or one you give)",
  why: 'evidence must point at the words it quotes',
  fix: 'recompute the offsets with Evidence.locate (UTF-16 code units, end exclusive); the message says where the words occur',
}

/**
 * `evidence/span-mismatch`, against the report's own text.
 *
 * @category model
 * @since 0.1.0
 */
export const spanMismatch: Rule = define(
  SPAN_MISMATCH,
  spanCheck((r) => r.text),
)

/**
 * `evidence/span-mismatch` against a text you supply, for reports that do not embed it
 * (`claimgraph check --text FILE`). Linear in the text and the spans.
 *
 * @category constructors
 * @since 0.1.0
 */
export const spansMatch = (text: string): Rule =>
  define(
    SPAN_MISMATCH,
    spanCheck(() => text),
  )

/** The sentences of the report's text, once per report. */
const SENTENCES = Symbol('sentences')
const sentencesOf = (ctx: V.Context): ReadonlyArray<Evidence.Span> =>
  ctx.memo(SENTENCES, (r) => (r.text === undefined ? [] : Evidence.sentences(r.text)))

/** The index of the sentence that holds offset `at`, by binary search (-1 if none). */
const sentenceAt = (sentences: ReadonlyArray<Evidence.Span>, at: number): number => {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (at < s.start) hi = mid - 1
    else if (at >= s.end) lo = mid + 1
    else return mid
  }
  return -1
}

/** The longest sentence searched for a misplaced span's words (a real sentence is shorter). */
const MAX_SENTENCE = 4000

/**
 * `evidence/wrong-occurrence`.
 *
 * @category model
 * @since 0.2.0
 */
export const wrongOccurrence: Rule = define(
  {
    code: 'evidence/wrong-occurrence',
    kind: 'defect',
    severity: 'warning',
    set: 'standard',
    checks:
      "a node's evidence is not anchored at another occurrence of its words: a span alone in its sentence whose words also occur, unanchored, in the one sentence that holds the node's other spans",
    why: 'offsets found by searching for the first occurrence of a phrase often point at the headline or an earlier sentence',
    fix: 'move the span to the occurrence the message gives (Evidence.locate with an occurrence or after option)',
  },
  (emit) =>
    V.withContext((ctx) => {
      const text = ctx.report.text
      if (text === undefined) return NONE
      const sentences = sentencesOf(ctx)
      const matches = Evidence.matches(text)
      const out: V.Issue[] = []
      const all = Report.spans(ctx.report)
      let from = 0
      while (from < all.length) {
        // the spans of one node are consecutive: [from, to)
        const collection = all[from]![0][0]
        const index = all[from]![0][1]
        let to = from + 1
        while (to < all.length && all[to]![0][0] === collection && all[to]![0][1] === index) to++
        checkNode(from, to)
        from = to
      }
      function checkNode(a: number, b: number) {
        if (b - a < 2) return
        const where: number[] = []
        const distinct: number[] = []
        for (let i = a; i < b; i++) {
          const span = all[i]![1]
          const k = matches(span) ? sentenceAt(sentences, span.start) : -1
          if (k < 0) return
          where.push(k)
          if (!distinct.includes(k)) {
            distinct.push(k)
            if (distinct.length > 2) return
          }
        }
        if (distinct.length !== 2) return
        const found: Array<readonly [number, number]> = []
        for (const [x, y] of [
          [distinct[0]!, distinct[1]!],
          [distinct[1]!, distinct[0]!],
        ] as const) {
          const alone = where.filter((k) => k === x).length === 1
          if (!alone) continue
          const i = a + where.indexOf(x)
          const span = all[i]![1]
          const home = sentences[y]!
          if (home.end - home.start > MAX_SENTENCE) continue
          let at = home.text.indexOf(span.text)
          while (at >= 0) {
            const start = home.start + at
            let anchored = false
            for (let j = a; j < b; j++)
              if (all[j]![1].start === start && all[j]![1].text === span.text) anchored = true
            if (!anchored) break
            at = home.text.indexOf(span.text, at + 1)
          }
          if (at >= 0) found.push([i, home.start + at])
        }
        if (found.length !== 1) return
        const [i, start] = found[0]!
        const [path, span, node] = all[i]!
        out.push(
          emit(
            path,
            `the words ${quoted(span.text, 60)} are anchored at ${span.start}–${span.end}, in another sentence than the rest of this node's evidence; they also occur at ${start}–${start + span.text.length}, where the rest is: move the span there`,
            node,
          ),
        )
      }
      return out
    }),
)

/**
 * `evidence/uncovered-sentence`.
 *
 * @category model
 * @since 0.1.0
 */
export const uncoveredSentence: Rule = define(
  {
    code: 'evidence/uncovered-sentence',
    kind: 'defect',
    severity: 'info',
    set: 'strict',
    checks: 'every sentence of the text is covered by a span',
    why: 'a complete encoding leaves no claim out',
    fix: 'model the claim the sentence makes, or anchor the node it belongs to there',
  },
  (emit) =>
    V.withContext((ctx) => {
      const text = ctx.report.text
      if (text === undefined) return NONE
      const spans = Report.spans(ctx.report).map(([, span]) => span)
      spans.sort((a, b) => a.start - b.start)
      const out: V.Issue[] = []
      // one sweep: the spans that start before a sentence ends cover it when one of them
      // ends after it starts, and both only grow from one sentence to the next
      let k = 0
      let reach = Number.NEGATIVE_INFINITY
      for (const s of sentencesOf(ctx)) {
        while (k < spans.length && spans[k]!.start < s.end) reach = Math.max(reach, spans[k++]!.end)
        if (reach > s.start) continue
        out.push(
          emit(
            ['text'],
            `no evidence covers the sentence at ${s.start}–${s.end}: ${quoted(s.text, 80)}`,
          ),
        )
      }
      return out
    }),
)

/**
 * `evidence/missing`.
 *
 * @category model
 * @since 0.1.0
 */
export const evidenceMissing: Rule = define(
  {
    code: 'evidence/missing',
    kind: 'defect',
    severity: 'info',
    set: 'strict',
    checks: 'every statement, event and threat carries evidence',
    why: 'every node should be anchored in the text',
    fix: 'add the span of the words the node comes from (Evidence.locate)',
  },
  (emit) => {
    const check = ({
      node,
      path,
    }: V.Focus<{ readonly id: string; readonly evidence?: ReadonlyArray<Evidence.Span> }>) =>
      node.evidence === undefined || node.evidence.length === 0
        ? [emit(path, 'no evidence anchors this node in the text', node.id)]
        : NONE
    return V.concatAll(V.events(check), V.statements(check), V.threats(check))
  },
)

// -------------------------------------------------------------------------------------
// the rules: real reporting (circular chains, relayed messages, denials by a party)
// -------------------------------------------------------------------------------------

/**
 * `attribution/circular`.
 *
 * @category model
 * @since 0.2.0
 */
export const circular: Rule = define(
  {
    code: 'attribution/circular',
    kind: 'sourcing',
    severity: 'warning',
    set: 'standard',
    checks: 'no attribution chain passes through the same actor twice',
    why: 'circular reporting: a claim that comes back to a source through others looks corroborated when it is one voice',
    fix: 'nothing to repair when the article reports it so; if a link was repeated by mistake, remove it',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      const chain = s.attribution?.chain
      if (chain === undefined || chain.length < 2) return NONE
      let out: V.Issue[] | undefined
      // where each source was first met: linear in the chain
      const first = new Map<string, number>()
      for (let j = 0; j < chain.length; j++) {
        const source = chain[j]!.source
        if (source === undefined) continue
        const k = first.get(source)
        if (k === undefined) {
          first.set(source, j)
          continue
        }
        ;(out ??= []).push(
          emit(
            [...path, 'attribution', 'chain', j, 'source'],
            `the chain passes through ${label(ctx, source)} twice (links ${k} and ${j}): circular reporting, one voice that may look like two`,
            s.id,
          ),
        )
      }
      return out ?? NONE
    }),
)

/**
 * `relay/uncertain-intermediary`.
 *
 * @category model
 * @since 0.2.0
 */
export const uncertainIntermediary: Rule = define(
  {
    code: 'relay/uncertain-intermediary',
    kind: 'sourcing',
    severity: 'info',
    set: 'standard',
    checks:
      'a message that travelled through intermediaries names them: an intermediary that is anonymous or unnamed (with or without candidate identities) is noted',
    why: 'who carried a message shapes what it means; "an official, most likely the prime minister" is not the prime minister',
    fix: 'nothing to repair when the article leaves the messenger unnamed; give the candidates it names',
  },
  (emit) =>
    V.forEach('statements', (ctx) => ({ node: s, path }) => {
      const hops = s.intermediaries
      if (hops === undefined || hops.length === 0) return NONE
      let out: V.Issue[] | undefined
      for (let j = 0; j < hops.length; j++) {
        const a = ctx.actor(hops[j]!.actor)
        if (a === undefined || Actor.isIdentified(a)) continue
        const candidates = Actor.candidates(a)
        const shown = candidates
          .slice(0, 3)
          .map(
            (c) =>
              `${c.likelihood?.cue ?? c.likelihood?.band?.replace(/_/g, ' ') ?? 'possibly'} ${label(ctx, c.actor)}`,
          )
        const who =
          candidates.length === 0
            ? `who ${a.kind === 'unnamed' && a.count !== 1 ? 'are' : 'is'} not identified`
            : `whose identity is uncertain: ${shown.join(', or ')}${candidates.length > 3 ? ` (and ${candidates.length - 3} more)` : ''}`
        ;(out ??= []).push(
          emit(
            [...path, 'intermediaries', j],
            `the message passed through ${clip(Actor.label(a), 60)}, ${who}`,
            s.id,
          ),
        )
      }
      return out ?? NONE
    }),
)

/** The actors a node stands for: itself, what it acts for or is part or a member of, where it holds office. */
const sidesOf = (a: Actor.Actor | undefined, id: Id.ActorId): ReadonlyArray<Id.ActorId> => {
  if (a === undefined) return [id]
  const out: Id.ActorId[] = [id]
  a.relations?.forEach(
    (r) =>
      (r.kind === 'acts_for' || r.kind === 'part_of' || r.kind === 'member_of') &&
      out.push(r.target),
  )
  if (a.kind === 'person') a.offices?.forEach((o) => o.in !== undefined && out.push(o.in))
  return out
}

/** The events a proposition asserts to occur: under an even number of negations, through modalities, not under `or`. */
const asserted = (p: Proposition.Proposition): ReadonlyArray<Id.EventId> => {
  const out: Id.EventId[] = []
  const stack: Array<readonly [Proposition.Proposition, boolean]> = [[p, true]]
  while (stack.length > 0) {
    const [q, positive] = stack.pop()!
    switch (q.kind) {
      case 'occurs':
        if (positive) out.push(q.event)
        break
      case 'not':
        stack.push([q.operand, !positive])
        break
      case 'and':
        if (positive) for (const o of q.operands) stack.push([o, positive])
        break
      case 'or':
        if (!positive) for (const o of q.operands) stack.push([o, positive])
        break
      default:
        stack.push([q.operand, positive])
    }
  }
  return out
}

/**
 * `claim/denied-by-party`: a claim is denied on the record by a party to it.
 *
 * A denial is a statement with the act `deny` whose speakers are all named (not anonymous,
 * unnamed or the report's own voice). An actor stands for itself and for what it acts for,
 * is part or a member of, or holds an office in; a denier is a party when something it
 * stands for is a party or something a party stands for (the ministry answers for its
 * police). It denies a claim by a party when:
 *
 * - its content is an event the claim asserts, and it is a party to the event (an agent or
 *   a target);
 * - its content is the threat the claim states, and it is a party to the threat (an issuer,
 *   an addressee or an enforcer);
 * - it is about the claim itself (nested, or the sourcing of the claim), or about the
 *   claim's sourcing in general — a source of its chain, the report of a publisher in its
 *   chain, or this report — and it is a party to the claim: a speaker or addressee, or a
 *   party to an event the claim asserts or to the threat it states.
 *
 * Linear in the size of the report (a chain has at most 1,000 links).
 *
 * @category model
 * @since 0.2.0
 */
export const deniedByParty: Rule = define(
  {
    code: 'claim/denied-by-party',
    kind: 'sourcing',
    severity: 'warning',
    set: 'standard',
    checks:
      'no claim is denied on the record by a party to it: a `deny` by named speakers of an event the claim asserts, of the threat it states, of the claim itself, or of its sourcing, where a speaker is a party or stands with one (either acts for, is part or a member of, or holds an office in the other: the ministry answers for its police)',
    why: 'a claim its own party denies on the record is contested; readers must weigh the denial with it',
    fix: "nothing to repair: the denial is the article's; report it with the claim",
  },
  (emit) =>
    V.forEach('statements', (ctx) => {
      const report = ctx.report
      const actors = { get: ctx.actor }
      const events = { get: ctx.event }
      const threats = { get: ctx.threat }
      const statements = { get: ctx.statement }
      /** The parties of an event, of a threat and of a claim, each set built once. */
      const memo = new Map<string, ReadonlySet<Id.ActorId>>()
      // each party with what it stands for: the ministry answers for its police
      const once = (key: string, build: () => Iterable<Id.ActorId>) => {
        let set = memo.get(key)
        if (set === undefined) {
          const parties = new Set<Id.ActorId>()
          for (const x of build()) for (const side of sidesOf(actors.get(x), x)) parties.add(side)
          memo.set(key, (set = parties))
        }
        return set
      }
      const eventParties = (e: Id.EventId) =>
        once(`e:${e}`, () => {
          const event = events.get(e)
          return [...(event?.agents ?? []), ...(event?.targets ?? [])]
        })
      const threatParties = (t: Id.ThreatId) =>
        once(`t:${t}`, () => {
          const threat = threats.get(t)
          return threat === undefined ? [] : Threat.parties(threat)
        })
      const claimParties = (s: Statement.Statement) =>
        once(`s:${s.id}`, function* () {
          yield* s.speakers
          yield* s.addressees ?? []
          const c = s.content
          if (c.kind === 'proposition')
            for (const e of asserted(c.proposition)) {
              const event = events.get(e)
              yield* event?.agents ?? []
              yield* event?.targets ?? []
            }
          if (c.kind === 'threat') {
            const threat = threats.get(c.threat)
            if (threat !== undefined) yield* Threat.parties(threat)
          }
        })
      /** The first denial on the record by a speaker standing for one of `parties`, if any. */
      type Denial = { readonly id: Id.StatementId; readonly speaker: Id.ActorId }
      const byEvent = new Map<Id.EventId, Denial>()
      const byThreat = new Map<Id.ThreatId, Denial>()
      const byStatement = new Map<Id.StatementId, Denial>()
      // denials of a source (or a publisher), and of this report: side → denial
      const bySource = new Map<Id.ActorId, Map<Id.ActorId, Denial>>()
      const ofThisReport = new Map<Id.ActorId, Denial>()
      for (const d of report.statements) {
        if (d.act !== 'deny') continue
        const onRecord = d.speakers.every((x) => {
          const a = actors.get(x)
          return (
            x !== report.author && a !== undefined && Actor.isIdentified(a) && a.kind !== 'author'
          )
        })
        if (!onRecord) continue
        const sides: Id.ActorId[] = []
        for (const x of d.speakers) for (const side of sidesOf(actors.get(x), x)) sides.push(side)
        const denial: Denial = { id: d.id, speaker: d.speakers[0] }
        const standsFor = (parties: ReadonlySet<Id.ActorId>) => sides.some((x) => parties.has(x))
        const c = d.content
        if (c.kind === 'proposition') {
          for (const e of asserted(c.proposition))
            if (!byEvent.has(e) && standsFor(eventParties(e))) byEvent.set(e, denial)
        } else if (c.kind === 'threat') {
          if (!byThreat.has(c.threat) && standsFor(threatParties(c.threat)))
            byThreat.set(c.threat, denial)
        } else if (
          c.kind === 'statement' ||
          (c.kind === 'sourcing' && c.target.kind === 'statement')
        ) {
          const target =
            c.kind === 'statement'
              ? c.statement
              : (c.target as { statement: Id.StatementId }).statement
          const claim = statements.get(target)
          if (claim !== undefined && !byStatement.has(target) && standsFor(claimParties(claim)))
            byStatement.set(target, denial)
        } else if (c.kind === 'sourcing') {
          const t = c.target
          const into =
            t.kind === 'report' && t.publisher === undefined
              ? ofThisReport
              : (() => {
                  const key =
                    t.kind === 'source' ? t.source : (t as { publisher: Id.ActorId }).publisher
                  let m = bySource.get(key)
                  if (m === undefined) bySource.set(key, (m = new Map()))
                  return m
                })()
          for (const side of sides) if (!into.has(side)) into.set(side, denial)
        }
      }
      const none =
        byEvent.size + byThreat.size + byStatement.size + bySource.size + ofThisReport.size === 0
      const standing = (
        parties: ReadonlySet<Id.ActorId>,
        sides: ReadonlyMap<Id.ActorId, Denial>,
      ) => {
        // the smaller side is walked, the larger probed
        if (sides.size < parties.size) {
          for (const [side, d] of sides) if (parties.has(side)) return d
        } else
          for (const p of parties) {
            const d = sides.get(p)
            if (d !== undefined) return d
          }
        return undefined
      }
      return ({ node: s, path }: V.Focus<Statement.Statement>) => {
        if (none || s.act === 'deny' || Statement.isNonAnswer(s)) return NONE
        const c = s.content
        let found: Denial | undefined = byStatement.get(s.id)
        if (found === undefined && c.kind === 'proposition')
          for (const e of asserted(c.proposition)) if ((found = byEvent.get(e)) !== undefined) break
        if (found === undefined && c.kind === 'threat') found = byThreat.get(c.threat)
        if (found === undefined && ofThisReport.size > 0)
          found = standing(claimParties(s), ofThisReport)
        const chain = s.attribution?.chain
        if (found === undefined && chain !== undefined && bySource.size > 0)
          for (const l of chain) {
            const sides = l.source === undefined ? undefined : bySource.get(l.source)
            if (sides !== undefined && (found = standing(claimParties(s), sides)) !== undefined)
              break
          }
        if (found === undefined || found.id === s.id) return NONE
        return [
          emit(
            path,
            `${label(ctx, found.speaker)}, a party to this claim, denied it on the record (statement "${found.id}")`,
            s.id,
          ),
        ]
      }
    }),
)

// -------------------------------------------------------------------------------------
// rule sets
// -------------------------------------------------------------------------------------

/**
 * Every built-in rule, in the order they run: the one table that the module docs, the
 * validators guide and the rule sets come from.
 *
 * @category model
 * @since 0.2.0
 */
export const RULES: ReadonlyArray<Rule> = [
  attributionMissing,
  anonymousUndescribed,
  singleAnonymousSource,
  unattributedHedge,
  outletAffiliation,
  hedgeUnrecorded,
  speakerNotSource,
  chainOrder,
  ownOutlet,
  anonymityLost,
  actorDuplicate,
  notAState,
  anonymousNamed,
  unknownCountry,
  actorUnused,
  statementSelfAddressed,
  contentMissing,
  nonAnswerWithContent,
  statementDuplicate,
  quoteSpeaker,
  quoteVerbatim,
  agentIsTarget,
  relationCycle,
  statusUnsupported,
  responsePrecedesCause,
  relativeWithoutPublication,
  threatMissingCondition,
  deadlineWithoutCondition,
  threatMissingEnforcer,
  threatContradictoryCondition,
  threatActMismatch,
  valenceMismatch,
  ultimatumWithoutDeadline,
  threatSelfAddressed,
  conditionWithoutAddressee,
  conditionIsConsequence,
  windowBeforeDeadline,
  threatUnused,
  mixedBands,
  cueMismatch,
  spanMismatch,
  wrongOccurrence,
  uncoveredSentence,
  evidenceMissing,
  circular,
  uncertainIntermediary,
  deniedByParty,
]

/**
 * The rules of the standard set, in the order they run.
 *
 * @category model
 * @since 0.1.0
 */
export const STANDARD: ReadonlyArray<Rule> = RULES.filter((r) => r.set === 'standard')

/**
 * The rules of the strict set: every rule.
 *
 * @category model
 * @since 0.1.0
 */
export const STRICT: ReadonlyArray<Rule> = RULES

/**
 * One validator from a list of rules: they share one pass and one set of lookups.
 *
 * @category combinators
 * @since 0.1.0
 */
export const toValidator = (rules: ReadonlyArray<Rule>): V.Validator<Report.ReportData> =>
  V.concatAll(...rules.map((r) => r.validate))

/**
 * The standard rule set as one validator. Linear (n·log n where spans are sorted) in the
 * size of the report.
 *
 * @category combinators
 * @since 0.1.0
 */
export const standard: V.Validator<Report.ReportData> = toValidator(STANDARD)

/**
 * The strict rule set as one validator: every rule, and every data defect's warning
 * raised to an error. Sourcing findings keep their severity: they are the article's
 * assessment, not a defect of the data, so the seed report passes. Linear (n·log n where
 * spans are sorted) in the size of the report.
 *
 * @category combinators
 * @since 0.1.0
 */
export const strict: V.Validator<Report.ReportData> = pipe(toValidator(STRICT), V.strict)

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

const BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.code, r]))

/**
 * Finds a built-in rule by its code.
 *
 * @category utils
 * @since 0.1.0
 */
export const byCode = (code: string): Rule | undefined => BY_CODE.get(code)

/** The codes of integrity problems: the structure decoded, so the rules can run. */
const INTEGRITY: ReadonlySet<string> = new Set([
  'duplicate_id',
  'dangling_reference',
  'wrong_kind_reference',
  'cycle',
  'span_mismatch',
])

/**
 * One round of checking: decodes an input, and runs the rules (the standard set unless
 * given others) on the report — or, when only integrity fails, keys are unknown or spans
 * differ in length from their text, on the structurally valid data (without the unknown
 * keys, and each such span ending where its words would) — so that every problem that can
 * be found is reported at once. With `text`, spans are also checked against that text (for
 * reports that do not embed it). Never throws. Linear in the size of the input, as
 * decoding and the rules are.
 *
 * @category utils
 * @since 0.2.0
 */
export const review =
  (
    options: C.DecodeOptions & {
      readonly rules?: V.Validator<Report.ReportData>
      readonly text?: string
    } = {},
  ) =>
  (u: unknown): Review => {
    const { rules = standard, text, ...decodeOptions } = options
    const all = text === undefined ? rules : V.concatAll(rules, spansMatch(text).validate)
    const decoded = Report.decode(u, decodeOptions)
    if (E.isRight(decoded))
      return { report: O.some(decoded.right), decode: [], issues: all(decoded.right) }
    // keys the schema does not know do not stop the rules: they run on the data without them
    const onlyUnknownKeys = decoded.left.issues.every(
      (i) => i.code === 'unknown_key' || INTEGRITY.has(i.code),
    )
    // nor do spans whose offsets and text differ in length: they run with each such span
    // ending where its words would
    const spans = decoded.left.issues.filter(
      (i) => i.code === 'span_mismatch' && i.path[i.path.length - 2] === 'evidence',
    )
    const structure = C.decode(
      Report.Structure,
      onlyUnknownKeys ? { ...decodeOptions, unknownKeys: 'strip' } : decodeOptions,
    )(spans.length === 0 ? u : withSpanEnds(u, spans))
    if (E.isLeft(structure)) return { report: O.none, decode: decoded.left.issues, issues: [] }
    // integrity has already reported the spans that do not match the report's text
    const known = new Set(
      decoded.left.issues.flatMap((i) =>
        i.code === 'span_mismatch' ? [DecodeError.pointer(i.path)] : [],
      ),
    )
    return {
      report: O.none,
      decode: decoded.left.issues,
      issues: all(structure.right).filter(
        (i) => i.code !== SPAN_MISMATCH.code || !known.has(DecodeError.pointer(i.path)),
      ),
    }
  }

/**
 * `u` with the spans at the issues' paths (each `…/evidence/i`) ending where their words
 * would (`end` set to `start` plus the length of `text`): the containers along each path
 * are copied, the input is left as it is. Linear in the issues and their paths.
 */
const withSpanEnds = (u: unknown, issues: ReadonlyArray<DecodeError.DecodeIssue>): unknown => {
  const made = new Set<unknown>()
  const copy = (x: unknown): Record<string | number, unknown> | undefined => {
    if (typeof x !== 'object' || x === null) return undefined
    if (made.has(x)) return x as Record<string | number, unknown>
    const c = (Array.isArray(x) ? [...x] : { ...x }) as Record<string | number, unknown>
    made.add(c)
    return c
  }
  const root = copy(u)
  for (const i of issues) {
    let at = root
    for (const k of i.path) {
      const next = copy(at?.[k])
      if (at === undefined || next === undefined) break
      at[k] = next
      at = next
    }
    if (typeof at?.start === 'number' && typeof at.text === 'string')
      at.end = at.start + at.text.length
  }
  return root
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * A rules table in Markdown: code, kind, severity, set, what it checks, why, how to fix.
 * The module docs and the validators guide hold exactly `toMarkdown(RULES)`.
 *
 * @category utils
 * @since 0.2.0
 */
export const toMarkdown = (rules: ReadonlyArray<Spec>): string =>
  [
    '| code | kind | severity | set | checks | why | how to fix |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| \`${r.code}\` | ${r.kind} | ${r.severity} | ${r.set} | ${cell(r.checks)} | ${cell(r.why)} | ${cell(r.fix)} |`,
    ),
  ].join('\n')

/**
 * A compact repair list for a person or a model: the data defects of a list of issues
 * (validator issues or decode issues), errors first, each with where, what and — for the
 * rules' codes — how such a problem is fixed. Sourcing findings are left out: they are
 * true of a correct extraction. Linear (n·log n to sort) in the number of issues.
 *
 * @category utils
 * @since 0.2.0
 */
export const repairs = (
  issues: ReadonlyArray<{
    readonly path: DecodeError.Path
    readonly code: string
    readonly message: string
    readonly severity?: V.Severity
    readonly kind?: V.Kind
  }>,
): ReadonlyArray<Repair> => {
  const rank = (s: V.Severity | undefined) =>
    s === undefined || s === 'error' ? 0 : s === 'warning' ? 1 : 2
  return issues
    .filter((i) => (i.kind ?? 'defect') === 'defect')
    .map((i, n) => [i, n] as const)
    .sort(([a, x], [b, y]) => rank(a.severity) - rank(b.severity) || x - y)
    .map(([i]) => {
      const fix = BY_CODE.get(i.code)?.fix
      const pointer = DecodeError.pointer(i.path)
      return fix === undefined
        ? { path: pointer, code: i.code, message: i.message }
        : { path: pointer, code: i.code, message: i.message, fix }
    })
}
