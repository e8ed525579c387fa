import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import { caseRecordScope, visitTaskScope } from '../../access/case-access.js';
import type { DB } from '../../db/schema.js';
import { dateText, userNames } from '../followup-lists.repository.js';
import type { Db } from '../../db/database.js';
import { userRef } from '../followup.schemas.js';
import type { VisitRecord, VisitRequest, VisitTask } from './visits.schemas.js';
import { offsetOf, type Paging } from '../../http/paging.js';

export async function insertVisit(
  trx: Transaction<DB>,
  v: {
    caseId: string;
    visitTaskId: string | null;
    visitedBy: string;
    companions: string | null;
    visitedAt: Date;
    observations: string;
    childSafe: boolean;
    concerns: string | null;
    recordedBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('monitoring_visits')
    .values({
      case_id: v.caseId,
      visit_task_id: v.visitTaskId,
      visited_by: v.visitedBy,
      companions: v.companions,
      visited_at: v.visitedAt,
      observations: v.observations,
      child_safe: v.childSafe,
      concerns: v.concerns,
      recorded_by: v.recordedBy,
      recorded_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listVisits(db: Db, actor: Actor, caseId: string, id?: string, paging?: Paging): Promise<VisitRecord[]> {
  const rows = await db
    .selectFrom('monitoring_visits as v')
    .selectAll('v')
    .where('v.case_id', '=', caseId)
    .where(caseRecordScope(actor, 'v.case_id'))
    .$if(!!id, (q) => q.where('v.id', '=', id!))
    .orderBy('v.visited_at', 'desc')
    .orderBy('v.id')
    .$if(!!paging, (q) => q.limit(paging!.pageSize).offset(offsetOf(paging!)))
    .execute();
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.visited_by, r.recorded_by]),
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    visitTaskId: r.visit_task_id,
    visitedBy: userRef(names, r.visited_by),
    companions: r.companions,
    visitedAt: r.visited_at.toISOString(),
    observations: r.observations,
    childSafe: r.child_safe,
    concerns: r.concerns,
    recordedBy: userRef(names, r.recorded_by),
    recordedAt: r.recorded_at.toISOString(),
  }));
}

export async function insertVisitTask(
  trx: Transaction<DB>,
  v: { caseId: string; placeId: string; izuUserId: string; requestedBy: string; dueDate: string; purpose: string; at: Date },
): Promise<{ id: string; taskNumber: number }> {
  return trx
    .insertInto('visit_tasks')
    .values({
      case_id: v.caseId,
      place_id: v.placeId,
      izu_user_id: v.izuUserId,
      requested_by: v.requestedBy,
      requested_at: v.at,
      due_date: v.dueDate,
      purpose: v.purpose,
    })
    .returning(['id', 'task_number as taskNumber'])
    .executeTakeFirstOrThrow();
}

export async function closeVisitTask(trx: Transaction<DB>, id: string, status: 'done' | 'cancelled', at: Date): Promise<void> {
  await trx.updateTable('visit_tasks').set({ status, closed_at: at }).where('id', '=', id).execute();
}

/** Cancels a case's open visit tasks (the case closed or left the district); returns whose they were. */
export async function cancelOpenVisitTasks(trx: Transaction<DB>, caseId: string, at: Date): Promise<{ id: string; izuUserId: string }[]> {
  return trx
    .updateTable('visit_tasks')
    .set({ status: 'cancelled', closed_at: at })
    .where('case_id', '=', caseId)
    .where('status', '=', 'open')
    .returning(['id', 'izu_user_id as izuUserId'])
    .execute();
}

export async function listVisitRequests(db: Db, actor: Actor, caseId: string, id?: string, paging?: Paging): Promise<VisitRequest[]> {
  const rows = await db
    .selectFrom('visit_tasks as vt')
    .leftJoin('monitoring_visits as v', 'v.visit_task_id', 'vt.id')
    .select([
      'vt.id',
      'vt.case_id as caseId',
      'vt.izu_user_id as izuUserId',
      'vt.requested_by as requestedBy',
      'vt.requested_at as requestedAt',
      dateText('vt.due_date').as('dueDate'),
      'vt.purpose',
      'vt.status',
      'vt.closed_at as closedAt',
      'v.id as visitId',
    ])
    .where('vt.case_id', '=', caseId)
    .where(caseRecordScope(actor, 'vt.case_id'))
    .$if(!!id, (q) => q.where('vt.id', '=', id!))
    .orderBy('vt.requested_at', 'desc')
    .orderBy('vt.id')
    .$if(!!paging, (q) => q.limit(paging!.pageSize).offset(offsetOf(paging!)))
    .execute();
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.izuUserId, r.requestedBy]),
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    izu: userRef(names, r.izuUserId),
    requestedBy: userRef(names, r.requestedBy),
    requestedAt: r.requestedAt.toISOString(),
    dueDate: r.dueDate,
    purpose: r.purpose,
    status: r.status,
    closedAt: r.closedAt?.toISOString() ?? null,
    visitId: r.visitId,
  }));
}

