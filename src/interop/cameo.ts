/**
 * CAMEO codes for a report: an event code for every statement and event, the actor codes
 * of who acts and whom it is aimed at, and the **Goldstein** score of each event code from
 * a table shipped with the library ({@link GOLDSTEIN}), recording which table and which
 * code the score came from.
 *
 * A statement's code is its act's default ({@link Statement.ACTS}), refined by what it
 * says: a threat of a military consequence is `138x`, an ultimatum `139`. An event's code is
 * its own `cameo`, else the code its `type` names in {@link TYPE_CODES}; an event with
 * neither is listed in `omitted`, never dropped silently.
 *
 * CAMEO codes one event per source–target pair; claimgraph keeps the lists of sources and
 * targets in one coding, so the output stays linear in the report (expand the pairs
 * downstream if your tools want dyads).
 *
 * @example
 * ```ts
 * import * as Cameo from 'claimgraph/interop/cameo'
 * import * as fixtures from 'claimgraph/fixtures'
 * import assert from 'node:assert/strict'
 *
 * const { codings } = Cameo.fromReport(fixtures.report)
 * const warning = codings.find((c) => c.node === 'administration-warned-iraq')
 *
 * // "warned Iraq … it could face an Israeli attack": threaten conventional attack
 * assert.equal(warning?.code, '1384')
 * assert.deepEqual(warning?.goldstein, { score: -7, code: '1384', table: Cameo.GOLDSTEIN.id })
 * assert.deepEqual(
 *   warning?.source.map((a) => a.code),
 *   ['USAGOV'],
 * )
 * ```
 *
 * @since 0.2.0
 */
import * as O from 'fp-ts/lib/Option.js'
import type * as Event from '../Event.js'
import type * as Id from '../Id.js'
import * as Proposition from '../Proposition.js'
import type * as Report from '../Report.js'
import * as Statement from '../Statement.js'
import type * as Threat from '../Threat.js'
import { days, profiles, type Profile, type Role } from '../internal/interop.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One CAMEO event code: its digits, its name in the CAMEO 1.1b3 codebook, and its score in
 * {@link GOLDSTEIN} (absent for the few codes added to CAMEO after that table; see
 * {@link goldstein}).
 *
 * @category model
 * @since 0.2.0
 */
export interface EventCode {
  readonly code: string
  readonly name: string
  readonly goldstein?: number
}

/**
 * Which table a Goldstein score came from.
 *
 * @category model
 * @since 0.2.0
 */
export interface GoldsteinTable {
  /** A stable id, recorded with every score. */
  readonly id: string
  readonly title: string
  readonly source: string
}

/**
 * A Goldstein score: the value, the code whose row gave it (the code itself, or its parent
 * when the table has no row for it), and the table.
 *
 * @category model
 * @since 0.2.0
 */
export interface Goldstein {
  readonly score: number
  readonly code: string
  readonly table: string
}

/**
 * How a coding's event code was chosen:
 * - `event`: the event's own `cameo`;
 * - `type`: the code its `type` names in {@link TYPE_CODES};
 * - `act`: the act's default code ({@link Statement.ACTS});
 * - `threat`: a threat refined by the code of its consequence (`138x`, `131x`, `137`, …);
 * - `ultimatum`: a threat with a condition and a deadline and no more specific code (`139`);
 * - `withdrawal`: a statement that withdraws a threat (`080`, yield).
 *
 * @category model
 * @since 0.2.0
 */
export type Basis = 'event' | 'type' | 'act' | 'threat' | 'ultimatum' | 'withdrawal'

/**
 * An actor's CAMEO code: from its `external.cameo`, derived from its kind, sector, country
 * and relations (see the guide's table), or none (the author voice; a source whose
 * affiliation is unknown). A collective is coded as its members.
 *
 * @category model
 * @since 0.2.0
 */
export interface ActorCode {
  readonly actor: Id.ActorId
  readonly code?: string
  readonly basis: 'external' | 'derived' | 'none'
}

/**
 * The CAMEO coding of one statement or event.
 *
 * @category model
 * @since 0.2.0
 */
export interface Coding {
  /** The id of the statement or event. */
  readonly node: string
  readonly kind: 'statement' | 'event'
  readonly code: string
  /** The code's name, when it is a CAMEO 1.1b3 code. */
  readonly name?: string
  readonly basis: Basis
  readonly goldstein?: Goldstein
  /** Who acts: a statement's speakers, an event's agents. */
  readonly source: ReadonlyArray<ActorCode>
  /** At whom: a statement's addressees, an event's targets. */
  readonly target: ReadonlyArray<ActorCode>
  /** The first day it happened on, when the report gives it (`YYYY-MM-DD`). */
  readonly date?: string
  /** The last day, when it spans several. */
  readonly enddate?: string
}

/**
 * A node that has no coding, and why: `no_code` (an event without `cameo` whose type is not
 * in {@link TYPE_CODES}, or a statement whose act has no CAMEO code: a source that did not
 * respond or could not be reached did not act) or `unknown_code` (a code that is not in the
 * CAMEO codebook; the coding is kept, without name or score).
 *
 * @category model
 * @since 0.2.0
 */
