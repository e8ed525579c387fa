import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import { assertCanCase, canCase } from '../../access/case-access.js';
import { appendAudit } from '../../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import type { ReferralStatus } from '../../db/tables/directory.js';
import { loadDeadlinePolicy, meetDeadlines, openDeadline } from '../../deadlines/deadline.repository.js';
import { localDateOf } from '../../deadlines/local-time.js';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../errors/app-error.js';
import { insertNotifications } from '../../notifications/notification.repository.js';
import { reportServiceArrangedSms } from '../../notifications/sms-messages.js';
import { deliverSms, queueSms, type QueuedSms } from '../../notifications/sms-outbox.js';
import { recordCaseEvent } from '../case.repository.js';
import { REFERRAL_EVENTS } from '../timeline.js';
import { completionDueAt, REFERRAL_DEADLINES } from './referral-policy.js';
import { readProviderView } from './referrals.service.js';
import { findReferral, focalPersonsOf, lockProviderReferral, lockSenderReferral, updateReferral } from './referrals.repository.js';
import type { ProviderReferral, ReferralRecord } from './referrals.schemas.js';
import { reportReporter } from '../../reports/report.repository.js';

// A referral's steps after it is sent (framework step 7). The provider's
// focal persons accept or decline it, record the service given and write
// their feedback; the caseworker records that the child accessed the service
// and its outcome, completes the referral (only when all three criteria
// hold) or withdraws it. Each step is one transaction with its timeline line,
// deadlines, notifications and audit entry.

type Referral = NonNullable<Awaited<ReturnType<typeof lockSenderReferral>>>;

const wrongStatus = (status: string) =>
  status === 'withdrawn'
    ? conflict('The referral was withdrawn', 'errors.referral_withdrawn', { status })
    : conflict(`The referral is ${status}: this step does not apply`, 'errors.referral_wrong_status', { status });

const focalOnly = () => forbidden("Only the receiving organisation's focal persons act on a referral", 'errors.referral_focal_person_only');

async function timeline(
  trx: Transaction<DB>,
  r: { id: string; case_id: string | null },
  actor: Actor,
  kind: string,
  now: Date,
  summary: Record<string, unknown> = {},
) {
  if (r.case_id) await recordCaseEvent(trx, { caseId: r.case_id, actorId: actor.id, at: now, kind, refTable: 'referrals', refId: r.id, summary });
}

async function audit(
  trx: Transaction<DB>,
  actor: Actor,
  r: { id: string; case_id: string | null; report_id: string | null },
  action: string,
  fields: string[],
  now: Date,
) {
  await appendAudit(
    trx,
    actor,
    { action, entityType: r.case_id ? 'case' : 'report', entityId: r.case_id ?? r.report_id!, fields, details: { referralId: r.id } },
    now,
  );
}

async function tellSender(trx: Transaction<DB>, r: Referral, messageKey: string, now: Date) {
  await insertNotifications(
    trx,
    [{ userId: r.sent_by, kind: 'referral', messageKey, params: { reference: r.reference }, caseId: r.case_id, reportId: r.case_id ? null : r.report_id }],
    now,
  );
}

/** One provider step: the actor is a focal person of the receiving organisation, the referral is in a status the step applies to. */
async function providerStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  allowed: ReferralStatus[],
  work: (trx: Transaction<DB>, r: Referral, now: Date) => Promise<QueuedSms | void>,
): Promise<ProviderReferral> {
  if (!canCase(actor, 'referral:receive')) throw focalOnly();
  const now = ctx.clock.now();
  let sms: QueuedSms = [];
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const r = await lockProviderReferral(trx, actor, id);
    if (!r) throw notFound('referral');
    if (!r.focal) throw focalOnly();
    if (!allowed.includes(r.status)) throw wrongStatus(r.status);
    sms = (await work(trx, r, now)) ?? [];
    return readProviderView(trx, ctx, actor, r, now);
  });
  await deliverSms(ctx, sms);
  return result;
}

export async function acceptReferral(ctx: AppContext, actor: Actor, id: string) {
  return providerStep(ctx, actor, id, ['sent'], async (trx, r, now) => {
    await updateReferral(trx, r.id, { status: 'accepted', answered_by: actor.id, answered_at: now });
    await meetDeadlines(trx, { ...source(r), referralId: r.id, kind: REFERRAL_DEADLINES.answer }, now);
    await openDeadline(trx, {
      kind: REFERRAL_DEADLINES.completion,
      ...source(r),
      districtId: r.district_id,
      dueAt: completionDueAt(await loadDeadlinePolicy(trx), now, ctx.config.timeZone),
      referralId: r.id,
      at: now,
    });
    await timeline(trx, r, actor, REFERRAL_EVENTS.accepted, now, { organisationId: r.organisation_id });
    await tellSender(trx, r, 'notifications.referral_accepted', now);
    await audit(trx, actor, r, 'referral.accept', ['status'], now);
    // The reporter hears that a service is arranged, and nothing more (SYSTEM.md §5).
    const report = r.report_id ? await reportReporter(trx, r.report_id) : undefined;
    return report?.reporterPhone ? queueSms(trx, ctx, [{ to: report.reporterPhone, text: reportServiceArrangedSms(report.reference) }]) : [];
  });
}

export async function declineReferral(ctx: AppContext, actor: Actor, id: string, input: { reason: string }) {
  return providerStep(ctx, actor, id, ['sent'], async (trx, r, now) => {
    await updateReferral(trx, r.id, { status: 'declined', answered_by: actor.id, answered_at: now, decline_reason: input.reason });
    await meetDeadlines(trx, { ...source(r), referralId: r.id }, now);
    await timeline(trx, r, actor, REFERRAL_EVENTS.declined, now, { organisationId: r.organisation_id });
    await tellSender(trx, r, 'notifications.referral_declined', now);
    await audit(trx, actor, r, 'referral.decline', ['status', 'declineReason'], now);
  });
}

