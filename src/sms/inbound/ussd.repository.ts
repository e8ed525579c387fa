import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ReportDraft, UssdTask } from './ussd-menu.js';

// SQL of the USSD channel: sessions (their starting draft and, once ended,
// their last answer) and the monthly reports being answered through the menu.

export type UssdSessionRow = { startDraft: ReportDraft | null; startTasks: UssdTask[]; finalReply: string | null; isNew: boolean };

/**
 * The session, created on its first request with the draft it starts from,
 * and locked for the rest of the transaction: two requests of one session
 * (an aggregator's retry) are answered one after the other.
 */
export async function openUssdSession(
  trx: Transaction<DB>,
  s: {
    sessionId: string;
    phone: string;
    userId: string;
    now: Date;
    startDraft: () => Promise<ReportDraft | null>;
    startTasks: () => Promise<UssdTask[]>;
  },
): Promise<UssdSessionRow> {
  const existing = await trx
    .selectFrom('ussd_sessions')
    .select(['start_draft', 'start_tasks', 'final_reply', 'user_id'])
    .where('session_id', '=', s.sessionId)
    .where('phone', '=', s.phone)
    .forUpdate()
    .executeTakeFirst();
  if (existing && existing.user_id === s.userId) {
    await trx.updateTable('ussd_sessions').set({ last_seen_at: s.now }).where('session_id', '=', s.sessionId).where('phone', '=', s.phone).execute();
    return {
      startDraft: (existing.start_draft as ReportDraft | null) ?? null,
      startTasks: (existing.start_tasks as UssdTask[] | null) ?? [],
      finalReply: existing.final_reply,
      isNew: false,
    };
  }
  const startDraft = await s.startDraft();
  const startTasks = await s.startTasks();
  const tasks = JSON.stringify(startTasks);
  // A session id seen before for this number but another volunteer (the number changed hands) starts afresh.
  await trx
    .insertInto('ussd_sessions')
    .values({
      session_id: s.sessionId,
      phone: s.phone,
      user_id: s.userId,
      started_at: s.now,
      last_seen_at: s.now,
      start_draft: startDraft ? JSON.stringify(startDraft) : null,
      start_tasks: tasks,
    })
    .onConflict((oc) =>
      oc.columns(['session_id', 'phone']).doUpdateSet({
        user_id: s.userId,
        started_at: s.now,
        last_seen_at: s.now,
        start_draft: startDraft ? JSON.stringify(startDraft) : null,
        start_tasks: tasks,
        final_reply: null,
        finished_at: null,
      }),
    )
    .execute();
  return { startDraft, startTasks, finalReply: null, isNew: true };
}

export async function finishUssdSession(trx: Transaction<DB>, s: { sessionId: string; phone: string; reply: string; now: Date }): Promise<void> {
  await trx
    .updateTable('ussd_sessions')
    .set({ final_reply: s.reply, finished_at: s.now })
    .where('session_id', '=', s.sessionId)
    .where('phone', '=', s.phone)
    .execute();
}

/** The volunteer's most recently touched draft among these months. */
export async function findLatestDraft(trx: Transaction<DB>, userId: string, months: string[]): Promise<ReportDraft | null> {
  const row = await trx
    .selectFrom('ussd_report_drafts')
    .select('answers')
    .where('user_id', '=', userId)
    .where('month', 'in', months)
    .orderBy('updated_at', 'desc')
    .orderBy('month', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? (row.answers as ReportDraft) : null;
}

export async function saveDraft(trx: Transaction<DB>, userId: string, draft: ReportDraft, now: Date): Promise<void> {
  const answers = JSON.stringify(draft);
  await trx
    .insertInto('ussd_report_drafts')
    .values({ user_id: userId, month: draft.month, answers, updated_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'month']).doUpdateSet({ answers, updated_at: now }))
    .execute();
}

export async function deleteDrafts(trx: Transaction<DB>, userId: string, months: string[]): Promise<void> {
  if (months.length === 0) return;
  await trx.deleteFrom('ussd_report_drafts').where('user_id', '=', userId).where('month', 'in', months).execute();
}

/** Deletes sessions not seen since `before` (they hold the caller's number); how many went. */
export async function deleteUssdSessionsBefore(db: Kysely<DB> | Transaction<DB>, before: Date): Promise<number> {
  const result = await db.deleteFrom('ussd_sessions').where('last_seen_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes drafts of months before `month` ('YYYY-MM'): the menu no longer offers them. */
export async function deleteDraftsBeforeMonth(db: Kysely<DB> | Transaction<DB>, month: string): Promise<number> {
  const result = await db.deleteFrom('ussd_report_drafts').where('month', '<', month).executeTakeFirst();
  return Number(result.numDeletedRows);
}
