import type { CaseAction } from './case-access.js';
import type { Permission } from './policy.js';

// The one table of who may call which route. Every route the server registers
// has an entry here, keyed by method and route pattern exactly as registered
// (tests/route-access.test.ts lists the server's routes and fails on a missing
// or stale entry). The session gate (src/http/session.plugin.ts) reads the
// session level from this table, for the route the router matched: never from
// the spelling of the URL, so `/%61pi/v1/…`, `//api/v1/…` or `/API/v1/…` get
// the same gate as `/api/v1/…`. A matched route without an entry is treated as
// needing a fully signed-in user (deny by default).
//
// The services still make every decision on records (src/access/*): this table
// says which permission a route exercises and which scope rule its record
// follows, so a reviewer sees every way in on one page, and the generated
// access matrix (tests/access-matrix-generated.test.ts) knows what to try.

/** The records a route's id can name, each with its scope rule in src/access/. */
export type RecordScope =
  | 'case' // caseScope: CPWO the district, caseworker their cases, supervisor their supervisees'
  | 'report' // reportScope: the district register, or the reports one recorded
  | 'child' // childScope
  | 'user' // userVisibleTo: the jurisdiction's people
  | 'volunteer' // izu-access: a volunteer in the actor's jurisdiction (the IZU registry)
  | 'organisation' // organisations are national; only administrators change them
  | 'provider' // a provider of the directory: read nationally, changed within the manager's jurisdiction (mayManageProvider)
  | 'place' // places are public knowledge; the children of a place follow childScope
  | 'conference' // conferenceScope: the case's readers and signed participants
  | 'visit-task' // visitTaskScope: the IZU asked
  | 'transfer' // incomingTransferScope: the receiving district or agency
  | 'referral' // senderReferralScope (the case's readers, the report's register) or providerReferralScope (the receiving focal persons)
  | 'notification' // one's own
  | 'supervision-session' // supervisionSessionScope: the supervisor who held it or supervises the caseworker now; the caseworker
  | 'file-audit' // a district's file audit: its CPWO and supervisors (indicator-access.ts)
  | 'jurisdiction' // a list filtered in SQL by the actor's jurisdiction or assignment
  | 'dp-request' // dpRequestScope: the data protection officer's jurisdiction, a CPWO's district
  | 'emergency-access' // the review list: the data protection officer's jurisdiction
  | 'retention-run' // the record of retention runs: national, the data protection officer's and administrators'
  | 'retention-hold' // a retention hold: national, the data protection officer's and administrators'
  | 'break-glass' // any case by id, on purpose: an emergency access opens a case outside one's scope (case-access.ts), with a reason, for a time
  | 'carer' // carerScope: the foster carers living in the actor's jurisdiction
  | 'placement' // izuPlacementScope: the active placements in the IZU's village
  | 'national'; // national settings or logs, no record scope

export type RouteRule =
  /** No session needed: health, sign-in, the API description, the web app's files. */
  | { access: 'public' }
  /**
   * The caller's own session or account. `stage`: 'second-factor' also while the
   * session waits for its TOTP code; 'setup' also while a password change or TOTP
   * enrolment is due; 'full' (default) only when fully signed in.
   */
  | { access: 'self'; stage?: 'second-factor' | 'setup' | 'full'; scope?: RecordScope }
  /** A role permission, and the scope rule of the record the route names (or lists). */
  | { access: 'permission'; permission: Permission | CaseAction; scope: RecordScope };

/** What the session gate requires for a rule (see src/http/session.plugin.ts). */
export type AuthLevel = 'public' | 'mfa' | 'pending' | 'user';

const PUBLIC: RouteRule = { access: 'public' };
const self = (stage: 'second-factor' | 'setup' | 'full' = 'full'): RouteRule => ({ access: 'self', stage });
const perm = (permission: Permission | CaseAction, scope: RecordScope): RouteRule => ({ access: 'permission', permission, scope });

/**
 * Keyed by `METHOD /route/pattern`. A HEAD route that Fastify adds for a GET
 * follows the GET entry. Adding a route? Add its line here, in the block of
 * its feature.
 */
