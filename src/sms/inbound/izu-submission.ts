import type { Transaction } from 'kysely';
import type { Actor, AuditActor } from '../../access/actor.js';
import { appendAudit, appendAudits, type AuditEntry } from '../../audit/audit.repository.js';
import { recordVisitTaskByNumberIn } from '../../cases/monitoring/task-visits.service.js';
import { logHouseholdVisitIn } from '../../community/household-visits.service.js';
import { flagIncidentIn } from '../../community/izu-flags.service.js';
import type { MonthlyReportInput } from '../../community/monthly-report.schemas.js';
import { submitMonthlyReportIn, submitMonthlyReportsIn } from '../../community/monthly-report.service.js';
import type { AppContext } from '../../context.js';
import { withSavepoint } from '../../db/savepoint.js';
import { localDateOf } from '../../deadlines/local-time.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors/app-error.js';
import type { QueuedSms } from '../../notifications/sms-outbox.js';
import { placeSearchKey, placeSearchSkeleton } from '../../places/place-name.js';
import type { InboundSender } from './inbound-sender.repository.js';
import type { ParsedHouseholdVisit, ParsedIncidentFlag, ParsedMonthlyReport, ParsedVisitTaskAnswer } from './sms-parser.js';
import { placeVisitDay } from './visit-day.js';
import { flagRecordedReply, refusalReply, reportRecordedReply, taskRecordedReply, visitRecordedReply, type RefusalReason } from './sms-replies.js';

// What an IZU sends by SMS or confirms in the USSD menu, recorded through the
// same in-transaction services as the web app (submitMonthlyReportIn,
// flagIncidentIn, recordVisitTaskByNumberIn, logHouseholdVisitIn). A rule refusal of a service (a
// month not yet begun, another village, a task that is not theirs) undoes only
// the service's own writes, under a savepoint, and is recorded as a refusal
// in the caller's transaction with the answer saying what to fix.

export type IzuChannel = 'sms' | 'ussd';

export type IzuSubmission =
  | { kind: 'monthly_report'; report: ParsedMonthlyReport }
  | { kind: 'incident_flag'; flag: ParsedIncidentFlag }
  | { kind: 'visit_task'; task: ParsedVisitTaskAnswer }
  | { kind: 'household_visit'; visit: ParsedHouseholdVisit };

export type SubmissionResult =
  { outcome: 'recorded'; reply: string; entityId: string; sms: QueuedSms } | { outcome: 'rejected'; reply: string; reason: RefusalReason | string };

/** The volunteer as the access module sees them: found by their registered number, with no web session. */
export function izuActor(sender: InboundSender, channel: IzuChannel, requestId: string | null = null): Actor {
  const { villageName: _village, ...user } = sender;
  return { ...user, sessionId: channel, ip: null, requestId };
}

/** A refusal the volunteer can fix, read from the service's message key. */
function refusalOf(err: AppError, kind: IzuSubmission['kind']): RefusalReason {
  switch (err.messageKey) {
    case 'errors.month_in_future':
      return 'month_in_future';
    case 'errors.izu_report_other_village':
      return 'other_village';
    case 'errors.visit_task_not_found':
    case 'errors.visit_task_number_invalid':
      return 'task_not_found';
    case 'errors.case_not_open':
      return 'task_closed';
  }
  if (err.kind === 'forbidden') return 'not_allowed';
  if (err.kind === 'not_found') return kind === 'visit_task' ? 'task_not_found' : 'other_village';
  return 'invalid';
}

/** The audit entry of a refusal (the volunteer as actor, the channel in the details). */
function refusalEntry(entry: { channel: IzuChannel; kind: string | null; reason: string; messageKey?: string }): AuditEntry {
  return {
    action: `${entry.channel}.refused`,
    entityType: 'izu_submission',
    outcome: 'failure',
    details: { channel: entry.channel, kind: entry.kind, reason: entry.reason, messageKey: entry.messageKey },
  };
}

/** Records a refusal (the volunteer as actor, the channel in the details), in the caller's transaction. */
export async function auditRefusal(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  entry: { channel: IzuChannel; kind: string | null; reason: string; messageKey?: string },
): Promise<void> {
  await appendAudit(trx, actor, refusalEntry(entry), ctx.clock.now());
}

