import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { childScope } from '../access/case-access.js';
import { dpRequestScope, scopeFilter } from '../access/policy.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { DataRight, RequesterRelationship } from '../db/tables/data-protection.js';
import { DP_REQUEST_DEADLINE, type ErasureBlock } from './dp-vocabulary.js';

// The requests register's SQL. Every read is filtered by dpRequestScope (the
// officer's jurisdiction, a CPWO's district); the subject of a new request is
// found through the actor's own reach of children.

/** The children whose file a request may be recorded against: the officer's jurisdiction; a CPWO's children. */
function subjectScope(actor: Actor) {
  return actor.role === 'cpwo' ? childScope(actor) : scopeFilter(actor, 'ch.place_id', 'ch.district_id');
}

export async function findSubjectByCode(db: Db, actor: Actor, childCode: string) {
  const child = await db
    .selectFrom('children as ch')
    .select(['ch.id', 'ch.child_code', 'ch.given_name', 'ch.family_name', 'ch.district_id', sql<boolean>`ch.restricted_at is not null`.as('restricted')])
    .where(sql`upper(ch.child_code)`, '=', childCode.toUpperCase())
    .where(subjectScope(actor))
    .executeTakeFirst();
  if (!child) return undefined;
  const household = await db
    .selectFrom('household_members as hm')
    .select(['hm.id', 'hm.full_name', 'hm.relationship', 'hm.is_caregiver'])
    .where('hm.child_id', '=', child.id)
    .orderBy('hm.is_caregiver', 'desc')
    .orderBy('hm.id')
    .execute();
  return { child, household };
}

export async function findSubjectChild(trx: Transaction<DB>, actor: Actor, childId: string) {
  return trx.selectFrom('children as ch').select(['ch.id', 'ch.district_id']).where('ch.id', '=', childId).where(subjectScope(actor)).executeTakeFirst();
}

export async function householdMemberOf(trx: Transaction<DB>, childId: string, memberId: string) {
  return trx.selectFrom('household_members').select(['id']).where('id', '=', memberId).where('child_id', '=', childId).executeTakeFirst();
}

