import type { Actor, AuditActor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext, SmsMessage } from '../context.js';
import { escalationLevelAt, TOP_ESCALATION_LEVEL, topLevelReminderDue } from '../deadlines/deadline-policy.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { insertNotifications, type NewNotification } from '../notifications/notification.repository.js';
import { deliverSms, queueSms } from '../notifications/sms-outbox.js';
import { startWorker, type BackgroundWorker } from '../workers/background-worker.js';
import {
  breachesOverdue,
  breachRecipients,
  findBreach,
  insertBreach,
  listBreaches,
  lockBreach,
  recordBreachEscalation,
  recordStep,
  type BreachRow,
} from './breach-register.repository.js';
import type { BreachStep, BreachView, NewBreach } from './breach-register.schemas.js';

// The breach register: Law N° 058/2021 Art. 43 wants NCSA notified within 48
// hours of a breach being found, Art. 44 a report within 72. Each clock is a
// deadline that escalates like the case deadlines (one level per interval, the
// top level reminded every interval) until the step is recorded.

const HOUR = 3_600_000;
export const NOTICE_HOURS = 48;
export const REPORT_HOURS = 72;
const SYSTEM: AuditActor = { id: null, role: null, ip: null, requestId: null };

type Step = { dueAt: Date; sentAt: Date | null; reference: string | null };

