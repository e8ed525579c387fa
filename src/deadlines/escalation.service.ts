import type { Actor, AuditActor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext, SmsMessage } from '../context.js';
import { insertNotifications, type NewNotification } from '../notifications/notification.repository.js';
import { deadlineOverdueSms } from '../notifications/sms-messages.js';
import { deliverSms, queueSms } from '../notifications/sms-outbox.js';
import { startWorker, type BackgroundWorker } from '../workers/background-worker.js';
import { escalationIntervalMs, escalationLevelAt, TOP_ESCALATION_LEVEL, topLevelReminderDue } from './deadline-policy.js';
import { loadDeadlinePolicy } from './deadline.repository.js';
import { deadlinesToEscalate, escalationSubject, lockOpenDeadline, recipientsAt, recordEscalation, referralFocalPersons } from './escalation.repository.js';

// Overdue work escalates by itself, one level per interval, up the hierarchy
// (caseworker → supervisor → district leadership → NCDA), and NCDA is reminded
// every interval after that, until someone meets the deadline (as Kenya's
// CPIMS does). Each step notifies in the app and by SMS (a code and the step
// name only) and is audited. A run is idempotent: what a step needs is read
// from the locked deadline row, so a second run at the same time, or a run on
// another server, finds nothing left to do.

const SYSTEM: AuditActor = { id: null, role: null, ip: null, requestId: null };
const BATCH = 500;

type EscalationRun = { escalated: number; notifications: number; sms: number };

export async function runEscalation(ctx: AppContext, actor: AuditActor = SYSTEM): Promise<EscalationRun> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const policy = await loadDeadlinePolicy(db);
  const result: EscalationRun = { escalated: 0, notifications: 0, sms: 0 };
  const ids = await deadlinesToEscalate(db, policy, now, BATCH);
  for (const id of ids) {
    const step = await db.transaction().execute(async (trx) => {
      const d = await lockOpenDeadline(trx, id);
      if (!d) return null; // met meanwhile
      const interval = escalationIntervalMs(policy, d.kind);
      const target = escalationLevelAt(d.due_at, interval, now);
      const levels: number[] = [];
      for (let l = d.escalation_level + 1; l <= target; l++) levels.push(l);
      const reminder = levels.length === 0 && d.escalation_level >= TOP_ESCALATION_LEVEL && topLevelReminderDue(d.last_escalated_at, interval, now);
      if (reminder) levels.push(TOP_ESCALATION_LEVEL);
      if (levels.length === 0) return null;

      const subject = await escalationSubject(trx, d);
      const code = subject.kase?.case_code ?? subject.report?.reference ?? subject.supervision?.superviseeName ?? subject.dpRequest?.reference ?? d.id;
      const notes: NewNotification[] = [];
      const sms: SmsMessage[] = [];
      for (const level of levels) {
        for (const r of await recipientsAt(trx, level, d.district_id, subject)) {
          if (subject.supervision) {
            notes.push({
              userId: r.id,
              kind: 'deadline.overdue',
              messageKey: 'notifications.supervision_overdue',
              params: { kind: d.kind, level, supervisee: subject.supervision.superviseeName, dueAt: new Date(d.due_at).toISOString() },
            });
            if (r.phone) sms.push({ to: r.phone, text: deadlineOverdueSms(code, d.kind) });
            continue;
          }
          notes.push({
            userId: r.id,
            kind: 'deadline.overdue',
            messageKey: 'notifications.deadline_overdue',
            params: {
              kind: d.kind,
              level,
              reference: subject.report?.reference ?? subject.dpRequest?.reference ?? null,
              caseCode: subject.kase?.case_code ?? null,
              dueAt: new Date(d.due_at).toISOString(),
            },
            reportId: d.report_id,
            caseId: d.case_id,
          });
          if (r.phone) sms.push({ to: r.phone, text: deadlineOverdueSms(code, d.kind) });
        }
      }
      const referral = levels.includes(1) ? await referralFocalPersons(trx, d.referral_id) : null;
      for (const r of referral?.focal ?? []) {
        notes.push({
          userId: r.id,
          kind: 'deadline.overdue',
          messageKey: 'notifications.deadline_overdue',
          params: { kind: d.kind, level: 1, reference: referral!.reference, caseCode: null, dueAt: new Date(d.due_at).toISOString() },
        });
        if (r.phone) sms.push({ to: r.phone, text: deadlineOverdueSms(referral!.reference, d.kind) });
      }
      const level = Math.max(d.escalation_level, target);
      await insertNotifications(trx, notes, now);
      await recordEscalation(trx, d.id, level, now);
      await appendAudit(
        trx,
        actor,
        {
          action: 'deadline.escalate',
          entityType: 'deadline',
          entityId: d.id,
          fields: ['escalationLevel'],
          details: { kind: d.kind, from: d.escalation_level, level, reminder, notified: notes.length, reportId: d.report_id, caseId: d.case_id },
        },
        now,
      );
      return { notes: notes.length, sms: await queueSms(trx, ctx, sms) };
    });
    if (!step) continue;
    result.escalated += 1;
    result.notifications += step.notes;
    result.sms += (await deliverSms(ctx, step.sms)).sent;
  }
  return result;
}

/** The same run by hand (system administrators), e.g. after a clock change or in a training room. */
export async function runEscalationNow(ctx: AppContext, actor: Actor): Promise<EscalationRun> {
  assertCanCase(actor, 'deadlines:escalate');
  return runEscalation(ctx, actor);
}

/**
 * Runs the escalation every RINDA_ESCALATION_INTERVAL_MS in this process.
 * Several servers may each run it: the row locks make a step happen once, and
 * its SMS are queued in the step's transaction (sent once, by one server).
 */
export function startEscalationWorker(ctx: AppContext, onError: (err: unknown) => void): BackgroundWorker {
  return startWorker({ name: 'escalation', everyMs: ctx.config.escalationIntervalMs, run: () => runEscalation(ctx), onError });
}