const sameVillageName = (typed: string, village: string) =>
  placeSearchKey(typed) === placeSearchKey(village) || placeSearchSkeleton(typed) === placeSearchSkeleton(village);

/** The report's input for the service: the village only when the message named one (the service refuses another's). */
export function monthlyReportInput(report: ParsedMonthlyReport, villageId: string | undefined): MonthlyReportInput {
  return {
    month: report.month,
    ...(villageId && { villageId }),
    householdsVisited: report.householdsVisited,
    childrenAtRisk: report.childrenAtRisk,
    incidents: report.incidents,
    resolvedInCommunity: report.resolvedInCommunity,
    referralsMade: report.referralsMade,
    followUpVisits: report.followUpVisits,
    ...(report.concerns && { concerns: report.concerns }),
  };
}

/** Records one submission, or its refusal; never leaves half of it written. Errors that are not refusals (the database) are thrown. */
export async function recordIzuSubmission(
  trx: Transaction<DB>,
  ctx: AppContext,
  sender: InboundSender,
  actor: Actor,
  submission: IzuSubmission,
  channel: IzuChannel,
): Promise<SubmissionResult> {
  const language = sender.language;
  const refuse = async (reason: RefusalReason, messageKey: string, detail: Parameters<typeof refusalReply>[2] = {}): Promise<SubmissionResult> => {
    await auditRefusal(trx, ctx, actor, { channel, kind: submission.kind, reason, messageKey });
    return { outcome: 'rejected', reply: refusalReply(language, reason, detail), reason };
  };

  let villageId: string | undefined;
  if (submission.kind === 'monthly_report' && submission.report.village) {
    const named = submission.report.village;
    // A name is read as the volunteer's own village when it is spelt the way place search reads it; anything else is another village.
    if ('code' in named) villageId = named.code;
    else if (sameVillageName(named.name, sender.villageName)) villageId = sender.jurisdictionId;
    else return refuse('other_village', 'errors.izu_report_other_village', { village: sender.villageName });
  }

  // A visit is the day's unless the message gives an earlier day (of this month or the month before).
  const today = localDateOf(ctx.clock.now(), ctx.config.timeZone);
  let visitedOn = today;
  if (submission.kind === 'household_visit' && submission.visit.visitedOn) {
    const placed = placeVisitDay(today, submission.visit.visitedOn);
    if (!placed.ok)
      return refuse(placed.reason, placed.reason === 'visit_date_future' ? 'errors.date_in_future' : 'errors.visit_date_too_old', {
        date: placed.date,
        earliest: placed.earliest,
      });
    visitedOn = placed.date;
  }

  try {
    return await withSavepoint(trx, 'izu_submission', async (): Promise<SubmissionResult> => {
      if (submission.kind === 'monthly_report') {
        const saved = await submitMonthlyReportIn(trx, ctx, actor, monthlyReportInput(submission.report, villageId), channel);
        return { outcome: 'recorded', reply: reportRecordedReply(language, submission.report), entityId: saved.id, sms: [] };
      }
      if (submission.kind === 'incident_flag') {
        const { flag } = submission;
        const flagged = await flagIncidentIn(
          trx,
          ctx,
          actor,
          {
            type: flag.category.kind === 'incident' ? flag.category.type : 'other',
            urgent: flag.urgent,
            ...(flag.childSex && { childSex: flag.childSex }),
            ...(flag.childAge !== null && { childAgeYears: flag.childAge }),
            // The register needs a line on what happened; a flag sent without one says what it is.
            description: [flag.category.kind === 'at_risk' ? `at risk: ${flag.category.category}` : null, flag.note ?? `flagged by ${channel}`]
              .filter(Boolean)
              .join('; '),
          },
          channel,
        );
        return { outcome: 'recorded', reply: flagRecordedReply(language, flagged.reference), entityId: flagged.reportId, sms: flagged.sms };
      }
      if (submission.kind === 'household_visit') {
        const { visit } = submission;
        const logged = await logHouseholdVisitIn(
          trx,
          ctx,
          actor,
          {
            householdCode: visit.householdCode,
            visitedOn,
            childrenSeen: visit.childrenSeen,
            concerns: visit.concerns,
            ...(visit.note && { note: visit.note.slice(0, 500) }),
          },
          channel,
        );
        return { outcome: 'recorded', reply: visitRecordedReply(language, visit, visit.visitedOn ? visitedOn : undefined), entityId: logged.id, sms: [] };
      }
      const { task } = submission;
      const visit = await recordVisitTaskByNumberIn(
        trx,
        ctx,
        actor,
        task.taskNumber,
        { childSafe: task.childSafe, note: task.note ?? (task.childSafe ? `child safe (${channel})` : `child not safe (${channel})`) },
        channel,
      );
      return { outcome: 'recorded', reply: taskRecordedReply(language, task.taskNumber, task.childSafe), entityId: visit.visitId, sms: [] };
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const reason = refusalOf(err, submission.kind);
    const month = submission.kind === 'monthly_report' ? submission.report.month : undefined;
    const taskNumber = submission.kind === 'visit_task' ? submission.task.taskNumber : undefined;
    return refuse(reason, err.messageKey, { month, taskNumber, village: sender.villageName });
  }
}

/** A volunteer's monthly report for recordMonthlyReports. */
export type MonthlyReportSubmission = { sender: InboundSender; actor: Actor; report: ParsedMonthlyReport };

/** A refusal found before anything is written: the audit entry to record and the answer. */
export type PendingRefusal = { actor: AuditActor; entry: AuditEntry; reply: string; reason: RefusalReason | string };

/** The refusal recordIzuSubmission gives a message it refuses (the audit entry not yet written). */
export function pendingRefusal(
  sender: InboundSender,
  actor: Actor,
  channel: IzuChannel,
  kind: IzuSubmission['kind'],
  reason: RefusalReason,
  messageKey: string,
  detail: Parameters<typeof refusalReply>[2] = {},
): PendingRefusal {
  return { actor, entry: refusalEntry({ channel, kind, reason, messageKey }), reply: refusalReply(sender.language, reason, detail), reason };
}

/**
 * Several volunteers' monthly reports at once (a batch of SMS), each read,
 * checked, recorded or refused exactly as recordIzuSubmission does one, in
 * the caller's transaction: the accepted ones written together
 * (submitMonthlyReportsIn), the refusals' audit entries in one statement.
 * For each, in the order given, what came of it.
 */
export async function recordMonthlyReports(
  trx: Transaction<DB>,
  ctx: AppContext,
  items: MonthlyReportSubmission[],
  channel: IzuChannel,
): Promise<SubmissionResult[]> {
  const results: (SubmissionResult | null)[] = items.map(() => null);
  const refusals: PendingRefusal[] = [];
  const refuse = (i: number, r: PendingRefusal) => {
    refusals.push(r);
    results[i] = { outcome: 'rejected', reply: r.reply, reason: r.reason };
  };
  const toSubmit: { i: number; item: MonthlyReportSubmission; villageId: string | undefined }[] = [];
  items.forEach((item, i) => {
    const { sender, actor, report } = item;
    let villageId: string | undefined;
    if (report.village) {
      const named = report.village;
      // A name is read as the volunteer's own village when it is spelt the way place search reads it; anything else is another village.
      if ('code' in named) villageId = named.code;
      else if (sameVillageName(named.name, sender.villageName)) villageId = sender.jurisdictionId;
      else
        return refuse(
          i,
          pendingRefusal(sender, actor, channel, 'monthly_report', 'other_village', 'errors.izu_report_other_village', { village: sender.villageName }),
        );
    }
    toSubmit.push({ i, item, villageId });
  });
  const submitted = await submitMonthlyReportsIn(
    trx,
    ctx,
    toSubmit.map(({ item, villageId }) => ({ actor: item.actor, input: monthlyReportInput(item.report, villageId), channel })),
  );
  submitted.forEach((outcome, k) => {
    const { i, item } = toSubmit[k]!;
    if (outcome.ok) {
      results[i] = { outcome: 'recorded', reply: reportRecordedReply(item.sender.language, item.report), entityId: outcome.saved.id, sms: [] };
      return;
    }
    const reason = refusalOf(outcome.error, 'monthly_report');
    refuse(
      i,
      pendingRefusal(item.sender, item.actor, channel, 'monthly_report', reason, outcome.error.messageKey, {
        month: item.report.month,
        village: item.sender.villageName,
      }),
    );
  });
  await appendAudits(
    trx,
    refusals.map(({ actor, entry }) => ({ actor, entry })),
    ctx.clock.now(),
  );
  return results.map((r) => r!);
}