export interface Omitted {
  readonly node: string
  readonly kind: 'statement' | 'event'
  readonly reason: 'no_code' | 'unknown_code'
  readonly message: string
}

/**
 * What {@link fromReport} gives: a coding per statement and codable event, in the report's
 * order (statements first), and what it left out or could not score.
 *
 * @category model
 * @since 0.2.0
 */
export interface Export {
  readonly codings: ReadonlyArray<Coding>
  readonly omitted: ReadonlyArray<Omitted>
}

/**
 * What becomes of each relation between events: CAMEO codes one event at a time, with no
 * field for another event, so none is exported.
 *
 * @category model
 * @since 0.2.0
 */
export const RELATIONS: Readonly<Record<Event.RelationKind, string>> = {
  retaliation_for: 'not exported: a CAMEO record codes one event',
  response_to: 'not exported: a CAMEO record codes one event',
  preparation_for: 'not exported: a CAMEO record codes one event',
  prevents: 'not exported: a CAMEO record codes one event',
  part_of: 'not exported: a CAMEO record codes one event',
  instance_of: 'not exported: a CAMEO record codes one event',
  by_means_of: 'not exported: a CAMEO record codes one event',
}

/**
 * The table the scores come from: the Goldstein (1992) conflict–cooperation weights as
 * extended to every CAMEO 1.1b3 code and published by the GDELT Project as
 * `CAMEO.goldsteinscale.txt`.
 *
 * @category model
 * @since 0.2.0
 */
export const GOLDSTEIN: GoldsteinTable = {
  id: 'gdelt-cameo-goldsteinscale',
  title: 'Goldstein scale for CAMEO event codes (GDELT CAMEO.goldsteinscale.txt)',
  source:
    'Goldstein, J. S. (1992), "A Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict Resolution 36(2); CAMEO values as published in the GDELT 1.0 lookup tables',
}

