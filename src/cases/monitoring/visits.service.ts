import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import { assertCanCase, izuCoversPlace } from '../../access/case-access.js';
import { appendAudit, appendListAudit } from '../../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import { meetDeadlines, openDeadline } from '../../deadlines/deadline.repository.js';
import { endOfLocalDay, localDateOf } from '../../deadlines/local-time.js';
import { conflict, invalidField, notFound } from '../../errors/app-error.js';
import { visitRequestedSms } from '../../notifications/sms-messages.js';
import { deliverSms, queueSms, type QueuedSms } from '../../notifications/sms-outbox.js';
import type { DB } from '../../db/schema.js';
import type { CaseRecord } from '../case.repository.js';
import type { Paging } from '../../http/paging.js';
import { countOfCase } from '../followup-lists.repository.js';
import { recordCaseEvent } from '../case.repository.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../case-change.js';
import { findActiveUser } from '../services/services.repository.js';
import { FOLLOWUP_EVENTS } from '../timeline.js';
import {
  closeVisitTask,
  findVisitTaskForActor,
  insertVisit,
  insertVisitTask,
  listIzusForPlace,
  listOpenVisitTasks,
  listVisitRequests as listVisitRequestRows,
  listVisits as listVisitRows,
} from './visits.repository.js';
import type { RecordVisitInput, RequestVisitInput, VisitRecord, VisitRequest } from './visits.schemas.js';
import { insertNotifications } from '../../notifications/notification.repository.js';

/** The deadline kind of an IZU visit task (its escalation interval is the default one). */
const VISIT_DEADLINE_KIND = 'monitoring_visit';

function assertNotFuture(visitedAt: Date, now: Date) {
  if (visitedAt.getTime() > now.getTime()) {
    throw invalidField('body.visitedAt', 'A visit cannot be recorded before it happens', 'errors.date_in_future');
  }
}

/** Framework step 8: a monitoring visit made by a caseworker (or someone they name). */
export async function recordVisit(ctx: AppContext, actor: Actor, caseId: string, input: RecordVisitInput): Promise<VisitRecord> {
  return changeCase(ctx, actor, caseId, 'visit:record', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const visitedAt = new Date(input.visitedAt);
    assertNotFuture(visitedAt, now);
    const visitedBy = input.visitedByUserId ?? actor.id;
    if (input.visitedByUserId && !(await findActiveUser(trx, input.visitedByUserId))) {
      throw invalidField('body.visitedByUserId', 'No such active user', 'errors.user_not_found');
    }
    const id = await insertVisit(trx, {
      caseId,
      visitTaskId: null,
      visitedBy,
      companions: input.companions ?? null,
      visitedAt,
      observations: input.observations,
      childSafe: input.childSafe,
      concerns: input.concerns ?? null,
      recordedBy: actor.id,
      at: now,
    });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.visitRecorded,
      refTable: 'monitoring_visits',
      refId: id,
      summary: { childSafe: input.childSafe },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.visit.record',
        entityType: 'case',
        entityId: caseId,
        fields: ['visitedAt', 'visitedBy', 'observations', 'childSafe', 'concerns'],
        details: { visitId: id },
      },
      now,
    );
    return (await listVisitRows(trx, actor, caseId, id))[0]!;
  });
}

export async function listVisits(ctx: AppContext, actor: Actor, caseId: string, paging: Paging) {
  return readCaseSection(ctx, actor, caseId, 'visits', async (trx) => ({
    items: await listVisitRows(trx, actor, caseId, undefined, paging),
    total: await countOfCase(trx, 'monitoring_visits', caseId),
    ...paging,
  }));
}

/** Asks the village's IZU to visit; the IZU is told in the app and by an SMS with no details. */
export async function requestVisit(ctx: AppContext, actor: Actor, caseId: string, input: RequestVisitInput): Promise<VisitRequest> {
  const { request, sms } = await changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const { id, sms } = await askIzuToVisit(trx, ctx, actor, kase, { ...input, placeId: kase.placeId }, now);
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.visit.request',
        entityType: 'case',
        entityId: caseId,
        fields: ['izuUserId', 'dueDate', 'purpose'],
        details: { visitTaskId: id },
      },
      now,
    );
    return { request: (await listVisitRequestRows(trx, actor, caseId, id))[0]!, sms };
  });
  await deliverSms(ctx, sms);
  return request;
}

/**
 * A visit task for an IZU of `placeId` (the child's village for a monitoring
 * visit; a tracing lead's village when the IZU helps trace a family): the
 * task, its deadline (overdue at the end of its due date, it escalates like
 * any deadline), the timeline event, the volunteer's notification and the
 * SMS queued in the caller's transaction. The caller audits its own action,
 * and delivers the SMS (deliverSms) once the transaction has committed.
 */
