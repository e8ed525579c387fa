import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

// The rows a case's end (or reopening) changes besides its own lists: the
// case, its pending requests and transfers, and its report.

export async function markCaseEnded(trx: Transaction<DB>, caseId: string, e: { stage: 'closed' | 'transferred'; reason: string; at: Date }): Promise<void> {
  await trx.updateTable('cases').set({ stage: e.stage, closed_at: e.at, closure_reason: e.reason, updated_at: e.at }).where('id', '=', caseId).execute();
}

/** Pending closure requests are withdrawn, pending transfers cancelled, by whoever ended the case. */
export async function lapsePendingRequests(trx: Transaction<DB>, caseId: string, by: string, at: Date): Promise<void> {
  await trx
    .updateTable('closure_requests')
    .set({ status: 'withdrawn', decided_by: by, decided_at: at })
    .where('case_id', '=', caseId)
    .where('status', '=', 'pending')
    .execute();
  await trx
    .updateTable('case_transfers')
    .set({ status: 'cancelled', decided_by: by, decided_at: at })
    .where('case_id', '=', caseId)
    .where('status', '=', 'pending')
    .execute();
}

/** Closes the report the case was opened on; its reference and reporter's phone, if it was open. */
export async function closeReportOfCase(trx: Transaction<DB>, reportId: string, at: Date) {
  return trx
    .updateTable('incident_reports')
    .set({ status: 'closed', closed_at: at, updated_at: at })
    .where('id', '=', reportId)
    .where('status', '=', 'case_opened')
    .returning(['reference', 'reporter_phone as reporterPhone'])
    .executeTakeFirst();
}

/** The case is worked again (from assessment) and its report is open again. */
export async function markCaseReopened(trx: Transaction<DB>, kase: { id: string; reportId: string }, at: Date): Promise<void> {
  await trx.updateTable('cases').set({ stage: 'assessment', closed_at: null, closure_reason: null, updated_at: at }).where('id', '=', kase.id).execute();
  await trx
    .updateTable('incident_reports')
    .set({ status: 'case_opened', closed_at: null, updated_at: at })
    .where('id', '=', kase.reportId)
    .where('status', '=', 'closed')
    .execute();
}
