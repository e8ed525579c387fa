import { z } from 'zod';
import { userRefSchema } from '../people/common.schemas.js';
import { ATTACHMENT_CATEGORIES } from '../cases/case-vocabulary.js';
import { pageResult } from '../http/paging.schemas.js';
import { ATTACHMENT_TYPES } from './file-type.js';

// Scanned documents and evidence in the case file (framework 5.1: "children
// records and evidence may be scanned and uploaded").

/** The multipart fields beside the file (`file`). */
export const attachmentFieldsSchema = z
  .object({
    category: z.enum(ATTACHMENT_CATEGORIES),
    description: z.string().trim().min(1).max(500).optional(),
  })
  .strict();

/**
 * The whole multipart body, for the API description only (the route reads
 * the parts itself, see attachment.routes.ts, and checks the fields with
 * attachmentFieldsSchema): the file, then the fields.
 */
export const attachmentUploadSchema = z
  .object({ file: z.file().meta({ description: 'PDF, JPEG, PNG or DOCX, judged by its content' }) })
  .extend(attachmentFieldsSchema.shape);

export const attachmentSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  category: z.enum(ATTACHMENT_CATEGORIES),
  description: z.string().nullable(),
  fileName: z.string(),
  contentType: z.enum(Object.values(ATTACHMENT_TYPES) as [string, ...string[]]),
  sizeBytes: z.number().int(),
  uploadedBy: userRefSchema,
  uploadedAt: z.iso.datetime(),
});
export type AttachmentRecord = z.infer<typeof attachmentSchema>;
export const attachmentListSchema = z.object({ items: z.array(attachmentSchema).meta({ description: 'Newest first' }), ...pageResult });
export const attachmentParamsSchema = z.object({ id: z.uuid(), attachmentId: z.uuid() });
