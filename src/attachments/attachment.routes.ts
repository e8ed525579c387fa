import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { AppError, badRequest } from '../errors/app-error.js';
import { pageQuerySchema } from '../http/paging.schemas.js';
import { requireActor } from '../http/session.plugin.js';
import { attachmentFieldsSchema, attachmentUploadSchema, attachmentListSchema, attachmentParamsSchema, attachmentSchema } from './attachment.schemas.js';
import { addAttachment, downloadAttachment, listAttachments } from './attachment.service.js';
import { contentDisposition } from './file-type.js';
import { idParamsSchema } from '../http/params.schemas.js';

/** Reads the one file and the fields of a multipart upload, whatever their order. */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart())
    throw badRequest('Send the file as multipart/form-data', [{ field: 'file', message: 'missing' }], 'errors.attachment_file_missing');
  const fields: Record<string, string> = {};
  let file: { content: Buffer; fileName?: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          await part.toBuffer().catch(() => undefined);
          throw badRequest('Send one file, in the field "file"', [{ field: part.fieldname, message: 'unexpected file' }], 'errors.attachment_one_file');
        }
        file = { content: await part.toBuffer(), fileName: part.filename };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('payload_too_large', `The file is larger than ${maxBytes} bytes`, 'errors.attachment_too_large', [], { maxBytes });
    }
    // Anything else the multipart parser throws is a malformed body (cut short, no boundary).
    if (!(err instanceof AppError) && typeof (err as { statusCode?: number }).statusCode !== 'number') {
      throw badRequest('The multipart body is malformed or cut short', [], 'errors.bad_multipart');
    }
    throw err;
  }
  if (!file) throw badRequest('Attach a file in the field "file"', [{ field: 'file', message: 'missing' }], 'errors.attachment_file_missing');
  const parsed = attachmentFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      field: `body.${i.path.join('.') || (i as { keys?: string[] }).keys?.join('.') || ''}`,
      message: i.message,
    }));
    throw badRequest(issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  }
  return { ...file, ...parsed.data };
}

export const attachmentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const maxBytes = ctx.config.attachmentMaxBytes;
  // Multipart only here: one file, a few fields, the attachment size limit.
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6, fieldSize: 2000 } });
  const tags = ['attachments'];

  app.post(
    '/cases/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Attach a scanned document or evidence (multipart: file, category, description?)',
        description: `PDF, JPEG, PNG or DOCX (judged by content), at most RINDA_ATTACHMENT_MAX_BYTES (default 10 MB). Stored encrypted.`,
        consumes: ['multipart/form-data'],
        multipartBody: attachmentUploadSchema,
        params: idParamsSchema,
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const added = await addAttachment(ctx, requireActor(request), request.params.id, () => readUpload(request, maxBytes));
      return reply.status(201).send(added);
    },
  );

  app.get(
    '/cases/:id/attachments',
    {
      schema: {
        tags,
        summary: "The case file's attachments (without content)",
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: attachmentListSchema },
      },
    },
    async (request) => listAttachments(ctx, requireActor(request), request.params.id, request.query),
  );

  app.get(
    '/cases/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download an attachment (audited)', params: attachmentParamsSchema } },
    async (request, reply) => {
      const file = await downloadAttachment(ctx, requireActor(request), request.params.id, request.params.attachmentId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
};
