import { sql, type Expression, type SqlBool } from 'kysely';
import type { Role } from '../db/schema.js';
import { conflict, forbidden } from '../errors/app-error.js';
import type { Actor } from './actor.js';
import { districtOf, NATIONAL_PLACE_ID } from '../places/place-name.js';
import { placeInScope, scopeFilter } from './policy.js';

// Access to incident reports and cases (framework steps 1-9): who may do what,
// and which rows each role sees. Deny by default: a role missing here gets nothing.

export type CaseAction =
  | 'report:create' // identify and report (step 1)
  | 'report:hotline' // the 116 hotline's fast intake form
  | 'report:register' // read the district register of reported incidents (step 2)
  | 'report:screen' // screen and categorise risk (step 3)
  | 'case:open' // intake: open the case file (step 4)
  | 'case:read' // read a case file in scope
  | 'case:work' // record assessment, plan, services, visits, reviews, notes
  | 'case:allocate' // allocate or change the lead caseworker
  | 'case:approve_closure' // approve closure for a reason other than benchmarks met
  | 'case:transfer' // send or accept a transfer
  | 'visit:record' // record a monitoring visit asked of them (IZU)
  | 'transfer:receive' // see and accept or decline a transfer sent to them
  | 'worklist:read' // see the deadlines of one's reports and cases
  | 'referral:make' // refer a child to a provider, record access and outcome, complete or withdraw (step 7)
  | 'referral:override_consent' // send a referral the consent on record does not cover, on a vital-interest basis
  | 'referral:receive' // a provider's focal person: the inbox, accept or decline, the service given, feedback
  | 'deadlines:escalate' // run the escalation of overdue deadlines by hand (it also runs on a timer)
  | 'care:approve_gatekeeping' // approve (or return) a gatekeeping decision on alternative care
  | 'case:break_glass'; // open a case outside one's scope in an emergency, with a written reason (Law 058/2021 Art. 9: the child's vital interest)

const caseActionGrants: Record<CaseAction, readonly Role[]> = {
  'report:create': [
    'izu',
    'izu_cell_coordinator',
    'izu_sector_coordinator',
    'local_leader',
    'hotline_agent',
    'cpwo',
    'cso_caseworker',
    'supervisor',
    'service_provider',
  ],
  'report:hotline': ['hotline_agent'],
  'report:register': ['cpwo', 'supervisor'],
  'report:screen': ['cpwo'],
  'case:open': ['cpwo'],
  'case:read': ['cpwo', 'cso_caseworker', 'supervisor'],
  'case:work': ['cpwo', 'cso_caseworker'],
  'case:allocate': ['cpwo'],
  'case:approve_closure': ['supervisor'],
  'case:transfer': ['cpwo'],
  'visit:record': ['izu', 'cpwo', 'cso_caseworker'],
  // A district transfer goes to the district's CPWO; a transfer to an agency to its staff.
  'transfer:receive': ['cpwo', 'cso_caseworker', 'service_provider'],
  'worklist:read': ['cpwo', 'cso_caseworker', 'supervisor'],
  'referral:make': ['cpwo', 'cso_caseworker'],
  // The accountable officer of the district decides to share without consent (framework 3.4); the supervisor hears of it.
  'referral:override_consent': ['cpwo'],
  'referral:receive': ['service_provider'],
  'deadlines:escalate': ['sysadmin'],
  // A professional who may hold case files (or NCDA in an emergency): a CPWO of
  // another district where a child turns up, a caseworker, a supervisor, an NCDA officer.
  'case:break_glass': ['cpwo', 'cso_caseworker', 'supervisor', 'ncda_officer'],
  // Gatekeeping (003): the caseworker decides necessity and suitability; the supervisor approves.
  'care:approve_gatekeeping': ['supervisor'],
};

/**
 * A live emergency access ("break the glass", src/data-protection/emergency-access.service.ts):
 * loaded with the session for each request (live ones only, by the server's
 * clock), it widens the actor's case scope to that one case until it expires.
 * Nothing else widens a scope; nobody grants one to someone else.
 */