// code, name (CAMEO 1.1b3), score (GOLDSTEIN; undefined for the later codes it lacks)
const ROWS: ReadonlyArray<readonly [string, string, number | undefined]> = [
  ['01', 'Make public statement', 0.0],
  ['010', 'Make statement, not specified below', 0.0],
  ['011', 'Decline comment', -0.1],
  ['012', 'Make pessimistic comment', -0.4],
  ['013', 'Make optimistic comment', 0.4],
  ['014', 'Consider policy option', 0.0],
  ['015', 'Acknowledge or claim responsibility', 0.0],
  ['016', 'Deny responsibility', -2.0],
  ['017', 'Engage in symbolic act', 0.0],
  ['018', 'Make empathetic comment', 3.4],
  ['019', 'Express accord', 3.4],
  ['02', 'Appeal', 3.0],
  ['020', 'Make an appeal or request, not specified below', 3.0],
  ['021', 'Appeal for material cooperation, not specified below', 3.4],
  ['0211', 'Appeal for economic cooperation', 3.4],
  ['0212', 'Appeal for military cooperation', 3.4],
  ['0213', 'Appeal for judicial cooperation', 3.4],
  ['0214', 'Appeal for intelligence', 3.4],
  ['022', 'Appeal for diplomatic cooperation (such as policy support)', 3.2],
  ['023', 'Appeal for aid, not specified below', 3.4],
  ['0231', 'Appeal for economic aid', 3.4],
  ['0232', 'Appeal for military aid', 3.4],
  ['0233', 'Appeal for humanitarian aid', 3.4],
  ['0234', 'Appeal for military protection or peacekeeping', 3.4],
  ['024', 'Appeal for political reform, not specified below', -0.3],
  ['0241', 'Appeal for change in leadership', -0.3],
  ['0242', 'Appeal for policy change', -0.3],
  ['0243', 'Appeal for rights', -0.3],
  ['0244', 'Appeal for change in institutions, regime', -0.3],
  ['025', 'Appeal to yield, not specified below', -0.3],
  ['0251', 'Appeal for easing of administrative sanctions', -0.3],
  ['0252', 'Appeal for easing of political dissent', -0.3],
  ['0253', 'Appeal for release of persons or property', -0.3],
  ['0254', 'Appeal for easing of economic sanctions, boycott, or embargo', -0.3],
  ['0255', 'Appeal for target to allow international involvement (non-mediation)', -0.3],
  ['0256', 'Appeal for de-escalation of military engagement', -0.3],
  ['026', 'Appeal to others to meet or negotiate', 4.0],
  ['027', 'Appeal to others to settle dispute', 4.0],
  ['028', 'Appeal to engage in or accept mediation', 4.0],
  ['03', 'Express intent to cooperate', 4.0],
  ['030', 'Express intent to cooperate, not specified below', 4.0],
  ['031', 'Express intent to engage in material cooperation, not specified below', 5.2],
  ['0311', 'Express intent to cooperate economically', 5.2],
  ['0312', 'Express intent to cooperate militarily', 5.2],
  ['0313', 'Express intent to cooperate on judicial matters', 5.2],
  ['0314', 'Express intent to cooperate on intelligence', 5.2],
  ['032', 'Express intent to engage in diplomatic cooperation (such as policy support)', 4.5],
  ['033', 'Express intent to provide material aid, not specified below', 5.2],
  ['0331', 'Express intent to provide economic aid', 5.2],
  ['0332', 'Express intent to provide military aid', 5.2],
  ['0333', 'Express intent to provide humanitarian aid', 5.2],
  ['0334', 'Express intent to provide military protection or peacekeeping', 6.0],
  ['034', 'Express intent to institute political reform, not specified below', 7.0],
  ['0341', 'Express intent to change leadership', 7.0],
  ['0342', 'Express intent to change policy', 7.0],
  ['0343', 'Express intent to provide rights', 7.0],
  ['0344', 'Express intent to change institutions, regime', 7.0],
  ['035', 'Express intent to yield, not specified below', 7.0],
  ['0351', 'Express intent to ease administrative sanctions', 7.0],
  ['0352', 'Express intent to ease popular dissent', 7.0],
  ['0353', 'Express intent to release persons or property', 7.0],
  ['0354', 'Express intent to ease economic sanctions, boycott, or embargo', 7.0],
  ['0355', 'Express intent to allow international involvement (non-mediation)', 7.0],
  ['0356', 'Express intent to de-escalate military engagement', 7.0],
  ['036', 'Express intent to meet or negotiate', 4.0],
  ['037', 'Express intent to settle dispute', 5.0],
  ['038', 'Express intent to accept mediation', 7.0],
  ['039', 'Express intent to mediate', 5.0],
  ['04', 'Consult', 1.0],
  ['040', 'Consult, not specified below', 1.0],
  ['041', 'Discuss by telephone', 1.0],
  ['042', 'Make a visit', 1.9],
  ['043', 'Host a visit', 2.8],
  ['044', 'Meet at a third location', 2.5],
  ['045', 'Mediate', 5.0],
  ['046', 'Engage in negotiation', 7.0],
  ['05', 'Engage in diplomatic cooperation', 3.5],
  ['050', 'Engage in diplomatic cooperation, not specified below', 3.5],
  ['051', 'Praise or endorse', 3.4],
  ['052', 'Defend verbally', 3.5],
  ['053', 'Rally support on behalf of', 3.8],
  ['054', 'Grant diplomatic recognition', 6.0],
  ['055', 'Apologize', 7.0],
  ['056', 'Forgive', 7.0],
  ['057', 'Sign formal agreement', 8.0],
  ['06', 'Engage in material cooperation', 6.0],
  ['060', 'Engage in material cooperation, not specified below', 6.0],
  ['061', 'Cooperate economically', 6.4],
  ['062', 'Cooperate militarily', 7.4],
  ['063', 'Engage in judicial cooperation', 7.4],
  ['064', 'Share intelligence or information', 7.0],
  ['07', 'Provide aid', 7.0],
  ['070', 'Provide aid, not specified below', 7.0],
  ['071', 'Provide economic aid', 7.4],
  ['072', 'Provide military aid', 8.3],
  ['073', 'Provide humanitarian aid', 7.4],
  ['074', 'Provide military protection or peacekeeping', 8.5],
  ['075', 'Grant asylum', 7.0],
  ['08', 'Yield', 5.0],
  ['080', 'Yield, not specified below', 5.0],
  ['081', 'Ease administrative sanctions, not specified below', 5.0],
  ['0811', 'Ease restrictions on political freedoms', 5.0],
  ['0812', 'Ease ban on political parties or politicians', 5.0],
  ['0813', 'Ease curfew', 5.0],
  ['0814', 'Ease state of emergency or martial law', 5.0],
  ['082', 'Ease political dissent', 5.0],
  ['083', 'Accede to requests or demands for political reform, not specified below', 5.0],
  ['0831', 'Accede to demands for change in leadership', 5.0],
  ['0832', 'Accede to demands for change in policy', 5.0],
  ['0833', 'Accede to demands for rights', 5.0],
  ['0834', 'Accede to demands for change in institutions, regime', 5.0],
  ['084', 'Return, release, not specified below', 7.0],
  ['0841', 'Return, release person(s)', 7.0],
  ['0842', 'Return, release property', 7.0],
  ['085', 'Ease economic sanctions, boycott, embargo', 7.0],
  ['086', 'Allow international involvement, not specified below', 9.0],
  ['0861', 'Receive deployment of peacekeepers', 9.0],
  ['0862', 'Receive inspectors', 9.0],
  ['0863', 'Allow humanitarian access', 9.0],
  ['087', 'De-escalate military engagement', 9.0],
  ['0871', 'Declare truce, ceasefire', 9.0],
  ['0872', 'Ease military blockade', 9.0],
  ['0873', 'Demobilize armed forces', 9.0],
  ['0874', 'Retreat or surrender militarily', 10.0],
  ['09', 'Investigate', -2.0],
  ['090', 'Investigate, not specified below', -2.0],
  ['091', 'Investigate crime, corruption', -2.0],
  ['092', 'Investigate human rights abuses', -2.0],
  ['093', 'Investigate military action', -2.0],
  ['094', 'Investigate war crimes', -2.0],
  ['10', 'Demand', -5.0],
  ['100', 'Demand, not specified below', -5.0],
  ['101', 'Demand material cooperation, not specified below', -5.0],
  ['1011', 'Demand economic cooperation', -5.0],
  ['1012', 'Demand military cooperation', -5.0],
  ['1013', 'Demand judicial cooperation', -5.0],
  ['1014', 'Demand intelligence cooperation', -5.0],
  ['102', 'Demand diplomatic cooperation (such as policy support)', -5.0],
  ['103', 'Demand material aid, not specified below', -5.0],
  ['1031', 'Demand economic aid', -5.0],
  ['1032', 'Demand military aid', -5.0],
  ['1033', 'Demand humanitarian aid', -5.0],
  ['1034', 'Demand military protection or peacekeeping', -5.0],
  ['104', 'Demand political reform, not specified below', -5.0],
  ['1041', 'Demand change in leadership', -5.0],
  ['1042', 'Demand policy change', -5.0],
  ['1043', 'Demand rights', -5.0],
  ['1044', 'Demand change in institutions, regime', -5.0],
  ['105', 'Demand that target yields, not specified below', -5.0],
  ['1051', 'Demand easing of administrative sanctions', -5.0],
  ['1052', 'Demand easing of political dissent', -5.0],
  ['1053', 'Demand release of persons or property', -5.0],
  ['1054', 'Demand easing of economic sanctions, boycott, or embargo', -5.0],
  ['1055', 'Demand that target allows international involvement (non-mediation)', -5.0],
  ['1056', 'Demand de-escalation of military engagement', -5.0],
  ['106', 'Demand meeting, negotiation', -5.0],
  ['107', 'Demand settling of dispute', -5.0],
  ['108', 'Demand mediation', -5.0],
  ['11', 'Disapprove', -2.0],
  ['110', 'Disapprove, not specified below', -2.0],
  ['111', 'Criticize or denounce', -2.0],
  ['112', 'Accuse, not specified below', -2.0],
  ['1121', 'Accuse of crime, corruption', -2.0],
  ['1122', 'Accuse of human rights abuses', -2.0],
  ['1123', 'Accuse of aggression', -2.0],
  ['1124', 'Accuse of war crimes', -2.0],
  ['1125', 'Accuse of espionage, treason', -2.0],
  ['113', 'Rally opposition against', -2.0],
  ['114', 'Complain officially', -2.0],
  ['115', 'Bring lawsuit against', -2.0],
  ['116', 'Find guilty or liable (legally)', -2.0],
  ['12', 'Reject', -4.0],
  ['120', 'Reject, not specified below', -4.0],
  ['121', 'Reject material cooperation', -4.0],
  ['1211', 'Reject economic cooperation', -4.0],
  ['1212', 'Reject military cooperation', -4.0],
  ['122', 'Reject request or demand for material aid, not specified below', -4.0],
  ['1221', 'Reject request for economic aid', -4.0],
  ['1222', 'Reject request for military aid', -4.0],
  ['1223', 'Reject request for humanitarian aid', -4.0],
  ['1224', 'Reject request for military protection or peacekeeping', -4.0],
  ['123', 'Reject request or demand for political reform, not specified below', -4.0],
  ['1231', 'Reject request for change in leadership', -4.0],
  ['1232', 'Reject request for policy change', -4.0],
  ['1233', 'Reject request for rights', -4.0],
  ['1234', 'Reject request for change in institutions, regime', -4.0],
  ['124', 'Refuse to yield, not specified below', -4.0],
  ['1241', 'Refuse to ease administrative sanctions', -4.0],
  ['1242', 'Refuse to ease popular dissent', -4.0],
  ['1243', 'Refuse to release persons or property', -4.0],
  ['1244', 'Refuse to ease economic sanctions, boycott, or embargo', -4.0],
  ['1245', 'Refuse to allow international involvement (non mediation)', -4.0],
  ['1246', 'Refuse to de-escalate military engagement', -4.0],
  ['125', 'Reject proposal to meet, discuss, or negotiate', -5.0],
  ['126', 'Reject mediation', -5.0],
  ['127', 'Reject plan, agreement to settle dispute', -5.0],
  ['128', 'Defy norms, law', -5.0],
  ['129', 'Veto', -5.0],
  ['13', 'Threaten', -6.0],
  ['130', 'Threaten, not specified below', -4.4],
  ['131', 'Threaten non-force, not specified below', -5.8],
  ['1311', 'Threaten to reduce or stop aid', -5.8],
  ['1312', 'Threaten with sanctions, boycott, embargo', -5.8],
  ['1313', 'Threaten to reduce or break relations', -5.8],
  ['132', 'Threaten with administrative sanctions, not specified below', -5.8],
  ['1321', 'Threaten with restrictions on political freedoms', -5.8],
  ['1322', 'Threaten to ban political parties or politicians', -5.8],
  ['1323', 'Threaten to impose curfew', -5.8],
  ['1324', 'Threaten to impose state of emergency or martial law', -5.8],
  ['133', 'Threaten with political dissent, protest', -5.8],
  ['134', 'Threaten to halt negotiations', -5.8],
  ['135', 'Threaten to halt mediation', -5.8],
  ['136', 'Threaten to halt international involvement (non-mediation)', -7.0],
  ['137', 'Threaten with repression', -7.0],
  ['138', 'Threaten with military force, not specified below', -7.0],
  ['1381', 'Threaten blockade', -7.0],
  ['1382', 'Threaten occupation', -7.0],
  ['1383', 'Threaten unconventional violence', -7.0],
  ['1384', 'Threaten conventional attack', -7.0],
  ['1385', 'Threaten attack with WMD', -7.0],
  ['139', 'Give ultimatum', -7.0],
  ['14', 'Protest', -6.5],
  ['140', 'Engage in political dissent, not specified below', -6.5],
  ['141', 'Demonstrate or rally, not specified below', -6.5],
  ['1411', 'Demonstrate for leadership change', -6.5],
  ['1412', 'Demonstrate for policy change', -6.5],
  ['1413', 'Demonstrate for rights', -6.5],
  ['1414', 'Demonstrate for change in institutions, regime', -6.5],
  ['142', 'Conduct hunger strike, not specified below', -6.5],
  ['1421', 'Conduct hunger strike for leadership change', -6.5],
  ['1422', 'Conduct hunger strike for policy change', -6.5],
  ['1423', 'Conduct hunger strike for rights', -6.5],
  ['1424', 'Conduct hunger strike for change in institutions, regime', -6.5],
  ['143', 'Conduct strike or boycott, not specified below', -6.5],
  ['1431', 'Conduct strike or boycott for leadership change', -6.5],
  ['1432', 'Conduct strike or boycott for policy change', -6.5],
  ['1433', 'Conduct strike or boycott for rights', -6.5],
  ['1434', 'Conduct strike or boycott for change in institutions, regime', -6.5],
  ['144', 'Obstruct passage, block, not specified below', -7.5],
  ['1441', 'Obstruct passage to demand leadership change', -7.5],
  ['1442', 'Obstruct passage to demand policy change', -7.5],
  ['1443', 'Obstruct passage to demand rights', -7.5],
  ['1444', 'Obstruct passage to demand change in institutions, regime', -7.5],
  ['145', 'Protest violently, riot, not specified below', -7.5],
  ['1451', 'Engage in violent protest for leadership change', -7.5],
  ['1452', 'Engage in violent protest for policy change', -7.5],
  ['1453', 'Engage in violent protest for rights', -7.5],
  ['1454', 'Engage in violent protest for change in institutions, regime', -7.5],
  ['15', 'Exhibit force posture', -7.2],
  ['150', 'Demonstrate military or police power, not specified below', -7.2],
  ['151', 'Increase police alert status', -7.2],
  ['152', 'Increase military alert status', -7.2],
  ['153', 'Mobilize or increase police power', -7.2],
  ['154', 'Mobilize or increase armed forces', -7.2],
  ['155', 'Mobilize or increase cyber-forces', undefined],
  ['16', 'Reduce relations', -4.0],
  ['160', 'Reduce relations, not specified below', -4.0],
  ['161', 'Reduce or break diplomatic relations', -4.0],
  ['162', 'Reduce or stop material aid, not specified below', -5.6],
  ['1621', 'Reduce or stop economic assistance', -5.6],
  ['1622', 'Reduce or stop military assistance', -5.6],
  ['1623', 'Reduce or stop humanitarian assistance', -5.6],
  ['163', 'Impose embargo, boycott, or sanctions', -8.0],
  ['164', 'Halt negotiations', -7.0],
  ['165', 'Halt mediation', -6.5],
  ['166', 'Expel or withdraw, not specified below', -7.0],
  ['1661', 'Expel or withdraw peacekeepers', -7.0],
  ['1662', 'Expel or withdraw inspectors, observers', -7.0],
  ['1663', 'Expel or withdraw aid agencies', -7.0],
  ['17', 'Coerce', -7.0],
  ['170', 'Coerce, not specified below', -7.0],
  ['171', 'Seize or damage property, not specified below', -9.2],
  ['1711', 'Confiscate property', -9.2],
  ['1712', 'Destroy property', -9.2],
  ['172', 'Impose administrative sanctions, not specified below', -5.0],
  ['1721', 'Impose restrictions on political freedoms', -5.0],
  ['1722', 'Ban political parties or politicians', -5.0],
  ['1723', 'Impose curfew', -5.0],
  ['1724', 'Impose state of emergency or martial law', -5.0],
  ['173', 'Arrest, detain, or charge with legal action', -5.0],
  ['174', 'Expel or deport individuals', -5.0],
  ['175', 'Use tactics of violent repression', -9.0],
  ['176', 'Attack cybernetically', undefined],
  ['18', 'Assault', -9.0],
  ['180', 'Use unconventional violence, not specified below', -9.0],
  ['181', 'Abduct, hijack, or take hostage', -9.0],
  ['182', 'Physically assault, not specified below', -9.5],
  ['1821', 'Sexually assault', -9.0],
  ['1822', 'Torture', -9.0],
  ['1823', 'Kill by physical assault', -10.0],
  ['183', 'Conduct suicide, car, or other non-military bombing, not specified below', -10.0],
  ['1831', 'Carry out suicide bombing', -10.0],
  ['1832', 'Carry out vehicular bombing', -10.0],
  ['1833', 'Carry out roadside bombing', -10.0],
  ['1834', 'Carry out location bombing', undefined],
  ['184', 'Use as human shield', -8.0],
  ['185', 'Attempt to assassinate', -8.0],
  ['186', 'Assassinate', -10.0],
  ['19', 'Fight', -10.0],
  ['190', 'Use conventional military force, not specified below', -10.0],
  ['191', 'Impose blockade, restrict movement', -9.5],
  ['192', 'Occupy territory', -9.5],
  ['193', 'Fight with small arms and light weapons', -10.0],
  ['194', 'Fight with artillery and tanks', -10.0],
  ['195', 'Employ aerial weapons, not specified below', -10.0],
  ['1951', 'Employ precision-guided aerial munitions', undefined],
  ['1952', 'Employ remotely piloted aerial munitions', undefined],
  ['196', 'Violate ceasefire', -9.5],
  ['20', 'Use unconventional mass violence', -10.0],
  ['200', 'Use unconventional mass violence, not specified below', -10.0],
  ['201', 'Engage in mass expulsion', -9.5],
  ['202', 'Engage in mass killings', -10.0],
  ['203', 'Engage in ethnic cleansing', -10.0],
  ['204', 'Use weapons of mass destruction, not specified below', -10.0],
  ['2041', 'Use chemical, biological, or radiological weapons', -10.0],
  ['2042', 'Detonate nuclear weapons', -10.0],
]

