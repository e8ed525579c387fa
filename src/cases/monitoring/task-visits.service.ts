import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import { assertCanCase } from '../../access/case-access.js';
import { appendAudit } from '../../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import type { IzuInputChannel } from '../../db/tables/community.js';
import { meetDeadlines } from '../../deadlines/deadline.repository.js';
import { endOfLocalDay, localDateOf } from '../../deadlines/local-time.js';
import { invalidField, notFound } from '../../errors/app-error.js';
import { parseInput } from '../../errors/parse-input.js';
import { insertNotifications } from '../../notifications/notification.repository.js';
import { taskVisitByNumberInputSchema, type TaskVisitByNumberInput } from '../../community/household-visits.schemas.js';
import { findCaseById, recordCaseEvent } from '../case.repository.js';
import { assertCaseOpen } from '../case-change.js';
import { FOLLOWUP_EVENTS } from '../timeline.js';
import { closeVisitTask, insertVisit, lockVisitTask, lockVisitTaskByNumber } from './visits.repository.js';
import type { RecordTaskVisitInput } from './visits.schemas.js';

// Framework step 8: the IZU records the visit a caseworker asked of them, in
// the web app (by the task's id) or by SMS or USSD (by the task's number, the
// one the task's SMS gave). One function records it either way: the visit
// joins the case file, the task closes, its deadline is met, and the
// caseworker is told.

type TaskVisit = { visitedAt: Date; observations: string; childSafe: boolean; concerns: string | null; companions: string | null };
type LockedTask = NonNullable<Awaited<ReturnType<typeof lockVisitTask>>>;

export type TaskVisitRecorded = { visitId: string; taskId: string; recordedAt: string };

/** The web app's form: the task by its id. */
export async function recordTaskVisit(ctx: AppContext, actor: Actor, taskId: string, input: RecordTaskVisitInput): Promise<TaskVisitRecorded> {
  assertCanCase(actor, 'visit:record');
  return ctx.database.db.transaction().execute(async (trx) => {
    // A task no longer open is out of the IZU's scope (visitTaskScope): 404, as if it never was.
    const task = await lockVisitTask(trx, actor, taskId);
    if (!task) throw notFound('visit task');
    const visit = {
      visitedAt: new Date(input.visitedAt),
      observations: input.observations,
      childSafe: input.childSafe,
      concerns: input.concerns ?? null,
      companions: input.companions ?? null,
    };
    return recordOnTask(trx, ctx, actor, task, visit, 'web', 'body.visitedAt');
  });
}

/** A visit task answered by its number (SMS, USSD or web), in its own transaction. */
export async function recordVisitTaskByNumber(
  ctx: AppContext,
  actor: Actor,
  taskNumber: number,
  input: TaskVisitByNumberInput,
  channel: IzuInputChannel,
): Promise<TaskVisitRecorded> {
  return ctx.database.db.transaction().execute((trx) => recordVisitTaskByNumberIn(trx, ctx, actor, taskNumber, input, channel));
}

/**
 * The same in the caller's transaction (the SMS worker's, with the inbound
 * message). The number is looked up among the volunteer's own open tasks
 * only: another's task, a task done or cancelled, or no such number answers
 * 404 (errors.visit_task_not_found), as if it never was.
 */
export async function recordVisitTaskByNumberIn(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  taskNumber: number,
  raw: TaskVisitByNumberInput,
  channel: IzuInputChannel,
): Promise<TaskVisitRecorded> {
  assertCanCase(actor, 'visit:record');
  const input = parseInput(taskVisitByNumberInputSchema, raw);
  if (!Number.isSafeInteger(taskNumber) || taskNumber < 1) throw invalidField('body.taskNumber', 'Not a task number', 'errors.visit_task_number_invalid');
  const task = await lockVisitTaskByNumber(trx, actor, taskNumber);
  if (!task) throw notFound('visit task', 'errors.visit_task_not_found');
  const now = ctx.clock.now();
  const tz = ctx.config.timeZone;
  const visitedOn = input.visitedOn ?? localDateOf(now, tz);
  // A day's visit is dated at the end of that day, or now if the day is today.
  const dayEnd = endOfLocalDay(visitedOn, tz);
  const visitedAt = dayEnd.getTime() > now.getTime() && visitedOn === localDateOf(now, tz) ? now : dayEnd;
  const visit = {
    visitedAt,
    observations: input.note,
    childSafe: input.childSafe,
    // A short answer has one text: when the child is not safe, it is the concern.
    concerns: input.childSafe ? null : input.note,
    companions: null,
  };
  return recordOnTask(trx, ctx, actor, task, visit, channel, 'body.visitedOn');
}

async function recordOnTask(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  task: LockedTask,
  v: TaskVisit,
  channel: IzuInputChannel,
  dateField: string,
): Promise<TaskVisitRecorded> {
  const now = ctx.clock.now();
  if (v.visitedAt.getTime() > now.getTime()) throw invalidField(dateField, 'A visit cannot be recorded before it happens', 'errors.date_in_future');
  const kase = (await findCaseById(trx, task.caseId, true))!;
  assertCaseOpen(kase);
  const visitId = await insertVisit(trx, {
    caseId: task.caseId,
    visitTaskId: task.id,
    visitedBy: actor.id,
    companions: v.companions,
    visitedAt: v.visitedAt,
    observations: v.observations,
    childSafe: v.childSafe,
    concerns: v.concerns,
    recordedBy: actor.id,
    at: now,
  });
  await closeVisitTask(trx, task.id, 'done', now);
  await meetDeadlines(trx, { caseId: task.caseId, visitTaskId: task.id }, now);
  await recordCaseEvent(trx, {
    caseId: task.caseId,
    actorId: actor.id,
    at: now,
    kind: FOLLOWUP_EVENTS.visitRecorded,
    refTable: 'monitoring_visits',
    refId: visitId,
    summary: { childSafe: v.childSafe, visitTaskId: task.id },
  });
  const messageKey = v.childSafe ? 'notifications.visit_recorded' : 'notifications.visit_child_unsafe';
  for (const userId of new Set([task.requestedBy, kase.leadCaseworkerId].filter((u): u is string => !!u))) {
    await insertNotifications(trx, [{ userId, kind: 'visit', messageKey, params: { caseCode: kase.caseCode, taskId: task.id }, caseId: kase.id }], now);
  }
  await appendAudit(
    trx,
    actor,
    {
      action: 'visit_task.record_visit',
      entityType: 'visit_task',
      entityId: task.id,
      fields: ['visitedAt', 'observations', 'childSafe', 'concerns'],
      details: { visitId, via: channel },
    },
    now,
  );
  return { visitId, taskId: task.id, recordedAt: now.toISOString() };
}
