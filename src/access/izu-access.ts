import type { Expression, SqlBool } from 'kysely';
import { notFound } from '../errors/app-error.js';
import type { Actor } from './actor.js';
import { assertCan, placeInScope, scopeFilter } from './policy.js';

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