/**
 * Every CAMEO 1.1b3 event code, root categories (`01` … `20`) included, in codebook order,
 * each with its name and its score in {@link GOLDSTEIN}.
 *
 * @category model
 * @since 0.2.0
 */
export const EVENT_CODES: ReadonlyArray<EventCode> = ROWS.map(([code, name, score]) =>
  score === undefined ? { code, name } : { code, name, goldstein: score },
)

const BY_CODE: ReadonlyMap<string, EventCode> = new Map(EVENT_CODES.map((c) => [c.code, c]))

/**
 * Event `type` words (lower case) and the CAMEO code each names, for events that carry no
 * `cameo` of their own. Only unambiguous words are listed ("strike" is not: a labour strike
 * or a military one); set `cameo` on the event for anything else.
 *
 * @category model
 * @since 0.2.0
 */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  // 04 consult
  meeting: '040',
  meet: '040',
  talks: '040',
  consult: '040',
  consultation: '040',
  summit: '040',
  'phone call': '041',
  call: '041',
  visit: '042',
  mediation: '045',
  negotiation: '046',
  negotiations: '046',
  // 05 diplomatic cooperation, 06 material cooperation, 07 aid
  diplomacy: '050',
  agreement: '057',
  cooperation: '060',
  aid: '070',
  'economic aid': '071',
  'military aid': '072',
  'humanitarian aid': '073',
  // 08 yield
  release: '0841',
  ceasefire: '0871',
  truce: '0871',
  withdrawal: '0874',
  retreat: '0874',
  // 09 investigate, 14 protest
  investigation: '090',
  protest: '141',
  demonstration: '141',
  rally: '141',
  'hunger strike': '142',
  boycott: '143',
  riot: '145',
  // 15 force posture, 16 reduce relations
  mobilization: '154',
  deployment: '154',
  sanction: '163',
  sanctions: '163',
  embargo: '163',
  expulsion: '166',
  // 17 coerce
  seizure: '1711',
  confiscation: '1711',
  curfew: '1723',
  arrest: '173',
  detention: '173',
  deportation: '174',
  crackdown: '175',
  cyberattack: '176',
  // 18 assault
  assault: '180',
  abduction: '181',
  kidnapping: '181',
  'hostage-taking': '181',
  torture: '1822',
  bombing: '183',
  'suicide bombing': '1831',
  'car bombing': '1832',
  assassination: '186',
  // 19 fight, 20 mass violence
  attack: '190',
  blockade: '191',
  occupation: '192',
  invasion: '192',
  shooting: '193',
  shelling: '194',
  airstrike: '195',
  'air strike': '195',
  'drone strike': '1952',
  massacre: '202',
  'ethnic cleansing': '203',
}

