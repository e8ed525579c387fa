import type { Actor } from '../../access/actor.js';
import type { AppContext } from '../../context.js';
import type { Paging } from '../../http/paging.js';
import { countOfCase } from '../followup-lists.repository.js';
import { recordCaseEvent } from '../case.repository.js';
import { changeCase, readCaseSection } from '../case-change.js';
import { insertFeedback, insertNote, listFeedback as listFeedbackRows, listNotes as listNoteRows } from './notes.repository.js';
import type { FeedbackRecord, NoteRecord, RecordFeedbackInput } from './notes.schemas.js';
import { FOLLOWUP_EVENTS } from '../timeline.js';
import { appendAudit } from '../../audit/audit.repository.js';

/** Tool 17: a case note on the timeline. Notes may be added to a closed file too (e.g. contact after closure). */
export async function addNote(ctx: AppContext, actor: Actor, caseId: string, input: { body: string }): Promise<NoteRecord> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, _kase, now) => {
    const id = await insertNote(trx, { caseId, body: input.body, by: actor.id, at: now });
    await recordCaseEvent(trx, { caseId, actorId: actor.id, at: now, kind: FOLLOWUP_EVENTS.noteAdded, refTable: 'case_notes', refId: id });
    await appendAudit(trx, actor, { action: 'case.note.add', entityType: 'case', entityId: caseId, fields: ['body'], details: { noteId: id } }, now);
    return (await listNoteRows(trx, actor, caseId, id))[0]!;
  });
}

export async function listNotes(ctx: AppContext, actor: Actor, caseId: string, paging: Paging) {
  return readCaseSection(ctx, actor, caseId, 'notes', async (trx) => ({
    items: await listNoteRows(trx, actor, caseId, undefined, paging),
    total: await countOfCase(trx, 'case_notes', caseId),
    ...paging,
  }));
}

/** Tool 18: the child's or caregiver's satisfaction; it feeds the indicators (may be collected at or after closure). */
export async function recordFeedback(ctx: AppContext, actor: Actor, caseId: string, input: RecordFeedbackInput): Promise<FeedbackRecord> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, _kase, now) => {
    const id = await insertFeedback(trx, { ...input, caseId, by: actor.id, at: now });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.feedbackRecorded,
      refTable: 'client_feedback',
      refId: id,
      summary: { respondent: input.respondent, satisfaction: input.satisfaction },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.feedback.record',
        entityType: 'case',
        entityId: caseId,
        fields: ['respondent', 'satisfaction', 'wellbeingImproved', 'comments'],
        details: { feedbackId: id },
      },
      now,
    );
    return (await listFeedbackRows(trx, actor, caseId, id))[0]!;
  });
}

export async function listFeedback(ctx: AppContext, actor: Actor, caseId: string, paging: Paging) {
  return readCaseSection(ctx, actor, caseId, 'feedback', async (trx) => ({
    items: await listFeedbackRows(trx, actor, caseId, undefined, paging),
    total: await countOfCase(trx, 'client_feedback', caseId),
    ...paging,
  }));
}
