import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from './actor.js';
import { scopeFilter } from './policy.js';

// Workforce records (issue 16): supervision sessions, caseload figures, the
// training register. Which rows each role sees; deny by default.

/**
 * Which supervision sessions an actor reads, as SQL on `supervision_sessions as ss`:
 * a supervisor the sessions they held and those of their supervisees (a
 * supervisee keeps their history when a new supervisor takes over); a
 * caseworker (CPWO or CSO caseworker) their own. Nobody else.
 */
export function supervisionSessionScope(actor: Pick<Actor, 'id' | 'role'>): Expression<SqlBool> {
  switch (actor.role) {
    case 'supervisor':
      return sql<SqlBool>`(ss.supervisor_id = ${actor.id} or ss.caseworker_id in (select sv.id from users sv where sv.supervisor_id = ${actor.id}))`;
    case 'cpwo':
    case 'cso_caseworker':
      return sql<SqlBool>`ss.caseworker_id = ${actor.id}`;
    default:
      return sql<SqlBool>`false`;
  }
}

/** Only the caseworker of a session acknowledges it. */
export function mayAcknowledgeSession(actor: Pick<Actor, 'id'>, session: { caseworkerId: string }): boolean {
  return session.caseworkerId === actor.id;
}

/**
 * Whose caseload and training an actor reads, as SQL on `users as u`: the
 * people whose jurisdiction lies in the actor's (a district CPWO the
 * district's; NCDA and administrators at the national level all).
 */
export function workforceScope(actor: Pick<Actor, 'jurisdictionId'>): Expression<SqlBool> {
  return scopeFilter(actor, 'u.jurisdiction_id');
}