/**
 * The CAMEO role code of each role an actor can have (see the guide's table); a party is
 * `GOV` or `OPP` in CAMEO depending on whether it governs, which the report does not say,
 * so it gets none.
 */
const ROLE_CODES: Readonly<Record<Role, string | undefined>> = {
  government: 'GOV',
  military: 'MIL',
  intelligence: 'SPY',
  armed_group: 'UAF',
  party: undefined,
  media: 'MED',
  international: 'IGO',
  ngo: 'NGO',
  business: 'BUS',
  religious: undefined,
}

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * A code of the CAMEO 1.1b3 codebook, with its name and score.
 *
 * @category queries
 * @since 0.2.0
 */
export const lookup = (code: string): O.Option<EventCode> => O.fromNullable(BY_CODE.get(code))

/**
 * The code's root category: its first two digits (`1384` → `13`).
 *
 * @category queries
 * @since 0.2.0
 */
export const root = (code: string): string => code.slice(0, 2)

/**
 * The code's parent: a four-digit code's three-digit code, a three-digit code's root;
 * none for a root.
 *
 * @category queries
 * @since 0.2.0
 */
export const parent = (code: string): O.Option<string> =>
  code.length > 2 ? O.some(code.length === 4 ? code.slice(0, 3) : code.slice(0, 2)) : O.none

