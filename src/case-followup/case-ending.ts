import type { Transaction } from 'kysely';
import type { SmsMessage } from '../context.js';
import type { DB } from '../db/schema.js';
import { meetDeadlines } from '../deadlines/deadline.repository.js';
import { reportClosedSms } from '../notifications/sms-messages.js';
import { type CaseRecord } from './case-record.repository.js';
import { cancelOpenVisitTasks } from './visits.repository.js';
import { insertNotifications } from '../notifications/notification.repository.js';

/**
 * What ends with a case (closed, or handed to another agency): its clocks
 * stop, its open visit tasks and pending requests lapse, and its report
 * closes. Returns the SMS to send once the transaction commits (the reporter's
 * "closed" message: a reference, no details).
 */
export async function endCase(
  trx: Transaction<DB>,
  kase: CaseRecord,
  e: { stage: 'closed' | 'transferred'; reason: string; actorId: string; at: Date },
): Promise<SmsMessage[]> {
  await trx
    .updateTable('cases')
    .set({ stage: e.stage, closed_at: e.at, closure_reason: e.reason, updated_at: e.at })
    .where('id', '=', kase.id)
    .execute();
  await meetDeadlines(trx, { caseId: kase.id }, e.at);
  for (const task of await cancelOpenVisitTasks(trx, kase.id, e.at)) {
    await insertNotifications(trx, [{ userId: task.izuUserId, kind: 'visit_task', messageKey: 'notifications.visit_task_cancelled', params: { taskId: task.id } }], e.at);
  }
  await trx
    .updateTable('closure_requests')
    .set({ status: 'withdrawn', decided_by: e.actorId, decided_at: e.at })
    .where('case_id', '=', kase.id)
    .where('status', '=', 'pending')
    .execute();
  await trx
    .updateTable('case_transfers')
    .set({ status: 'cancelled', decided_by: e.actorId, decided_at: e.at })
    .where('case_id', '=', kase.id)
    .where('status', '=', 'pending')
    .execute();
  const report = await trx
    .updateTable('incident_reports')
    .set({ status: 'closed', closed_at: e.at, updated_at: e.at })
    .where('id', '=', kase.reportId)
    .where('status', '=', 'case_opened')
    .returning(['reference', 'reporter_phone as reporterPhone'])
    .executeTakeFirst();
  return report?.reporterPhone ? [{ to: report.reporterPhone, text: reportClosedSms(report.reference) }] : [];
}

/** A reopened case is worked again: its report is open again too. */
export async function reopenCaseRecord(trx: Transaction<DB>, kase: CaseRecord, at: Date): Promise<void> {
  await trx
    .updateTable('cases')
    .set({ stage: 'assessment', closed_at: null, closure_reason: null, updated_at: at })
    .where('id', '=', kase.id)
    .execute();
  await trx
    .updateTable('incident_reports')
    .set({ status: 'case_opened', closed_at: null, updated_at: at })
    .where('id', '=', kase.reportId)
    .where('status', '=', 'closed')
    .execute();
}
