import type { Actor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { deliverSms } from '../notifications/sms-outbox.js';
import { districtOf } from '../places/place-name.js';
import { placeExists } from '../places/place.repository.js';
import { recordCaseEvent } from '../cases/case.repository.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../cases/case-change.js';
import { askIzuToVisit } from '../cases/monitoring/visits.service.js';
import { listIzusForPlace } from '../cases/monitoring/visits.repository.js';
import { insertAttempt, insertLead, leadPlace, lockLead, setLeadVisitTask, stagesDone } from './reintegration.repository.js';
import type { AddLeadInput, AskIzuToTraceInput, RecordAttemptInput, ReintegrationView } from './reintegration.schemas.js';
import { assertNotFuture, caseworkerOf, inProgress, view } from './reintegration.service.js';
import { REINTEGRATION_EVENTS } from './reintegration-vocabulary.js';

// Family tracing, the first stage of reintegration: leads (who may know the
// family, and where), attempts to follow them (who, when, how, what came of
// it), and the village's IZU asked to help through a visit task (TMM: "IZU
// may then help the children to trace their families").

async function assertTracing(trx: Parameters<typeof stagesDone>[0], reintegrationId: string) {
  if ((await stagesDone(trx, reintegrationId)).length > 0) {
    throw conflict('Tracing is done for this attempt', 'errors.reintegration_tracing_done');
  }
}

export async function addLead(ctx: AppContext, actor: Actor, caseId: string, reintegrationId: string, input: AddLeadInput): Promise<ReintegrationView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    await inProgress(trx, caseId, reintegrationId);
    await assertTracing(trx, reintegrationId);
    const districtId = districtOf(input.placeId);
    if (!districtId || !(await placeExists(trx, input.placeId))) {
      throw invalidField('body.placeId', 'A place of Rwanda: a district or below it', 'errors.place_not_found');
    }
    const leadId = await insertLead(trx, { ...input, reintegrationId, caseId, districtId, by: actor.id, at: now });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: REINTEGRATION_EVENTS.leadAdded,
      refTable: 'tracing_leads',
      refId: leadId,
      summary: { relationship: input.relationship, districtId },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.tracing.add_lead',
        entityType: 'case',
        entityId: caseId,
        fields: ['personName', 'relationship', 'phone', 'placeId', 'directions', 'source'],
        details: { reintegrationId, leadId },
      },
      now,
    );
    return view(trx, actor, caseId, reintegrationId);
  });
}

export async function recordAttempt(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  reintegrationId: string,
  leadId: string,
  input: RecordAttemptInput,
): Promise<ReintegrationView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const r = await inProgress(trx, caseId, reintegrationId);
    await assertTracing(trx, reintegrationId);
    const lead = await lockLead(trx, reintegrationId, leadId);
    if (!lead) throw notFound('tracing lead');
    assertNotFuture(ctx, 'body.attemptedOn', input.attemptedOn, now);
    if (input.attemptedOn < r.startedOn) {
      throw invalidField('body.attemptedOn', `Tracing began on ${r.startedOn}`, 'errors.reintegration_stage_date_before_previous');
    }
    const attemptedBy = await caseworkerOf(trx, kase, input.attemptedByUserId, 'body.attemptedByUserId', actor.id);
    const attemptId = await insertAttempt(trx, {
      leadId,
      reintegrationId,
      attemptedOn: input.attemptedOn,
      attemptedBy,
      method: input.method,
      outcome: input.outcome,
      note: input.note ?? null,
      by: actor.id,
      at: now,
    });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: REINTEGRATION_EVENTS.attemptRecorded,
      refTable: 'tracing_attempts',
      refId: attemptId,
      summary: { method: input.method, outcome: input.outcome },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.tracing.attempt',
        entityType: 'case',
        entityId: caseId,
        fields: ['attemptedOn', 'attemptedBy', 'method', 'outcome', 'note'],
        details: { reintegrationId, leadId, attemptId, outcome: input.outcome },
      },
      now,
    );
    return view(trx, actor, caseId, reintegrationId);
  });
}

/**
 * Asks the IZU of the lead's village to help trace the family: a visit task
 * like any other (askIzuToVisit: its deadline escalates, the volunteer gets
 * the SMS with the task number and no details, and answers by web, SMS or
 * USSD; the answer joins the case as a visit).
 */
export async function askIzuToTrace(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  reintegrationId: string,
  leadId: string,
  input: AskIzuToTraceInput,
): Promise<ReintegrationView> {
  const { result, sms } = await changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    await inProgress(trx, caseId, reintegrationId);
    await assertTracing(trx, reintegrationId);
    const lead = await lockLead(trx, reintegrationId, leadId);
    if (!lead) throw notFound('tracing lead');
    const task = await askIzuToVisit(trx, ctx, actor, kase, { ...input, placeId: lead.placeId }, now);
    await setLeadVisitTask(trx, leadId, task.id);
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: REINTEGRATION_EVENTS.izuAsked,
      refTable: 'tracing_leads',
      refId: leadId,
      summary: { visitTaskId: task.id },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.tracing.ask_izu',
        entityType: 'case',
        entityId: caseId,
        fields: ['izuUserId', 'dueDate', 'purpose'],
        details: { reintegrationId, leadId, visitTaskId: task.id },
      },
      now,
    );
    return { result: await view(trx, actor, caseId, reintegrationId), sms: task.sms };
  });
  await deliverSms(ctx, sms);
  return result;
}

/** The IZU who may be asked about a lead: those of its village, or of an area containing it. */
export async function listIzusForLead(ctx: AppContext, actor: Actor, caseId: string, reintegrationId: string, leadId: string) {
  assertCanCase(actor, 'case:work');
  return readCaseSection(ctx, actor, caseId, 'tracingIzus', async (trx) => {
    const placeId = await leadPlace(trx, caseId, reintegrationId, leadId);
    if (!placeId) throw notFound('tracing lead');
    return { items: await listIzusForPlace(trx, placeId) };
  });
}