/**
 * The Goldstein score of a code in {@link GOLDSTEIN}: its own row, or the nearest parent's
 * for the codes added to CAMEO after the table (`1951` scores as `195`, `155` as `15`);
 * none for a code that is not in the codebook. The answer names the row it used.
 *
 * `goldstein('011')` is some `{ score: -0.1, code: '011', table: 'gdelt-cameo-goldsteinscale' }`;
 * `goldstein('1952')` is scored by its parent's row, `195` (−10).
 *
 * @category queries
 * @since 0.2.0
 */
export const goldstein = (code: string): O.Option<Goldstein> => {
  if (!BY_CODE.has(code)) return O.none
  for (let c: O.Option<string> = O.some(code); O.isSome(c); c = parent(c.value)) {
    const score = BY_CODE.get(c.value)?.goldstein
    if (score !== undefined) return O.some({ score, code: c.value, table: GOLDSTEIN.id })
  }
  return O.none
}

/**
 * An event's CAMEO code and how it was chosen: its own `cameo`, else the code its `type`
 * names in {@link TYPE_CODES} (compared in lower case, spaces collapsed).
 *
 * @category queries
 * @since 0.2.0
 */
export const eventCode = (
  e: Event.Event,
): O.Option<{ readonly code: string; readonly basis: 'event' | 'type' }> => {
  if (e.cameo !== undefined) return O.some({ code: e.cameo, basis: 'event' })
  const word = e.type.trim().toLowerCase().replace(/\s+/g, ' ')
  return Object.hasOwn(TYPE_CODES, word)
    ? O.some({ code: TYPE_CODES[word]!, basis: 'type' })
    : O.none
}