export async function insertDpRequest(
  trx: Transaction<DB>,
  row: {
    reference: string;
    districtId: string;
    childId: string;
    householdMemberId: string | null;
    right: DataRight;
    requesterName: string;
    requesterRelationship: RequesterRelationship;
    identityCheck: string;
    details: string | null;
    changes: unknown[] | null;
    receivedAt: Date;
    dueAt: Date;
    recordedBy: string;
  },
  now: Date,
) {
  const { id } = await trx
    .insertInto('dp_requests')
    .values({
      reference: row.reference,
      district_id: row.districtId,
      child_id: row.childId,
      household_member_id: row.householdMemberId,
      right_kind: row.right,
      requester_name: row.requesterName,
      requester_relationship: row.requesterRelationship,
      identity_check: row.identityCheck,
      details: row.details,
      rectification: row.changes ? JSON.stringify(row.changes) : null,
      received_at: row.receivedAt,
      due_at: row.dueAt,
      recorded_by: row.recordedBy,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The due date escalates like other deadlines (src/deadlines/escalation.service.ts).
  await trx
    .insertInto('deadlines')
    .values({ kind: DP_REQUEST_DEADLINE, district_id: row.districtId, due_at: row.dueAt, dp_request_id: id, created_at: now } as never)
    .execute();
  return id;
}

function selectRequests(db: Db, actor: Actor) {
  return db
    .selectFrom('dp_requests as dr')
    .innerJoin('children as ch', 'ch.id', 'dr.child_id')
    .leftJoin('household_members as hm', 'hm.id', 'dr.household_member_id')
    .innerJoin('users as rb', 'rb.id', 'dr.recorded_by')
    .leftJoin('users as db_', 'db_.id', 'dr.decided_by')
    .leftJoin('users as eb', 'eb.id', 'dr.executed_by')
    .where(dpRequestScope(actor));
}

export async function findDpRequest(db: Db, actor: Actor, id: string, lock = false) {
  const q = selectRequests(db, actor)
    .select([
      'dr.id',
      'dr.reference',
      'dr.district_id as districtId',
      'dr.child_id as childId',
      'ch.child_code as childCode',
      'ch.given_name as childGivenName',
      'ch.family_name as childFamilyName',
      sql<boolean>`coalesce(hm.restricted_at, ch.restricted_at) is not null`.as('subjectRestricted'),
      'dr.household_member_id as householdMemberId',
      'hm.full_name as memberName',
      'hm.relationship as memberRelationship',
      'dr.right_kind as right',
      'dr.requester_name as requesterName',
      'dr.requester_relationship as requesterRelationship',
      'dr.identity_check as identityCheck',
      'dr.details',
      'dr.rectification',
      'dr.received_at as receivedAt',
      'dr.due_at as dueAt',
      'dr.status',
      'rb.full_name as recordedBy',
      'dr.decision_reason as decisionReason',
      'dr.decided_at as decidedAt',
      'db_.full_name as decidedBy',
      'dr.executed_at as executedAt',
      'eb.full_name as executedBy',
      'dr.execution',
    ])
    .where('dr.id', '=', id);
  return (lock ? q.forUpdate('dr') : q).executeTakeFirst();
}
export type DpRequestRow = NonNullable<Awaited<ReturnType<typeof findDpRequest>>>;

export async function listDpRequests(db: Db, actor: Actor, filter: { status?: string; page: number; pageSize: number }) {
  const base = selectRequests(db, actor).$if(!!filter.status, (q) => q.where('dr.status', '=', filter.status as never));
  const [items, total] = await Promise.all([
    base
      .select([
        'dr.id',
        'dr.reference',
        'dr.district_id as districtId',
        'ch.child_code as childCode',
        'dr.right_kind as right',
        'dr.requester_name as requesterName',
        'dr.status',
        'dr.received_at as receivedAt',
        'dr.due_at as dueAt',
      ])
      .orderBy(sql`dr.status = 'open'`, 'desc')
      .orderBy('dr.due_at')
      .orderBy('dr.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

export async function rectificationHistory(db: Db, requestId: string) {
  return db
    .selectFrom('dp_rectifications')
    .select(['field', 'old_value as oldValue', 'new_value as newValue', 'at'])
    .where('request_id', '=', requestId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/**
 * Why the record must be kept, or null when erasure is allowed: a case still
 * open (the child is being protected now), or (for the child's own identity)
 * any case file, which is a VENA record the framework keeps and which may be
 * evidence in criminal proceedings.
 */
export async function erasureBlock(db: Db, childId: string, subject: 'child' | 'household_member'): Promise<ErasureBlock | null> {
  const cases = await db
    .selectFrom('cases')
    .select([sql<number>`count(*)::int`.as('all'), sql<number>`(count(*) filter (where stage not in ('closed', 'transferred')))::int`.as('open')])
    .where('child_id', '=', childId)
    .executeTakeFirstOrThrow();
  if (cases.open > 0) return 'open_case';
  if (subject === 'child' && cases.all > 0) return 'vena_case_record';
  return null;
}

export async function recordDecision(trx: Transaction<DB>, id: string, outcome: 'granted' | 'refused', reason: string, by: string, at: Date) {
  await trx.updateTable('dp_requests').set({ status: outcome, decision_reason: reason, decided_by: by, decided_at: at }).where('id', '=', id).execute();
  // A refusal answers the request: its deadline is met.
  if (outcome === 'refused') await meetDeadline(trx, id, at);
}

export async function recordExecution(trx: Transaction<DB>, id: string, execution: Record<string, unknown>, by: string, at: Date) {
  await trx
    .updateTable('dp_requests')
    .set({ status: 'executed', executed_by: by, executed_at: at, execution: JSON.stringify(execution) })
    .where('id', '=', id)
    .execute();
  await meetDeadline(trx, id, at);
}

async function meetDeadline(trx: Transaction<DB>, id: string, at: Date) {
  await trx.updateTable('deadlines').set({ met_at: at }).where('dp_request_id', '=', id).where('met_at', 'is', null).execute();
}