export async function askIzuToVisit(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  kase: CaseRecord,
  input: RequestVisitInput & { placeId: string },
  now: Date,
): Promise<{ id: string; taskNumber: number; sms: QueuedSms }> {
  const izu = await findActiveUser(trx, input.izuUserId);
  if (!izu || !izuCoversPlace(izu, input.placeId)) {
    throw invalidField('body.izuUserId', "Ask an active IZU of the child's village", 'errors.izu_not_for_village');
  }
  if (input.dueDate < localDateOf(now, ctx.config.timeZone)) {
    throw invalidField('body.dueDate', 'The due date has passed', 'errors.due_date_in_past');
  }
  const { id, taskNumber } = await insertVisitTask(trx, {
    caseId: kase.id,
    placeId: input.placeId,
    izuUserId: izu.id,
    requestedBy: actor.id,
    dueDate: input.dueDate,
    purpose: input.purpose,
    at: now,
  });
  await openDeadline(trx, {
    kind: VISIT_DEADLINE_KIND,
    caseId: kase.id,
    reportId: kase.reportId,
    districtId: kase.districtId,
    visitTaskId: id,
    dueAt: endOfLocalDay(input.dueDate, ctx.config.timeZone),
    at: now,
  });
  await recordCaseEvent(trx, {
    caseId: kase.id,
    actorId: actor.id,
    at: now,
    kind: FOLLOWUP_EVENTS.visitRequested,
    refTable: 'visit_tasks',
    refId: id,
    summary: { dueDate: input.dueDate },
  });
  await insertNotifications(
    trx,
    [{ userId: izu.id, kind: 'visit_task', messageKey: 'notifications.visit_task_assigned', params: { taskId: id, taskNumber, dueDate: input.dueDate } }],
    now,
  );
  // An SMS never carries a child's name or case details.
  const sms = await queueSms(trx, ctx, izu.phone ? [{ to: izu.phone, text: visitRequestedSms(taskNumber, input.dueDate) }] : []);
  return { id, taskNumber, sms };
}

export async function listVisitRequests(ctx: AppContext, actor: Actor, caseId: string, paging: Paging) {
  return readCaseSection(ctx, actor, caseId, 'visitRequests', async (trx) => ({
    items: await listVisitRequestRows(trx, actor, caseId, undefined, paging),
    total: await countOfCase(trx, 'visit_tasks', caseId),
    ...paging,
  }));
}

export async function cancelVisitRequest(ctx: AppContext, actor: Actor, caseId: string, requestId: string): Promise<VisitRequest> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, _kase, now) => {
    const current = (await listVisitRequestRows(trx, actor, caseId, requestId))[0];
    if (!current) throw notFound('visit request');
    if (current.status !== 'open') throw conflict('The visit task is no longer open', 'errors.visit_task_not_open', { status: current.status });
    await closeVisitTask(trx, requestId, 'cancelled', now);
    await meetDeadlines(trx, { caseId, visitTaskId: requestId }, now); // nothing left to wait for
    await recordCaseEvent(trx, { caseId, actorId: actor.id, at: now, kind: FOLLOWUP_EVENTS.visitRequestCancelled, refTable: 'visit_tasks', refId: requestId });
    await insertNotifications(
      trx,
      [{ userId: current.izu.id, kind: 'visit_task', messageKey: 'notifications.visit_task_cancelled', params: { taskId: requestId } }],
      now,
    );
    await appendAudit(
      trx,
      actor,
      { action: 'case.visit.cancel_request', entityType: 'case', entityId: caseId, fields: ['status'], details: { visitTaskId: requestId } },
      now,
    );
    return (await listVisitRequestRows(trx, actor, caseId, requestId))[0]!;
  });
}

export async function listEligibleIzus(ctx: AppContext, actor: Actor, caseId: string) {
  // Only who may ask for a visit needs the list of IZUs who could make it.
  assertCanCase(actor, 'case:work');
  return readCaseSection(ctx, actor, caseId, 'eligibleIzus', async (trx, kase) => ({ items: await listIzusForPlace(trx, kase.placeId) }));
}

/** An IZU's open visit tasks: what each visit needs and nothing else. */
export async function listMyVisitTasks(ctx: AppContext, actor: Actor, paging: Paging) {
  assertCanCase(actor, 'visit:record');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const { items, total } = await listOpenVisitTasks(trx, actor, paging);
    await appendListAudit(
      trx,
      actor,
      {
        action: 'visit_task.list',
        entityType: 'visit_task',
        ids: items.map((i) => i.id),
        fields: ['childFirstName', 'village', 'caregiverName'],
        details: { page: paging.page },
      },
      now,
    );
    return { items, total, ...paging };
  });
}

export async function getMyVisitTask(ctx: AppContext, actor: Actor, taskId: string) {
  assertCanCase(actor, 'visit:record');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const task = await findVisitTaskForActor(trx, actor, taskId);
    if (!task) throw notFound('visit task');
    await appendAudit(
      trx,
      actor,
      { action: 'visit_task.read', entityType: 'visit_task', entityId: taskId, fields: ['childFirstName', 'village', 'caregiverName'] },
      now,
    );
    return task;
  });
}
