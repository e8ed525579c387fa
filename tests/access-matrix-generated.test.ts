import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseActionsOf, type CaseAction } from '../src/access/case-access.js';
import { permissionsOf, type Permission } from '../src/access/policy.js';
import { generateChildCode } from '../src/children/child-code.js';
import { ROUTE_ACCESS, type RecordScope, type RouteRule } from '../src/access/route-access.js';
import type { Role } from '../src/db/schema.js';
import { ROLES } from '../src/people/people-vocabulary.js';
import { FILE_AUDIT_CODES } from '../src/indicators/file-audit-checklist.js';
import { assessmentBody, consentGiven, newChild } from './cases-support.js';
import { benchmarks } from './followup-support.js';
import { insertCase, insertReport } from './support/case-factories.js';
import { addFocalPerson, insertService } from './support/directory-fixtures.js';
import { client, createOrganisation, createUser, PLACES, sessionFor, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The access matrix, generated from the route access table
// (src/access/route-access.ts), not from a hand-kept list: every role × every
// route that names a record × a record out of the caller's scope (another
// district's case, report, child, user, conference, visit task, transfer,
// attachment; another user's notification), and, for routes that name two
// records, an in-scope record paired with another's sub-record (the id-swap
// attack). Each must be refused (403: the role may never; 404: not yours,
// as if it did not exist) with the error body alone, carrying nothing of the
// other record, and must change nothing. Reads of in-scope records answer 200
// exactly to the roles that hold the route's permission and whose scope holds
// the record. A new route with a record id is tried here the day it is added:
// a write route needs a valid body below (the suite says which is missing).

// Everyone works in or above Gasabo; the other records are in Bugesera, which
// none of these jurisdictions contains (the hotline is national but sees only
// the reports it recorded).
const JURISDICTION: Record<Role, string> = {
  izu: PLACES.gasaboVillage,
  izu_cell_coordinator: PLACES.gasaboCell,
  izu_sector_coordinator: PLACES.gasaboSector,
  cpwo: PLACES.gasabo,
  cso_caseworker: PLACES.gasabo,
  supervisor: PLACES.gasabo,
  service_provider: PLACES.gasabo,
  hotline_agent: PLACES.rwanda,
  local_leader: PLACES.gasaboSector,
  ncda_officer: PLACES.kigali,
  dpo: PLACES.kigali,
  analyst: PLACES.kigali,
  sysadmin: PLACES.kigali,
};

/** Strings that exist only in the other district's records: none may appear in a refusal. */
const SECRETS = ['Siriwanyuma', 'Bwiherero', 'Kiboneka', 'secret-scan.pdf', 'Ibanga ry', 'Nyirabwiru'];

type Ids = {
  case: string;
  report: string;
  user: string;
  child: string;
  conference: string;
  participant: string;
  visitTask: string;
  visitRequest: string;
  transfer: string;
  caseTransfer: string;
  attachment: string;
  notification: string;
  referral: string;
  volunteer: string;
  provider: string;
  supervisionSession: string;
  fileAudit: string;
  dpRequest: string;
  emergencyAccess: string;
  breach: string;
  retentionRun: string;
  retentionHold: string;
  reintegration: string;
  lead: string;
  plan: string;
  carer: string;
  placement: string;
};
let t: TestApp;
const sessions = {} as Record<Role, Session>;
const users = {} as Record<Role, { id: string }>;
const inn = {} as Ids;
const out = {} as Ids;
let organisationId: string;
let referralService: { organisationId: string; serviceId: string };
const tableSnapshots: string[] = [];

const has = (role: Role, p: Permission | CaseAction) => (permissionsOf(role) as string[]).includes(p) || (caseActionsOf(role) as string[]).includes(p);

/** Which roles' scope holds the in-scope record of each kind (the access module's rules, in words). */
const IN_SCOPE: Partial<Record<RecordScope, readonly Role[]>> = {
  case: ['cpwo', 'cso_caseworker', 'supervisor'], // the district; the lead; the lead's supervisor
  conference: ['cpwo', 'cso_caseworker', 'supervisor'], // the case's readers
  report: ['cpwo', 'supervisor', 'izu'], // the register; the IZU who recorded it
  child: ['cpwo', 'cso_caseworker', 'supervisor'], // the district; readers of the child's case
  user: ['cpwo', 'supervisor', 'ncda_officer', 'sysadmin'], // the jurisdiction's people
  'visit-task': ['izu'], // the IZU asked
  referral: ['service_provider'], // the receiving organisation's focal person (the sending side reads it through the case)
  volunteer: ['cpwo', 'izu_cell_coordinator', 'izu_sector_coordinator', 'sysadmin'], // the registry of one's area
  'dp-request': ['cpwo', 'dpo'], // the district's CPWOs; the data protection officer's jurisdiction
  'emergency-access': ['dpo'], // the officer's review list
  'retention-run': ['dpo', 'sysadmin'], // national: whoever holds retention:manage
  'retention-hold': ['dpo', 'sysadmin'],
  place: ROLES,
  carer: ['cpwo', 'cso_caseworker', 'supervisor'], // the foster carers of the district
  placement: ['izu'], // the village IZU follows up the placements in the village
  organisation: ROLES, // the directory is national: its readers read every provider
  national: ROLES, // a national record (the breach register): whoever holds the permission
  'supervision-session': ['supervisor', 'cso_caseworker'], // the supervisor who held it; the caseworker
  'file-audit': ['cpwo', 'supervisor'], // the district's auditors
};

async function api(s: Session, method: string, url: string, body?: unknown) {
  const c = client(t, s);
  switch (method) {
    case 'GET':
      return c.get(url);
    case 'POST':
      return c.post(url, body);
    case 'PUT':
      return c.put(url, body);
    case 'PATCH':
      return c.patch(url, body);
    default:
      return c.delete(url);
  }
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers of many routes, read field by field below
function ok(res: { statusCode: number; body: string; json(): any }, what: string) {
  expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

function multipartPdf(name: string) {
  const boundary = '----rinda-matrix';
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(600, 0x41)]);
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="category"\r\n\r\nevidence\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const upload = (s: Session, caseId: string, name: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/attachments`,
    ...((m) => ({ payload: m.payload, headers: { ...m.headers, cookie: s.cookie, 'x-csrf-token': s.csrf } }))(multipartPdf(name)),
  });

/** A valid body for each write route that names a record: the refusal must come from access, not from validation. */
const bodies = (): Record<string, unknown> => ({
  'PATCH /api/v1/organisations/:id': { name: 'Renamed by the matrix' },
  'PATCH /api/v1/users/:id': { language: 'fr' },
  'POST /api/v1/users/:id/deactivate': {},
  'POST /api/v1/users/:id/activate': {},
  'POST /api/v1/users/:id/reset-password': {},
  'POST /api/v1/users/:id/unlock': {},
  'POST /api/v1/notifications/:id/read': {},
  'POST /api/v1/reports/:id/screening': { isVena: false, needs: ['poverty'], earlyInterventions: ['ubudehe'] },
  'POST /api/v1/reports/:reportId/intake': { child: newChild() },
  'POST /api/v1/cases/:id/consents': consentGiven(),
  'POST /api/v1/cases/:id/allocation': { leadCaseworkerId: users.cso_caseworker.id },
  'POST /api/v1/cases/:id/assessments': assessmentBody(),
  'PUT /api/v1/cases/:id/plan': planBody(),
  'POST /api/v1/cases/:id/conferences': conferenceBody(),
  'PATCH /api/v1/conferences/:id': { purpose: 'Changed by the matrix' },
  'POST /api/v1/conferences/:id/sign-agreement': {},
  'POST /api/v1/conferences/:id/participants/:participantId/paper-agreement': {},
  'POST /api/v1/cases/:id/services': { description: 'Medical examination', providedByName: 'Isange', providedOn: '2026-11-01' },
  'POST /api/v1/cases/:id/visits': { visitedAt: '2026-11-02T06:00:00Z', observations: 'Child at home', childSafe: true },
  'POST /api/v1/cases/:id/visit-requests': { izuUserId: users.izu.id, dueDate: '2026-11-20', purpose: 'Check school attendance' },
  'POST /api/v1/cases/:id/visit-requests/:requestId/cancel': {},
  'POST /api/v1/visit-tasks/:id/visit': { visitedAt: '2026-11-02T06:00:00Z', observations: 'Child at home', childSafe: true },
  'POST /api/v1/cases/:id/reviews': { benchmarks: benchmarks(), outcome: 'continue' },
  'POST /api/v1/cases/:id/notes': { body: 'Spoke to the teacher' },
  'POST /api/v1/cases/:id/feedback': { respondent: 'caregiver', satisfaction: 4 },
  'POST /api/v1/cases/:id/closure': { reason: 'died', note: 'Reported by the health centre' },
  'POST /api/v1/cases/:id/closure/approve': {},
  'POST /api/v1/cases/:id/closure/reject': { note: 'Not yet' },
  'POST /api/v1/cases/:id/closure/withdraw': {},
  'POST /api/v1/cases/:id/reopen': { reason: 'New incident' },
  'POST /api/v1/cases/:id/transfers': { toDistrictId: PLACES.nyarugenge, reason: 'The family moved' },
  'POST /api/v1/cases/:id/transfers/:transferId/cancel': {},
  'POST /api/v1/transfers/:id/accept': {},
  'POST /api/v1/transfers/:id/decline': { reason: 'Not here' },
  'POST /api/v1/cases/:id/attachments': 'multipart',
  'POST /api/v1/cases/:id/paper-file/check-out': { holderUserId: users.cso_caseworker.id, permanent: false },
  'POST /api/v1/cases/:id/paper-file/check-in': {},
  'POST /api/v1/cases/:id/referrals': { ...referralService, urgency: 'routine', reason: 'Parenting support', sharedGroups: ['identity'] },
  'POST /api/v1/reports/:id/referrals': {
    ...referralService,
    urgency: 'routine',
    reason: 'Parenting support',
    sharedGroups: ['identity'],
    consentNote: 'The mother agreed at screening',
  },
  'POST /api/v1/referrals/:id/outcome': { accessedOn: '2026-11-02', outcome: 'yes' },
  'POST /api/v1/data-protection/requests/:id/decision': { outcome: 'refused', legalReason: 'Refused for the matrix: record kept' },
  'POST /api/v1/data-protection/requests/:id/execution': {},
  'POST /api/v1/cases/:id/emergency-access': { reason: 'A child turned up at the health centre tonight', purpose: 'read' },
  'POST /api/v1/data-protection/emergency-access/:id/review': { finding: 'Justified, for the matrix' },
  'POST /api/v1/breaches/:id/notice': { sentAt: '2026-11-02T10:00:00+02:00', reference: 'NCSA-MATRIX-1' },
  'PUT /api/v1/care/carers/:id/terms': { capacity: 3, ageMin: 0, ageMax: 17, emergencyAvailable: true },
  'POST /api/v1/care/carers/:id/steps': { step: 'refusal', on: '2026-10-20', reasons: 'Changed by the matrix' },
  'POST /api/v1/cases/:id/care/gatekeeping': careGatekeepingBody(),
  'POST /api/v1/cases/:id/care/gatekeeping/answer': { approve: true },
  'POST /api/v1/cases/:id/care/placements': { careForm: 'kinship_care', familyName: 'An aunt', villageId: PLACES.gasaboVillage, startedOn: '2026-11-01' },
  'POST /api/v1/cases/:id/care/placement/end': { endedOn: '2026-11-02', reason: 'reunified' },
  'POST /api/v1/cases/:id/care/placement/visits': careVisitBody(),
  'POST /api/v1/cases/:id/care/placement/reviews': {
    stillNecessary: true,
    stillSuitable: true,
    reunificationPossible: false,
    permanencePossible: false,
    childParticipation: 'Spoke with the child',
    decision: 'continue',
  },
  'POST /api/v1/care/izu/placements/:id/visits': careVisitBody(),
  'POST /api/v1/breaches/:id/report': { sentAt: '2026-11-02T11:00:00+02:00', reference: 'NCSA-MATRIX-2' },
  'POST /api/v1/retention/holds/:id/release': {},
  'POST /api/v1/referrals/:id/complete': {},
  'POST /api/v1/referrals/:id/withdraw': { reason: 'Changed by the matrix' },
  'POST /api/v1/referrals/:id/accept': {},
  'POST /api/v1/referrals/:id/decline': { reason: 'Not here' },
  'POST /api/v1/referrals/:id/service': { givenOn: '2026-11-02' },
  'POST /api/v1/referrals/:id/feedback': { feedback: 'Changed by the matrix' },
  'PATCH /api/v1/izu/volunteers/:id': { fullName: 'Renamed by the matrix' },
  'POST /api/v1/izu/volunteers/:id/status': { status: 'inactive', on: '2026-11-01' },
  'PUT /api/v1/directory/providers/:id': { name: 'Renamed by the matrix', kind: 'district_office', placeId: PLACES.gasabo },
  'POST /api/v1/workforce/supervision/sessions/:id/acknowledge': { note: 'Changed by the matrix' },
  'POST /api/v1/workforce/supervision/sessions/:id/actions/done': { actionId: '00000000-0000-4000-8000-000000000016' },
  'PUT /api/v1/file-audits/:id/files/:caseId': { checks: Object.fromEntries(FILE_AUDIT_CODES.map((c) => [c, 'yes'])) },
  'POST /api/v1/cases/:id/reintegrations': { startedOn: '2026-11-01' },
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/stages': { stage: 'tracing', completedOn: '2026-11-02' },
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/failure': { reason: 'family_not_found', note: 'Changed by the matrix' },
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/assessments': {
    part: 'social',
    assessedOn: '2026-11-02',
    social: 'Matrix',
    economic: 'Matrix',
    community: 'Matrix',
    familySafe: true,
    recommendation: 'Matrix',
  },
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/leads': leadBody(),
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/leads/:leadId/attempts': { attemptedOn: '2026-11-02', method: 'home_visit', outcome: 'family_found' },
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/leads/:leadId/izu-request': {
    izuUserId: users.izu.id,
    dueDate: '2026-11-20',
    purpose: 'Ask about the family',
  },
  'POST /api/v1/cases/:id/transition-plans': transitionPlanBody(),
  'PUT /api/v1/cases/:id/transition-plans/:planId': transitionPlanBody(),
  'POST /api/v1/cases/:id/transition-plans/:planId/support': { area: 'housing', givenOn: '2026-11-02', note: 'Changed by the matrix' },
  'POST /api/v1/cases/:id/transition-plans/:planId/closure': { closedOn: '2026-11-02', note: 'Changed by the matrix' },
});

function leadBody(name = 'Mukamana Claudine') {
  return { personName: name, relationship: 'aunt_uncle', placeId: PLACES.gasaboVillage, phone: '+250788000111' };
}
function transitionPlanBody(name = 'Habimana Jean') {
  return { housing: 'A room in Kimironko', work: 'Apprentice tailor', education: 'TVET evening classes', safeAdultName: name };
}

function careGatekeepingBody() {
  return {
    familyCarePossible: false,
    necessityReasons: 'Abandoned',
    careForm: 'emergency_foster_care',
    suitabilityReasons: 'A family now',
    childViews: 'Too young to say',
    familyParticipation: 'No family found',
  };
}
function careVisitBody() {
  return { visitedOn: '2026-11-02', childSafe: true, wellbeingSafety: 'Well', schoolAttendance: 'not_school_age' };
}

/** An approved foster carer in a village, and an emergency placement of the case's child with them. */
async function carerAndPlacement(
  call: (method: string, url: string, body?: unknown) => Promise<{ statusCode: number; body: string; json(): unknown }>,
  villageId: string,
  caseId: string,
  name: string,
) {
  const carer = (
    ok(
      await call('POST', '/api/v1/care/carers', { householdName: name, mainCarerName: name, villageId, foundBy: 'izu', capacity: 2, emergencyAvailable: true }),
      'carer',
    ) as { id: string }
  ).id;
  ok(await call('POST', `/api/v1/care/carers/${carer}/steps`, { step: 'assessment', on: '2026-10-01', note: 'Fine' }), 'assessment');
  ok(await call('POST', `/api/v1/care/carers/${carer}/steps`, { step: 'training', on: '2026-10-02', note: 'Done' }), 'training');
  ok(await call('POST', `/api/v1/care/carers/${carer}/steps`, { step: 'approval', on: '2026-10-03', reasons: 'Good', reviewOn: '2027-10-03' }), 'approval');
  const care = ok(
    await call('POST', `/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'emergency_foster_care',
      carerId: carer,
      startedOn: '2026-11-01',
      emergency: true,
    }),
    'placement',
  ) as { placements: { id: string }[] };
  return { carer, placement: care.placements[0]!.id };
}

