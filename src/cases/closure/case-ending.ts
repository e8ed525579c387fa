import type { Transaction } from 'kysely';
import type { SmsMessage } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { meetDeadlines } from '../../deadlines/deadline.repository.js';
import { reportClosedSms } from '../../notifications/sms-messages.js';
import { type CaseRecord } from '../case.repository.js';
import { cancelOpenVisitTasks } from '../monitoring/visits.repository.js';
import { closeReportOfCase, lapsePendingRequests, markCaseEnded } from './case-ending.repository.js';
import { insertNotifications } from '../../notifications/notification.repository.js';

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
  await markCaseEnded(trx, kase.id, e);
  await meetDeadlines(trx, { caseId: kase.id }, e.at);
  for (const task of await cancelOpenVisitTasks(trx, kase.id, e.at)) {
    await insertNotifications(
      trx,
      [{ userId: task.izuUserId, kind: 'visit_task', messageKey: 'notifications.visit_task_cancelled', params: { taskId: task.id } }],
      e.at,
    );
  }
  await lapsePendingRequests(trx, kase.id, e.actorId, e.at);
  const report = await closeReportOfCase(trx, kase.reportId, e.at);
  return report?.reporterPhone ? [{ to: report.reporterPhone, text: reportClosedSms(report.reference) }] : [];
}
