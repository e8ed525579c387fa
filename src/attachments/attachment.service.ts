import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import { decrypt, encrypt } from '../auth/secret-box.js';
import type { Paging } from '../http/paging.js';
import { countOfCase } from '../cases/followup-lists.repository.js';
import { findCaseInScope, recordCaseEvent } from '../cases/case.repository.js';
import { changeCase, readCaseSection } from '../cases/case-change.js';
import { FOLLOWUP_EVENTS } from '../cases/timeline.js';
import type { AppContext } from '../context.js';
import { badRequest, conflict, notFound } from '../errors/app-error.js';
import { findAttachmentContent, insertAttachment, listAttachments as listAttachmentRows } from './attachment.repository.js';
import type { AttachmentRecord } from './attachment.schemas.js';
import { ATTACHMENT_TYPES, detectAttachmentType, safeFileName } from './file-type.js';

/** The associated data that binds sealed content to its row: a copy pasted into another row does not open. */
const boundTo = (caseId: string, attachmentId: string) => `case_attachment:${caseId}:${attachmentId}`;

type Upload = { content: Buffer; fileName?: string; category: string; description?: string };

/**
 * Adds a document to the case file. The type is judged from the content;
 * the content is sealed (AES-256-GCM under the server key) before it is stored.
 */
export async function addAttachment(ctx: AppContext, actor: Actor, caseId: string, readUpload: () => Promise<Upload>): Promise<AttachmentRecord> {
  // Access first, before a byte of the upload is read; the transaction checks again, with the case locked.
  assertCanCase(actor, 'case:work');
  if (!(await findCaseInScope(ctx.database.db, actor, caseId))) throw notFound('case');
  const upload = await readUpload();
  const { content } = upload;
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, _kase, now) => {
    if (content.length === 0) throw badRequest('The file is empty', [{ field: 'file', message: 'empty' }], 'errors.attachment_empty');
    const contentType = detectAttachmentType(content);
    if (!contentType) {
      throw badRequest(
        `Only ${Object.keys(ATTACHMENT_TYPES).join(', ').toUpperCase()} files may be attached`,
        [{ field: 'file', message: 'type not allowed' }],
        'errors.attachment_type_not_allowed',
      );
    }
    const id = randomUUID();
    const sealed = encrypt(ctx.secretKey, content, boundTo(caseId, id));
    await insertAttachment(trx, {
      id,
      caseId,
      category: upload.category,
      description: upload.description ?? null,
      fileName: safeFileName(upload.fileName, contentType),
      contentType,
      sizeBytes: content.length,
      sealed,
      by: actor.id,
      at: now,
    });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.attachmentAdded,
      refTable: 'case_attachments',
      refId: id,
      summary: { category: upload.category, contentType, sizeBytes: content.length },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.attachment.add',
        entityType: 'case',
        entityId: caseId,
        fields: ['file', 'category', 'description'],
        details: { attachmentId: id, sizeBytes: content.length },
      },
      now,
    );
    return (await listAttachmentRows(trx, actor, caseId, id))[0]!;
  });
}

export async function listAttachments(ctx: AppContext, actor: Actor, caseId: string, paging: Paging) {
  return readCaseSection(ctx, actor, caseId, 'attachments', async (trx) => ({
    items: await listAttachmentRows(trx, actor, caseId, undefined, paging),
    total: await countOfCase(trx, 'case_attachments', caseId),
    ...paging,
  }));
}

/** Opens one attachment; every download is audited (with the attachment's id), in the same transaction as the read. */
export async function downloadAttachment(ctx: AppContext, actor: Actor, caseId: string, attachmentId: string) {
  assertCanCase(actor, 'case:read');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    if (!(await findCaseInScope(trx, actor, caseId))) throw notFound('case');
    const row = await findAttachmentContent(trx, actor, caseId, attachmentId);
    if (!row) throw notFound('attachment');
    // Retention emptied it (src/retention/): the row, its name and its audit stay.
    if (row.content.length === 0) throw conflict('The content of this attachment was removed under the retention rules', 'errors.attachment_content_removed');
    const content = decrypt(ctx.secretKey, Buffer.from(row.content), boundTo(caseId, attachmentId));
    await appendAudit(
      trx,
      actor,
      { action: 'case.attachment.download', entityType: 'case_attachment', entityId: attachmentId, fields: ['file'], details: { caseId } },
      now,
    );
    return { fileName: row.fileName, contentType: row.contentType, content };
  });
}
