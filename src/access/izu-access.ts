import { sql, type Expression, type SqlBool } from 'kysely';
import { notFound } from '../errors/app-error.js';
import type { Actor } from './actor.js';
import { assertCan, can, placeInScope, scopeFilter } from './policy.js';

// Who may see and change the IZU registry: a national administrator all of
// it, a CPWO their district's, a cell or sector coordinator (read only) their
// cell's or sector's. A volunteer or place outside that answers 404, as if
// it did not exist.

/** Line one of every read of the registry: 403 for roles that read none of it. */
export function assertCanReadRegistry(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'izu:read');
}

/** Line one of every change to the registry (and of the import): 403 unless CPWO or administrator. */
export function assertCanManageRegistry(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'izu:manage');
}

/** 404 when the place (a registry's place, or a volunteer's) is outside the actor's jurisdiction. */
export function assertRegistryPlaceInScope(actor: Pick<Actor, 'jurisdictionId'>, placeId: string | undefined, what = 'place'): void {
  if (!placeId || !placeInScope(actor, placeId)) throw notFound(what);
}

/** The SQL form, for the registry's lists: volunteers whose place is in the actor's jurisdiction. */
export function registryScopeFilter(actor: Pick<Actor, 'jurisdictionId'>, placeColumn: string): Expression<SqlBool> {
  return scopeFilter(actor, placeColumn);
}

// The volunteer's own work: incident flags and household visits.

/** Line one of a flag: 403 unless an IZU. */
export function assertCanFlagIncident(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'izu:flag');
}

/** Line one of logging a household visit: 403 unless an IZU. */
export function assertCanLogHouseholdVisit(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'izu:log_visit');
}

/** Line one of reading household visits: the volunteer's own, or a place's for coordinators and the CPWO. */
export function assertCanReadHouseholdVisits(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'izu:read_visits');
}

/** A volunteer works in their own village: a village outside it answers 404, as if it did not exist. */
export function assertVillageOfVolunteer(actor: Pick<Actor, 'jurisdictionId'>, villageId: string): void {
  if (!placeInScope(actor, villageId)) throw notFound('village');
}

/**
 * Which household visits an actor reads, as SQL on `izu_household_visits as hv`:
 * a volunteer their own; a coordinator or CPWO those of the villages in their
 * jurisdiction; nobody else.
 */
export function householdVisitScope(actor: Pick<Actor, 'id' | 'role' | 'jurisdictionId'>): Expression<SqlBool> {
  if (readsOwnHouseholdVisits(actor)) return sql<SqlBool>`hv.izu_user_id = ${actor.id}`;
  if (can(actor, 'izu:read_visits')) return scopeFilter(actor, 'hv.village_id', 'hv.district_id');
  return sql<SqlBool>`false`;
}

/**
 * Need-to-know on a household visit: the note is the volunteer's own (it may
 * say more than a statistic); a coordinator or CPWO reads the household code,
 * the date, the children counted and the concern codes.
 */
export function householdVisitNoteVisible(actor: Pick<Actor, 'role'>): boolean {
  return readsOwnHouseholdVisits(actor);
}

/** A volunteer reads the visits they logged, not a place's. */
export function readsOwnHouseholdVisits(actor: Pick<Actor, 'role'>): boolean {
  return can(actor, 'izu:log_visit');
}