export async function recordServiceGiven(ctx: AppContext, actor: Actor, id: string, input: { givenOn: string; note?: string }) {
  return providerStep(ctx, actor, id, ['accepted', 'service_given'], async (trx, r, now) => {
    if (input.givenOn > localDateOf(now, ctx.config.timeZone)) throw invalidField('body.givenOn', 'The date is in the future', 'errors.date_in_future');
    await updateReferral(trx, r.id, {
      status: 'service_given',
      service_given_on: input.givenOn,
      service_note: input.note ?? null,
      service_recorded_by: actor.id,
    });
    await timeline(trx, r, actor, REFERRAL_EVENTS.serviceGiven, now, { givenOn: input.givenOn });
    await tellSender(trx, r, 'notifications.referral_service_given', now);
    await audit(trx, actor, r, 'referral.service_given', ['serviceGivenOn', 'serviceNote'], now);
  });
}

/** The provider's written feedback (the third criterion of completion); it joins the case file. */
export async function giveFeedback(ctx: AppContext, actor: Actor, id: string, input: { feedback: string }) {
  return providerStep(ctx, actor, id, ['accepted', 'service_given'], async (trx, r, now) => {
    await updateReferral(trx, r.id, { feedback: input.feedback, feedback_by: actor.id, feedback_at: now });
    await timeline(trx, r, actor, REFERRAL_EVENTS.feedback, now);
    await tellSender(trx, r, 'notifications.referral_feedback', now);
    await audit(trx, actor, r, 'referral.feedback', ['feedback'], now);
  });
}

const source = (r: { case_id: string | null; report_id: string | null }) => (r.case_id ? { caseId: r.case_id } : { reportId: r.report_id! });

/** One step of the sending side: a caseworker of the case (or the report's CPWO). */
async function senderStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  allowed: ReferralStatus[],
  work: (trx: Transaction<DB>, r: Referral, now: Date) => Promise<void>,
): Promise<ReferralRecord> {
  assertCanCase(actor, 'referral:make');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const r = await lockSenderReferral(trx, actor, id);
    if (!r) throw notFound('referral');
    if (!allowed.includes(r.status)) throw wrongStatus(r.status);
    await work(trx, r, now);
    return (await findReferral(trx, r.id, now))!;
  });
}

/** The child accessed the service (a date) and it produced the outcome (yes, partly, no): criteria (a) and (b). */
export async function recordReferralOutcome(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { accessedOn: string; outcome: 'yes' | 'partly' | 'no'; note?: string },
) {
  return senderStep(ctx, actor, id, ['accepted', 'service_given'], async (trx, r, now) => {
    if (input.accessedOn > localDateOf(now, ctx.config.timeZone)) throw invalidField('body.accessedOn', 'The date is in the future', 'errors.date_in_future');
    await updateReferral(trx, r.id, { accessed_on: input.accessedOn, outcome: input.outcome, outcome_note: input.note ?? null });
    await timeline(trx, r, actor, REFERRAL_EVENTS.accessRecorded, now, { outcome: input.outcome });
    await audit(trx, actor, r, 'referral.outcome', ['accessedOn', 'outcome', 'outcomeNote'], now);
  });
}

/** Framework step 7: complete only when the child accessed the service, the outcome is recorded and the provider's feedback is in. */
export async function completeReferral(ctx: AppContext, actor: Actor, id: string) {
  return senderStep(ctx, actor, id, ['accepted', 'service_given'], async (trx, r, now) => {
    const missing = [!r.accessed_on && 'accessedOn', !r.outcome && 'outcome', !r.feedback && 'feedback'].filter((m): m is string => !!m);
    if (missing.length) {
      throw new AppError(
        'conflict',
        `The referral is not complete: ${missing.join(', ')} missing`,
        'errors.referral_completion_incomplete',
        missing.map((field) => ({ field, message: 'missing', messageKey: `errors.referral_missing_${field}` })),
        { missing },
      );
    }
    await updateReferral(trx, r.id, { status: 'completed', completed_by: actor.id, completed_at: now });
    await meetDeadlines(trx, { ...source(r), referralId: r.id }, now);
    await timeline(trx, r, actor, REFERRAL_EVENTS.completed, now, { outcome: r.outcome });
    await audit(trx, actor, r, 'referral.complete', ['status'], now);
  });
}

/** Withdrawing ends the provider's access at once (its inbox and the referral's view answer 404). */
export async function withdrawReferral(ctx: AppContext, actor: Actor, id: string, input: { reason: string }) {
  return senderStep(ctx, actor, id, ['sent', 'accepted', 'service_given'], async (trx, r, now) => {
    await updateReferral(trx, r.id, { status: 'withdrawn', withdrawn_by: actor.id, withdrawn_at: now, withdraw_reason: input.reason });
    await meetDeadlines(trx, { ...source(r), referralId: r.id }, now);
    await timeline(trx, r, actor, REFERRAL_EVENTS.withdrawn, now);
    const focal = await focalPersonsOf(trx, r.organisation_id);
    await insertNotifications(
      trx,
      focal.map((u) => ({ userId: u.id, kind: 'referral', messageKey: 'notifications.referral_withdrawn', params: { reference: r.reference } })),
      now,
    );
    await audit(trx, actor, r, 'referral.withdraw', ['status', 'withdrawReason'], now);
  });
}
