import type { Actor } from '../../access/actor.js';
import { caseRecordScope } from '../../access/case-access.js';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { userNames } from '../followup-lists.repository.js';
import type { Db } from '../../db/database.js';
import { userRef } from '../followup.schemas.js';
import type { FeedbackRecord, NoteRecord, RecordFeedbackInput } from './notes.schemas.js';
import { offsetOf, type Paging } from '../../http/paging.js';

export async function insertNote(trx: Transaction<DB>, v: { caseId: string; body: string; by: string; at: Date }): Promise<string> {
  const row = await trx
    .insertInto('case_notes')
    .values({ case_id: v.caseId, body: v.body, written_by: v.by, written_at: v.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listNotes(db: Db, actor: Actor, caseId: string, id?: string, paging?: Paging): Promise<NoteRecord[]> {
  const rows = await db
    .selectFrom('case_notes')
    .selectAll()
    .where('case_id', '=', caseId)
    .where(caseRecordScope(actor, 'case_notes.case_id'))
    .$if(!!id, (q) => q.where('id', '=', id!))
    .orderBy('written_at', 'desc')
    .orderBy('id')
    .$if(!!paging, (q) => q.limit(paging!.pageSize).offset(offsetOf(paging!)))
    .execute();
  const names = await userNames(
    db,
    rows.map((r) => r.written_by),
  );
  return rows.map((r) => ({ id: r.id, caseId: r.case_id, body: r.body, writtenBy: userRef(names, r.written_by), writtenAt: r.written_at.toISOString() }));
}

export async function insertFeedback(trx: Transaction<DB>, v: RecordFeedbackInput & { caseId: string; by: string; at: Date }): Promise<string> {
  const row = await trx
    .insertInto('client_feedback')
    .values({
      case_id: v.caseId,
      respondent: v.respondent,
      satisfaction: v.satisfaction,
      wellbeing_improved: v.wellbeingImproved ?? null,
      comments: v.comments ?? null,
      collected_by: v.by,
      collected_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listFeedback(db: Db, actor: Actor, caseId: string, id?: string, paging?: Paging): Promise<FeedbackRecord[]> {
  const rows = await db
    .selectFrom('client_feedback')
    .selectAll()
    .where('case_id', '=', caseId)
    .where(caseRecordScope(actor, 'client_feedback.case_id'))
    .$if(!!id, (q) => q.where('id', '=', id!))
    .orderBy('collected_at', 'desc')
    .orderBy('id')
    .$if(!!paging, (q) => q.limit(paging!.pageSize).offset(offsetOf(paging!)))
    .execute();
  const names = await userNames(
    db,
    rows.map((r) => r.collected_by),
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    respondent: r.respondent,
    satisfaction: r.satisfaction,
    wellbeingImproved: r.wellbeing_improved,
    comments: r.comments,
    collectedBy: userRef(names, r.collected_by),
    collectedAt: r.collected_at.toISOString(),
  }));
}
