import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import { caseRecordScope, caseScope } from '../../access/case-access.js';
import type { DB } from '../../db/schema.js';
import { offsetOf, type Paging } from '../../http/paging.js';
import { userNames } from '../followup-lists.repository.js';
import type { Db } from '../../db/database.js';
import { userRef, userRefOrNull } from '../followup.schemas.js';
import type { ClosureRecord, ClosureRequest } from './closure.schemas.js';

type Reason = ClosureRequest['reason'];

export async function insertClosureRequest(
  trx: Transaction<DB>,
  v: { caseId: string; reason: string; note: string; requestedBy: string; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('closure_requests')
    .values({ case_id: v.caseId, reason: v.reason, note: v.note, requested_by: v.requestedBy, requested_at: v.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// Unscoped: called inside changeCase, with the case it locked in the actor's scope.
export async function findPendingRequest(db: Db, caseId: string) {
  return db.selectFrom('closure_requests').selectAll().where('case_id', '=', caseId).where('status', '=', 'pending').executeTakeFirst();
}

export async function decideRequest(
  trx: Transaction<DB>,
  id: string,
  d: { status: 'approved' | 'rejected' | 'withdrawn'; by: string; at: Date; note: string | null },
): Promise<void> {
  await trx.updateTable('closure_requests').set({ status: d.status, decided_by: d.by, decided_at: d.at, decision_note: d.note }).where('id', '=', id).execute();
}

export async function insertClosure(
  trx: Transaction<DB>,
  v: { caseId: string; reason: string; note: string | null; reviewId: string | null; requestId: string | null; closedBy: string; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('case_closures')
    .values({
      case_id: v.caseId,
      reason: v.reason,
      note: v.note,
      review_id: v.reviewId,
      closure_request_id: v.requestId,
      closed_by: v.closedBy,
      closed_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks the latest closure reopened. */
export async function markReopened(trx: Transaction<DB>, caseId: string, v: { by: string; at: Date; reason: string }): Promise<void> {
  const last = await trx
    .selectFrom('case_closures')
    .select('id')
    .where('case_id', '=', caseId)
    .where('reopened_at', 'is', null)
    .orderBy('closed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return;
  await trx.updateTable('case_closures').set({ reopened_at: v.at, reopened_by: v.by, reopen_reason: v.reason }).where('id', '=', last.id).execute();
}

export async function listRequests(db: Db, actor: Actor, caseId: string): Promise<ClosureRequest[]> {
  const rows = await db
    .selectFrom('closure_requests')
    .selectAll()
    .where('case_id', '=', caseId)
    .where(caseRecordScope(actor, 'closure_requests.case_id'))
    .orderBy('requested_at', 'desc')
    .orderBy('id')
    .execute();
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.requested_by, r.decided_by]),
  );
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason as Reason,
    note: r.note,
    requestedBy: userRef(names, r.requested_by),
    requestedAt: r.requested_at.toISOString(),
    status: r.status,
    decidedBy: userRefOrNull(names, r.decided_by),
    decidedAt: r.decided_at?.toISOString() ?? null,
    decisionNote: r.decision_note,
  }));
}

export async function listClosures(db: Db, actor: Actor, caseId: string): Promise<ClosureRecord[]> {
  const rows = await db
    .selectFrom('case_closures')
    .selectAll()
    .where('case_id', '=', caseId)
    .where(caseRecordScope(actor, 'case_closures.case_id'))
    .orderBy('closed_at', 'desc')
    .orderBy('id')
    .execute();
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.closed_by, r.reopened_by]),
  );
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason as Reason,
    note: r.note,
    reviewId: r.review_id,
    closureRequestId: r.closure_request_id,
    closedBy: userRef(names, r.closed_by),
    closedAt: r.closed_at.toISOString(),
    reopenedBy: userRefOrNull(names, r.reopened_by),
    reopenedAt: r.reopened_at?.toISOString() ?? null,
    reopenReason: r.reopen_reason,
  }));
}

/** Pending closure requests of the cases in the actor's scope (a supervisor's approvals queue). */
export async function listPendingRequests(db: Db, actor: Actor, paging: Paging) {
  const pending = db
    .selectFrom('closure_requests as cr')
    .innerJoin('cases as c', 'c.id', 'cr.case_id')
    .where('cr.status', '=', 'pending')
    .where(caseScope(actor));
  const { total } = await pending.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await pending
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select([
      'cr.id as requestId',
      'c.id as caseId',
      'c.case_code as caseCode',
      'ch.child_code as childCode',
      'cr.reason',
      'cr.note',
      'cr.requested_by as requestedBy',
      'cr.requested_at as requestedAt',
    ])
    .orderBy('cr.requested_at')
    .orderBy('cr.id')
    .limit(paging.pageSize)
    .offset(offsetOf(paging))
    .execute();
  const names = await userNames(
    db,
    rows.map((r) => r.requestedBy),
  );
  const items = rows.map((r) => ({ ...r, reason: r.reason as Reason, requestedBy: userRef(names, r.requestedBy), requestedAt: r.requestedAt.toISOString() }));
  return { items, total };
}

/** Who approves a closure: the supervisor kept with the case, else the lead caseworker's supervisor. */
export async function closureApprover(db: Db, kase: { supervisorId: string | null; leadCaseworkerId: string | null }): Promise<string | null> {
  if (kase.supervisorId) return kase.supervisorId;
  if (!kase.leadCaseworkerId) return null;
  const lead = await db.selectFrom('users').select('supervisor_id').where('id', '=', kase.leadCaseworkerId).executeTakeFirst();
  return lead?.supervisor_id ?? null;
}