export type EmergencyGrant = { caseId: string; allowsWork: boolean; expiresAt: Date };

type GrantHolder = Pick<Actor, 'role'> & { emergencyGrants?: readonly EmergencyGrant[] };

const liveGrants = (actor: GrantHolder) => actor.emergencyGrants ?? [];

export function canCase(actor: GrantHolder, action: CaseAction): boolean {
  if (caseActionGrants[action].includes(actor.role)) return true;
  // An emergency access lets its holder read that case (caseScope holds it and nothing more).
  return action === 'case:read' && liveGrants(actor).length > 0;
}

export function assertCanCase(actor: GrantHolder, action: CaseAction): void {
  if (!canCase(actor, action)) throw forbidden();
}

/**
 * Which incident reports an actor sees, as SQL on `incident_reports as r`:
 * the district register for CPWOs and supervisors in their jurisdiction;
 * for everyone else only the reports they recorded (status only: see reportView).
 */
export function reportScope(actor: Actor): Expression<SqlBool> {
  if (actor.role === 'cpwo' || actor.role === 'supervisor') return scopeFilter(actor, 'r.place_id', 'r.district_id');
  if (canCase(actor, 'report:create')) return sql<SqlBool>`r.recorded_by = ${actor.id}`;
  return sql<SqlBool>`false`;
}

/** Need-to-know for a report: the register sees it all; a reporter sees its status. */
export function reportView(actor: Actor): 'full' | 'status' {
  return actor.role === 'cpwo' || actor.role === 'supervisor' ? 'full' : 'status';
}

/**
 * Which cases an actor sees, as SQL on `cases as c`: a CPWO the district's
 * cases; a CSO caseworker the cases delegated to them; a supervisor the
 * cases led by their supervisees. Nobody else reads case files (an IZU sees
 * visit tasks; analysts see statistics).
 */
export function caseScope(actor: Actor, purpose: CasePurpose = 'read'): Expression<SqlBool> {
  const own = ownCaseScope(actor);
  if (purpose === 'use') {
    // Exports and other uses of many files: one's own cases (never an
    // emergency access), and no child whose processing is restricted
    // (Law 058/2021 Art. 21: stored, used for nothing else).
    return sql<SqlBool>`(${own} and not exists (select 1 from children rch where rch.id = c.child_id and rch.restricted_at is not null))`;
  }
  const grants = liveGrants(actor);
  if (grants.length === 0) return own;
  return sql<SqlBool>`(${own} or c.id in (${sql.join(grants.map((g) => g.caseId))}))`;
}

/** 'read': open and read the file (an emergency access included); 'use': export or process it in bulk. */
export type CasePurpose = 'read' | 'use';

function ownCaseScope(actor: Actor): Expression<SqlBool> {
  switch (actor.role) {
    case 'cpwo':
      return scopeFilter(actor, 'c.place_id', 'c.district_id');
    case 'cso_caseworker':
      return sql<SqlBool>`c.lead_caseworker_id = ${actor.id}`;
    case 'supervisor':
      return sql<SqlBool>`(c.supervisor_id = ${actor.id} or c.lead_caseworker_id in (select u.id from users u where u.supervisor_id = ${actor.id}))`;
    default:
      return sql<SqlBool>`false`;
  }
}

/** What an emergency access that allows more than reading lets its holder do. */
const EMERGENCY_WORK: readonly CaseAction[] = ['case:work', 'referral:make', 'visit:record'];

/** Does the actor reach this case only through an emergency access (and so, unless it allows more, read-only)? */
export function emergencyGrantFor(actor: GrantHolder, caseId: string): EmergencyGrant | undefined {
  return liveGrants(actor).find((g) => g.caseId === caseId);
}

/**
 * May the actor change this case (it is in their scope already)? Every change
 * of a case passes here (src/cases/case-change.ts): a child whose processing
 * is restricted has a read-only file (409, with what the law requires); an
 * emergency access is read-only unless its reason allowed more (403).
 */
