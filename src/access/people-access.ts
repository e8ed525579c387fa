import type { Expression, SqlBool } from 'kysely';
import { notFound } from '../errors/app-error.js';
import type { Actor } from './actor.js';
import { assertCan, placeInScope, scopeFilter } from './policy.js';

// Who may see and change which user accounts. CPWOs, supervisors and NCDA
// officers see the people of their jurisdiction (to allocate cases and to
// supervise); administrators manage the people of theirs (a national
// administrator everyone); every other role sees no one. Only administrators
// change accounts, and only into a jurisdiction inside their own.

/** Line one of every read of users: 403 for roles that see no users. */
export function assertCanReadUsers(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'users:read');
}

/** Line one of every change to users or their credentials: 403 unless administrator. */
export function assertCanManageUsers(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'users:manage');
}

/** Can the actor see a user whose jurisdiction is `userJurisdictionId`? */
function userVisibleTo(actor: Pick<Actor, 'role' | 'jurisdictionId'>, userJurisdictionId: string): boolean {
  return placeInScope(actor, userJurisdictionId);
}

/** 404, as if the account did not exist, when the user is outside the actor's visibility. */
export function assertUserVisible(actor: Pick<Actor, 'role' | 'jurisdictionId'>, user: { jurisdictionId: string } | undefined): void {
  if (!user || !userVisibleTo(actor, user.jurisdictionId)) throw notFound('user');
}

/**
 * The SQL form of userVisibleTo, for list queries on `jurisdictionColumn`
 * (users have no district column, so this is the place-code prefix form).
 */
export function usersVisibleFilter(actor: Pick<Actor, 'role' | 'jurisdictionId'>, jurisdictionColumn: string): Expression<SqlBool> {
  return scopeFilter(actor, jurisdictionColumn);
}
