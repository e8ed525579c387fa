import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import { assertCanCase } from '../../access/case-access.js';
import { appendAudit, appendListAudit } from '../../audit/audit.repository.js';
import type { AppContext, SmsMessage } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { conflict } from '../../errors/app-error.js';
import type { Paging } from '../../http/paging.js';
import { deliverSms, queueSms, type QueuedSms } from '../../notifications/sms-outbox.js';
import { markCaseReopened } from './case-ending.repository.js';
import { endCase } from './case-ending.js';
import { findCaseInScope, type CaseRecord, recordCaseEvent } from '../case.repository.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../case-change.js';
import {
  closureApprover,
  decideRequest,
  findPendingRequest,
  insertClosure,
  insertClosureRequest,
  listClosures,
  listPendingRequests,
  listRequests,
  markReopened,
} from './closure.repository.js';
import type { ClosureState, CloseCaseInput } from './closure.schemas.js';
import { findLatestReview } from '../review/reviews.repository.js';
import { benchmarksNotMet, closureCheck } from '../review/reviews.service.js';
import { FOLLOWUP_EVENTS } from '../timeline.js';
import { insertNotifications } from '../../notifications/notification.repository.js';

async function closureState(trx: Transaction<DB>, actor: Actor, caseId: string): Promise<ClosureState> {
  // Read in the change's (or read's) transaction, after the case was found in the actor's scope.
  const kase = (await findCaseInScope(trx, actor, caseId))!;
  const requests = await listRequests(trx, actor, caseId);
  return {
    caseId,
    stage: kase.stage,
    closedAt: kase.closedAt?.toISOString() ?? null,
    closureReason: kase.closureReason as ClosureState['closureReason'],
    pendingRequest: requests.find((r) => r.status === 'pending') ?? null,
    benchmarks: await closureCheck(trx, caseId),
    requests,
    closures: await listClosures(trx, actor, caseId),
  };
}

async function close(
  trx: Transaction<DB>,
  actor: Actor,
  kase: CaseRecord,
  now: Date,
  c: { reason: string; note: string | null; reviewId: string | null; requestId: string | null },
): Promise<SmsMessage[]> {
  const sms = await endCase(trx, kase, { stage: 'closed', reason: c.reason, actorId: actor.id, at: now });
  const closureId = await insertClosure(trx, { caseId: kase.id, ...c, closedBy: actor.id, at: now });
  await recordCaseEvent(trx, {
    caseId: kase.id,
    actorId: actor.id,
    at: now,
    kind: FOLLOWUP_EVENTS.caseClosed,
    refTable: 'case_closures',
    refId: closureId,
    summary: { reason: c.reason },
  });
  await appendAudit(
    trx,
    actor,
    { action: 'case.close', entityType: 'case', entityId: kase.id, fields: ['stage', 'closedAt', 'closureReason'], details: { closureId } },
    now,
  );
  return sms;
}

/**
 * Framework step 9. On the goals and benchmarks, the case closes at once if
 * the latest review and the plan allow it; for any other reason a written
 * note goes to the lead caseworker's supervisor for approval.
 */
export async function closeCase(ctx: AppContext, actor: Actor, caseId: string, input: CloseCaseInput) {
  let sms: QueuedSms = [];
  const state = await changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    if (input.reason === 'goals_and_benchmarks_met') {
      const check = await closureCheck(trx, caseId);
      if (!check.allowed) throw benchmarksNotMet(check);
      // closureCheck allowed it: the case has a latest review.
      const review = (await findLatestReview(trx, caseId))!;
      sms = await queueSms(
        trx,
        ctx,
        await close(trx, actor, kase, now, { reason: input.reason, note: input.note ?? null, reviewId: review.id, requestId: null }),
      );
      return closureState(trx, actor, caseId);
    }
    if (await findPendingRequest(trx, caseId)) {
      throw conflict('A closure request is already waiting for the supervisor', 'errors.closure_request_pending');
    }
    const approver = await closureApprover(trx, kase);
    if (!approver) {
      throw conflict("Closing for this reason needs the lead caseworker's supervisor, and the case has none", 'errors.closure_needs_supervisor');
    }
    const requestId = await insertClosureRequest(trx, { caseId, reason: input.reason, note: input.note!, requestedBy: actor.id, at: now });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.closureRequested,
      refTable: 'closure_requests',
      refId: requestId,
      summary: { reason: input.reason },
    });
    await insertNotifications(
      trx,
      [{ userId: approver, kind: 'closure', messageKey: 'notifications.closure_approval_requested', params: { caseCode: kase.caseCode }, caseId }],
      now,
    );
    await appendAudit(
      trx,
      actor,
      { action: 'case.closure.request', entityType: 'case', entityId: caseId, fields: ['reason', 'note'], details: { closureRequestId: requestId } },
      now,
    );
    return closureState(trx, actor, caseId);
  });
  await deliverSms(ctx, sms);
  return state;
}