function planBody() {
  return {
    reviewDate: '2027-01-15',
    goals: [
      {
        description: 'The child is safe',
        measure: 'No incident in a month',
        domain: 'safety',
        actions: [{ description: 'Walking group', responsibleName: 'IZU of the village', dueDate: '2026-11-20' }],
      },
    ],
  };
}
function conferenceBody(extra: { name: string } = { name: 'Mukamana Claudine' }) {
  return {
    type: 'family',
    heldAt: '2026-11-04T08:00:00Z',
    participants: [{ name: extra.name, role: 'mother', agreementSignedOnPaper: false }],
    childParticipation: 'attended',
    caregiverParticipation: 'attended',
  };
}

const scopeOf = (rule: RouteRule): RecordScope | undefined => (rule.access === 'public' ? undefined : rule.scope);

/** The record ids a route's parameters name, for one side (in or out), or an in-scope record with the other side's sub-record. */
function urlFor(pattern: string, rule: RouteRule, side: Ids, sub: Ids = side): string {
  const scope = scopeOf(rule);
  const primary: Record<string, string | undefined> = {
    case: side.case,
    report: side.report,
    user: side.user,
    conference: side.conference,
    'visit-task': side.visitTask,
    transfer: side.transfer,
    notification: side.notification,
    organisation: organisationId,
    place: PLACES.gasabo,
    referral: side.referral,
    volunteer: side.volunteer,
    provider: side.provider,
    'supervision-session': side.supervisionSession,
    'file-audit': side.fileAudit,
    'dp-request': side.dpRequest,
    'emergency-access': side.emergencyAccess,
    // A breach is a national record (one register): the same on both sides.
    national: side.breach,
    'retention-run': side.retentionRun,
    'retention-hold': side.retentionHold,
    carer: side.carer,
    placement: side.placement,
    // Breaking the glass names any case on purpose (its refusals are by role: see UNSCOPED).
    'break-glass': side.case,
  };
  const path = pattern
    .replace(':reportId', side.report)
    .replace(':code', side.child)
    .replace(':id', () => {
      const id = scope && primary[scope];
      if (!id) throw new Error(`${pattern}: the matrix has no record for scope ${scope}; add one`);
      return id;
    })
    .replace(':participantId', sub.participant)
    .replace(':requestId', sub.visitRequest)
    .replace(':transferId', sub.caseTransfer)
    .replace(':attachmentId', sub.attachment)
    .replace(':caseId', sub.case)
    .replace(':reintegrationId', sub.reintegration)
    .replace(':leadId', sub.lead)
    .replace(':planId', sub.plan)
    .replace(':version', '1');
  return QUERIES[`GET ${pattern}`] ? `${path}?${QUERIES[`GET ${pattern}`]}` : path;
}

