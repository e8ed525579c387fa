import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { assertCanCase, LEAD_CASEWORKER_ROLES } from '../access/case-access.js';
import { caseInviteeFilter, type CaseForInvitees } from '../access/case-invitee-access.js';
import type { DB } from '../db/schema.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors/app-error.js';
import { findCaseInScope } from './case.repository.js';
import { isOpen } from './case-stage.js';
import { escapeLike } from '../db/like.js';

// The people a caseworker picks while working a case: who may lead it (with
// their current caseload, framework §8: caseloads are tracked) and whom to
// invite to a case conference or name responsible for a plan action (both
// only among the users the access module lets them bring into this case).

const orgJson = sql<{ id: string; name: string; kind: string } | null>`case when o.id is null then null else json_build_object('id', o.id, 'name', o.name, 'kind', o.kind) end`;

/** GET /cases/:id/allocation/candidates: who may lead this case (trained, active, jurisdiction holds it), lightest caseload first. */
export async function listLeadCandidates(ctx: AppContext, actor: Actor, caseId: string) {
  assertCanCase(actor, 'case:allocate');
  const { db } = ctx.database;
  const kase = await findCaseInScope(db, actor, caseId);
  if (!kase) throw notFound('case');
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('users as s', 's.id', 'u.supervisor_id')
    .select([
      'u.id',
      'u.full_name as fullName',
      'u.role',
      orgJson.as('organisation'),
      sql<{ id: string; fullName: string } | null>`case when s.id is null then null else json_build_object('id', s.id, 'fullName', s.full_name) end`.as('supervisor'),
      sql<string>`u.training_completed_on::text`.as('trainingCompletedOn'),
      sql<number>`(select count(*)::int from cases lc where lc.lead_caseworker_id = u.id and lc.stage not in ('closed', 'transferred'))`.as('openCases'),
    ])
    .where('u.role', 'in', [...LEAD_CASEWORKER_ROLES])
    .where('u.active', '=', true)
    .where('u.training_completed_on', 'is not', null)
    // The same rule as leadCaseworkerProblem: the user's jurisdiction holds the case's place.
    .where(sql<boolean>`(u.jurisdiction_id = 'RW' or ${kase.placeId} like u.jurisdiction_id || '%')`)
    .orderBy('openCases')
    .orderBy('u.full_name')
    .limit(200)
    .execute();
  return { items: rows };
}

/** GET /cases/:id/conference-candidates?q=: the users the actor may bring into this case (caseInviteeFilter), by name. */
export async function listParticipantCandidates(ctx: AppContext, actor: Actor, caseId: string, q: string) {
  assertCanCase(actor, 'case:work');
  const { db } = ctx.database;
  const kase = await findCaseInScope(db, actor, caseId);
  if (!kase || !isOpen(kase.stage)) throw notFound('case');
  const pattern = `%${escapeLike(q)}%`;
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.full_name as fullName', 'u.role', 'o.name as organisationName'])
    .where(caseInviteeFilter(kase, 'u'))
    .where((eb) => eb.or([eb('u.full_name', 'ilike', pattern), eb('o.name', 'ilike', pattern)]))
    .orderBy('u.full_name')
    .limit(20)
    .execute();
  return { items: rows };
}

/** Which of `userIds` the case may take in (conference participants, responsible users): the same rule as the candidate search. */
export async function invitableUserIds(trx: Transaction<DB>, kase: CaseForInvitees, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await trx.selectFrom('users as u').select('u.id').where('u.id', 'in', [...userIds]).where(caseInviteeFilter(kase, 'u')).execute();
  return new Set(rows.map((r) => r.id));
}
