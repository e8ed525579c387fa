import type { Actor } from '../access/actor.js';
import { caseRecordScope } from '../access/case-access.js';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { AttachmentRecord } from './attachment.schemas.js';
import { offsetOf, type Paging } from '../http/paging.js';
import type { Db } from '../db/database.js';

export async function insertAttachment(
  trx: Transaction<DB>,
  v: {
    id: string;
    caseId: string;
    category: string;
    description: string | null;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sealed: Buffer;
    by: string;
    at: Date;
  },
): Promise<void> {
  await trx
    .insertInto('case_attachments')
    .values({
      id: v.id,
      case_id: v.caseId,
      category: v.category,
      description: v.description,
      file_name: v.fileName,
      content_type: v.contentType,
      size_bytes: v.sizeBytes,
      content: v.sealed,
      uploaded_by: v.by,
      uploaded_at: v.at,
    })
    .execute();
}

/** The case's attachments without their content, newest first. */
export async function listAttachments(db: Db, actor: Actor, caseId: string, id?: string, paging?: Paging): Promise<AttachmentRecord[]> {
  const rows = await db
    .selectFrom('case_attachments as a')
    .innerJoin('users as u', 'u.id', 'a.uploaded_by')
    .select([
      'a.id',
      'a.case_id as caseId',
      'a.category',
      'a.description',
      'a.file_name as fileName',
      'a.content_type as contentType',
      'a.size_bytes as sizeBytes',
      'a.uploaded_by as uploadedById',
      'u.full_name as uploadedByName',
      'a.uploaded_at as uploadedAt',
    ])
    .where('a.case_id', '=', caseId)
    .where(caseRecordScope(actor, 'a.case_id'))
    .$if(!!id, (q) => q.where('a.id', '=', id!))
    .orderBy('a.uploaded_at', 'desc')
    .orderBy('a.id')
    .$if(!!paging, (q) => q.limit(paging!.pageSize).offset(offsetOf(paging!)))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    category: r.category as AttachmentRecord['category'],
    description: r.description,
    fileName: r.fileName,
    contentType: r.contentType,
    sizeBytes: r.sizeBytes,
    uploadedBy: { id: r.uploadedById, fullName: r.uploadedByName },
    uploadedAt: r.uploadedAt.toISOString(),
  }));
}

export async function findAttachmentContent(db: Db, actor: Actor, caseId: string, id: string) {
  return db
    .selectFrom('case_attachments')
    .select(['id', 'file_name as fileName', 'content_type as contentType', 'content'])
    .where('case_id', '=', caseId)
    .where(caseRecordScope(actor, 'case_attachments.case_id'))
    .where('id', '=', id)
    .executeTakeFirst();
}
