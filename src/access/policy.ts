import { sql, type Expression, type SqlBool } from 'kysely';
import type { Role } from '../db/schema.js';
import { forbidden } from '../errors/app-error.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';
import type { Actor } from './actor.js';

// The one authorization module. Every access decision in Rinda is made here:
// role permissions, geographic scope, assignment and need-to-know. Services
// ask; handlers never decide. Anything not granted below is refused.

export type Permission =
  | 'places:read'
  | 'organisations:read'
  | 'organisations:manage'
  | 'users:read'
  | 'users:manage'
  | 'audit:read'
  | 'settings:manage'
  | 'stats:read'
  | 'izu:read'
  | 'izu:manage'
  | 'izu:flag'
  | 'izu:log_visit'
  | 'izu:read_visits'
  | 'directory:read'
  | 'directory:manage'
  | 'directory:configure'
  | 'directory:coverage'
  | 'izu_report:submit'
  | 'izu_report:enter_paper'
  | 'izu_report:read'
  | 'izu_report:village'
  | 'supervision:hold'
  | 'supervision:read'
  | 'supervision:schedule'
  | 'caseload:read'
  | 'workforce:planning'
  | 'training:register'
  | 'training:record'
  | 'training:own'
  | 'indicators:read'
  | 'file_audit:manage'
  | 'dhis2:read'
  | 'dhis2:manage'
  | 'dp_request:read'
  | 'dp_request:manage'
  | 'emergency_access:review'
  | 'breach:investigate'
  | 'breach:manage'
  | 'retention:manage'
  | 'carers:read'
  | 'carers:manage'
  | 'care:izu_follow_up';

const everyone: Role[] = [
  'izu',
  'izu_cell_coordinator',
  'izu_sector_coordinator',
  'cpwo',
  'cso_caseworker',
  'supervisor',
  'service_provider',
  'hotline_agent',
  'local_leader',
  'ncda_officer',
  'dpo',
  'analyst',
  'sysadmin',
];

const grants: Record<Permission, readonly Role[]> = {
  'places:read': everyone,
  'organisations:read': everyone,
  'organisations:manage': ['sysadmin'],
  // CPWOs and supervisors see the people of their jurisdiction (to allocate and supervise).
  'users:read': ['sysadmin', 'cpwo', 'supervisor', 'ncda_officer'],
  'users:manage': ['sysadmin'],
  'audit:read': ['sysadmin'],
  'settings:manage': ['sysadmin'],
  'stats:read': ['sysadmin', 'cpwo', 'supervisor', 'ncda_officer', 'analyst'],
  // The IZU registry: the district's CPWO keeps it; coordinators read their cell's or sector's.
  'izu:read': ['sysadmin', 'cpwo', 'izu_cell_coordinator', 'izu_sector_coordinator'],
  'izu:manage': ['sysadmin', 'cpwo'],
  // The volunteer's own work (framework §6): flag incidents, log household
  // visits. Household visits are read by the volunteer (their own: see
  // householdVisitScope), and by coordinators and the district's CPWO (the
  // villages below them: statistics and household codes).
  'izu:flag': ['izu'],
  'izu:log_visit': ['izu'],
  'izu:read_visits': ['izu', 'cpwo', 'izu_cell_coordinator', 'izu_sector_coordinator'],
  // The service directory (framework: service mapping). Read by those who
  // refer (CPWOs, CSO caseworkers, their supervisors), receive (providers'
  // focal persons) or oversee (NCDA, analysts, administrators). Managed by
  // administrators and by CPWOs, each within their jurisdiction (service
  // mapping is a district job: see mayManageProvider). The shared lists (service
  // types, referral pathways) are national settings.
  'directory:read': ['cpwo', 'cso_caseworker', 'supervisor', 'service_provider', 'ncda_officer', 'analyst', 'sysadmin'],
  'directory:manage': ['sysadmin', 'cpwo'],
  'directory:configure': ['sysadmin'],
  // The coverage gaps of a district: what the district takes to advocacy.
  'directory:coverage': ['cpwo', 'supervisor', 'ncda_officer', 'analyst', 'sysadmin'],
  // The IZU monthly report (issue 13): each pair sends its own; the cell
  // coordinator types the paper forms of the cell's pairs ("compile village
  // reports, chase missing ones"); the levels above read the roll-up
  // (statistics and who is missing, no child's identity).
  'izu_report:submit': ['izu'],
  'izu_report:enter_paper': ['izu_cell_coordinator'],
  'izu_report:read': ['izu_cell_coordinator', 'izu_sector_coordinator', 'cpwo', 'supervisor', 'ncda_officer', 'analyst', 'sysadmin'],
  // One village's report for a month and its history: its own IZU, and the roll-up's readers.
  'izu_report:village': ['izu', 'izu_cell_coordinator', 'izu_sector_coordinator', 'cpwo', 'supervisor', 'ncda_officer', 'analyst', 'sysadmin'],
  // Workforce (issue 16, framework §7.2-7.3): a supervisor holds supportive
  // supervision sessions with their supervisees and reads their boards; a
  // caseworker reads and acknowledges their own sessions (see
  // src/access/workforce-access.ts for the rows); the district sets the
  // schedule. Caseloads: the district's CPWO, NCDA nationally (figures, no
  // child's identity). The training register: kept by the district's CPWO
  // and administrators, read by NCDA; each person reads their own record.
  'supervision:hold': ['supervisor'],
  'supervision:read': ['supervisor', 'cpwo', 'cso_caseworker'],
  'supervision:schedule': ['cpwo', 'sysadmin'],
  'caseload:read': ['cpwo', 'ncda_officer', 'sysadmin'],
  'workforce:planning': ['cpwo', 'ncda_officer', 'analyst', 'sysadmin'],
  'training:register': ['cpwo', 'ncda_officer', 'sysadmin'],
  'training:record': ['cpwo', 'sysadmin'],
  'training:own': ['cpwo', 'cso_caseworker', 'supervisor', 'izu', 'izu_cell_coordinator', 'izu_sector_coordinator', 'local_leader'],
  // The M&E indicators (issue 17): aggregates only, never a child. How much of
  // them each reader sees (their own district as it is, elsewhere with small
  // numbers hidden) is decided in indicator-access.ts.
  'indicators:read': ['cpwo', 'supervisor', 'ncda_officer', 'analyst', 'sysadmin', 'izu_sector_coordinator'],
  // File audit sampling: the district's CPWO and supervisors draw the sample
  // and score the files (they may open those case files); others read the
  // resulting percentage among the indicators.
  'file_audit:manage': ['cpwo', 'supervisor'],
  // DHIS2 (docs/indicators.md): NCDA reads the month's aggregates as they go to
  // the national DHIS2 (unsuppressed: they are NCDA's own figures); only an
  // administrator keeps the mapping and pushes.
  'dhis2:read': ['ncda_officer', 'sysadmin'],
  'dhis2:manage': ['sysadmin'],
  // The rights of the people in the records (Law 058/2021 Arts 18-23): the
  // requests register is kept by the data protection officer (national) and
  // the district's CPWOs (their district: see dpRequestScope).
  'dp_request:read': ['dpo', 'cpwo'],
  'dp_request:manage': ['dpo', 'cpwo'],
  // Every emergency access stays on the officer's review list until a finding closes it.
  'emergency_access:review': ['dpo'],
  // Data protection (Law N° 058/2021): the data protection officer asks the
  // audit whom a breach concerns, keeps the breach register and its NCSA
  // deadlines, and runs retention. Nobody else reads the audit by child.
  'breach:investigate': ['dpo'],
  'breach:manage': ['dpo'],
  'retention:manage': ['dpo', 'sysadmin'],
  // The foster carers register (alternative care): the district's CPWO
  // recruits, assesses, trains and approves carers; the district's
  // caseworkers and supervisors read it to match children. Carers do not
  // sign in; their records are need-to-know like a child's (care-access.ts).
  'carers:read': ['cpwo', 'cso_caseworker', 'supervisor'],
  'carers:manage': ['cpwo'],
  // The village IZU follows up a child placed in their village (001): the
  // placements there and their visits, nothing else of the case.
  'care:izu_follow_up': ['izu'],
};