export function assertCaseUsable(actor: GrantHolder, kase: { id: string; restricted: boolean }, action: CaseAction): void {
  if (kase.restricted) {
    throw conflict('The child’s data is restricted (Law 058/2021 Art. 21): the file is kept, and used for nothing else', 'errors.record_restricted');
  }
  const grant = emergencyGrantFor(actor, kase.id);
  // Acting to protect the child is casework and referral; allocating, closing or transferring the case stays with its district.
  if (grant && (!grant.allowsWork || !EMERGENCY_WORK.includes(action))) throw forbidden('This emergency access is read-only', 'errors.emergency_read_only');
}

/** May this actor open an emergency access to a case (it is outside their own scope)? */
export function mayBreakGlass(actor: GrantHolder): boolean {
  return caseActionGrants['case:break_glass'].includes(actor.role);
}

/**
 * A record of a case (its case id in `caseIdColumn`, qualified) in the actor's
 * case scope, as SQL: every reader of a case's sections applies it, so none
 * reaches a section of a case outside the actor's scope.
 */
export function caseRecordScope(actor: Actor, caseIdColumn: string): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from cases c where c.id = ${sql.ref(caseIdColumn)} and ${caseScope(actor)})`;
}

/**
 * Which visit tasks an actor sees, as SQL on `visit_tasks as vt`: an IZU only
 * the open tasks asked of them, of cases still open (with what the visit needs
 * and nothing else: see src/cases/monitoring/visits.repository.ts). A task done,
 * cancelled, or of a case closed or transferred is no longer theirs: it
 * answers 404. Caseworkers see a case's visit requests through the case
 * (caseScope), not through this list.
 */
export function visitTaskScope(actor: Actor): Expression<SqlBool> {
  if (actor.role === 'izu') {
    return sql<SqlBool>`(vt.izu_user_id = ${actor.id} and vt.status = 'open'
      and exists (select 1 from cases vc where vc.id = vt.case_id and vc.stage not in ('closed', 'transferred')))`;
  }
  return sql<SqlBool>`false`;
}

/** May this IZU be asked to visit a child living at `placeId`? Their village, or an area that contains it. */
export function izuCoversPlace(izu: { role: Role; active: boolean; jurisdictionId: string }, placeId: string): boolean {
  return izu.role === 'izu' && izu.active && izu.jurisdictionId !== NATIONAL_PLACE_ID && placeId.startsWith(izu.jurisdictionId);
}

/**
 * Which pending transfers an actor may receive, as SQL on `case_transfers as tr`:
 * a CPWO those sent to their district; the staff of an agency those sent to it.
 */
export function incomingTransferScope(actor: Actor): Expression<SqlBool> {
  if (!canCase(actor, 'transfer:receive')) return sql<SqlBool>`false`;
  const toOrganisation = actor.organisationId ? sql<SqlBool>`tr.to_organisation_id = ${actor.organisationId}` : sql<SqlBool>`false`;
  if (actor.role !== 'cpwo') return toOrganisation;
  const district = districtOf(actor.jurisdictionId);
  const toDistrict =
    actor.jurisdictionId === NATIONAL_PLACE_ID
      ? sql<SqlBool>`tr.to_district_id is not null`
      : district && actor.jurisdictionId.length === 2
        ? sql<SqlBool>`tr.to_district_id = ${district}`
        : sql<SqlBool>`false`;
  return sql<SqlBool>`(${toDistrict} or ${toOrganisation})`;
}

/**
 * Which open deadlines an actor's worklist holds, as SQL on `deadlines as d`
 * left-joined to `incident_reports as r` and `cases as c`: a case's deadlines
 * follow caseScope (CPWO: the district; CSO caseworker: their cases;
 * supervisor: their supervisees' cases); a report's deadlines before intake
 * (screening, the tier response) belong to the district register's CPWOs.
 */
export function deadlineScope(actor: Actor): Expression<SqlBool> {
  // Only open cases have open deadlines (case-ending.ts meets them), so a
  // caseworker's or supervisor's are found from their open cases
  // (cases_lead_open_idx, cases_supervisor_open_idx).
  const ofCases = sql<SqlBool>`d.case_id in (select c.id from cases c where ${caseScope(actor)} and c.stage not in ('closed', 'transferred'))`;
  if (actor.role === 'cpwo') {
    // A data protection request's due date is kept in the requests register,
    // and a supervision session due (issue 16) is the supervisor's: neither is
    // in a CPWO's casework list.
    return sql<SqlBool>`(d.dp_request_id is null and d.supervisee_id is null and ${cpwoDeadlineScope(actor, ofCases)})`;
  }
  if (actor.role === 'supervisor') {
    // A supervision session due with one of their supervisees (issue 16) is the supervisor's work.
    return sql<SqlBool>`(${ofCases} or d.supervisee_id in (select sv.id from users sv where sv.supervisor_id = ${actor.id}))`;
  }
  return ofCases;
}

function cpwoDeadlineScope(actor: Actor, ofCases: Expression<SqlBool>): Expression<SqlBool> {
  // An open deadline's district_id is its case's (or report's) district: a
  // transfer moves it with the case (moveCaseToDistrict), and closing or
  // transferring a case meets its deadlines (case-ending.ts). So a district
  // CPWO's open deadlines are exactly those of the district, read from
  // deadlines_district_open_idx without joining cases or reports (issue 5).
  const district = districtOf(actor.jurisdictionId);
  if (district && district === actor.jurisdictionId) return sql<SqlBool>`d.district_id = ${district}`;
  const scoped = sql<SqlBool>`(${ofCases} or (d.case_id is null and ${reportScope(actor)}))`;
  return district ? sql<SqlBool>`(d.district_id = ${district} and ${scoped})` : scoped;
}

/**
 * Which children an actor may look up (likely matches at intake, a child by
 * code), as SQL on `children as ch`: a CPWO the children of the district
 * (where they live now, or of an open case the district holds); a
 * case reader the children of the cases in their scope; nobody else.
 */
export function childScope(actor: Actor): Expression<SqlBool> {
  if (actor.role === 'cpwo') {
    // The child's place follows their open case when a district transfer is
    // accepted (src/cases/transfer/transfers.service.ts), so the district's
    // children are those living there, and those living elsewhere of whom
    // the district still holds an open case (read from
    // cases_child_elsewhere_idx, migrations/0020: the few open cases whose
    // child's district is not theirs).
    const elsewhere = sql<SqlBool>`ch.id = any(array(select c.child_id from cases c
      where ${caseScope(actor)} and c.child_district_id <> c.district_id and c.stage not in ('closed', 'transferred')))`;
    return sql<SqlBool>`(${scopeFilter(actor, 'ch.place_id', 'ch.district_id')} or ${elsewhere})`;
  }
  if (canCase(actor, 'case:read')) {
    return sql<SqlBool>`exists (select 1 from cases c where c.child_id = ch.id and ${caseScope(actor)})`;
  }
  return sql<SqlBool>`false`;
}

/**
 * Need-to-know within a case file: the child's and household's identity
 * (names, exact birth date, phone numbers) is shown to those who work the
 * case (CPWO, CSO caseworker). A supervisor reviews the work without it.
 */
function childIdentityVisible(actor: GrantHolder): boolean {
  // An NCDA officer reaches only the case of their emergency access (caseScope), and needs to know whose it is.
  return actor.role === 'cpwo' || actor.role === 'cso_caseworker' || (actor.role === 'ncda_officer' && liveGrants(actor).length > 0);
}

/**
 * What of a case file's (or a case list's) identity fields an actor receives.
 * The repositories that load case files, case lists and exports ask this and
 * select null in place of what is hidden, so no reader (JSON, PDF, CSV, or one
 * not yet written) can show what the actor may not see.
 */
type CaseFieldVisibility = {
  /** The child's names and exact birth date, household members' names and phones, consent givers' names. */
  childIdentity: boolean;
};

export function caseFieldVisibility(actor: GrantHolder): CaseFieldVisibility {
  return { childIdentity: childIdentityVisible(actor) };
}

/**
 * What of an incident report's identity fields an actor receives (applied by
 * src/reports/report.repository.ts). The child as reported (name,
 * description): the CPWOs who screen the register. The reporter (often a
 * neighbour or a whistle-blower): the district's CPWOs only, not a province or
 * national one. A supervisor sees what supervision needs: ids, dates, place,
 * sex and age, what happened and the screening (as in a case file, where the
 * narrative stays and the names go), tier, status, deadlines.
 */
export type ReportFieldVisibility = { childIdentity: boolean; reporterIdentity: boolean };

export function reportFieldVisibility(actor: Pick<Actor, 'role' | 'jurisdictionId'>): ReportFieldVisibility {
  const cpwo = actor.role === 'cpwo';
  return { childIdentity: cpwo, reporterIdentity: cpwo && districtOf(actor.jurisdictionId) !== null };
}

/** Who may lead a case (framework 3.4 and §8): a CPWO or a CSO caseworker the CPWO delegates to. */
export const LEAD_CASEWORKER_ROLES: readonly Role[] = ['cpwo', 'cso_caseworker'];

export type LeadCaseworkerProblem = 'not_caseworker' | 'inactive' | 'untrained' | 'out_of_jurisdiction';

/**
 * Why a user may not lead a case located at `casePlaceId`, or null when they
 * may: a CPWO or CSO caseworker, active, who completed the national case
 * management training, whose jurisdiction holds the case.
 */
export function leadCaseworkerProblem(candidate: CaseHolder, casePlaceId: string): LeadCaseworkerProblem | null {
  return caseHolderProblem(candidate, casePlaceId, LEAD_CASEWORKER_ROLES);
}

type CaseHolder = { role: Role; active: boolean; trainingCompletedOn: string | null; jurisdictionId: string };

function caseHolderProblem(candidate: CaseHolder, casePlaceId: string, roles: readonly Role[]): LeadCaseworkerProblem | null {
  if (!roles.includes(candidate.role)) return 'not_caseworker';
  if (!candidate.active) return 'inactive';
  if (!candidate.trainingCompletedOn) return 'untrained';
  if (!placeInScope(candidate, casePlaceId)) return 'out_of_jurisdiction';
  return null;
}

/**
 * Tool 16: two people move a case. The one who sent a transfer never answers
 * it (accept or decline); they may cancel it while it waits.
 */
export function mayDecideTransfer(actor: Pick<Actor, 'id'>, transfer: { requestedBy: string }): boolean {
  return transfer.requestedBy !== actor.id;
}

/** Tool 16: a case goes to an agency of its own, never to the sender's own organisation (that would end it alone). */
export function mayTransferToOrganisation(actor: Pick<Actor, 'organisationId'>, organisationId: string): boolean {
  return actor.organisationId !== organisationId;
}

/**
 * Why a user may not take over a case by accepting its transfer, or null
 * when they may. The one who accepts takes the case on, so the rules of the
 * lead caseworker apply (active, trained, the case's place in their
 * jurisdiction): a district transfer makes them the lead (a CPWO or CSO
 * caseworker, at the case's new place); an agency's staff who receive
 * transfers take over the case at its place.
 */
export function transferReceiverProblem(candidate: CaseHolder, transfer: { toDistrictId: string | null }, casePlaceId: string): LeadCaseworkerProblem | null {
  if (transfer.toDistrictId) return leadCaseworkerProblem(candidate, casePlaceId);
  return caseHolderProblem(candidate, casePlaceId, caseActionGrants['transfer:receive']);
}

/**
 * Which case conferences an actor sees, as SQL on `case_conferences as cc`
 * joined to `cases as c`: those of the cases in their scope, and those they
 * take part in once their confidentiality agreement is signed. Before signing
 * a participant sees nothing of the conference's case.
 */
export function conferenceScope(actor: Actor): Expression<SqlBool> {
  return sql<SqlBool>`(${caseScope(actor)} or exists (select 1 from conference_participants cpa where cpa.conference_id = cc.id and cpa.user_id = ${actor.id} and cpa.agreement_signed_at is not null))`;
}

/** Every case action a role holds: the web app shows each role only what it may do (GET /auth/me). */
export function caseActionsOf(role: Role): CaseAction[] {
  return (Object.keys(caseActionGrants) as CaseAction[]).filter((a) => caseActionGrants[a].includes(role));
}