/** The supervisor approves the pending request: the case closes for its reason. */
export async function approveClosure(ctx: AppContext, actor: Actor, caseId: string, input: { note?: string }) {
  let sms: QueuedSms = [];
  const state = await changeCase(ctx, actor, caseId, 'case:approve_closure', async (trx, kase, now) => {
    const pending = await findPendingRequest(trx, caseId);
    if (!pending) throw conflict('No closure request is waiting', 'errors.no_pending_closure_request');
    await decideRequest(trx, pending.id, { status: 'approved', by: actor.id, at: now, note: input.note ?? null });
    await recordCaseEvent(trx, { caseId, actorId: actor.id, at: now, kind: FOLLOWUP_EVENTS.closureApproved, refTable: 'closure_requests', refId: pending.id });
    await insertNotifications(
      trx,
      [{ userId: pending.requested_by, kind: 'closure', messageKey: 'notifications.closure_approved', params: { caseCode: kase.caseCode }, caseId }],
      now,
    );
    await appendAudit(
      trx,
      actor,
      { action: 'case.closure.approve', entityType: 'case', entityId: caseId, fields: ['status', 'decisionNote'], details: { closureRequestId: pending.id } },
      now,
    );
    sms = await queueSms(trx, ctx, await close(trx, actor, kase, now, { reason: pending.reason, note: pending.note, reviewId: null, requestId: pending.id }));
    return closureState(trx, actor, caseId);
  });
  await deliverSms(ctx, sms);
  return state;
}

export async function rejectClosure(ctx: AppContext, actor: Actor, caseId: string, input: { note: string }) {
  return changeCase(ctx, actor, caseId, 'case:approve_closure', async (trx, kase, now) => {
    const pending = await findPendingRequest(trx, caseId);
    if (!pending) throw conflict('No closure request is waiting', 'errors.no_pending_closure_request');
    await decideRequest(trx, pending.id, { status: 'rejected', by: actor.id, at: now, note: input.note });
    await recordCaseEvent(trx, { caseId, actorId: actor.id, at: now, kind: FOLLOWUP_EVENTS.closureRejected, refTable: 'closure_requests', refId: pending.id });
    await insertNotifications(
      trx,
      [{ userId: pending.requested_by, kind: 'closure', messageKey: 'notifications.closure_rejected', params: { caseCode: kase.caseCode }, caseId }],
      now,
    );
    await appendAudit(
      trx,
      actor,
      { action: 'case.closure.reject', entityType: 'case', entityId: caseId, fields: ['status', 'decisionNote'], details: { closureRequestId: pending.id } },
      now,
    );
    return closureState(trx, actor, caseId);
  });
}

/** The caseworker takes back a pending request (e.g. the situation changed). */
export async function withdrawClosureRequest(ctx: AppContext, actor: Actor, caseId: string) {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, _kase, now) => {
    const pending = await findPendingRequest(trx, caseId);
    if (!pending) throw conflict('No closure request is waiting', 'errors.no_pending_closure_request');
    await decideRequest(trx, pending.id, { status: 'withdrawn', by: actor.id, at: now, note: null });
    await recordCaseEvent(trx, { caseId, actorId: actor.id, at: now, kind: FOLLOWUP_EVENTS.closureWithdrawn, refTable: 'closure_requests', refId: pending.id });
    await appendAudit(
      trx,
      actor,
      { action: 'case.closure.withdraw', entityType: 'case', entityId: caseId, fields: ['status'], details: { closureRequestId: pending.id } },
      now,
    );
    return closureState(trx, actor, caseId);
  });
}

/** A closed case can be reopened; it returns to assessment (framework step 9). */
export async function reopenCase(ctx: AppContext, actor: Actor, caseId: string, input: { reason: string }) {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    if (kase.stage !== 'closed') throw conflict('Only a closed case can be reopened', 'errors.case_not_closed', { stage: kase.stage });
    // The case is worked again: its report is open again too.
    await markCaseReopened(trx, kase, now);
    await markReopened(trx, caseId, { by: actor.id, at: now, reason: input.reason });
    await recordCaseEvent(trx, { caseId, actorId: actor.id, at: now, kind: FOLLOWUP_EVENTS.caseReopened, summary: { stage: 'assessment' } });
    await appendAudit(
      trx,
      actor,
      { action: 'case.reopen', entityType: 'case', entityId: caseId, fields: ['stage', 'closedAt', 'closureReason', 'reopenReason'] },
      now,
    );
    return closureState(trx, actor, caseId);
  });
}

export async function getClosureState(ctx: AppContext, actor: Actor, caseId: string) {
  return readCaseSection(ctx, actor, caseId, 'closure', (trx) => closureState(trx, actor, caseId));
}

/** A supervisor's queue: closure requests waiting for them. */
export async function listPendingClosures(ctx: AppContext, actor: Actor, paging: Paging) {
  assertCanCase(actor, 'case:approve_closure');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const { items, total } = await listPendingRequests(trx, actor, paging);
    await appendListAudit(
      trx,
      actor,
      {
        action: 'closure_request.list',
        entityType: 'closure_request',
        ids: items.map((i) => i.requestId),
        fields: ['caseCode', 'childCode', 'reason', 'note'],
        details: { page: paging.page },
      },
      now,
    );
    return { items, total, ...paging };
  });
}