/** The query a read needs to pass validation. */
const QUERIES: Record<string, string> = {
  'GET /api/v1/cases/:id/conference-candidates': 'q=Test',
  'GET /api/v1/cases/:id/referral-providers': 'serviceType=parenting_support',
  'GET /api/v1/reports/:id/referral-providers': 'serviceType=parenting_support',
  'GET /api/v1/cases/:id/provider-suggestions': 'serviceType=medical_care',
  'GET /api/v1/cases/:id/care/carer-matches': 'careForm=long_term_foster_care',
};

/** Records with no district of their own (the map, the national list of organisations) have no "other district's" copy. */
// An emergency access opens a case outside one's scope by design: the roles
// that may break the glass are tried in tests/data-protection-emergency.test.ts.
const UNSCOPED: RecordScope[] = ['place', 'organisation', 'national', 'break-glass', 'retention-run', 'retention-hold'];

/** The routes that name a record, from the table: each is tried here. */
const routes = Object.entries(ROUTE_ACCESS)
  .filter(([key, rule]) => key.includes(':') && rule.access !== 'public')
  .map(([key, rule]) => {
    const [method, pattern] = key.split(' ') as [string, string];
    return { key, method, pattern, rule, twoIds: (pattern.match(/:/g) ?? []).length > 1 };
  });

