import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from './actor.js';
import { assertCan, can, scopeFilter } from './policy.js';

// Alternative care: who reads the foster carers register and who follows up
// a placement in a village. Carers are people outside Rinda (they do not sign
// in): their records are need-to-know like a child's, read within the
// district as cases are, every read audited. Out of scope answers 404.

/** Line one of every read of the register: 403 for roles that read none of it. */
export function assertCanReadCarers(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'carers:read');
}

/** Line one of every change to the register: the district's CPWO. */
export function assertCanManageCarers(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'carers:manage');
}

/** Which carers an actor reads, as SQL on `foster_carers as fc`: those living in the actor's jurisdiction. */
export function carerScope(actor: Pick<Actor, 'role' | 'jurisdictionId'>): Expression<SqlBool> {
  if (!can(actor, 'carers:read')) return sql<SqlBool>`false`;
  return scopeFilter(actor, 'fc.village_id', 'fc.district_id');
}

/**
 * Need-to-know on a carer: the household's names and phone go to those who
 * place and visit children (CPWO, CSO caseworker); a supervisor reviews the
 * decisions (status, capacity, place, reasons) without them.
 */
export function carerIdentityVisible(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'cpwo' || actor.role === 'cso_caseworker';
}

/** Line one of the IZU's follow-up of placements: 403 unless an IZU. */
export function assertCanFollowUpPlacements(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'care:izu_follow_up');
}

/**
 * Which placements a village IZU follows up, as SQL on `care_placements as cp`:
 * the active placements in the IZU's village, of cases still open. An ended
 * placement, or one in another village, answers 404.
 */
export function izuPlacementScope(actor: Pick<Actor, 'role' | 'jurisdictionId'>): Expression<SqlBool> {
  if (!can(actor, 'care:izu_follow_up') || actor.jurisdictionId.length < 8) return sql<SqlBool>`false`;
  return sql<SqlBool>`(cp.district_id = ${actor.jurisdictionId.slice(0, 2)} and cp.village_id = ${actor.jurisdictionId} and cp.ended_on is null
    and exists (select 1 from cases pc where pc.id = cp.case_id and pc.stage not in ('closed', 'transferred')))`;
}