/**
 * Which data protection requests an actor sees, as SQL on `dp_requests as dr`:
 * the officer and the CPWOs, each within their jurisdiction (the officer's is
 * national); nobody else.
 */
export function dpRequestScope(actor: Pick<Actor, 'role' | 'jurisdictionId'>): Expression<SqlBool> {
  if (!can(actor, 'dp_request:read')) return sql<SqlBool>`false`;
  return scopeFilter(actor, 'dr.district_id', 'dr.district_id');
}

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  const roles = grants[permission];
  return roles ? roles.includes(actor.role) : false;
}

/** Refuses with 403 when the role lacks the permission (the route itself is not secret). */
export function assertCan(actor: Pick<Actor, 'role'>, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/** Is a place inside the actor's jurisdiction (the node and all below it)? */
export function placeInScope(actor: Pick<Actor, 'jurisdictionId'>, placeId: string | null | undefined): boolean {
  if (actor.jurisdictionId === NATIONAL_PLACE_ID) return true;
  if (!placeId || placeId === NATIONAL_PLACE_ID) return false;
  return placeId.startsWith(actor.jurisdictionId);
}

/**
 * The SQL form of placeInScope, for list queries: filter in the database, never
 * after fetching. `placeColumn` holds the record's place code and
 * `districtColumn` its district code (indexed), both as qualified column names.
 */
export function scopeFilter(actor: Pick<Actor, 'jurisdictionId'>, placeColumn: string, districtColumn?: string): Expression<SqlBool> {
  const j = actor.jurisdictionId;
  const place = sql.ref(placeColumn);
  if (j === NATIONAL_PLACE_ID) return sql<SqlBool>`true`;
  if (!districtColumn || j.length < 2) return sql<SqlBool>`${place} like ${j + '%'}`;
  const district = sql.ref(districtColumn);
  if (j.length === 2) return sql<SqlBool>`${district} = ${j}`;
  return sql<SqlBool>`(${district} = ${j.slice(0, 2)} and ${place} like ${j + '%'})`;
}

/**
 * May the actor change this provider (an organisation seated at `seatPlaceId`)?
 * The manager's jurisdiction bounds it: a national administrator every
 * provider, a CPWO those seated in their district. Refused providers answer
 * 404, as if they did not exist.
 */
export function mayManageProvider(actor: Pick<Actor, 'role' | 'jurisdictionId'>, seatPlaceId: string): boolean {
  return can(actor, 'directory:manage') && placeInScope(actor, seatPlaceId);
}

/** Every permission a role holds: the UI uses it to show each role only what it may use. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(grants) as Permission[]).filter((p) => grants[p].includes(role));
}