async function call(role: Role, route: (typeof routes)[number], url: string) {
  const body = route.method === 'GET' ? undefined : bodies()[route.key];
  if (body === 'multipart') return upload(sessions[role], url.split('/')[4]!, 'matrix.pdf');
  return api(sessions[role], route.method, url, body);
}

/** What is wrong with an answer that should be a refusal, or null. */
function notRefused(res: { statusCode: number; body: string }, what: string): string | null {
  if (![403, 404].includes(res.statusCode)) return `${what} answered ${res.statusCode}: ${res.body.slice(0, 200)}`;
  if (Object.keys(JSON.parse(res.body)).join() !== 'error') return `${what}: the refusal carries more than the error: ${res.body.slice(0, 200)}`;
  const leaked = SECRETS.filter((x) => res.body.includes(x));
  return leaked.length ? `${what}: the refusal shows ${leaked.join(', ')}` : null;
}

/** Every row of every table that holds a case's or a report's data, for the records of both sides: refused calls change none. */
async function snapshot(): Promise<string> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where table_schema = current_schema() and column_name = 'case_id' and table_name not like 'audit%'
    order by table_name`.execute(t.database.db);
  const caseIds = [inn.case, out.case];
  const parts: unknown[] = [];
  for (const { table_name } of rows) {
    const r = await sql`select * from ${sql.table(table_name)} where case_id in (${sql.join(caseIds)}) order by 1`.execute(t.database.db);
    parts.push([table_name, r.rows]);
  }
  for (const [table, ids] of [
    ['cases', caseIds],
    ['incident_reports', [inn.report, out.report]],
    ['users', [out.user, inn.user]],
    ['notifications', [out.notification]],
    ['organisations', [organisationId, out.provider]],
    ['users', [out.volunteer]],
    ['foster_carers', [inn.carer, out.carer]],
    ['supervision_sessions', [inn.supervisionSession, out.supervisionSession]],
  ] as const) {
    const r = await sql`select * from ${sql.table(table)} where id in (${sql.join([...ids])}) order by id`.execute(t.database.db);
    parts.push([table, r.rows]);
  }
  return JSON.stringify(parts);
}

/** A child code with its check symbol, as intake gives (the factory's are not). */
async function realChildCode(childId: string, districtId: string) {
  const code = generateChildCode(districtId);
  await t.database.db.updateTable('children').set({ child_code: code }).where('id', '=', childId).execute();
  return code;
}

beforeAll(async () => {
  t = await createTestApp();
  const office = await createOrganisation(t, { name: 'Gasabo District Office', placeId: PLACES.gasabo });
  const ngo = await createOrganisation(t, { name: 'Gasabo NGO', kind: 'ngo', placeId: PLACES.gasabo });
  organisationId = office.id;
  const trained = { trainingCompletedOn: '2025-01-10' };
  for (const role of ROLES) {
    users[role] = await createUser(t, { role, jurisdictionId: JURISDICTION[role], organisationId: role === 'cso_caseworker' ? ngo.id : office.id, ...trained });
  }
  await t.database.db.updateTable('users').set({ supervisor_id: users.supervisor.id }).where('id', 'in', [users.cso_caseworker.id, users.cpwo.id]).execute();
  for (const role of ROLES) sessions[role] = await sessionFor(t, users[role]);

  // The other district: Bugesera's CPWO and IZU, and records with names found nowhere else.
  const bugeseraCpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, fullName: 'Nyirabwiru Odette', ...trained });
  const bugeseraIzu = await createUser(t, { role: 'izu', jurisdictionId: PLACES.bugeseraVillage });
  const bugesera = await sessionFor(t, bugeseraCpwo);
  out.user = bugeseraCpwo.id;
  out.volunteer = bugeseraIzu.id;
  out.report = (await insertReport(t, { recordedBy: bugeseraIzu.id, placeId: PLACES.bugeseraVillage, childName: 'Siriwanyuma Grace' })).id;
  const other = await insertCase(t, {
    openedBy: bugeseraCpwo.id,
    placeId: PLACES.bugeseraVillage,
    stage: 'implementation',
    givenName: 'Siriwanyuma',
    familyName: 'Bwiherero',
  });
  out.case = other.case.id;
  out.child = await realChildCode(other.child.id, PLACES.bugesera);
  const b = (method: string, url: string, body?: unknown) => api(bugesera, method, url, body);
  ok(await b('POST', `/api/v1/cases/${out.case}/consents`, { ...consentGiven(), giverName: 'Kiboneka Marie' }), 'consent out');
  ok(await b('PUT', `/api/v1/cases/${out.case}/plan`, planBody()), 'plan out');
  const confOut = ok(await b('POST', `/api/v1/cases/${out.case}/conferences`, conferenceBody({ name: 'Kiboneka Marie' })), 'conference out');
  out.conference = confOut.id;
  out.participant = confOut.participants[0].id;
  ok(await b('POST', `/api/v1/cases/${out.case}/notes`, { body: 'Ibanga ry umuryango' }), 'note out');
  const reqOut = ok(
    await b('POST', `/api/v1/cases/${out.case}/visit-requests`, { izuUserId: bugeseraIzu.id, dueDate: '2026-11-20', purpose: 'Ibanga ry urugo' }),
    'visit request out',
  );
  out.visitRequest = reqOut.id;
  out.visitTask = reqOut.id;
  await t.database.db.updateTable('children').set({ date_of_birth: '2009-03-01' }).where('id', '=', other.child.id).execute();
  out.reintegration = ok(await b('POST', `/api/v1/cases/${out.case}/reintegrations`, { startedOn: '2026-11-01' }), 'reintegration out').id;
  const outLead = ok(
    await b('POST', `/api/v1/cases/${out.case}/reintegrations/${out.reintegration}/leads`, { ...leadBody('Kiboneka Marie'), placeId: PLACES.bugeseraVillage }),
    'lead out',
  );
  out.lead = outLead.leads[0].id;
  out.plan = ok(await b('POST', `/api/v1/cases/${out.case}/transition-plans`, transitionPlanBody('Nyirabwiru Odette')), 'transition plan out').id;
  out.attachment = ok(await upload(bugesera, out.case, 'secret-scan.pdf'), 'attachment out').id;
  // A transfer from this Bugesera case to Nyarugenge: neither sent nor received by anyone here.
  const trOut = ok(await b('POST', `/api/v1/cases/${out.case}/transfers`, { toDistrictId: PLACES.nyarugenge, reason: 'Ibanga ry kwimuka' }), 'transfer out');
  out.transfer = trOut.id;
  out.caseTransfer = trOut.id;
  out.notification = (
    await t.database.db
      .insertInto('notifications')
      .values({
        user_id: bugeseraCpwo.id,
        kind: 'case.assigned',
        message_key: 'notifications.case_assigned',
        params: JSON.stringify({ caseCode: 'X' }),
        case_id: out.case,
        created_at: t.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

  // Gasabo: a case led by the CSO caseworker under the supervisor, with its records.
  inn.user = users.izu.id;
  inn.volunteer = users.izu.id;
  inn.report = (await insertReport(t, { recordedBy: users.izu.id, placeId: PLACES.gasaboVillage })).id;
  const mine = await insertCase(t, {
    openedBy: users.cpwo.id,
    leadCaseworkerId: users.cso_caseworker.id,
    supervisorId: users.supervisor.id,
    stage: 'implementation',
  });
  inn.case = mine.case.id;
  inn.child = await realChildCode(mine.child.id, PLACES.gasabo);
  const w = (method: string, url: string, body?: unknown) => api(sessions.cso_caseworker, method, url, body);
  const w2 = (method: string, url: string, body?: unknown) => api(sessions.cpwo, method, url, body);
  ok(await w('POST', `/api/v1/cases/${inn.case}/consents`, consentGiven()), 'consent in');
  ok(await w('PUT', `/api/v1/cases/${inn.case}/plan`, planBody()), 'plan in');
  const confIn = ok(await w('POST', `/api/v1/cases/${inn.case}/conferences`, conferenceBody()), 'conference in');
  inn.conference = confIn.id;
  inn.participant = confIn.participants[0].id;
  const reqIn = ok(
    await w('POST', `/api/v1/cases/${inn.case}/visit-requests`, { izuUserId: users.izu.id, dueDate: '2026-11-20', purpose: 'Check school attendance' }),
    'visit request in',
  );
  inn.visitRequest = reqIn.id;
  inn.visitTask = reqIn.id;
  await t.database.db.updateTable('children').set({ date_of_birth: '2009-03-01' }).where('id', '=', mine.child.id).execute();
  inn.reintegration = ok(await w('POST', `/api/v1/cases/${inn.case}/reintegrations`, { startedOn: '2026-11-01' }), 'reintegration in').id;
  inn.lead = ok(await w('POST', `/api/v1/cases/${inn.case}/reintegrations/${inn.reintegration}/leads`, leadBody()), 'lead in').leads[0].id;
  inn.plan = ok(await w('POST', `/api/v1/cases/${inn.case}/transition-plans`, transitionPlanBody()), 'transition plan in').id;
  inn.attachment = ok(await upload(sessions.cso_caseworker, inn.case, 'intake.pdf'), 'attachment in').id;
  // A transfer from another Bugesera case to Gasabo: Gasabo's CPWO receives it.
  const toGasabo = await insertCase(t, { openedBy: bugeseraCpwo.id, placeId: PLACES.bugeseraVillage, stage: 'implementation' });
  inn.transfer = ok(
    await b('POST', `/api/v1/cases/${toGasabo.case.id}/transfers`, { toDistrictId: PLACES.gasabo, reason: 'Moved to Gasabo' }),
    'transfer in',
  ).id;
  inn.caseTransfer = inn.transfer;
  inn.notification = out.notification;
  // Providers of the directory: Gasabo's district office, and a Bugesera one no manager here may change.
  inn.provider = organisationId;
  out.provider = (await createOrganisation(t, { name: 'Bugesera Isange', kind: 'isange', placeId: PLACES.bugesera })).id;

  // Referrals: the Gasabo case's to the office (whose service provider is its
  // focal person); the Bugesera case's to a Bugesera agency nobody here serves.
  const office_service = await insertService(t, office.id, 'parenting_support', [PLACES.gasabo]);
  await addFocalPerson(t, office.id, users.service_provider.id);
  referralService = { organisationId: office.id, serviceId: office_service.id };
  inn.referral = ok(await w('POST', `/api/v1/cases/${inn.case}/referrals`, bodies()['POST /api/v1/cases/:id/referrals']), 'referral in').id;
  const bugeseraNgo = await createOrganisation(t, { name: 'Bugesera Parents', kind: 'ngo', placeId: PLACES.bugesera });
  const bugeseraService = await insertService(t, bugeseraNgo.id, 'parenting_support', [PLACES.bugesera]);
  out.referral = ok(
    await b('POST', `/api/v1/cases/${out.case}/referrals`, {
      organisationId: bugeseraNgo.id,
      serviceId: bugeseraService.id,
      urgency: 'routine',
      reason: 'Ibanga ry ababyeyi',
      sharedGroups: ['identity'],
      override: { reason: 'Ibanga ry umwana', basis: 'immediate_danger' },
    }),
    'referral out',
  ).id;

  // Supervision sessions: Gasabo's supervisor with the CSO caseworker; a Bugesera pair's nobody here reads.
  const session = async (supervisorId: string, caseworkerId: string, districtId: string) =>
    (
      await t.database.db
        .insertInto('supervision_sessions')
        .values({
          supervisor_id: supervisorId,
          caseworker_id: caseworkerId,
          district_id: districtId,
          held_on: '2026-11-01',
          themes: ['wellbeing'],
          notes: districtId === PLACES.bugesera ? 'Ibanga ry umugenzuzi' : 'Caseload discussed',
          recorded_at: t.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  inn.supervisionSession = await session(users.supervisor.id, users.cso_caseworker.id, PLACES.gasabo);
  const bugeseraSupervisor = await createUser(t, { role: 'supervisor', jurisdictionId: PLACES.bugesera });
  await t.database.db.updateTable('users').set({ supervisor_id: bugeseraSupervisor.id }).where('id', '=', bugeseraCpwo.id).execute();
  out.supervisionSession = await session(bugeseraSupervisor.id, bugeseraCpwo.id, PLACES.bugesera);
  // File audits: Gasabo's, sampling the Gasabo case; Bugesera's, sampling the Bugesera case.
  const audit = async (districtId: string, drawnBy: string, caseId: string) => {
    const { id } = await t.database.db
      .insertInto('file_audits')
      .values({ district_id: districtId, period: '2026-11', seed: 'matrix', sample_size: 1, drawn_by: drawnBy, drawn_at: t.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('file_audit_items')
      .values({ audit_id: id, case_id: caseId, position: 1, checks: null, meets_standards: null, score: null })
      .execute();
    return id;
  };
  inn.fileAudit = await audit(PLACES.gasabo, users.cpwo.id, inn.case);
  out.fileAudit = await audit(PLACES.bugesera, bugeseraCpwo.id, out.case);

  // A data protection request (an access request, granted) and an emergency access on each side.
  for (const side of [inn, out]) {
    const kase = await t.database.db
      .selectFrom('cases')
      .select(['child_id', 'district_id', 'lead_caseworker_id'])
      .where('id', '=', side.case)
      .executeTakeFirstOrThrow();
    const now = t.clock.now();
    side.dpRequest = (
      await t.database.db
        .insertInto('dp_requests')
        .values({
          reference: `DP-M-${side === inn ? 'IN' : 'OUT'}`,
          district_id: kase.district_id,
          child_id: kase.child_id,
          right_kind: 'access',
          requester_name: 'Nyirabwiru Requester',
          requester_relationship: 'self',
          identity_check: 'ID card seen',
          received_at: now,
          due_at: now,
          recorded_by: kase.lead_caseworker_id!,
          status: 'granted',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    side.emergencyAccess = (
      await t.database.db
        .insertInto('emergency_access')
        .values({
          case_id: side.case,
          user_id: kase.lead_caseworker_id!,
          reason: 'Siriwanyuma emergency',
          purpose: 'read',
          allows_work: false,
          opened_at: now,
          expires_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  // The breach register is national: one breach, the same record on both sides.
  inn.breach = out.breach = (
    await t.database.db
      .insertInto('breaches')
      .values({
        reference: 'BR-MATRIX',
        found_at: t.clock.now(),
        recorded_by: users.sysadmin.id,
        recorded_at: t.clock.now(),
        kind: 'confidentiality',
        summary: 'A laptop lost, for the matrix',
        notice_due_at: t.clock.now(),
        report_due_at: t.clock.now(),
        updated_at: t.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

  // Retention is national: one run and one hold (on the other district's report), the same records on both sides.
  inn.retentionRun = out.retentionRun = (
    await t.database.db
      .insertInto('retention_runs')
      .values({ started_at: t.clock.now(), finished_at: t.clock.now(), dry_run: true, actor_id: null })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  inn.retentionHold = out.retentionHold = (
    await t.database.db
      .insertInto('retention_holds')
      .values({ report_id: out.report, reason: 'Held for the matrix', placed_by: users.sysadmin.id, placed_at: t.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

  // Alternative care: a carer of each district, with the case's child placed there in an emergency.
  Object.assign(out, await carerAndPlacement(b, PLACES.bugeseraVillage, out.case, 'Nyirabwiru Ibanga'));
  Object.assign(inn, await carerAndPlacement(w2, PLACES.gasaboVillage, inn.case, 'Urugo rwa Gasabo'));

  tableSnapshots.push(await snapshot());
}, 300_000);
afterAll(() => t?.close());

describe('the generated access matrix', () => {
  it('tries every route that names a record, with a valid body for every write', () => {
    expect(routes.length).toBeGreaterThan(60);
    const missing = routes.filter((r) => r.method !== 'GET' && !(r.key in bodies())).map((r) => r.key);
    expect(missing, `Add a valid body for these routes to bodies() in tests/access-matrix-generated.test.ts:\n${missing.join('\n')}`).toEqual([]);
  });

  describe.each(ROLES)('%s', (role) => {
    it("is refused every route on the other district's records, and learns nothing of them", async () => {
      const problems: string[] = [];
      for (const route of routes.filter((r) => !UNSCOPED.includes(scopeOf(r.rule)!))) {
        const res = await call(role, route, urlFor(route.pattern, route.rule, out));
        problems.push(notRefused(res, `${route.method} ${route.pattern} (out of scope)`) ?? '');
      }
      expect(problems.filter(Boolean)).toEqual([]);
    });

    it("is refused an in-scope record paired with the other district's sub-record (an id swap)", async () => {
      const problems: string[] = [];
      for (const route of routes.filter((r) => r.twoIds && !r.pattern.includes(':version'))) {
        const res = await call(role, route, urlFor(route.pattern, route.rule, inn, out));
        problems.push(notRefused(res, `${route.method} ${route.pattern} (in-scope record, other's sub-record)`) ?? '');
      }
      expect(problems.filter(Boolean)).toEqual([]);
    });

    it('reads an in-scope record exactly when it holds the permission and its scope holds the record', async () => {
      const problems: string[] = [];
      for (const route of routes.filter((r) => r.method === 'GET' && r.rule.access === 'permission')) {
        const rule = route.rule as Extract<RouteRule, { access: 'permission' }>;
        const res = await call(role, route, urlFor(route.pattern, rule, inn));
        const what = `GET ${route.pattern} (in scope)`;
        if (has(role, rule.permission) && (IN_SCOPE[rule.scope] ?? []).includes(role)) {
          if (res.statusCode !== 200) problems.push(`${what} answered ${res.statusCode}, not 200: ${res.body.slice(0, 200)}`);
        } else problems.push(notRefused(res, what) ?? '');
      }
      expect(problems.filter(Boolean)).toEqual([]);
    });

    it('is refused every write on an in-scope record it holds no permission for', async () => {
      const problems: string[] = [];
      for (const route of routes.filter(
        (r) => r.method !== 'GET' && r.rule.access === 'permission' && !has(role, (r.rule as { permission: Permission | CaseAction }).permission),
      )) {
        const res = await call(role, route, urlFor(route.pattern, route.rule, inn));
        problems.push(notRefused(res, `${route.method} ${route.pattern} (in scope, no permission)`) ?? '');
      }
      expect(problems.filter(Boolean)).toEqual([]);
    });
  });

  it('changed nothing of either record through all those refusals', async () => {
    expect(await snapshot()).toBe(tableSnapshots[0]);
  });
});