export const ROUTE_ACCESS: Readonly<Record<string, RouteRule>> = {
  // Platform (src/app.ts)
  'GET /health': PUBLIC,
  'GET /ready': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /api/docs': PUBLIC,
  'HEAD /api/docs/': PUBLIC,
  'GET /api/docs/static/*': PUBLIC,
  'GET /api/docs/json': PUBLIC,
  'GET /api/docs/yaml': PUBLIC,
  'GET /api/docs/static/index.html': PUBLIC,
  'GET /api/docs/static/swagger-initializer.js': PUBLIC,
  // The web app: its files and, for every other path, its index (no data).
  'GET /*': PUBLIC,

  // Sign-in and one's own account (src/auth/auth.routes.ts)
  'POST /api/v1/auth/sign-in': PUBLIC,
  'POST /api/v1/auth/verify-totp': self('second-factor'),
  'POST /api/v1/auth/sign-out': self('second-factor'),
  'GET /api/v1/auth/me': self('setup'),
  'PATCH /api/v1/auth/me': self('setup'),
  'POST /api/v1/auth/change-password': self('setup'),
  'POST /api/v1/auth/totp/enrol': self('setup'),
  'POST /api/v1/auth/totp/confirm': self('setup'),
  'POST /api/v1/auth/sign-out-everywhere': self('setup'),
  'GET /api/v1/auth/sessions': self(),

  // Places (src/places/place.routes.ts)
  'GET /api/v1/places': perm('places:read', 'place'),
  'GET /api/v1/places/:id': perm('places:read', 'place'),
  'GET /api/v1/places/:id/children': perm('places:read', 'place'),

  // Organisations and users (src/people/)
  'GET /api/v1/organisations': perm('organisations:read', 'organisation'),
  'POST /api/v1/organisations': perm('organisations:manage', 'organisation'),
  'PATCH /api/v1/organisations/:id': perm('organisations:manage', 'organisation'),
  'GET /api/v1/users': perm('users:read', 'jurisdiction'),
  'POST /api/v1/users': perm('users:manage', 'user'),
  'POST /api/v1/users/import': perm('users:manage', 'user'),
  'GET /api/v1/users/:id': perm('users:read', 'user'),
  'PATCH /api/v1/users/:id': perm('users:manage', 'user'),
  'POST /api/v1/users/:id/deactivate': perm('users:manage', 'user'),
  'POST /api/v1/users/:id/activate': perm('users:manage', 'user'),
  'POST /api/v1/users/:id/reset-password': perm('users:manage', 'user'),
  'POST /api/v1/users/:id/unlock': perm('users:manage', 'user'),

  // The IZU registry and its import (src/community/)
  'GET /api/v1/izu/registry': perm('izu:read', 'jurisdiction'),
  'POST /api/v1/izu/volunteers': perm('izu:manage', 'jurisdiction'),
  'POST /api/v1/izu/import': perm('izu:manage', 'jurisdiction'),
  'GET /api/v1/izu/volunteers/:id': perm('izu:read', 'volunteer'),
  'PATCH /api/v1/izu/volunteers/:id': perm('izu:manage', 'volunteer'),
  'POST /api/v1/izu/volunteers/:id/status': perm('izu:manage', 'volunteer'),
  // The volunteer's own work (src/community/izu-flags.*, household-visits.*): a flag
  // lands in the district register; visits are read by the volunteer (their own)
  // and by coordinators and the CPWO (their jurisdiction's villages).
  'POST /api/v1/izu/flags': perm('izu:flag', 'report'),
  'POST /api/v1/izu/household-visits': perm('izu:log_visit', 'jurisdiction'),
  'GET /api/v1/izu/household-visits': perm('izu:read_visits', 'jurisdiction'),
  'GET /api/v1/izu/household-visits/summary': perm('izu:read_visits', 'jurisdiction'),
  // The IZU monthly report (src/community/monthly-report.*): an IZU sends their
  // village's; a cell coordinator types a paper form for a village of the cell.
  'POST /api/v1/izu/monthly-reports': perm('izu_report:submit', 'jurisdiction'),
  'POST /api/v1/izu/monthly-reports/paper': perm('izu_report:enter_paper', 'jurisdiction'),
  'GET /api/v1/izu/monthly-reports/rollup': perm('izu_report:read', 'jurisdiction'),
  'GET /api/v1/izu/monthly-reports/village': perm('izu_report:village', 'jurisdiction'),

  // Audit and settings (src/audit/, src/deadlines/)
  'GET /api/v1/audit': perm('audit:read', 'national'),
  'GET /api/v1/audit/verify': perm('audit:read', 'national'),
  'GET /api/v1/audit/head': perm('audit:read', 'national'),
  // Data protection: breach answers and the breach register (src/breach/)
  'GET /api/v1/breach/child-reads': perm('breach:investigate', 'national'),
  'GET /api/v1/breach/user-reads': perm('breach:investigate', 'national'),
  'GET /api/v1/breach/address-reads': perm('breach:investigate', 'national'),
  'GET /api/v1/breaches': perm('breach:manage', 'national'),
  'POST /api/v1/breaches': perm('breach:manage', 'national'),
  'GET /api/v1/breaches/:id': perm('breach:manage', 'national'),
  'POST /api/v1/breaches/:id/notice': perm('breach:manage', 'national'),
  'POST /api/v1/breaches/:id/report': perm('breach:manage', 'national'),
  // Retention (src/retention/): the rules, runs and their record, holds
  'GET /api/v1/retention/rules': perm('retention:manage', 'national'),
  'PUT /api/v1/retention/rules': perm('retention:manage', 'national'),
  'POST /api/v1/retention/dry-run': perm('retention:manage', 'national'),
  'POST /api/v1/retention/runs': perm('retention:manage', 'national'),
  'GET /api/v1/retention/runs': perm('retention:manage', 'national'),
  'GET /api/v1/retention/runs/:id': perm('retention:manage', 'retention-run'),
  'GET /api/v1/retention/holds': perm('retention:manage', 'national'),
  'POST /api/v1/retention/holds': perm('retention:manage', 'national'),
  'POST /api/v1/retention/holds/:id/release': perm('retention:manage', 'retention-hold'),
  'GET /api/v1/settings/deadline-policy': perm('settings:manage', 'national'),
  'PUT /api/v1/settings/deadline-policy': perm('settings:manage', 'national'),
  'POST /api/v1/admin/escalation/run': perm('deadlines:escalate', 'national'),
  'GET /api/v1/worklist': perm('worklist:read', 'jurisdiction'),

  // Workforce (src/workforce/): supportive supervision, caseloads, the training register
  'GET /api/v1/settings/workforce-policy': perm('settings:manage', 'national'),
  'PUT /api/v1/settings/workforce-policy': perm('settings:manage', 'national'),
  'GET /api/v1/workforce/supervision/schedule': perm('supervision:schedule', 'jurisdiction'),
  'PUT /api/v1/workforce/supervision/schedule': perm('supervision:schedule', 'jurisdiction'),
  'GET /api/v1/workforce/supervision/board': perm('supervision:hold', 'jurisdiction'),
  'GET /api/v1/workforce/supervision/sessions': perm('supervision:read', 'jurisdiction'),
  'POST /api/v1/workforce/supervision/sessions': perm('supervision:hold', 'jurisdiction'),
  'GET /api/v1/workforce/supervision/sessions/:id': perm('supervision:read', 'supervision-session'),
  'POST /api/v1/workforce/supervision/sessions/:id/acknowledge': perm('supervision:read', 'supervision-session'),
  'POST /api/v1/workforce/supervision/sessions/:id/actions/done': perm('supervision:read', 'supervision-session'),
  'GET /api/v1/workforce/caseload': perm('caseload:read', 'jurisdiction'),
  'GET /api/v1/workforce/planning': perm('workforce:planning', 'jurisdiction'),
  'GET /api/v1/workforce/trainings/register': perm('training:register', 'jurisdiction'),
  'GET /api/v1/workforce/trainings/mine': perm('training:own', 'jurisdiction'),
  'POST /api/v1/workforce/trainings/records': perm('training:record', 'user'),
  'POST /api/v1/workforce/trainings/import': perm('training:record', 'jurisdiction'),

  // One's own notifications (src/notifications/)
  'GET /api/v1/notifications': self(),
  'POST /api/v1/notifications/read-all': self(),
  'POST /api/v1/notifications/:id/read': { access: 'self', stage: 'full', scope: 'notification' },

  // Incident reports: record, register, screen, intake (src/reports/, src/cases/case.routes.ts)
  'POST /api/v1/reports': perm('report:create', 'report'),
  'POST /api/v1/reports/hotline': perm('report:hotline', 'report'),
  'GET /api/v1/reports': perm('report:register', 'report'),
  'GET /api/v1/reports/:id': perm('report:create', 'report'),
  'POST /api/v1/reports/:id/screening': perm('report:screen', 'report'),
  'POST /api/v1/reports/:reportId/intake': perm('case:open', 'report'),

  // Children (src/children/)
  'GET /api/v1/children/matches': perm('case:open', 'child'),
  'GET /api/v1/children/by-code/:code': perm('case:read', 'child'),

  // Case files (src/cases/)
  'GET /api/v1/cases': perm('case:read', 'case'),
  'GET /api/v1/cases/:id': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/consents': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/allocation': perm('case:allocate', 'case'),
  'GET /api/v1/cases/:id/allocation/candidates': perm('case:allocate', 'case'),
  'GET /api/v1/cases/:id/conference-candidates': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/assessments': perm('case:work', 'case'),
  'PUT /api/v1/cases/:id/plan': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/plan/versions/:version': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/conferences': perm('case:work', 'case'),
  'GET /api/v1/conferences/invitations': self(),
  'GET /api/v1/conferences/:id': perm('case:read', 'conference'),
  'PATCH /api/v1/conferences/:id': perm('case:work', 'conference'),
  'POST /api/v1/conferences/:id/sign-agreement': { access: 'self', stage: 'full', scope: 'conference' },
  'POST /api/v1/conferences/:id/participants/:participantId/paper-agreement': perm('case:work', 'conference'),

  // Follow-up: services, visits, reviews, notes, closure, transfers (src/cases/<step>/)
  'GET /api/v1/cases/:id/services': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/services': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/visits': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/visits': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/visit-requests': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/visit-requests': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/visit-requests/izus': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/visit-requests/:requestId/cancel': perm('case:work', 'case'),
  'GET /api/v1/visit-tasks': perm('visit:record', 'visit-task'),
  'GET /api/v1/visit-tasks/:id': perm('visit:record', 'visit-task'),
  'POST /api/v1/visit-tasks/:id/visit': perm('visit:record', 'visit-task'),
  'GET /api/v1/cases/:id/reviews': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/reviews': perm('case:work', 'case'),
  // Family tracing, reintegration and care leavers (src/reintegration/): the case's scope; need-to-know in src/access/reintegration-access.ts
  'GET /api/v1/cases/:id/reintegrations': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/reintegrations': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/stages': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/failure': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/assessments': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/leads': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/leads/:leadId/attempts': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/reintegrations/:reintegrationId/leads/:leadId/izu-request': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/reintegrations/:reintegrationId/leads/:leadId/izus': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/transition-plans': perm('case:read', 'case'),
  'GET /api/v1/care-leavers': perm('case:read', 'jurisdiction'),
  'POST /api/v1/cases/:id/transition-plans': perm('case:work', 'case'),
  'PUT /api/v1/cases/:id/transition-plans/:planId': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/transition-plans/:planId/support': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/transition-plans/:planId/closure': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/notes': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/notes': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/feedback': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/feedback': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/closure': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/closure': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/closure/approve': perm('case:approve_closure', 'case'),
  'POST /api/v1/cases/:id/closure/reject': perm('case:approve_closure', 'case'),
  'POST /api/v1/cases/:id/closure/withdraw': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/reopen': perm('case:work', 'case'),
  'GET /api/v1/closure-requests/pending': perm('case:approve_closure', 'case'),
  'GET /api/v1/cases/:id/transfers': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/transfers': perm('case:transfer', 'case'),
  'POST /api/v1/cases/:id/transfers/:transferId/cancel': perm('case:transfer', 'case'),
  'GET /api/v1/transfers/incoming': perm('transfer:receive', 'transfer'),
  'POST /api/v1/transfers/:id/accept': perm('transfer:receive', 'transfer'),
  'POST /api/v1/transfers/:id/decline': perm('transfer:receive', 'transfer'),

  // Referrals, framework step 7 (src/cases/referrals/)
  'POST /api/v1/cases/:id/referrals': perm('referral:make', 'case'),
  'GET /api/v1/cases/:id/referrals': perm('case:read', 'case'),
  'GET /api/v1/cases/:id/referral-providers': perm('referral:make', 'case'),
  'POST /api/v1/reports/:id/referrals': perm('report:screen', 'report'),
  'GET /api/v1/reports/:id/referrals': perm('report:register', 'report'),
  'GET /api/v1/reports/:id/referral-providers': perm('report:screen', 'report'),
  'POST /api/v1/referrals/:id/outcome': perm('referral:make', 'referral'),
  'POST /api/v1/referrals/:id/complete': perm('referral:make', 'referral'),
  'POST /api/v1/referrals/:id/withdraw': perm('referral:make', 'referral'),
  'GET /api/v1/referrals/inbox': perm('referral:receive', 'referral'),
  'GET /api/v1/referrals/:id': perm('referral:receive', 'referral'),
  'POST /api/v1/referrals/:id/accept': perm('referral:receive', 'referral'),
  'POST /api/v1/referrals/:id/decline': perm('referral:receive', 'referral'),
  'POST /api/v1/referrals/:id/service': perm('referral:receive', 'referral'),
  'POST /api/v1/referrals/:id/feedback': perm('referral:receive', 'referral'),

  // Attachments, paper files, the PDF and the export
  'GET /api/v1/cases/:id/attachments': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/attachments': perm('case:work', 'case'),
  'GET /api/v1/cases/:id/attachments/:attachmentId': perm('case:read', 'case'),
  'GET /api/v1/paper-files': perm('case:read', 'case'),
  'GET /api/v1/cases/:id/paper-file': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/paper-file/check-out': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/paper-file/check-in': perm('case:read', 'case'),
  'GET /api/v1/cases/:id/pdf': perm('case:read', 'case'),
  'GET /api/v1/exports/cases.csv': perm('case:read', 'case'),

  // The service directory (src/directory/): read nationally by those who refer
  // or receive; a provider changed within the manager's jurisdiction.
  'GET /api/v1/directory/providers': perm('directory:read', 'organisation'),
  'POST /api/v1/directory/providers': perm('directory:manage', 'provider'),
  'GET /api/v1/directory/providers/:id': perm('directory:read', 'organisation'),
  'PUT /api/v1/directory/providers/:id': perm('directory:manage', 'provider'),
  'GET /api/v1/directory/service-types': perm('directory:read', 'national'),
  'PUT /api/v1/directory/service-types': perm('directory:configure', 'national'),
  'GET /api/v1/directory/referral-pathways': perm('directory:read', 'national'),
  'PUT /api/v1/directory/referral-pathways': perm('directory:configure', 'national'),
  'GET /api/v1/directory/coverage': perm('directory:coverage', 'jurisdiction'),

  // Monitoring and evaluation (src/indicators/): aggregates only; how much of
  // them a reader sees at a place is decided by indicatorViewFor.
  'GET /api/v1/indicators': perm('indicators:read', 'national'),
  'GET /api/v1/indicators/figures': perm('indicators:read', 'jurisdiction'),
  'GET /api/v1/indicators/figures.csv': perm('indicators:read', 'jurisdiction'),
  'GET /api/v1/indicators/figures.xlsx': perm('indicators:read', 'jurisdiction'),
  'GET /api/v1/indicators/report.pdf': perm('indicators:read', 'jurisdiction'),
  'POST /api/v1/file-audits': perm('file_audit:manage', 'jurisdiction'),
  'GET /api/v1/file-audits/:id': perm('file_audit:manage', 'file-audit'),
  'PUT /api/v1/file-audits/:id/files/:caseId': perm('file_audit:manage', 'file-audit'),
  // DHIS2 (src/indicators/dhis2*): national aggregates, no record scope.
  'GET /api/v1/dhis2/mapping': perm('dhis2:manage', 'national'),
  'PUT /api/v1/dhis2/mapping': perm('dhis2:manage', 'national'),
  'GET /api/v1/dhis2/data-value-sets': perm('dhis2:read', 'national'),
  'GET /api/v1/dhis2/adx': perm('dhis2:read', 'national'),
  'GET /api/v1/dhis2/pushes': perm('dhis2:manage', 'national'),
  'POST /api/v1/dhis2/pushes': perm('dhis2:manage', 'national'),
  'GET /api/v1/directory/export.zip': perm('directory:read', 'organisation'),
  'POST /api/v1/directory/import': perm('directory:manage', 'provider'),
  'GET /api/v1/cases/:id/provider-suggestions': perm('case:read', 'case'),

  // The rights of the people in the records and emergency access (src/data-protection/)
  'GET /api/v1/data-protection/subjects': perm('dp_request:manage', 'jurisdiction'),
  'GET /api/v1/data-protection/requests': perm('dp_request:read', 'jurisdiction'),
  'POST /api/v1/data-protection/requests': perm('dp_request:manage', 'jurisdiction'),
  'GET /api/v1/data-protection/requests/:id': perm('dp_request:read', 'dp-request'),
  'POST /api/v1/data-protection/requests/:id/decision': perm('dp_request:manage', 'dp-request'),
  'POST /api/v1/data-protection/requests/:id/execution': perm('dp_request:manage', 'dp-request'),
  'GET /api/v1/data-protection/requests/:id/file': perm('dp_request:manage', 'dp-request'),
  'GET /api/v1/data-protection/requests/:id/file.pdf': perm('dp_request:manage', 'dp-request'),
  'POST /api/v1/cases/:id/emergency-access': perm('case:break_glass', 'break-glass'),
  'GET /api/v1/data-protection/emergency-access': perm('emergency_access:review', 'jurisdiction'),
  'POST /api/v1/data-protection/emergency-access/:id/review': perm('emergency_access:review', 'emergency-access'),
  // Alternative care (src/care/): the forms of care, the foster carers
  // register (the district's), and gatekeeping, placements, visits and
  // reviews on the child's case; the village IZU's follow-up of placements.
  'GET /api/v1/care/forms': perm('case:read', 'national'),
  'GET /api/v1/care/carers': perm('carers:read', 'jurisdiction'),
  'POST /api/v1/care/carers': perm('carers:manage', 'jurisdiction'),
  'GET /api/v1/care/carers/:id': perm('carers:read', 'carer'),
  'PUT /api/v1/care/carers/:id/terms': perm('carers:manage', 'carer'),
  'POST /api/v1/care/carers/:id/steps': perm('carers:manage', 'carer'),
  'GET /api/v1/cases/:id/care': perm('case:read', 'case'),
  'POST /api/v1/cases/:id/care/gatekeeping': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/care/gatekeeping/answer': perm('care:approve_gatekeeping', 'case'),
  'GET /api/v1/cases/:id/care/carer-matches': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/care/placements': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/care/placement/end': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/care/placement/visits': perm('case:work', 'case'),
  'POST /api/v1/cases/:id/care/placement/reviews': perm('case:work', 'case'),
  'GET /api/v1/care/izu/placements': perm('care:izu_follow_up', 'jurisdiction'),
  'POST /api/v1/care/izu/placements/:id/visits': perm('care:izu_follow_up', 'placement'),

  // SMS gateways' webhooks (src/sms/inbound/gateway.routes.ts): a gateway has
  // no session; each route lets in only calls that carry its gateway's shared
  // secret (gateway-auth.ts), and refuses every call when none is configured.
  'POST /api/v1/gateways/rapidpro/external': PUBLIC,
  'POST /api/v1/gateways/rapidpro/flow': PUBLIC,
  'POST /api/v1/gateways/africastalking/sms': PUBLIC,
  // The USSD aggregator's callback (src/sms/inbound/ussd.routes.ts), under the same secret scheme.
  'POST /api/v1/gateways/ussd': PUBLIC,
};

/** The table key of a route: its method and its pattern as registered. */
export const routeKey = (method: string, url: string) => `${method.toUpperCase()} ${url}`;

/** The rule of a registered route, or undefined when the table has none (HEAD follows GET). */
export function routeRule(method: string, url: string | undefined): RouteRule | undefined {
  if (url === undefined) return undefined;
  const rule = ROUTE_ACCESS[routeKey(method, url)];
  if (rule || method.toUpperCase() !== 'HEAD') return rule;
  return ROUTE_ACCESS[routeKey('GET', url)];
}

/** What the session gate requires for a route: deny by default, a route without a rule needs a full sign-in. */
export function authLevelOf(rule: RouteRule | undefined): AuthLevel {
  if (!rule) return 'user';
  if (rule.access === 'public') return 'public';
  if (rule.access === 'self' && rule.stage === 'second-factor') return 'mfa';
  if (rule.access === 'self' && rule.stage === 'setup') return 'pending';
  return 'user';
}