/**
 * The code a threat of a consequence with this code refines to: a military consequence
 * makes `138x` (`1381` blockade, `1382` occupation, `1383` unconventional violence, `1384`
 * conventional attack, `1385` weapons of mass destruction), a reduction of relations
 * `131x`, `134`–`136`, administrative sanctions `132x`, repression `137`, dissent `133`.
 * None when the consequence's code says nothing more specific than "threaten".
 *
 * @category queries
 * @since 0.2.0
 */
export const threatOf = (consequence: string): O.Option<string> => {
  const r = root(consequence)
  const c = consequence
  switch (r) {
    case '18':
      return O.some('1383')
    case '19':
      return O.some(c.startsWith('191') ? '1381' : c.startsWith('192') ? '1382' : '1384')
    case '20':
      return O.some(c.startsWith('204') ? '1385' : '1383')
    case '14':
      return O.some('133')
    case '16': {
      const t = THREATS_16[c.slice(0, 3)]
      return O.fromNullable(t)
    }
    case '17': {
      if (c.startsWith('172')) return O.some(c.length === 4 ? `132${c[3]}` : '132')
      if (c.startsWith('173') || c.startsWith('174') || c.startsWith('175')) return O.some('137')
      return O.none
    }
    default:
      return O.none
  }
}

const THREATS_16: Readonly<Record<string, string>> = {
  '160': '131',
  '161': '1313',
  '162': '1311',
  '163': '1312',
  '164': '134',
  '165': '135',
  '166': '136',
}

/**
 * An actor's code from its profile: `IGO` for an international body, else its country
 * followed by its role code (`USA` + `GOV`); none when neither is known.
 */
const codeOf = (p: Profile | undefined): string | undefined => {
  if (p === undefined || p.members !== undefined) return undefined
  if (p.role === 'international') return 'IGO'
  const role = p.role === undefined ? undefined : ROLE_CODES[p.role]
  const code = `${p.country ?? ''}${role ?? ''}`
  return code === '' ? undefined : code
}

/**
 * The CAMEO code of every actor of a report: its `external.cameo`, else one derived from
 * its kind, sector, country and relations (see the guide's table). A collective has no code
 * of its own (list its members' codes with {@link actorCodes}' answer for each member).
 * Building the lookup is linear in the number of actors; each answer takes constant time.
 *
 * @category queries
 * @since 0.2.0
 */
export const actorCodes = (r: Report.ReportData): ((id: Id.ActorId) => ActorCode) => {
  const profile = profiles(r.actors)
  const external = new Map<string, string>()
  for (const a of r.actors) {
    const code = a.external?.cameo
    if (code !== undefined && !external.has(a.id)) external.set(a.id, code)
  }
  return (actor) => {
    const given = external.get(actor)
    if (given !== undefined) return { actor, code: given, basis: 'external' }
    const code = codeOf(profile(actor))
    return code === undefined ? { actor, basis: 'none' } : { actor, code, basis: 'derived' }
  }
}

const ACT_ROOT_THREATEN = '13'

/**
 * A statement's CAMEO code and how it was chosen, given how to code its threat: the act's
 * default, refined for a statement that states a threat (see {@link threatOf}; `139` for an
 * ultimatum that nothing more specific describes) or withdraws one (`080`).
 */