/** The IZUs who may be asked to visit a child at `placeId`: the village's, or of an area containing it. */
export async function listIzusForPlace(db: Db, placeId: string) {
  // Province codes have one digit; district, sector, cell and village codes two more each.
  const codes = [placeId.slice(0, 1), ...[2, 4, 6, 8].filter((n) => n <= placeId.length).map((n) => placeId.slice(0, n))];
  return db
    .selectFrom('users as u')
    .innerJoin('places as p', 'p.id', 'u.jurisdiction_id')
    .select(['u.id', 'u.full_name as fullName', 'u.jurisdiction_id as jurisdictionId', 'p.name as jurisdictionName'])
    .where('u.role', '=', 'izu')
    .where('u.active', '=', true)
    .where('u.jurisdiction_id', 'in', codes)
    .orderBy(sql`length(u.jurisdiction_id)`, 'desc')
    .orderBy('u.full_name')
    .execute();
}

function selectVisitTasks(db: Db, actor: Actor) {
  return (
    db
      .selectFrom('visit_tasks as vt')
      .innerJoin('cases as c', 'c.id', 'vt.case_id')
      .innerJoin('children as ch', 'ch.id', 'c.child_id')
      // The village the visit was asked for, never the child's place now (a transfer moves that).
      .innerJoin('places as p', 'p.id', 'vt.place_id')
      .select([
        'vt.id',
        'vt.task_number as taskNumber',
        dateText('vt.due_date').as('dueDate'),
        'vt.purpose',
        'ch.given_name as childFirstName',
        'p.name as village',
        sql<string | null>`(select hm.full_name from household_members hm where hm.child_id = ch.id and hm.is_caregiver
        order by hm.lives_with_child desc, hm.created_at, hm.id limit 1)`.as('caregiverName'),
      ])
      .where(visitTaskScope(actor))
  );
}

/** An IZU's open tasks (visitTaskScope holds only those), soonest first: only what the visit needs (see visitTaskSchema). */
export async function listOpenVisitTasks(db: Db, actor: Actor, paging: Paging): Promise<{ items: VisitTask[]; total: number }> {
  const open = selectVisitTasks(db, actor);
  const { total } = await open
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  const items = await open.orderBy('vt.due_date').orderBy('vt.requested_at').orderBy('vt.id').limit(paging.pageSize).offset(offsetOf(paging)).execute();
  return { items, total };
}

export async function findVisitTaskForActor(db: Db, actor: Actor, id: string): Promise<VisitTask | undefined> {
  return selectVisitTasks(db, actor).where('vt.id', '=', id).executeTakeFirst();
}

/** The task row behind an IZU's task, locked, if it is theirs. */
export async function lockVisitTask(trx: Transaction<DB>, actor: Actor, id: string) {
  return trx
    .selectFrom('visit_tasks as vt')
    .select(['vt.id', 'vt.case_id as caseId', 'vt.status', 'vt.requested_by as requestedBy', 'vt.izu_user_id as izuUserId'])
    .where('vt.id', '=', id)
    .where(visitTaskScope(actor))
    .forUpdate()
    .executeTakeFirst();
}

/** An IZU's open task by its number (an SMS or USSD answer), locked; undefined when it is not theirs or not open. */
export async function lockVisitTaskByNumber(trx: Transaction<DB>, actor: Actor, taskNumber: number) {
  return trx
    .selectFrom('visit_tasks as vt')
    .select(['vt.id', 'vt.case_id as caseId', 'vt.status', 'vt.requested_by as requestedBy', 'vt.izu_user_id as izuUserId'])
    .where('vt.task_number', '=', taskNumber)
    .where(visitTaskScope(actor))
    .forUpdate()
    .executeTakeFirst();
}

/** An IZU's open tasks as a USSD screen lists them: number and due date only (no child's name), soonest first. */
export async function listOpenTaskNumbers(db: Db, actor: Actor, limit: number): Promise<{ taskNumber: number; dueDate: string }[]> {
  return db
    .selectFrom('visit_tasks as vt')
    .select(['vt.task_number as taskNumber', dateText('vt.due_date').as('dueDate')])
    .where(visitTaskScope(actor))
    .orderBy('vt.due_date')
    .orderBy('vt.task_number')
    .limit(limit)
    .execute();
}
