import { sql, type Expression, type SqlBool } from 'kysely';
import type { Role } from '../db/schema.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';

// Whom a caseworker may bring into THIS case: invite to a case conference
// (framework step 6: family, internal and inter-agency conferences; a user
// who signs the confidentiality agreement then reads the conference and its
// case) or name responsible for a plan action. Need-to-know (SYSTEM.md §5)
// says only those with a part in this child's protection:
// - the case team: its lead caseworker and supervisor;
// - the roles that take part in a conference (§2: CPWOs, CSO caseworkers,
//   supervisors, IZU and their coordinators, local leaders, service provider
//   focal persons) whose area is on the child's line: their jurisdiction holds
//   the case's place (the district's CPWOs and CSO caseworkers, a district or
//   national supervisor, the leaders and coordinators of the child's sector
//   and cell, the village's IZU, a provider covering the area: the district's
//   health centre, a national RIB unit), or lies inside it (the villages of a
//   case recorded at cell level).
// Another district's staff, a neighbouring village's IZU, and the roles with
// no part in a case (the hotline hands over at the report; NCDA officers and
// analysts see statistics, not identities; administrators) are never invited.
// The SQL filter below is the one rule, for the candidate search and for the
// checks of submitted ids.

const CASE_INVITEE_ROLES: readonly Role[] = [
  'cpwo',
  'cso_caseworker',
  'supervisor',
  'izu',
  'izu_cell_coordinator',
  'izu_sector_coordinator',
  'local_leader',
  'service_provider',
];

export type CaseForInvitees = { placeId: string; leadCaseworkerId: string | null; supervisorId: string | null };

/** May a user (the users table under `alias`) be brought into the case: a conference participant, responsible for an action? */
export function caseInviteeFilter(kase: CaseForInvitees, alias = 'u'): Expression<SqlBool> {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  const team = [kase.leadCaseworkerId, kase.supervisorId].filter((id): id is string => !!id);
  const ofTeam = team.length ? sql<SqlBool>`${col('id')} in (${sql.join(team)})` : sql<SqlBool>`false`;
  return sql<SqlBool>`(${col('active')} and ${col('role')} in (${sql.join([...CASE_INVITEE_ROLES])}) and (${ofTeam}
    or ${col('jurisdiction_id')} = ${NATIONAL_PLACE_ID}
    or ${kase.placeId} like ${col('jurisdiction_id')} || '%'
    or ${col('jurisdiction_id')} like ${kase.placeId + '%'}))`;
}