const statementCode = (
  s: Statement.Statement,
  threatCode: (id: Id.ThreatId) => { readonly code: string; readonly basis: Basis } | undefined,
): { readonly code: string; readonly basis: Basis } | undefined => {
  const code = Statement.ACTS[s.act].cameo
  if (s.content.kind === 'threat' && s.act === 'withdraw')
    return { code: '080', basis: 'withdrawal' }
  if (code === undefined) return undefined
  const fallback = { code, basis: 'act' as const }
  if (s.content.kind !== 'threat' || root(code) !== ACT_ROOT_THREATEN) return fallback
  return threatCode(s.content.threat) ?? fallback
}

/** How a threat refines a threatening act, or undefined: computed once per threat. */
const threatCoder = (
  threats: ReadonlyArray<Threat.Threat>,
  eventCodes: ReadonlyMap<string, string>,
): ((id: Id.ThreatId) => { readonly code: string; readonly basis: Basis } | undefined) => {
  const byId = new Map<string, Threat.Threat>()
  for (const t of threats) if (!byId.has(t.id)) byId.set(t.id, t)
  const memo = new Map<string, { readonly code: string; readonly basis: Basis } | null>()
  const compute = (t: Threat.Threat) => {
    if (t.valence === 'positive' || t.withdrawn === true) return null
    let refined: string | undefined
    for (const e of Proposition.events(t.consequence)) {
      const code = eventCodes.get(e)
      const r = code === undefined ? O.none : threatOf(code)
      if (O.isSome(r)) {
        refined = r.value
        break
      }
    }
    if (refined !== undefined) return { code: refined, basis: 'threat' as const }
    if (t.condition !== undefined && t.deadline !== undefined)
      return { code: '139', basis: 'ultimatum' as const }
    return null
  }
  return (id) => {
    let r = memo.get(id)
    if (r === undefined) {
      const t = byId.get(id)
      r = t === undefined ? null : compute(t)
      memo.set(id, r)
    }
    return r ?? undefined
  }
}

/**
 * Codes a whole report: one {@link Coding} per statement whose act has a code and per
 * event with a code, in the report's order (statements first), with sources and targets as
 * {@link ActorCode}s, the day it happened when known, and the Goldstein score of its code.
 * Linear in the size of the report (each threat is read once, however many statements
 * state it).
 *
 *
 * @category queries
 * @since 0.2.0
 */
export const fromReport = (r: Report.ReportData): Export => {
  const actor = actorCodes(r)
  const actors = (ids: ReadonlyArray<Id.ActorId> | undefined) => (ids ?? []).map(actor)
  const codings: Coding[] = []
  const omitted: Omitted[] = []
  const eventCodes = new Map<string, string>()
  const eventBases = new Map<string, 'event' | 'type'>()
  for (const e of r.events) {
    const c = eventCode(e)
    if (O.isSome(c) && !eventCodes.has(e.id)) {
      eventCodes.set(e.id, c.value.code)
      eventBases.set(e.id, c.value.basis)
    }
  }
  const coding = (
    node: string,
    kind: 'statement' | 'event',
    code: string,
    basis: Basis,
    source: ReadonlyArray<ActorCode>,
    target: ReadonlyArray<ActorCode>,
    when: ReturnType<typeof days>,
  ): Coding => {
    const known = BY_CODE.get(code)
    const score = goldstein(code)
    if (known === undefined)
      omitted.push({
        node,
        kind,
        reason: 'unknown_code',
        message: `"${code}" is not a CAMEO 1.1b3 event code: coded without a name or a Goldstein score`,
      })
    return {
      node,
      kind,
      code,
      ...(known === undefined ? {} : { name: known.name }),
      basis,
      ...(O.isSome(score) ? { goldstein: score.value } : {}),
      source,
      target,
      ...(when === undefined ? {} : { date: when.first }),
      ...(when?.last === undefined ? {} : { enddate: when.last }),
    }
  }
  const threatCode = threatCoder(r.threats, eventCodes)
  for (const s of r.statements) {
    const coded = statementCode(s, threatCode)
    if (coded === undefined) {
      omitted.push({
        node: s.id,
        kind: 'statement',
        reason: 'no_code',
        message: `the act ${s.act} has no CAMEO code (the speaker did not act: a non-answer)`,
      })
      continue
    }
    const { code, basis } = coded
    codings.push(
      coding(
        s.id,
        'statement',
        code,
        basis,
        actors(s.speakers),
        actors(s.addressees),
        days(s.time, r.published),
      ),
    )
  }
  for (const e of r.events) {
    const code = eventCodes.get(e.id)
    if (code === undefined) {
      omitted.push({
        node: e.id,
        kind: 'event',
        reason: 'no_code',
        message: `event of type "${e.type.slice(0, 100)}" has no cameo code and its type is not in TYPE_CODES`,
      })
      continue
    }
    codings.push(
      coding(
        e.id,
        'event',
        code,
        eventBases.get(e.id)!,
        actors(e.agents),
        actors(e.targets),
        days(e.time, r.published),
      ),
    )
  }
  return { codings, omitted }
}

/**
 * Codings as JSON Lines: one coding per line.
 *
 * @category utils
 * @since 0.2.0
 */
export const toJsonl = (codings: ReadonlyArray<Coding>): string =>
  codings.map((c) => `${JSON.stringify(c)}\n`).join('')
