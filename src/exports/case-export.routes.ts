import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../attachments/file-type.js';
import type { AppContext } from '../context.js';
import { requireActor } from '../http/session.plugin.js';
import { caseExportQuerySchema } from './case-export.schemas.js';
import { exportCases } from './case-export.service.js';

/** Exports: the case list in the caller's scope as CSV, streamed. */
export const caseExportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/exports/cases.csv',
    {
      schema: {
        tags: ['exports'],
        summary: "The case list in the caller's scope as CSV, streamed (audited)",
        description:
          "Every case the caller may read (a CPWO: the district's; an NGO caseworker: their own; a supervisor: their supervisees'), oldest first. " +
          "Children's names and birth dates only for those who work the cases. Streamed in batches: memory stays flat whatever the size.",
        querystring: caseExportQuerySchema,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { fileName, body } = await exportCases(ctx, requireActor(request), request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(fileName))
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
};