function stepStatus(s: Step, now: Date): 'pending' | 'overdue' | 'met' | 'met_late' {
  if (s.sentAt) return s.sentAt.getTime() <= s.dueAt.getTime() ? 'met' : 'met_late';
  return now.getTime() > s.dueAt.getTime() ? 'overdue' : 'pending';
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function view(r: BreachRow, now: Date): BreachView {
  const step = (dueAt: Date, sentAt: Date | null, reference: string | null) => ({
    dueAt: new Date(dueAt).toISOString(),
    sentAt: iso(sentAt),
    reference,
    status: stepStatus({ dueAt: new Date(dueAt), sentAt: sentAt && new Date(sentAt), reference }, now),
  });
  return {
    id: r.id,
    reference: r.reference,
    foundAt: new Date(r.found_at).toISOString(),
    recordedAt: new Date(r.recorded_at).toISOString(),
    recordedBy: { id: r.recorded_by, fullName: r.recorded_by_name },
    kind: r.kind,
    summary: r.summary,
    childIds: r.child_ids,
    userIds: r.user_ids,
    addresses: r.addresses,
    notice: step(r.notice_due_at, r.notice_sent_at, r.notice_reference),
    report: step(r.report_due_at, r.report_sent_at, r.report_reference),
    escalationLevel: r.escalation_level,
    closedAt: iso(r.closed_at),
  };
}

export async function recordBreach(ctx: AppContext, actor: Actor, input: NewBreach): Promise<BreachView> {
  assertCan(actor, 'breach:manage');
  const now = ctx.clock.now();
  const foundAt = new Date(input.foundAt);
  if (foundAt.getTime() > now.getTime()) throw invalidField('body.foundAt', 'cannot be in the future', 'errors.breach_found_in_future');
  const { db } = ctx.database;
  const childIds = [...new Set(input.childIds)];
  const userIds = [...new Set(input.userIds)];
  const id = await db.transaction().execute(async (trx) => {
    // Ids only, and only ids that exist: the register names no one by accident.
    if (childIds.length > 0) {
      const found = await trx.selectFrom('children').select('id').where('id', 'in', childIds).execute();
      if (found.length !== childIds.length) throw invalidField('body.childIds', 'unknown child', 'errors.breach_unknown_child');
    }
    if (userIds.length > 0) {
      const found = await trx.selectFrom('users').select('id').where('id', 'in', userIds).execute();
      if (found.length !== userIds.length) throw invalidField('body.userIds', 'unknown user', 'errors.breach_unknown_user');
    }
    const breachId = await insertBreach(trx, {
      foundAt,
      recordedBy: actor.id,
      at: now,
      kind: input.kind,
      summary: input.summary,
      childIds,
      userIds,
      addresses: [...new Set(input.addresses)],
      noticeDueAt: new Date(foundAt.getTime() + NOTICE_HOURS * HOUR),
      reportDueAt: new Date(foundAt.getTime() + REPORT_HOURS * HOUR),
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'breach.record',
        entityType: 'breach',
        entityId: breachId,
        fields: ['foundAt', 'kind', 'summary', 'concerns'],
        details: { children: childIds.length, users: userIds.length, addresses: input.addresses.length },
      },
      now,
    );
    return breachId;
  });
  return getBreach(ctx, actor, id);
}

export async function getBreach(ctx: AppContext, actor: Actor, id: string): Promise<BreachView> {
  assertCan(actor, 'breach:manage');
  const row = await findBreach(ctx.database.db, id);
  if (!row) throw notFound('breach');
  return view(row, ctx.clock.now());
}

export async function listBreachRegister(ctx: AppContext, actor: Actor, query: { open?: 'true' | 'false' }) {
  assertCan(actor, 'breach:manage');
  const rows = await listBreaches(ctx.database.db, query.open === undefined ? undefined : query.open === 'true');
  const now = ctx.clock.now();
  return { items: rows.map((r) => view(r, now)) };
}

/** Records the notice (48 h) or the report (72 h) sent to NCSA; the report closes the breach. */
export async function recordNcsaStep(ctx: AppContext, actor: Actor, id: string, step: 'notice' | 'report', input: BreachStep): Promise<BreachView> {
  assertCan(actor, 'breach:manage');
  const now = ctx.clock.now();
  const sentAt = new Date(input.sentAt);
  if (sentAt.getTime() > now.getTime()) throw invalidField('body.sentAt', 'cannot be in the future', 'errors.breach_sent_in_future');
  await ctx.database.db.transaction().execute(async (trx) => {
    const b = await lockBreach(trx, id);
    if (!b) throw notFound('breach');
    if (sentAt.getTime() < new Date(b.found_at).getTime())
      throw invalidField('body.sentAt', 'cannot be before the breach was found', 'errors.breach_sent_before_found');
    if ((step === 'notice' ? b.notice_sent_at : b.report_sent_at) !== null) {
      throw conflict(`the ${step} to NCSA is already recorded`, 'errors.breach_step_recorded', { step });
    }
    if (step === 'report' && b.notice_sent_at === null) {
      throw conflict('record the 48-hour notice to NCSA before the report', 'errors.breach_notice_first');
    }
    await recordStep(trx, id, step, sentAt, input.reference, now);
    await appendAudit(
      trx,
      actor,
      {
        action: `breach.${step}`,
        entityType: 'breach',
        entityId: id,
        fields: [step],
        details: { late: sentAt > (step === 'notice' ? b.notice_due_at : b.report_due_at) },
      },
      now,
    );
  });
  return getBreach(ctx, actor, id);
}

type BreachEscalationRun = { escalated: number; notifications: number; sms: number };

/** One escalation pass over the open breaches; idempotent (the row is locked and its level kept). */
export async function runBreachEscalation(ctx: AppContext, actor: AuditActor = SYSTEM): Promise<BreachEscalationRun> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const interval = ctx.config.breachEscalationHours * HOUR;
  const result: BreachEscalationRun = { escalated: 0, notifications: 0, sms: 0 };
  for (const id of await breachesOverdue(db, now)) {
    const step = await db.transaction().execute(async (trx) => {
      const b = await lockBreach(trx, id);
      if (!b || b.closed_at) return null;
      // The earliest unmet clock drives the level.
      const due = b.notice_sent_at === null ? b.notice_due_at : b.report_due_at;
      const target = escalationLevelAt(new Date(due), interval, now);
      const levels: number[] = [];
      for (let l = b.escalation_level + 1; l <= target; l++) levels.push(l);
      const reminder = levels.length === 0 && b.escalation_level >= TOP_ESCALATION_LEVEL && topLevelReminderDue(b.last_escalated_at, interval, now);
      if (reminder) levels.push(TOP_ESCALATION_LEVEL);
      if (levels.length === 0) return null;
      const kind = b.notice_sent_at === null ? 'breach_notice' : 'breach_report';
      const notes: NewNotification[] = [];
      const sms: SmsMessage[] = [];
      const told = new Set<string>();
      for (const level of levels) {
        for (const r of await breachRecipients(trx, level)) {
          if (told.has(r.id)) continue;
          told.add(r.id);
          notes.push({
            userId: r.id,
            kind: 'breach.overdue',
            messageKey: 'notifications.breach_overdue',
            params: { kind, level, reference: b.reference, dueAt: new Date(due).toISOString() },
          });
          if (r.phone)
            sms.push({ to: r.phone, text: `Rinda: ${b.reference} ${kind === 'breach_notice' ? 'NCSA notice (48h)' : 'NCSA report (72h)'} overdue.` });
        }
      }
      const level = Math.max(b.escalation_level, target);
      await insertNotifications(trx, notes, now);
      await recordBreachEscalation(trx, b.id, level, now);
      await appendAudit(
        trx,
        actor,
        {
          action: 'breach.escalate',
          entityType: 'breach',
          entityId: b.id,
          fields: ['escalationLevel'],
          details: { kind, from: b.escalation_level, level, reminder, notified: notes.length },
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

export function startBreachEscalationWorker(ctx: AppContext, onError: (err: unknown) => void): BackgroundWorker {
  return startWorker({ name: 'breach-escalation', everyMs: ctx.config.escalationIntervalMs, run: () => runBreachEscalation(ctx), onError });
}
